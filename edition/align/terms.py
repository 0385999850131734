"""Quoted terms: a quotation of two to four words that another place quotes too.

A label, a remark or a slogan of a few words ("social fascists", "socialism in one country") is
too short for the word-triple lookup of edition.align.phrases. It is a shared quotation where
both places mark the words as quoted (the other place with at most two words more); the term
starts and ends with a content word, holds an ordinary word (written in lower case somewhere in
the corpus) and a rare one, unless two documents quote exactly these words ("mass meeting" is
no one's quotation); it is not a name or title (capitalised in every place). A term written in
many places is a common expression unless most of those places quote it: then it is a slogan,
and its places form one cluster, with those that repeat it unmarked. A quotation that renders a
term of three or four words with other small words between its first and last words
("socialism in a single country") joins the term's cluster: another translator's words.

Cost stays linear: only the word sequences that some short quotation holds are indexed.
"""

from __future__ import annotations

from collections import defaultdict

from .match import PassagePair, Span
from .phrases import MAX_PLACES, has_rare, marked_spans
from .units import Corpus, is_content

WORDS = 2  # the shortest term
TERM_WORDS = 4  # the longest term
LONGER = 2  # the other place's quotation is this many words longer at most: a quoted term,
# not a longer quotation that happens to hold the words ("a country of universal suffrage")
BlockKey = tuple[str, int]
Place = tuple[BlockKey, int]


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
    """Pairs of places that quote the same few words, for every quotation of two to four: per
    word sequence, each member of its cluster paired with the first (a star, so the pairs grow
    linearly with the places)."""
    ranges = _marked_ranges(corpus)
    ordinary = corpus.lower_case_words
    terms: dict[tuple[str, ...], list[Place]] = defaultdict(list)
    for key, found in ranges.items():
        for first, last in found:
            if WORDS <= last - first <= TERM_WORDS and _is_term(
                corpus.tokens[key][first:last], ordinary
            ):
                terms[_words(corpus, key, first, last)].append((key, first))
    places = _places(corpus, set(terms))
    pairs = []
    linked: dict[tuple[str, ...], Place] = {}  # terms of three words or more -> their hub
    for words, exact in sorted(terms.items()):
        size = len(words)
        where = places[words]
        quoted = [place for place in where if _quoted_at(ranges, place, size)]
        if len(where) > MAX_PLACES and 2 * len(quoted) <= len(where):
            continue  # a common expression, not one quotation
        key, first = hub = min(exact)
        documents = len({k[0] for k, _ in exact})
        if documents > 1 and 2 * len(quoted) > len(where):
            members = where  # a slogan: quoted in most places, and repeated where unmarked
        elif has_rare(corpus, corpus.tokens[key][first : first + size]):
            members = quoted  # also where a quotation at most LONGER words longer holds it
        elif documents > 1:
            members = exact  # common words: only where two documents quote exactly these
        else:
            continue
        members = sorted(set(members))
        if len(members) < 2 or all(_capitalised(corpus, k, i, size) for k, i in members):
            continue  # a name or a title, capitalised everywhere
        pairs += [
            PassagePair(Span(key, first, first + size), Span(k, i, i + size), size)
            for k, i in members
            if (k, i) != hub
        ]
        if size > WORDS:
            linked[words] = hub
    return pairs + _variant_pairs(corpus, ranges, linked)


def _variant_pairs(
    corpus: Corpus, ranges: dict[BlockKey, list[tuple[int, int]]], linked: dict
) -> list[PassagePair]:
    """A quotation that renders a linked term of three or four words with other small words
    between the same first and last words ("socialism in a single country" beside "socialism
    in one country", two translators' words for one slogan) joins the term's cluster: the
    stretch is at most one word longer or shorter and shares a word of the term's middle."""
    by_ends: dict[tuple[str, str], list[tuple[str, ...]]] = defaultdict(list)
    for words in linked:
        by_ends[(words[0], words[-1])].append(words)
    firsts = {first for first, _ in by_ends}
    pairs = []
    for key, found in sorted(ranges.items()):
        norms = [t.norm for t in corpus.tokens[key]]
        for lo, hi in found:
            for i in range(lo, hi):
                if norms[i] not in firsts:
                    continue
                for j in range(i + WORDS, min(hi, i + TERM_WORDS + 1)):
                    for words in by_ends.get((norms[i], norms[j]), ()):
                        stretch = tuple(norms[i : j + 1])
                        if stretch == words or abs(len(stretch) - len(words)) > 1:
                            continue
                        if not set(stretch[1:-1]) & set(words[1:-1]):
                            continue
                        hub_key, hub_first = linked[words]
                        hub = Span(hub_key, hub_first, hub_first + len(words))
                        pairs.append(PassagePair(hub, Span(key, i, j + 1), len(words)))
    return pairs


def _places(corpus: Corpus, wanted: set[tuple[str, ...]]) -> dict[tuple[str, ...], list[Place]]:
    """Every place (block, first token) where one of the `wanted` word sequences is written."""
    sizes = sorted({len(words) for words in wanted})
    places: dict[tuple[str, ...], list[Place]] = defaultdict(list)
    for block in corpus.blocks:
        key = (block.doc, block.index)
        norms = [t.norm for t in corpus.block_tokens(block)]
        for size in sizes:
            for i in range(len(norms) - size + 1):
                if tuple(norms[i : i + size]) in wanted:
                    places[tuple(norms[i : i + size])].append((key, i))
    return places


def _quoted_at(
    ranges: dict[BlockKey, list[tuple[int, int]]], place: Place, size: int, longer: int = LONGER
) -> bool:
    """The `size` words at `place` lie in a quotation at most `longer` words longer."""
    key, i = place
    return any(lo <= i and i + size <= hi <= lo + size + longer for lo, hi in ranges[key])


def _words(corpus: Corpus, key: BlockKey, first: int, last: int) -> tuple[str, ...]:
    return tuple(t.norm for t in corpus.tokens[key][first:last])


def _is_term(tokens: list, ordinary: frozenset[str]) -> bool:
    """Content words at both ends (two words: both content words), one of them ordinary."""
    content = [t for t in tokens if is_content(t)]
    return (
        is_content(tokens[0])
        and is_content(tokens[-1])
        and len(content) >= WORDS
        and any(t.norm in ordinary for t in content)
    )


def _capitalised(corpus: Corpus, key: BlockKey, first: int, size: int) -> bool:
    """Every content word of the term capitalised at this place (a name or title)."""
    return all(
        t.surface[:1].isupper() for t in corpus.tokens[key][first : first + size] if is_content(t)
    )
