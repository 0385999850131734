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


def _load() -> dict[str, list[str]]:
    path = Path(os.environ.get("EDITION_PERSON_WORDS") or DEFAULT_WORDS)
    return json.loads(path.read_text("utf-8"))


_WORDS = _load()

# Titles kept inside the tag: "Emperor Hadrian", "General Grant", "Dr. Watson".
TITLES: list[str] = _WORDS["titles"]
# A name followed by one of these names a thing, not a person: "Nobel Prize", "Smith Museum".
THING_AFTER: frozenset[str] = frozenset(_WORDS["thing_after"])
# Given names that start a full name we may propose as a new person ("Lillian Pollak").
GIVEN_NAMES: frozenset[str] = frozenset(_WORDS["given_names"])
# Capitalised words that end a "Given Surname" guess: never part of a person's name.
NOT_SURNAMES: frozenset[str] = frozenset(_WORDS["not_surnames"])
# Kinship words: a given name right after one is a person ("his sister Olga").
KIN: list[str] = _WORDS["kin"]
# Said of people only: "X's widow", "the reign of X" (nouns); "X was born", "X married" (verbs).
PERSON_NOUNS: list[str] = _WORDS.get("person_nouns", [])
PERSON_VERBS: list[str] = _WORDS.get("person_verbs", [])
# Capitalised articles, pronouns, prepositions, conjunctions, auxiliaries: never in a name.
FUNCTION_WORDS: frozenset[str] = frozenset(_WORDS.get("function_words", []))
# Case-folded words that are never a one-word person's name: function words, words that end a
# name, titles and kinship words.
NEVER_ONE_WORD_NAMES: frozenset[str] = frozenset(
    w.casefold() for w in (*FUNCTION_WORDS, *NOT_SURNAMES, *TITLES, *KIN)
)


def alternation(words: Iterable[str]) -> str:
    """A regular-expression alternation of `words`, longest first (so "Grand Duke" wins over
    "Grand"), each escaped."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
