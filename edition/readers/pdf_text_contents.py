"""A book's table of contents as a guide to its headings.

Entries with dot leaders ("The Harvest ........ 27", "2.1 Methods . . . . . 14"), or titles each
followed by its page number on the next line (contents set in two columns), name the headings. A chapter title is often also the running head of its pages, so repetition alone
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
# Contents set in two columns, which the extraction writes as a title line and its page number
# on the next line ("The Baby" / "7"): this many such pairs in rising order make a contents page.
MIN_COLUMN_ENTRIES = 4
COLUMN_SHARE = 0.6  # ... and its entries make most of the page (a table's rows do not)
FRONT_PAGES = 15  # a contents page without dot leaders is looked for among the first pages
PAGE_NUMBER = re.compile(r"^(?:\d{1,4}|[ivxlc]{1,7})$", re.IGNORECASE)
QUOTED = re.compile(r"^[“‘\"']|[.,;:!?”’\"']$")


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
    for p, lines in enumerate(texts[:FRONT_PAGES]):  # a contents set in two columns
        column = _column_entries(lines)
        content = sum(1 for line in lines if line.strip())
        if len(column) >= MIN_COLUMN_ENTRIES and 2 * len(column) >= COLUMN_SHARE * content:
            titles.update(title_key(title) for title in column)
            last = max(last, p)
    return (titles, last) if len(titles) >= MIN_ENTRIES else (set(), -1)


def _column_entries(lines: list[str]) -> list[str]:
    """Titles of a page whose lines go title, page number, title, page number … with the
    arabic page numbers rising ("What the Sagas Were" / "1" / "The Baby" / "7")."""
    content = [line.strip() for line in lines if line.strip()]
    titles: list[str] = []
    last = 0
    for title, number in zip(content, content[1:]):
        if not PAGE_NUMBER.match(number) or PAGE_NUMBER.match(title):
            continue
        if not re.search(r"[^\W\d_]{3,}", title) or len(title) > 80 or QUOTED.search(title):
            continue  # a list of illustrations' quoted captions names no heading
        if number.isdigit():
            if int(number) < last:
                continue
            last = int(number)
        titles.append(title)
    return titles


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
