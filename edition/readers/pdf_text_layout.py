"""Page layout of PDF-extracted text: page numbers, running heads, page starts, headings.

The extraction marks a page turn in one of three ways: a page-number line (the foot of the page
that ends, often followed by the next page's running head), a line indented by one space (the
first line of a page whose number was lost), or both. Pages without a printed number get one by
counting from the nearest numbered page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import PageBreak
from ..report import Report

PAGE_NUMBER = re.compile(r"^(?:\d{1,3}|[ivxlc]{1,7})$")
CHAPTER_NUMBER = re.compile(r"^ ?(\d{1,2}) ?$")
# Running heads are set in small capitals, which the extraction lower-cases (and sometimes
# letter-spaces: "pr efa c e"); text lines nearly always carry punctuation or capitals.
RUNNING_HEAD = re.compile(r"^[a-z0-9][a-z0-9 ]{2,60}$")
HEADING_END = re.compile(r"[.,;:!?”\"’)\-–—*]$")
LETTER_SPACED = 2.5  # mean fragment length of a letter-spaced head ("pr efa c e")
ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


@dataclass
class Line:
    """A content line of the source: `page` is its page index, `kind` text/number/heading (or
    margin: a shoulder note's line)."""

    no: int
    text: str
    page: int
    page_start: bool = False
    blank_before: bool = False
    kind: str = "text"


def blank_between(before: Line, line: Line) -> bool:
    """Does a blank line of the source stand between two lines (their numbers skip one)?"""
    return before.no < line.no - 1


@dataclass
class Page:
    label: str = ""  # as printed at its foot, "" when lost
    running_head: str = ""
    opens_section: bool = False  # a chapter or other heading starts on this page
    chapter: str = ""  # the number of the chapter starting on this page
    margin: frozenset[int] = frozenset()  # lines of shoulder notes above its running head


def chapter_of(number: str, current: int) -> int:
    """The chapter a heading's number belongs to: 4 for "4" and for "4.1.1"; `current` when
    the number names none."""
    head = number.split(".")[0]
    return int(head) if head.isdigit() else current


def roman_value(label: str) -> int:
    total = 0
    for char, following in zip(label, label[1:] + " "):
        value = ROMAN[char]
        total += -value if ROMAN.get(following, 0) > value else value
    return total


def to_roman(value: int) -> str:
    parts = [
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ]
    out = ""
    for amount, letters in parts:
        while value >= amount:
            out, value = out + letters, value - amount
    return out


def normalize_head(text: str) -> str:
    """A running head as words: letter-spaced "pr efa c e" becomes "preface"."""
    words = text.split()
    spaced = len(words) > 2 and sum(len(w) for w in words) / len(words) <= LETTER_SPACED
    return "".join(words) if spaced else " ".join(words)


def _next_content(lines: list[str], index: int) -> int:
    while index < len(lines) and not lines[index].strip():
        index += 1
    return index


def _is_footer(lines: list[str], i: int) -> bool:
    """A page-number line: alone, and not a chapter number (which its title follows)."""
    if not PAGE_NUMBER.match(lines[i]):
        return False
    following = lines[i + 1] if i + 1 < len(lines) else ""
    after = lines[i + 2] if i + 2 < len(lines) else ""
    chapter = lines[i].isdigit() and len(lines[i]) <= 2 and bool(following.strip())
    chapter = chapter and not following.startswith(" ") and not after.strip()
    return not (chapter and _chapter_title_like(following))


def _chapter_title_like(text: str) -> bool:
    return 0 < len(text.strip()) < 60 and not HEADING_END.search(text.strip())


def _is_heading(lines: list[str], i: int, previous_kind: str) -> bool:
    """A short, unpunctuated line ending its block that opens a page or follows a number."""
    text = lines[i]
    followed_by_blank = i + 1 >= len(lines) or not lines[i + 1].strip()
    if not followed_by_blank or not _chapter_title_like(text):
        return False
    return previous_kind == "number" or text.startswith(" ")


def scan(text: str, report: Report) -> tuple[list[Line], list[Page]]:
    """Content lines with their pages; footers and running heads leave the text (kept per page)."""
    lines = text.split("\n")
    out: list[Line] = []
    pages = [Page()]
    pending_break = saw_blank = False
    next_head = ""
    i = 0
    while i < len(lines):
        raw = lines[i].rstrip()
        if not raw.strip():
            saw_blank, i = True, i + 1
            continue
        if raw == raw.strip() and _is_footer(lines, i):
            pages[-1].label = pages[-1].label or raw
            report.remove("page-number", i + 1, raw)
            pending_break, saw_blank = True, False
            i, next_head = _take_running_head(lines, i + 1, report)
            continue
        starts_page = bool(out) and (pending_break or raw.startswith(" "))
        if starts_page:
            pages.append(Page(running_head=next_head))
            next_head = ""
        out.append(
            Line(
                i + 1,
                raw.strip(),
                len(pages) - 1,
                starts_page or not out,
                saw_blank and not pending_break,
                _line_kind(lines, i, out),
            )
        )
        if out[-1].kind != "text" and out[-1].page_start:
            pages[-1].opens_section = True
            pages[-1].chapter = raw.strip() if out[-1].kind == "number" else ""
        pending_break = saw_blank = False
        i += 1
    _number_pages(pages)
    return out, pages


def _line_kind(lines: list[str], i: int, out: list[Line]) -> str:
    previous_kind = out[-1].kind if out else ""
    if (
        CHAPTER_NUMBER.match(lines[i])
        and i + 1 < len(lines)
        and _is_heading(lines, i + 1, "number")
    ):
        return "number"
    return "heading" if _is_heading(lines, i, previous_kind) else "text"


def _take_running_head(lines: list[str], i: int, report: Report) -> tuple[int, str]:
    """After a footer: skip blanks and take the next page's running head when there is one."""
    j = _next_content(lines, i)
    if i < j < len(lines) and RUNNING_HEAD.match(lines[j]) and not lines[j].startswith(" "):
        report.remove("running-head", j + 1, lines[j])
        return j + 1, normalize_head(lines[j])
    return i, ""


def _number_pages(pages: list[Page]) -> None:
    """Give unnumbered pages labels counted from a numbered page of the same section (a book
    may leave a blank page before a chapter), else onward from the section before."""
    segments: list[list[int]] = []
    for index, page in enumerate(pages):
        if page.opens_section or not segments:
            segments.append([])
        segments[-1].append(index)
    first_known = next(((k, p.label) for k, p in enumerate(pages) if p.label), None)
    previous_end: tuple[int, str] | None = first_known  # pages before any number count back
    for segment in segments:
        known = [(k, pages[k].label) for k in segment if pages[k].label]
        if pages[segment[0]].chapter == "1":  # the first chapter opens arabic page 1
            previous_end = (segment[0] - 1, "0")
        for index in segment:
            if not pages[index].label:
                anchor = next(((k, lb) for k, lb in known if k > index), None)
                anchor = anchor or next(((k, lb) for k, lb in reversed(known) if k < index), None)
                pages[index].label = _count_from(anchor or previous_end, index) or str(index + 1)
        previous_end = (segment[-1], pages[segment[-1]].label)


def _count_from(anchor: tuple[int, str] | None, index: int) -> str:
    if anchor is None:
        return ""
    k, label = anchor
    roman, lower = not label.isdigit(), label.lower()  # a roman folio: "xii" or "XII"
    if roman and (not lower or any(char not in ROMAN for char in lower)):
        return ""  # any other label counts nothing
    value = (roman_value(lower) if roman else int(label)) + index - k
    if value < 1:
        return ""
    if not roman:
        return str(value)
    return to_roman(value) if label == lower else to_roman(value).upper()


def page_break(pages: list[Page], index: int) -> PageBreak:
    page = pages[index]
    return PageBreak(page.label, page.running_head)
