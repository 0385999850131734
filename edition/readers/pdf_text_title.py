"""Title and author of PDF-extracted text from its first pages: "Title:" / "Author:" labels,
or the title page (running heads, series numbers, licence pages and links skipped)."""

import re
import unicodedata
from collections import Counter

from .letter_spacing import despaced, letter_spaced, vocabulary
from .pdf_text_labels import OPEN_END
from .pdf_text_pages import _MARKED_NUMBER, CONSTANT_SHARE, REPEAT_MIN, _key
from .shape_features import is_ui_line
from .textblocks import CONTENTS_WORDS

NAME = re.compile(r"^(?:by\s+)?([A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]*){1,4})$")


def title_page(text: str) -> tuple[str, str]:
    """Title and author from the first page that has text and is not a table of contents:
    its first block of lines (dates and numbers skipped) is the title, a later line that reads
    as a person's name ("By ..." or two to five capitalised words) the author."""
    pages = text.split("\f")[:6]
    labelled = _labelled(pages)
    if labelled[0]:
        return labelled
    tops = _page_tops(text)
    heads, constant = _running_tops(tops), _constant_tops(tops)
    pages = _despaced(pages, text)
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


def _despaced(pages: list[str], text: str) -> list[str]:
    """The pages with their letter-spaced lines read back as words ("C H R I S TO P H" →
    "CHRISTOPH"), from the words the document writes elsewhere."""
    lines = [page.split("\n") for page in pages]
    if not any(letter_spaced(line) for page in lines for line in page):
        return pages
    words = vocabulary(text)
    return ["\n".join(despaced(line, words) for line in page) for page in lines]


def _page_tops(text: str) -> list[str]:
    """Each page's first line with text ("" for a blank page)."""
    return [next((ln for ln in page.split("\n") if ln.strip()), "") for page in text.split("\f")]


def _running_tops(tops: list[str]) -> set[str]:
    """Keys (numbers masked) of first lines (`tops`, _page_tops) with a number that open
    REPEAT_MIN pages or more: a running head ("Common Ground P. 1", "Common Ground P. 2", …),
    no title, though it heads the first page."""
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


def _constant_tops(tops: list[str]) -> set[str]:
    """Keys of a first line (`tops`, _page_tops) printed on nearly every page, the title page
    too (CONSTANT_SHARE of the pages that have text): a journal's section ("Articles") or a
    publisher's line. A book's title heads its versos only, every other page."""
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
    spaced = _spaced_title_page(lines)
    if spaced[0]:
        return spaced
    block: list[str] = []
    rest: list[str] = []
    for k, line in enumerate(lines):
        named = _name(line) and not _common_words(_name(line), frequent)  # no "Open Access"
        ends = block and ((named and not _name_follows(lines, k)) or re.search(r"\d|@", line))
        ends = ends and not OPEN_END.search(block[-1])  # "CRIMINALIZATION: AN" goes on
        if not line or ends or (not block and (_number_line(line) or _COPYRIGHT.match(line))):
            if block and all(_institution(ln) for ln in block):
                block = []  # "ZURICH UNIVERSITY OF …" / "DEPARTMENT …": who issues it, no title
            if block and _ISSUE_LINE.match(line):
                block = []  # "Michigan Law Review" / "Volume 123": a journal's, on a cover sheet
            if block and all(_SERIES_NUMBER.search(ln) for ln in block):
                block = []  # "NIST Special Publication 800" / "NIST SP 800-223": a series
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
        and not (_name(title_below[0]) and not _common_words(_name(title_below[0]), frequent))
    ):
        name = _name(block[0])
        below = rest[rest.index(title_below[-1]) + 1 :][:AUTHOR_PAGE_LINES]
        # "ADA QUILL" / "A LIFE" / "by Ann Weir"; "ADA QUILL PRESS", her imprint, names no other
        if not any(_name(ln) and name not in _name(ln) for ln in below):
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


SPACED_TITLE_LINES = 8  # short lines that an old book's title page sets over "by"
SPACED_TITLE_WORDS = 5


def _spaced_title_page(lines: list[str]) -> tuple[str, str]:
    """An old book's title page, set a short line at a time with space around each ("A" /
    "SENTIMENTAL JOURNEY" / "through" / "FRANCE" / "by" / "Mr. YORICK."): the lines over the
    "by" line are the title, the name under it the author."""
    by = next((k for k, line in enumerate(lines) if line.casefold() == "by"), None)
    if by is None:
        return "", ""
    above = lines[:by]
    filled = [k for k, line in enumerate(above) if line]
    author = _name(next((line for line in lines[by + 1 :] if line), "").rstrip("."))
    short = all(len(above[k].split()) <= SPACED_TITLE_WORDS for k in filled)
    if not (author and short and 1 < len(filled) <= SPACED_TITLE_LINES):
        return "", ""
    title = " ".join(above[k] for k in filled).rstrip(".,")
    return title, " ".join(word.title() if word.isupper() else word for word in author.split())


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
# A report series and its number ("Special Publication 800", "SP 800-223", "Technical Report
# 2010-1", "Working Paper No. 12"), which stands above a report's title.
_SERIES_NUMBER = re.compile(
    r"(?i)\b(?:publication|report|paper|series|bulletin|circular|memorandum|sp|no\.|number)"
    r"\s+(?:no\.\s*)?[a-z]{0,4}[-.]?\d[\w.-]*$"
)
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
