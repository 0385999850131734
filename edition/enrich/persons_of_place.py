"""Names of one word and a place: "Eusebius of Nicomedia", "Felix of Urgel", "Paulinus of
Aquileia", as late-antique and medieval people are called.

The small English model calls most of them an organisation, like "Council of Nicaea" or "Bank
of England". What tells a person from an institution is the first word: a council, a bank, a
synod or a bishop is a common noun that the corpus also writes in lower case, or a word of the
lists that make a name a thing's ("Church", "University") or a title's ("Bishop"); a given name
is never written so. A span "W of P" that the model calls a person or an organisation is
proposed when W is such a name and P is capitalised.
"""

from __future__ import annotations

import re
from collections import Counter

from .persons_words import NEVER_ONE_WORD_NAMES, THING_AFTER

_OF_PLACE = re.compile(
    r"(?P<name>[A-ZÀ-Ý][^\W\d_]{2,})\s+of\s+(?P<place>[A-ZÀ-Ý][^\W\d_'’-]+(?:[\s-][A-ZÀ-Ý][^\W\d_]+)?)"
)
# Words of doctrines, followers and peoples: "Arians of Tyre" names a group; a Latin name's
# "-us", "-as", "-is" is no plural.
_GROUP_WORD = re.compile(r"(?:isms?|ists|ians|ites|[^aeiouy]s)$")  # and plurals: "Annals of X"
_NOT_NAMES = NEVER_ONE_WORD_NAMES | {w.casefold() for w in THING_AFTER}
NAMED_AS = ("PERSON", "ORG")  # what the model calls such a name


def of_place_names(labels: dict[str, Counter[str]], lower: set[str]) -> list[str]:
    """Spans "W of P" that the model calls a person or an organisation more often than
    anything else, whose W is no common noun, title or thing's word (see the module's
    docstring)."""
    found = []
    for span, votes in sorted(labels.items()):
        match = _OF_PLACE.fullmatch(span)
        if match is None:
            continue
        named = sum(votes[label] for label in NAMED_AS)
        name = match.group("name")
        if (
            named * 2 > sum(votes.values())
            and name.casefold() not in _NOT_NAMES
            and name.casefold() not in lower
            and match.group("place").split()[0].casefold() not in lower
            and not _GROUP_WORD.search(name)
        ):
            found.append(span)
    return found
