"""Short quotations in two translations: two marked quotations that share rare words.

Two translators of one remark share few words and fewer word sequences ("peace without
indemnities or annexations" / "without annexations or war indemnities"), so neither sentence
alignment nor the word-for-word search of edition.align.phrases finds them. When both places
mark the words as a quotation, the quotations are short, and they share at least two words that
are rare in the corpus (ordinary lower-case words, compared by stem and synonym group) making up
60% of the ordinary content words of the shorter one, they are one text quoted twice.
"""

from __future__ import annotations

import math
from collections import defaultdict
from itertools import combinations

from .match import PassagePair, Span
from .phrases import Quoted, quoted_phrases
from .units import Corpus, is_content

MAX_WORDS = 40  # longer quotations are left to sentence alignment
RARE_UNITS = 8  # a word in at most this many sentences is rare
MIN_RARE = 2  # rare words two quotations must share
MIN_SHARE = 0.6  # share of the shorter quotation's content words the two have in common
MAX_HOLDERS = 6  # a rare word in more quotations than this suggests nothing


def _content(corpus: Corpus, quoted: Quoted) -> frozenset[str]:
    """The quotation's content words (keys); ordinary (lower-case) ones only, since shared
    names ("Sylvia", a party's name in quotation marks) say nothing of a shared text."""
    tokens = corpus.tokens[quoted.block_key][quoted.first : quoted.last]
    return frozenset(t.key for t in tokens if is_content(t) and t.surface[:1].islower())


def translated_pairs(corpus: Corpus) -> list[PassagePair]:
    """Pairs of marked quotations in different blocks that read as one text translated twice."""
    total = max(len(corpus.units), 1)
    rare_idf = math.log((total + 1) / (RARE_UNITS + 0.5))
    phrases = [q for q in quoted_phrases(corpus) if q.last - q.first <= MAX_WORDS]
    words = [_content(corpus, q) for q in phrases]
    holders: dict[str, list[int]] = defaultdict(list)
    for index, content in enumerate(words):
        for word in sorted(content):
            if corpus.idf.get(word, 0.0) >= rare_idf:
                holders[word].append(index)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for indexes in holders.values():
        if len(indexes) <= MAX_HOLDERS:
            for pair in combinations(indexes, 2):
                shared[pair] += 1
    result = []
    for (i, j), rare in sorted(shared.items()):
        a, b = phrases[i], phrases[j]
        if rare < MIN_RARE or a.block_key == b.block_key:
            continue
        common = len(words[i] & words[j])
        if common >= MIN_SHARE * min(len(words[i]), len(words[j])):
            result.append(
                PassagePair(
                    Span(a.block_key, a.first, a.last),
                    Span(b.block_key, b.first, b.last),
                    float(common),
                )
            )
    return result
