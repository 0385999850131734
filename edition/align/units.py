"""Sentence-sized units of block text, and the corpus statistics (IDF) that weight their words."""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property

from .text import Block, Token, localname, tokenize

STOPWORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "upon",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "one",
        "two",
        "us",
        "said",
        "say",
        "says",
        "shall",
        "may",
        "might",
        "must",
        "let",
        "even",
        "ever",
        "every",
        "many",
        "much",
        "well",
        "like",
    ]
)
# A sentence ends at . ! ? (maybe closed by a quotation mark or bracket) before a capital,
# and a quotation begins after "recalled:" or "wrote," and an opening quotation mark.
SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s+[\"'“‘(\[]?$|\n\s*\n")
QUOTE_OPEN = re.compile(r"[:,;]\s*[\"“‘]$|\s[\"“]$")
QUOTE_ELEMENTS = frozenset({"quote", "q"})


@dataclass(frozen=True)
class Unit:
    """A sentence (or quotation opening) of a block: tokens [first, last) of block.tokens."""

    id: int
    block: Block
    first: int
    last: int
    content: frozenset[str]
    quote: tuple[int, int] | None = None  # the quotation element it lies in (character span)

    @property
    def doc(self) -> str:
        return self.block.doc


def is_content(token: Token) -> bool:
    if token.norm.isdigit():
        return True
    return len(token.norm) > 1 and token.norm not in STOPWORDS and token.key not in STOPWORDS


def quote_spans(block: Block) -> list[tuple[int, int]]:
    """The character spans of the block's inline quotation elements (quote, q): each is a
    unit of its own, apart from its lead-in ("She wrote:"), and bounds a passage's growth."""
    return sorted(
        span
        for element, span in block.spans.items()
        if element is not block.element and localname(element) in QUOTE_ELEMENTS
    )


def _enclosing(spans: list[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    inside = [(e - s, (s, e)) for s, e in spans if s <= offset < e]
    return min(inside)[1] if inside else None


def _boundaries(text: str, tokens: list[Token], edges: set[int] = frozenset()) -> list[int]:
    """Token indexes where a new unit starts."""
    starts = [0]
    for i in range(1, len(tokens)):
        gap = text[tokens[i - 1].end : tokens[i].start]
        nxt = tokens[i].surface[0]
        if (
            (SENTENCE_END.search(gap) and (nxt.isupper() or nxt.isdigit()))
            or QUOTE_OPEN.search(gap)
            or any(tokens[i - 1].end <= edge <= tokens[i].start for edge in edges)
        ):
            starts.append(i)
    return starts


def block_units(block: Block, tokens: list[Token], next_id: int) -> list[Unit]:
    """Split a block's tokens into units with their content-word sets (compared by key:
    stem or synonym group, so translations meet)."""
    spans = quote_spans(block)
    starts = _boundaries(block.text, tokens, {edge for span in spans for edge in span})
    units = []
    for first, last in itertools.pairwise(starts + [len(tokens)]):
        content = frozenset(t.key for t in tokens[first:last] if is_content(t))
        if content:
            quote = _enclosing(spans, tokens[first].start)
            units.append(Unit(next_id + len(units), block, first, last, content, quote))
    return units


@dataclass
class Corpus:
    """Every block, its tokens and units, and the document frequency of each word."""

    blocks: list[Block]
    tokens: dict[tuple[str, int], list[Token]]  # (doc, block index) -> tokens
    units: list[Unit]
    idf: dict[str, float]

    def block_tokens(self, block: Block) -> list[Token]:
        return self.tokens[(block.doc, block.index)]

    def block_text(self, key: tuple[str, int]) -> str:
        """The text of the block with this (doc, block index) key."""
        return self._texts[key]

    @cached_property
    def _texts(self) -> dict[tuple[str, int], str]:
        return {(block.doc, block.index): block.text for block in self.blocks}

    @cached_property
    def lower_case_words(self) -> frozenset[str]:
        """Words the corpus writes in lower case somewhere: ordinary words, even where a
        title or a slogan capitalises them ("Peace, Bread and Land"), unlike names."""
        return frozenset(
            t.norm for tokens in self.tokens.values() for t in tokens if t.surface[:1].islower()
        )

    def weight(self, words: frozenset[str] | set[str]) -> float:
        return math.fsum(self.idf.get(w, 0.0) for w in words)  # exact: no order dependence


def build_corpus(blocks: list[Block]) -> Corpus:
    """Tokenize blocks, cut units and count in how many units each word occurs."""
    tokens: dict[tuple[str, int], list[Token]] = {}
    units: list[Unit] = []
    for block in blocks:
        block_tokens = tokenize(block.text)
        tokens[(block.doc, block.index)] = block_tokens
        units.extend(block_units(block, block_tokens, len(units)))
    df = Counter(word for unit in units for word in unit.content)
    total = max(len(units), 1)
    idf = {word: math.log((total + 1) / (count + 0.5)) for word, count in df.items()}
    return Corpus(blocks, tokens, units, idf)
