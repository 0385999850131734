"""Inline markup of the wiki-text format: "[N]" note markers and `_underscored_` or
`''quoted''` italics, turned into model inlines."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..model import Hi, Inline, Note, Text, Title
from .note_resolver import MarkerResolver, NoteBody

__all__ = ["MARKER", "NoteBody", "NoteResolver", "italic", "parse_inlines"]

MARKER = re.compile(r"\[((?:note |n |nb )?\d{1,4}|[a-z])\]")  # "[12]"; "[note 3]", "[n 3]", "[c]"
# An underscore opens italics only after a non-word character (file names such as
# "Leo_Trotzki_1888.jpg" never qualify) and closes before one; the body may end in a
# space or comma, as the export leaves them ("_Russian Gazette,_", "_Exile _").
UNDERSCORED = re.compile(r"(?<!\w)_(?=[^\s_])([^_\n]+?)_(?![^\W_])")
DOUBLE_QUOTED = re.compile(r"''([^\n]+?)''")


@dataclass
class NoteResolver(MarkerResolver[str]):
    """Turns "[N]" markers into notes with their bodies (italics parsed in them). A body's
    own markers are notes too: an explanatory note citing its source ("… wedlock."[5])."""

    reading: list[NoteBody] = field(default_factory=list)  # bodies being read, innermost last

    def resolve(self, number: str) -> Note | None:
        body = self.bodies.get(number)
        if body is None or body in self.reading:
            return None  # no body; or a note that cites itself, or one that cites it back
        self.reading.append(body)
        try:
            return super().resolve(number)
        finally:
            self.reading.pop()

    def note(self, number: str, line: int) -> Inline:
        """The note for marker `number`, or the marker as text (and a warning)."""
        note = self.resolve(number)
        if note is None:
            self.report.warn(
                line,
                "note-unresolved",
                f'note marker "[{number}]" has no body in the note list; kept as text',
                'add the missing "[N] text" line',
            )
            return Text(f"[{number}]")
        return note

    def body_inlines(self, text: str) -> tuple[Inline, ...]:
        return parse_inlines(text, self, self.reading[-1].line)


def italic(content: str, notes: NoteResolver | None = None, line: int = 0) -> Inline:
    """Capitalised italics are titles of works; lower-case ones (foreign words) are `hi`."""
    children = parse_inlines(content, notes, line)
    first = content.lstrip(" \"'(“‘")[:1]
    return Title(children) if first.isupper() or first.isdigit() else Hi(children)


def _marker_note(notes: NoteResolver | None, line: int) -> Callable[[re.Match[str]], Inline]:
    def make(match: re.Match[str]) -> Inline:
        return notes.note(match.group(1), line) if notes else Text(match.group(0))

    return make


def parse_inlines(
    text: str, notes: NoteResolver | None = None, line: int = 0
) -> tuple[Inline, ...]:
    """Inline nodes for `text`: italics recursively, markers as notes when `notes` is given."""
    rules: list[tuple[re.Pattern[str], Callable[[re.Match[str]], Inline]]] = [
        (MARKER, _marker_note(notes, line)),
        (UNDERSCORED, lambda m: italic(m.group(1), notes, line)),
        (DOUBLE_QUOTED, lambda m: italic(m.group(1), notes, line)),
    ]
    nodes: list[Inline] = []
    position = 0
    while True:
        found = [(m, make) for pattern, make in rules if (m := pattern.search(text, position))]
        if not found:
            break
        match, make = min(found, key=lambda pair: pair[0].start())
        _append_text(nodes, text[position : match.start()])
        nodes.append(make(match))
        position = match.end()
    _append_text(nodes, text[position:])
    return tuple(nodes)


def _append_text(nodes: list[Inline], text: str) -> None:
    if not text:
        return
    if nodes and isinstance(nodes[-1], Text):
        nodes[-1] = Text(nodes[-1].text + text)
    else:
        nodes.append(Text(text))
