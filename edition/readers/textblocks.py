"""Shared helpers for readers: split text into blank-line-separated blocks with line numbers."""

from __future__ import annotations

import re

_SPACES = re.compile(r"[ \t\u00a0]+")


def paragraphs(text: str) -> list[tuple[int, str]]:
    """Blocks separated by blank lines, each as (first line number, text joined by spaces)."""
    blocks: list[tuple[int, str]] = []
    current: list[str] = []
    start = 0
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            if not current:
                start = number
            current.append(line.strip())
        elif current:
            blocks.append((start, normalize_space(" ".join(current))))
            current = []
    if current:
        blocks.append((start, normalize_space(" ".join(current))))
    return blocks


def lines(text: str) -> list[tuple[int, str]]:
    """Every line with its 1-based number, trailing whitespace removed."""
    return [(n, line.rstrip()) for n, line in enumerate(text.split("\n"), start=1)]


def normalize_space(text: str) -> str:
    return _SPACES.sub(" ", text).strip()
