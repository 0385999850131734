"""Where the sources differ: events that parallels.xml links across documents whose passages
give the event incompatible dates (a birth on 26 October in one, 7 November in another).

A passage often names other years too (a parent's birth, the year a book appeared), so only
the dates of the event's year count: the year most of the linked passages mention. Dates
that only differ in precision (1940, 1940-08, 1940-08-20) agree."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import combinations

from lxml import etree

from ..xmlio import NSMAP, XML_ID
from .corpus import Corpus, DocumentInfo


@dataclass(frozen=True)
class Reading:
    doc: DocumentInfo
    element: str  # the passage's id in the document
    dates: tuple[str, ...]  # the event year's dates, "1905-01-16 (O.S. 1905-01-03)" style


@dataclass(frozen=True)
class Disagreement:
    link: str
    year: str
    readings: tuple[Reading, ...]


def _values(passage: etree._Element) -> list[tuple[str, str]]:
    """(Gregorian value, Old Style value or '') of each normalized date in a passage."""
    found = []
    for date in passage.xpath(".//tei:date[@when or @from]", namespaces=NSMAP):
        value = (date.get("when") or date.get("from")).strip()
        found.append((value, (date.get("when-custom") or "").strip()))
    return found


def _compatible(a: str, b: str) -> bool:
    """Equal, or one is the other at a coarser precision."""
    return a.startswith(b) or b.startswith(a)


def _finest(values: list[str]) -> list[str]:
    """Drop a value when a finer one of this passage refines it (1940 beside 1940-08-20)."""
    unique = list(dict.fromkeys(values))
    return [v for v in unique if not any(o != v and o.startswith(v) for o in unique)]


def _reading(doc: DocumentInfo, element: str, dates: list[tuple[str, str]], year: str) -> Reading:
    old_style = dict(dates)
    shown = [
        f"{v} (O.S. {old_style[v]})" if old_style.get(v) else v
        for v in _finest([v for v, _ in dates if v[:4] == year])
    ]
    return Reading(doc, element, tuple(shown))


def _passage(doc: DocumentInfo, element_id: str) -> etree._Element | None:
    hits = doc.tree.xpath("//*[@xml:id=$i]", i=element_id)
    return hits[0] if hits else None


def disagreements(corpus: Corpus) -> list[Disagreement]:
    """Event links whose passages date the event (in its year) incompatibly."""
    docs = {doc.stem: doc for doc in corpus.documents}
    found = []
    for link in corpus.parallels.links:
        if link.type != "event":
            continue
        passages = []
        for stem, element_id in link.targets:
            passage = _passage(docs[stem], element_id) if stem in docs else None
            if passage is not None and _values(passage):
                passages.append((docs[stem], passage.get(XML_ID) or element_id, _values(passage)))
        years = Counter(y for *_, dates in passages for y in {v[:4] for v, _ in dates})
        if len(passages) < 2 or not years:
            continue
        year = min(years, key=lambda y: (-years[y], y))
        readings = [_reading(doc, eid, dates, year) for doc, eid, dates in passages]
        readings = [r for r in readings if r.dates]
        finest = [set(_finest([d.split(" ")[0] for d in r.dates])) for r in readings]
        if any(
            not any(_compatible(a, b) for a in x for b in y) for x, y in combinations(finest, 2)
        ):
            found.append(Disagreement(link.id, year, tuple(readings)))
    return found
