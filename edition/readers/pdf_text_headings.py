"""Headings among the text lines of PDF-extracted pages: chapter and part labels, numbered,
lettered and outline sections, titles between sentences, run-in heads and division names;
each line is classified as text, heading or a section's number (pdf_text_pages.scan)."""

import re
from collections.abc import Callable

from .note_resolver import NOTE_LIST_HEADING
from .pdf_text_labels import (
    CHAPTER_HEAD,
    CODE_CHARS,
    HEAD_MAX,
    MATH,
    OPEN_END,
    ROMAN_SECTION,
    SECTION_NUMBER,
    TITLE_END,
    TITLE_MAX,
    TITLE_WORD,
    label_number,
    part_label,
)
from .pdf_text_layout import Line, Page, roman_value
from .textblocks import capitals_with_stop, in_capitals


def _classify(
    kept: list[tuple[int, str]], p: int, page: Page, out: list[Line], listed: set[int]
) -> None:
    """Text lines and headings of one page (`listed`: line numbers of titles the contents
    name)."""
    previous_ends = not out or bool(re.search(r"[.!?:”\"’)]$", out[-1].text))
    joined: set[int] = set()  # second lines of run-in heads printed over two lines
    for k, (no, text) in enumerate(kept):
        if k in joined:
            continue
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
            part = part_label(text) if titled else ""
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
        elif (
            (k > 0 or out)
            and k + 2 < len(kept)
            and kept[k + 1][0] == no + 1
            and _run_in_over_two_lines(
                kept[k - 1][1] if k else out[-1].text, text, following, kept[k + 2][1]
            )
            and _run_in_allowed(out)
        ):
            kind, text = "heading", f"{text} {following}".removesuffix(".")
            joined.add(k + 1)  # "The Importance of Latin America" / "and the Caribbean …."
        elif out and out[-1].kind == "heading" and _subheading(text, following):
            kind = "heading"  # a section's title right under its chapter's
        elif _standalone_division(kept, k):
            kind = "heading"  # "Abstract" between blank lines, after an epigraph
        elif _letter_spaced(text) and _opens_a_block(kept, k):
            kind = "heading"  # "C A L A I S." set letter-spaced, alone on its line
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
    if out[-2].kind == "section-number" and (OPEN_END.search(out[-1].text) or _title_runs_on(text)):
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
        and _title_words(words)
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
RUN_IN_STOP = re.compile(r"[^.!?]+[^\W\d_]\.")  # one full stop, at the end, after a letter
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
    stopped = RUN_IN_STOP.fullmatch(text) and TITLE_WORD.search(text)
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
    return len(words) >= 2 and _title_words(words)


def _title_words(words: list[str]) -> bool:
    """Every word capitalised or a small word ("and", "of", "the")."""
    return all(w[:1].isupper() or w in _MINOR_WORDS for w in words)


RUN_IN_TWO_LINES_WORDS = 16
_INITIALISM = re.compile(r"\b(?:[A-Z]\.){2,}")  # "U.S.": no sentence's stop


def _run_in_over_two_lines(previous: str, first: str, second: str, after: str) -> bool:
    """A run-in head in title case printed over two lines between two sentences ("… return." /
    "The Importance of Latin America" / "and the Caribbean to U.S. National Interests." /
    "The U.S. National Security …"): the first line ends in no stop, the second ends in a
    full stop and holds no other; together up to RUN_IN_TWO_LINES_WORDS words, each
    capitalised or a small word. The first line may end in a colon before a subtitle ("… Security
    Environment:" / "Threats and Challenges."). The line above is prose (half its words or more
    in lower case), not a list of references."""
    if not (SENTENCE_ENDS.search(previous.rstrip()) and after[:1].isupper()):
        return False
    above = previous.split()
    if sum(word[:1].islower() for word in above) * 2 < len(above):
        return False  # a cited title or names above ("Another Advantage of Free Choice."): no prose
    if not first[:1].isupper() or re.search(r"[.,;!?]$", first) or COLOPHON.match(first):
        return False
    if re.search(r"[.!?]\s", _INITIALISM.sub("US", first)):
        return False  # "Report No. AFRL-…": a sentence's stop inside
    if not RUN_IN_STOP.fullmatch(_INITIALISM.sub("US", second)):
        return False
    words = f"{first} {second}".split()
    return RUN_IN_WORDS <= len(words) <= RUN_IN_TWO_LINES_WORDS and _title_words(words)


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
    seen = False  # a heading before: the document has its structure
    for k, head in enumerate(heads):
        name = head.strip(" .:").casefold()
        if NOTE_LIST_HEADING.match(head) or name in REFERENCE_LISTS:
            return False
        if k + 1 >= RUN_IN_LOOKBACK or name in DIVISION_NAMES or head[:1].isdigit():
            return True
        seen = True
    return seen


# A title in small capitals as the extraction writes them: a few lower-case words, a full stop.
# (One with a note's mark after it, "the ionian schools.1", stays text: its note needs it.)
SMALL_CAPITALS_TITLE = re.compile(r"^[^\W\d_A-Z][^\W\d_]*(?:[ ’'-][^\W\d_]+){0,7}\.$")


def _chapter_title(text: str) -> bool:
    """A chapter's title under its label: title-like, also a question or an exclamation, or
    in capitals with a full stop as old books print it ("ON DIFFERENT DEGREES OF
    SMALLNESS."), or in small capitals, which the extraction writes in lower case ("the
    byzantine school.")."""
    line = text.strip()
    return (
        _title_like(line, TITLE_MAX)
        or (line[-1:] in ("?", "!") and _title_like(line[:-1], TITLE_MAX))  # "What Is Art?"
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
        and _title_words(words)
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
        "works cited",
        "literature cited",
        "further reading",
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
        "resumo",
        "agradecimentos",
        "riassunto",
        "ringraziamenti",
        "bibliografia",
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


LETTER_SPACED_MIN = 4  # letters of a word set letter-spaced ("C A L A I S.")


def _letter_spaced(text: str) -> bool:
    """A line of capitals set apart letter by letter, as old books print their chapters'
    titles ("C A L A I S.", "T H E M O N K."): four letters at least, nearly all of them
    alone (a kerned pair such as "TA" may stick), ending no clause with a comma."""
    words = text.strip().removesuffix(".").split()
    single = sum(len(word) == 1 for word in words)
    return (
        single >= LETTER_SPACED_MIN
        and single >= 0.8 * len(words)
        and all(word.isalpha() and word.isupper() and len(word) <= 2 for word in words)
    )


def _opens_a_block(kept: list[tuple[int, str]], k: int) -> bool:
    """A blank line (or the page's top) above the line, or another line set letter-spaced
    ("T H E M O N K." above "C A L A I S.")."""
    no = kept[k][0]
    return k == 0 or kept[k - 1][0] < no - 1 or _letter_spaced(kept[k - 1][1])


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
