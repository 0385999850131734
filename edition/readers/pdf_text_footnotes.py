"""Footnotes of PDF-extracted text: bodies at the page foot, markers in the running text.

A body starts with its symbol glued to a capital ("*The Bund leader ..."), at a line start or
spliced into the last text line of the page, even mid-word ("disap*The Bund ..."). It runs to
the end of its page. Markers are the same symbols glued to the preceding word or punctuation
("proletariat*—", "grievances.”*"). Each marker takes the first unused body of its symbol on its
own page or the next one; the marker is replaced in the text by a placeholder naming the note.
Numbered footnotes ("12 See …" at the foot, "word.12" above) are found by pdf_text_numbered and
go the same way, each number on its own page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from ..report import Report
from . import pdf_text_numbered as numbered_notes
from .pdf_text_layout import Line, blank_between

SYMBOLS = "*∗†‡"  # "∗" (U+2217): a TeX asterisk as pdftotext writes it
BODY_START = re.compile(rf"^([{SYMBOLS}]+)(?=[A-Z“\"‘(0-9])")
SPLICED_BODY = re.compile(rf"(?<=[a-z,;—–-])([{SYMBOLS}]+)(?=[A-Z“‘(])")
MARKER = re.compile(rf"(?<=[\w.,;:!?”’\")\]])([{SYMBOLS}]+)(?![A-Z“‘(])")
LONE_SYMBOL = re.compile(rf"^([{SYMBOLS}]+)$")  # "∗" alone on its line, the body below it
PLACEHOLDER = re.compile("\ue000(\\d+)\ue001")


@dataclass
class FootnoteBody:
    symbol: str
    line: int
    page: int
    parts: list[str] = field(default_factory=list)
    ends_at_blank: bool = False  # set inside the page: a blank line ends it
    opens_page: bool = False  # run over from the page before, its start above the page's text
    place: str = "foot"  # "margin": a shoulder note, placed at its page's first text line

    @property
    def text(self) -> str:
        return " ".join(self.parts)


@dataclass
class Footnotes:
    """Bodies found (in order) and, per placeholder number, the body it resolved to."""

    bodies: list[FootnoteBody] = field(default_factory=list)
    resolved: dict[int, FootnoteBody] = field(default_factory=dict)
    unresolved: dict[int, str] = field(default_factory=dict)

    @cached_property
    def numbered_through(self) -> bool:
        """Are the numbered bodies numbered through the document (each number once, in
        THROUGH_SHARE of them at least), not afresh on each page? Then a number names one
        note wherever its body stands. Read once the bodies are all found (resolve)."""
        numbers = [body.symbol for body in self.bodies if body.symbol.isdigit()]
        return len(numbers) >= THROUGH_MIN and len(set(numbers)) >= THROUGH_SHARE * len(numbers)


THROUGH_MIN = 20  # numbered bodies that show how a document numbers its notes
THROUGH_SHARE = 0.9


def extract(lines: list[Line], report: Report) -> tuple[list[Line], Footnotes]:
    """Text lines without the footnote bodies (a spliced line keeps its text part, marked
    `spliced` by a trailing placeholder-free flag), and the bodies with their pages."""
    notes = Footnotes()
    text_lines: list[Line] = []
    current: FootnoteBody | None = None
    page = -1
    numbered, inside, labels, moved, run_over, margins = numbered_notes.body_lines(lines)
    markers = _page_markers(lines)
    for index, line in enumerate(lines):
        if line.page != page:
            page, current = line.page, None
        if line.kind == "margin" or index in margins:
            current = _margin_line(notes, current, lines, index, report)
            continue
        if current is not None and current.place == "margin":
            current = None  # the text under a verso's shoulder notes is no part of them
        if line.kind != "text":
            current = None
            text_lines.append(line)
            continue
        if index in labels:  # "152." of a stack of note numbers: its body is a line below
            report.remove("note-label", line.no, line.text)
            continue
        if _rule_above_notes(lines, index, numbered):
            report.remove("footnote-rule", line.no, line.text)
            continue
        if index in numbered:
            if numbered_notes.BARE_NUMBER.match(line.text) and index not in moved:
                report.remove("note-label", line.no, line.text)  # "4", its body below
            start_text = line.text if index in moved else numbered_notes.body_start(line.text)
            current = _new_body(notes, str(numbered[index]), line, start_text)
            current.ends_at_blank = index in inside
            current.opens_page = index in run_over
            continue
        after_blank = index > 0 and blank_between(lines[index - 1], line)
        if current is not None and current.ends_at_blank and after_blank and current.text:
            current = None  # a note at a column's foot ends where the other column goes on
        start = BODY_START.match(line.text) or _lone_start(line, markers)
        spliced = None if start or current else SPLICED_BODY.search(line.text)
        if start:
            current = _new_body(notes, start.group(1), line, line.text[start.end() :])
        elif spliced:
            head = line.text[: spliced.start()]
            text_lines.append(Line(line.no, head, line.page, line.page_start, line.blank_before))
            text_lines[-1].kind = "spliced"
            current = _new_body(notes, spliced.group(1), line, line.text[spliced.end() :])
        elif current is not None:
            current.parts.append(line.text)
        else:
            text_lines.append(line)
    report.count("footnote bodies", len(notes.bodies))
    return text_lines, notes


def _rule_above_notes(lines: list[Line], index: int, numbered: dict[int, int]) -> bool:
    """Is this line the rule drawn above the page's footnotes (the next line starts one)?"""
    if not numbered_notes.RULE.match(lines[index].text) or index + 1 >= len(lines):
        return False
    below = lines[index + 1]
    return below.page == lines[index].page and (
        index + 1 in numbered or bool(BODY_START.match(below.text))
    )


def _page_markers(lines: list[Line]) -> dict[int, set[str]]:
    """The marker symbols each page's text uses ("word∗")."""
    found: dict[int, set[str]] = {}
    for line in lines:
        if line.kind == "text":
            found.setdefault(line.page, set()).update(MARKER.findall(line.text))
    return found


def _lone_start(line: Line, markers: dict[int, set[str]]) -> re.Match[str] | None:
    """A symbol alone on its line starts the body below it, when the page's text has that
    marker (a lone "*" elsewhere is a section break)."""
    found = LONE_SYMBOL.match(line.text)  # lines come stripped
    return found if found and found.group(1) in markers.get(line.page, set()) else None


def _margin_line(
    notes: Footnotes, current: FootnoteBody | None, lines: list[Line], index: int, report: Report
) -> FootnoteBody | None:
    """A line of a shoulder note (a blank line before it opens the next one), or a page
    anchor, which is furniture."""
    line = lines[index]
    if numbered_notes.PAGE_ANCHOR.match(line.text):
        report.remove("page-anchor", line.no, line.text)
        return None
    if current is None or current.place != "margin" or blank_between(lines[index - 1], line):
        current = _new_body(notes, "", line, line.text)
        current.place = "margin"
        return current
    current.parts.append(line.text)
    return current


def _new_body(notes: Footnotes, symbol: str, line: Line, text: str) -> FootnoteBody:
    body = FootnoteBody(symbol, line.no, line.page, [text.strip()])
    notes.bodies.append(body)
    return body


def resolve(lines: list[Line], notes: Footnotes, report: Report) -> None:
    """Replace every marker by a placeholder and pair it with a body of its page (or the next)."""
    used: set[int] = set()
    counter = 0
    margins: dict[int, list[int]] = {}  # page -> its shoulder notes (indexes in notes.bodies)
    for number, body in enumerate(notes.bodies):
        if body.place == "margin":
            margins.setdefault(body.page, []).append(number)
    for line in lines:
        if line.kind not in ("text", "spliced"):
            continue
        pieces: list[str] = []
        last = 0
        for match in MARKER.finditer(line.text):
            body = _take_body(notes, match.group(1), line.page, used)
            pieces += [line.text[last : match.start()], f"\ue000{counter}\ue001"]
            if body is None:
                notes.unresolved[counter] = match.group(1)
                report.warn(
                    line.no,
                    "note-unresolved",
                    f'footnote marker "{match.group(1)}" has no body on its page or the next',
                    "check the page foot in the source; the marker is kept in the text",
                )
            else:
                notes.resolved[counter] = body
            counter += 1
            last = match.end()
        line.text = "".join(pieces) + line.text[last:]
        counter = _resolve_numbers(line, notes, used, counter)
        counter = _place_margins(line, margins.pop(line.page, []), notes, used, counter)
    _resolve_spaced(lines, notes, used, counter)
    _warn_orphans(notes, used, report)


def _place_margins(
    line: Line, numbers: list[int], notes: Footnotes, used: set[int], counter: int
) -> int:
    """The page's shoulder notes as notes at the start of its first text line."""
    placeholders = ""
    for number in numbers:
        notes.resolved[counter] = notes.bodies[number]
        used.add(number)
        placeholders += f"\ue000{counter}\ue001"
        counter += 1
    line.text = placeholders + line.text
    return counter


def _resolve_spaced(lines: list[Line], notes: Footnotes, used: set[int], counter: int) -> None:
    """A numbered body no marker took, whose number stands set apart by a space after
    punctuation exactly once in its page's text ("visa, 14"): that is its marker."""
    by_page: dict[int, list[Line]] = {}
    for line in lines:
        if line.kind in ("text", "spliced"):
            by_page.setdefault(line.page, []).append(line)
    for index, body in enumerate(notes.bodies):
        if index in used or not body.symbol.isdigit() or not body.text.strip():
            continue
        places = [
            (line, found)
            for line in by_page.get(body.page, [])
            for found in numbered_notes.SPACED_NUMBER.finditer(line.text)
            if (found.group(1) or found.group(2)) == body.symbol
        ]
        if len(places) != 1:
            continue
        line, found = places[0]
        line.text = f"{line.text[: found.start()]}\ue000{counter}\ue001{line.text[found.end() :]}"
        notes.resolved[counter] = body
        used.add(index)
        counter += 1


def _resolve_numbers(line: Line, notes: Footnotes, used: set[int], counter: int) -> int:
    """Replace the flattened number markers of a line that have a numbered body on its page
    ("reform,3" and the foot's "3 See …"); other numbers stay text. Returns the next key."""
    pieces: list[str] = []
    last = 0
    for match in numbered_notes.MARKER.finditer(line.text):
        body = _take_body(notes, match.group(1), line.page, used, same_page=True)
        if body is None:
            continue
        pieces += [line.text[last : match.start()], f"\ue000{counter}\ue001"]
        notes.resolved[counter] = body
        counter += 1
        last = match.end()
    line.text = "".join(pieces) + line.text[last:]
    return counter


def _take_body(
    notes: Footnotes, symbol: str, page: int, used: set[int], same_page: bool = False
) -> FootnoteBody | None:
    """The first unused body of `symbol` on `page` or the next; a numbered marker
    (`same_page`) takes one that opens the next page only where its own page has none (a
    long note run over)."""
    if same_page:
        own = _first_body(notes, symbol, page, page, used)
        own = own or _first_body(notes, symbol, page + 1, page + 1, used, opening=True)
        if own is None and notes.numbered_through:  # a body the typesetter put off a page
            own = _first_body(notes, symbol, page + 1, page + 1, used)
        return own
    return _first_body(notes, symbol, page, page + 1, used)


def _first_body(
    notes: Footnotes,
    symbol: str,
    first_page: int,
    last_page: int,
    used: set[int],
    opening: bool = False,
) -> FootnoteBody | None:
    """The first unused body of `symbol` on those pages (`opening`: one that opens its page)."""
    for index, body in enumerate(notes.bodies):
        if (
            index not in used
            and body.symbol == symbol
            and first_page <= body.page <= last_page
            and (body.opens_page or not opening)
        ):
            used.add(index)
            return body
    return None


def _warn_orphans(notes: Footnotes, used: set[int], report: Report) -> None:
    for index, body in enumerate(notes.bodies):
        if index not in used:
            report.warn(
                body.line,
                "note-orphan",
                f'footnote body "{body.symbol}{body.text[:30]}…" has no marker before it',
                "add the marker in the text; the body is kept where it stood",
            )
