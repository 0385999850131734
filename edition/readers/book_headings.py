"""Headings of a book saved as text, read from its blocks: division labels and their titles
("CHAPTER II" over "A BALTIMORE EVENING"), titles in capitals over an epigraph, and the
titles a book's contents list names where they stand again (shared by the plain and the
endnotes-web readers)."""

from __future__ import annotations

import re

from ..report import Report
from .note_resolver import MARKERS
from .page_anchors import ANCHOR
from .textblocks import (
    CONTENTS_ENTRY_WORDS,
    ROMAN_ALONE,
    SourceBlock,
    capitals_with_stop,
    contents_keys,
    in_capitals,
    title_key,
)

MAX_HEADING_CHARS = 80


def book_blocks(
    blocks: list[SourceBlock], lines: list[str]
) -> tuple[list[SourceBlock], frozenset[int]]:
    """`blocks` with titles set apart (named_titles, capital_titles, labelled_titles) and the
    line numbers of the one-line blocks a contents list names (headings whatever their end)."""
    blocks, named = named_titles(blocks, lines)
    return labelled_titles(capital_titles(title_case_pairs(blocks))), frozenset(named)


def is_heading_block(lines: tuple[str, ...]) -> bool:
    """One short line without sentence punctuation at its end."""
    line = lines[0].strip()
    if MARKERS.search(line) or ANCHOR.fullmatch(line):
        return False  # a heading carries no note marker and is no page anchor ("[Pg 3]")
    titled = title_case(line)
    return (
        len(lines) == 1
        and len(line) <= (MAX_TITLE_CASE_CHARS if titled else MAX_HEADING_CHARS)
        and (
            not re.search(r"[.,;:!?\"”’)—–-]$", line)
            or capitals_with_stop(line)
            or (titled and line[-1] in "?!")  # "What Could It Look Like?"
        )
        and not line[:1].islower()
    )


MAX_TITLE_CASE_CHARS = 120  # a line in title case is a heading up to this long
_LONG_WORD = re.compile(r"[^\W\d_][\w’'-]{3,}")  # words of four letters or more


def title_case(line: str) -> bool:
    """Three words or more, and at least three in four of the words of four letters or more
    capitalised ("Tracing the Emerging Parallels", "Show and Tell: What Could It Look
    Like?"): a heading's case, not a sentence's."""
    words = _LONG_WORD.findall(line)
    return (
        len(line.split()) >= 3
        and len(words) >= 2
        and sum(word[0].isupper() for word in words) * 4 >= len(words) * 3
    )


# "CHAPTER I.", "Chapter 12", "APPENDIX A. Ghosts.": a book's label of a division, its title
# on the same line or the next.
CHAPTER_LABEL = re.compile(
    r"^(?P<label>(?:chapter|part|book|appendix|canto)\s+(?P<n>[IVXLCDM]+|\d{1,3}|[A-Z]))\.?"
    r"(?:\s+(?P<title>[A-Z“‘\"].{0,78}))?$",
    re.IGNORECASE,
)


# "216." or "XII." alone on a line, a title on the next and nothing else in the block: a
# numbered item of a collection (a letter, a poem, a section) and its title.
NUMBER_LABEL = re.compile(r"^(?P<label>(?P<n>\d{1,4}|[IVXLCDM]{1,7}))\.$")


def chapter_heading(block, report: Report):
    """(number, heading, the block's lines after it, division type) when the block opens
    with a division label: a label with its title on the line is the heading; a label alone
    on its line is logged as removed (its number becomes the division's n, its word the
    division's type: "PART V" over its title is a part) and the next line is the heading;
    a bare number ("216.") alone on its line, in a block of that number and a title, stays
    in the heading ("216. To Steiner & Co."), and so does a Roman numeral without a stop over
    a title in capitals ("II BEGINNING LIFE AS A PRINTER"), their type "section"; None
    otherwise."""
    first = block.lines[0].strip()
    numbered = NUMBER_LABEL.match(first) if len(block.lines) == 2 else None
    if numbered is None and len(block.lines) == 2 and in_capitals(block.lines[1]):
        numbered = ROMAN_ALONE.match(first)  # "II" over "BEGINNING LIFE AS A PRINTER"
    if numbered is not None and _title_line(block.lines[1]):
        return numbered.group("n"), f"{first} {block.lines[1].strip()}", (), "section"
    found = CHAPTER_LABEL.match(first)
    if found is None or not found.group("label")[:1].isupper():
        return None
    kind = found.group("label").split()[0].lower()
    if found.group("title"):  # "APPENDIX A. Ghosts.": the line is the heading
        return found.group("n"), block.lines[0].strip(), block.lines[1:], kind
    rest = block.lines[1:]
    if not rest or not _title_line(rest[0]):
        return None
    report.remove("chapter-label", block.line, found.group("label"))
    return found.group("n"), rest[0].strip(), rest[1:], kind


NAMED_LINES = 6  # short lines of a block that holds a title the contents names ("Part First.",
# "Voice", "Chapter I.", a translator's line)


def named_titles(blocks: list[SourceBlock], lines: list[str]) -> tuple[list[SourceBlock], set[int]]:
    """The blocks, with those of at most NAMED_LINES short lines of which a book's contents
    list names one or more (contents_keys; each below its first line in the text, the entry
    in the list itself) split into one-line blocks; and the line numbers of the named ones,
    headings however they end ("Preface.", "Gesture.", as old books print them)."""
    keys = contents_keys(lines)
    if not keys:
        return blocks, set()
    first: dict[str, int] = {}
    for number, line in enumerate(lines, 1):
        key = title_key(line)
        if key in keys:
            first.setdefault(key, number)
    out: list[SourceBlock] = []
    named: set[int] = set()
    for block in blocks:
        places = [(block.line + offset, title_key(line)) for offset, line in enumerate(block.lines)]
        found = {number for number, key in places if key in keys and first[key] < number}
        short = all(len(line.split()) <= CONTENTS_ENTRY_WORDS for line in block.lines)
        if found and len(block.lines) <= NAMED_LINES and short:
            out += _lines_apart(block, found)
            named |= found
        else:
            out.append(block)
    return out, named


def _lines_apart(block: SourceBlock, named: set[int]) -> list[SourceBlock]:
    """The block's lines as blocks of their own, but a division's number alone ("II") stays
    with the named title under it ("II" / "BEGINNING LIFE AS A PRINTER"): chapter_heading
    reads the two."""
    out: list[SourceBlock] = []
    for offset, line in enumerate(block.lines):
        number = block.line + offset
        label = out[-1].lines[0].strip() if out and len(out[-1].lines) == 1 else ""
        if number in named and out and out[-1].line == number - 1 and ROMAN_ALONE.match(label):
            out[-1] = SourceBlock(out[-1].line, (*out[-1].lines, line), out[-1].indent)
        else:
            out.append(SourceBlock(number, (line,)))
    return out


# A line that ends so leaves its heading unfinished: the next line goes on with it.
_OPEN_END = re.compile(r"(?i)(?:\b(?:a|an|the|of|and|or|in|on|for|to|with|from|by)|[:–—-])$")


def title_case_pairs(blocks: list[SourceBlock]) -> list[SourceBlock]:
    """A block of two lines in title case: a heading over the heading of its first subsection
    ("Tracing the Emerging Parallels" / "China’s Poverty Reduction …"), two blocks; or one
    heading broken over two lines ("Class Dismissed?: The Lack of a" / "Class-Based Theory"),
    one line."""
    out: list[SourceBlock] = []
    for block in blocks:
        lines = [line.strip() for line in block.lines]
        if len(lines) != 2 or not all(title_case(line) for line in lines):
            out.append(block)
        elif _OPEN_END.search(lines[0]):
            out.append(SourceBlock(block.line, (f"{lines[0]} {lines[1]}",)))
        elif all(is_heading_block((line,)) for line in lines):
            out += _first_line_apart(block)
        else:
            out.append(block)
    return out


def _first_line_apart(block: SourceBlock) -> list[SourceBlock]:
    """The block's first line as a block of its own, and the rest."""
    first = SourceBlock(block.line, block.lines[:1], block.indent)
    return [first, SourceBlock(block.line + 1, block.lines[1:], block.indent)]


def capital_titles(blocks: list[SourceBlock]) -> list[SourceBlock]:
    """A block that opens with a short line in capitals over lines that are not ("A
    BALTIMORE EVENING" over its epigraph): the line is a title, a block of its own."""
    out: list[SourceBlock] = []
    for block in blocks:
        first = block.lines[0].strip()
        if (
            len(block.lines) > 1
            and in_capitals(first)
            and (not in_capitals(block.lines[1]) or CHAPTER_LABEL.match(block.lines[1].strip()))
            and is_heading_block((first,))
            and not CHAPTER_LABEL.match(first)
        ):
            out += _first_line_apart(block)
        else:
            out.append(block)
    return out


def labelled_titles(blocks: list[SourceBlock]) -> list[SourceBlock]:
    """A division label alone ("CHAPTER II") before a block that opens with a title line: one
    block, so the label gives the division's number and the title its heading."""
    out: list[SourceBlock] = []
    for block in blocks:
        previous = out[-1] if out else None
        label = CHAPTER_LABEL.match(previous.lines[0].strip()) if previous else None
        if (
            previous is not None
            and len(previous.lines) == 1
            and label is not None
            and not label.group("title")
            and _title_line(block.lines[0])
            and (len(block.lines) == 1 or in_capitals(block.lines[0]))
        ):
            out[-1] = SourceBlock(previous.line, previous.lines + block.lines, previous.indent)
        else:
            out.append(block)
    return out


def _title_line(line: str) -> bool:
    line = line.strip()
    return 0 < len(line) <= MAX_HEADING_CHARS and line[:1].isupper() and line[-1:] not in ",;:"
