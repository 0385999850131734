"""Shared helpers for readers: split text into blank-line-separated blocks with line numbers."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

_SPACES = re.compile(r"[ \t\u00a0]+")


@dataclass(frozen=True)
class SourceBlock:
    """Lines between blank lines, each cleaned, with the 1-based number of the first."""

    line: int
    lines: tuple[str, ...]

    @property
    def text(self) -> str:
        return " ".join(self.lines)


# A removed line inside a paragraph (a page number between the halves of a sentence): it
# neither ends its block nor adds text to it.
REMOVED_INSIDE = "\x00"


def source_blocks(text: str, clean: Callable[[str], str] = str.strip) -> list[SourceBlock]:
    """Group the lines of `text` into blank-line-separated blocks; `clean` tidies each line.
    A REMOVED_INSIDE line is skipped without ending the block."""
    blocks: list[SourceBlock] = []
    current: list[str] = []
    start = 1
    for number, line in enumerate(text.split("\n"), start=1):
        if line == REMOVED_INSIDE:
            continue
        if line.strip():
            if not current:
                start = number
            current.append(clean(line))
        elif current:
            blocks.append(SourceBlock(start, tuple(current)))
            current = []
    if current:
        blocks.append(SourceBlock(start, tuple(current)))
    return blocks


def paragraphs(text: str) -> list[tuple[int, str]]:
    """Blocks separated by blank lines, each as (first line number, text joined by spaces)."""
    return [(block.line, normalize_space(block.text)) for block in source_blocks(text)]


def lines(text: str) -> list[tuple[int, str]]:
    """Every line with its 1-based number, trailing whitespace removed."""
    return [(n, line.rstrip()) for n, line in enumerate(text.split("\n"), start=1)]


def normalize_space(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


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
