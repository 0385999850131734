"""Quoted terms: a two-word quotation that another place quotes too.

A label or a remark of two words ("social fascists", "tragic mirage") is too short for the
word-triple lookup of edition.align.phrases. It is a shared quotation where both places mark
the words as quoted (the other place with at most two words more); both words are content
words, one of them ordinary (written in lower case somewhere in the corpus) and one rare,
unless two documents quote exactly these two words ("mass meeting" is no one's quotation);
the pair is not a name or title (capitalised in every place) and occurs in few places in all.

Cost stays linear: only the word pairs that some two-word quotation holds are indexed.
"""

from __future__ import annotations

from collections import defaultdict

from .match import PassagePair, Span
from .phrases import MAX_PLACES, has_rare, marked_spans
from .units import Corpus, is_content

WORDS = 2
TERM_MAX = 4  # the other place's quotation is this short at most: a quoted term, not a
# longer quotation that happens to hold the two words ("a country of universal suffrage")
BlockKey = tuple[str, int]


def _marked_ranges(corpus: Corpus) -> dict[BlockKey, list[tuple[int, int]]]:
    """Token ranges [first, last) of every quotation of at least two words, per block."""
    ranges: dict[BlockKey, list[tuple[int, int]]] = {}
    for block in corpus.blocks:
        tokens = corpus.block_tokens(block)
        found = []
        for start, end in marked_spans(block, WORDS):
            inside = [i for i, t in enumerate(tokens) if start <= t.start < end]
            if len(inside) >= WORDS:
                found.append((inside[0], inside[-1] + 1))
        ranges[(block.doc, block.index)] = found
    return ranges


def term_pairs(corpus: Corpus) -> list[PassagePair]:
    """Pairs of places that quote the same two words, for every two-word quotation."""
    ranges = _marked_ranges(corpus)
    ordinary = corpus.lower_case_words
    terms = [
        (key, first)
        for key, found in ranges.items()
        for first, last in found
        if last - first == WORDS and _is_term(corpus.tokens[key][first:last], ordinary)
    ]
    wanted = {_pair(corpus, key, first) for key, first in terms}
    places: dict[tuple[str, str], list[tuple[BlockKey, int]]] = defaultdict(list)
    for block in corpus.blocks:
        key = (block.doc, block.index)
        norms = [t.norm for t in corpus.block_tokens(block)]
        for i in range(len(norms) - 1):
            if (norms[i], norms[i + 1]) in wanted:
                places[(norms[i], norms[i + 1])].append((key, i))
    found: set[tuple[Span, Span]] = set()
    for key, first in terms:
        where = places[_pair(corpus, key, first)]
        if len(where) > MAX_PLACES:  # a common expression, not one quotation
            continue
        rare = has_rare(corpus, corpus.tokens[key][first : first + WORDS])
        others = [
            (other, i)
            for other, i in where
            if (other, i) != (key, first)
            and any(
                lo <= i
                and i + WORDS <= hi <= lo + TERM_MAX
                and (rare or (hi - lo == WORDS and other[0] != key[0]))
                for lo, hi in ranges[other]
            )
        ]
        if not others or all(_capitalised(corpus, k, i) for k, i in [(key, first), *others]):
            continue
        for other, i in others:
            ends = sorted([Span(key, first, first + WORDS), Span(other, i, i + WORDS)], key=_order)
            found.add((ends[0], ends[1]))
    return [
        PassagePair(a, b, WORDS)
        for a, b in sorted(found, key=lambda ab: (_order(ab[0]), _order(ab[1])))
    ]


def _order(span: Span) -> tuple:
    return (span.block_key, span.first, span.last)


def _pair(corpus: Corpus, key: BlockKey, first: int) -> tuple[str, str]:
    tokens = corpus.tokens[key]
    return (tokens[first].norm, tokens[first + 1].norm)


def _is_term(tokens: list, ordinary: frozenset[str]) -> bool:
    """Two content words, one of them an ordinary word."""
    return all(is_content(t) for t in tokens) and any(t.norm in ordinary for t in tokens)


def _capitalised(corpus: Corpus, key: BlockKey, first: int) -> bool:
    return all(t.surface[:1].isupper() for t in corpus.tokens[key][first : first + WORDS])
