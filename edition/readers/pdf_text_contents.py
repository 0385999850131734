"""A book's table of contents as a guide to its headings.

Entries with dot leaders ("The Harvest ........ 27", "2.1 Methods . . . . . 14") name the
headings. A chapter title is often also the running head of its pages, so repetition alone
would take it for page furniture: the first line after the contents that reads as an entry's
title is the heading itself.
"""

from __future__ import annotations

import re

CONTENTS_ENTRY = re.compile(
    r"^\s*(?P<title>\S.*?\S)\s*(?:\.\s*){3,}\s*(?P<page>\d{1,4}|[ivxlcdm]{1,7})\s*$",
    re.IGNORECASE,
)
# A numbering before a title, in the contents or the text: "3", "2.1", "IV.", "Chapter 3:"
_NUMBERING = re.compile(
    r"^(?:(?:chapter|part|book|section)\s+)?(?:\d{1,3}(?:\.\d{1,3})*|[ivxlc]{1,7})\.?:?\s+",
    re.IGNORECASE,
)
MIN_ENTRIES = 2  # dot-leader lines that make a table of contents


def title_key(line: str) -> str:
    """A title compared without its numbering, case or spacing."""
    return " ".join(_NUMBERING.sub("", line.strip()).casefold().split())


def contents_titles(texts: list[list[str]]) -> tuple[set[str], int]:
    """The titles the contents list (as keys) and the index of the last page listing them;
    no titles when fewer than MIN_ENTRIES entries are found."""
    titles: set[str] = set()
    last = -1
    for p, lines in enumerate(texts):
        for line in lines:
            entry = CONTENTS_ENTRY.match(line)
            if entry and title_key(entry.group("title")):
                titles.add(title_key(entry.group("title")))
                last = p
    return (titles, last) if len(titles) >= MIN_ENTRIES else (set(), -1)


def contents_headings(texts: list[list[str]]) -> set[tuple[int, int]]:
    """(page, line) positions of the first line after the contents that reads as each
    entry's title."""
    titles, last = contents_titles(texts)
    found: dict[str, tuple[int, int]] = {}
    for p in range(last + 1, len(texts)):
        for i, line in enumerate(texts[p]):
            key = title_key(line)
            if key in titles and key not in found:
                found[key] = (p, i)
    return set(found.values())
