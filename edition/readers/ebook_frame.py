"""The frame of an e-book from a digital library (Project Gutenberg and its mirrors): a
preamble with "Title:", "Author:" and "Release Date:" lines, a "*** START OF ... ***" line, the
text, an "*** END OF ... ***" line and the library's licence.

The frame's lines are blanked (each logged as removed, so the line numbers of the text stay
those of the source) but for the START line, which gives way to the book's title; the title and
author go to the header, whatever reader reads the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..report import Report

# "*** START OF THE PROJECT GUTENBERG EBOOK X ***", "***START OF THIS PROJECT GUTENBERG EBOOK"
_START = re.compile(r"(?i)^\s*\*{3}\s*START OF (?:THE|THIS) PROJECT GUTENBERG E-?BOOK\b.*$")
_END = re.compile(r"(?i)^\s*\*{3}\s*END OF (?:THE|THIS) PROJECT GUTENBERG E-?BOOK\b.*$")
_FIELD = re.compile(r"^(Title|Author|Editor|Translator|Release Date|Language):\s*(\S.*)$")
_SCAN_LINES = 400  # the START line comes within the first lines of the file


@dataclass(frozen=True)
class EbookFrame:
    """What the preamble says of the book: its fields by name ("Title", "Author", ...)."""

    fields: dict[str, str]

    @property
    def title(self) -> str:
        return self.fields.get("Title", "")

    @property
    def authors(self) -> tuple[str, ...]:
        return tuple(a.strip() for a in re.split(r"\s+and\s+|;", self.fields.get("Author", "")))


def strip_ebook_frame(text: str, report: Report) -> tuple[str, EbookFrame | None]:
    """`text` with the frame's lines blanked, and the frame; the text unchanged and None when
    it has no START line."""
    lines = text.split("\n")
    start = next((i for i, line in enumerate(lines[:_SCAN_LINES]) if _START.match(line)), None)
    if start is None:
        return text, None
    end = next((i for i in range(start + 1, len(lines)) if _END.match(lines[i])), len(lines))
    fields = _fields(lines[:start])
    for index in [*range(start + 1), *range(end, len(lines))]:
        if lines[index].strip():
            report.remove("ebook-frame", index + 1, lines[index].strip())
        lines[index] = ""
    # The title stands where the START line stood, so every reader finds its title first.
    lines[start] = " ".join(fields.get("Title", "").split())
    return "\n".join(lines), EbookFrame(fields)


def _fields(preamble: list[str]) -> dict[str, str]:
    """ "Title: X" lines of the preamble; a value running on over the next indented or
    non-blank lines ("Title: A Book\\n       and its Sequel") is joined."""
    fields: dict[str, str] = {}
    current = ""
    for line in preamble:
        found = _FIELD.match(line.strip())
        if found:
            current = found.group(1)
            fields.setdefault(current, found.group(2).strip())
        elif current and line.strip() and line[:1].isspace():
            fields[current] = f"{fields[current]} {line.strip()}"
        else:
            current = ""
    return fields
