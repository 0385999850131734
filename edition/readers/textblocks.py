"""Shared helpers for readers: split text into blank-line-separated blocks with line numbers."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

_SPACES = re.compile(r"[ \t\u00a0]+")


@dataclass(frozen=True)
class SourceBlock:
    """Lines between blank lines, each cleaned, with the 1-based number of the first."""

    line: int
    lines: tuple[str, ...]
    indent: int = 0  # the least indentation of its lines as written (a tab is 4 spaces)

    @property
    def text(self) -> str:
        return " ".join(self.lines)


# A removed line inside a paragraph (a page number between the halves of a sentence): it
# neither ends its block nor adds text to it.
REMOVED_INSIDE = "\x00"


UNWRAPPED_LINE = 160  # characters: a line this long was not wrapped by hand or by a printer
_BULLET = re.compile(r"\s*(?:[-*•]\s|\d+[.)]\s)")


def one_paragraph_per_line(lines: Sequence[str]) -> bool:
    """Is this run of lines (no blank line between them) one paragraph per line, as text
    saved from a word processor or a web page often is, rather than one paragraph wrapped?
    Half its lines are longer than any wrapped line; a list's items stay together."""
    long = sum(len(line) > UNWRAPPED_LINE for line in lines)
    return len(lines) > 1 and long * 2 >= len(lines) and not any(map(_BULLET.match, lines))


def split_paragraph_lines(numbered: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """A run of (line number, line) as the paragraphs it holds: itself, or each line alone."""
    if one_paragraph_per_line([line for _, line in numbered]):
        return [[item] for item in numbered]
    return [numbered]


def source_blocks(text: str, clean: Callable[[str], str] = str.strip) -> list[SourceBlock]:
    """Group the lines of `text` into blank-line-separated blocks (each line a block of its
    own in a run of one paragraph per line); `clean` tidies each line. A REMOVED_INSIDE line
    is skipped without ending the block."""
    blocks: list[SourceBlock] = []
    current: list[tuple[int, str]] = []

    def close() -> None:
        for run in split_paragraph_lines(current):
            indent = min(_indentation(line) for _, line in run)
            blocks.append(SourceBlock(run[0][0], tuple(clean(line) for _, line in run), indent))
        current.clear()

    for number, line in enumerate(text.split("\n"), start=1):
        if line == REMOVED_INSIDE:
            continue
        if line.strip():
            current.append((number, line))
        elif current:
            close()
    if current:
        close()
    return blocks


def _indentation(line: str) -> int:
    expanded = line.expandtabs(4)
    return len(expanded) - len(expanded.lstrip(" \u00a0"))


def paragraphs(text: str) -> list[tuple[int, str]]:
    """Blocks separated by blank lines, each as (first line number, text joined by spaces)."""
    return [(block.line, normalize_space(block.text)) for block in source_blocks(text)]


def lines(text: str) -> list[tuple[int, str]]:
    """Every line with its 1-based number, trailing whitespace removed."""
    return [(n, line.rstrip()) for n, line in enumerate(text.split("\n"), start=1)]


def normalize_space(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def in_capitals(line: str) -> bool:
    """Two letters or more, none of them lower case ("OF LATIN AMERICA")."""
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 2 and not any(ch.islower() for ch in letters)


def capitals_with_stop(line: str) -> bool:
    """A heading set in capitals may end with a full stop, as old books print them ("THE
    HARVEST DANCE.")."""
    letters = [c for c in line if c.isalpha()]
    return line.endswith(".") and len(letters) >= 4 and all(c.isupper() for c in letters)


# What a table of contents is headed by, in the usual languages (a book's, or a web page's
# in-page list of its sections).
CONTENTS_WORDS = frozenset(
    {
        "contents",
        "table of contents",
        "sommario",
        "indice",
        "índice",
        "inhalt",
        "inhaltsverzeichnis",
        "sommaire",
        "table des matières",
        "contenido",
        "spis treści",
        "in this article",
        "in this story",
        "in this post",
        "in this guide",
        "on this page",
        "jump to",
    }
)


CONTENTS_REACH = 300  # lines a book's contents list may run after its "Contents" line
_ENTRY_NUMBER = re.compile(r"^(?:[IVXLCDM]{1,7}|\d{1,3})\.?(?:\t|\s{2,}|\s+(?=[A-Z]))")
_ENTRY_PAGE = re.compile(r"(?:\t|\s{2,}|\s+\.{2,}\s*|\s+)(?:\d{1,4}|[ivxlc]{1,6})$")
CONTENTS_ENTRY_WORDS = 12


def title_key(line: str) -> str:
    """A title as a contents list and a heading both write it: no leading chapter number, no
    page number after it, no closing stop, in lower case ("II\tA Baltimore Evening\t13" and
    "A BALTIMORE EVENING", "Preface" and "Preface.")."""
    text = normalize_space(_ENTRY_PAGE.sub("", _ENTRY_NUMBER.sub("", line.strip())))
    return text.rstrip(".:").casefold()


def contents_keys(lines: list[str]) -> frozenset[str]:
    """The title keys of the short lines after a "Contents" line (within CONTENTS_REACH
    lines): what a book's contents list names."""
    found: set[str] = set()
    for index, line in enumerate(lines):
        if line.strip().rstrip(".:").casefold() not in CONTENTS_WORDS:
            continue
        for entry in lines[index + 1 : index + 1 + CONTENTS_REACH]:
            if 0 < len(entry.split()) <= CONTENTS_ENTRY_WORDS:
                found.add(title_key(entry))
    return frozenset(found - {""})


MAX_HEADING_WORDS = 8
SENTENCE_WORDS = 6  # the line above is a paragraph's end, not a label ("216.")
ENDS = re.compile(r"[.!?\"”’)]$")


def split_trailing_headings(blocks: list[SourceBlock]) -> list[SourceBlock]:
    """A heading in capitals printed right under the paragraph before it, or under another
    heading, with no blank line between ("… seems absurd." / "SHAMANS."; "FIRST DEGREE." /
    "PREPARATORY INSTRUCTION."): the heading becomes a block of its own."""
    result: list[SourceBlock] = []
    for block in blocks:
        *rest, last = block.lines
        above = rest[-1].strip() if rest else ""
        paragraph_end = len(above.split()) >= SENTENCE_WORDS and ENDS.search(above)
        label = bool(ROMAN_ALONE.match(above))  # "VIII" over its title: one heading
        if _caps_heading(last) and (paragraph_end or _caps_heading(above) and not label):
            result.append(SourceBlock(block.line, tuple(rest), block.indent))
            result.append(SourceBlock(block.line + len(rest), (last,), block.indent))
        else:
            result.append(block)
    return result


# A division's number in Roman numerals alone on its line, with or without a full stop.
ROMAN_ALONE = re.compile(r"^(?P<n>[IVXLCDM]{1,7})\.?$")


def _caps_heading(line: str) -> bool:
    """A short line in capitals, bare or with a full stop ("SHAMANS.", "THE HARVEST")."""
    text = line.strip()
    letters = [c for c in text if c.isalpha()]
    bare = len(letters) >= 4 and all(c.isupper() for c in letters) and text[-1:].isalpha()
    return len(text.split()) <= MAX_HEADING_WORDS and (bare or capitals_with_stop(text))
