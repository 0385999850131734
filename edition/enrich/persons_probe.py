"""A second look at possessive names the statistical model calls an organisation.

The small English model reads "Neville Chamberlain's attempts" as an organisation (ORG)
although it reads "He met Neville Chamberlain" as a person: the possessive misleads it. Each
such span of two words or more (labelled ORG, GPE, NORP, FAC, PRODUCT or WORK_OF_ART, ending
in "'s") is read again without the possessive in a sentence that says nothing else ("I met X
yesterday."); when the model then calls the whole name a person, the span becomes a PERSON
span of the name. Organisations stay organisations there ("I met the Labour Party
yesterday."). The probes go through the same cache as the paragraphs.
"""

from __future__ import annotations

import re

from .persons_model import Entity, entities
from .persons_words import KIN, TITLES, alternation

PROBED = frozenset({"ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"})
POSSESSIVE = re.compile(r"['’]s$")
PROBE = "I met {} yesterday."
PROBE_START = PROBE.index("{}")  # where the name stands in the probe


def relabel_possessives(texts: list[str], found: list[list[Entity]]) -> list[list[Entity]]:
    """`found` (the model's spans of each text) with the possessive names the model calls a
    person when asked again turned into PERSON spans of the name."""
    names = sorted(
        {
            name
            for text, spans in zip(texts, found)
            for start, end, label in spans
            if (name := _possessive_name(text[start:end], label))
        }
    )
    if not names:
        return found
    probes = entities([PROBE.format(name) for name in names])
    people = {
        name
        for name, spans in zip(names, probes)
        if (PROBE_START, PROBE_START + len(name), "PERSON") in spans
    }
    return [
        [
            (start, end - 2, "PERSON")
            if _possessive_name(text[start:end], label) in people
            else (start, end, label)
            for start, end, label in spans
        ]
        for text, spans in zip(texts, found)
    ]


def _possessive_name(span: str, label: str) -> str:
    """The name of a possessive span of two words or more with a probed label, else ""."""
    if label not in PROBED or not POSSESSIVE.search(span):
        return ""
    name = POSSESSIVE.sub("", span)
    words = name.split()
    return name if len(words) >= 2 and words[0][:1].isupper() and words[-1][:1].isupper() else ""


# A kinship word or a title right before a span ("his adoptive son Marcus Aurelius", "the
# emperors Marcus Aurelius and …"): what the model calls an organisation there is a person.
_CUE = re.compile(
    rf"(?<![\w-])(?i:{alternation({*KIN, *TITLES})})"
    r"s?\.?,?\s+$"
)
_CAPITALISED = re.compile(r"[A-ZÀ-Ý][^\W\d_]+(?:\s+[A-ZÀ-Ý][^\W\d_]+){1,3}")


def relabel_cued(texts: list[str], found: list[list[Entity]]) -> list[list[Entity]]:
    """`found` with every span of two to four capitalised words that a probed label names and a
    kinship word or title stands right before turned into a PERSON span."""
    return [
        [
            (start, end, "PERSON")
            if label in PROBED
            and _CAPITALISED.fullmatch(text[start:end])
            and _CUE.search(text, max(0, start - 30), start)
            else (start, end, label)
            for start, end, label in spans
        ]
        for text, spans in zip(texts, found)
    ]
