"""Resolving numbered note markers against a list of note bodies (endnotes-web "(N)",
wiki-text "[N]"): the bookkeeping both readers share. Each reader's resolver says what an
unresolvable marker becomes and how a body's text is parsed into inlines."""

from __future__ import annotations

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
