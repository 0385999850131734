"""Endnotes of a book from PDF: note lists under a usual heading (Notes, Endnotes, ...) at the
end of a chapter or of the book, linked to the superscript numbers the extraction flattened onto
words ("word,2", "word.12"), or to "[N]"/"(N)" markers. Numbering may restart per chapter: a
marker takes its body from the first list after its section, or, from notes gathered at the
book's end under chapter titles, from its chapter's group (note_resolver.GatheredNotes). Uses the
general note_resolver."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from ..model import Note, P, Quote, Text
from ..report import Report
from .note_resolver import MARKERS, GatheredNotes, NoteBody, NoteList, find_note_lists
from .pdf_text_layout import Line
from .pdf_text_structure import Section


@dataclass
class Endnotes:
    lists: NoteList
    group_sections: list[int]  # for each note list: the index of the section it closes
    used: set[tuple[str, int]] = field(default_factory=set)

    def orphans(self) -> list[tuple[str, NoteBody]]:
        """Bodies no marker points to (an uncited reference), in list order."""
        return self.lists.unused(self.used)

    def gathered(self) -> list[GatheredNotes]:
        """Notes gathered at the book's end chapter by chapter, by the group that opens them."""
        runs = (self.lists.gathered_from(group) for group in self.lists.groups)
        return [run for run in runs if run is not None]

    def body(self, key: str, section: int) -> NoteBody | None:
        """The body of marker `key` in `section`: from the first list after the section, or,
        when that list opens notes gathered chapter by chapter, from the chapter's group."""
        after = [
            g for g, closes in zip(self.lists.groups, self.group_sections) if closes >= section
        ]
        run = self.lists.gathered_from(after[0]) if after else None
        if run is not None:
            return run.body(key)
        return next((group.bodies[key] for group in after if key in group.bodies), None)


def extract(lines: list[Line], report: Report) -> tuple[list[Line], Endnotes | None]:
    """The lines without their note lists (heading and entries), and the lists found. A page
    turn or a heading is a blank line for the note lists: an entry does not run on over it."""
    texts: list[str] = []
    origin: list[int] = []  # index of texts -> index of lines (-1: an inserted blank)
    for k, line in enumerate(lines):
        if line.page_start or line.kind != "text":
            texts.append("")
            origin.append(-1)
        texts.append(line.text)
        origin.append(k)
    lists = find_note_lists(texts, report)
    if not lists.groups:
        return lines, None
    drop = {origin[i] for i in lists.lines} | {origin[g.start - 1] for g in lists.groups}
    sections = [0]
    for line in lines:
        sections.append(sections[-1] + (line.kind == "heading"))
    closes = [sections[origin[group.start - 1]] for group in lists.groups]
    kept = [line for k, line in enumerate(lines) if k not in drop]
    return kept, Endnotes(lists, closes)


KINDS = ("flat", "bracket", "paren")
MINOR_KIND = 4  # a marker form used this many times less than the main one is no marker here


def link(sections: list[Section], notes: Endnotes, report: Report) -> None:
    """Markers in each section's paragraphs turned into end notes with their bodies. Only the
    marker forms the book uses: where superscripts flattened onto words ("word.12") are the
    markers, "(1)" and "(2)" in a sentence are an enumeration, not notes."""
    gathered = notes.gathered()
    kinds = _marker_kinds(sections, notes)
    for index, section in enumerate(sections):
        for run in gathered:
            run.chapter(section.head)
        section.blocks = [_block(block, notes, index, report, kinds) for block in section.blocks]


def _marker_kinds(sections: list[Section], notes: Endnotes) -> frozenset[str]:
    """The marker forms (KINDS) whose numbers have bodies at least a MINOR_KIND-th as often
    as the commonest form's."""
    bodies = notes.lists.bodies
    counts = dict.fromkeys(KINDS, 0)
    for text in _texts(block for section in sections for block in section.blocks):
        for match in MARKERS.finditer(text):
            kind = next((k for k in KINDS if match.group(k)), None)
            if kind and match.group(kind) in bodies:
                counts[kind] += 1
    most = max(counts.values())
    return frozenset(k for k, n in counts.items() if n and n * MINOR_KIND >= most)


def _texts(blocks: Iterable) -> Iterator[str]:
    """The running text of paragraphs, block quotations' included."""
    for block in blocks:
        if isinstance(block, P):
            yield from (child.text for child in block.children if isinstance(child, Text))
        elif isinstance(block, Quote):
            yield from _texts(block.blocks)


def _block(block, notes: Endnotes, section: int, report: Report, kinds: frozenset[str]):
    if isinstance(block, P):
        return P(_inlines(block.children, notes, section, report, kinds))
    if isinstance(block, Quote):
        paragraphs = tuple(_block(p, notes, section, report, kinds) for p in block.blocks)
        return Quote(paragraphs, block.source, kind=block.kind)
    return block


def _inlines(
    children: tuple, notes: Endnotes, section: int, report: Report, kinds: frozenset[str]
) -> tuple:
    out: list = []
    for child in children:
        if not isinstance(child, Text):
            out.append(child)
            continue
        position = 0
        for match in MARKERS.finditer(child.text):
            key = next((match.group(k) for k in KINDS if k in kinds and match.group(k)), None)
            body = notes.body(key, section) if key else None
            if body is None:
                continue
            out.append(Text(child.text[position : match.start()]))
            notes.used.add((key, body.line))
            report.count("notes")
            out.append(Note(key, (Text(body.text),) if body.text else (), place="end"))
            position = match.end()
        out.append(Text(child.text[position:]))
    return tuple(node for node in out if not isinstance(node, Text) or node.text)
