"""Pages of text extracted with form feeds (pdftotext's default): page furniture found by
repetition and position, not by any book's strings.

- a printed line-number column: numbers alone on a line rising by one through the document, or
  from 1 on each page;
- page numbers (arabic or roman) among the first or last two lines of a page, accepted when
  their offset from the page's index is shared by other pages (the numbering runs on);
- running heads: a short line beside such a page number at the top, or a first/last line
  that repeats (digits ignored: a slug line with varying numbers) on several pages.

Furniture leaves the text (logged) and becomes the page's label and running head; what stays is
classified into text lines and headings by pdf_text_headings ("Chapter 3", "CHAPTER THREE",
"Part Two" with or without a title on the next line; numbered sections; a short title-like
line opening a page).
"""

from __future__ import annotations

import heapq
import re
from collections import Counter
from itertools import pairwise

from ..report import Report
from . import pdf_text_numbered as numbered_notes
from .pdf_text_contents import contents_headings
from .pdf_text_headings import _classify, _numbers_section
from .pdf_text_labels import (
    CHAPTER_HEAD,
    CODE_CHARS,
    HEAD_MAX,
    LABEL,
    NUMBER,
    SECTION_NUMBER,
    TITLE_END,
    TITLE_WORD,
    label_number,
)
from .pdf_text_layout import Line, Page, _number_pages, roman_value
from .textblocks import in_capitals

REPEAT_MIN = 3
HEAD_BLOCK = 3  # a page number may stand on any of a page's first three lines


def has_pages(text: str) -> bool:
    """Form feeds mark the pages (at least three)."""
    return text.count("\f") >= 3


def _line_column(pages: list[list[str]]) -> set[tuple[int, int]]:
    """(page, line) positions of a printed line-number column, when the document has one:
    numbered through the document, or afresh on each page (_page_columns)."""
    return max(_document_column(pages), _page_columns(pages), key=len)


PAGE_COLUMN_MIN = 10  # lone numbers 1, 2, 3, … on one page that make a line-number column
# A number of the column may carry a proof's mark or a stray letter or two of a cropped word
# beside it ("S32", "33R", "In16", "17Co").
_MARKED_NUMBER = re.compile(r"^[A-Za-z]{0,2}(\d{1,3})[A-Za-z]{0,2}$")


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


def _opening_titles(texts: list[list[str]], heads: set[tuple[int, int]]) -> set:
    """The first place of a running head printed in capitals on every later page ("WORKS
    CITED") where the first one is not ("Works Cited"): the title on the division's opening
    page, which the running heads repeat."""
    places: dict[str, list[tuple[int, int]]] = {}
    for p, i in sorted(heads):
        places.setdefault(_key(texts[p][i]), []).append((p, i))
    found = set()
    for (p, i), *later in places.values():
        if (
            len(later) >= REPEAT_MIN - 1
            and not in_capitals(texts[p][i])
            and all(in_capitals(texts[q][j]) for q, j in later)
        ):
            found.add((p, i))
    return found


def find_furniture(
    texts: list[list[str]], report: Report, keep: set[tuple[int, int]] | None = None
) -> tuple[list[Page], set, set]:
    """Each page's label and running head; the (page, line) positions that are furniture, less
    those of `keep` (headings the contents name, which also run at the head of their pages);
    and the places of divisions' titles that running heads repeat (_opening_titles)."""
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
    slugs = _slug_lines(content, texts) - furniture
    furniture |= slugs
    heads = furniture - column
    titles = _opening_titles(texts, heads)
    for p, i in titles:  # the page prints its division's title, no running head
        if pages[p].running_head == texts[p][i].strip():
            pages[p].running_head = ""
    furniture -= (keep or set()) | _first_chapter_heads(texts, heads) | titles
    for p, i in sorted(furniture - column):
        kind = (
            "page-number" if numbers.get(p) == i else "slug" if (p, i) in slugs else "running-head"
        )
        report.remove(kind, starts[p] + i + 1, texts[p][i].strip())
    return pages, furniture, titles


SLUG_SHARE = 0.6  # of the pages that print one line (digits aside) somewhere on the page
SLUG_PAGES = 4  # ... and at least this many
SLUG_PROSE_WORDS = 5  # words in lower case that make a line prose, however often it recurs
_DIGITS = re.compile(r"\d+")
_CLAUSE_END = re.compile(r"[.!?,;:\u201d\"\u2019)]$")


def _slug_lines(content: list[list[int]], texts: list[list[str]]) -> set[tuple[int, int]]:
    """The (page, line) places of a printer's or typesetter's slug: a line printed once on
    most pages, anywhere on the page since the extraction may put a margin's rotated text
    amid the columns ("VerDate Sep<11>2014", "Frm 00003", "E:\\FR\\FM\\06AUP1.SGM", a
    download stamp), its digits free to change. A line that ends a clause ("HAMLET.", a
    refrain), reads as prose, is only a number, or stands twice on one page is none."""
    places: dict[str, list[tuple[int, int]]] = {}
    for p, idx in enumerate(content):
        for i in idx:
            line = " ".join(texts[p][i].split())
            prose = sum(word.isalpha() and word.islower() for word in line.split())
            if (
                _CLAUSE_END.search(line)
                or prose >= SLUG_PROSE_WORDS
                or not re.search(r"[^\W\d_]", line)
            ):
                continue
            places.setdefault(_DIGITS.sub("#", line), []).append((p, i))
    pages = sum(1 for idx in content if idx)
    found: set[tuple[int, int]] = set()
    for where in places.values():
        held = {p for p, _ in where}
        if len(held) == len(where) and len(held) >= max(SLUG_PAGES, SLUG_SHARE * pages):
            found.update(where)
    return found


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
    pages, furniture, titles = find_furniture(texts, report, headings)
    headings |= titles  # a division's title on its opening page, which running heads repeat
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
