"""Resolving numbered note markers against a list of note bodies (endnotes-web "(N)",
wiki-text "[N]"): the bookkeeping both readers share. Each reader's resolver says what an
unresolvable marker becomes and how a body's text is parsed into inlines."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Generic, Protocol, TypeVar

from ..model import Div, Inline, Note, P, Text
from ..report import Report

Key = TypeVar("Key", int, str)


@dataclass(frozen=True)
class NoteBody:
    """One entry of a note list: its source line and its text."""

    line: int
    text: str


@dataclass
class MarkerResolver(Generic[Key]):
    """Markers numbered `Key` turned into end notes whose bodies come from `bodies`;
    remembers which bodies were used and how many markers were resolved."""

    bodies: dict[Key, NoteBody]
    report: Report
    used: set[Key] = field(default_factory=set)
    resolved: int = 0

    def resolve(self, number: Key) -> Note | None:
        """The note for marker `number` (counted as used), or None when it has no body."""
        body = self.bodies.get(number)
        if body is None:
            return None
        self.used.add(number)
        self.resolved += 1
        self.report.count("notes")
        children = self.body_inlines(body.text) if body.text else ()
        return Note(str(number), children, place="end", empty=not body.text)

    def body_inlines(self, text: str) -> tuple[Inline, ...]:
        """Inline nodes of a note body (plain text unless a reader parses more)."""
        return (Text(text),)


# ------------------------------------------------------------ note lists in any convention

_NOTE_HEADS = (
    r"notes|references|endnotes|footnotes|sources|citations|anmerkungen|fußnoten|"
    r"einzelnachweise|quellen|références|notas|referencias|note|参考资料|参考文献|注释|脚注"
)
NOTE_LIST_HEADING = re.compile(
    rf"(?i)^\s*(?:{_NOTE_HEADS})(?:\s+(?:and|&|und|et|y)\s+(?:{_NOTE_HEADS}))?"
    r"(?:\s*\[edit\])?\s*:?\s*$"
)
# "[3] text", "(3) text", "3. text", "3) text", "3 text", "*3 text", a bare "[3]" (body on the
# next line)
NUMBERED_ENTRY = re.compile(
    r"^\s*(?:\[(\d{1,4})\]|\((\d{1,4})\)|(\d{1,4})[.)]|(\d{1,3})(?=\s+\S)|\*(\d{1,4}))"
    r"(?:\s+(.*)|(?<=\])(?=[^\s\[\]])(.*)|\s*)$"
)  # "[1]See Ann Weir, …": a law review's body glued to its bracketed number
# "[12]" or "[A]" glued to the word before it: a note marker, not a citation set apart.
_GLUED_BRACKET_PATTERN = r"(?<=[^\s\[])\[(\d{1,4}|[A-Z])\](?![\w’'])"
# The first entry of a "*N" list, which needs no heading: its form says it is a note list.
STARRED_LIST_START = re.compile(r"^\s*\*1\s+\S")
# "^ text" / "↑ text" (a web page's back-links: numbered by position), "* text", "† text"
SEQUENTIAL_ENTRY = re.compile(
    r"^\s*[\^↑]\s*(?:(?:[a-z]{1,2}(?:\s|$)){2,}|(?:\d{1,3}\.\d{1,3}\s)+)?(.*)$"
)  # back-link letters ("a b"; alone: "^ a b c", the body below) or numbers ("1.0 1.1")
# A web page's back-link label on a line of its own, in a note list ("Jump up to:", "↩").
BACK_LINK_LABEL = re.compile(
    r"(?i)^(?:jump up(?: to)?|back to (?:the )?text|return to (?:the )?text|retour au texte"
    r"|zurück zum text|volver|↩|⤴)\s*:?\s*$"
)
# An entry of a list saved without its numbers that ends in its back link ("text ↩", "text [↩]"):
# a run of such lines is a note list wherever it stands, numbered by position.
BACK_ARROW_ENTRY = re.compile(r"^\s*(?=[^↩⤴↑]*\w)(\S.*?)\s*\[?([↩⤴↑])\ufe0e?\]?\s*$")
MIN_UP_ARROW_RUN = 3
LOST_NUMBER = re.compile(r"^\.\s+(?=\S)")  # ". 145 S. Ct. 1497": the list's number was lost
BACK_LINK_LETTERS = re.compile(r"^(?:[a-z]{1,2}\s){2,}")  # "a b c " before a shared body
SYMBOL_ENTRY = re.compile(r"^\s*([*†‡]{1,3})\s*(\S.*)$")
MAX_IRREGULAR_RUN = 3  # this many non-entry lines in a row end a note list...
SENTENCE_END = re.compile(r"[.!?。！？…][\"'”’」』)）]*$")
LOOKAHEAD_LINES = 40  # ...unless the next entry in order comes within this many lines
# Markers in running text: "[3]", "(3)" (not glued to a Latin word: "LR(1)" is a name, but
# Chinese and Japanese write no space), "*", "†", and superscripts flattened onto a word after
# punctuation ("word,2", "word.12", "word.”3", "(a paper).2") or written "word*2", which only count when a
# note list has that number; glued straight to a lower-case word ("tools1"), only in sequence
# (see in_sequence: "CO2", "A4" and "COVID19" are no markers).
MARKERS = re.compile(
    r"(?=[\s\[(0-9*†‡])"  # every marker starts with one of these: skip other positions fast
    r"(?:\s?\[(?P<bracket>\d{1,4}|[A-Z](?=\](?![\w’'])))\]"
    # "(12)" after a space, a non-Latin character, or glued to a word in lower case
    # ("angedeutet(1)"; not "LR(1)", "f(1)")
    r"|(?:\s|(?<![A-Za-zÀ-ɏ0-9])|(?<=[^\W\d_]{2}[a-zß-ÿ]))\((?P<paren>\d{1,3})\)(?=[\s.,;:]|$)"
    r"|(?:(?<=[^\W\d_][.,;:’'\"”)])|(?<=[^\W\d_][.,;:!?][’'\"”)])|(?<=[)\]’'\"”][.,;:!?])"
    # after a figure: a closing quotation mark ('$595.”9'), a year or thousands and a stop
    # ("in 2001.1", "$45,900.2"); not a decimal ("4.7")
    r"|(?<=\d[.,;:!?][’\"”])|(?<=(?<![\d,])[12]\d{3}[.;:])|(?<=\d,\d{3}[.;:]))"
    r"(?P<flat>[1-9]\d{0,2})(?=\s|$|\)(?=[\s.,;:]|$))"  # "(… private spaces.7) It"
    r"|(?<=[^\W\d_]{2})(?P<glued>\d{1,3})(?=[\s.,;:!?)]|$)"
    r"|(?<=\S)\*(?P<starred>\d{1,3})(?!\d)"
    r"|(?<=[^\s\d])(?P<symbol>[*†‡]{1,3})(?=[\s.,;:)]|$))"
)


@dataclass
class NoteGroup:
    """One note list (a chapter's or the document's): its first line and its bodies."""

    start: int
    bodies: dict[str, NoteBody] = field(default_factory=dict)
    form: str = ""  # the convention of its entries (see _entry)
    # Numbered afresh under the heading of the list above it: a book's notes gathered at its
    # end, chapter by chapter ("PREFACE" 1-3, "INTRODUCTION" 1-11, ...); its title, if any.
    restarts: bool = False
    title: str = ""

    def takes(self, starred: bool) -> bool:
        """A "*N" list takes "*N" markers only, and only a "*N" list takes them."""
        return (self.form == "*N") == starred


GATHERED_SKIP = 3  # numbers a marker may skip in a book's gathered notes (a lost marker)


@dataclass
class GatheredNotes:
    """A book's notes gathered at its end, chapter by chapter, each numbered from 1 (a group
    and the groups after it that restart). The markers, read in order, take their bodies
    from the first group, and from the next one once a marker numbered 1, or lower than the
    last one read, follows markers already read: a new chapter's notes (its first marker may
    be lost). A number that does not follow the last one read (within GATHERED_SKIP) is no
    marker."""

    groups: list[NoteGroup]
    at: int = 0
    last: int = 0

    def chapter(self, title: str) -> None:
        """A chapter headed `title` starts: its notes are the group of that title, if any."""
        key = _title_key(title)
        for index, group in enumerate(self.groups):
            if key and _title_key(group.title) == key:
                self.at, self.last = index, 0
                return

    def body(self, key: str) -> NoteBody | None:
        if not key.isdigit():
            return None
        number = int(key)
        restarts = number < self.last or (number == 1 and self.last)  # a new chapter's notes
        if restarts and self.at + 1 < len(self.groups):
            self.at, self.last = self.at + 1, 0
        if not self.last <= number <= self.last + GATHERED_SKIP:
            return None
        body = self.groups[self.at].bodies.get(key)
        if body is not None:
            self.last = number
        return body


def _title_key(title: str) -> str:
    """A title's letters, case aside ("CHAPTER ONE: CREATORS" is "Chapter One: Creators")."""
    return "".join(char for char in title.casefold() if char.isalnum())


@dataclass
class NoteList:
    """Note bodies found under notes headings, and the line indexes they occupied."""

    groups: list[NoteGroup] = field(default_factory=list)
    lines: set[int] = field(default_factory=set)
    gathered: dict[int, GatheredNotes] = field(default_factory=dict, repr=False)

    def gathered_from(self, group: NoteGroup) -> GatheredNotes | None:
        """The gathered notes (GatheredNotes) that `group` opens, if the next group restarts
        its numbering; one reader per run, kept across calls."""
        index = self.groups.index(group)
        if group.restarts or index + 1 >= len(self.groups) or not self.groups[index + 1].restarts:
            return None
        if group.start not in self.gathered:
            run = [group]
            for later in self.groups[index + 1 :]:
                if not later.restarts:
                    break
                run.append(later)
            self.gathered[group.start] = GatheredNotes(run)
        return self.gathered[group.start]

    @property
    def bodies(self) -> dict[str, NoteBody]:
        """All bodies by key; when numbering restarts, the first list's body wins."""
        merged: dict[str, NoteBody] = {}
        for group in self.groups:
            for key, body in group.bodies.items():
                merged.setdefault(key, body)
        return merged

    def unused(self, used: set[tuple[str, int]]) -> list[tuple[str, NoteBody]]:
        """Bodies whose (key, line) is not in `used`, in list order."""
        return [
            (key, body)
            for group in self.groups
            for key, body in group.bodies.items()
            if (key, body.line) not in used
        ]

    def body_for(self, key: str, line: int, starred: bool = False) -> NoteBody | None:
        """The body for marker `key` on `line`: from the first list after the marker (notes
        per chapter, numbering restarting), else from the last list that has the key;
        `starred` markers ("*3") from "*N" lists only; notes gathered at the end chapter by
        chapter are read in order (GatheredNotes)."""
        first = next((g for g in self.groups if g.start > line), None)
        run = self.gathered_from(first) if first is not None and not starred else None
        if run is not None:
            return run.body(key)
        groups = [g for g in self.groups if key in g.bodies and g.takes(starred)]
        after = [g for g in groups if g.start > line]
        if after:
            return after[0].bodies[key]
        return groups[-1].bodies[key] if groups else None


def find_note_lists(
    lines: list[str], report: Report, unnumbered: bool = False, stops: frozenset[int] = frozenset()
) -> NoteList:
    """Every note list under a usual heading (Notes, References, Endnotes, ...) in `lines`:
    numbered, bracketed, "^" or symbol entries, bodies on the next line or over several lines;
    with `unnumbered`, also paragraphs in order (an ordered list saved as text loses its
    numbers). A "*1 text" line opens a list without a heading ("*N" entries say what they
    are). An irregular line is warned about (with its line number); the list goes on. A list
    ends at a line of `stops` (indexes of lines the caller knows are headings)."""
    found = NoteList()
    for index, line in enumerate(lines):
        if NOTE_LIST_HEADING.match(line):
            group = NoteGroup(index + 1)
            start = _after_preamble(lines, index + 1)
            above = [k for k in range(index + 1, start) if lines[k].strip()]
            title = above[-1] if above else -1  # the first chapter's title, if it has one
            if above and _group_title(lines, title):
                group.title = lines[title].strip()
            restart = _read_list(lines, start, group, found.lines, report, stops)
            if group.title and group.bodies:
                found.lines.add(title)
            if not group.bodies and unnumbered:
                _read_unnumbered(lines, index + 1, group, found.lines)
            if group.bodies:
                found.groups.append(group)
            while restart is not None and group.bodies:  # the next chapter's notes
                title = lines[restart].strip() if restart in found.lines else ""
                group = NoteGroup(restart + 1, restarts=True, title=title)
                restart = _read_list(
                    lines, restart + bool(title), group, found.lines, report, stops
                )
                if group.bodies:
                    found.groups.append(group)
    for index, line in enumerate(lines):
        if index not in found.lines and STARRED_LIST_START.match(line):
            group = NoteGroup(index + 1)
            _read_list(lines, index, group, found.lines, report)
            found.groups.append(group)
    found.groups += _headless_lists(lines, found.lines, report)
    found.groups += _back_arrow_lists(lines, found.lines, report)
    found.groups += _caret_lists(lines, found.lines, report)
    found.groups += _bracketed_footnotes(lines, found.lines)
    found.groups += _notes_after_paragraphs(lines, found.lines)
    run = bare_label_run(lines, found.lines)
    if run is not None:
        found.groups.append(run)
        found.lines.update(range(run.start - 1, len(lines)))
    found.groups.sort(key=lambda group: group.start)
    return found


# A list's first entry with no heading above it: "[1] text", "[1]Text" (a law review's page)
# or "(1) text" (a book's footnotes gathered at its end).
_FIRST_HEADLESS = re.compile(r"^\s*(?:\[1\]\s*|\(1\)\s+)\S")
MIN_HEADLESS = 3  # entries in order that make a list without a heading

# Markers of each bracket glued to a word ("of age,[1]", "angedeutet(1)") and set apart from
# it ("as shown [12]": a citation's style).
_GLUED = {"[": _GLUED_BRACKET_PATTERN, "(": r"(?<=[^\s(])\((\d{1,4})\)(?![\w’'])"}
_SPACED = {"[": r"(?<=\s)\[(\d{1,4})\]", "(": r"(?<=\s)\((\d{1,4})\)"}
_CLOSING = {"[": "]", "(": ")"}


def _glued_markers(lines: list[str], bracket: str = "[") -> bool:
    """Does the text cite "[1]" (or "(1)") glued to a word ("… nears fifty years of age,[1]"),
    and glue its bracketed numbers to words far more often than it sets them apart (a
    paper's "as shown [12]" cites its bibliography, not notes)?"""
    glued_marker, spaced_marker = re.compile(_GLUED[bracket]), re.compile(_SPACED[bracket])
    glued = sum(len(glued_marker.findall(line)) for line in lines)
    spaced = sum(len(spaced_marker.findall(line)) for line in lines)
    first = f"{bracket}1{_CLOSING[bracket]}"
    cited = any(first in m.group(0) for line in lines for m in glued_marker.finditer(line))
    return cited and glued > GLUED_SHARE * spaced


GLUED_SHARE = 2  # glued markers per set-apart one that make bracketed numbers note markers


def _headless_lists(lines: list[str], used: set[int], report: Report) -> list[NoteGroup]:
    """Note lists without a heading: a run of "[1]", "[2]", "[3]" … (or "(1)" …) entries, in
    order, after the text that cites "[1]" ("(1)") glued to a word. A run shorter than
    MIN_HEADLESS is left as text."""
    groups = []
    for index, line in enumerate(lines):
        if index in used or not _FIRST_HEADLESS.match(line):
            continue
        if not _glued_markers(lines[:index], line.strip()[0]):
            continue
        trial = Report(report.path)  # a run that is no list leaves no warning behind
        group, taken = NoteGroup(index + 1), set(used)
        _read_list(lines, index, group, taken, trial)
        if list(group.bodies)[:MIN_HEADLESS] == [str(n) for n in range(1, MIN_HEADLESS + 1)]:
            used |= taken
            groups.append(group)
            report.diagnostics += trial.diagnostics
            report.removed += trial.removed
    return groups


# "[Footnote 3: text]" (also "[Note 3: ...]"), the body of a footnote printed after the
# paragraph that cites it, as digital libraries transcribe books; it may run over lines.
BRACKETED_FOOTNOTE = re.compile(r"(?i)^\s*\[(?:foot)?note\s+(\d{1,4}|[*†‡]{1,3}):\s*(.*)$")
MAX_FOOTNOTE_LINES = 60  # a body not closed within this many lines is no such footnote


def _bracketed_footnotes(lines: list[str], used: set[int]) -> list[NoteGroup]:
    """Every "[Footnote N: text]" body, each a list of its own that starts where it stands,
    so a marker "[N]" takes the first such body after it (numbering may restart per chapter
    or letter). The body runs to the bracket that closes the opening one."""
    groups: list[NoteGroup] = []
    index = 0
    while index < len(lines):
        found = BRACKETED_FOOTNOTE.match(lines[index]) if index not in used else None
        end = _closing_line(lines, index) if found else None
        if found is None or end is None:
            index += 1
            continue
        text = " ".join(
            [found.group(2).strip(), *(line.strip() for line in lines[index + 1 : end + 1])]
        )
        group = NoteGroup(index + 1, form="[Footnote]")
        group.bodies[found.group(1)] = NoteBody(index + 1, text.strip().removesuffix("]").strip())
        groups.append(group)
        used.update(range(index, end + 1))
        index = end + 1
    return groups


def _closing_line(lines: list[str], start: int) -> int | None:
    """The line on which the bracket opened at the start of lines[start] closes."""
    depth = 0
    for index in range(start, min(len(lines), start + MAX_FOOTNOTE_LINES)):
        for char in lines[index].lstrip() if index == start else lines[index]:
            depth += {"[": 1, "]": -1}.get(char, 0)
            if depth == 0:
                return index
    return None


# A marker glued to the word it annotates ("ladies[1]"), and a label line "[1]" whose body
# starts on the next line with no blank line between (a page number "[12]" is followed by a
# blank line or by the rest of a sentence in lower case).
# Numbers, or capital letters as older e-books key their footnotes ("Beethoven."[A]").
_GLUED_BRACKET = re.compile(_GLUED_BRACKET_PATTERN)
_LABEL_LINE = re.compile(r"^\s*\[(\d{1,4}|[A-Z])\]\s*$")
MIN_AFTER_PARAGRAPHS = 3  # notes found so that make the convention


def _notes_after_paragraphs(lines: list[str], used: set[int]) -> list[NoteGroup]:
    """Notes printed after the paragraph that cites them (an e-book's footnotes saved as
    text, keyed by number or by capital letter, "[A]"): each marker "word[N]" takes the first
    "[N]" label line after it whose body starts
    on the next line (else, within LOOSE_LABEL_LINES, after one blank line: a note quoting
    verse); label lines of page numbers are left alone. One list, keyed by number."""
    tight: dict[str, list[int]] = {}
    loose: dict[str, list[int]] = {}
    starts: dict[int, int] = {}  # label line -> the line its body starts on
    for index, line in enumerate(lines):
        label = _LABEL_LINE.match(line)
        if label is None or index in used:
            continue
        start = _body_start(lines, index)
        if start is not None:
            starts[index] = start
            (tight if start == index + 1 else loose).setdefault(label.group(1), []).append(index)
    group = NoteGroup(0, form="[N]")
    taken: set[int] = set()
    for index, line in enumerate(lines):
        if index in used or _LABEL_LINE.match(line):
            continue
        for marker in _GLUED_BRACKET.finditer(line):
            key = marker.group(1)
            if key in group.bodies:
                continue
            after = [i for i in tight.get(key, []) if i > index and i not in taken]
            after = after or [
                i for i in loose.get(key, []) if index < i <= index + LOOSE_LABEL_LINES
            ]
            if after:
                at = after[0]
                body = []
                for follow in range(starts[at], len(lines)):
                    if not lines[follow].strip() or _LABEL_LINE.match(lines[follow]):
                        break
                    body.append(follow)
                group.bodies[key] = NoteBody(at + 1, " ".join(lines[i].strip() for i in body))
                taken.update([at, *body])
    if len(group.bodies) < MIN_AFTER_PARAGRAPHS:
        return []
    group.start = min(body.line for body in group.bodies.values())
    used.update(taken)
    return [group]


LOOSE_LABEL_LINES = 40

# A number alone on its line ("3"), the label of a note whose body follows (see bare_label_run).
_BARE_LABEL = re.compile(r"^\s*(\d{1,3})\s*$")
# A number flattened onto the end of a sentence or clause ("… we see.3", "p(x, y) ).1").
_CITED = re.compile(r"(?<=[^\s\d][.,;:!?)”’\"])(\d{1,3})(?=\s|$)")
MIN_BARE_LABELS = 3  # labels in a row, cited in the text above, that make such a list


def bare_label_run(
    lines: list[str], used: set[int] | frozenset[int] = frozenset()
) -> NoteGroup | None:
    """A note list with no heading whose labels are numbers on lines of their own ("1", its
    body on the next line or after a blank line, then "2", …), as a page saves footnotes
    whose numbers were list marks: the last run of MIN_BARE_LABELS or more labels counting
    up from 1, when the text above it cites at least that many of them as numbers flattened
    onto the end of a sentence ("… we see.3"). A number out of order ends the list."""
    for start in reversed([i for i, line in enumerate(lines) if _BARE_LABEL.match(line)]):
        if lines[start].strip() != "1" or start in used:
            continue
        group = NoteGroup(start + 1, form="N")
        index, expected = start, 1
        while index < len(lines) and index not in used:
            label = _BARE_LABEL.match(lines[index])
            if label is None or int(label.group(1)) != expected:
                break
            body_start = _body_start(lines, index)
            if body_start is None or _BARE_LABEL.match(lines[body_start]):
                break
            end = body_start
            while end < len(lines) and lines[end].strip() and not _BARE_LABEL.match(lines[end]):
                end += 1
            text = " ".join(line.strip() for line in lines[body_start:end])
            group.bodies[str(expected)] = NoteBody(index + 1, text)
            index, expected = end, expected + 1
            while index < len(lines) and not lines[index].strip():
                index += 1
        cited = {int(number) for line in lines[:start] for number in _CITED.findall(line)}
        if len(group.bodies) >= MIN_BARE_LABELS and len(cited & set(range(1, expected))) >= (
            MIN_BARE_LABELS
        ):
            return group
        return None
    return None


def _body_start(lines: list[str], label: int) -> int | None:
    """Where the body of a "[N]" label line starts: the next line, or the one after a blank
    line; None when what follows reads as the rest of a sentence (lower case) or nothing."""
    for start in (label + 1, label + 2):
        following = lines[start] if start < len(lines) else ""
        if following[:1].strip():
            return None if following[:1].islower() else start
        if start == label + 2 or following.strip():
            return None
    return None


MIN_CARET_RUN = 3  # "^ text" lines in a row that make a note list without a notes heading


def _caret_lists(lines: list[str], used: set[int], report: Report) -> list[NoteGroup]:
    """Runs of "^ text" lines (a wiki's note list copied as text: the numbers become "^",
    a shared body keeps its back-link letters "^ a b") left over by the lists under notes
    headings, e.g. under a sub-heading ("Others") of "References"; each run of
    MIN_CARET_RUN or more is one list numbered by position."""
    groups: list[NoteGroup] = []
    run: list[tuple[int, str]] = []
    for index, line in enumerate([*lines, ""]):
        match = SEQUENTIAL_ENTRY.match(line) if index not in used and index < len(lines) else None
        if match is not None and match.group(1).strip():
            run.append((index, line))
            continue
        if not line.strip() and index < len(lines):
            continue  # a blank line does not end the run
        if len(run) >= MIN_CARET_RUN:
            group = NoteGroup(run[0][0] + 1, form="^")
            for at, text in run:
                body = SEQUENTIAL_ENTRY.match(text).group(1).strip()  # type: ignore[union-attr]
                body = without_position(body, len(group.bodies) + 1)
                group.bodies[str(len(group.bodies) + 1)] = NoteBody(at + 1, body)
                report.remove("note-back-links", at + 1, text[: len(text) - len(body)].strip())
                used.add(at)
            groups.append(group)
        run = []
    return groups


def without_position(body: str, position: int) -> str:
    """A back-linked entry's body without its own number when that is its position in the
    list ("↑ 2 Most cite it." is note 2: "Most cite it.")."""
    number, _, rest = body.partition(" ")
    return rest.strip() if number == str(position) and rest.strip() else body


def _back_arrow_lists(lines: list[str], used: set[int], report: Report) -> list[NoteGroup]:
    """Runs of lines ending in a back link ("↩", or "↑" in runs of MIN_UP_ARROW_RUN lines: a
    lone "Back to top ↑" is no note), each run one list numbered by position (an ordered list
    saved as text keeps its back links but loses its numbers, perhaps leaving the ". " after
    them); the back links are logged as removed. A blank line does not end a run of "↩"
    entries; it ends one of "↑" entries ("Back to top ↑" above the list)."""
    runs: list[list[tuple[int, re.Match[str]]]] = []
    run: list[tuple[int, re.Match[str]]] = []
    for index, line in enumerate(lines):
        match = BACK_ARROW_ENTRY.match(line) if index not in used else None
        up = bool(run) and run[-1][1].group(2) == "↑"
        if match is None:
            if (line.strip() or up) and run:  # a blank line ends only a run of "↑" entries
                runs.append(run)
                run = []
            continue
        run.append((index, match))
    runs += [run] if run else []
    groups: list[NoteGroup] = []
    for run in runs:
        up = all(match.group(2) == "↑" for _, match in run)
        if up and len(run) < MIN_UP_ARROW_RUN:
            continue
        group = NoteGroup(run[0][0] + 1, form="↩")
        for index, match in run:
            body = LOST_NUMBER.sub("", match.group(1))
            group.bodies[str(len(group.bodies) + 1)] = NoteBody(index + 1, body)
            report.remove("note-back-links", index + 1, lines[index][match.end(1) :].strip())
            used.add(index)
        groups.append(group)
    return groups


def _entry(line: str, position: int) -> tuple[str, str, str] | None:
    """(key, text, form) when `line` opens a note entry; sequential entries use `position`.
    The form names the convention ("[N]", "(N)", "N.", "N", "*N", "^", "*", "N alone": a
    number alone on its line, the next one of the list, its body below): a list keeps the
    form of its first entry."""
    match = NUMBERED_ENTRY.match(line)
    if match:
        form = next(i for i, g in enumerate(match.groups()[:5]) if g)
        body = match.group(6) or match.group(7) or ""
        return match.group(form + 1), body.strip(), _FORMS[form]
    if line.lstrip()[:1] in ("^", "↑"):
        match = SEQUENTIAL_ENTRY.match(line)
        body = without_position(match.group(1).strip(), position) if match else ""
        return (str(position), body, "^") if match else None
    match = SYMBOL_ENTRY.match(line)
    if match:
        return match.group(1), match.group(2).strip(), "*"
    match = _BARE_LABEL.match(line)  # "1" alone, its body below (_read_list: in order only)
    return (match.group(1), "", "N alone") if match else None


_FORMS = ("[N]", "(N)", "N.", "N", "*N")  # NUMBERED_ENTRY's alternatives, in order
# Entries that print their number (a list of them may restart at 1 under a chapter's title);
# "^" entries are numbered by position, a number alone only in order.
NUMBERED_FORMS = frozenset(("[N]", "(N)", "N.", "N"))


MAX_PREAMBLE = 12  # lines of prose between a notes heading and its first entry ("1. …")


def _after_preamble(lines: list[str], start: int) -> int:
    """Where a note list under a heading starts: at `start`, or past a short preamble (a
    paragraph on how the notes cite, then perhaps a group title) when the first entry,
    numbered 1, comes within MAX_PREAMBLE lines."""
    prose = False
    for index in range(start, min(len(lines), start + MAX_PREAMBLE + 1)):
        line = lines[index].strip()
        entry = _entry(line, 1) if line else None
        if entry:
            numbered = entry[0] == "1" and entry[2] in NUMBERED_FORMS
            return index if numbered and prose else start
        if NOTE_LIST_HEADING.match(line) or BACK_LINK_LABEL.match(line):
            return start
        prose = prose or len(line.split()) >= PREAMBLE_WORDS
    return start


PREAMBLE_WORDS = 6  # a preamble holds a line of prose at least this long


GROUP_TITLE_MAX = 80  # characters of a chapter's title over its notes


def _group_title(lines: list[str], index: int) -> bool:
    """Is line `index` the title over a chapter's notes: a short line that ends no sentence,
    right above an entry numbered 1?"""
    line = lines[index].strip()
    if len(line) > GROUP_TITLE_MAX or SENTENCE_END.search(line):
        return False
    following = next((other.strip() for other in lines[index + 1 :] if other.strip()), "")
    entry = _entry(following, 1)
    first = next((char for char in line if char.isalpha()), "")  # '“PIRACY”' starts with P
    return bool(entry and entry[0] == "1" and entry[2] in NUMBERED_FORMS and first.isupper())


def _read_list(
    lines: list[str],
    start: int,
    group: NoteGroup,
    used: set[int],
    report: Report,
    stops: frozenset[int] = frozenset(),
) -> int | None:
    """Read the entries of one list into `group` (their lines into `used`); the index where
    numbering restarts under a new chapter's title (that line in `used`) or at an entry 1,
    when it does, else None."""
    current: str | None = None
    form = ""  # the first entry's convention; a line in another one is no entry of this list
    irregular: list[int] = []
    for index in range(start, len(lines)):
        if index in stops:
            return None
        line = lines[index].strip()
        if not line:
            continue
        if BACK_LINK_LABEL.match(line):  # "Jump up to:" before or inside an entry
            report.remove("note-back-links", index + 1, line)
            used.add(index)
            continue
        entry = _entry(line, len(group.bodies) + 1)
        if entry and form and entry[2] != form and {entry[2], form} & {"*N", "(N)", "N alone"}:
            entry = None
        if entry and entry[2] == "N alone" and not _follows(current or "0", entry[0]):
            entry = None  # a number alone is an entry only as the next one ("1" first)
        if entry and _leaps(current, entry[0]):
            entry = None  # "1997." on a line of its own: the year that ends note 28's body
        form = group.form = form or (entry[2] if entry else "")
        if entry and line[:1] in ("^", "↑"):
            report.remove("note-back-links", index + 1, line[: len(line) - len(entry[1])].strip())
        if entry and entry[0] in group.bodies and entry[0] == "1" and entry[2] in NUMBERED_FORMS:
            _warn_irregular(irregular, report)
            return index  # numbered afresh: the next chapter's notes
        if not entry and group.bodies and _group_title(lines, index):
            _warn_irregular(irregular, report)
            used.add(index)
            return index
        if entry and (group.bodies or current is None):
            if irregular and _follows(current, entry[0]) and _runs_on(lines, irregular):
                _run_on(lines, irregular, group, current, used)  # a note of several paragraphs
            else:
                _warn_irregular(irregular, report)
            irregular, current = [], entry[0]
            if entry[0] not in group.bodies:
                group.bodies[entry[0]] = NoteBody(index + 1, entry[1])
                used.add(index)
            continue
        if current is not None and NOTE_LIST_HEADING.match(line) and line[:1].isupper():
            return None  # the next list's heading ("Notes", then "References"), no run-on
        footer = group.form == "^" and group.bodies.get(current or "") and _menu_like(line)
        if footer and not _next_entry_ahead(lines, index, current):
            return None  # "Posted in 2015, Online" under a web page's last back-linked note
        if current is not None and not irregular and _continues(lines, index, group, current):
            letters = BACK_LINK_LETTERS.match(line) if not group.bodies[current].text else None
            if letters:  # a bare "^" whose body starts on the next line, after "a b"
                report.remove("note-back-links", index + 1, letters.group(0).strip())
                line = line[letters.end() :]
            _append(group, current, line)
            used.add(index)
            continue
        if current is None or NOTE_LIST_HEADING.match(line):
            return None
        irregular.append(index)
        if len(irregular) >= MAX_IRREGULAR_RUN and not _next_entry_ahead(lines, index, current):
            return None


MENU_LINE = 40  # a line shorter than this, ending no sentence, is a menu's or a footer's


def _menu_like(line: str) -> bool:
    """A short capitalised line that ends no sentence ("Post navigation", "Recent Posts"):
    after a list whose entries each start with a back link ("↑"), it is the page's footer,
    not a note (a body's next line starts with its punctuation: ". TV Guide. Archived …")."""
    return len(line) < MENU_LINE and line[:1].isupper() and not SENTENCE_END.search(line)


MAX_LEAP = 20  # an entry numbered this far past the one before is a year or a page number


def _leaps(current: str | None, key: str) -> bool:
    """Is `key` numbered more than MAX_LEAP past the entry `current` ("28", then "1997")?
    Lists may skip a number or restart at 1, never leap so far."""
    return bool(
        current and current.isdigit() and key.isdigit() and int(key) > int(current) + MAX_LEAP
    )


def _follows(current: str | None, key: str) -> bool:
    """`key` is the number after `current` ("3" after "2")."""
    return bool(current and current.isdigit() and key == str(int(current) + 1))


def _next_entry_ahead(lines: list[str], index: int, current: str | None) -> bool:
    """The entry numbered after `current` comes within LOOKAHEAD_LINES: the lines between
    belong to a note of several paragraphs, not to the text after the list."""
    position = int(current) + 1 if current and current.isdigit() else 0  # a "^" entry's key
    for line in lines[index + 1 : index + 1 + LOOKAHEAD_LINES]:
        entry = _entry(line.strip(), position)
        if entry and _follows(current, entry[0]):
            return True
    return False


def _runs_on(lines: list[str], indexes: list[int]) -> bool:
    """Lines between two entries in order are paragraphs of the first note when each ends a
    sentence (not a stray remark or a label), or when there are several (a note quoting a
    passage, then its source)."""
    if len(indexes) > 1:
        return True
    return all(SENTENCE_END.search(lines[index].strip()) for index in indexes)


def _run_on(
    lines: list[str], indexes: list[int], group: NoteGroup, current: str, used: set[int]
) -> None:
    """Append paragraphs that sit between note `current` and the next entry to its body."""
    _append(group, current, " ".join(lines[index].strip() for index in indexes))
    used.update(indexes)


def _append(group: NoteGroup, key: str, text: str) -> None:
    """`text` run on at the end of note `key`'s body."""
    body = group.bodies[key]
    group.bodies[key] = NoteBody(body.line, f"{body.text} {text}".strip())


def _warn_irregular(irregular: list[int], report: Report) -> None:
    for index in irregular:
        report.warn(
            index + 1,
            "note-irregular",
            "line inside a note list is not a note entry; kept in the text, the list goes on",
            "start it with its note number if it is a note",
        )


def _continues(lines: list[str], index: int, group: NoteGroup, current: str) -> bool:
    """A line runs on the entry above when no blank line separates them, or when the entry
    was a bare number whose body starts on the next line."""
    return bool(lines[index - 1].strip()) or not group.bodies[current].text


def _read_unnumbered(lines: list[str], start: int, group: NoteGroup, used: set[int]) -> None:
    """Paragraphs after the heading, numbered by position, up to a short menu-like line."""
    for index in range(start, len(lines)):
        line = lines[index].strip()
        if not line:
            continue
        if len(line) < 40 and not re.search(r"[.!?)]$", line):
            return
        key = str(len(group.bodies) + 1)
        group.bodies[key] = NoteBody(index + 1, line)
        used.add(index)


def glued_after_word(text: str, match: re.Match[str]) -> bool:
    """A "glued" marker stands after two lower-case letters ("tools1", not "CO2")."""
    before = text[max(0, match.start() - 2) : match.start()]
    return len(before) == 2 and before.islower()


def in_sequence(number: int, last: int) -> bool:
    """Does a marker glued to a word continue the numbered markers read so far (the last one
    `last`, 0 before the first)? Notes are numbered in reading order: the first is 1, and each
    next one repeats the last or follows it, at most one number skipped."""
    return number == 1 if last == 0 else last <= number <= last + 2


# A note number set apart by spaces after a word or punctuation ("the new cases 2 in all
# states"): a superscript saved as plain text. Read only where such numbers run through the
# note list in order (spaced_in_order), and then only the next number of that order; never
# after a month ("June 6").
SPACED_MARKER = re.compile(
    r"(?:(?<=[^\W\d_] )|(?<=[.,;:!?’'\"”)] ))(?P<spaced>\d{1,3})(?=[\s—–]|$)"
)
_MONTH_BEFORE = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? $"
)


def _spaced_markers(text: str) -> list[re.Match[str]]:
    """SPACED_MARKER's matches in `text`, less day numbers after a month ("June 6")."""
    return [
        match
        for match in SPACED_MARKER.finditer(text)
        if not _MONTH_BEFORE.search(text, max(0, match.start() - 12), match.start())
    ]


MIN_SPACED = 5  # spaced numbers in order that make the convention ...
MIN_SPACED_SHARE = 0.5  # ... and at least this share of the note list's entries


def markers_with_spaced(text: str) -> list[re.Match[str]]:
    """The marker candidates of `text` in order, spaced numbers too (a spaced one only where
    no other marker stands)."""
    found = list(MARKERS.finditer(text))
    taken = {index for match in found for index in range(match.start(), match.end())}
    spaced = [m for m in _spaced_markers(text) if m.start() not in taken]
    return sorted([*found, *spaced], key=lambda match: match.start())


def spaced_in_order(texts: list[str], lists: NoteList) -> bool:
    """Do numbers set apart by spaces run 1, 2, 3, … through `texts` in reading order, for
    at least half of the numbered note list (a page whose superscripts were saved as plain
    text: "cases 2 in all states", and "↑ 2 Most cite it." below)?"""
    entries = sum(1 for group in lists.groups for key in group.bodies if key.isdigit())
    expected, spaced = 1, 0
    for text in texts:
        for match in markers_with_spaced(text):  # "Windsor1 triggered the new cases 2 in all"
            key = next(v for v in match.groupdict().values() if v)
            if key == str(expected):
                expected += 1
                spaced += match.lastgroup == "spaced"
    return spaced >= MIN_SPACED and expected - 1 >= MIN_SPACED_SHARE * entries


# Superscripts flattened onto the text, however they were written: one form of marker.
_SUPERSCRIPT_FORMS = {"flat": "superscript", "glued": "superscript", "spaced": "superscript"}


@dataclass
class GeneralNotes:
    """Markers of any convention resolved against note lists found by find_note_lists;
    `spaced`: the text's note numbers are set apart by spaces (spaced_in_order)."""

    lists: NoteList
    report: Report
    spaced: bool = False
    used: set[tuple[str, int]] = field(default_factory=set)
    resolved: int = 0
    last: int = 0  # the number of the last numbered marker resolved
    forms: dict[tuple[str, int], str] = field(default_factory=dict)  # each used body's marker

    def inlines(self, text: str, line: int) -> list[Inline]:
        """`text` with its resolvable markers turned into notes (unresolved ones stay text)."""
        nodes: list[Inline] = []
        position = 0
        for match in markers_with_spaced(text) if self.spaced else MARKERS.finditer(text):
            key = next(v for v in match.groupdict().values() if v)
            if match.lastgroup == "glued" and not (
                glued_after_word(text, match) and in_sequence(int(key), self.last)
            ):
                continue
            if match.lastgroup == "spaced" and int(key) != self.last + 1:
                continue  # "about 500 couples": only the next note number
            if self.spaced and key.isdigit() and not in_sequence(int(key), self.last):
                continue  # "(1) whether the class …" in a quotation, among notes 40-50
            body = self.lists.body_for(key, line, starred=match.lastgroup == "starred")
            if body is None:
                self._warn_unresolved(match, line)
                continue
            form = _SUPERSCRIPT_FORMS.get(match.lastgroup or "", match.lastgroup or "")
            if self.forms.setdefault((key, body.line), form) != form:
                continue  # '"… nutzen."1', then "Teaser title (1)" in a sidebar: no citation
            if key.isdigit():
                self.last = int(key)
            nodes.append(Text(text[position : match.start()]))
            nodes.append(self._note(key, body))
            position = match.end()
        nodes.append(Text(text[position:]))
        return [n for n in nodes if not isinstance(n, Text) or n.text]

    def _note(self, key: str, body: NoteBody) -> Note:
        self.used.add((key, body.line))
        self.resolved += 1
        self.report.count("notes")
        return Note(key, (Text(body.text),) if body.text else (), place="end", empty=not body.text)

    def _warn_unresolved(self, match: re.Match[str], line: int) -> None:
        numbered = any(group.takes(starred=False) for group in self.lists.groups)
        found = match.groupdict()  # a spaced number's match has no bracket or paren group
        key = found.get("bracket") or found.get("paren") or ""
        if numbered and key.isdigit():  # "[A]" is a note only where a list keys one so
            self.report.warn(
                line,
                "note-unresolved",
                f'note marker "{match.group(0).strip()}" has no body in any note list; kept as text',
                "add the missing entry to the note list",
            )

    def orphans(self) -> list[tuple[str, NoteBody]]:
        """Bodies no marker points to, in list order."""
        return self.lists.unused(self.used)


class WithOrphans(Protocol):
    """Resolved note lists that know which bodies no marker pointed to."""

    def orphans(self) -> list[tuple[str, NoteBody]] | list[tuple[int, NoteBody]]: ...


def orphan_notes(notes: WithOrphans, label: str = "[{}]") -> list[Div]:
    """Note bodies no marker points to, each after its `label` ("[3]"), as a back division
    (none when every body is used), so nothing is lost."""
    orphans = notes.orphans()
    if not orphans:
        return []
    paragraphs = tuple(P((Text(f"{label.format(key)} {body.text}"),)) for key, body in orphans)
    return [Div(paragraphs, head=(Text("Unreferenced notes"),), type="orphan-notes")]
