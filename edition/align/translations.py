"""Short quotations in two translations: two marked quotations that share rare words.

Two translators of one remark share few words and fewer word sequences ("peace without
indemnities or annexations" / "without annexations or war indemnities"), so neither sentence
alignment nor the word-for-word search of edition.align.phrases finds them. When both places
mark the words as a quotation, the quotations are short, and they share at least two words that
are rare in the corpus (ordinary lower-case words, compared by stem and synonym group) making up
60% of the ordinary content words of the shorter one, they are one text quoted twice. Two very
short quotations ("I feel it here... This time they have succeeded" / "I feel that this time
they succeeded") share no rare word: they are one text when their content words are the same,
at least three (two of them ordinary words), in the same order.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from itertools import combinations, pairwise

from .match import PassagePair, Span
from .phrases import Quoted, quoted_phrases
from .units import Corpus, is_content

MAX_WORDS = 40  # longer quotations are left to sentence alignment
RARE_UNITS = 8  # a word in at most this many sentences is rare
MIN_RARE = 2  # rare words two quotations must share
MIN_SHARE = 0.6  # share of the shorter quotation's content words the two have in common
MAX_HOLDERS = 6  # a rare word in more quotations than this suggests nothing
SAME_WORDS_MAX = 15  # quotations this short with the same content words need no rare word
SAME_WORDS_MIN = 3  # ... when they have at least this many
SAME_WORDS_ORDINARY = 2  # ... of which this many are ordinary (lower-case) words
SKELETON_MIN = 8  # words two quotations read word by word (_same_skeleton) have in order ...
SKELETON_SHARE = 0.6  # ... and this share of the shorter one's words, function words and all
SKELETON_PAIRS = 2  # word pairs two such quotations share that few other quotations hold ...
SKELETON_HOLDERS = 12  # ... at most this many
ATTRIBUTION_WORDS = 10  # words of "answered Joan" between two parts of one interrupted quotation
# ... when the first part ends with a comma (or a dash) inside its closing mark
INTERRUPTED = re.compile(r"^[,;\u2014\u2013-]+\s*[\"\u201d']")


def _content(corpus: Corpus, quoted: Quoted) -> frozenset[str]:
    """The quotation's content words (keys); ordinary (lower-case) ones only, since shared
    names ("Sylvia", a party's name in quotation marks) say nothing of a shared text."""
    tokens = corpus.tokens[quoted.block_key][quoted.first : quoted.last]
    return frozenset(t.key for t in tokens if is_content(t) and t.surface[:1].islower())


def _ordered_content(corpus: Corpus, quoted: Quoted) -> tuple[str, ...]:
    """The quotation's content words (keys) in order of first appearance, when at least
    SAME_WORDS_ORDINARY of them are ordinary (lower-case) words; else ()."""
    tokens = corpus.tokens[quoted.block_key][quoted.first : quoted.last]
    content = [t for t in tokens if is_content(t)]
    if len({t.key for t in content if t.surface[:1].islower()}) < SAME_WORDS_ORDINARY:
        return ()
    return tuple(dict.fromkeys(t.key for t in content))


def _same_words(corpus: Corpus, phrases: list[Quoted]) -> set[tuple[int, int]]:
    """Index pairs of short quotations in different blocks whose ordinary content words are
    the same, in the same order (grouped by those words, so the cost stays linear)."""
    groups: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for index, quoted in enumerate(phrases):
        if quoted.last - quoted.first <= SAME_WORDS_MAX:
            words = _ordered_content(corpus, quoted)
            if len(words) >= SAME_WORDS_MIN:
                groups[words].append(index)
    return {
        (i, j)
        for indexes in groups.values()
        if len(indexes) <= MAX_HOLDERS
        for i, j in combinations(indexes, 2)
        if phrases[i].block_key != phrases[j].block_key
    }


def _same_skeleton(corpus: Corpus, phrases: list[Quoted]) -> set[tuple[int, int]]:
    """Index pairs of short quotations in different blocks that read as one sentence in two
    translations: most of the shorter one's words, function words included, stand in the
    same order in the other ("If I am not, may God put me there; and if I am, may God so keep
    me" / "If I am not, may God place me in it; if I am already, may He keep me in it"), where
    content words alone are too few to tell. Candidates share SKELETON_PAIRS word pairs that
    at most SKELETON_HOLDERS quotations hold, so the cost stays near linear."""
    keys = [
        [t.key or t.norm for t in corpus.tokens[q.block_key][q.first : q.last]] for q in phrases
    ]
    holders: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, words in enumerate(keys):
        if len(words) >= SKELETON_MIN:
            for pair in sorted(set(pairwise(words))):
                holders[pair].append(index)
    found = set()
    for (i, j), count in _shared(holders, SKELETON_HOLDERS).items():
        if count < SKELETON_PAIRS or phrases[i].block_key == phrases[j].block_key:
            continue
        shorter = min(len(keys[i]), len(keys[j]))
        if _in_order(keys[i], keys[j]) >= max(SKELETON_MIN, SKELETON_SHARE * shorter):
            found.add((i, j))
    return found


def _shared(holders: dict, most: int) -> dict[tuple[int, int], int]:
    """Pairs of quotation indexes -> how many of the keys in `holders` (key -> the indexes
    of the quotations that hold it) both hold, counting only keys at most `most` hold."""
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for indexes in holders.values():
        if len(indexes) <= most:
            for pair in combinations(indexes, 2):
                shared[pair] += 1
    return shared


def _in_order(a: list[str], b: list[str]) -> int:
    """Length of the longest common subsequence of two word lists."""
    previous = [0] * (len(b) + 1)
    for word in a:
        current = [0]
        for k, other in enumerate(b):
            current.append(previous[k] + 1 if word == other else max(previous[k + 1], current[k]))
        previous = current
    return previous[-1]


def interrupted(corpus: Corpus, phrases: list[Quoted]) -> list[Quoted]:
    """Quotations that an attribution interrupts ("If I be not," answered Joan, "please God
    to bring me to it"), each as one quotation from its first part to its last: a translator
    may put the attribution elsewhere or leave it out, so the parts alone share little with
    the other rendering. A part that ends with a comma and is followed, within
    ATTRIBUTION_WORDS words, by another part of the same block continues in it."""
    result = []
    run: list[Quoted] = []
    for quoted in [*phrases, None]:
        previous = run[-1] if run else None
        if (
            quoted is not None
            and previous is not None
            and quoted.block_key == previous.block_key
            and 0 <= quoted.first - previous.last <= ATTRIBUTION_WORDS
            and _continues(corpus, previous)
        ):
            run.append(quoted)
            continue
        if len(run) > 1:
            result.append(Quoted(run[0].block_key, run[0].first, run[-1].last))
        run = [quoted] if quoted is not None else []
    return result


def _continues(corpus: Corpus, quoted: Quoted) -> bool:
    """Does the quotation's last word stand before a comma and the closing mark?"""
    tokens = corpus.tokens[quoted.block_key]
    after = corpus.block_text(quoted.block_key)[tokens[quoted.last - 1].end :][:4]
    return bool(INTERRUPTED.match(after))


def translated_pairs(corpus: Corpus) -> list[PassagePair]:
    """Pairs of marked quotations in different blocks that read as one text translated twice."""
    total = max(len(corpus.units), 1)
    rare_idf = math.log((total + 1) / (RARE_UNITS + 0.5))
    marked = quoted_phrases(corpus)
    phrases = [q for q in marked + interrupted(corpus, marked) if q.last - q.first <= MAX_WORDS]
    words = [_content(corpus, q) for q in phrases]
    holders: dict[str, list[int]] = defaultdict(list)
    for index, content in enumerate(words):
        for word in sorted(content):
            if corpus.idf.get(word, 0.0) >= rare_idf:
                holders[word].append(index)
    shared = _shared(holders, MAX_HOLDERS)
    same = _same_words(corpus, phrases)
    skeleton = _same_skeleton(corpus, phrases)
    result = []
    for i, j in sorted(same | skeleton | set(shared)):
        a, b = phrases[i], phrases[j]
        if a.block_key == b.block_key:
            continue
        if (i, j) not in same | skeleton and shared.get((i, j), 0) < MIN_RARE:
            continue
        common = len(words[i] & words[j])
        if (i, j) in skeleton or common >= MIN_SHARE * min(len(words[i]), len(words[j])):
            result.append(
                PassagePair(
                    Span(a.block_key, a.first, a.last),
                    Span(b.block_key, b.first, b.last),
                    float(common),
                )
            )
    return result
