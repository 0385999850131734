"""How faithfully a TEI file keeps its source's words: shared word 4-grams both ways.

What counts as text, so that the figures are honest rather than flattering:

- Source side: the whole source, line-break hyphenation undone (a print artefact, not text).
  Note markers ("[12]", "(3)"; "*" and "†" are not words anyway) are *left out* when the TEI has
  a note with that label: a marker is a pointer, which the TEI keeps as the note's position and
  its `@n`, not a word of the text. A marker the converter failed to resolve stays in the TEI
  text and is matched like any word.
- TEI side: the text of `text` (paragraphs, heads, list items, note bodies, bibls, labels),
  each note apart from its paragraph, running heads (`fw`) left out; and `graphic/@url`, a file
  name the source prints in the text, which the TEI keeps only as an attribute. No other
  attribute value counts (`note/@n` is a marker, `ref/@target` an address, not text).
- Text the converter logged as removed boilerplate (``OUTDIR/.edition/removed/STEM.json``,
  passed as `removed`) counts as accounted for on the source side, never as TEI text. Whole
  removed lines given with their line numbers are also cut out of the source's running text
  (a page number between two halves of a sentence is not part of the sentence).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from itertools import pairwise

from lxml import etree

from .xmlio import tei

SOFT_HYPHEN = "\u00ad"  # invisible: a word it sits in is one word
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_LINE_HYPHEN = re.compile(r"(\w)-\s*\n\s*(\w)")
_MARKER = re.compile(r"\[(\w{1,4})\]|\((\d{1,3})\)")
BLOCKS = ("p", "ab", "head", "item", "note", "bibl", "label", "cell")
NESTED = ("note", "fw", "p", "ab", "list", "item", "head", "bibl", "cell")


def words(text: str) -> list[str]:
    """Lower-cased words after Unicode compatibility folding (ligatures become letters); soft
    hyphens, invisible, split no word."""
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'").replace(SOFT_HYPHEN, "")
    text = text.lower()
    return _WORD.findall(text)


def ngrams(tokens: list[str], n: int = 4) -> set[tuple[str, ...]]:
    return {tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)}


def note_labels(tree: etree._ElementTree) -> set[str]:
    """The `@n` of every note in the TEI text: the markers the converter resolved."""
    return {note.get("n", "") for note in tree.getroot().iter(tei("note"))} - {""}


def strip_markers(text: str, labels: AbstractSet[str]) -> str:
    """Source text without the note markers whose label is one of `labels`."""

    def drop(match: re.Match[str]) -> str:
        label = match.group(1) or match.group(2)
        return " " if label in labels else match.group(0)  # as the TEI reads on after a note

    return _MARKER.sub(drop, text)


def source_words(text: str, labels: AbstractSet[str] = frozenset()) -> list[str]:
    """Words of a source: line-break hyphenation undone, resolved note markers left out."""
    return words(strip_markers(_LINE_HYPHEN.sub(r"\1\2", text), labels))


def tei_text_blocks(tree: etree._ElementTree) -> Iterable[str]:
    """The text of the TEI `text` element, one string per block, notes apart from their
    paragraph (as a reader would meet them), running heads left out, figure file names in."""
    text = tree.getroot().find(tei("text"))
    if text is None:
        return
    for block in text.iter(*(tei(name) for name in (*BLOCKS, "graphic"))):
        if block.tag == tei("graphic"):
            yield block.get("url", "")
        else:
            yield "".join(_own_text(block))


def _own_text(element: etree._Element) -> Iterable[str]:
    """Text of an element without its nested notes/blocks, which are yielded on their own."""
    if element.text:
        yield element.text
    for child in element:
        tag = etree.QName(child).localname if isinstance(child.tag, str) else ""
        if tag not in NESTED:
            yield from _own_text(child)
        yield " " if tag in ("note", "fw") else ""
        if child.tail:
            yield child.tail


@dataclass(frozen=True)
class Fidelity:
    source_found: float  # share of the source's 4-grams found in the TEI
    tei_extra: float  # share of the TEI's 4-grams that are not in the source

    def __str__(self) -> str:
        return (
            f"source 4-grams kept {self.source_found:.2%}, "
            f"TEI 4-grams not in source {self.tei_extra:.2%}"
        )

    def meets(self, kept: float = 0.99, extra: float = 0.02) -> bool:
        """Whether the issue's targets hold (>= 99% kept, <= 2% extra by default)."""
        return self.source_found >= kept and self.tei_extra <= extra


def block_ngrams(blocks: Iterable[str]) -> tuple[set[tuple[str, ...]], set[tuple[str, ...]]]:
    """4-grams inside each block, and 4-grams of all blocks read as one stream."""
    inside: set[tuple[str, ...]] = set()
    stream: list[str] = []
    for block in blocks:
        tokens = words(block)
        inside |= ngrams(tokens)
        stream.extend(tokens)
    return inside, ngrams(stream)


def without_removed_lines(source_text: str, removed: Iterable[tuple[int, str]]) -> str:
    """The source without what the removed log places on a line (line number and text): a
    whole line goes; a logged part inside a line ("[Pg 5]") is cut out of it, so the words on
    either side read on as they do in the TEI; a logged part at a line's start or end (a note's
    back links "^ a b" or "↩", "[edit]") ends a block there, as it frames one entry or heading."""
    lines: list[str | None] = list(source_text.split("\n"))
    for no, text in removed:
        line = lines[no - 1] if 0 < no <= len(lines) else None
        if line is None or not text.strip():
            continue
        if line.split() == text.split():  # the log may squash a line's runs of spaces
            lines[no - 1] = None
        elif text in line:
            edge = line.strip().startswith(text.strip()) or line.strip().endswith(text.strip())
            lines[no - 1] = line.replace(text, "\n\n" if edge else " ", 1)
    return "\n".join(line for line in lines if line is not None)


def source_blocks(
    source_text: str, labels: AbstractSet[str], openings: AbstractSet[str] = frozenset()
) -> list[str]:
    """Blank-line blocks of the source, hyphenation undone and resolved markers left out; a
    line that opens a TEI note (its first three words, `openings`) opens a block too: a page's
    footnotes stand one under the other in the source, apart in the TEI, and the words across
    two notes were never one text."""
    text = strip_markers(_LINE_HYPHEN.sub(r"\1\2", source_text), labels)
    if openings:
        text = "\n".join(
            f"\n{line}" if " ".join(words(line)[:3]) in openings else line
            for line in text.split("\n")
        )
    return re.split(r"\n\s*\n", text)


def note_openings(tree: etree._ElementTree) -> set[str]:
    """The first three words of each note of the TEI text (notes of three words or more)."""
    text = tree.getroot().find(tei("text"))
    found = (
        (words("".join(_own_text(n)))[:3] for n in text.iter(tei("note")))
        if text is not None
        else ()
    )
    return {" ".join(first) for first in found if len(first) == 3}


# "columns1", or after punctuation (up to three marks: "Amendments.”115") with a space or the
# line end next ("word.2 Next", not "doi:10.1")
_FLATTENED = re.compile(
    r"(?<![\w])([^\W\d_]{2,})(?:(\d{1,4})(?![\w])|([.,;:’'\")”\]]{1,3})(\d{1,4})(?=\s|$))"
)
_BODY_LABEL = re.compile(r"^(\d{1,4})\.?[ \t]+(?=\S)", re.MULTILINE)
# A note number set apart by spaces ("cases 2 in all"; note_resolver.SPACED_MARKER).
_SPACED_LABEL = re.compile(r"(?:(?<=[^\W\d_] )|(?<=[.,;:!?’'\"”)] ))(\d{1,4})(?=[\s—–])")


def without_flattened_markers(
    source_text: str, labels: AbstractSet[str], tei_blocks: list[str]
) -> str:
    """The source without superscript numbers the extraction flattened onto words
    ("columns1", "word.2"), note numbers set apart by spaces ("cases 2 in") and the numbers
    that open footnote bodies ("1 Note: …"), where the TEI resolved them: the number is a
    note label, the TEI has the bare word but not the word with the number (so "x2" in a
    formula, kept as written, stays; a spaced number goes where the TEI joins the words
    around it and never writes it after the word before), and a body number opens a line
    that starts a TEI note."""
    vocabulary = {w for block in tei_blocks for w in words(block)}
    openings = {" ".join(words(block)[:3]) for block in tei_blocks}

    def marker(match: re.Match[str]) -> str:
        word, number = match.group(1), match.group(2) or match.group(4)
        flattened = (word + number).casefold()
        if number in labels and word.casefold() in vocabulary and flattened not in vocabulary:
            return word + (match.group(3) or "")
        return match.group(0)

    def body_label(match: re.Match[str]) -> str:
        rest = match.string[match.end() : match.end() + 200]  # offsets of the text it reads
        opens_note = " ".join(words(rest)[:3]) in openings
        return "" if match.group(1) in labels and opens_note else match.group(0)

    pairs = {pair for block in tei_blocks for pair in pairwise(words(block))}

    def spaced(match: re.Match[str]) -> str:  # "cases 2 in": a superscript saved as text
        before = words(match.string[max(0, match.start() - 40) : match.start()])[-1:]
        after = words(match.string[match.end() : match.end() + 40])[:1]
        joined = before and after and (before[0], after[0]) in pairs
        kept = before and (before[0], match.group(1)) in pairs
        return "" if match.group(1) in labels and joined and not kept else match.group(0)

    text = _FLATTENED.sub(marker, source_text)
    return _BODY_LABEL.sub(body_label, _SPACED_LABEL.sub(spaced, text))


def measure(
    source_text: str,
    tree: etree._ElementTree,
    removed: Iterable[str | tuple[int, str]] = (),
) -> Fidelity:
    """Compare the 4-grams inside blocks (blank-line blocks of the source, block elements of
    the TEI), looking each up among the other side's block and running-text 4-grams, so a
    block boundary drawn differently (a paragraph running over a page) is no loss.

    `removed` is the text logged as removed boilerplate, which counts as accounted for (see
    the module docstring); entries given as (line, text) that are a whole source line are also
    taken out of the source's running text, so the text on either side of a dropped page
    number or running head reads on, as it does in the TEI."""
    removed = list(removed)
    placed = [entry for entry in removed if isinstance(entry, tuple)]
    source_text = without_removed_lines(source_text.replace(SOFT_HYPHEN, ""), placed)
    tei_blocks = list(tei_text_blocks(tree))
    labels = note_labels(tree)
    source_text = without_flattened_markers(source_text, labels, tei_blocks)
    source, source_stream = block_ngrams(source_blocks(source_text, labels, note_openings(tree)))
    kept, kept_stream = block_ngrams(tei_blocks)
    accounted = kept | kept_stream
    for entry in removed:
        accounted |= ngrams(words(entry[1] if isinstance(entry, tuple) else entry))
    found = len(source & accounted) / len(source) if source else 1.0
    extra = len(kept - source - source_stream) / len(kept) if kept else 0.0
    return Fidelity(found, extra)
