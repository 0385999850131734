"""Full names set in capitals ("ADA MARIA QUILL", as encyclopedias and old books print the
subject's name in a lead or a dedication), which neither the rules nor the model read as names.

A run of two to six capitalised words is a name when none of its words is one the corpus
writes in lower case ("THE HARVEST DANCE" is a heading) and at least one word after the first
is written elsewhere in title case, as a surname is ("Quill"). "THE" may stand in a generation
epithet ("AGRIPPINA THE YOUNGER").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .persons_patronymics import PATRONYMIC
from .persons_rules import PARTICLES
from .persons_words import TITLES, generation_epithet, split_generation

MIN_WRITTEN = 2  # times a word of the run must be written in title case elsewhere
# A word of two capitals or more, perhaps joined by a hyphen or apostrophe ("JEAN-PAUL",
# "O'NEILL"; not a possessive "QUILL'S").
_CAPS_WORD = r"[^\W\d_a-z](?:[^\W\d_a-z]|-(?=[^\W\d_a-z])|[’'](?=[^\W\d_a-z]{2}))*[^\W\d_a-z]"
_RUN = re.compile(rf"(?<![\w’'-]){_CAPS_WORD}(?:\s+{_CAPS_WORD}){{1,5}}(?![\w’'-])")
_TITLE_CASE = re.compile(r"(?<![\w’'-])[A-Z](?:[a-z]|[’'][A-Z])[\w’'-]*")  # "Quill", "O'Neill"


@dataclass(frozen=True)
class CapitalsName:
    """A name found in capitals: as written, in title case, and the surname it shows."""

    surface: str
    name: str
    surname: str


def capitals_names(texts: list[str], lower: set[str]) -> list[CapitalsName]:
    """Names written in capitals anywhere in `texts` (see the module docstring)."""
    runs = {" ".join(m.group(0).split()) for text in texts for m in _RUN.finditer(text)}
    if not runs:
        return []
    written: Counter[str] = Counter(w for text in texts for w in _TITLE_CASE.findall(text))
    found = []
    for run in sorted(runs):
        caps = run.split()
        while len(caps) > 2 and len(caps[-1]) <= 3 and not written[_title(caps[-1])]:
            caps = caps[:-1]  # "FRS", "KBE" after a name: letters after it, never a word
        while len(caps) > 2 and _title(caps[0], first=True).rstrip(".") in TITLES:
            caps = caps[1:]  # "DAME ADA MARIA QUILL": the title stays out of the name
        if caps[0].casefold() in PARTICLES:
            continue  # "COUNTESS OF QUILL": a title and its place, no name
        surface = " ".join(caps)
        words = [_title(word, first=i == 0) for i, word in enumerate(caps)]
        epithet = _generation(words)
        if epithet:
            words[-2:] = epithet.split()  # "AGRIPPINA THE YOUNGER": "the" in an epithet
        if any(
            w.casefold() in lower and w.casefold() not in PARTICLES and w != "the" for w in words
        ):
            continue
        if words[0] in TITLES or not all(len(w) > 1 for w in words):
            continue
        base, generation = split_generation(" ".join(words))
        named = base.split() if generation else words[1:]  # "Agrippina" of "… THE YOUNGER"
        if any(written[w] >= MIN_WRITTEN for w in named):
            # "Agrippina" alone is the lead's "AGRIPPINA THE YOUNGER", not her mother
            surname = ("" if " " in base else base) if generation else _surname(words, written)
            found.append(CapitalsName(surface, " ".join(words), surname))
    return found


def _generation(words: list[str]) -> str:
    """ "the Younger" when a run in title case ends so ("Agrippina The Younger"), else ""."""
    if len(words) >= 3 and words[-2] == "The":
        epithet = f"the {words[-1]}"
        return epithet if generation_epithet(" ".join([*words[:-2], epithet])) else ""
    return ""


def _surname(words: list[str], written: Counter[str]) -> str:
    """The word after the first that the text writes most in title case ("Borges", not
    "Acevedo"); never a parent's name begun after a patronymic ("Abi" of "Abdallah bin Abi
    Quhafah", see persons_patronymics), which is no surname; "" when no word qualifies."""
    recurring = [
        word
        for at, word in enumerate(words[1:], 1)
        if written[word] >= MIN_WRITTEN
        and (at == len(words) - 1 or not PATRONYMIC.fullmatch(words[at - 1]))
    ]
    return max(reversed(recurring), key=lambda w: written[w]) if recurring else ""


def _title(word: str, first: bool = False) -> str:
    """ "MCTAVISH" -> "Mctavish", "O'NEILL" -> "O'Neill", "JEAN-PAUL" -> "Jean-Paul", "DE" ->
    "de" (a particle inside a name; "Ibn" at its start)."""
    if word.casefold() in PARTICLES and not first:
        return word.casefold()
    return word.title()  # a run's words hold only letters, apostrophes and hyphens
