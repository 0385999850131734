"""Find quotation parallels: candidate units from an index of distinctive words, and the test a
passage pair must pass (edition.align.passages grows the passages).

Cost stays roughly linear in corpus size: only words found in at most `MAX_POSTINGS` units
index candidates (common words never do), so each unit meets a bounded number of others.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher

from .units import Corpus, Unit, is_content

MAX_POSTINGS = 40  # a word in more units than this is too common to suggest a parallel
MIN_SHARED_RARE = 3  # distinctive words (or word pairs) two units must share to be compared
PASSAGE_SIMILARITY = 0.45  # weighted Dice of content words for a passage pair to count
UNMARKED, MARKS, ELEMENT = 0, 1, 2  # how a passage is marked as a quotation (`marking`)
# Content words a passage pair must share (not only a common phrase), and of them ordinary
# (lower-case) words, since names and titles alone do not do: fewer for short quotations
# that both sides mark as such, fewest when both are quote/q elements.
SHARED_NEEDED = {UNMARKED: (5, 3), MARKS: (4, 3), ELEMENT: (3, 2)}
QUOTE_TAGS = frozenset({"quote", "q"})
QUOTATION_MARK = re.compile('["“”]')
MARKED_WORDS = 6  # words between quotation marks that make a quotation, not a quoted term
SHORT_SHARED = 10  # a passage pair sharing fewer content words than this ...
# ... must give this share of them in the same order: a translation marked as a quotation
# may reorder a little, an unmarked repeat of few words must keep its order.
IN_ORDER = {UNMARKED: 0.9, MARKS: 0.8, ELEMENT: 0.8}
MIN_LENGTH_RATIO = 0.6  # a passage much shorter than its partner is a paraphrase of part of it


@dataclass(frozen=True)
class Span:
    """Tokens [first, last) of a block."""

    block_key: tuple[str, int]
    first: int
    last: int


@dataclass(frozen=True)
class PassagePair:
    a: Span
    b: Span
    score: float


def candidate_pairs(corpus: Corpus) -> dict[tuple[int, int], int]:
    """(unit, unit) -> number of distinctive words and word pairs they share, from an
    inverted index."""
    postings: dict[object, list[int]] = defaultdict(list)
    for unit in corpus.units:
        for feature in unit.content | content_bigrams(corpus, unit):
            postings[feature].append(unit.id)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for ids in postings.values():
        if len(ids) < 2 or len(ids) > MAX_POSTINGS:
            continue
        for i, first in enumerate(ids):
            for second in ids[i + 1 :]:
                shared[(first, second)] += 1
    return {pair: n for pair, n in sorted(shared.items()) if n >= MIN_SHARED_RARE}


def content_bigrams(corpus: Corpus, unit: Unit) -> set[tuple[str, str]]:
    """Consecutive content words of a unit: rare as a pair even when each word is common, so
    a short quotation made of common words ("nothing great ... in history") still finds its
    repeat."""
    tokens = corpus.block_tokens(unit.block)[unit.first : unit.last]
    words = [t.key for t in tokens if is_content(t)]
    return set(itertools.pairwise(words))


def dice(corpus: Corpus, a: frozenset[str], b: frozenset[str]) -> float:
    """IDF-weighted Dice coefficient of two word sets."""
    total = corpus.weight(a) + corpus.weight(b)
    return 2 * corpus.weight(a & b) / total if total else 0.0


def pair_key(pair: PassagePair) -> tuple:
    """A stable order of passage pairs (by place in the corpus, never by hash or address)."""
    return (
        pair.a.block_key,
        pair.a.first,
        pair.a.last,
        pair.b.block_key,
        pair.b.first,
        pair.b.last,
    )


def quotation_mark_spans(text: str, min_words: int | None = None) -> list[tuple[int, int]]:
    """Stretches of text between quotation marks ("..." and “...” pairs) of at least
    `min_words` words (by default MARKED_WORDS: long enough to be a quotation rather than a
    quoted epithet or term such as "petty tyrant")."""
    spans, opened, min_words = [], None, min_words or MARKED_WORDS
    for match in QUOTATION_MARK.finditer(text):
        mark = match.group()
        if opened is None and mark in '"“':
            opened = match.end()
        elif opened is not None and mark in '"”':
            if len(text[opened : match.start()].split()) >= min_words:
                spans.append((opened, match.start()))
            opened = None
    return spans


def marking(block: object, tokens: list) -> int:
    """How the passage is marked as a quotation: ELEMENT when every token is inside a quote/q
    element, MARKS when inside those or quotation marks, else UNMARKED."""
    elements = [
        span
        for element, span in block.spans.items()
        if isinstance(element.tag, str) and element.tag.rsplit("}", 1)[-1] in QUOTE_TAGS
    ]
    if not tokens:
        return UNMARKED
    if all(any(s <= t.start < e for s, e in elements) for t in tokens):
        return ELEMENT
    spans = elements + quotation_mark_spans(block.text)
    return MARKS if all(any(s <= t.start < e for s, e in spans) for t in tokens) else UNMARKED


def checked_pair(
    corpus: Corpus, a_lo: Unit, a_hi: Unit, b_lo: Unit, b_hi: Unit
) -> PassagePair | None:
    """The passage pair between these units, when it is distinctive and alike enough."""
    a_block, b_block = a_lo.block, b_lo.block
    a_first, a_last, b_first, b_last = a_lo.first, a_hi.last, b_lo.first, b_hi.last
    a_tokens = corpus.block_tokens(a_block)[a_first:a_last]
    b_tokens = corpus.block_tokens(b_block)[b_first:b_last]
    a_words = frozenset(t.key for t in a_tokens if is_content(t))
    b_words = frozenset(t.key for t in b_tokens if is_content(t))
    shared = a_words & b_words
    lower = {t.key for t in a_tokens if t.key in shared and t.surface[0].islower()}
    score = dice(corpus, a_words, b_words)
    a_trim, b_trim = trim_to_shared([t.key for t in a_tokens], [t.key for t in b_tokens], shared)
    marked = min(
        marking(a_block, a_tokens[a_trim[0] : a_trim[1]]),
        marking(b_block, b_tokens[b_trim[0] : b_trim[1]]),
    )
    needed_words, needed_lower = SHARED_NEEDED[marked]
    if (
        score < PASSAGE_SIMILARITY
        or len(shared) < needed_words
        or len(lower) < needed_lower
        or (len(shared) < SHORT_SHARED and not in_order(a_tokens, b_tokens, shared, marked))
    ):
        return None
    lengths = sorted((a_trim[1] - a_trim[0], b_trim[1] - b_trim[0]))
    if lengths[0] < MIN_LENGTH_RATIO * lengths[1]:
        return None
    return PassagePair(
        Span((a_block.doc, a_block.index), a_first + a_trim[0], a_first + a_trim[1]),
        Span((b_block.doc, b_block.index), b_first + b_trim[0], b_first + b_trim[1]),
        round(score, 3),
    )


def in_order(a_tokens: list, b_tokens: list, shared: frozenset[str], marked: int) -> bool:
    """Most shared words come in the same order on both sides: a short repeat or quotation
    does; two remarks that only talk about the same things (a dialogue's echo) need not."""
    a = list(dict.fromkeys(t.key for t in a_tokens if t.key in shared))
    b = list(dict.fromkeys(t.key for t in b_tokens if t.key in shared))
    common = SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
    return sum(block.size for block in common) >= IN_ORDER[marked] * len(shared)


def smallest_window(words: list[str], wanted: frozenset[str]) -> tuple[int, int]:
    """The shortest range [first, last) of `words` holding every wanted word that occurs in
    it: a word repeated before the shared text ("a trifle ... a trifle as ...") stays out."""
    present = wanted & set(words)
    if not present:
        return 0, len(words)
    counts: dict[str, int] = {}
    best, first = (0, len(words)), 0
    for last, word in enumerate(words):
        if word in present:
            counts[word] = counts.get(word, 0) + 1
        while len(counts) == len(present):
            if last + 1 - first < best[1] - best[0]:
                best = (first, last + 1)
            left = words[first]
            if left in counts:
                counts[left] -= 1
                if not counts[left]:
                    del counts[left]
            first += 1
    return best


def _anchored(a: list[str], b: list[str], shared: frozenset[str]) -> tuple[int, int]:
    """The smallest range of `a` holding its shared content words, widened over the words
    that continue a phrase of `b` ("the point of view of")."""
    first, last = smallest_window(a, shared)
    bigrams = set(itertools.pairwise(b))
    while first > 0 and (a[first - 1], a[first]) in bigrams:
        first -= 1
    while last < len(a) and (a[last - 1], a[last]) in bigrams:
        last += 1
    return first, last


def trim_to_shared(
    a: list[str], b: list[str], shared: frozenset[str]
) -> tuple[tuple[int, int], tuple[int, int]]:
    """Token ranges of a and b around their shared words, so lead-ins
    ("He later recalled:") stay outside the passage; word order may differ (translations)."""
    return _anchored(a, b, shared), _anchored(b, a, shared)
