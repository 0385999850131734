"""Plain text, and the general reader for any text with notes: the first non-blank line is the
title unless it is prose (then the text is "Untitled", with a warning); short unpunctuated
one-line blocks are headings, blank lines separate paragraphs, and note markers of every
common convention ("[N]", "(N)", "word,2", "*", "†") are resolved against note lists under a
notes heading (see note_resolver.find_note_lists)."""

from __future__ import annotations

import re
from collections import Counter

from ..model import Block, Div, Document, Metadata, P, Quote
from ..report import Report
from .book_headings import book_blocks, chapter_heading, is_heading_block
from .note_resolver import (
    MARKERS,
    NOTE_LIST_HEADING,
    GeneralNotes,
    NoteList,
    find_note_lists,
    orphan_notes,
    spaced_in_order,
)
from .textblocks import REMOVED_INSIDE, normalize_space, source_blocks, split_trailing_headings
from .web_article_frame import PageHeader, byline_names, strip_frame


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
    if header is None and blocks and _prose(blocks[0].text):
        report.warn(
            blocks[0].line,
            "no-title",
            'the text opens with prose, not a title: the document is titled "Untitled"',
            "put the title on the first line, or set it in the TEI header",
        )
        header = PageHeader("Untitled", "", "")
    elif header is None and blocks:
        first, *blocks = blocks
        header = PageHeader(normalize_space(first.text), "", "")
    if header is None:
        return Document(Metadata(title="Untitled"), body=())
    notes = GeneralNotes(lists, report, spaced_in_order([b.text for b in blocks], lists))
    blocks, named = book_blocks(blocks, lines)
    body = _sections(blocks, notes, report, _repeated_lines(blocks), named)
    report.count("paragraphs", sum(isinstance(b, P) for b in body))
    meta = Metadata(
        title=header.title,
        authors=tuple(byline_names(header.byline) or [header.byline]) if header.byline else (),
        source_note=f"Published: {header.date}." if header.date else "",
    )
    return Document(meta, body=tuple(body) or (P(()),), back=tuple(orphan_notes(notes)))


MAX_TITLE_CHARS = 150  # a first block ending in a stop and longer than this is prose
# A sentence ending inside a block: "… in 1902. Then …", "… the river froze. The …".
_SENTENCE_INSIDE = re.compile(r"(?:[a-z]{2}|\d{2})[.!?][\"”’)]?\s+[\"“‘(]?[A-Z]")


def _prose(text: str) -> bool:
    """A first block that is a paragraph, not a title: it ends a sentence and is long or holds
    another sentence ("She was born in 1902. Then …")."""
    text = normalize_space(text)
    ends = bool(re.search(r"[.!?][\"”’)]?$", text))
    return ends and (len(text) > MAX_TITLE_CHARS or bool(_SENTENCE_INSIDE.search(text)))


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


SIGNATURE_REPEATS = 3  # a line ending in a stop that stands alone this often is no heading


def _repeated_lines(blocks) -> frozenset[str]:
    """One-line blocks ending in a full stop that recur SIGNATURE_REPEATS times or more: a
    letter's signature ("BEETHOVEN."), a refrain, not a heading."""
    counts = Counter(b.text.strip() for b in blocks if len(b.lines) == 1)
    return frozenset(
        text for text, n in counts.items() if n >= SIGNATURE_REPEATS and text.endswith(".")
    )


QUOTE_INDENT = 2  # spaces beyond the text's margin that set a block of lines off as a quotation


def text_margin(blocks) -> int:
    """The indentation of the text's own paragraphs: the commonest of its blocks of two or
    more lines (a letter or a verse quoted in it is indented further)."""
    counts = Counter(block.indent for block in blocks if len(block.lines) > 1)
    return min(counts, key=lambda indent: (-counts[indent], indent)) if counts else 0


def block_quoted(block, margin: int) -> bool:
    """A block of two or more lines all indented beyond the margin: a block quotation (a
    centred heading is one line)."""
    return len(block.lines) > 1 and block.indent >= margin + QUOTE_INDENT


def _sections(
    blocks,
    notes: GeneralNotes,
    report: Report,
    repeated: frozenset[str] = frozenset(),
    named: frozenset[int] = frozenset(),
) -> list[Block]:
    body: list[Block] = []
    section: list[Block] | None = None
    head: tuple = ()
    number = kind = ""
    margin = text_margin(blocks)
    for block in blocks:
        chapter = chapter_heading(block, report) if block is not blocks[-1] else None
        heading = block.line in named or (
            is_heading_block(block.lines) and block.text.strip() not in repeated
        )
        if chapter is not None or (heading and block is not blocks[-1]):
            if section is not None:
                body.append(Div(tuple(section), head=head, type=kind, n=number))
            number, text, rest, kind = chapter or ("", normalize_space(block.text), (), "section")
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
        into = body if section is None else section
        if not block_quoted(block, margin):
            into.append(paragraph)
        elif into and isinstance(into[-1], Quote):  # the quotation goes on
            into[-1] = Quote((*into[-1].blocks, paragraph))
        else:
            into.append(Quote((paragraph,)))
            report.count("quotations")
    if section is not None:
        body.append(Div(tuple(section) or (P(()),), head=head, type=kind, n=number))
    return body
