"""Numbered footnotes of PDF-extracted text: bodies at a page's foot ("12 See Hale, p. 4."),
markers the extraction flattened onto the words above them ("word.12", "reform,3", "said”4").

A page's foot is the run of lines from the first one that starts with a number (or is a number
alone, its body on the next line) to the end of
the page, where the note numbers go up by one and every number has its marker higher on the
same page (a numbered list in the text has no markers, so it stays text). Lines between two
numbered lines are the first note's continuation. A rule drawn above the foot is furniture.
Notes a page marks but whose bodies its foot lacks open the next page, above its text (a long
foot runs over); some word processors set a marker apart by a space ("visa, 14")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from .pdf_text_layout import Line, blank_between

BODY_START = re.compile(r"^(\d{1,4})\.?\s+(?=\S)")
BARE_NUMBER = re.compile(r"^(\d{1,4})\.?\s*$")  # a note number alone, its body on the next line
# A number glued to a word or to punctuation after it ("report,2", "in 1911.1"), not to more
# digits or letters after it; "2.1" and "12.3" are section or exercise numbers, not markers.
# Up to three closing marks may stand between the word and the number: "(ARPA).1",
# "“mitigate”,2", "attitude.’”77", "rehabilitati[on].”132", "interest[]”60" (an empty
# alteration in a quotation), "in 1831.”331", ". . . .’”41" (after an elision).
MARKER = re.compile(
    r"(?:(?<=[^\W\d_])|(?<=[^\W_][.,;:!?”’\"')\]])|(?<=[^\W_][.,;:!?”’\"')\]]{2})"
    r"|(?<=[^\W_][.,;:!?”’\"')\]]{3})|(?<=\[\])|(?<=\[\][.,;:!?”’\"')])"
    r"|(?<=\s\.[”’\"'])|(?<=\s\.[”’\"'][”’\"'])"  # ". . . .’”41": after an elision
    r"|(?<=\[\][.,;:!?][”’\"')]))"
    r"(?<!\b\d\.)(?<!\b\d\d\.)(\d{1,4})(?=[\s,.;:!?)\]”’\"—–-]|$)"
)
# A number set apart from its word by a space ("to process his visa, 14", "Pennsylvania
# 84—"), as some word processors' PDFs print a marker.
SPACED_NUMBER = re.compile(
    r"(?<=[^\W\d_][,.;:”’\"]) (\d{1,4})(?=\s|$)|(?<=[^\W\d_]) (\d{1,4})(?=[—–])"
)  # "Pennsylvania 84—all but": before a dash too
# Stricter, for notes numbered on a line alone: the number glued to a word of two letters or
# more, or to such a word and its punctuation ("Archytas.1"); never "1:5" or "2x3" (a
# program's output).
WORD_MARKER = re.compile(
    r"(?:(?<=[^\W\d_]{2})|(?<=[^\W\d_]{2}[.,;:!?”’\"')\]])|(?<=[^\W\d_]{2}[.,;:!?][”’\"')\]])"
    r"|(?<=[^\W\d_]{2}[”’\"')\]][.,;:!?])|(?<=[0-9][)\]][.,;:])"  # "sector),80", "2021).152"
    r"|(?<=[^\W\d_]['’][^\W\d_][.,;:!?”’\"')\]]))"  # "Paul's.53"
    r"(\d{1,4})(?=[\s,.;:!?)\]”’\"—–-]|$)"
)
# Dot leaders of a table of contents ("Scripts . . . . 12", "Scripts ... 12"): no footnote. An
# ellipsis inside a quotation (". . . and a concern", ". . . .") is no leader.
LEADERS = re.compile(r"(?:\.\s?){5,}|\.\s?\.\s?\.\s*\d+\s*$")
# A word of two letters or more, or an abbreviation of single letters ("U.S." in a citation:
# "482 U.S. 78 (1987).").
WORD = re.compile(r"[^\W\d_]{2,}|\b[A-Z]\.(?:\s?[A-Z]\.)+")
# A run of this many notes may have one number whose marker the extraction broke.
MIN_RUN_WITH_UNMARKED = 4
# The rule a typesetter draws above a page's footnotes, as the extraction writes it: a run of
# dashes or underscores, perhaps with one stray glyph at its end ("–––––––�").
RULE = re.compile(r"^[_\-‐‒–—―─━⎯]{10,}\W?$")
# Glued markers a page's run of notes needs when others are set apart by a space.
MIN_GLUED = 2
# A foot line starting with a number more than this beyond the next note's continues a note.
MAX_SKIPPED = 5
# At most this share of a page's lines are footnotes (a page of numbered list is text).
MAX_FOOT_SHARE = 0.6  # unless a rule or a blank line stands above the foot (long notes),
MIN_LONG_FOOT = 3  # or a run of this many notes, each marked in the text above


def _reads_as_note(text: str) -> bool:
    """A body's first line has words or abbreviations ("2 ." under a fraction has none) and no
    dot leaders."""
    return bool(WORD.search(text)) and not LEADERS.search(text)


def pages(lines: list[Line]) -> Iterator[list[int]]:
    """Indexes of the text lines of each page, in order."""
    current: list[int] = []
    page = None
    for index, line in enumerate(lines):
        if line.page != page:
            if current:
                yield current
            current, page = [], line.page
        if line.kind == "text":
            current.append(index)
    if current:
        yield current


def foot(
    lines: list[Line], indexes: list[int], carried: frozenset[int] = frozenset()
) -> list[tuple[int, int]]:
    """(line index, note number) of each note start at this page's foot, or [] when none.
    `carried`: numbers whose markers stand on the page before with no body there; their
    bodies may open this page's foot wherever it starts (long notes run over)."""
    strays = stray_labels(lines, indexes)
    numbered = [
        (position, int(found.group(1)))
        for position, index in enumerate(indexes)
        if index not in strays and (found := _note_start(lines, indexes, position))
    ]
    for start, (position, first) in enumerate(numbered):
        ruled = position > 0 and RULE.match(lines[indexes[position - 1]].text)
        set_apart = ruled or _set_apart_to_the_end(lines, indexes, position) or first in carried
        early = position < len(indexes) * (1 - MAX_FOOT_SHARE) - 1 and not set_apart
        run = _in_sequence(numbered[start:], frozenset(strays.values()))
        if run is None:
            continue
        inside = sum(run[0][1] < n < run[-1][1] for n in strays.values())  # labels moved away
        if early and len(run) + inside < MIN_LONG_FOOT:
            continue
        above = " ".join(lines[i].text for i in indexes[:position])
        bare = any(BARE_NUMBER.match(lines[indexes[p]].text) for p, _ in run)
        markers = {int(m.group(1)) for m in (WORD_MARKER if bare else MARKER).finditer(above)}
        markers |= carried
        spaced = {int(n or m) for n, m in SPACED_NUMBER.findall(above)}
        # The whole run, else the run without its unmarked last lines that read as running
        # text: a line of the last note's body that starts with the next number ("5 and 40
        # percent …", quoted).
        head = _marked_head(lines, indexes, run, markers)
        for candidate in dict.fromkeys((tuple(run), head)):
            unmarked = [number for _, number in candidate if number not in markers]
            if early and (len(unmarked) > 1 or unmarked and len(candidate) < MIN_RUN_WITH_UNMARKED):
                continue  # a foot longer than MAX_FOOT_SHARE: its notes must be marked above
            if (
                not unmarked
                or (len(candidate) + inside >= MIN_RUN_WITH_UNMARKED and len(unmarked) == 1)
                or (set(unmarked) <= spaced and len(candidate) - len(unmarked) >= MIN_GLUED)
            ):  # markers a word processor set apart ("visa, 14") beside glued ones
                return [(indexes[p], number) for p, number in candidate]
    return []


def _marked_head(
    lines: list[Line], indexes: list[int], run: list[tuple[int, int]], markers: set[int]
) -> tuple[tuple[int, int], ...]:
    """The run without its last entries that no marker above cites and whose words go on in
    lower case, as a line of running text does ("5 and 40 percent of …"); one entry kept."""
    end = len(run)
    while end > 1 and run[end - 1][1] not in markers:
        text = BODY_START.sub("", lines[indexes[run[end - 1][0]]].text)
        if not text[:1].islower():
            break
        end -= 1
    return tuple(run[:end])


def _in_sequence(
    numbered: list[tuple[int, int]], strays: frozenset[int] = frozenset()
) -> list[tuple[int, int]] | None:
    """The notes of a foot that starts at numbered[0], each the next number, or None when a
    note number is skipped (unless its label strayed to the page's end, see stray_labels). A
    line starting with a number far from the next one continues a note ("532 U.S. 223, 228
    (2001)" in a citation that runs over two lines)."""
    run = numbered[:1]
    for position, number in numbered[1:]:
        expected = run[-1][1] + 1
        if number == expected or (number == expected + 1 and expected in strays):
            run.append((position, number))
        elif expected < number <= expected + MAX_SKIPPED:
            return None
    return run


def stray_labels(lines: list[Line], indexes: list[int]) -> dict[int, int]:
    """Note numbers alone on the last lines of a page (line index -> number): labels the
    extraction moved from their bodies to the page's end ("4" / its body / the body of 5 /
    "6" / … / "5"), as Word's PDFs often come out."""
    strays: dict[int, int] = {}
    for index in reversed(indexes[: len(indexes) - _margin_tail(lines, indexes)]):
        found = BARE_NUMBER.match(lines[index].text)
        if found is None:
            break
        strays[index] = int(found.group(1))
    return strays


# Shoulder notes ("The powers of an" / "over-lord.") and a printed page's anchors ("[004]"),
# which pdftotext sets apart after a page's foot: blocks of lines shorter than MARGIN_SHARE of a
# full line of the page, at least MIN_MARGIN_BLOCKS of them, one a narrow column (its first
# line under NARROW_SHARE of a full line and NARROW_CHARS, broken mid-phrase, more after it).
MARGIN_SHARE = 0.85
NARROW_SHARE = 0.6
MIN_MARGIN_BLOCKS = 2
NARROW_CHARS = 40
_PHRASE_END = (".", "!", "?", ":", ";")
_PROSE_WORD = re.compile(r"[^\W\d_]{3,}")
# A printed edition's page number in brackets, on a line of its own ("[004]", "[xii]").
PAGE_ANCHOR = re.compile(r"^\[(?:[0-9]{1,4}|[ivxlc]{1,7})\]$")


def _margin_tail(lines: list[Line], indexes: list[int]) -> int:
    """How many of a page's last lines are shoulder notes and page anchors set apart after
    its foot (see MARGIN_SHARE); 0 when they are not, e.g. the foot's last body after its
    label and a blank line."""
    lengths = sorted(len(lines[i].text) for i in indexes)
    full = lengths[len(lengths) * 9 // 10] if lengths else 0
    tail = blocks = 0
    narrow = False
    end = len(indexes)
    while end > 1:
        start = _block_start(lines, indexes, end - 1)
        block = [lines[i].text for i in indexes[start:end]]
        if start == 0 or any(len(text) > full * MARGIN_SHARE for text in block):
            break
        labels = [text for text in block if BARE_NUMBER.match(text)]
        if len(labels) * 2 >= len(block) or any(not text.endswith(".") for text in labels):
            break  # the foot's labels ("4", "278" / "279"), not a shoulder note's year ("896.")
        if any(BODY_START.match(text) for text in block):
            break  # the foot's notes ("144. See …")
        column = narrow_column(block, full)
        anchor = len(block) == 1 and PAGE_ANCHOR.match(block[0])
        if not (column or anchor) and _label_ends_foot(lines, indexes, start - 1):
            break  # "76", a blank line, its body: the foot's last note
        narrow |= column
        tail, blocks, end = tail + len(block), blocks + 1, start
    return tail if blocks >= MIN_MARGIN_BLOCKS and narrow else 0


def narrow_column(block: list[str], full: int) -> bool:
    """Is a block of lines a shoulder note's narrow column: more than one line, the first
    under NARROW_SHARE of a full line and NARROW_CHARS, broken mid-phrase, in words ("The
    powers of an" / "over-lord."), not a formula's pieces ("F" / "d s(t) dt")?"""
    return (
        len(block) > 1
        and len(block[0]) <= min(full * NARROW_SHARE, NARROW_CHARS)
        and not block[0].endswith(_PHRASE_END)
        and len(_PROSE_WORD.findall(block[0])) >= 2
        and sum(bool(_PROSE_WORD.search(text)) for text in block) * 3 >= len(block) * 2
    )


def _label_ends_foot(lines: list[Line], indexes: list[int], position: int) -> bool:
    """Is the line at `position` a note label ending the foot's block of full lines ("76"),
    not the year ending a shoulder note's block of short lines ("896.")?"""
    if not BARE_NUMBER.match(lines[indexes[position]].text):
        return False
    above = indexes[_block_start(lines, indexes, position) : position]
    return any(len(lines[i].text) > NARROW_CHARS for i in above)


def _block_start(lines: list[Line], indexes: list[int], position: int) -> int:
    """The position of the first line of the block (lines with no blank line between) that
    holds the line at `position`."""
    while position > 0 and not blank_between(
        lines[indexes[position - 1]], lines[indexes[position]]
    ):
        position -= 1
    return position


def split_stray_bodies(
    lines: list[Line], indexes: list[int], found: list[tuple[int, int]], strays: dict[int, int]
) -> list[tuple[int, int]]:
    """The starts of the notes whose labels strayed: each one's body is the second part of the
    body before it, from the first line that opens a sentence after one that closes a
    sentence ("See infra Appendix." / "See infra Part I; …")."""
    added: list[tuple[int, int]] = []
    ends = {index: following for (index, _), (following, _) in pairwise(found)}
    for index, number in found:
        if number + 1 not in strays.values() or any(n == number + 1 for _, n in found):
            continue
        end = ends.get(index, min(strays))
        first = index + 2 if BARE_NUMBER.match(lines[index].text) else index + 1
        body = [i for i in indexes if first <= i < end]
        split = next(
            (
                i
                for i in body
                if _SENTENCE_CLOSED.search(lines[i - 1].text)
                and _SENTENCE_OPENS.match(lines[i].text)
            ),
            None,
        )
        if split is not None:
            added.append((split, number + 1))
    return added


_SENTENCE_CLOSED = re.compile(r"[.!?)\]”’\"]$")
_SENTENCE_OPENS = re.compile(r"[A-Z“\"‘(\[]")


def _set_apart_to_the_end(lines: list[Line], indexes: list[int], position: int) -> bool:
    """Does a blank line stand before this line and none after it on the page (a foot set
    apart from the text, not a note at a column's foot with the other column after it)? A
    blank line between a label alone and its body does not count."""
    bare = bool(BARE_NUMBER.match(lines[indexes[position]].text))
    first = position + 2 if bare else position + 1  # "4", a blank line, its body
    return _after_blank(lines, indexes, position) and not any(
        _after_blank(lines, indexes, later) for later in range(first, len(indexes))
    )


def _after_blank(lines: list[Line], indexes: list[int], position: int) -> bool:
    """Does a blank line stand before this one (source line numbers skip one)?"""
    return position > 0 and blank_between(lines[indexes[position - 1]], lines[indexes[position]])


def _note_start(lines: list[Line], indexes: list[int], position: int) -> re.Match[str] | None:
    """ "12 See Hale" that reads as a note, or "12" alone with such a line after it."""
    text = lines[indexes[position]].text
    found = BODY_START.match(text)
    if found:
        return found if _reads_as_note(text[found.end() :]) else None
    found = BARE_NUMBER.match(text)
    after = lines[indexes[position + 1]].text if position + 1 < len(indexes) else ""
    if found and BARE_NUMBER.match(after):
        return found if _stack(lines, indexes, position) else None
    return found if found and _reads_as_note(after) else None


def _stack(lines: list[Line], indexes: list[int], position: int) -> int:
    """The size of the stack of note numbers this bare number belongs to ("151." "152."
    "153." on lines of their own, then their three bodies one line each: short notes set
    side by side, which the extraction reads number column first), or 0. The stack's numbers
    go up by one, and as many lines that read as notes follow it."""
    start = position
    while (
        start > 0
        and _bare_number(lines, indexes, start - 1) == _bare_number(lines, indexes, start) - 1
    ):
        start -= 1
    end = start
    while (
        end + 1 < len(indexes)
        and _bare_number(lines, indexes, end + 1) == _bare_number(lines, indexes, end) + 1
    ):
        end += 1
    size = end - start + 1
    bodies = [lines[i].text for i in indexes[end + 1 : end + 1 + size]]
    readable = len(bodies) == size and all(
        _reads_as_note(b) and not BARE_NUMBER.match(b) for b in bodies
    )
    return size if size >= 2 and _bare_number(lines, indexes, start) > 0 and readable else 0


def _bare_number(lines: list[Line], indexes: list[int], position: int) -> int:
    """The number a line holds alone ("151."), or -2 (no number: never one more or less)."""
    found = BARE_NUMBER.match(lines[indexes[position]].text)
    return int(found.group(1)) if found else -2


def unstack(
    lines: list[Line], indexes: list[int], found: list[tuple[int, int]]
) -> tuple[list[tuple[int, int]], set[int]]:
    """Note starts with each stacked number moved to its body line (the k lines after a stack
    of k numbers, in order), and the stacked number lines, which hold no text."""
    position_of = {index: position for position, index in enumerate(indexes)}
    moved: list[tuple[int, int]] = []
    labels: set[int] = set()
    for index, number in found:
        position = position_of[index]
        size = _stack(lines, indexes, position) if BARE_NUMBER.match(lines[index].text) else 0
        if not size:
            moved.append((index, number))
            continue
        moved.append((indexes[position + size], number))  # its body: `size` lines further on
        labels.add(index)
    return moved, labels


def body_start(text: str) -> str:
    """The text of a note's first line after its number ("" for a number alone)."""
    return "" if BARE_NUMBER.match(text) else BODY_START.sub("", text, count=1)


def body_lines(
    lines: list[Line],
) -> tuple[dict[int, int], set[int], set[int], set[int], set[int], set[int]]:
    """Line index -> note number for every line that starts a numbered footnote; the lines
    after it on its page, up to the next note, continue it. Also the starts of notes set
    inside the page (see column_notes), whose body ends at the next blank line, and the lines
    of stacked numbers and the starts moved from them to lines of body text (see unstack), and
    the starts of notes run over from the page before (see _carried_top), and the lines of
    shoulder notes and page anchors after a page's foot (see _margin_tail)."""
    starts: dict[int, int] = {}
    run_over: set[int] = set()
    inside: set[int] = set()
    labels: set[int] = set()
    moved: set[int] = set()
    margins: set[int] = set()
    last = 0  # the last note number read, in document order
    carried: frozenset[int] = frozenset()
    for indexes in pages(lines):
        top, after = _carried_top(lines, indexes, carried)  # notes run over from the last page
        inside.update(index for index, _ in top)
        run_over.update(index for index, _ in top)
        found = top + foot(lines, indexes[after:], carried)
        strays = stray_labels(lines, indexes) if found else {}
        split = split_stray_bodies(lines, indexes, found, strays)
        if split:  # the notes whose labels strayed to the page's end
            found = sorted([*found, *split])
            moved.update(index for index, _ in split)
            labels.update(i for i, n in strays.items() if any(n == m for _, m in split))
        if not found:
            found = column_notes(lines, indexes, last)
            inside.update(index for index, _ in found)
        unstacked, stacked = unstack(lines, indexes, found)
        labels |= stacked
        moved |= {index for index, _ in unstacked} - {index for index, _ in found}
        found = unstacked
        starts.update(found)
        if found:
            margins.update(indexes[len(indexes) - _margin_tail(lines, indexes) :])
        last = found[-1][1] if found else last
        carried = _unresolved_markers(lines, indexes, found, last)
    return starts, inside, labels, moved, run_over, margins


def _carried_top(
    lines: list[Line], indexes: list[int], carried: frozenset[int]
) -> tuple[list[tuple[int, int]], int]:
    """Notes of the page before that open this page, before its text ("3. Minutes of the
    Board …", then a blank line, then the text): their starts, each the next carried number,
    and the position where the page's text begins (0 when none)."""
    found: list[tuple[int, int]] = []
    position = 0
    expected = min(carried) if carried else 0
    while position < len(indexes) and expected in carried:
        start = _note_start(lines, indexes, position)
        if start is None or int(start.group(1)) != expected:
            break
        found.append((indexes[position], expected))
        expected += 1
        position += 1
        while position < len(indexes) and not _after_blank(lines, indexes, position):
            start = _note_start(lines, indexes, position)
            if start is not None and int(start.group(1)) == expected:
                break  # the next carried note
            position += 1
    return found, position if found else 0


def _unresolved_markers(
    lines: list[Line], indexes: list[int], found: list[tuple[int, int]], last: int
) -> frozenset[int]:
    """The numbers right after `last` (the last note read), in order, that the text of a page
    with footnotes marks and its foot does not hold: their bodies may open the next page, or
    stand at its foot. A page without footnotes carries the next numbers glued to its words
    only once CARRY_AFTER notes have been read (notes numbered through the book, a body put
    off to the next page); before, a formula's "x2" is no marker."""
    if not found and last < CARRY_AFTER:
        return frozenset()
    first_note = min(index for index, _ in found) if found else indexes[-1] + 1
    text = " ".join(lines[i].text for i in indexes if i < first_note)
    marked = {int(m.group(1)) for m in (MARKER if found else WORD_MARKER).finditer(text)}
    carried: set[int] = set()
    while last + 1 + len(carried) in marked:  # the next numbers, in order
        carried.add(last + 1 + len(carried))
    return frozenset(carried)


CARRY_AFTER = 10  # notes read before a page without footnotes may carry a marker over


def column_notes(lines: list[Line], indexes: list[int], last: int = 0) -> list[tuple[int, int]]:
    """Notes at the foot of a column, inside the page's text (two columns extracted one
    after the other): numbers alone on their line after a blank line ("1", its body on the
    next line), each the next of the document's notes (after `last`, the last one read; or
    1) and cited by a marker glued to a word above it on the page ("Maginot Line1."). Each
    body ends at the next blank line (the other column goes on)."""
    found: list[tuple[int, int]] = []
    for position in range(len(indexes)):
        line = lines[indexes[position]]
        start = _note_start(lines, indexes, position)
        if (
            start is None
            or not BARE_NUMBER.match(line.text)
            or not _after_blank(lines, indexes, position)
        ):
            continue
        number = int(start.group(1))
        if number not in (found[-1][1] + 1 if found else last + 1, 1):
            continue
        above = " ".join(lines[i].text for i in indexes[:position])
        if number in {int(m.group(1)) for m in WORD_MARKER.finditer(above)}:
            found.append((indexes[position], number))
    return found
