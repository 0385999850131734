"""One-word names that the text itself shows are people, whatever the model says.

The small statistical model often calls an unfamiliar one-word name a place or an
organisation ("Ashoka", a Zulu chief's name, a queen's name). What is said of a name tells:
"X's son", "the death of X", "X was born", "X married", "his son X", "X (son of" are said of people, not of places or
institutions. A capitalised word said so at least twice (and more often than it stands after a
preposition of place) is proposed as a person. The words that tell are data:
`person_nouns` and `person_verbs` in `edition/data/person-words.json`.
"""

from __future__ import annotations

import re
from collections import Counter

from .persons_words import (
    GIVEN_NAMES,
    KIN,
    NOT_SURNAMES,
    PERSON_NOUNS,
    PERSON_ROLES,
    PERSON_VERBS,
    TITLES,
    alternation,
    thing_word,
)

MIN_CONTEXTS = 2  # sayings about people a one-word name needs ...
MIN_KIN_CONTEXTS = 1  # ... or kinship sayings ("his wife, X", "X, son of", "daughter of X")
_NAME = r"([A-ZÀ-ÝĀ-Ž][\w’'-]*[^\W\d_])"


_NOUNS = alternation([*KIN, *PERSON_NOUNS])
_OWNER = re.compile(rf"\b{_NAME}(?:'s|’s)\s+(?:{_NOUNS})\b")
_OF = re.compile(rf"\b(?:{_NOUNS})\s+of\s+{_NAME}")
# "X was assassinated", "X was reportedly assassinated": an adverb may stand inside the verb
_VERBS = "|".join(
    r"\s+(?:\w+ly\s+)?".join(map(re.escape, verb.split(" ", 1)))
    for verb in sorted(PERSON_VERBS, key=len, reverse=True)
)
_SUBJECT = re.compile(rf"\b{_NAME},?\s+(?:{_VERBS})\b")
# "his son Kunala", "a daughter named Cleïs", "a son called Okonkwo"
_KIN_BEFORE = re.compile(rf"\b(?:{alternation(KIN)}),?\s+(?:(?:named|called)\s+)?{_NAME}")
_KIN_AFTER = re.compile(
    rf"{_NAME},?\s+\(?(?:the\s+)?(?:{alternation(KIN)})\s+of\b"
)  # "Tivara (son of"
_KIN_OF = re.compile(rf"\b(?:{alternation(KIN)})\s+of\s+{_NAME}")  # "(son of Karuvaki"
_FOLLOWED = re.compile(rf"\b{_NAME}\s+[A-Z]")  # a word that mostly starts a longer name
# Honorifics that stand before a surname alone ("Lord Byron", "Mrs. Dalloway", "Dr Watson").
HONORIFICS = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Lord", "Lady", "Madame", "Mme", "Monsieur")
_POSSESSIVE = re.compile(r"['’]s$")
_TITLED = re.compile(rf"\b({alternation(list(HONORIFICS))})\.?\s+{_NAME}(?![\w’'-])(?!\s+[A-Z])")


# A rank or title right before a one-word name ("emperor Hadrian", "King Wacho"); kinship
# words that are titles too ("Sister") are read by the kinship rules.
_RANKS = [t for t in TITLES if t.casefold() not in {k.casefold() for k in KIN}]
# Read as a lookahead, so that a title ending a sentence ("… of the governor. Governor Ruiz")
# does not swallow the title after it.
_TITLE_BEFORE = re.compile(rf"(?=(?<![\w-])(?i:{alternation(_RANKS)})\.?\s+{_NAME})")
# An occupation or a teacher's tie in lower case right before a one-word name ("the geographer
# Pausanias", "his pupil Plato"): said once, enough.
_ROLE_BEFORE = re.compile(rf"(?<![\w-])(?:{alternation(PERSON_ROLES)}),?\s+{_NAME}")


# "Tarvex, his legal adviser;", "Quellina, her sister,": a one-word name and, set off by
# commas, who that person was to someone. Said once, enough. Not "in Vandrel, his uncle in
# Orvel" nor "Vandrel, his brother's house": the appositive ends at the tie.
_TIES = (
    *KIN,
    *PERSON_ROLES,
    *("adviser", "advisor", "friend", "ally", "rival", "minister", "general", "secretary"),
    *("servant", "companion", "patron", "lover", "successor", "predecessor", "heir", "consort"),
)
_APPOSITIVE = re.compile(
    rf"(?<![\w’'-])\b{_NAME},\s+(?:his|her|their)\s+(?:[a-z]+\s+){{0,2}}?"
    rf"(?:{alternation(_TIES)})(?=\s*[,;.)]|\s*$)"  # the appositive ends there
)
_WORD_BEFORE = re.compile(r"[A-ZÀ-Ý][\w’'-]*\s+$")


def sayings(texts: list[str]) -> Counter[str]:
    """How often the corpus says of each capitalised word what is said of people ("X's son",
    "the death of X", "X was born", "his son X", "emperor X" with no other name after it)."""
    said: Counter[str] = Counter()
    for text in texts:
        for pattern in (_OWNER, _OF, _SUBJECT, _KIN_BEFORE, _KIN_AFTER):
            said.update(pattern.findall(text))
        said.update(
            found.group(1)
            for found in _TITLE_BEFORE.finditer(text)
            if _whole_name(text, found.start(1), found.end(1)) and found.group(1) not in TITLES
        )
        said.update(
            {
                found.group(1): MIN_CONTEXTS
                for found in _ROLE_BEFORE.finditer(text)
                if _whole_name(text, found.start(1), found.end(1))
            }
        )
        said.update(
            {
                found.group(1): MIN_CONTEXTS
                for found in _APPOSITIVE.finditer(text)
                if not _WORD_BEFORE.search(text, max(0, found.start() - 40), found.start())
            }
        )
        for found in _CREATORS.finditer(text):  # "the works of Cervantes, Turgenev, and …"
            names = _LIST_NAME.findall(found.group(0).split(" of ", 1)[1])
            if len(names) >= MIN_LISTED:
                said.update({name: MIN_CONTEXTS for name in names})
    return said


# What people make or have ("the works of", "the pupils of"), before a list of one-word names:
# three or more such names are people ("the works of Cervantes, Turgenev, and Schopenhauer").
_MADE = (
    *("works", "writings", "novels", "poems", "plays", "essays", "letters", "paintings"),
    *("compositions", "symphonies", "operas", "sermons", "disciples", "pupils", "followers"),
    "contemporaries",
)
_CREATORS = re.compile(
    rf"\b(?:{'|'.join(_MADE)})\s+of\s+{_NAME}(?![\w’'-])(?:,\s+{_NAME}(?![\w’'-])(?!\s+[A-Z]))+"
    rf",?\s+and\s+{_NAME}(?![\w’'-])(?!\s+[A-Z])"
)
_LIST_NAME = re.compile(_NAME)
MIN_LISTED = 3


# "Brennan's sister Klarva": a relative of someone named, whom the family ties decide
# (persons_family), or who stays uncertain, not a new person of her own.
_OWNED = re.compile(r"[^\W\d_]['’]s\s+$")
_LONGER_AFTER = re.compile(r"\s+(?:[A-Z]|(?:di|da|de|del|van|von|ibn|bin|al|el)\b)")


def _whole_name(text: str, start: int, end: int, not_after_of: bool = True) -> bool:
    """Is text[start:end] a whole one-word name: no possessive, no capitalised word or particle
    after it ("Genghis Khan", "Tommaso di Benvenuto"), and (`not_after_of`) not a place after
    "of" ("Louis of Orléans, brother of")?"""
    word = text[start:end]
    if _POSSESSIVE.search(word) or _LONGER_AFTER.match(text, end):
        return False
    return not (not_after_of and text[max(0, start - 3) : start] == "of ")


# A name of capitalised words (with "of", "the", "and", "for" between them) and the
# abbreviation the text gives it in brackets: "South African Students' Organisation (SASO)".
_ABBREVIATED = re.compile(
    r"((?:[A-Z][\w’'-]*\s+(?:(?:of|the|and|for|de|du|des)\s+)*){1,8}[A-Z][\w’'-]*)"
    r"\s+\(([A-Z]{2,8})\)"
)


def thing_acronyms(texts: list[str]) -> set[str]:
    """Abbreviations the corpus defines for the name of a body or thing: "(SASO)" after
    "South African Students' Organisation". The letters must be initials of the name's
    capitalised words, in order, and a word of the name must make it a thing's (thing_word),
    so "John Fitzgerald Kennedy (JFK)" stays a person's."""
    found = set()
    for text in texts:
        for match in _ABBREVIATED.finditer(text):
            words = match.group(1).split()
            initials = "".join(w[0] for w in words if w[:1].isupper())
            if _in_order(match.group(2), initials) and any(thing_word(w) for w in words):
                found.add(match.group(2))
    return found


def _in_order(letters: str, initials: str) -> bool:
    """Are `letters` a subsequence of `initials` that starts and ends with them ("SASO" of
    "SASO", "NUSAS" of "NUSAS")? Abbreviations skip words but keep their order."""
    rest = iter(initials)
    return bool(letters) and letters[-1] == initials[-1] and all(c in rest for c in letters)


def context_names(
    texts: list[str], lower: set[str], placed: Counter[str], said: Counter[str] | None = None
) -> list[str]:
    """Capitalised words the corpus speaks of as people (MIN_CONTEXTS times or more), not
    words it also writes in lower case, titles, or first words of longer names; `said` is
    sayings(texts) when the caller has it already."""
    said = sayings(texts) if said is None else said
    kin = Counter(
        match.group(1)
        for text in texts
        for pattern in (_KIN_BEFORE, _KIN_AFTER, _KIN_OF)
        for match in pattern.finditer(text)
        if _whole_name(text, match.start(1), match.end(1), pattern is not _KIN_OF)
        and not (pattern is _KIN_BEFORE and _OWNED.search(text, 0, match.start()))
    )
    capitalised: Counter[str] = Counter()
    followed: Counter[str] = Counter()
    for text in texts:
        capitalised.update(re.findall(rf"\b{_NAME}", text))
        followed.update(_FOLLOWED.findall(text))
    titles = set(TITLES) | NOT_SURNAMES  # "God said": no person, nor a title
    return sorted(
        name
        for name, count in said.items()
        if (count >= MIN_CONTEXTS or (kin[name] >= MIN_KIN_CONTEXTS and not placed[name]))
        and name.casefold() not in lower
        and name not in titles
        and count * 2 > placed[name]
        and followed[name] * 4 < capitalised[name] * 3
    )


def titled_names(texts: list[str], lower: set[str], placed: Counter[str]) -> list[tuple[str, str]]:
    """People the corpus calls by an honorific and a surname ("Lord Byron", "Lady Byron"),
    MIN_CONTEXTS times or more, as (name with its honorific, surname), the most written
    first: a title tells two people of one surname apart, and the surname alone goes to the
    one written most. Not given names ("Lady Jane"), words written in lower case, or places."""
    titled: Counter[tuple[str, str]] = Counter()
    for text in texts:
        titled.update((title, _POSSESSIVE.sub("", name)) for title, name in _TITLED.findall(text))
    return [
        (f"{title} {name}", name)
        for (title, name), count in sorted(titled.items(), key=lambda item: (-item[1], item[0]))
        if count >= MIN_CONTEXTS
        and name.casefold() not in lower
        and name not in GIVEN_NAMES
        and name not in TITLES
        and count * 2 > placed[name]
    ]
