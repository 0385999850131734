"""Resolving numbered note markers against a list of note bodies (endnotes-web "(N)",
wiki-text "[N]"): the bookkeeping both readers share. Each reader's resolver says what an
unresolvable marker becomes and how a body's text is parsed into inlines."""

from __future__ import annotations

import re

from dataclasses import dataclass, field
from typing import Generic, TypeVar

from ..model import Inline, Note, Text
from ..report import Report

Key = TypeVar("Key", int, str)


@dataclass(frozen=True)
class NoteBody:
    """One entry of a note list: its source line and its text."""

    line: int
    text: str


@dataclass
class MarkerResolver(Generic[Key]):
    """Markers numbered `Key` turned into end notes whose bodies come from `bodies`;
    remembers which bodies were used and how many markers were resolved."""

    bodies: dict[Key, NoteBody]
    report: Report
    used: set[Key] = field(default_factory=set)
    resolved: int = 0

    def resolve(self, number: Key) -> Note | None:
        """The note for marker `number` (counted as used), or None when it has no body."""
        body = self.bodies.get(number)
        if body is None:
            return None
        self.used.add(number)
        self.resolved += 1
        self.report.count("notes")
        children = self.body_inlines(body.text) if body.text else ()
        return Note(str(number), children, place="end", empty=not body.text)

    def body_inlines(self, text: str) -> tuple[Inline, ...]:
        """Inline nodes of a note body (plain text unless a reader parses more)."""
        return (Text(text),)


# ------------------------------------------------------------ note lists in any convention

NOTE_LIST_HEADING = re.compile(
    r"(?i)^\s*(notes|references|endnotes|footnotes|sources|citations|anmerkungen|"
    r"einzelnachweise|références)(?:\s*\[edit\])?\s*:?\s*$"
)
# "[3] text", "(3) text", "3. text", "3) text", a bare "[3]" (body on the next line)
NUMBERED_ENTRY = re.compile(r"^\s*(?:\[(\d{1,4})\]|\((\d{1,4})\)|(\d{1,4})[.)])(?:\s+(.*)|\s*)$")
# "^ text" / "↑ text" (a web page's back-links: numbered by position), "* text", "† text"
SEQUENTIAL_ENTRY = re.compile(r"^\s*[\^↑]\s*(?:(?:[a-z]{1,2}\s){2,})?(.*)$")
SYMBOL_ENTRY = re.compile(r"^\s*([*†‡]{1,3})\s*(\S.*)$")
MAX_IRREGULAR_RUN = 3  # this many non-entry lines in a row end a note list


@dataclass
class NoteList:
    """Note bodies found under a notes heading, and the line indexes they occupied."""

    bodies: dict[str, NoteBody] = field(default_factory=dict)
    lines: set[int] = field(default_factory=set)


def find_note_lists(lines: list[str], report: Report) -> NoteList:
    """Every note list under a usual heading (Notes, References, Endnotes, ...) in `lines`:
    numbered, bracketed, "^" or symbol entries, bodies on the next line or over several lines.
    An irregular line is warned about (with its line number) and the list goes on."""
    found = NoteList()
    for index, line in enumerate(lines):
        if NOTE_LIST_HEADING.match(line):
            _read_list(lines, index + 1, found, report)
    return found


def _entry(line: str, position: int) -> tuple[str, str] | None:
    """(key, text) when `line` opens a note entry; sequential entries use `position`."""
    match = NUMBERED_ENTRY.match(line)
    if match:
        return next(g for g in match.groups()[:3] if g), (match.group(4) or "").strip()
    match = SEQUENTIAL_ENTRY.match(line)
    if match and line.lstrip()[:1] in "^↑":
        return str(position), match.group(1).strip()
    match = SYMBOL_ENTRY.match(line)
    return (match.group(1), match.group(2).strip()) if match else None


def _read_list(lines: list[str], start: int, found: NoteList, report: Report) -> None:
    current: str | None = None
    irregular: list[int] = []
    position = len(found.bodies) + 1
    for index in range(start, len(lines)):
        line = lines[index].strip()
        if not line:
            continue
        entry = _entry(line, position)
        if entry:
            key, text = entry
            for number in irregular:
                report.warn(number + 1, "note-irregular", "line in a note list is not a note "
                            "entry; kept in the text", "start it with its note number")
            irregular, current, position = [], key, position + 1
            if key not in found.bodies:
                found.bodies[key] = NoteBody(index + 1, text)
                found.lines.add(index)
            continue
        if current is not None and not irregular and _continues(lines, index):
            body = found.bodies[current]
            found.bodies[current] = NoteBody(body.line, f"{body.text} {line}".strip())
            found.lines.add(index)
            continue
        irregular.append(index)
        if len(irregular) >= MAX_IRREGULAR_RUN:
            return


def _continues(lines: list[str], index: int) -> bool:
    """A line runs on the entry above when no blank line separates them."""
    return bool(lines[index - 1].strip())
