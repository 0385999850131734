"""Passage pairs: started from unit pairs, grown over neighbouring sentences, then checked.

A passage starts from a unit (sentence) pair that is alike as a whole, or where the smaller
unit is mostly held in the larger one (one source writes as one sentence what the other
writes as two or three), or that shares several rare words, or that becomes alike as a whole
with the next or previous sentence of one side (a translator's two sentences for one). It then grows: first both sides
together over alike neighbouring sentence pairs, then each side on its own while that makes
the two sides more alike (1:n sentence alignment). `match.checked_pair` decides what is kept.
"""

from __future__ import annotations

import math
from collections import defaultdict

from .match import PassagePair, candidate_pairs, checked_pair, dice, pair_key
from .units import Corpus, Unit

UNIT_SIMILARITY = 0.42  # weighted Dice of content words for a unit pair to start a passage
CONTAINED = 0.6  # ... or the share of the smaller unit's weight the larger one holds
CONTAINED_WORDS = 3  # ... counting at least this many shared words
RARE_UNITS = 3  # a word found in at most this many units is rare ...
RARE_WORDS = 3  # ... and a unit pair sharing this many rare words starts a passage too
EXTEND_SIMILARITY = 0.25  # a neighbouring sentence pair joins a passage at this similarity
MAX_GAP = 2  # units that may be skipped inside one passage
MAX_GROWTH = 4  # sentences one side may grow by on its own
Seed = tuple[Unit, Unit, float]


def starts_passage(
    corpus: Corpus, a: Unit, b: Unit, weights: list[float], rare_idf: float
) -> float | None:
    """The unit pair's similarity (`dice`, from the units' weights) when it may start a
    passage, else None."""
    shared = a.content & b.content
    together, total = corpus.weight(shared), weights[a.id] + weights[b.id]
    score = 2 * together / total if total else 0.0
    if score >= UNIT_SIMILARITY:
        return score
    if len(shared) < CONTAINED_WORDS:
        return None
    smaller = min(weights[a.id], weights[b.id])
    if smaller and together / smaller >= CONTAINED:
        return score
    rare = sum(corpus.idf.get(word, 0.0) >= rare_idf for word in shared)
    if rare >= RARE_WORDS:
        return score
    return _with_neighbour(corpus, a, b, weights)


def _with_neighbour(corpus: Corpus, a: Unit, b: Unit, weights: list[float]) -> float | None:
    """The pair's similarity when one side, joined by its next or previous sentence (in the
    same block and quotation), is alike as a whole with the other side; else None."""
    for one, other in ((a, b), (b, a)):
        for index in (one.id + 1, one.id - 1):
            if not same_passage(corpus, index, one):
                continue
            joined = one.content | corpus.units[index].content
            together = corpus.weight(joined & other.content)
            total = corpus.weight(joined) + weights[other.id]
            if total and 2 * together / total >= UNIT_SIMILARITY:
                return 2 * corpus.weight(a.content & b.content) / (weights[a.id] + weights[b.id])
    return None


def unit_pairs(corpus: Corpus) -> list[Seed]:
    """Candidate unit pairs, in different blocks, that may start a passage."""
    total = max(len(corpus.units), 1)
    rare_idf = math.log((total + 1) / (RARE_UNITS + 0.5))  # the IDF of a word in RARE_UNITS
    weights = [corpus.weight(unit.content) for unit in corpus.units]
    result = []
    for i, j in candidate_pairs(corpus):
        a, b = corpus.units[i], corpus.units[j]
        if a.block is b.block:
            continue
        score = starts_passage(corpus, a, b, weights, rare_idf)
        if score is not None:
            result.append((a, b, score))
    return result


def _runs(pairs: list[Seed]) -> list[list[Seed]]:
    """Group the unit pairs of one block pair into runs going forward together."""
    pairs.sort(key=lambda p: (p[0].id, p[1].id))
    runs: list[list[Seed]] = []
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
    by_blocks: dict[tuple[str, int, str, int], list[Seed]] = defaultdict(list)
    for a, b, score in unit_pairs(corpus):
        by_blocks[(a.doc, a.block.index, b.doc, b.block.index)].append((a, b, score))
    result: dict[tuple, PassagePair] = {}
    for pairs in by_blocks.values():
        for run in _runs(pairs):
            pair = _passage(corpus, run)
            if pair:
                result.setdefault(pair_key(pair), pair)
    return [result[key] for key in sorted(result)]


Bounds = tuple[int, int, int, int]  # first and last unit id of side a, then of side b


def _run_bounds(run: list[Seed]) -> Bounds:
    return (
        min(p[0].id for p in run),
        max(p[0].id for p in run),
        min(p[1].id for p in run),
        max(p[1].id for p in run),
    )


def _extend(corpus: Corpus, bounds: Bounds) -> Bounds:
    """Both sides grown together over neighbouring sentence pairs that are alike enough (a
    translation's sentences match less well than its best one)."""
    units = corpus.units
    a_lo, a_hi, b_lo, b_hi = bounds

    def same(i: int, j: int, a: Unit, b: Unit) -> bool:
        return (
            i != j
            and same_passage(corpus, i, a)
            and same_passage(corpus, j, b)
            and dice(corpus, units[i].content, units[j].content) >= EXTEND_SIMILARITY
        )

    while same(a_lo - 1, b_lo - 1, units[a_lo], units[b_lo]):
        a_lo, b_lo = a_lo - 1, b_lo - 1
    while same(a_hi + 1, b_hi + 1, units[a_hi], units[b_hi]):
        a_hi, b_hi = a_hi + 1, b_hi + 1
    return a_lo, a_hi, b_lo, b_hi


def same_passage(corpus: Corpus, index: int, unit: Unit) -> bool:
    """Unit `index` may join a passage holding `unit`: same block, and same quotation element
    (a passage inside a quotation never grows over its lead-in)."""
    if not 0 <= index < len(corpus.units):
        return False
    other = corpus.units[index]
    return other.block is unit.block and other.quote == unit.quote


def _words(corpus: Corpus, first: int, last: int) -> frozenset[str]:
    return frozenset().union(*(corpus.units[i].content for i in range(first, last + 1)))


def _moves(corpus: Corpus, bounds: Bounds) -> list[Bounds]:
    """The bounds with one more sentence on one side (before or after), in a fixed order."""
    units, (a_lo, a_hi, b_lo, b_hi) = corpus.units, bounds
    moves = []
    for side, (lo, hi) in enumerate(((a_lo, a_hi), (b_lo, b_hi))):
        for new_lo, new_hi in ((lo - 1, hi), (lo, hi + 1)):
            if same_passage(corpus, new_lo, units[lo]) and same_passage(corpus, new_hi, units[lo]):
                moves.append(
                    (new_lo, new_hi, b_lo, b_hi) if side == 0 else (a_lo, a_hi, new_lo, new_hi)
                )
    return moves


def grow_sides(corpus: Corpus, bounds: Bounds) -> Bounds:
    """Each side grown on its own, one sentence at a time, while the two sides become more
    alike: a sentence of one source that the other writes inside a longer one joins."""
    start = bounds
    best = dice(corpus, _words(corpus, *bounds[:2]), _words(corpus, *bounds[2:]))
    while True:
        scored = []
        for move in _moves(corpus, bounds):
            if (
                max(start[0] - move[0], move[1] - start[1], start[2] - move[2], move[3] - start[3])
                > MAX_GROWTH
            ):
                continue
            score = dice(corpus, _words(corpus, *move[:2]), _words(corpus, *move[2:]))
            scored.append((round(score, 9), move))
        better = [s for s in scored if s[0] > round(best, 9)]
        if not better:
            return bounds
        best, bounds = max(better, key=lambda s: (s[0], [-v for v in s[1]]))


def _passage(corpus: Corpus, run: list[Seed]) -> PassagePair | None:
    """The first of these that passes: the run grown together then each side on its own, the
    run grown together, the run grown each side on its own, the run itself."""
    bounds = _run_bounds(run)
    extended = _extend(corpus, bounds)
    tried = set()
    for candidate in _candidates(corpus, bounds, extended):
        if candidate in tried:
            continue
        tried.add(candidate)
        a_lo, a_hi, b_lo, b_hi = (corpus.units[i] for i in candidate)
        pair = checked_pair(corpus, a_lo, a_hi, b_lo, b_hi)
        if pair:
            return pair
    return None


def _candidates(corpus: Corpus, bounds: Bounds, extended: Bounds):
    """The passages to try, in order (computed only when an earlier one failed)."""
    yield grow_sides(corpus, extended)
    yield extended
    if extended != bounds:
        yield grow_sides(corpus, bounds)
    yield bounds
