"""Line-break hyphenation: join "revolu-" + "tion", keep "anti-Soviet" and "twenty-five".

No English word list ships with Python, so the document's own vocabulary decides: a joined form
that occurs elsewhere unbroken wins, a hyphenated form that occurs elsewhere mid-line keeps its
hyphen; then rules for compounds (a capital after the hyphen, number words, common prefixes).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

WORD = re.compile(r"[^\W\d_]+(?:[’'][^\W\d_]+)?")
COMPOUND = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
LINE_END_HYPHEN = re.compile(r"([^\W\d_]+)-$")
FIRST_WORD = re.compile(r"^[^\W_]+")  # letters, or digits after "mid-"
NUMBER_WORDS = {
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
}
KEEP_PREFIXES = {"self", "well", "half", "ex", "all", "cross", "non", "quasi", "great"}


class Vocabulary:
    """Words and hyphenated compounds the document prints whole inside a line."""

    def __init__(self, lines: Iterable[str]) -> None:
        self.words: set[str] = set()
        self.compounds: set[str] = set()
        previous_broken = False
        for line in lines:
            text = line.strip()
            body = text.removesuffix("-")
            tokens = WORD.findall(body)
            if previous_broken and tokens:
                tokens = tokens[1:]  # the tail of a broken word is not a word
            if text.endswith("-") and tokens:
                tokens = tokens[:-1]
            self.words.update(token.lower() for token in tokens)
            self.compounds.update(c.lower() for c in COMPOUND.findall(body))
            previous_broken = bool(LINE_END_HYPHEN.search(text))

    def keeps_hyphen(self, head: str, tail: str) -> bool:
        """Whether "head-" at a line end and "tail" on the next line form a hyphenated word."""
        joined, hyphened = (head + tail).lower(), f"{head}-{tail}".lower()
        if tail[:1].isdigit() or hyphened in self.compounds:
            return True
        if joined in self.words:
            return False
        last = head.rsplit("-", 1)[-1].lower()
        return tail[:1].isupper() or last in NUMBER_WORDS or last in KEEP_PREFIXES

    def joins_splice(self, head: str, tail: str) -> bool:
        """Whether text cut by a spliced footnote ("disap" | "pearance") is one word."""
        if not head or not tail:
            return False
        joined = (head + tail).lower()
        return (
            joined in self.words
            or head.lower() not in self.words
            or (tail.lower() not in self.words and len(tail) < 4)
        )
