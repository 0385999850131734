"""The frame of an e-book from a digital library (Project Gutenberg and its mirrors): a
preamble with "Title:", "Author:" and "Release Date:" lines, a "*** START OF ... ***" line, the
text, an "*** END OF ... ***" line and the library's licence.

The frame's lines are blanked (each logged as removed, so the line numbers of the text stay
those of the source) but for the START line, which gives way to the book's title; the title and
author go to the header, whatever reader reads the text.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from dataclasses import dataclass

from ..report import Report

# "*** START OF THE PROJECT GUTENBERG EBOOK X ***", "***START OF THIS PROJECT GUTENBERG EBOOK"
_START = re.compile(r"(?i)^\s*\*{3}\s*START OF (?:THE|THIS) PROJECT GUTENBERG E-?BOOK\b.*$")
_END = re.compile(r"(?i)^\s*\*{3}\s*END OF (?:THE|THIS) PROJECT GUTENBERG E-?BOOK\b.*$")
_FIELD = re.compile(r"^(Title|Author|Editor|Translator|Release Date|Language):\s*(\S.*)$")
_SCAN_LINES = 400  # the START line comes within the first lines of the file

# True while a reader reads the text of an e-book whose frame was stripped: a library's book
# holds no website around it, so the lines before its first paragraph (title page, contents,
# a part's title) are the book's, not site furniture (see web_article_frame.strip_frame).
IN_EBOOK: ContextVar[bool] = ContextVar("in_ebook", default=False)


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
    for index in _library_lines(lines, start, end):
        report.remove("ebook-frame", index + 1, lines[index].strip())
        lines[index] = ""
    return "\n".join(lines), EbookFrame(fields)


# The library's own lines inside the frame: who produced the e-text, at its start ("Produced
# by …", "E-text prepared by …", "HTML file produced by …"); its "End of the Project Gutenberg
# EBook of …" line; the transcriber's notes ("[Transcriber's Note: …]", or a "Transcriber's
# Notes" heading over the list of corrections after the book's text).
_CREDITS = re.compile(
    r"(?i)^(?:(?:text|html|e-?text)\s+(?:file\s+)?|this\s+(?:e-?text|e-?book|file)\s+(?:was\s+)?)?"
    r"(?:produced|prepared|transcribed)\s+(?:by|from)\b"
)
_END_LINE = re.compile(r"(?i)^end\s+of\s+(?:the\s+|this\s+)?project\s+gutenberg")
_TRANSCRIBER = re.compile(r"(?i)^\[?transcriber['’]s\s+notes?\b")
TRANSCRIBER_TAIL = 0.5  # a transcriber's notes heading in the text's second half runs to its end
CREDIT_PARAGRAPHS = 3


def _library_lines(lines: list[str], start: int, end: int) -> list[int]:
    """Indexes of the library's lines between START (`start`, the title now) and END."""
    paragraphs = _paragraphs(lines, start + 1, end)
    found: list[int] = []
    for paragraph in paragraphs[:CREDIT_PARAGRAPHS]:
        if not _CREDITS.match(lines[paragraph[0]].strip()):
            break
        found += paragraph
    if paragraphs and _END_LINE.match(lines[paragraphs[-1][0]].strip()):
        found += paragraphs.pop()
    tail = start + (end - start) * TRANSCRIBER_TAIL
    for k, paragraph in enumerate(paragraphs):
        first = lines[paragraph[0]].strip()
        if not _TRANSCRIBER.match(first):
            continue
        if first.startswith("[") and lines[paragraph[-1]].rstrip().endswith("]"):
            found += paragraph  # "[Transcriber's Note: Illustrations were moved …]"
        elif paragraph[0] >= tail and len(first) < 40:
            found += [i for later in paragraphs[k:] for i in later]
            break
    return sorted(set(found))


def _paragraphs(lines: list[str], start: int, end: int) -> list[list[int]]:
    """Runs of non-blank lines between `start` and `end`, as lists of line indexes."""
    runs: list[list[int]] = []
    for index in range(start, end):
        if not lines[index].strip():
            continue
        if runs and runs[-1][-1] == index - 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    return runs


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
