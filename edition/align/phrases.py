"""Shared quoted phrases: a short quotation found word for word in another place.

Sentence alignment (edition.align.passages) needs several shared content words, so a quoted
phrase of three or four words ("the dustbin of history") that two documents share, or that one
document quotes once and reuses later, never starts a passage. Here every quotation a block
marks (a quote/q element, or words between quotation marks) is looked up, word for word, in
the whole corpus; it is a shared quotation where it is found whole (or a long stretch of it is),
in few places, and the words are distinctive: ordinary words (ones the corpus writes in lower
case somewhere), one of them rare. Names and titles alone ("The Origin of Species") are not
quotations, unless another quotation writes the words in lower case (a slogan).

Cost stays linear: only the word triples that occur in some quotation are indexed.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import astuple, dataclass

from .match import PassagePair, Span, quotation_mark_spans
from .text import Block, Token
from .units import STOPWORDS, Corpus, is_content, quote_spans

GRAM = 3  # words looked up together
MIN_ORDINARY = 2  # lower-case content words a short phrase needs
LONG_MATCH = 8  # a stretch of a quotation this long counts even when the quotation is longer
MAX_PLACES = 4  # a short phrase found in this many other places is a saying, not a quotation
RARE_UNITS = 8  # a short phrase needs a word found in at most this many sentences
MAX_QUOTED = 400  # longer quotations are left to sentence alignment
SINGLE_MAX = 60  # words between single quotation marks (an apostrophe may be taken for one)
COVER = 0.75  # share of a quotation's words that must recur (a word or two may differ) ...
FORMULA_WORDS = 16  # a shorter stretch written unmarked in two other places is a set phrase
CHAIN_GAP = 2  # words between two stretches of one recurrence (a misprint, a changed word)
MAX_EDITS = 2  # ... with at most this many function words added, left out or changed
BOTH_MARKED = 5  # a quotation this long marked in both places needs no rare word
RARE_STRETCH = 3  # rare words that make a shorter stretch of a quotation count
CLAUSE_WORDS = 6  # a whole clause of a quotation this long counts when it recurs ("the slogan
# must be, turn the imperialist war into civil war": its last clause is the slogan)
Place = tuple[tuple[str, int], int]  # (block key, first token)


@dataclass(frozen=True)
class Quoted:
    """A marked quotation: tokens [first, last) of a block."""

    block_key: tuple[str, int]
    first: int
    last: int


def marked_spans(block: Block, min_words: int = GRAM) -> list[tuple[int, int]]:
    """Character spans of the block's quotations: quote/q elements, and quotation marks
    around at least `min_words` words."""
    text = block.text
    marks = quotation_mark_spans(text, min_words) + single_quote_spans(text, min_words)
    return sorted(set(quote_spans(block) + marks))


# A single quotation mark opens after a blank or bracket, before a letter; it closes after a
# letter or punctuation and before what is not a letter, so "don't" and "Ada’s" do not.
SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–]))['‘](?=\w)")
SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?])['’](?!\w)")


def single_quote_spans(text: str, min_words: int = GRAM) -> list[tuple[int, int]]:
    """Stretches between single quotation marks ('...', ‘...’) of at least `min_words` words."""
    spans = []
    for opening in SINGLE_OPEN.finditer(text):
        closing = SINGLE_CLOSE.search(text, opening.end())
        words = len(text[opening.end() : closing.start()].split()) if closing else 0
        if min_words <= words <= SINGLE_MAX:
            spans.append((opening.end(), closing.start()))
    return spans


def quoted_phrases(corpus: Corpus) -> list[Quoted]:
    """Every marked quotation of the corpus, as token ranges, in corpus order."""
    result = []
    for block in corpus.blocks:
        key = (block.doc, block.index)
        tokens = corpus.block_tokens(block)
        for start, end in marked_spans(block):
            inside = [i for i, t in enumerate(tokens) if start <= t.start < end]
            if GRAM <= len(inside) <= MAX_QUOTED:
                result.append(Quoted(key, inside[0], inside[-1] + 1))
    return result


def _grams(norms: list[str]) -> list[tuple[str, ...]]:
    return [tuple(norms[i : i + GRAM]) for i in range(len(norms) - GRAM + 1)]


def gram_places(corpus: Corpus, wanted: set[tuple[str, ...]]) -> dict[tuple[str, ...], list]:
    """Where each wanted word triple occurs: (block key, token index), in corpus order."""
    places: dict[tuple[str, ...], list[Place]] = defaultdict(list)
    for block in corpus.blocks:
        key = (block.doc, block.index)
        norms = [t.norm for t in corpus.block_tokens(block)]
        for i, gram in enumerate(_grams(norms)):
            if gram in wanted:
                places[gram].append((key, i))
    return places


def distinctive(
    corpus: Corpus,
    tokens: list[Token],
    rare_idf: float,
    both_marked: bool,
    ordinary_words: frozenset[str],
) -> bool:
    """Ordinary content words (written in lower case somewhere), several, or two with a rare
    word among the words (unless both places mark the words as a quotation): a quotation, not
    a name, a title of proper names or a common phrase."""
    ordinary = [t for t in tokens if is_content(t) and t.norm in ordinary_words]
    if len(ordinary) < MIN_ORDINARY:
        return False
    if len(ordinary) > MIN_ORDINARY or both_marked:
        return True
    return any(is_content(t) and corpus.idf.get(t.key, math.inf) >= rare_idf for t in tokens)


@dataclass(frozen=True)
class Match:
    """Tokens a[a_first:a_last] matched with b[b_first:b_last]; `words` of them are equal."""

    a_first: int
    a_last: int
    b_first: int
    b_last: int
    words: int


def _function_word(words: list[str], index: int, skipped: int) -> bool:
    """Nothing is skipped, or the skipped word is a function word ("and", "the")."""
    return not skipped or words[index] in STOPWORDS or len(words[index]) <= 1


def _agrees(a: list[str], i: int, b: list[str], j: int, step: int, inside) -> bool:
    """a[i] == b[j], and the next pair too unless the quotation ends there."""
    if not (inside(i, j) and a[i] == b[j]):
        return False
    return not inside(i + step, j + step) or a[i + step] == b[j + step]


def _walk(
    a: list[str], i: int, b: list[str], j: int, step: int, a_end: int
) -> tuple[int, int, int]:
    """From a[i] and b[j], step by step (+1 or -1) while the words are equal, letting up to
    MAX_EDITS function words ("and", "the") be added, left out or changed where the words
    then agree again: (a position, b position, equal words) one step past the last equal pair."""
    inside = (
        (lambda x, y: x < a_end and 0 <= y < len(b))
        if step > 0
        else (lambda x, y: x >= a_end and 0 <= y < len(b))
    )
    equal = edits = 0
    while inside(i, j):
        if a[i] == b[j]:
            i, j, equal = i + step, j + step, equal + 1
            continue
        if edits == MAX_EDITS:
            break
        for di, dj in ((step, 0), (0, step), (step, step)):  # a word added, left out, changed
            if (
                _function_word(a, i, di)
                and _function_word(b, j, dj)
                and _agrees(a, i + di, b, j + dj, step, inside)
            ):
                i, j, edits = i + di, j + dj, edits + 1
                break
        else:
            break
    return i, j, equal


def extend(a: list[str], i: int, b: list[str], j: int, a_lo: int, a_hi: int) -> Match:
    """The stretch of a[a_lo:a_hi] and b around the equal triple at a[i], b[j]."""
    end_a, end_b, ahead = _walk(a, i, b, j, 1, a_hi)
    start_a, start_b, back = _walk(a, i - 1, b, j - 1, -1, a_lo)
    return Match(start_a + 1, end_a, start_b + 1, end_b, back + ahead)


def phrase_pairs(corpus: Corpus) -> list[PassagePair]:
    """Pairs of (quotation, place it recurs), for every distinctive quoted phrase."""
    phrases = quoted_phrases(corpus)
    norms = {(b.doc, b.index): [t.norm for t in corpus.block_tokens(b)] for b in corpus.blocks}
    marked = defaultdict(set)
    for q in phrases:
        marked[q.block_key].add((q.first, q.last))
    wanted = {g for q in phrases for g in _grams(norms[q.block_key][q.first : q.last])}
    places = gram_places(corpus, wanted)
    total = max(len(corpus.units), 1)
    rare_idf = math.log((total + 1) / (RARE_UNITS + 0.5))
    ordinary = corpus.lower_case_words
    found: dict[tuple, PassagePair] = {}
    for quoted in phrases:
        for pair in _recurrences(corpus, quoted, norms, places, marked, rare_idf, ordinary):
            ends = sorted(
                [
                    (pair.a.block_key, pair.a.first, pair.a.last),
                    (pair.b.block_key, pair.b.first, pair.b.last),
                ]
            )
            found.setdefault(tuple(ends), pair)
    return [found[key] for key in sorted(found)]


def _matches(quoted: Quoted, norms: dict, places: dict) -> set[tuple[tuple[str, int], Match]]:
    """Every stretch where the quotation recurs outside its own block."""
    words = norms[quoted.block_key]
    result = set()
    for i in range(quoted.first, quoted.last - GRAM + 1):
        for block_key, j in places.get(tuple(words[i : i + GRAM]), ()):
            if block_key != quoted.block_key:
                found = extend(words, i, norms[block_key], j, quoted.first, quoted.last)
                result.add((block_key, found))
    return result


def _chained(matches: set[tuple[tuple[str, int], Match]]) -> list[tuple[tuple[str, int], Match]]:
    """Stretches of one block that follow each other on both sides, a word or two apart (a
    misprint, a changed word), joined into one."""
    result: list[tuple[tuple[str, int], Match]] = []
    for key, m in sorted(matches, key=lambda km: (km[0], km[1].a_first, km[1].b_first)):
        if result and result[-1][0] == key:
            last = result[-1][1]
            if (
                0 <= m.a_first - last.a_last <= CHAIN_GAP
                and 0 <= m.b_first - last.b_last <= CHAIN_GAP
            ):
                joined = Match(last.a_first, m.a_last, last.b_first, m.b_last, last.words + m.words)
                result[-1] = (key, joined)
                continue
        result.append((key, m))
    return result


def _title_case(tokens: list[Token]) -> bool:
    """Every content word capitalised: a name or a title ("Problems of Everyday Life") where
    no place writes it otherwise."""
    return all(t.surface[:1].isupper() for t in tokens if is_content(t))


def _is_marked(ranges: set[tuple[int, int]], first: int, last: int) -> bool:
    return any(lo <= first and last <= hi for lo, hi in ranges)


def rare_words(corpus: Corpus, tokens: list[Token]) -> int:
    """Words in at most RARE_UNITS sentences and 1% of them (in a small corpus every word is
    in few sentences, so that says nothing)."""
    total = len(corpus.units)
    idf = math.log((total + 1) / (min(RARE_UNITS, total / 100) + 0.5))
    return len({t.key for t in tokens if is_content(t) and corpus.idf.get(t.key, math.inf) >= idf})


def has_rare(corpus: Corpus, tokens: list[Token]) -> bool:
    return rare_words(corpus, tokens) > 0


def _rare_stretch(corpus: Corpus, tokens: list[Token], other_marked: bool) -> bool:
    """A stretch holding RARE_STRETCH rare words (one fewer when the other place quotes it
    too): "with your nightcap in your pocket" in two translations of one note, "boiled,
    stewed and roasted" quoted from a letter."""
    return rare_words(corpus, tokens) >= RARE_STRETCH - other_marked


def _formula(m: Match, kept: list, marked: dict[tuple[str, int], set[tuple[int, int]]]) -> bool:
    """A stretch (shorter than FORMULA_WORDS) that two or more other places write unmarked is a
    set phrase of the corpus ("the members of the central committee"), not a quotation, unless
    it holds a rare word (`_has_rare`)."""
    if m.words >= FORMULA_WORDS:
        return False
    unmarked = {
        (key, o.b_first)
        for key, o in kept
        if o.a_first < m.a_last
        and m.a_first < o.a_last
        and not _is_marked(marked[key], o.b_first, o.b_last)
    }
    return len(unmarked) >= 2


_CLAUSE_MARK = re.compile(r"[,;:!?.()—–]|\s-\s")


def _clause_edges(corpus: Corpus, quoted: Quoted) -> set[int]:
    """Token positions where a clause of the quotation starts or ends: its ends, and every
    place a comma, colon, dash or sentence mark stands between two of its words."""
    text = corpus.block_text(quoted.block_key)
    tokens = corpus.tokens[quoted.block_key]
    edges = {quoted.first, quoted.last}
    for i in range(quoted.first + 1, quoted.last):
        if _CLAUSE_MARK.search(text, tokens[i - 1].end, tokens[i].start):
            edges.add(i)
    return edges


def _recurrences(
    corpus: Corpus,
    quoted: Quoted,
    norms: dict[tuple[str, int], list[str]],
    places: dict[tuple[str, ...], list[Place]],
    marked: dict[tuple[str, int], set[tuple[int, int]]],
    rare_idf: float,
    ordinary: frozenset[str],
) -> list[PassagePair]:
    """The places where the quotation (most of it, or a long stretch) recurs, when few."""
    whole = quoted.last - quoted.first
    clauses = _clause_edges(corpus, quoted)
    kept = [
        (key, m)
        for key, m in _chained(_matches(quoted, norms, places))
        if m.words >= LONG_MATCH
        or m.words >= max(GRAM, COVER * whole)
        or (m.words >= CLAUSE_WORDS and m.a_first in clauses and m.a_last in clauses)
        or _rare_stretch(
            corpus,
            corpus.tokens[quoted.block_key][m.a_first : m.a_last],
            _is_marked(marked[key], m.b_first, m.b_last),
        )
    ]
    short = {(key, m.b_first) for key, m in kept if m.words < LONG_MATCH}
    if len(short) >= MAX_PLACES:  # a common phrase: keep only its long stretches
        kept = [(key, m) for key, m in kept if m.words >= LONG_MATCH]
    tokens = corpus.tokens[quoted.block_key]
    kept = [
        (key, m)
        for key, m in kept
        if not _formula(m, kept, marked) or has_rare(corpus, tokens[m.a_first : m.a_last])
    ]
    if _title_case(tokens[quoted.first : quoted.last]):  # a name or title, unless quoted ...
        kept = [(key, m) for key, m in kept if _is_marked(marked[key], m.b_first, m.b_last)]
    # ... and written in lower case in some place
    lowered = any(not _title_case(corpus.tokens[key][m.b_first : m.b_last]) for key, m in kept)
    return [
        PassagePair(
            Span(quoted.block_key, m.a_first, m.a_last), Span(key, m.b_first, m.b_last), m.words
        )
        for key, m in sorted(kept, key=lambda km: (km[0], astuple(km[1])))
        if (lowered or not _title_case(tokens[m.a_first : m.a_last]))
        and distinctive(
            corpus,
            tokens[m.a_first : m.a_last],
            rare_idf,
            (m.b_first, m.b_last) in marked[key] and m.words == whole >= BOTH_MARKED,
            ordinary,
        )
    ]
