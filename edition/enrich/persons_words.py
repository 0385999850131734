"""Word lists for the persons rules, read from a data file a user may replace.

`edition/data/person-words.json` holds them (titles, words that make a name a thing's name,
given names that hint at a full name, capitalised words that are never surnames, kinship
words, words said only of people, capitalised function words). `$EDITION_PERSON_WORDS` names
another file of the same shape. The lists are hints for the rules: names are proposed by the
statistical model as well (persons_model).

The function words ("The", "He", "In", "Although", ...) are listed because the model reads only
the text around capitalised words (persons_model.regions): these start sentences and never
belong to a name, so they need not make the model read around them. A file without the list
makes every capitalised word count (slower, same names).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable
from pathlib import Path

DEFAULT_WORDS = Path(__file__).resolve().parents[1] / "data" / "person-words.json"
DEFAULT_WORLD_GIVEN_NAMES = Path(__file__).resolve().parents[1] / "data" / "world-given-names.txt"


def _load() -> dict[str, list[str]]:
    path = Path(os.environ.get("EDITION_PERSON_WORDS") or DEFAULT_WORDS)
    return json.loads(path.read_text("utf-8"))


_WORDS = _load()

# Titles kept inside the tag: "Emperor Hadrian", "General Grant", "Dr. Watson".
TITLES: list[str] = _WORDS["titles"]
# A name followed by one of these names a thing, not a person: "Nobel Prize", "Smith Museum".
THING_AFTER: frozenset[str] = frozenset(_WORDS["thing_after"])
# Words before a name that make it a place's: "Mount Kōya", "Lake Victoria", "Fort Worth".
PLACE_BEFORE: frozenset[str] = frozenset(_WORDS.get("place_before", ()))
# A doctrine's or a movement's name ends in "-ism" in many languages: "Nichiren Buddhism",
# "Peronismo", "Thomismus". No person's name does.
_DOCTRINE = re.compile(r"[^\W\d_]{2,}(?:ism|isme|ismus|ismo)s?")
# The word after a name, past a possessive: "Nobel Prize", "Rupert's Land".
_WORD_AFTER = re.compile(r"(['’]s)?\s+([^\W\d_][\w-]*)")


def thing_word(word: str) -> bool:
    """Does `word` make the name before it a thing's ("Nobel Prize", "Tendai Buddhism")? A
    title in the plural does too: "Roman Emperors", "Tudor Kings" are groups. (Not a thing
    word in the plural: "Rosa Parks", "Ann Banks".)"""
    return word in THING_AFTER or bool(_DOCTRINE.fullmatch(word)) or _plural_title(word)


def _plural_title(word: str) -> bool:
    """Is `word` a title in the plural ("Emperors", "Princesses")?"""
    if not (word[:1].isupper() and word.endswith("s")):
        return False
    singulars = (word[:-1], word[:-2]) if word.endswith("es") else (word[:-1],)
    return any(len(w) > 2 and w in TITLES for w in singulars)


def thing_follows(text: str, end: int) -> bool:
    """Does a thing word follow the name that ends at `end` ("Nobel Prize")? Past a
    possessive only a capitalised one does ("Rupert's Land", not "Sappho's family")."""
    found = _WORD_AFTER.match(text, end)
    if found is None:
        return False
    word = found.group(2)
    return thing_word(word) and not (found.group(1) and word[:1].islower())


# Given names that start a full name we may propose as a new person ("Lillian Pollak").
GIVEN_NAMES: frozenset[str] = frozenset(_WORDS["given_names"])
# Capitalised words that end a "Given Surname" guess: never part of a person's name.
NOT_SURNAMES: frozenset[str] = frozenset(_WORDS["not_surnames"])
# Kinship words: a given name right after one is a person ("his sister Olga").
KIN: list[str] = _WORDS["kin"]
# Said of people only: "X's widow", "the reign of X" (nouns); "X was born", "X married" (verbs).
PERSON_NOUNS: list[str] = _WORDS.get("person_nouns", [])
PERSON_VERBS: list[str] = _WORDS.get("person_verbs", [])
PERSON_ROLES: list[str] = _WORDS.get("person_roles", [])
# After a name, tell a parent from a child of the same name: "Agrippina the Elder", "Cato Minor";
# one group per generation ("the Younger" and "Minor" say the same).
_GENERATIONS: list[list[str]] = _WORDS.get("generation_epithets", [])
GENERATION_EPITHETS: list[str] = [epithet for group in _GENERATIONS for epithet in group]
_GENERATION_OF = {" ".join(e.split()): group[0] for group in _GENERATIONS for e in group}
# Capitalised articles, pronouns, prepositions, conjunctions, auxiliaries: never in a name.
FUNCTION_WORDS: frozenset[str] = frozenset(_WORDS.get("function_words", []))
# Case-folded words that are never a one-word person's name: function words, words that end a
# name, titles and kinship words.
NEVER_ONE_WORD_NAMES: frozenset[str] = frozenset(
    w.casefold() for w in (*FUNCTION_WORDS, *NOT_SURNAMES, *TITLES, *KIN)
)


def _load_world_given_names() -> frozenset[str]:
    path = Path(os.environ.get("EDITION_WORLD_GIVEN_NAMES") or DEFAULT_WORLD_GIVEN_NAMES)
    lines = path.read_text("utf-8").splitlines() if path.is_file() else []
    names = {line.strip() for line in lines if line.strip() and not line.startswith("#")}
    return frozenset(n for n in names if n.casefold() not in NEVER_ONE_WORD_NAMES) - THING_AFTER


# Given names of many languages (edition/data/world-given-names.txt, or the file
# $EDITION_WORLD_GIVEN_NAMES names): a weaker hint than GIVEN_NAMES, which the rules take only
# where the corpus does not write the word in lower case or as a place (persons.propose_persons).
WORLD_GIVEN_NAMES: frozenset[str] = _load_world_given_names()


def alternation(words: Iterable[str]) -> str:
    """A regular-expression alternation of `words`, longest first (so "Grand Duke" wins over
    "Grand"), each escaped."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _spaced_alternation(phrases: Iterable[str]) -> str:
    """An alternation of `phrases`, longest first, with any run of spaces between words."""
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in ordered)


_GENERATION = re.compile(rf"\s+(?:{_spaced_alternation(GENERATION_EPITHETS) or '(?!)'})$")
# A generation epithet right after a name ("Agrippina| the Elder was …").
GENERATION_AFTER = re.compile(rf"\s+(?:{_spaced_alternation(GENERATION_EPITHETS) or '(?!)'})\b")
# The words that close a generation epithet ("Elder", "Minor").
GENERATION_WORDS: frozenset[str] = frozenset(e.split()[-1] for e in GENERATION_EPITHETS)


def generation_epithet(name: str) -> str:
    """The generation `name` ends with, as its group's first epithet: "the Elder" for
    "Agrippina the Elder" and "Agrippina Maior"; "" for no generation epithet."""
    return split_generation(name)[1]


def split_generation(name: str) -> tuple[str, str]:
    """(the name before its generation epithet, the generation): ("Agrippina", "the
    Younger") for "Agrippina Minor"; (name, "") for a name without one."""
    found = _GENERATION.search(name)
    if found is None:
        return name, ""
    return name[: found.start()], _GENERATION_OF[" ".join(found.group(0).split())]
