"""Corpus-wide indexes: a page per person with every mention, the persons list, the chronology."""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from ..xmlio import NSMAP
from .annotate import DateRef
from .corpus import Corpus, DocumentInfo, Person
from .pages import write_page


@dataclass(frozen=True)
class PersonEntry:
    person: Person
    count: int
    letter: str


def _sort_name(name: str) -> str:
    """Sort by surname-ish key: the last word, accents removed, then the whole name."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = plain.split()
    return f"{words[-1] if words else ''} {plain}"


def persons_with_mentions(corpus: Corpus) -> dict[str, Person]:
    """The personography plus any person referred to but missing from it."""
    persons = dict(corpus.persons)
    for doc in corpus.documents:
        for mention in doc.collected.mentions:
            persons.setdefault(mention.person, Person(mention.person, mention.person))
    return persons


def write_person_pages(corpus: Corpus, site_dir: Path) -> list[Path]:
    """persons/<id>.html for every person, and persons/index.html listing them with counts."""
    persons = persons_with_mentions(corpus)
    mentions: dict[str, list[tuple[DocumentInfo, list]]] = defaultdict(list)
    for doc in corpus.documents:
        by_person = defaultdict(list)
        for mention in doc.collected.mentions:
            by_person[mention.person].append(mention)
        for key, found in by_person.items():
            mentions[key].append((doc, found))
    written, entries = [], []
    for key, person in persons.items():
        groups = mentions.get(key, [])
        count = sum(len(found) for _, found in groups)
        written.append(write_page(site_dir, f"persons/{key}.html", "person.html",
                                  title=person.name, person=person, groups=groups, count=count))
        letter = (_sort_name(person.name).split(" ", 1)[0][:1] or "#").upper()
        entries.append(PersonEntry(person, count, letter if letter.isalpha() else "#"))
    entries.sort(key=lambda e: _sort_name(e.person.name))
    written.append(write_page(site_dir, "persons/index.html", "persons.html",
                              title="Index of persons", entries=entries))
    return written


@dataclass(frozen=True)
class ChronologyRow:
    date: DateRef
    doc: DocumentInfo
    label: str
    old_style: str
    shared: bool


def _label(date: DateRef) -> str:
    attrs = date.attrs
    if attrs.get("when"):
        return attrs["when"]
    if attrs.get("from") or attrs.get("to"):
        return f"{attrs.get('from', '?')} – {attrs.get('to', '?')}"
    return f"between {attrs.get('notBefore', '?')} and {attrs.get('notAfter', '?')}"


def chronology_groups(corpus: Corpus) -> list[tuple[str, list[ChronologyRow]]]:
    """Dated passages of every document in time order, grouped by year; a row is `shared`
    when another document gives the same normalized date."""
    dated = [(d, doc) for doc in corpus.documents for d in doc.collected.dates if d.sort_key]
    documents_by_key: dict[str, set[str]] = defaultdict(set)
    for date, doc in dated:
        documents_by_key[date.sort_key].add(doc.stem)
    dated.sort(key=lambda pair: (pair[0].sort_key, pair[1].stem))
    years: dict[str, list[ChronologyRow]] = {}
    for date, doc in dated:
        row = ChronologyRow(date, doc, _label(date), date.attrs.get("when-custom", ""),
                            len(documents_by_key[date.sort_key]) > 1)
        years.setdefault(date.sort_key.lstrip("-")[:4], []).append(row)
    return list(years.items())


@dataclass(frozen=True)
class Disagreement:
    """An event that parallels.xml links across documents which date it differently."""

    link: str
    readings: tuple[tuple[DocumentInfo, str, str], ...]  # (document, element id, dates)


def _dates_in(element: etree._Element) -> str:
    values = element.xpath(".//tei:date/@when | .//tei:date/@from", namespaces=NSMAP)
    return ", ".join(dict.fromkeys(values))


def disagreements(corpus: Corpus) -> list[Disagreement]:
    """Event links whose passages carry different normalized dates in different documents."""
    docs = {doc.stem: doc for doc in corpus.documents}
    found = []
    for link in corpus.parallels.links:
        if link.type != "event":
            continue
        readings = []
        for stem, element_id in link.targets:
            hits = docs[stem].tree.xpath("//*[@xml:id=$i]", i=element_id) if stem in docs else []
            if hits and _dates_in(hits[0]):
                readings.append((docs[stem], element_id, _dates_in(hits[0])))
        if len({dates for _, _, dates in readings}) > 1:
            found.append(Disagreement(link.id, tuple(readings)))
    return found


def write_chronology(corpus: Corpus, site_dir: Path) -> Path:
    return write_page(site_dir, "chronology.html", "chronology.html", title="Chronology",
                      groups=chronology_groups(corpus), disagreements=disagreements(corpus))
