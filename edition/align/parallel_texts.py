"""Parallel texts: two translations (or two versions) of one work, aligned sentence by sentence.

Two translators of a speech or a letter share few words per sentence ("I know not, O
Athenians, how far you have been influenced by my accusers" / "How you, O Athenians, have been
affected by my accusers, I cannot tell"), too few for a passage of their own, and neither
version marks the other as a quotation. What gives them away is order: sentence after sentence,
each one's closest partner in the other document is the next sentence there.

So each sentence (unit) is paired with the sentence of another document that shares the most
ordinary words with it (lower-case words, compared by stem and synonym group, IDF-weighted
Dice), when that choice is mutual. Mutual partners that follow each other in both documents,
never more than MAX_GAP sentences apart, form a chain. A chain of MIN_CHAIN pairs is a
parallel text, and each of its pairs is linked. Two lives told in the same order share names
and dates, not a long run of ordinary words sentence by sentence: they form no chain, or a
short one. Pairs quoted on both sides (two translations of a letter that
two biographies quote) do not count towards a chain: the quotations are linked as such, and
the narrative between them, told twice, is no parallel text.

Inside a parallel text the sentences between two pairs of a chain (and up to MAX_GAP before its
first and after its last) are paired too, each with its closest sentence in the other gap when
they share GAP_SHARED content words (names count here), neither is GAP_LENGTH_RATIO times
longer than the other, and order is kept: one translator's sentence may share only names and
a word or two with the other's ("Orpheus and Musaeus").

Cost stays linear: candidates come from an index of the ordinary words found in at most
MAX_POSTINGS sentences, and a chain looks back over at most MAX_GAP sentences.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import pairwise

from .match import UNMARKED, PassagePair, Span, dice, marking
from .units import Corpus, Unit, is_content

MAX_POSTINGS = 40  # an ordinary word in more sentences than this suggests no partner
MIN_SHARED = 2  # indexed words two sentences must share to be compared
MIN_SIMILARITY = 0.15  # weighted Dice of ordinary words for a sentence's partner
MAX_GAP = 8  # sentences between two pairs of one chain, on either side
MIN_CHAIN = 10  # pairs in a chain that make it a parallel text (short documents that retell
# one life in similar words give chains of up to 9)
GAP_SIMILARITY = 0.1  # weighted Dice of content words for a pair inside a parallel text
GAP_SHARED = 2  # ... and the content words it shares
GAP_LENGTH_RATIO = 3  # ... and no side this many times longer (a letter's heading is no
# translation of the sentence that names its addressee)
Pair = tuple[int, int, float]  # unit id, partner's unit id, similarity


def ordinary_words(corpus: Corpus, unit: Unit) -> frozenset[str]:
    """The unit's content words that are written in lower case there (keys): names and
    dates, which two accounts of one life share, stay out."""
    tokens = corpus.block_tokens(unit.block)[unit.first : unit.last]
    return frozenset(t.key for t in tokens if is_content(t) and t.surface[:1].islower())


def _compared(corpus: Corpus, words: list[frozenset[str]]) -> dict[tuple[int, int], int]:
    """(unit, unit) of different documents -> indexed ordinary words they share."""
    postings: dict[str, list[int]] = defaultdict(list)
    for unit in corpus.units:
        for word in sorted(words[unit.id]):
            postings[word].append(unit.id)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    units = corpus.units
    for ids in postings.values():
        if len(ids) > MAX_POSTINGS:
            continue
        for i, first in enumerate(ids):
            for second in ids[i + 1 :]:
                if units[first].doc != units[second].doc:
                    shared[(first, second)] += 1
    return {pair: n for pair, n in shared.items() if n >= MIN_SHARED}


def mutual_partners(corpus: Corpus) -> dict[tuple[str, str], list[Pair]]:
    """(document, other document) -> the sentence pairs where each is the other's closest
    sentence in that document, sorted by the first document's order."""
    words = [ordinary_words(corpus, unit) for unit in corpus.units]
    units = corpus.units
    best: dict[tuple[int, str], tuple[float, int]] = {}  # (unit, other doc) -> (score, unit)
    for first, second in sorted(_compared(corpus, words)):
        score = round(dice(corpus, words[first], words[second]), 6)
        if score < MIN_SIMILARITY:
            continue
        for one, other in ((first, second), (second, first)):
            key = (one, units[other].doc)
            held = best.get(key)
            if held is None or (score, -other) > (held[0], -held[1]):
                best[key] = (score, other)
    pairs: dict[tuple[str, str], list[Pair]] = defaultdict(list)
    for (one, doc), (score, other) in sorted(best.items()):
        back = best.get((other, units[one].doc))
        if back and back[1] == one and units[one].doc < doc:
            pairs[(units[one].doc, doc)].append((one, other, score))
    return pairs


def chains(pairs: list[Pair]) -> list[list[Pair]]:
    """The longest chains of pairs that go forward in both documents, each step at most
    MAX_GAP sentences on either side; every pair in at most one chain (the best first)."""
    pairs = sorted(pairs)
    best: list[tuple[float, int]] = []  # per pair: (weight of the best chain ending here, previous)
    for index, (one, other, score) in enumerate(pairs):
        chosen = (score, -1)
        for back in range(index - 1, -1, -1):
            before = pairs[back]
            if one - before[0] > MAX_GAP:
                break
            if 0 < one - before[0] and 0 < other - before[1] <= MAX_GAP:
                weight = round(best[back][0] + score, 6)
                if weight > chosen[0]:
                    chosen = (weight, back)
        best.append(chosen)
    found, used = [], set()
    for end in sorted(range(len(pairs)), key=lambda i: (-best[i][0], i)):
        chain, index = [], end
        while index >= 0 and index not in used:
            chain.append(index)
            index = best[index][1]
        used.update(chain)
        if chain:
            found.append([pairs[i] for i in reversed(chain)])
    return found


def quoted(corpus: Corpus, unit: Unit) -> bool:
    """Is the whole unit inside a quotation (a quote/q element or quotation marks)?"""
    tokens = corpus.block_tokens(unit.block)[unit.first : unit.last]
    return marking(unit.block, tokens) != UNMARKED


def parallel_text(corpus: Corpus, chain: list[Pair]) -> bool:
    """Is the chain long enough, counting only pairs not quoted on both sides?"""
    units = corpus.units
    counted = sum(
        not (quoted(corpus, units[one]) and quoted(corpus, units[other])) for one, other, _ in chain
    )
    return counted >= MIN_CHAIN


def _gaps(corpus: Corpus, chain: list[Pair]) -> list[tuple[range, range]]:
    """The stretches of sentences between the chain's pairs, and before and after it (at most
    MAX_GAP, in the same document), as (range of one side, range of the other)."""
    units = corpus.units

    def same_doc(ids: range, unit: int) -> range:
        kept = [i for i in ids if 0 <= i < len(units) and units[i].doc == units[unit].doc]
        return range(kept[0], kept[-1] + 1) if kept else range(0)

    first, last = chain[0], chain[-1]
    boxes = [
        (
            same_doc(range(first[0] - MAX_GAP, first[0]), first[0]),
            same_doc(range(first[1] - MAX_GAP, first[1]), first[1]),
        )
    ]
    boxes += [(range(a[0] + 1, b[0]), range(a[1] + 1, b[1])) for a, b in pairwise(chain)]
    boxes.append(
        (
            same_doc(range(last[0] + 1, last[0] + 1 + MAX_GAP), last[0]),
            same_doc(range(last[1] + 1, last[1] + 1 + MAX_GAP), last[1]),
        )
    )
    return [(one, other) for one, other in boxes if one and other]


def filled(corpus: Corpus, chain: list[Pair]) -> list[Pair]:
    """The chain with the sentence pairs of its gaps (see the module's docstring): in each
    gap the most alike pairs first, each sentence once, no pair crossing another."""
    units = corpus.units
    pairs = list(chain)
    for one, other in _gaps(corpus, chain):
        scored = []
        for i in one:
            for j in other:
                shared = units[i].content & units[j].content
                score = round(dice(corpus, units[i].content, units[j].content), 6)
                lengths = sorted((units[i].last - units[i].first, units[j].last - units[j].first))
                if (
                    len(shared) >= GAP_SHARED
                    and score >= GAP_SIMILARITY
                    and lengths[0] * GAP_LENGTH_RATIO >= lengths[1]
                ):
                    scored.append((-score, i, j))
        taken: list[Pair] = []
        for negative, i, j in sorted(scored):
            if all((i - a) * (j - b) > 0 for a, b, _ in taken):
                taken.append((i, j, -negative))
        pairs += taken
    return sorted(pairs)


def parallel_text_pairs(corpus: Corpus) -> list[PassagePair]:
    """Sentence pairs of the parallel texts of the corpus (see the module's docstring)."""
    units = corpus.units
    result = []
    partners = mutual_partners(corpus)
    for key in sorted(partners):
        for chain in chains(partners[key]):
            if not parallel_text(corpus, chain):
                continue
            for one, other, score in filled(corpus, chain):
                a, b = units[one], units[other]
                result.append(
                    PassagePair(
                        Span((a.doc, a.block.index), a.first, a.last),
                        Span((b.doc, b.block.index), b.first, b.last),
                        score,
                    )
                )
    return result
