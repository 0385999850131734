"""Detection of text extracted from a PDF, from general features of printed pages.

Features: form feeds between pages; page numbers alone on a line rising by one page at regular
intervals (at the top or foot of a page); a printed line-number column (numbers rising by one
line after line); running heads repeating at page turns; words hyphenated at line ends; a
regular line measure (most long lines about as wide as the widest). None names a book.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from .shape_features import saturate

SAMPLE_LIMIT = 400_000
NUMBER_LINE = re.compile(r"^\s*(\d{1,4}|[ivxlc]{1,7})\s*$")
HYPHEN_BREAK = re.compile(r"[a-z]-\n[a-z]")
PAGE_GAP = (8, 150)  # lines between two successive page numbers
HEAD_MAX = 70


@dataclass(frozen=True)
class PageFeatures:
    form_feeds: int
    page_sequence: int  # successive page numbers at page-like intervals or at page turns
    line_column: int  # numbers rising by one on (nearly) successive lines
    running_heads: int  # lines repeated at page turns
    hyphen_breaks: int
    measure_share: float  # share of long lines close to the usual width


def _numbers(lines: list[str]) -> list[tuple[int, int]]:
    """(line index, value) of arabic numbers alone on a line."""
    found = []
    for index, line in enumerate(lines):
        match = NUMBER_LINE.match(line)
        if match and match.group(1).isdigit():
            found.append((index, int(match.group(1))))
    return found


def _sequences(numbers: list[tuple[int, int]]) -> tuple[int, int]:
    """Page-number steps (value +1/+2 at page-like distance) and line-column steps (+1 nearby)."""
    pages = column = 0
    last_page: tuple[int, int] | None = None
    for (i, a), (j, b) in pairwise(numbers):
        if b == a + 1 and j - i <= 3:
            column += 1
    for index, value in numbers:
        steps = last_page and value - last_page[1] in (1, 2)
        if steps and PAGE_GAP[0] <= index - last_page[0] <= PAGE_GAP[1]:
            pages += 1
        if not last_page or index - last_page[0] >= PAGE_GAP[0]:
            last_page = (index, value)
    return pages, column


def _page_turn_lines(text: str) -> list[str]:
    """The first and last non-blank lines of each form-feed page, digits removed."""
    keys = []
    for page in text.split("\f"):
        lines = [ln.strip() for ln in page.split("\n") if ln.strip()]
        lines = [ln for ln in lines if not NUMBER_LINE.match(ln)]
        for line in lines[:1] + lines[-1:]:
            if len(line) <= HEAD_MAX:
                keys.append(re.sub(r"\d+", "#", line.lower()))
    return keys


EDGE_LINES = 2  # lines at a page's top and at its foot where a folio may stand
EDGE_FOLIO = re.compile(r"^\d{1,4}\b|\b\d{1,4}$")  # "FALL 2010 93", "94 AI MAGAZINE"


def _edge_folios(text: str) -> int:
    """Pages where a number that starts or ends a short line at the page's top or foot
    follows one less at the last page's (or two less two pages back: a folio printed on one
    side only): folios printed inside a running head or foot ("FALL 2010 93")."""
    found: list[set[int]] = []
    for page in text.split("\f"):
        lines = [ln.strip() for ln in page.split("\n") if ln.strip()]
        edges = [ln for ln in lines[:EDGE_LINES] + lines[-EDGE_LINES:] if len(ln) <= HEAD_MAX]
        found.append({int(m.group()) for ln in edges for m in EDGE_FOLIO.finditer(ln)})
    return sum(
        any(n - 1 in found[p - 1] or (p > 1 and n - 2 in found[p - 2]) for n in found[p])
        for p in range(1, len(found))
    )


def _measure_share(lines: list[str]) -> float:
    long = sorted(len(line) for line in lines if len(line) >= 40)
    if len(long) < 20:
        return 0.0
    width = long[int(len(long) * 0.9)]
    return sum(width * 0.8 <= n <= width * 1.1 for n in long) / len(long)


@lru_cache(maxsize=8)
def measure(text: str) -> PageFeatures:
    sample = text[:SAMPLE_LIMIT]
    lines = sample.replace("\f", "\n").split("\n")
    pages, column = _sequences(_numbers(lines))
    if "\f" in sample:
        pages = max(pages, _edge_folios(sample))
    repeated = Counter(_page_turn_lines(sample)) if "\f" in sample else Counter()
    return PageFeatures(
        form_feeds=sample.count("\f"),
        page_sequence=pages,
        line_column=column,
        running_heads=sum(n for n in repeated.values() if n >= 3),
        hyphen_breaks=len(HYPHEN_BREAK.findall(sample)),
        measure_share=_measure_share([ln for ln in lines if ln.strip()]),
    )


def score(text: str) -> float:
    """0..1 from the page features; a long book from PDF scores near 1."""
    f = measure(text)
    value = 0.3 * saturate(f.form_feeds, 8) if f.form_feeds >= 2 else 0.0
    value += 0.35 * saturate(f.page_sequence, 8)
    value += 0.3 * saturate(f.line_column, 60)
    value += 0.15 * saturate(f.running_heads, 8)
    value += 0.1 * saturate(f.hyphen_breaks, 10)
    value += 0.15 * saturate(max(0.0, f.measure_share - 0.4), 0.3)
    return min(1.0, value)


def evidence(text: str) -> list[str]:
    f = measure(text)
    return [
        f"form feeds (page ends): {f.form_feeds}",
        f"page numbers rising at page intervals or page turns: {f.page_sequence}",
        f"line-number column steps: {f.line_column}",
        f"lines repeated at page turns (running heads): {f.running_heads}",
        f"line-end hyphenations: {f.hyphen_breaks}",
        f"long lines of the usual width: {f.measure_share:.0%}",
    ]
