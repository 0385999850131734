"""How faithfully a TEI file keeps its source's words: shared word 4-grams both ways."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from lxml import etree

from .xmlio import tei

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_LINE_HYPHEN = re.compile(r"(\w)-\s*\n\s*(\w)")


def words(text: str) -> list[str]:
    """Lower-cased words after Unicode compatibility folding (ligatures become letters)."""
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'").lower()
    return _WORD.findall(text)


def ngrams(tokens: list[str], n: int = 4) -> set[tuple[str, ...]]:
    return {tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)}


def source_words(text: str) -> list[str]:
    """Words of a source, line-break hyphenation undone (a PDF artefact, not text)."""
    return words(_LINE_HYPHEN.sub(r"\1\2", text))


def tei_text_blocks(tree: etree._ElementTree) -> Iterable[str]:
    """The text of the TEI `text` element, one string per block, notes apart from their
    paragraph (as a reader would meet them) and running heads left out."""
    text = tree.getroot().find(tei("text"))
    if text is None:
        return
    blocks = text.iter(tei("p"), tei("head"), tei("item"), tei("note"), tei("bibl"), tei("label"))
    for block in blocks:
        yield "".join(_own_text(block))


def _own_text(element: etree._Element) -> Iterable[str]:
    """Text of an element without its nested notes/blocks, which are yielded on their own."""
    if element.text:
        yield element.text
    for child in element:
        tag = etree.QName(child).localname if isinstance(child.tag, str) else ""
        if tag not in ("note", "fw", "p", "list", "item", "head", "bibl"):
            yield from _own_text(child)
        yield " " if tag in ("note", "fw") else ""
        if child.tail:
            yield child.tail


@dataclass(frozen=True)
class Fidelity:
    source_found: float  # share of the source's 4-grams found in the TEI
    tei_extra: float  # share of the TEI's 4-grams that are not in the source

    def __str__(self) -> str:
        return f"source 4-grams kept {self.source_found:.2%}, TEI 4-grams not in source {self.tei_extra:.2%}"


def block_ngrams(blocks: Iterable[str]) -> tuple[set[tuple[str, ...]], set[tuple[str, ...]]]:
    """4-grams inside each block, and 4-grams of all blocks read as one stream."""
    inside: set[tuple[str, ...]] = set()
    stream: list[str] = []
    for block in blocks:
        tokens = words(block)
        inside |= ngrams(tokens)
        stream.extend(tokens)
    return inside, ngrams(stream)


def measure(source_text: str, tree: etree._ElementTree, removed: Iterable[str] = ()) -> Fidelity:
    """Compare the 4-grams inside blocks (blank-line blocks of the source, block elements of
    the TEI), looking each up among the other side's block and running-text 4-grams, so a
    block boundary drawn differently (a paragraph running over a page) is no loss.
    Text logged as removed boilerplate counts as accounted for."""
    source, source_stream = block_ngrams(re.split(r"\n\s*\n", _LINE_HYPHEN.sub(r"\1\2", source_text)))
    kept, kept_stream = block_ngrams(tei_text_blocks(tree))
    accounted = kept | kept_stream
    for text in removed:
        accounted |= ngrams(words(text))
    found = len(source & accounted) / len(source) if source else 1.0
    extra = len(kept - source - source_stream) / len(kept) if kept else 0.0
    return Fidelity(found, extra)
