"""Lines set letter-spaced on a title page ("C H R I S TO P H L AU E R"), read back as words.

pdftotext writes each letter of a letter-spaced line apart and loses the wider gaps between
its words; a line in capitals set with wide kerning comes apart inside its words ("SEN TIMEN
TAL JOURNEY"). The words are found again from the document's own vocabulary: the letters are
split into the fewest words that the document writes at least twice ("Christoph Lauer" on its
copyright line). A line that no split covers is left as it is.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Set as AbstractSet
from itertools import pairwise

MIN_LETTERS = 4  # letters standing alone for a line to count as letter-spaced
MIN_USES = 2  # times a document writes a word for it to be one of its words (not a fragment)
_WORD = re.compile(r"[^\W\d_]{2,}")


def vocabulary(text: str) -> frozenset[str]:
    """The words `text` writes MIN_USES times or more, case-folded (two letters or more)."""
    counts = Counter(word.casefold() for word in _WORD.findall(text))
    return frozenset(word for word, count in counts.items() if count >= MIN_USES)


def _broken_capitals(line: str, words: AbstractSet[str]) -> bool:
    """A line in capitals with a word the document does not write ("SEN TIMEN TAL")."""
    tokens = [token.rstrip(".,:;") for token in line.split()]
    return (
        len(tokens) > 1
        and all(token.isalpha() and token.isupper() for token in tokens)
        and any(len(token) > 1 and token.casefold() not in words for token in tokens)
    )


def letter_spaced(line: str) -> bool:
    """Nearly every token a lone letter (a kerned pair such as "TO" may stick), four at least."""
    tokens = [token.rstrip(".,:;") for token in line.split()]
    single = sum(len(token) == 1 for token in tokens)
    return (
        single >= MIN_LETTERS
        and single >= 0.7 * len(tokens)
        and all(token.isalpha() and len(token) <= 2 for token in tokens)
    )


def despaced(line: str, words: AbstractSet[str]) -> str:
    """`line` with its letters joined into the words of `words` ("C H R I S TO P H L AU E R"
    → "CHRISTOPH LAUER", "SEN TIMEN TAL" → "SENTIMENTAL"), keeping its case and its stops ("M r. Y O R I C K." → "Mr.
    YORICK."); unchanged when it is not letter-spaced or no split into known words covers it."""
    if not (letter_spaced(line) or _broken_capitals(line, words)):
        return line
    letters, marks = "", dict[int, str]()  # marks: the stop after the letter at each index
    for token in line.split():
        bare = token.rstrip(".,:;")
        letters += bare
        if bare != token:
            marks[len(letters)] = token[len(bare) :]
    cuts = _split(letters.casefold(), words)
    if cuts is None or len(cuts) - 1 >= len(line.split()):
        return line
    return " ".join(
        "".join(letters[i] + marks.get(i + 1, "") for i in range(a, b)) for a, b in pairwise(cuts)
    )


def _split(letters: str, words: AbstractSet[str]) -> list[int] | None:
    """Word boundaries (0 … len) splitting `letters` into the fewest words of `words`."""
    fewest: list[tuple[int, int] | None] = [None] * (len(letters) + 1)  # (count, previous cut)
    fewest[0] = (0, 0)
    for end in range(1, len(letters) + 1):
        for start in range(end):
            before = fewest[start]
            if before is None or letters[start:end] not in words:
                continue
            if fewest[end] is None or before[0] + 1 < fewest[end][0]:
                fewest[end] = (before[0] + 1, start)
    if fewest[-1] is None:
        return None
    cuts = [len(letters)]
    while cuts[-1] > 0:
        cuts.append(fewest[cuts[-1]][1])
    return cuts[::-1]
