"""The parts of an endnotes-web page after (or around) the biography: the "Primary Sources"
appendix of numbered extracts, site navigation lists, the numbered "References" list whose
entries are the bodies of the "(N)" notes, and the author's name at the foot."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Div, P, Quote, Text
from ..report import Report
from .endnotes_web_blocks import (
    NUMBERED,
    is_byline,
    is_list_start,
    is_nav_heading,
    is_nav_item,
    numbered,
)
from .endnotes_web_inline import NoteBody, NoteResolver
from .note_resolver import orphan_notes
from .textblocks import SourceBlock

NOTE_LIST_HEADS = ("references", "notes")
PRIMARY_HEAD = "primary sources"


@dataclass
class Zones:
    """The page's blocks sorted by the part they belong to."""

    body: list[SourceBlock] = field(default_factory=list)
    primary: list[SourceBlock] = field(default_factory=list)
    primary_head: str = ""
    references: list[SourceBlock] = field(default_factory=list)
    byline: str = ""
    navigation: int = 0  # navigation lists removed


def split_zones(blocks: list[SourceBlock], report: Report) -> Zones:
    """Sort blocks into body, primary sources and references; navigation lists are logged
    as removed, the References heading too (its entries become the notes)."""
    zones = Zones()
    current = zones.body
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if is_list_start(blocks, index, PRIMARY_HEAD):
            zones.primary_head, current = block.text, zones.primary
        elif any(is_list_start(blocks, index, head) for head in NOTE_LIST_HEADS):
            report.remove("note-list-heading", block.line, block.text)
            current = zones.references
        elif is_nav_heading(block):
            index = _drop_navigation(blocks, index, report)
            zones.navigation += 1
            continue
        else:
            current.append(block)
        index += 1
    _take_byline(zones, report)
    return zones


def _drop_navigation(blocks: list[SourceBlock], index: int, report: Report) -> int:
    """Log a navigation heading and its link lines as removed; the index after them."""
    _remove(blocks[index], "navigation", report)
    index += 1
    while index < len(blocks) and is_nav_item(blocks[index]) and not _starts_part(blocks, index):
        _remove(blocks[index], "navigation", report)
        index += 1
    return index


def _starts_part(blocks: list[SourceBlock], index: int) -> bool:
    heads = (PRIMARY_HEAD, *NOTE_LIST_HEADS)
    return is_nav_heading(blocks[index]) or any(is_list_start(blocks, index, h) for h in heads)


def _take_byline(zones: Zones, report: Report) -> None:
    """A name alone on the last line, after the back matter, is the page's author."""
    last = zones.references or zones.primary
    if last and is_byline(last[-1]) and numbered(last[-1]) is None:
        block = last.pop()
        zones.byline = block.text
        report.remove("header-byline", block.line, block.text)


def _remove(block: SourceBlock, category: str, report: Report) -> None:
    for offset, line in enumerate(block.lines):
        report.remove(category, block.line + offset, line)


# ------------------------------------------------------------------------------ references


def reference_bodies(
    blocks: list[SourceBlock], report: Report
) -> tuple[dict[int, NoteBody], list[SourceBlock]]:
    """Note bodies by number from the References list, and blocks that are no entry."""
    bodies: dict[int, NoteBody] = {}
    leftovers: list[SourceBlock] = []
    current: int | None = None
    for block in blocks:
        if numbered(block) is None:
            current = None
            leftovers.append(block)
            report.warn(
                block.line,
                "reference-text",
                'text in the References list that is no "(N) reference" entry; kept in back matter',
                'start each reference with its number, as "(12) "',
            )
            continue
        for offset, line in enumerate(block.lines):
            current = _add_entry(bodies, current, line, block.line + offset, report)
    return bodies, leftovers


def _add_entry(
    bodies: dict[int, NoteBody], current: int | None, line: str, number: int, report: Report
) -> int | None:
    """Add one line of the list: a new "(N) text" entry or the continuation of the last."""
    match = NUMBERED.match(line)
    if match is None:
        if current is None:  # the continuation of an ignored second body
            report.remove("duplicate-note-body", number, line)
            return None
        body = bodies[current]
        bodies[current] = NoteBody(body.line, f"{body.text} {line}".strip())
        return current
    n, text = int(match.group(1)), match.group(2).strip()
    if n in bodies:
        report.warn(
            number,
            "note-duplicate",
            f'second reference "({n})" ignored (kept in the removed-text log)',
            "renumber or merge the two references",
        )
        report.remove("duplicate-note-body", number, line)
        return None
    bodies[n] = NoteBody(number, text)
    return n


def orphan_division(resolver: NoteResolver) -> list[Div]:
    """References no marker points to, kept (numbered "(N)") in back matter."""
    return orphan_notes(resolver, "({})")


def leftover_division(blocks: list[SourceBlock]) -> list[Div]:
    if not blocks:
        return []
    return [Div(tuple(P((Text(block.text),)) for block in blocks), type="appendix")]


# ------------------------------------------------------------------------- primary sources


@dataclass
class _Extract:
    source: str
    blocks: list[P] = field(default_factory=list)


def primary_sources_division(zones: Zones, report: Report) -> list[Div]:
    """The appendix as a back division: one extract (cit type="extract") per numbered item,
    its heading line as the bibl; the item numbers are logged as removed."""
    if not zones.primary_head:
        return []
    intro: list[P] = []
    extracts: list[_Extract] = []
    for block in zones.primary:
        entry = numbered(block)
        lines = list(block.lines)
        if entry is not None and entry[0] == len(extracts) + 1:
            report.remove("extract-number", block.line, f"({entry[0]})")
            extracts.append(_Extract(entry[1]))
            lines = lines[1:]
        if lines:
            paragraph = P((Text(" ".join(lines)),))
            (extracts[-1].blocks if extracts else intro).append(paragraph)
    report.count("extracts", len(extracts))
    quotes = [
        Quote(
            tuple(extract.blocks),
            source=(Text(extract.source),) if extract.source else (),
            kind="extract",
        )
        for extract in extracts
    ]
    return [Div((*intro, *quotes), head=(Text(zones.primary_head),), type="primary-sources")]
