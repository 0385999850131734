"""Blocks of the wiki-text format: headings, paragraphs, bullet lists, block quotations and
figures (image file names, alone or spliced into a paragraph, with their caption up to "]]")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ..model import Block, Figure, Item, List, P, Quote
from ..report import Report
from .textblocks import split_paragraph_lines
from .wiki_text_inline import MARKER, NoteResolver, parse_inlines

# A file name: characters a URI may hold (it becomes graphic/@url), ending in an image type.
IMAGE = re.compile(
    r"[^\W_][^\s\[\]<>\"{}|\\^`%:#?]*?\.(?:jpe?g|png|gif|svg|tiff?|webp)"
    r"(?![^\W_])",
    re.IGNORECASE,
)
# "Congress.Ada_Lovelace_speaks….jpg": a word and a full stop glued to the file name.
GLUED_WORD = re.compile(r"^(\S*?\.)(?=[A-Z][^\s.]*\.[A-Za-z]{3,4}$)")
BULLETS = re.compile(r"^( *)((?:-(?: +|$))+)(.*)$")
YEAR_HEADING = re.compile(r"^\d{4}s?$")
HEADING_END_PUNCTUATION = tuple(".,;:!?\"'”’。．，、：；！？")


@dataclass(frozen=True)
class Heading:
    """A section heading; `level` 1 for top sections, deeper for sub-sections."""

    text: str
    level: int
    line: int


@dataclass(frozen=True)
class SourceBlock:
    """Lines between blank lines, with the number of blank lines before them."""

    line: int
    lines: tuple[str, ...]
    blanks_before: int


def source_blocks(lines: list[str], first_line: int = 1) -> Iterator[SourceBlock]:
    """Group lines into blank-line-separated blocks (each line a block of its own in a run of
    one paragraph per line), remembering the gap before each."""
    current: list[tuple[int, str]] = []
    blanks = 0
    for number, line in enumerate([*lines, ""], start=first_line):
        if line.strip():
            current.append((number, line.rstrip()))
            continue
        if current:
            for i, run in enumerate(split_paragraph_lines(current)):
                texts = tuple(text for _, text in run)
                yield SourceBlock(run[0][0], texts, blanks if i == 0 else 0)
            current, blanks = [], 0
        blanks += 1


def split_at_lines(blocks: Iterator[SourceBlock], lines: frozenset[int]) -> Iterator[SourceBlock]:
    """Blocks with each line whose index (0-based) is in `lines` made a block of its own (as
    if one blank line stood before it)."""
    for block in blocks:
        start, blanks = 0, block.blanks_before
        for offset in range(len(block.lines)):
            if block.line - 1 + offset not in lines or len(block.lines) == 1:
                continue
            if offset > start:
                yield SourceBlock(block.line + start, block.lines[start:offset], blanks)
                blanks = 1
            yield SourceBlock(block.line + offset, block.lines[offset : offset + 1], blanks)
            start, blanks = offset + 1, 0
        if start < len(block.lines):
            yield SourceBlock(block.line + start, block.lines[start:], blanks)


def split_glued_headings(blocks: Iterator[SourceBlock]) -> Iterator[SourceBlock]:
    """A heading line with its section's text right under it (a web page saved as text keeps
    no blank line there) becomes a block of its own: the first line is heading-like and every
    line under it is long running text or a "Main article:" pointer, or a table (cells split
    by tabs) starts on the next line or the one after its caption."""
    for block in blocks:
        head = SourceBlock(block.line, block.lines[:1], block.blanks_before)
        rest = block.lines[1:]
        table = any("\t" in line for line in rest[:2]) and not re.search(r"[:\t]", head.lines[0])
        if rest and is_heading(head) and (table or all(_runs_on(line) for line in rest)):
            yield head
            yield from _split_inner_headings(SourceBlock(block.line + 1, rest, 0))
        else:
            yield from _split_inner_headings(block)


def _split_inner_headings(block: SourceBlock) -> Iterator[SourceBlock]:
    """A block with headings inside it (each a heading-like line right before running text or
    a pointer, "Main article: …"), as the blocks between and the headings alone."""
    lines, start, blanks = block.lines, 0, block.blanks_before
    for index in range(len(lines) - 1):
        line = SourceBlock(
            block.line + index, lines[index : index + 1], blanks if index == 0 else 0
        )
        if is_heading(line) and _runs_on(lines[index + 1]):
            if index > start:
                yield SourceBlock(block.line + start, lines[start:index], blanks)
            yield line
            start, blanks = index + 1, 0
    yield SourceBlock(block.line + start, lines[start:], blanks)


_POINTER = re.compile(
    r"(?i)^(?:main articles?:|see also:|further (?:information|reading):|for .{3,80}, see )"
)


def _runs_on(line: str) -> bool:
    text = line.strip()
    return len(text) >= 100 or bool(_POINTER.match(text))


def is_heading(block: SourceBlock) -> bool:
    """A short single line without closing punctuation, markers or an image."""
    text = block.lines[0].strip()
    return (
        len(block.lines) == 1
        and len(text) <= 90
        and len(text.split()) <= 12
        and starts_like_a_heading(text)
        and not text.endswith(HEADING_END_PUNCTUATION)
        and not MARKER.search(text)
        and not IMAGE.search(text)
        and not BULLETS.match(block.lines[0])
        and not _POINTER.match(text)
    )


CASELESS_HEADING_CHARS = 40  # a heading in a script without case and spaces is short...
_CLAUSE_MARK = re.compile("[，、。；]")  # ...and holds no clause


def starts_like_a_heading(text: str) -> bool:
    """A capital, a digit, or a letter of a script without case (手法, مقدمة) in a short line
    without clause punctuation."""
    first = text[:1]
    if first.isupper() or first.isdigit():
        return True
    caseless = first.isalpha() and first.lower() == first.upper()
    return caseless and len(text) <= CASELESS_HEADING_CHARS and not _CLAUSE_MARK.search(text)


def is_year_heading(text: str) -> bool:
    return bool(YEAR_HEADING.match(text.strip()))


def heading_level(block: SourceBlock, section: Heading | None) -> int:
    """Two blank lines before a heading open a top section, one a sub-section; a bare year
    ("1919") subdivides the section it follows (or follows the year before it)."""
    section_level = section.level if section else 0
    if is_year_heading(block.lines[0]):
        if section and is_year_heading(section.text):
            return section_level
        return section_level + 1
    return 1 if block.blanks_before >= 2 or not section_level else 2


class BlockReader:
    """Turns source blocks into model blocks, logging markup it drops."""

    def __init__(self, notes: NoteResolver, report: Report) -> None:
        self.notes = notes
        self.report = report
        self.features: set[str] = set()

    def blocks(self, block: SourceBlock) -> list[Block]:
        kind = _KINDS[_kind_of(block)]
        return kind(self, block)

    # -- paragraphs and figures --------------------------------------------------------
    def paragraph_with_figures(self, block: SourceBlock) -> list[Block]:
        text = " ".join(line.strip() for line in block.lines)
        out: list[Block] = []
        position = 0
        for match in IMAGE.finditer(text):
            if match.start() < position:
                continue
            start, name = self._file_name(match)
            self._paragraph(out, text[position:start], block.line)
            caption, position = self._caption(text, match.end(), block.line)
            out.append(Figure(url=name, caption=caption))
            self.features.add("figures")
            self.report.count("figures")
        self._paragraph(out, text[position:], block.line)
        return out

    def bracket_caption(self, block: SourceBlock) -> list[Block]:
        """An image exported as "[caption]": a figure with that caption (no file name)."""
        caption = BRACKET_CAPTION.match(block.lines[0]).group(1).strip()
        self.features.add("figures")
        self.report.count("figures")
        return [Figure(caption=parse_inlines(caption, self.notes, block.line))]

    def _file_name(self, match: re.Match[str]) -> tuple[int, str]:
        """Where the file name starts and the name, a glued-on word split off."""
        token = match.group(0)
        glued = GLUED_WORD.match(token) if match.start() > 0 else None
        offset = len(glued.group(1)) if glued else 0
        return match.start() + offset, token[offset:]

    def _caption(self, text: str, start: int, line: int) -> tuple[tuple, int]:
        """The caption after a file name runs to "]]" (wiki link residue); without one the
        rest is running text."""
        end = text.find("]]", start)
        following = IMAGE.search(text, start)
        if end < 0 or (following and following.start() < end):
            return (), start
        caption = text[start:end]
        if "|" in caption:  # link options such as "|alt=|left"
            self.report.remove("wiki-markup", line, caption[caption.index("|") :])
            caption = caption[: caption.index("|")]
        if caption.lstrip().startswith("''") and caption.count("''") % 2:
            self.report.remove("wiki-markup", line, "''")
            caption = caption.replace("''", "", 1)
        self.report.remove("wiki-markup", line, "]]")
        self.features.add("wiki-residue")
        return parse_inlines(caption.strip(), self.notes, line), end + 2

    def _paragraph(self, out: list[Block], text: str, line: int) -> None:
        text = text.strip()
        if text:
            out.append(P(parse_inlines(text, self.notes, line)))
            self.report.count("paragraphs")

    # -- quotations and lists -------------------------------------------------------------
    def quotation(self, block: SourceBlock) -> list[Block]:
        paragraphs = tuple(
            P(parse_inlines(line.strip(), self.notes, block.line + i))
            for i, line in enumerate(block.lines)
        )
        self.features.add("quotations")
        self.report.count("quotations")
        return [Quote(paragraphs)]

    def bullet_list(self, block: SourceBlock) -> list[Block]:
        entries: list[tuple[int, str, int]] = []
        for offset, line in enumerate(block.lines):
            match = BULLETS.match(line)
            if not match:  # a wrapped item line continues the previous item
                level, text, at = entries[-1]
                entries[-1] = (level, f"{text} {line.strip()}", at)
                continue
            indent = len(match.group(1)) // 4
            dashes = match.group(2).count("-")
            for depth in range(dashes - 1):  # "-   -   X": empty items opening nested lists
                entries.append((indent + depth, "", block.line + offset))
            entries.append((indent + dashes - 1, match.group(3).strip(), block.line + offset))
        self.features.add("lists")
        self.report.count("lists")
        return [self._list(entries, 0)[0]]

    def _list(self, entries: list[tuple[int, str, int]], start: int) -> tuple[List, int]:
        """The list starting at entries[start], and the index after it."""
        level = entries[start][0]
        items: list[Item] = []
        index = start
        while index < len(entries) and entries[index][0] >= level:
            _, text, line = entries[index]
            index += 1
            sublist = None
            if index < len(entries) and entries[index][0] > level:
                sublist, index = self._list(entries, index)
            items.append(Item(parse_inlines(text, self.notes, line), sublist))
        return List(tuple(items)), index


# An image exported as its caption in square brackets: "[A mill on the river, 1890]".
BRACKET_CAPTION = re.compile(r"^\s*\[(?!\d+\])([^\[\]]{3,300})\]\s*$")


def _kind_of(block: SourceBlock) -> str:
    first = block.lines[0]
    if len(block.lines) == 1 and BRACKET_CAPTION.match(first):
        return "caption"
    if BULLETS.match(first):
        return "list"
    if first.startswith("  ") and all(line.startswith("  ") for line in block.lines):
        return "quotation"
    return "paragraph"


_KINDS: dict[str, Callable[[BlockReader, SourceBlock], list[Block]]] = {
    "caption": BlockReader.bracket_caption,
    "list": BlockReader.bullet_list,
    "quotation": BlockReader.quotation,
    "paragraph": BlockReader.paragraph_with_figures,
}
