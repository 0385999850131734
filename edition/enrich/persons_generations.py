"""Names with a generation epithet: "Agrippina the Elder", "Pliny the Younger", "Domitia
Lepida the Younger", as a text tells a mother from a daughter of the same name.

Such an epithet is said of people only, while the small English model often calls the name
before it a place ("Agrippina" GPE). One to three capitalised words before an epithet of the
word list's `generation_epithets` that starts with "the" are proposed as a person's name, less
leading words that are never a name (function words, titles, kin words: "Her", "Empress") and
not when a word is one the corpus writes in lower case. Latin "Minor" and "Major" follow
places too ("Asia Minor"), so they do not propose a name here.
"""

from __future__ import annotations

import re

from .persons_words import GENERATION_EPITHETS, NEVER_ONE_WORD_NAMES

_EPITHETS = sorted((e for e in GENERATION_EPITHETS if e.startswith("the ")), key=len, reverse=True)
_EPITHET = "|".join(r"\s+".join(map(re.escape, e.split())) for e in _EPITHETS) or "(?!)"
_WORD = r"[A-ZÀ-Ý][^\W\d_'’]+(?:-[A-ZÀ-Ý][^\W\d_'’]+)?"
_GENERATION_NAME = re.compile(
    rf"(?<![\w'’-])(?P<name>{_WORD}(?:\s+{_WORD}){{0,2}})\s+(?P<epithet>{_EPITHET})\b"
)


def generation_names(texts: list[str], lower: set[str]) -> list[str]:
    """The names with a generation epithet in `texts` ("Agrippina the Elder"), each once, in
    order; `lower` holds the words the corpus writes in lower case."""
    found: dict[str, None] = {}
    for text in texts:
        for match in _GENERATION_NAME.finditer(text):
            words = match.group("name").split()
            while words and words[0].casefold() in NEVER_ONE_WORD_NAMES:
                words = words[1:]
            if words and not any(w.casefold() in lower for w in words):
                found[" ".join([*words, *match.group("epithet").split()])] = None
    return list(found)
