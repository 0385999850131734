"""Plain text, and the general reader for any text with notes: the first non-blank line is the
title, short unpunctuated one-line blocks are headings, blank lines separate paragraphs, and
note markers of every common convention ("[N]", "(N)", "word,2", "*", "†") are resolved
against note lists under a notes heading (see note_resolver.find_note_lists)."""

from __future__ import annotations

import re
from collections import Counter

from ..model import Block, Div, Document, Metadata, P
from ..report import Report
from .note_resolver import (
    MARKERS,
    NOTE_LIST_HEADING,
    GeneralNotes,
    NoteList,
    find_note_lists,
    orphan_notes,
)
from .page_anchors import ANCHOR
from .textblocks import (
    REMOVED_INSIDE,
    SourceBlock,
    capitals_with_stop,
    normalize_space,
    source_blocks,
    split_trailing_headings,
)
from .web_article_frame import PageHeader, strip_frame

MAX_HEADING_CHARS = 80


def sniff(text: str) -> float:
    """The fallback: a constant low score."""
    return 0.1


def evidence(text: str) -> list[str]:
    return ["fallback when no other reader reaches the minimum score"]


def read(text: str, report: Report) -> Document:
    lines = text.split("\n")
    lists = note_lists(text, report)
    keep = lists.lines | {group.start - 1 for group in lists.groups}
    framed, header = strip_frame(lines, report, keep)
    kept = _joined_across_removals(
        lines, ["" if i in lists.lines else line for i, line in enumerate(framed)]
    )
    blocks = split_trailing_headings(source_blocks("\n".join(kept)))
    blocks = [b for b in blocks if not _empty_note_heading(b, lists)]
    blocks = [b for b in blocks if not _link_row(b, report)]
    if header is None and blocks:
        first, *blocks = blocks
        header = PageHeader(normalize_space(first.text), "", "")
    if header is None:
        return Document(Metadata(title="Untitled"), body=())
    notes = GeneralNotes(lists, report)
    blocks = _labelled_titles(_capital_titles(blocks))
    body = _sections(blocks, notes, report, _repeated_lines(blocks))
    report.count("paragraphs", sum(isinstance(b, P) for b in body))
    meta = Metadata(
        title=header.title,
        authors=(header.byline,) if header.byline else (),
        source_note=f"Published: {header.date}." if header.date else "",
    )
    return Document(meta, body=tuple(body) or (P(()),), back=tuple(orphan_notes(notes)))


def note_lists(text: str, report: Report) -> NoteList:
    """Note lists under notes headings; unnumbered ones only when the text has superscripts
    flattened onto words ("word.2"), whose list lost its numbers when saved as text."""
    flat = sum(1 for m in MARKERS.finditer(text) if m.group("flat"))
    return find_note_lists(text.split("\n"), report, unnumbered=flat >= 2)


# A row of two or more bracketed link labels: "[Listen] [View score]", "[Edit] [Share]".
_LINK_ROW = re.compile(r"(?:\[[^\W\d][^\[\]\d]{0,30}\]\s*){2,8}")


def _link_row(block, report: Report) -> bool:
    """A line of link buttons left by a web page is no text: logged as removed."""
    if len(block.lines) != 1 or not _LINK_ROW.fullmatch(block.text.strip()):
        return False
    report.remove("link-row", block.line, block.text.strip())
    return True


def _empty_note_heading(block, lists) -> bool:
    """A notes heading whose entries all went into notes."""
    return (
        len(block.lines) == 1
        and bool(NOTE_LIST_HEADING.match(block.lines[0]))
        and any(g.start == block.line for g in lists.groups)
    )


def is_heading_block(lines: tuple[str, ...]) -> bool:
    """One short line without sentence punctuation at its end."""
    line = lines[0].strip()
    if MARKERS.search(line) or ANCHOR.fullmatch(line):
        return False  # a heading carries no note marker and is no page anchor ("[Pg 3]")
    return (
        len(lines) == 1
        and len(line) <= MAX_HEADING_CHARS
        and (not re.search(r"[.,;:!?\"”’)—–-]$", line) or capitals_with_stop(line))
        and not line[:1].islower()
    )


# "CHAPTER I.", "Chapter 12", "APPENDIX A. Ghosts.": a book's label of a division, its title
# on the same line or the next.
CHAPTER_LABEL = re.compile(
    r"^(?P<label>(?:chapter|part|book|appendix|canto)\s+(?P<n>[IVXLCDM]+|\d{1,3}|[A-Z]))\.?"
    r"(?:\s+(?P<title>[A-Z“‘\"].{0,78}))?$",
    re.IGNORECASE,
)


def _joined_across_removals(source: list[str], kept: list[str]) -> list[str]:
    """A removed line between the two halves of a sentence (a page number "[29]" before a line
    that goes on in lower case) becomes REMOVED_INSIDE, so the paragraph stays whole."""
    out = list(kept)
    for index in range(1, len(kept) - 1):
        removed = not kept[index].strip() and source[index].strip()
        following = kept[index + 1]
        goes_on = following[:1].isspace() or following.lstrip()[:1].islower()
        if removed and kept[index - 1].strip() and following.strip() and goes_on:
            out[index] = REMOVED_INSIDE
    return out


# "216." or "XII." alone on a line, a title on the next and nothing else in the block: a
# numbered item of a collection (a letter, a poem, a section) and its title.
NUMBER_LABEL = re.compile(r"^(?P<label>(?P<n>\d{1,4}|[IVXLCDM]{1,7}))\.$")


def _chapter_heading(block, report: Report):
    """(number, heading, the block's lines after it) when the block opens with a division
    label: a label with its title on the line is the heading; a label alone on its line is
    logged as removed (its number becomes the division's n) and the next line is the heading;
    a bare number ("216.") alone on its line, in a block of that number and a title, stays
    in the heading ("216. To Steiner & Co."); None otherwise."""
    first = block.lines[0].strip()
    numbered = NUMBER_LABEL.match(first) if len(block.lines) == 2 else None
    if numbered is not None and _title_line(block.lines[1]):
        return numbered.group("n"), f"{first} {block.lines[1].strip()}", ()
    found = CHAPTER_LABEL.match(first)
    if found is None or not found.group("label")[:1].isupper():
        return None
    if found.group("title"):  # "APPENDIX A. Ghosts.": the line is the heading
        return found.group("n"), block.lines[0].strip(), block.lines[1:]
    rest = block.lines[1:]
    if not rest or not _title_line(rest[0]):
        return None
    report.remove("chapter-label", block.line, found.group("label"))
    return found.group("n"), rest[0].strip(), rest[1:]


def _capital_titles(blocks: list[SourceBlock]) -> list[SourceBlock]:
    """A block that opens with a short line in capitals over lines that are not ("A
    BALTIMORE EVENING" over its epigraph): the line is a title, a block of its own."""
    out: list[SourceBlock] = []
    for block in blocks:
        first = block.lines[0].strip()
        if (
            len(block.lines) > 1
            and _in_capitals(first)
            and (not _in_capitals(block.lines[1]) or CHAPTER_LABEL.match(block.lines[1].strip()))
            and is_heading_block((first,))
            and not CHAPTER_LABEL.match(first)
        ):
            out += [
                SourceBlock(block.line, block.lines[:1]),
                SourceBlock(block.line + 1, block.lines[1:]),
            ]
        else:
            out.append(block)
    return out


def _in_capitals(line: str) -> bool:
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 2 and not any(ch.islower() for ch in letters)


def _labelled_titles(blocks: list[SourceBlock]) -> list[SourceBlock]:
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
            and (len(block.lines) == 1 or _in_capitals(block.lines[0]))
        ):
            out[-1] = SourceBlock(previous.line, previous.lines + block.lines)
        else:
            out.append(block)
    return out


def _title_line(line: str) -> bool:
    line = line.strip()
    return 0 < len(line) <= MAX_HEADING_CHARS and line[:1].isupper() and line[-1:] not in ",;:"


SIGNATURE_REPEATS = 3  # a line ending in a stop that stands alone this often is no heading


def _repeated_lines(blocks) -> frozenset[str]:
    """One-line blocks ending in a full stop that recur SIGNATURE_REPEATS times or more: a
    letter's signature ("BEETHOVEN."), a refrain, not a heading."""
    counts = Counter(b.text.strip() for b in blocks if len(b.lines) == 1)
    return frozenset(
        text for text, n in counts.items() if n >= SIGNATURE_REPEATS and text.endswith(".")
    )


def _sections(
    blocks, notes: GeneralNotes, report: Report, repeated: frozenset[str] = frozenset()
) -> list[Block]:
    body: list[Block] = []
    section: list[Block] | None = None
    head: tuple = ()
    number = ""
    for block in blocks:
        chapter = _chapter_heading(block, report) if block is not blocks[-1] else None
        heading = is_heading_block(block.lines) and block.text.strip() not in repeated
        if chapter is not None or (heading and block is not blocks[-1]):
            if section is not None:
                body.append(Div(tuple(section), head=head, n=number))
            number, text, rest = chapter or ("", normalize_space(block.text), ())
            head = tuple(notes.inlines(text, block.line))  # a marker may sit in a heading
            section = []
            report.count("headings")
            if rest:
                text = normalize_space(" ".join(rest))
                section.append(
                    P(tuple(notes.inlines(text, block.line + len(block.lines) - len(rest))))
                )
            continue
        paragraph = P(tuple(notes.inlines(normalize_space(block.text), block.line)))
        (body if section is None else section).append(paragraph)
    if section is not None:
        body.append(Div(tuple(section) or (P(()),), head=head, n=number))
    return body
