"""One-word names joined to a person's name: "Attila and Bleda", "Charlemagne, Pepin and
Louis", "Aristotle, Thomas Aquinas and classical liberals".

The small English model often calls an unfamiliar one-word name (an ancient, a medieval or a
foreign one) an organisation or a place, and a name said only once gets no second saying
(persons_context). Joined by "and", "or" or a list's comma to a name the personography knows,
a capitalised word is another person: lists of people rarely mix in a place or an institution,
and those that could are kept out by what the corpus itself says of the word (written in lower
case, after "in", "at" or "near", called a place or a people by the model, a doctrine's or a
people's word, a title, or the first word of a longer name). In a long list of names of which
two or more are known persons ("Solon, Themistocles, Pericles, Alexander the Great, Pompey and
Cicero") every one-word name is a candidate, and "Dion of Syracuse" too; when a third of the
list is known, what the model calls its other names (a place, often) no longer counts.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from .persons_index import NameIndex
from .persons_rules import PARTICLES
from .persons_words import NEVER_ONE_WORD_NAMES

_WORD = r"[A-ZÀ-ÝĀ-Ž][^\W\d_]+(?:['’][A-Z][^\W\d_]*|-[^\W\d_]+)?"  # "O'Brien", not "Ann's"
# The word right after a known name: ", W," / ", W and" / " and W" / " or W".
_AFTER = re.compile(rf"^(?:,\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)({_WORD})(?:['’]s?)?(?![\w'’-])")
# The word right before a known name: "W and " / "W or " / "W, ".
_BEFORE = re.compile(rf"(?<![\w'’.-])({_WORD})(?:\s+(?:and|or)\s+|,\s+)$")
# A list's last join and its last name, right after its second name: " and Z", ", or Z".
_LIST_ENDS = re.compile(rf"(?:['’]s?)?,?\s+(?:and|or)\s+{_WORD}")
_LIST_BEFORE = re.compile(rf"{_WORD},\s+$")  # "Z, " before the list's second name
_LONGER = re.compile(r"\s+(?:[A-Z]|(?:of|di|da|de|del|van|von|ibn|bin|al|el)\s+[A-Z])")
# Words of doctrines, followers and peoples ("Arianism", "Arians", "Marxists", "Israelites").
_GROUP_WORD = re.compile(r"(?:isms?|ists|ians|ites|ology)$")
# What stands before a word that belongs to a longer name: a capitalised word or initials,
# "of", "the" or a particle.
_IN_NAME = re.compile(rf"(?:[A-Z][\w.'’-]*|\b(?:of|the|{'|'.join(sorted(PARTICLES))}))\s+\Z")
NOT_PERSON = frozenset({"GPE", "LOC", "NORP", "FAC", "EVENT", "LANGUAGE", "LAW", "DATE"})
ROUNDS = 2  # a name found in one round may join the next ("Plato, Aristotle" after "Aristotle")


def coordinated_names(
    texts: list[str],
    index: NameIndex,
    lower: set[str],
    in_place: Counter[str],
    labels: dict[str, Counter[str]],
    things: set[str],
) -> list[str]:
    """Capitalised words joined to a name `index` knows, and nothing the corpus says against
    (see the module's docstring; `things` is things_named(texts)): the candidates for new
    one-word persons."""
    # a word of a known longer name ("Daniel" of "Yuli Daniel") is that person's, not a new one
    in_names = {word for form in index.forms if " " in form for word in form.split()}
    found: dict[str, None] = {}
    for text in texts:
        # a surname alone ("Song" in a list of states) may be no one's here
        known = [(m.start, m.end) for m in index.find(text) if m.explicit]
        joined = [(w, False) for start, end in known for w in _joined_words(text, start, end)]
        for name, listed in joined + _listed_words(text, known):
            word = name.split()[0]
            if (
                word.casefold() not in NEVER_ONE_WORD_NAMES
                and word.casefold() not in lower
                and not in_place[word]
                and not _GROUP_WORD.search(word)
                and word not in things
                and word not in in_names
                and (listed or not _called_otherwise(word, labels))
                and not index.candidates(word)[0]
            ):
                found[name] = None
    return list(found)


def _joined_words(text: str, start: int, end: int) -> Iterator[str]:
    """The one-word names joined to the name at text[start:end] by "and" or "or" ("X and W",
    "W or X"), or in a list of three capitalised names with its "and" ("X, W and Z", "W, X
    and Z", "Z, W and X"). A pair joined by a comma alone is no list ("Butler, Albin": an
    inverted name; "The day after Easter, Ann Weir and her crew")."""
    after = _AFTER.match(text[end:])
    if after and not _LONGER.match(text, end + after.end()):
        joined = after.group(0).lstrip(", ").startswith(("and", "or"))
        if joined or _LIST_ENDS.match(text, end + after.end()):
            yield after.group(1)
    before = _BEFORE.search(text, 0, start)
    if before and not _IN_NAME.search(text, 0, before.start()):
        joined = not before.group(0).rstrip().endswith(",")
        in_list = _LIST_ENDS.match(text, end) or _LIST_BEFORE.search(text, 0, before.start())
        if joined or in_list:
            yield before.group(1)


# A list of names: three or more capitalised names ("Philip II of Macedon", "Cato the Elder")
# joined by commas, the last by "and" or "or".
_ITEM = rf"{_WORD}(?:\s+(?:[IVX]+\b|(?:of|the)\s+{_WORD}|{_WORD})){{0,3}}"
_LIST = re.compile(rf"(?<![\w'’-]){_ITEM}(?:,\s+{_ITEM}){{1,}},?\s+(?:and|or)\s+{_ITEM}(?![\w'’-])")
_LIST_ITEM = re.compile(_ITEM)
LIST_PEOPLE = 3  # a list of which a third are known persons is a list of people
LIST_KNOWN = 2  # names of a list the personography knows that make its other one-word names persons


def _listed_words(text: str, known: list[tuple[int, int]]) -> list[tuple[str, bool]]:
    """The one-word names of a list of names ("on Solon, Themistocles, Pericles, Alexander the
    Great, Mark Antony and Cicero") in which at least LIST_KNOWN names are known persons; with
    whether a third of its names are known (a list of people: what the model calls its
    unfamiliar names, a place or nothing, says nothing against them)."""
    words = []
    for found in _LIST.finditer(text):
        items = list(_LIST_ITEM.finditer(text, found.start(), found.end()))
        named = sum(
            any(item.start() <= start and end <= item.end() for start, end in known)
            for item in items
        )
        if named >= LIST_KNOWN:
            people = named * LIST_PEOPLE >= len(items)
            words += [(item.group(), people) for item in items if _one_name(item.group(), people)]
    return words


def _one_name(item: str, people: bool) -> bool:
    """Is the list's item one word, or, in a list of people, one word and a byname of its
    place ("Dion of Syracuse")?"""
    return " " not in item or (
        people and re.fullmatch(rf"{_WORD}\s+of\s+{_WORD}", item) is not None
    )


# "the Taliban", "the Easter weekend": a word after "the" (and no other name word) is a thing's.
_AFTER_THE = re.compile(rf"\b[Tt]he\s+({_WORD})\b(?!['’-]|\s+(?:of\s+)?[A-Z])")
# A plural: "Franks", "Byzantines" where the corpus writes "Frank", "Byzantine".
_PLURAL = re.compile(rf"\b({_WORD})s\b")


def things_named(texts: list[str]) -> set[str]:
    """Words the corpus writes after "the", and plurals of its capitalised words: a thing's
    or a people's names, not a person's."""
    capitalised = {word for text in texts for word in re.findall(_WORD, text)}
    things = {found for text in texts for found in _AFTER_THE.findall(text)}
    plurals = {f"{found}s" for text in texts for found in _PLURAL.findall(text)}
    return things | {plural for plural in plurals if plural[:-1] in capitalised}


def _called_otherwise(word: str, labels: dict[str, Counter[str]]) -> bool:
    """Does the model never call the word a person or an organisation (what it takes
    unfamiliar names for), or call it a place, a people or the like more often?"""
    votes = labels.get(word, Counter())
    named = votes["PERSON"] + votes["ORG"]
    return not named or sum(n for label, n in votes.items() if label in NOT_PERSON) > named
