"""Family ties from the gazetteer, to name a relative called by a given name after a kinship
word: "Tolstoy's sister Olga", "their son Lev", "Pushkin's older brother Alexander".

An entry of edition/data/persons.json may carry "kin": {"subject-id": "word"}, meaning "this
person is the subject's <word>" (Olga Kameneva: {"tolstoy": "sister"}). The tagger asks who is
the <word> of a subject and is called by this given name; the subject is the possessor written
before the kinship word ("Pushkin's"), else the person of the family mentioned last.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .persons_words import KIN

_RECENT = 6  # "his wife Anna": "his" is one of the last six persons mentioned

# Words allowed between a possessor and the kinship word: "Tolstoy's younger sister".
_BETWEEN = r"(?:(?:older|elder|younger|eldest|youngest|first|second|third|only|late|half-)\s*)*"
_KIN_NAME = re.compile(rf"\b(?P<kin>{'|'.join(KIN)}),?\s+(?P<name>[A-ZÀ-Ý][a-zà-ÿ]+)(?![\w-])")
_POSSESSOR = re.compile(
    rf"(?P<owner>[A-ZÀ-Ý][\w-]+)['’]s\s+{_BETWEEN}$|\b(?:his|her|their|the)\s+{_BETWEEN}$"
)


@dataclass(frozen=True)
class KinMention:
    """A given name right after a kinship word, and who owns the kin if the text says so."""

    start: int  # of the given name
    end: int
    kin: str
    given: str
    owner: str  # "Pushkin" in "Pushkin's brother Alexander"; "" after his/her/their or nothing


def kin_mentions(text: str, before: str = "") -> Iterator[KinMention]:
    """Given names after kinship words in `text` (`before`: running text just before it)."""
    for match in _KIN_NAME.finditer(text):
        preceding = (before + text[max(0, match.start("kin") - 60) : match.start("kin")])[-60:]
        owner = _POSSESSOR.search(preceding)
        yield KinMention(
            match.start("name"),
            match.end("name"),
            match.group("kin"),
            match.group("name"),
            (owner.group("owner") or "") if owner else "",
        )


class FamilyIndex:
    """(subject id, kinship word, given name) -> the relative's id."""

    def __init__(self, entries: list[dict]) -> None:
        self._relatives: dict[tuple[str, str], list[tuple[str, str]]] = {}
        for entry in entries:
            for subject, kin in entry.get("kin", {}).items():
                for given in _given_forms(entry):
                    self._relatives.setdefault((kin, given), []).append((subject, entry["id"]))

    def relatives(self, kin: str, given: str) -> list[tuple[str, str]]:
        """(subject, relative) pairs where the relative is the subject's `kin` called `given`."""
        return self._relatives.get((kin, given), [])

    def relative(
        self, mention: KinMention, owner: str | None, last_seen: dict[str, int], clock: int
    ) -> str | None:
        """The relative meant, or None. With a possessor (`owner`: its id, or None when it
        names nobody known) only that person's family counts; else the family of the person
        mentioned last among the last few mentions, when that one has one such relative."""
        pairs = self.relatives(mention.kin, mention.given)
        if mention.owner:
            found = {relative for subject, relative in pairs if subject == owner}
            return found.pop() if len(found) == 1 else None
        recent = [
            (last_seen[subject], relative)
            for subject, relative in pairs
            if clock - last_seen.get(subject, -_RECENT) < _RECENT
        ]
        if not recent:
            return None
        latest = max(recent)[0]
        found = {relative for when, relative in recent if when == latest}
        return found.pop() if len(found) == 1 else None


def _given_forms(entry: dict) -> set[str]:
    """The words a relative is called by alone: first words of names, one-word variants."""
    names = [entry["name"], *entry.get("variants", ())]
    return {name.split()[0] for name in names if name.split()}


@lru_cache(maxsize=1)
def family_index() -> FamilyIndex:
    raw = resources.files("edition").joinpath("data/persons.json").read_text("utf-8")
    return FamilyIndex(json.loads(raw))
