"""Pages of text extracted with form feeds (pdftotext's default): page furniture found by
repetition and position, not by any book's strings.

- a printed line-number column: numbers alone on a line rising by one through the document, or
  from 1 on each page;
- page numbers (arabic or roman) among the first or last two lines of a page, accepted when
  their offset from the page's index is shared by other pages (the numbering runs on);
- running heads: a short line beside such a page number at the top, or a first/last line
  that repeats (digits ignored: a slug line with varying numbers) on several pages.

Furniture leaves the text (logged) and becomes the page's label and running head; what stays is
classified into text lines and headings ("Chapter 3", "CHAPTER THREE", "Part Two" with or
without a title on the next line; a short title-like line opening a page).
"""

from __future__ import annotations

import heapq
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from itertools import pairwise

from ..report import Report
from . import pdf_text_numbered as numbered_notes
from .note_resolver import NOTE_LIST_HEADING
from .pdf_text_contents import contents_headings
from .pdf_text_layout import Line, Page, _number_pages, roman_value
from .shape_features import is_ui_line
from .textblocks import CONTENTS_WORDS, capitals_with_stop, in_capitals

NUMBER = re.compile(r"^(\d{1,4}|[ivxlc]{1,7}|[IVXLC]{1,7})$")
WORDS = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
LABEL = re.compile(
    r"^(chapter|part|book|section|appendix|lecture|letter|canto)\s+"
    r"([0-9]{1,3}|[ivxlcdm]{1,7}|[a-z]+(?:[- ][a-z]+)?)\.?$",
    re.IGNORECASE,
)
# A section number alone on its line, its title on the next ("4.1.1" / "Impact of State").
SECTION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,3}\.?$")
# A part's number in capital Roman numerals with its stop, alone on its line ("II."), its title
# on the next line (a law review's "II." / "TURNING THE CONSTITUTION INSIDE OUT").
ROMAN_SECTION = re.compile(r"^[IVXL]{1,6}\.$")
TITLE_END = re.compile(r"[.,;:!?]$")
TITLE_WORD = re.compile(r"[^\W\d_]{3,}")  # a title holds a word of three letters or more
MATH = re.compile(r"[∧∨⇒⇔∀∃∈∑∫≤≥≠±×÷√∞→←↔]")

CODE_CHARS = re.compile(r"[=<>{}\[\]_/\\|@#$%^&*]|\.\s*\.\s*\.")
HEAD_MAX = 70
TITLE_MAX = 60  # a chapter title under its label
REPEAT_MIN = 3
HEAD_BLOCK = 3  # a page number may stand on any of a page's first three lines


def has_pages(text: str) -> bool:
    """Form feeds mark the pages (at least three)."""
    return text.count("\f") >= 3


def number_value(word: str) -> int | None:
    """3, "iii", "three", "Twenty-One" as an integer; None when it is not a number."""
    word = word.lower()
    if word.isdigit():
        return int(word)
    if re.fullmatch(r"[ivxlc]+", word):
        return roman_value(word)
    parts = re.split(r"[- ]", word)
    if len(parts) == 1 and parts[0] in WORDS:
        return WORDS.index(parts[0]) + 1
    if len(parts) in (1, 2) and parts[0] in TENS:
        rest = WORDS.index(parts[1]) + 1 if len(parts) == 2 and parts[1] in WORDS[:9] else 0
        return TENS[parts[0]] + rest if len(parts) == 1 or rest else None
    return None


def label_number(line: str) -> int | None:
    """The number of a "Chapter 3" / "PART TWO" label line, else None."""
    match = LABEL.match(line.strip())
    return number_value(match.group(2)) if match else None


PART_LABELS = ("part", "book")  # divisions that hold chapters; their numbers run apart


def _part_label(line: str) -> str:
    """A part's label as "part II" (its name in lower case, its number as printed: "PART II",
    "Book One"), or "" for a chapter's or any other label."""
    match = LABEL.match(line.strip())
    if match is None or match.group(1).lower() not in PART_LABELS:
        return ""
    return f"{match.group(1).lower()} {match.group(2)}"


def _line_column(pages: list[list[str]]) -> set[tuple[int, int]]:
    """(page, line) positions of a printed line-number column, when the document has one:
    numbered through the document, or afresh on each page (_page_columns)."""
    return max(_document_column(pages), _page_columns(pages), key=len)


PAGE_COLUMN_MIN = 10  # lone numbers 1, 2, 3, … on one page that make a line-number column
# The column's last numbers may carry a proof's side mark ("S32", "33R").
_MARKED_NUMBER = re.compile(r"^[A-Z]?(\d{1,3})[A-Z]?$")


def _page_columns(pages: list[list[str]]) -> set[tuple[int, int]]:
    """(page, line) positions of a line-number column counted afresh on each page (pleading
    paper's 1-28, a printer's proof guides "1" … "31", "S32", "R33"): a run of lone numbers
    1, 2, 3, … of at least PAGE_COLUMN_MIN on REPEAT_MIN pages or more."""
    found: set[tuple[int, int]] = set()
    pages_with = 0
    for p, lines in enumerate(pages):
        run: list[int] = []
        best: list[int] = []
        for i, line in enumerate(lines):
            text = line.strip()
            if not text:
                continue
            number = _MARKED_NUMBER.match(text)
            value = int(number.group(1)) if number else None
            if value is not None and value == len(run) + 1 and (text.isdigit() or run):
                run.append(i)
                continue
            best = max(best, run, key=len)
            run = [i] if text == "1" else []
        best = max(best, run, key=len)
        if len(best) >= PAGE_COLUMN_MIN:
            pages_with += 1
            found |= {(p, i) for i in best}
    return found if pages_with >= REPEAT_MIN else set()


def _document_column(pages: list[list[str]]) -> set[tuple[int, int]]:
    """(page, line) positions of a line-number column numbered through the document."""
    found: list[tuple[int, int, int]] = []
    for p, lines in enumerate(pages):
        found += [(p, i, int(ln)) for i, ln in enumerate(lines) if ln.strip().isdigit()]
    steps = sum(b[2] == a[2] + 1 for a, b in pairwise(found))
    content = sum(1 for lines in pages for ln in lines if ln.strip())
    if steps < max(20, content // 10):
        return set()
    column: set[tuple[int, int]] = set()
    last = 0
    for p, i, value in found:
        if last < value <= last + 80:
            column.add((p, i))
            last = value
    return column


def _number_candidates(pages: list[list[int]], texts: list[list[str]]) -> dict[int, int]:
    """Page index -> line index of its printed page number (offset shared by other pages). A
    page with two candidates takes the one at the edge (head or foot) where most pages print
    their numbers (a chapter's number under its running head is no page number)."""
    candidates: list[tuple[int, int, str, int, bool]] = []
    for p, idx in enumerate(pages):
        ends = idx[:HEAD_BLOCK] + idx[-2:]
        for i in dict.fromkeys(ends):
            text = texts[p][i].strip()
            if NUMBER.match(text):
                kind = "a" if text.isdigit() else "r"
                value = int(text) if text.isdigit() else roman_value(text.lower())
                candidates.append((p, i, kind, value - p, i in idx[:HEAD_BLOCK]))
    shared = Counter((kind, offset) for _, _, kind, offset, _ in candidates)
    at_edge = Counter((kind, offset, top) for _, _, kind, offset, top in candidates)
    chosen: dict[int, tuple[int, int]] = {}
    for p, i, kind, offset, top in candidates:
        if (
            shared[(kind, offset)] >= REPEAT_MIN
            and at_edge[(kind, offset, top)] > chosen.get(p, (0, -1))[0]
        ):
            chosen[p] = (at_edge[(kind, offset, top)], i)
    return {p: i for p, (_, i) in chosen.items()}


# A running head and the page number on one line, split by a bar ("Functions | 5",
# "xxii | Prologue"): a page's furniture however rarely its words recur.
FOLIO_HEAD = re.compile(
    r"^(?:(?P<before>\d{1,4}|[ivxlc]{1,7})\s+\|\s+(?P<head>\S.{0,80})"
    r"|(?P<head2>\S.{0,80}?)\s+\|\s+(?P<after>\d{1,4}|[ivxlc]{1,7}))$"
)


CONSTANT_SHARE = 0.6  # of the pages that print one line unchanged at their top (or foot)


def _constant_edges(content: list[list[int]], texts: list[list[str]]) -> set[tuple[int, int]]:
    """The (page, line) places of lines printed unchanged as the first (or last) lines of most
    pages, above (or below) the running head and page number: a copyright notice
    ("COPYRIGHT © 2025 … ASSOCIATION"), a download stamp, a draft's three-line watermark (title,
    copyright, revision). Taken out before the running head is looked for, which then stands
    on the lines below them."""
    found: set[tuple[int, int]] = set()
    for edge in (0, -1):
        for _ in range(CONSTANT_LINES):  # a stamp of several lines: one line at a time
            left = [[i for i in idx if (p, i) not in found] for p, idx in enumerate(content)]
            at = [(p, idx[edge]) for p, idx in enumerate(left) if len(idx) > 2]
            counts = Counter(" ".join(texts[p][i].split()) for p, i in at)
            line, times = counts.most_common(1)[0] if counts else ("", 0)
            if times < REPEAT_MIN or times < CONSTANT_SHARE * len(at) or line.isdigit():
                break
            found |= {(p, i) for p, i in at if " ".join(texts[p][i].split()) == line}
    return found


CONSTANT_LINES = 4  # lines of a stamp printed unchanged at every page's top or foot


TOP_SEARCH = 20  # lines from a page's top where a running head may stand below shoulder notes
TOP_SHARE = 0.2  # of the pages that print it there


def _heads_below_margin(
    content: list[list[int]], texts: list[list[str]], turns: Counter[str]
) -> set[str]:
    """Keys of running heads that also stand below a page's shoulder notes, not on its first
    line (pdftotext prints a verso's left margin first: "Roman highways." / "London and the
    Kingdom - Volume I"): a head found at the edge of REPEAT_MIN pages (`turns`), printed
    unchanged within the first TOP_SEARCH lines of at least TOP_SHARE of the pages (a book's
    title, not a section's, which may open a section mid-page)."""
    tops: Counter[str] = Counter()
    for p, idx in enumerate(content):
        tops.update({_key(texts[p][i]) for i in idx[:TOP_SEARCH] if _is_head_like(texts[p][i])})
    least = max(REPEAT_MIN, TOP_SHARE * len(content))
    return {
        key
        for key, times in tops.items()
        if times >= least and turns[key] >= REPEAT_MIN and "#" not in key  # no number, anchor
    }


MARGIN_CHARS = 60  # a shoulder note's line is no longer


def _lowered_head(
    lines: list[str], rest: list[int], below_margin: set[str]
) -> tuple[int | None, bool]:
    """Where a page prints a running head below its first line (see _heads_below_margin),
    and whether the lines above it are shoulder notes: short, in sentence case, no chapter
    label, section number or code, one block of them a narrow column ("Roman highways.",
    "London bridge and" / "the city wall.", "[005]"). Only then is it the head: a chapter's
    title under its label may be the chapter's running head too."""
    found = next(
        (k for k, i in enumerate(rest[:TOP_SEARCH]) if _key(lines[i]) in below_margin), None
    )
    if not found:
        return None, False
    above = [lines[i].strip() for i in rest[:found]]
    blocks: list[list[str]] = []
    for k, i in enumerate(rest[:found]):
        if not k or i > rest[k - 1] + 1:  # a blank line between
            blocks.append([])
        blocks[-1].append(lines[i].strip())
    full = max((len(lines[i].strip()) for i in rest), default=0)
    plain = all(
        len(text) <= MARGIN_CHARS
        and label_number(text) is None
        and not text.isupper()
        and not CODE_CHARS.search(text.strip("[]"))
        and not SECTION_NUMBER.match(text.split()[0])
        for text in above
    )
    return rest[found], plain and any(numbered_notes.narrow_column(b, full) for b in blocks)


def _inner_edges(
    content: list[list[int]],
    texts: list[list[str]],
    furniture: set[tuple[int, int]],
    numbered: set[int],
) -> set[tuple[int, int]]:
    """Running heads or feet inside other furniture: once a page's edge lines are taken out,
    the line now at that edge is furniture too when it runs there (digits ignored: _runs), as
    "296 FREE CULTURE" does above a web address printed at the foot of every other page (a
    section's title under each chapter's opening head recurs chapters apart). A line whose
    number is also a note marker on its page is a short footnote, unless its numbers run with
    the pages (_folio_keys) on pages that print no number of their own (`numbered`)."""
    edges: list[tuple[int, int]] = []
    for p, idx in enumerate(content):
        left = [i for i in idx if (p, i) not in furniture]
        if len(left) <= 2:
            continue
        if (p, idx[0]) in furniture and _is_head_like(texts[p][left[0]]):
            edges.append((p, left[0]))
        if (p, idx[-1]) in furniture and _is_head_like(texts[p][left[-1]]):
            edges.append((p, left[-1]))
    pages: dict[str, list[int]] = {}
    for p, i in edges:
        pages.setdefault(_key(texts[p][i]), []).append(p)
    folios = _folio_keys([(p, texts[p][i]) for p, i in edges if p not in numbered])
    return {
        (p, i)
        for p, i in edges
        if _runs(pages[_key(texts[p][i])])
        and ((_key(texts[p][i]) in folios and p not in numbered) or not _cited_note(texts[p], i))
    }


_FIRST_NUMBER = re.compile(r"\d+")


FOLIO_DRIFT = 5  # pages a folio's offset from the page index may drift (unnumbered pages)


def _folio_keys(lines: list[tuple[int, str]]) -> set[str]:
    """Keys (_key) of lines whose first number runs with the page index, within FOLIO_DRIFT
    of one offset on half of them or more: a page number printed with its running head ("6
    FREE CULTURE"). Footnotes numbered through a book outrun the pages."""
    offsets: dict[str, list[int]] = {}
    for p, line in lines:
        number = _FIRST_NUMBER.search(line)
        if number:
            offsets.setdefault(_key(line), []).append(int(number.group()) - p)
    folios = set()
    for key, found in offsets.items():
        middle = sorted(found)[len(found) // 2]
        near = sum(abs(offset - middle) <= FOLIO_DRIFT for offset in found)
        if len(found) >= REPEAT_MIN and near * 2 >= len(found):
            folios.add(key)
    return folios


def _edge_lines(idx: list[int], number: int | None) -> tuple[list[int], int | None]:
    """The lines of a page that may be its running head or foot: the first and the last
    besides the page number; and the second, when the number stands in the head (a law
    review's "1718" / "HARVARD LAW REVIEW" / "[Vol. 138:1715")."""
    rest = [i for i in idx if i != number]
    second = rest[1] if number in idx[:HEAD_BLOCK] and len(rest) > 2 else None
    return list(dict.fromkeys(rest[:1] + rest[-1:])), second


def _section_number_above(lines: list[str], idx: list[int], i: int) -> bool:
    """Is line i a section number alone ("3") with its title on the next line with text?"""
    after = [k for k in idx if k > i][:1]
    return bool(after) and _numbers_section(lines[i].strip(), lines[after[0]].strip())


def _running_labels(
    content: list[list[int]], texts: list[list[str]], numbers: dict[int, int]
) -> set[str]:
    """Chapter labels that run at the head of pages ("CHAPTER 1." over each verso of the
    chapter): the same label, number and all, first on REPEAT_MIN pages or more close to one
    another. A chapter's own opening label stands once."""
    pages: dict[str, list[int]] = {}
    for p, idx in enumerate(content):
        edges, _ = _edge_lines(idx, numbers.get(p))
        for i in edges[:1]:
            line = " ".join(texts[p][i].split())
            if LABEL.match(line) or CHAPTER_HEAD.match(line):  # "CHAPTER 1.", "Part II: Ice"
                pages.setdefault(line, []).append(p)
    return {line for line, found in pages.items() if _runs(found)}


def _runs(pages: list[int]) -> bool:
    """Does a line run at the head of pages, as a law review's "[Vol. 138:1715" does: on
    REPEAT_MIN pages at least, each within two pages of the last? (A section's title under
    each chapter's opening head recurs chapters apart.)"""
    close = sum(b - a <= 2 for a, b in pairwise(pages))
    return close >= REPEAT_MIN - 1


def _key(line: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"\d+", "#", line.strip().lower()))


def _is_head_like(line: str) -> bool:
    """Short, not a "Chapter 3" label and not a dotted section number ("4.1")."""
    text = line.strip()
    return (
        0 < len(text) <= HEAD_MAX
        and label_number(text) is None
        and not (SECTION_NUMBER.match(text) and "." in text.rstrip("."))
    )


# A running head that names a chapter with its label ("Chapter 2 Frequency-Domain Methods").
CHAPTER_HEAD = re.compile(
    r"^(?:chapter|part|book|appendix|lecture)\s+(?:[0-9]{1,3}|[ivxlcdm]{1,7})\b\s*[-–—:.]?\s*"
    r"(?P<title>\S.*)$",
    re.IGNORECASE,
)
OPENING_PAGES = 3  # pages before a chapter's first running head where its title may stand


def _first_chapter_heads(texts: list[list[str]], heads: set[tuple[int, int]]) -> set:
    """The first place of each running head that names a chapter with its label, when the
    chapter's title does not stand alone on a line just before it (its opening page): then
    the page that opens the chapter prints its heading where later pages print the head."""
    first: dict[str, tuple[int, int]] = {}
    for p, i in sorted(heads):
        found = CHAPTER_HEAD.match(texts[p][i].strip())
        if found and not TITLE_WORD.search(found.group("title")):
            continue  # "CHAPTER 1." with no title: a label that runs, no chapter's heading
        if found and _key(found.group(0)) not in first:
            first[_key(found.group(0))] = (p, i)
            title = " ".join(found.group("title").casefold().split())
            before = [ln for lines in texts[max(0, p - OPENING_PAGES) : p] for ln in lines]
            if any(" ".join(ln.casefold().split()) == title for ln in before + texts[p][:i]):
                first[_key(found.group(0))] = None
    return {place for place in first.values() if place is not None}


def find_furniture(
    texts: list[list[str]], report: Report, keep: set[tuple[int, int]] | None = None
) -> tuple[list[Page], set]:
    """Each page's label and running head; the (page, line) positions that are furniture, less
    those of `keep` (headings the contents name, which also run at the head of their pages)."""
    starts = [0]
    for lines in texts:
        starts.append(starts[-1] + len(lines) - 1)  # a form feed opens the next page's line
    column = _line_column(texts)
    for p, i in sorted(column):
        report.remove("line-number", starts[p] + i + 1, texts[p][i].strip())
    content = [
        [i for i, ln in enumerate(lines) if ln.strip() and (p, i) not in column]
        for p, lines in enumerate(texts)
    ]
    constant = _constant_edges(content, texts)
    content = [[i for i in idx if (p, i) not in constant] for p, idx in enumerate(content)]
    numbers = _number_candidates(content, texts)
    turns: Counter[str] = Counter()
    second_pages: dict[str, list[int]] = {}  # second lines of heads that hold the page number
    for p, idx in enumerate(content):
        edges, second = _edge_lines(idx, numbers.get(p))
        turns.update(_key(texts[p][i]) for i in edges if _is_head_like(texts[p][i]))
        if second is not None and _is_head_like(texts[p][second]):
            second_pages.setdefault(_key(texts[p][second]), []).append(p)
    running = {key for key, pages in second_pages.items() if _runs(pages)}
    labels = _running_labels(content, texts, numbers)
    below_margin = _heads_below_margin(content, texts, turns)
    pages = [Page() for _ in texts]
    furniture = set(column) | constant
    for p, idx in enumerate(content):
        if p in numbers:
            pages[p].label = texts[p][numbers[p]].strip()
            furniture.add((p, numbers[p]))
        rest = [i for i in idx if numbers.get(p) != i]
        top = idx[:2]
        beside = p in numbers and numbers[p] in top and rest[:1] and rest[0] in top
        edges, second = _edge_lines(idx, numbers.get(p))
        if second is not None and _key(texts[p][second]) in running:
            edges.append(second)
        lowered, shouldered = _lowered_head(texts[p], rest, below_margin)
        if shouldered:  # a verso's shoulder notes above its running head: none of them a head
            edges = [i for i in edges if i >= lowered] + [lowered]
            beside = False
        for i in edges:
            line = texts[p][i]
            if p in numbers and numbers[p] != i and _section_number_above(texts[p], idx, i):
                continue  # "3" / "Methodology" opening a page whose number is elsewhere
            repeated = (
                _is_head_like(line)
                and (turns[_key(line)] >= REPEAT_MIN or i == second)
                or " ".join(line.split()) in labels
            ) and not _cited_note(texts[p], i)
            folio = FOLIO_HEAD.match(line.strip())
            if folio and not pages[p].label:  # "Functions and types | 5", "xxii | Prologue"
                pages[p].label = folio.group("before") or folio.group("after")
            if (
                repeated
                or folio
                or (
                    beside
                    and i == rest[0]
                    and _is_head_like(line)
                    and not TITLE_END.search(line.strip())
                )
            ):
                furniture.add((p, i))
                head = (folio.group("head") or folio.group("head2")) if folio else line.strip()
                pages[p].running_head = pages[p].running_head or head
        if shouldered and (p, lowered) in furniture:  # the lines above: shoulder notes
            pages[p].margin = frozenset(i for i in idx if i < lowered and (p, i) not in furniture)
    furniture |= _inner_edges(content, texts, furniture, set(numbers))
    furniture -= (keep or set()) | _first_chapter_heads(texts, furniture - column)
    for p, i in sorted(furniture - column):
        kind = "page-number" if numbers.get(p) == i else "running-head"
        report.remove(kind, starts[p] + i + 1, texts[p][i].strip())
    return pages, furniture


def _cited_note(lines: list[str], i: int) -> bool:
    """Is line i a short footnote ("76 Id. at 231.") or a note's label alone ("5", strayed to
    the page's end), its number a marker in the page's text ("one another.76")? Such lines
    recur with other numbers, as a running foot does."""
    start = numbered_notes.BODY_START.match(lines[i].strip())
    start = start or numbered_notes.BARE_NUMBER.match(lines[i].strip())  # a label alone
    if not start:
        return False
    text = " ".join(line for k, line in enumerate(lines) if k != i)
    return start.group(1) in {m.group(1) for m in numbered_notes.MARKER.finditer(text)}


# What a repository's cover sheet says (bepress Digital Commons and the like), before the
# article's own first page: "Follow this and additional works at: …", "Recommended Citation",
# "This Note is brought to you for free and open access by …".
COVER_SHEET = re.compile(
    r"(?i)(follow this and additional works at|recommended citation"
    r"|brought to you for free and open access)"
)


def cover_sheet(lines: list[str]) -> bool:
    """Does this page (the first) say two of the things a repository's cover sheet says?"""
    said = {m.group(1).casefold() for ln in lines for m in COVER_SHEET.finditer(ln)}
    return len(said) >= 2


def scan(text: str, report: Report) -> tuple[list[Line], list[Page]]:
    """Content lines with their pages, furniture removed (kept per page)."""
    texts = [page.split("\n") for page in text.split("\f")]
    headings = contents_headings(texts)
    pages, furniture = find_furniture(texts, report, headings)
    if cover_sheet(texts[0]):  # a repository's cover sheet: the title page reads it, no text
        for i, line in enumerate(texts[0]):
            if line.strip() and (0, i) not in furniture:
                report.remove("cover-sheet", i + 1, line.strip())
                furniture.add((0, i))
    out: list[Line] = []
    margins: list[Line] = []  # shoulder notes above running heads, apart from the text
    offset = 0  # lines before the page (its first line shares the form feed's line)
    for p, lines in enumerate(texts):
        kept = [
            (offset + i + 1, ln.strip())
            for i, ln in enumerate(lines)
            if ln.strip() and (p, i) not in furniture and i not in pages[p].margin
        ]
        margins += [
            Line(offset + i + 1, lines[i].strip(), p, kind="margin")
            for i in sorted(pages[p].margin)
        ]
        listed = {offset + i + 1 for pp, i in headings if pp == p}
        _classify(kept, p, pages[p], out, listed)
        offset += len(lines) - 1
    _number_pages(pages)
    return list(heapq.merge(out, margins, key=lambda line: line.no)), pages


def _classify(
    kept: list[tuple[int, str]], p: int, page: Page, out: list[Line], listed: set[int]
) -> None:
    """Text lines and headings of one page (`listed`: line numbers of titles the contents
    name)."""
    previous_ends = not out or bool(re.search(r"[.!?:”\"’)]$", out[-1].text))
    for k, (no, text) in enumerate(kept):
        following = kept[k + 1][1] if k + 1 < len(kept) else ""
        kind = "text"
        value = label_number(text)
        if value is not None and _ends_a_sentence(out, p, no):
            value = None  # "… in greater detail in" / "Chapter 8.": a sentence's last words
        if no in listed and value is None:
            kind = "heading"
            page.opens_section = page.opens_section or k == 0
            if out and out[-1].kind == "section-number":
                text = f"{out[-1].text} {text}"  # "II." above a title the contents name
        elif value is not None:
            after = kept[k + 2][1] if k + 2 < len(kept) else ""
            titled = (
                _chapter_title(following)
                and label_number(following) is None
                and not _opens_prose(following, after)
            )
            part = _part_label(text) if titled else ""
            if part:  # "PART II" above its title: a division above the chapters
                kind, text = "part-number", part
            else:
                kind, text = ("number", str(value)) if titled else ("heading", text)
                page.chapter = str(value) if k == 0 else page.chapter
            page.opens_section = page.opens_section or k == 0
        elif _numbers_section(text, following) and _next_in_outline(text, out):
            kind = "section-number"
        elif number := _numbered_title(text, following, kept[k - 1][1] if k else "", out):
            out.append(Line(no, number, p, k == 0 and bool(out), False, "section-number"))
            kind = "heading"  # "1.2 Direct Mail" on one line, as printed
        elif _lettered_title(text, following, kept[k - 1][1] if k else "", out):
            kind = "heading"  # "a. the history" between two sentences
        elif _outline_label(text, following, out[-1].text if out else "", out):
            kind = "heading"  # "I" / "A" / "The Red River …": a court opinion's parts
        elif out and out[-1].kind == "section-number":
            kind, text = "heading", f"{out[-1].text} {text}"  # the number as printed
        elif out and out[-1].kind in ("number", "part-number"):
            kind = "heading"
        elif _title_goes_on(out, p, text, following) or (
            k > 0 and kept[k - 1][0] == no - 1 and _capitals_go_on(out, text)
        ):
            out[-1].text = f"{out[-1].text} {text}"  # "… via Lazy" / "Evaluation"
            continue
        elif (
            k == 0
            and (previous_ends or CHAPTER_HEAD.match(text))
            and _title_like(text)
            and len(text.split()) >= 2
        ):
            kind = "heading" if following and not following[:1].islower() else "text"
        elif k > 0 and _between_sentences(
            kept[k - 1][1], text, following, lambda: _run_in_allowed(out)
        ):
            kind = "heading"  # "… our results." / "Systems Studied" / "Within this article, …"
        elif out and out[-1].kind == "heading" and _subheading(text, following):
            kind = "heading"  # a section's title right under its chapter's
        elif _standalone_division(kept, k):
            kind = "heading"  # "Abstract" between blank lines, after an epigraph
        out.append(Line(no, text, p, k == 0 and bool(out), False, kind))


def _ends_a_sentence(out: list[Line], page: int, no: int) -> bool:
    """Does the line at `no` finish a sentence the text line right above it (no blank line
    between, same page) leaves open, ending in a lower-case word or a comma?"""
    if not out:
        return False
    above = out[-1]
    return (
        above.kind == "text"
        and above.page == page
        and above.no == no - 1
        and bool(re.search(r"[a-z,;]$", above.text))  # prose left open, not a title in capitals
    )


def _title_runs_on(line: str) -> bool:
    """Does `line` carry on a title from the line above: it opens with a word in lower case,
    half its words or more are capitalised, and it ends no sentence ("of the Pressure of
    Radiation Exerted on Perfect Reflectors", "when Convection-Currents are Taken into
    Account")?"""
    words = line.split()
    return (
        bool(words)
        and words[0].islower()
        and len(line) <= TITLE_MAX
        and not TITLE_END.search(line)
        and sum(w[:1].isupper() for w in words) * 2 >= len(words)
    )


def _title_goes_on(out: list[Line], page: int, text: str, following: str) -> bool:
    """Does `text` finish the chapter title printed under its label on the line above (a title
    over two lines: "Amortization and Persistence via Lazy" / "Evaluation")? Only a short line
    of capitalised words, on the same page, after a title with no end stop, before a line that
    starts a sentence. A numbered section's title that ends in a small word or a comma goes on
    likewise, over a longer line ("§ 3. Theory of … Co-ordinates and" / "Times from a …")."""
    if len(out) < 2 or out[-1].kind != "heading":
        return False
    words = text.split()
    if out[-2].kind == "section-number" and (
        _OPEN_END.search(out[-1].text) or _title_runs_on(text)
    ):
        # "§ 3. Theory of the Transformation of Co-ordinates and" / "Times from a …"
        capitals = sum(w[:1].isupper() for w in words)
        return (
            out[-1].page == page
            and (_title_like(text, TITLE_MAX) or _title_runs_on(text))
            and len(words) <= 2 * SENTENCE_CASE_WORDS
            and capitals * 2 >= len(words)
        )
    if out[-2].kind not in ("number", "part-number"):
        return False
    return (
        out[-1].page == page
        and not TITLE_END.search(out[-1].text)
        and _title_like(text, TITLE_MAX)
        and text[:1].isupper()
        and len(words) <= 5
        and all(w[:1].isupper() or w in _MINOR_WORDS for w in words)
        and len(out[-1].text) + len(text) < 2 * TITLE_MAX
        and (not following or following[:1].isupper())
    )


TITLE_IN_CAPITALS_MAX = 160  # characters of a title in capitals printed over several lines


def _capitals_go_on(out: list[Line], text: str) -> bool:
    """Does `text` go on with the heading in capitals that the line right above it (no blank
    line between, same page: the caller checks) printed or finished, as a title in capitals
    printed over several lines does ("THE THREE TEMPTATIONS" / "OF LATIN AMERICA", "… IN DRUG
    INTERDICTION:" / "THE NEED FOR CAUTION …")? Only a line in capitals that ends no
    sentence."""
    if not out or out[-1].kind != "heading":
        return False
    above = out[-1]
    return (
        in_capitals(above.text)
        and in_capitals(text)
        and not text.rstrip().endswith((".", "!", "?"))
        and len(above.text) + len(text) < TITLE_IN_CAPITALS_MAX
    )


SENTENCE_CASE_WORDS = 6  # a longer line in sentence case is a sentence, not a section title


def _section_title(title: str, dotted: bool = False) -> bool:
    """A numbered section's title: title-like, starting with a capital letter and holding a
    word ("Impact of State on Testing"; not a table's "B" or a formula's "A∧B"); in sentence
    case only under a dotted number ("2.3.1" is no note's number)."""
    words = title.split()
    sentence = (
        not dotted
        and len(words) > SENTENCE_CASE_WORDS
        and sum(w[:1].isupper() for w in words) * 2 < len(words)
    )  # "The Maginot Line was a huge fortress that ran the length": a note's first line
    return (
        title[:1].isupper()
        and _title_like(title, TITLE_MAX)
        and bool(TITLE_WORD.search(title))
        and not MATH.search(title)
        and not sentence
    )


def _numbers_section(text: str, following: str) -> bool:
    """A section number alone on its line ("2", "4.1.1", "II.") with its title on the next
    line."""
    roman = bool(ROMAN_SECTION.match(text)) and roman_value(text.rstrip(".").lower()) > 0
    return (
        (bool(SECTION_NUMBER.match(text)) or roman)
        and _section_title(following, "." in text.rstrip("."))
        and label_number(following) is None
    )


NUMBERED_TITLE = re.compile(r"^(?:§\s*)?(\d{1,2}(?:\.\d{1,2}){0,3}\.?|[IVXL]{1,6}\.)\s+(\S.*)$")
# A lettered section's title in small capitals, which the extraction writes in lower case
# ("a. the history", "f. what was the point?").
LETTERED_TITLE = re.compile(r"^([a-h])\.\s+([a-z][^.!:;]{0,58}\??)$")
# One in capitals and title case, as engineering papers print it under "III." ("A. Storage of
# Scalable Video Using Data Placement").
CAPITAL_LETTERED_TITLE = re.compile(r"^([A-H])\.\s+([A-Z][^.!;]{0,70})$")
ROMAN_PREFIX = re.compile(r"^([IVXL]{1,6})\.(?:\s|$)")


def _numbered_title(text: str, following: str, previous: str, out: list[Line]) -> str:
    """The section number of a heading printed with it on one line ("1.2 Direct Mail",
    "2.2. Anti-Entropy"), between the end of a sentence (or a page's top) and a line that
    starts one, next in the outline; "" when the line is none (a numbered list's items
    follow each other: their next line starts with a number)."""
    found = NUMBERED_TITLE.match(text)
    heading_above = previous.isupper() and _title_like(previous)  # "I. KINEMATICAL PART"
    heading_above = heading_above or bool(previous and out and out[-1].kind == "heading")
    ends = bool(re.search(r"[.!?:…][”\"’')\]]*$", previous.rstrip()))  # "… system.”", "kicks in…"
    if found is None or (previous and not ends and not heading_above):
        return ""
    number, title = found.groups()
    number = number if ROMAN_SECTION.match(number) else number.rstrip(".")
    if not (
        _section_title(title, dotted=text.startswith("§"))  # a § sign says it is a section
        and _title_like(text.lstrip("§ "), TITLE_MAX)  # "§ 2. On the Relativity of …"
        and (
            following[:1].isupper()
            or following[:1] == "§"
            or _title_runs_on(following)
            or _first_child(number, following)  # "2.1. Main Components" / "2.1.1. …"
            or (ROMAN_SECTION.match(number) and in_capitals(title))  # "IV. INTERACTIVITY"
        )
        and _next_in_outline(number, out)
    ):
        return ""
    return number


def _first_child(number: str, line: str) -> bool:
    """Does `line` title the first subsection of section `number` ("2.1.1. Components …" under
    "2.1")? Items of a numbered list follow each other at one level instead."""
    found = NUMBERED_TITLE.match(line)
    return found is not None and found.group(1).rstrip(".") == f"{number.rstrip('.')}.1"


def _lettered_title(text: str, following: str, previous: str, out: list[Line]) -> bool:
    """A lettered section's title in small capitals ("b. continuity") between the end of a
    sentence and a line that starts one, the letter next after the last lettered heading
    since the last numbered one ("a" after "II. The Law …")."""
    found = LETTERED_TITLE.match(text)
    capital = CAPITAL_LETTERED_TITLE.match(text)
    if capital and len(capital.group(2).split()) >= 2 and _section_title(capital.group(2)):
        found = capital  # "A. Storage of Scalable Video", never "A. Lincoln"
    if found is None or not following[:1].isupper():
        return False
    if previous and not previous.rstrip().endswith((".", "!", "?", ":", "”", '"')):
        return False
    expected = "a"
    for line in reversed(out):
        if line.kind not in ("heading", "section-number", "number"):
            continue
        lettered = LETTERED_TITLE.match(line.text) or CAPITAL_LETTERED_TITLE.match(line.text)
        expected = chr(ord(lettered.group(1).lower()) + 1) if lettered else "a"
        break
    return found.group(1).lower() == expected


OUTLINE_LABEL = re.compile(r"^(?:(?P<roman>[IVX]{1,5})|(?P<letter>[A-H]))$")
SENTENCE_CLOSE = (".", "!", "?", ":", "”", '"', "’", ")")


def _outline_label(text: str, following: str, previous: str, out: list[Line]) -> bool:
    """A part's bare label alone on its line, as court opinions number their parts ("I",
    then "A", "B"; "II", then "A" again): between the end of a sentence (or another label)
    and a line that starts one, in order: "I" or "A" first, each next one the successor of
    the last label of its kind, a letter's count starting afresh under each numeral."""
    found = OUTLINE_LABEL.match(text)
    if found is None or not following[:1].isupper():
        return False
    if previous and not (previous.endswith(SENTENCE_CLOSE) or OUTLINE_LABEL.match(previous)):
        return False
    labels = [
        line.text for line in out if line.kind == "heading" and OUTLINE_LABEL.match(line.text)
    ]
    if found.group("letter"):
        last = labels[-1] if labels else ""  # a numeral (or nothing) before: "A" comes first
        return text == (chr(ord(last) + 1) if len(last) == 1 and last in "ABCDEFG" else "A")
    romans = [label for label in labels if OUTLINE_LABEL.match(label).group("roman")]
    return roman_value(text.lower()) == (roman_value(romans[-1].lower()) if romans else 0) + 1


def _outline(text: str) -> tuple[int, ...]:
    if ROMAN_SECTION.match(text):
        return (roman_value(text.rstrip(".").lower()),)
    return tuple(int(part) for part in text.rstrip(".").split("."))


FIRST_SECTION_MAX = 2  # the first number read may be "2": "1 Introduction" may have lost
# its number among the page furniture around it
LOST_SECTIONS = 1  # dotted section numbers may skip one whose heading the layout lost


def _outline_number(line: Line) -> str:
    """The number a line gives the outline: a chapter's or section's number, a part's label,
    or the number a heading prints before its title ("3. HPC Threat Analysis", a heading the
    contents name); "" for any other line and for a part's "II."."""
    if line.kind in ("section-number", "number", "part-number"):
        return "" if ROMAN_SECTION.match(line.text) else line.text
    found = NUMBERED_TITLE.match(line.text) if line.kind == "heading" else None
    return found.group(1) if found and not ROMAN_SECTION.match(found.group(1)) else ""


def _next_in_outline(text: str, out: list[Line]) -> bool:
    """The section number comes next after the last one read (chapters "Chapter 3" count):
    a sibling ("4.1" -> "4.2"), a first child ("4.1" -> "4.1.1"), a later section of an outer
    level ("4.1.2" -> "4.2", "4.2" -> "5"); the first one opens the outline ("1", "1.1",
    "0", or "2" after an unnumbered introduction). A stray number in a table or figure ("9"
    after "3.1") is none; a dotted number may skip one ("3" -> "3.2", "3.2" -> "3.4")."""
    new = _outline(text)
    if ROMAN_SECTION.match(text):  # parts numbered "I.", "II." apart from chapters and sections
        romans = [
            roman_value(found.group(1).lower())
            for line in out
            if line.kind in ("section-number", "heading")
            and (found := ROMAN_PREFIX.match(line.text))
        ]
        return new[0] == (romans[-1] + 1 if romans else 1)
    # Headings count only where no number stood on a line of its own: their titles the
    # contents named, printed with their numbers ("3. HPC Threat Analysis").
    printed = any(line.kind in ("section-number", "number") for line in out)
    numbers = (
        (line.kind, number)
        for line in reversed(out)
        if (line.kind != "heading" or not printed) and (number := _outline_number(line))
    )
    last = next(numbers, None)  # a part "II." numbers its sections on from the part before
    if last is not None and last[0] == "part-number":  # "Part II": chapters go on or restart
        if len(new) == 1 and new[0] <= FIRST_SECTION_MAX:
            return True
        last = next((found for found in numbers if found[0] != "part-number"), None)
    if last is None:
        return new[0] <= FIRST_SECTION_MAX
    old = _outline(last[1])
    lost = LOST_SECTIONS if len(new) > 1 else 0  # a dotted number is no stray figure
    for depth in range(min(len(old), len(new))):
        if 0 < new[depth] - old[depth] <= 1 + lost:  # the next at this level, children from 1
            return new[:depth] == old[:depth] and all(part == 1 for part in new[depth + 1 :])
        if new[depth] != old[depth]:
            return False
    return len(new) == len(old) + 1 and new[-1] <= 1 + lost


_MINOR_WORDS = {"a", "an", "and", "the", "of", "in", "on", "for", "to", "with", "by", "at", "or"}
HEADING_WORDS_MAX = 8
# A title in title case may end in a full stop, as reports print their run-in heads ("Major
# Trends in the Americas."): one of this many words or more, no other stop inside it.
RUN_IN_WORDS = 4
# A colophon's sentence, in title case because it names a country or a firm.
COLOPHON = re.compile(r"(?i)^(?:printed|published|typeset|manufactured|made|bound|reprinted)\b")
# A sentence's end, perhaps with its note's marker ("… expectations.27").
SENTENCE_ENDS = re.compile(r"[.!?]$|[^\W\d_][.!?][”’\"')\]]?\d{1,3}$")  # never "16.1"
NOTE_ENTRY = re.compile(r"^(?:\d{1,3}\.|\[\d{1,3}\])\s+[A-Z]")  # "1. See …", "[1] E. Chang"


def _between_sentences(
    previous: str, text: str, following: str, run_in: Callable[[], bool] = lambda: True
) -> bool:
    """A heading inside a page: a short line in capitals ("HYPOTHESES") or in title case
    ("Systems Studied") between a line that ends a sentence and one that starts one. One in
    title case that ends in a full stop ("Major Trends in the Americas.") is a heading too
    where `run_in` allows it (not a cited title: "Weighted Voting for Replicated Data.")."""
    division = text.rstrip(".:").casefold() in DIVISION_NAMES
    division = division or bool(NOTE_LIST_HEADING.match(text))
    opens = following[:1].isupper() or (division and bool(NOTE_ENTRY.match(following)))
    if not (SENTENCE_ENDS.search(previous.rstrip()) and opens):
        return False  # "ENDNOTES" / "1. See, e.g., …": a note list's heading
    words = text.split()
    stopped = re.fullmatch(r"[^.!?]+[^\W\d_]\.", text) and TITLE_WORD.search(text)
    stopped = stopped and not COLOPHON.match(text)  # "Printed in the United States of …."
    if division or (len(words) >= RUN_IN_WORDS and stopped and run_in()):
        text = text.removesuffix(".")  # "Conclusion.", "Major Trends in …."
    if not _title_like(text, TITLE_MAX) or len(words) > HEADING_WORDS_MAX:
        return False
    if division:
        return True
    if re.search(r"[^\W\d_][.”’]?\d{1,3}$", text):
        return False  # a note marker ("Francis Bacon.1"): the line is a paragraph's start
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 4 and all(c.isupper() for c in letters):
        return True
    return len(words) >= 2 and all(w[:1].isupper() or w in _MINOR_WORDS for w in words)


REFERENCE_LISTS = frozenset(
    (
        "bibliography",
        "works cited",
        "literature cited",
        "literaturverzeichnis",
        "literatur",
        "bibliographie",
        "bibliografía",
        "bibliografia",
    )
)


RUN_IN_LOOKBACK = 5  # headings read back for the list of references a run-in head may be in


def _run_in_allowed(out: list[Line]) -> bool:
    """May a title-case line ending in a full stop be a heading here? Only once the document
    has headings (not among a copyright page's lines: "Printed in the United States of
    America."), and not in a list of references ("References", "Bibliography"), whose cited
    titles may have been read as headings after it: a numbered heading or a division's name
    ends the list."""
    heads = (line.text for line in reversed(out) if line.kind == "heading")
    for k, head in enumerate(heads):
        name = head.strip(" .:").casefold()
        if NOTE_LIST_HEADING.match(head) or name in REFERENCE_LISTS:
            return False
        if k + 1 >= RUN_IN_LOOKBACK or name in DIVISION_NAMES or head[:1].isdigit():
            return True
    return bool(out) and any(line.kind == "heading" for line in out)


# A title in small capitals as the extraction writes them: a few lower-case words, a full stop.
# (One with a note's mark after it, "the ionian schools.1", stays text: its note needs it.)
SMALL_CAPITALS_TITLE = re.compile(r"^[^\W\d_A-Z][^\W\d_]*(?:[ ’'-][^\W\d_]+){0,7}\.$")


def _chapter_title(text: str) -> bool:
    """A chapter's title under its label: title-like, or in capitals with a full stop as old
    books print it ("ON DIFFERENT DEGREES OF SMALLNESS."), or in small capitals, which the
    extraction writes in lower case ("the byzantine school.")."""
    line = text.strip()
    return (
        _title_like(line, TITLE_MAX)
        or (capitals_with_stop(line) and len(line) <= TITLE_MAX)
        or bool(SMALL_CAPITALS_TITLE.match(line))
    )


PROSE_LINE = 40  # characters: a line this long that runs on in lower case is prose


def _opens_prose(text: str, following: str) -> bool:
    """Does `text` open a paragraph rather than title a chapter: a long line in mixed case
    that runs on into a lower-case line ("The wealth and importance of the City of London
    are due to" / "a variety of causes, …")?"""
    return (
        len(text) >= PROSE_LINE
        and following[:1].islower()
        and not text.isupper()
        and not TITLE_END.search(text)
    )


def _subheading(text: str, following: str) -> bool:
    """A short line in title case ("Integral Transformations") before a line that starts a
    sentence: under a heading, the title of its first section."""
    words = text.split()
    return (
        _title_like(text, TITLE_MAX)
        and 2 <= len(words) <= HEADING_WORDS_MAX
        and all(w[:1].isupper() or w in _MINOR_WORDS for w in words)
        and following[:1].isupper()
    )


def _title_like(text: str, longest: int = HEAD_MAX) -> bool:
    text = text.strip()
    return (
        0 < len(text) <= longest
        and not TITLE_END.search(text)
        and not CODE_CHARS.search(text)
        and (text[:1].isupper() or text[:1].isdigit())
        and not text.replace(" ", "").isdigit()
    )


# The names of a book's or thesis's divisions, which stand alone on their line as headings.
DIVISION_NAMES = frozenset(
    [
        "abstract",
        "acknowledgements",
        "acknowledgments",
        "preface",
        "foreword",
        "introduction",
        "nomenclature",
        "glossary",
        "abbreviations",
        "bibliography",
        "references",
        "index",
        "colophon",
        "epilogue",
        "prologue",
        "afterword",
        "appendix",
        "appendices",
        "conclusion",
        "conclusions",
        "summary",
        "dedication",
        "contents",
        "vorwort",
        "einleitung",
        "danksagung",
        "literaturverzeichnis",
        "zusammenfassung",
        "anhang",
        "préface",
        "avant-propos",
        "remerciements",
        "bibliographie",
        "résumé",
        "annexe",
        "prólogo",
        "prefacio",
        "agradecimientos",
        "bibliografía",
        "resumen",
        "conclusiones",
        "apéndice",
    ]
)


def _standalone_division(kept: list[tuple[int, str]], k: int) -> bool:
    """A division's name ("Abstract", "Acknowledgements") alone on its line with a blank
    line before or after it (line numbers that skip one), and text starting with a capital
    or a citation key ("[Ada93]") after it: a heading even of one word, wherever it stands on
    the page. At a page's top with a blank line under it ("Index" above "$-notation, 7"),
    whatever follows."""
    no, text = kept[k]
    if text.rstrip(".:").casefold() not in DIVISION_NAMES:
        return False
    following = kept[k + 1] if k + 1 < len(kept) else None
    if following is None:
        return False
    if k == 0 and following[0] > no + 1:
        return True
    if not (following[1][:1].isupper() or following[1][:1] == "["):
        return False
    before = kept[k - 1][0] if k else no - 2
    return before < no - 1 or following[0] > no + 1


NAME = re.compile(r"^(?:by\s+)?([A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]*){1,4})$")


def title_page(text: str) -> tuple[str, str]:
    """Title and author from the first page that has text and is not a table of contents:
    its first block of lines (dates and numbers skipped) is the title, a later line that reads
    as a person's name ("By ..." or two to five capitalised words) the author."""
    pages = text.split("\f")[:6]
    labelled = _labelled(pages)
    if labelled[0]:
        return labelled
    heads = _running_tops(text)
    constant = _constant_tops(text)
    for index, page in enumerate(pages):
        lines = [
            ln.strip()
            for ln in page.split("\n")
            if not (ln.strip().isdigit() or _MARKED_NUMBER.match(ln.strip()))  # "S32": a guide
            and _key(ln) not in heads
            and not _HEAD_LABEL.match(ln)
        ]
        content = [ln for ln in lines if ln]
        if content and _key(content[0]) in constant:
            below = lines[lines.index(content[0]) + 1 :]
            block = _first_block(below)
            if len(block) > 1 or not _name(block[0] if block else ""):
                lines, content = below, content[1:]  # "Articles" atop every page: no title
        if not content or content[0].lower() in CONTENTS_WORDS:
            continue
        if sum(bool(re.search(r"\d$", ln)) for ln in content) > len(content) / 2:
            continue
        written = Counter(_LOWER_WORD.findall(_ADDRESS.sub(" ", text)))
        title, author = _title_and_author(lines, set(written), _frequent(written))
        if not title and not author:
            continue  # a page of prose (a licence notice): the title page comes after it
        after = [p for p in pages[index + 1 : index + 3] if p.strip()][:1]  # blank pages skipped
        following = after[0].strip("\n").split("\n")[:AUTHOR_PAGE_LINES] if after else []
        return title, author or _credits_name(following)
    return "", ""


_HEAD_LABEL = re.compile(r"(?i)^\s*running\s+head\s*:")  # "Running Head: Common Ground"


def _running_tops(text: str) -> set[str]:
    """Keys (numbers masked) of first lines with a number that open REPEAT_MIN pages or more:
    a running head ("Common Ground P. 1", "Common Ground P. 2", …), no title, though it heads
    the first page."""
    tops = [next((ln for ln in page.split("\n") if ln.strip()), "") for page in text.split("\f")]
    firsts = Counter(_key(line) for line in tops)
    numbers: dict[str, set[str]] = {}
    for line in tops:
        numbers.setdefault(_key(line), set()).add(" ".join(re.findall(r"\d+", line)))
    # with its page number: a book's title alone heads its title page and its versos alike,
    # and so does a title with a year in it ("… Act of 1998"), whose number never changes
    return {
        key
        for key, times in firsts.items()
        if "#" in key and times >= REPEAT_MIN and len(numbers[key]) > 1
    }


def _first_block(lines: list[str]) -> list[str]:
    """The first lines up to a blank line, leading blank lines skipped."""
    block: list[str] = []
    for line in lines:
        if line:
            block.append(line)
        elif block:
            break
    return block


def _constant_tops(text: str) -> set[str]:
    """Keys of a first line printed on nearly every page, the title page too (CONSTANT_SHARE
    of the pages that have text): a journal's section ("Articles") or a publisher's line. A
    book's title heads its versos only, every other page."""
    tops = [next((ln for ln in page.split("\n") if ln.strip()), "") for page in text.split("\f")]
    tops = [line for line in tops if line.strip()]
    firsts = Counter(_key(line) for line in tops)
    return {
        key for key, times in firsts.items() if times >= max(REPEAT_MIN, CONSTANT_SHARE * len(tops))
    }


AUTHOR_PAGE_LINES = 12  # lines of the page after a title page where its authors may stand


def _credits_name(lines: list[str]) -> str:
    """The first name alone on its line at the top of the page after a title page that
    names no author (a half-title, then the authors' page), when those lines are short
    (credits, not prose)."""
    content = [ln.strip() for ln in lines if ln.strip()]
    if not content or any(len(ln) > 60 for ln in content):
        return ""
    name = next((_name(ln) for ln in content if _name(ln)), "")
    return name.title() if name.isupper() else name


TITLE_LABEL = re.compile(r"^(?:Title|Titre|Titel|Título|Titolo):\s+(\S.{0,150})$")
AUTHOR_LABEL = re.compile(r"^(?:Author|Auteur|Autor|Autore|By):\s+(\S.{0,100})$")


def _labelled(pages: list[str]) -> tuple[str, str]:
    """A title and an author given by labels on early pages ("Title: Viking Tales" /
    "Author: Jennie Hall", as electronic editions print them), else ("", "")."""
    lines = [ln.strip() for page in pages for ln in page.split("\n")]
    title = next((m.group(1) for ln in lines if (m := TITLE_LABEL.match(ln))), "")
    author = next((m.group(1) for ln in lines if (m := AUTHOR_LABEL.match(ln))), "")
    return (title, author) if title else ("", "")


_LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")
# A web or e-mail address ("ben@moseley.name"): its words are no prose.
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+")


FREQUENT_LOWER = 3  # times a word is written in lower case to be an ordinary word ("culture")


def _frequent(written: Counter[str]) -> frozenset[str]:
    return frozenset(word for word, times in written.items() if times >= FREQUENT_LOWER)


def _title_and_author(
    lines: list[str],
    lower: set[str] | frozenset[str] = frozenset(),
    frequent: frozenset[str] = frozenset(),
) -> tuple[str, str]:
    """The title (the first block of lines) and the author (the first later line that reads as
    a name and is not made of words the document writes in lower case: "Position Paper")."""
    block: list[str] = []
    rest: list[str] = []
    for k, line in enumerate(lines):
        named = _name(line) and not _common_words(_name(line), frequent)  # no "Open Access"
        ends = block and ((named and not _name_follows(lines, k)) or re.search(r"\d|@", line))
        ends = ends and not _OPEN_END.search(block[-1])  # "CRIMINALIZATION: AN" goes on
        if not line or ends or (not block and (_number_line(line) or _COPYRIGHT.match(line))):
            if block and all(_institution(ln) for ln in block):
                block = []  # "ZURICH UNIVERSITY OF …" / "DEPARTMENT …": who issues it, no title
            if block and _ISSUE_LINE.match(line):
                block = []  # "Michigan Law Review" / "Volume 123": a journal's, on a cover sheet
            if block and _prose(block):
                block = []  # "To appear in … New York: Wiley. Do not quote …": a note, no title
            if block and any(is_ui_line(ln) for ln in block):
                block = []  # "-Buy a copy of this book:" / "click here": a link, no title
            if block:
                rest = lines[k:]
                break
            continue
        block.append(line)
    if block and not rest and _prose(block):
        block = []  # a page of prose only (a licence notice before the title page): no title
    after = next((ln for ln in rest if ln), "")
    title_below = _block_after(rest)
    if (
        len(block) == 1
        and _name(block[0])
        and not _common_words(_name(block[0]), frequent)  # "FREE CULTURE" is a title
        and title_below
        and not _name(title_below[0])
    ):
        below = rest[rest.index(title_below[-1]) + 1 :][:AUTHOR_PAGE_LINES]
        if not any(_name(ln) for ln in below):  # "ADA QUILL" / "A LIFE" / "by Ann Weir"
            name = _name(block[0])
            return " ".join(title_below)[:200], name.title() if name.isupper() else name
    if len(block) > 1 and _name(block[-1]) and block[-1] != block[-1].upper() and not _name(after):
        block, rest = block[:-1], [block[-1], *rest]
    found = next(
        (k for k, ln in enumerate(rest) if _name(ln) and not _common_words(_name(ln), lower)), None
    )
    author = _name(rest[found]) if found is not None else ""
    while found is not None and re.search(r"(?:,|\sand)$", rest[found]) and found + 1 < len(rest):
        found += 1  # "Alan Demers, Mark Gealy, Dan Greene," / "Wes Irish, John Larson, and …"
        more = _name(rest[found]) or _name(re.sub(r"^(?:and|&)\s+", "", rest[found]))
        if not more:
            break
        author = f"{author}, {more}"
    return " ".join(block)[:200], author.title() if author.isupper() else author


# A title line that cannot end the title: it ends with a colon, a dash or a small word
# ("CRIMINALIZATION: AN" / "EXCEPTIONALLY AMERICAN" / "RESPONSE TO HOMELESSNESS").
_OPEN_END = re.compile(r"(?i)(?:[:;,—–]|\s(?:a|an|the|of|and|or|in|on|to|for|with|from|at|as))$")
# A copyright line printed above the title ("COPYRIGHT © 2025 VIRGINIA LAW REVIEW …").
_COPYRIGHT = re.compile(r"(?i)^(?:copyright\b|©|\(c\)\s)")


def _prose(block: list[str]) -> bool:
    """Do the lines read as sentences (a note above a title): MIN_PROSE_WORDS words or more
    and a full stop closing one of them?"""
    text = " ".join(block)
    return len(text.split()) >= MIN_PROSE_WORDS and bool(re.search(r"[a-z]{2}\.(?:\s|$)", text))


MIN_PROSE_WORDS = 14


def _block_after(rest: list[str]) -> list[str]:
    """The block of lines after the first (blank lines around it), when it is short and in
    capitals as a title is ("THE OLD REGIME AND THE" / "“REVOLUTION”"), else []."""
    lines = list(rest)
    while lines and not lines[0]:
        lines.pop(0)
    block = lines[: lines.index("")] if "" in lines else lines
    text = " ".join(block)
    if not block or len(block) > 3 or len(text) > 160 or not text.isupper():
        return []
    return block


def _common_words(line: str, lower: set[str]) -> bool:
    """Every word of `line` is one the document writes in lower case."""
    words = re.findall(r"[^\W\d_]+", line)
    return bool(words) and all(w.casefold() in lower for w in words)


def _name_follows(lines: list[str], k: int) -> bool:
    """Does the line at `k` end its block, and the next line after the blank read as a name?
    Then the line at `k` is the title's last line ("Iterative Consecutive Executions") and
    the later one its author."""
    if k + 1 < len(lines) and lines[k + 1]:
        return False
    following = next((ln for ln in lines[k + 1 :] if ln), "")
    return bool(_name(following)) and not lines[k].lower().startswith("by ")


_MONTH_YEAR = re.compile(
    r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?\d{4}\b"
)


def _number_line(line: str) -> bool:
    """A line of numbers, a date or a citation ("2019", "Draft August 19, 2019", "Jl. of X
    (2008) 19(2), 185-224"), no title: a title may hold a number among its words ("OWASP TOP
    10")."""
    if not re.search(r"\d", line):
        return False
    words = re.findall(r"[^\W\d_]{3,}", line)
    numbers = re.findall(r"\d+", line)  # a journal's citation line: "(2008) 19(2), 185-224"
    return len(words) < 2 or len(numbers) >= 3 or bool(_MONTH_YEAR.search(line))


# Words of a publisher's or an institution's name, never of a person's.
INSTITUTION_WORDS = frozenset(
    {
        "press",
        "publishers",
        "publishing",
        "publications",
        "books",
        "company",
        "university",
        "college",
        "institute",
        "school",
        "faculty",
        "department",
        "library",
        "verlag",
        "editions",
        "éditions",
        "editorial",
        "editrice",
        "inc",
        "ltd",
        "llc",
        "gmbh",
        "society",
        "foundation",
        # the same in other languages
        "universidade",
        "universidad",
        "université",
        "università",
        "universität",
        "universiteit",
        "faculdade",
        "facultad",
        "faculté",
        "facoltà",
        "fakultät",
        "instituto",
        "institut",
        "istituto",
        "escola",
        "escuela",
        "école",
        "hochschule",
        "departamento",
        "département",
        "dipartimento",
    }
)
# Small capitals split after their first letter ("E NGENHARIA DA U NIVERSIDADE").
_SPLIT_CAPITAL = re.compile(r"\b([A-ZÀ-Ý]) (?=[A-ZÀ-Ý]{2,})")


def _institution(line: str) -> bool:
    """A line naming an institution: one of its words is an institution's ("University",
    "Department", "Institute")."""
    words = re.findall(r"[^\W\d_]+", _SPLIT_CAPITAL.sub(r"\1", line))
    return any(word.casefold() in INSTITUTION_WORDS for word in words)


# A society's grade after an author's name, as engineering journals print it ("Ana Ruiz,
# Senior Member, IEEE", "Ed Chang, Fellow, IEEE").
MEMBERSHIP = re.compile(r",\s+(?:(?:Senior|Student|Life)\s+)?(?:Member|Fellow),\s+[A-Z]{2,6}\b")
NAME_LIST = re.compile(r",\s+(?:and\s+|&\s+)?|\s+(?:and|&)\s+")  # "A, B, and C", "A & B"
MAX_NAMES = 6


def _name(line: str) -> str:
    """A person's name ("By " dropped; life dates in brackets after it ignored), or the
    names of a line that lists two to six of them ("Ann Weir, Tarvo Kell, and Mara Quell"),
    joined by ", "; a list that runs on to the next line ends in a comma or "and"
    ("Benjamin H. Sigelman, Mike Burrows, Pat Stephenson,"); else ""."""
    line = unicodedata.normalize("NFC", line)  # "André" with a combining accent is one word
    line = re.sub(r"(?i)^(?:(?:also|other\s+books|books)\s+)?by\s+", "", line.strip())
    line = MEMBERSHIP.sub("", line)  # "Ed Chang and Ana Ruiz, Member, IEEE"
    listed = line  # "By Ann Weir", "ALSO BY ANN WEIR" (her other books: she is the author)
    if "," in listed:
        listed = re.sub(r"(?:,|\s+and|\s+&)$", "", listed)  # the list goes on below
    parts = NAME_LIST.split(listed)
    if 2 <= len(parts) <= MAX_NAMES:
        names = [_one_name(part) for part in parts]
        return ", ".join(names) if all(names) else ""
    return _one_name(line)


# A journal's volume or issue line on a cover sheet or a first page ("Volume 123", "Issue 8").
_ISSUE_LINE = re.compile(r"(?i)^(?:volume|vol\.|issue|number|no\.)\s+\d+\s*$")
# Words in capitals that a title has and a name has not ("… OF DETENTION FACILITIES").
_TITLE_WORDS_IN_CAPITALS = frozenset({"OF", "THE", "IN", "AND", "FOR", "ON", "TO", "A", "AN", "AT"})


def _one_name(line: str) -> str:
    line = re.sub(r"\s*\([^)]*\d[^)]*\)\s*$", "", line.strip())
    line = line.rstrip("*∗†‡").rstrip()  # "Wynne Graham∗": the mark of a note on the author
    match = NAME.match(line)
    if not match or re.search(r"\d", line) or len(line) > 50:
        return ""
    if line.isupper() and _TITLE_WORDS_IN_CAPITALS & set(line.split()):
        return ""  # "JUDICIAL OVERSIGHT OF DETENTION FACILITIES": a title's second line
    if any(word.strip(".,").lower() in INSTITUTION_WORDS for word in line.split()):
        return ""
    return match.group(1)
