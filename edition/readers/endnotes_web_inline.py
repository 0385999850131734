"""Inline parsing for the endnotes-web reader: "(N)" note markers and long run-in quotations.

A marker is one to three digits in parentheses ("(12)"); years in parentheses have four digits
and are never markers. A quotation set in running text between double quotation marks becomes
a `Quoted` node when it is long enough to be a quoted source passage (short scare quotes and
titles stay plain text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Inline, Note, Quoted, Text
from .note_resolver import MarkerResolver, NoteBody

MARKER = re.compile(r"\s?\((\d{1,3})\)")
# An opening mark after a line start, space or bracket; a closing one before space, punctuation
# or a marker. Straight and curly quotation marks both occur on these pages.
QUOTATION = re.compile(
    r'(?:^|(?<=[\s(\[:;,—-]))(?P<open>["“])(?P<body>[^"“”]+?)(?P<close>["”])(?=$|[\s.,;:!?)\]—-])'
)
MIN_QUOTED_WORDS = 12


@dataclass
class NoteResolver(MarkerResolver[int]):
    """Turns "(N)" markers into notes whose bodies come from the References list."""

    def note(self, number: int, line: int) -> Note | None:
        """The note for marker `number`, or None (and a warning) when it cannot be resolved."""
        if number not in self.bodies:
            if self.bodies:
                self.report.warn(
                    line,
                    "note-unresolved",
                    f'note marker "({number})" has no body in the References list; kept as text',
                    "add the missing reference or remove the marker",
                )
            return None
        if number in self.used:
            self.report.warn(
                line,
                "note-repeated",
                f'note marker "({number})" occurs more than once; each occurrence '
                "gets the same body",
            )
        return self.resolve(number)

    def orphans(self) -> list[tuple[int, NoteBody]]:
        """References entries that no marker in the text points to, in list order."""
        return [(n, body) for n, body in sorted(self.bodies.items()) if n not in self.used]

    def warn_orphans(self) -> None:
        """Warn about each References entry that no marker in the text points to."""
        for number, body in self.orphans():
            self.report.warn(
                body.line,
                "note-orphan",
                f'reference "({number})" is not cited by any marker in the text; '
                "kept in back matter",
                "check the text for a missing or mistyped marker",
            )


def parse_inline(text: str, line: int, resolver: NoteResolver) -> tuple[Inline, ...]:
    """Inline nodes for a paragraph: long quotations as Quoted, markers as notes."""
    nodes: list[Inline] = []
    position = 0
    for match in QUOTATION.finditer(text):
        body = match.group("body")
        if len(body.split()) < MIN_QUOTED_WORDS:
            continue
        nodes.extend(_with_markers(text[position : match.start()], line, resolver))
        nodes.append(Quoted(tuple(_merge_text(_with_markers(body, line, resolver)))))
        position = match.end()
    nodes.extend(_with_markers(text[position:], line, resolver))
    return tuple(_merge_text(nodes))


def has_long_quotation(text: str) -> bool:
    """Whether parse_inline would encode a run-in quotation in `text`."""
    return any(len(m.group("body").split()) >= MIN_QUOTED_WORDS for m in QUOTATION.finditer(text))


def _with_markers(text: str, line: int, resolver: NoteResolver) -> list[Inline]:
    nodes: list[Inline] = []
    position = 0
    for match in MARKER.finditer(text):
        note = resolver.note(int(match.group(1)), line)
        if note is None:
            continue
        nodes.append(Text(text[position : match.start()]))
        nodes.append(note)
        position = match.end()
    nodes.append(Text(text[position:]))
    return nodes


def _merge_text(nodes: list[Inline]) -> list[Inline]:
    """Adjacent Text nodes joined, empty ones dropped."""
    merged: list[Inline] = []
    for node in nodes:
        if isinstance(node, Text):
            if not node.text:
                continue
            if merged and isinstance(merged[-1], Text):
                merged[-1] = Text(merged[-1].text + node.text)
                continue
        merged.append(node)
    return merged
