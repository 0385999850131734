"""Find quotation parallels: candidate units from an index of distinctive words, then scoring.

Cost stays roughly linear in corpus size: only words found in at most `MAX_POSTINGS` units
index candidates (common words never do), so each unit meets a bounded number of others.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher

from .units import Corpus, Unit, is_content

MAX_POSTINGS = 40  # a word in more units than this is too common to suggest a parallel
MIN_SHARED_RARE = 3  # distinctive words (or word pairs) two units must share to be compared
UNIT_SIMILARITY = 0.42  # weighted Dice of content words for a unit pair to count
PASSAGE_SIMILARITY = 0.45  # ... and for the merged passages
MIN_SHARED_WORDS = 5  # content words a passage pair must share (not only a common phrase)
MIN_SHARED_LOWER = 3  # of which ordinary (lower-case) words: names and titles alone do not do
QUOTE_SHARED_WORDS = 3  # ... fewer when both passages are quote/q elements (short quotations)
QUOTE_SHARED_LOWER = 2
QUOTE_TAGS = frozenset({"quote", "q"})
EXTEND_SIMILARITY = 0.25  # a neighbouring sentence pair joins a passage at this similarity
MAX_GAP = 2  # units that may be skipped inside one passage
SHORT_SHARED = 10  # a passage pair sharing fewer content words than this ...
IN_ORDER = 0.8  # ... must give this share of them in the same order
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
    words = [t.norm for t in tokens if is_content(t)]
    return set(itertools.pairwise(words))


def dice(corpus: Corpus, a: frozenset[str], b: frozenset[str]) -> float:
    """IDF-weighted Dice coefficient of two word sets."""
    total = corpus.weight(a) + corpus.weight(b)
    return 2 * corpus.weight(a & b) / total if total else 0.0


def unit_pairs(corpus: Corpus) -> list[tuple[Unit, Unit, float]]:
    """Candidate unit pairs similar enough, in different blocks."""
    result = []
    for i, j in candidate_pairs(corpus):
        a, b = corpus.units[i], corpus.units[j]
        if a.block is b.block:
            continue
        score = dice(corpus, a.content, b.content)
        if score >= UNIT_SIMILARITY:
            result.append((a, b, score))
    return result


def _runs(pairs: list[tuple[Unit, Unit, float]]) -> list[list[tuple[Unit, Unit, float]]]:
    """Group the unit pairs of one block pair into runs going forward together."""
    pairs.sort(key=lambda p: (p[0].id, p[1].id))
    runs: list[list[tuple[Unit, Unit, float]]] = []
    for pair in pairs:
        last = runs[-1][-1] if runs else None
        if (
            last
            and 0 <= pair[0].id - last[0].id <= MAX_GAP + 1
            and -1 <= pair[1].id - last[1].id <= MAX_GAP + 1
        ):
            runs[-1].append(pair)
        else:
            runs.append([pair])
    return runs


def passage_pairs(corpus: Corpus) -> list[PassagePair]:
    """Merge unit pairs into passage pairs, keep the distinctive ones, trimmed to the shared text."""
    by_blocks: dict[tuple[int, int], list[tuple[Unit, Unit, float]]] = defaultdict(list)
    for a, b, score in unit_pairs(corpus):
        by_blocks[(id(a.block), id(b.block))].append((a, b, score))
    result = []
    for pairs in by_blocks.values():
        for run in _runs(pairs):
            pair = _passage(corpus, run)
            if pair:
                result.append(pair)
    return sorted(result, key=pair_key)


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


def _extend(corpus: Corpus, run: list[tuple[Unit, Unit, float]]) -> tuple[Unit, Unit, Unit, Unit]:
    """First and last units of each side, grown over neighbouring sentences that are alike
    enough (a translation's sentences match less well than its best one)."""
    units = corpus.units
    a_lo, a_hi = min(p[0].id for p in run), max(p[0].id for p in run)
    b_lo, b_hi = min(p[1].id for p in run), max(p[1].id for p in run)

    def same(i: int, j: int, block_a: object, block_b: object) -> bool:
        return (
            0 <= i < len(units)
            and 0 <= j < len(units)
            and units[i].block is block_a
            and units[j].block is block_b
            and i != j
            and dice(corpus, units[i].content, units[j].content) >= EXTEND_SIMILARITY
        )

    while same(a_lo - 1, b_lo - 1, units[a_lo].block, units[b_lo].block):
        a_lo, b_lo = a_lo - 1, b_lo - 1
    while same(a_hi + 1, b_hi + 1, units[a_hi].block, units[b_hi].block):
        a_hi, b_hi = a_hi + 1, b_hi + 1
    return units[a_lo], units[a_hi], units[b_lo], units[b_hi]


def _passage(corpus: Corpus, run: list[tuple[Unit, Unit, float]]) -> PassagePair | None:
    """The run grown over alike neighbours when that still passes, else the run itself."""
    extended = _extend(corpus, run)
    pair = _checked(corpus, *extended)
    if pair is None and extended != (run[0][0], run[-1][0], run[0][1], run[-1][1]):
        a_lo, a_hi = min((p[0] for p in run), key=_id), max((p[0] for p in run), key=_id)
        b_lo, b_hi = min((p[1] for p in run), key=_id), max((p[1] for p in run), key=_id)
        pair = _checked(corpus, a_lo, a_hi, b_lo, b_hi)
    return pair


def quoted(block: object, tokens: list) -> bool:
    """Every token inside a quote/q element: the scholar marked the passage as a quotation."""
    spans = [
        span
        for element, span in block.spans.items()
        if isinstance(element.tag, str) and element.tag.rsplit("}", 1)[-1] in QUOTE_TAGS
    ]
    return bool(tokens) and all(any(s <= t.start < e for s, e in spans) for t in tokens)


def _id(unit: Unit) -> int:
    return unit.id


def _checked(corpus: Corpus, a_lo: Unit, a_hi: Unit, b_lo: Unit, b_hi: Unit) -> PassagePair | None:
    """The passage pair between these units, when it is distinctive and alike enough."""
    a_block, b_block = a_lo.block, b_lo.block
    a_first, a_last, b_first, b_last = a_lo.first, a_hi.last, b_lo.first, b_hi.last
    a_tokens = corpus.block_tokens(a_block)[a_first:a_last]
    b_tokens = corpus.block_tokens(b_block)[b_first:b_last]
    a_words = frozenset(t.norm for t in a_tokens if is_content(t))
    b_words = frozenset(t.norm for t in b_tokens if is_content(t))
    shared = a_words & b_words
    lower = {t.norm for t in a_tokens if t.norm in shared and t.surface[0].islower()}
    score = dice(corpus, a_words, b_words)
    a_trim, b_trim = trim_to_shared([t.norm for t in a_tokens], [t.norm for t in b_tokens], shared)
    marked = quoted(a_block, a_tokens[a_trim[0] : a_trim[1]]) and quoted(
        b_block, b_tokens[b_trim[0] : b_trim[1]]
    )
    if (
        score < PASSAGE_SIMILARITY
        or len(shared) < (QUOTE_SHARED_WORDS if marked else MIN_SHARED_WORDS)
        or len(lower) < (QUOTE_SHARED_LOWER if marked else MIN_SHARED_LOWER)
        or (len(shared) < SHORT_SHARED and not in_order(a_tokens, b_tokens, shared))
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


def in_order(a_tokens: list, b_tokens: list, shared: frozenset[str]) -> bool:
    """Most shared words come in the same order on both sides: a short repeat or quotation
    does; two remarks that only talk about the same things (a dialogue's echo) need not."""
    a = list(dict.fromkeys(t.norm for t in a_tokens if t.norm in shared))
    b = list(dict.fromkeys(t.norm for t in b_tokens if t.norm in shared))
    common = SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
    return sum(block.size for block in common) >= IN_ORDER * len(shared)


def _anchored(a: list[str], b: list[str], shared: frozenset[str]) -> tuple[int, int]:
    """First and last+1 token of `a` that is a shared content word or in a bigram of `b`."""
    bigrams = set(itertools.pairwise(b))
    hits = [
        i
        for i, word in enumerate(a)
        if word in shared
        or (i + 1 < len(a) and (word, a[i + 1]) in bigrams)
        or (i > 0 and (a[i - 1], word) in bigrams)
    ]
    return (hits[0], hits[-1] + 1) if hits else (0, len(a))


def trim_to_shared(
    a: list[str], b: list[str], shared: frozenset[str]
) -> tuple[tuple[int, int], tuple[int, int]]:
    """Token ranges of a and b from their first to their last shared word, so lead-ins
    ("He later recalled:") stay outside the passage; word order may differ (translations)."""
    return _anchored(a, b, shared), _anchored(b, a, shared)
