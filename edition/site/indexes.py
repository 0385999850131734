"""Corpus-wide indexes: a page per person with every mention, the persons list, the chronology."""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from .annotate import DateRef
from .corpus import Corpus, DocumentInfo
from .disagreements import disagreements
from .pages import write_page
from .persons import Person
from .urls import person_page_stem


@dataclass(frozen=True)
class PersonEntry:
    person: Person
    count: int
    letter: str

    @property
    def page(self) -> str:
        """The person's page, relative to persons/ (never the index page's name)."""
        return f"{person_page_stem(self.person.id)}.html"


def _sort_name(name: str) -> str:
    """Sort by surname-ish key: the last word, accents removed, then the whole name."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = plain.split()
    return f"{words[-1] if words else ''} {plain}"


def persons_with_mentions(corpus: Corpus) -> dict[str, Person]:
    """The personography plus any person referred to but missing from it (named by the
    words the documents use for them most often, the longer on a tie; the others are
    listed as variants)."""
    persons = dict(corpus.persons)
    unlisted: dict[str, Counter[str]] = defaultdict(Counter)
    for doc in corpus.documents:
        for mention in doc.collected.mentions + doc.collected.citations:
            if mention.person not in persons:
                unlisted[mention.person][mention.context.match or mention.person] += 1
    for key, names in unlisted.items():
        ranked = sorted(names, key=lambda name: (-names[name], -len(name), name))
        persons[key] = Person(key, ranked[0], tuple(ranked[1:6]))
    return persons


def _by_person(corpus: Corpus, kind: str) -> dict[str, list[tuple[DocumentInfo, list]]]:
    """{person: [(document, its mentions or citations of them)]}; kind names the list."""
    grouped: dict[str, list[tuple[DocumentInfo, list]]] = defaultdict(list)
    for doc in corpus.documents:
        by_person = defaultdict(list)
        for mention in getattr(doc.collected, kind):
            by_person[mention.person].append(mention)
        for key, found in by_person.items():
            grouped[key].append((doc, found))
    return grouped


def write_person_pages(corpus: Corpus, site_dir: Path, names_in_notes: bool = False) -> list[Path]:
    """persons/<id>.html for every person, and persons/index.html listing them with counts
    (mentions only: a name in a citation or a work's title is listed apart, as 'cited in').
    A person named only inside notes gets a page (the notes link to it) but no line in the
    index, unless `names_in_notes` (edition.toml: [index] names_in_notes = true)."""
    persons = persons_with_mentions(corpus)
    mentions, citations = _by_person(corpus, "mentions"), _by_person(corpus, "citations")
    written, entries = [], []
    for key, person in persons.items():
        groups = mentions.get(key, [])
        count = sum(len(found) for _, found in groups)
        only_in_notes = count > 0 and all(m.in_note for _, found in groups for m in found)
        written.append(
            write_page(
                site_dir,
                f"persons/{person_page_stem(key)}.html",
                "person.html",
                title=person.name,
                person=person,
                groups=groups,
                count=count,
                citations=citations.get(key, []),
                only_in_notes=only_in_notes,
            )
        )
        if only_in_notes and not names_in_notes:
            continue
        letter = (_sort_name(person.name).split(" ", 1)[0][:1] or "#").upper()
        entries.append(PersonEntry(person, count, letter if letter.isalpha() else "#"))
    entries.sort(key=lambda e: _sort_name(e.person.name))
    written.append(
        write_page(
            site_dir,
            "persons/index.html",
            "persons.html",
            title="Index of persons",
            entries=entries,
        )
    )
    return written


@dataclass(frozen=True)
class ChronologyRow:
    date: DateRef
    doc: DocumentInfo
    label: str
    old_style: str
    shared: bool


MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def worded_without_year(value: str) -> str:
    """'--01-05' reads '5 January, year not given'; '--01' reads 'January, year not given'."""
    parts = value.removeprefix("--").split("-")
    try:
        month = MONTHS[int(parts[0]) - 1]
        day = f"{int(parts[1])} " if len(parts) > 1 and parts[1] else ""
    except (ValueError, IndexError):
        return value
    return f"{day}{month}, year not given"


def date_label(attrs: dict[str, str]) -> str:
    """The normalized value of a date as the chronology shows it (Gregorian)."""
    if any(v.startswith("--") for v in attrs.values()):
        attrs = {k: worded_without_year(v) if v.startswith("--") else v for k, v in attrs.items()}
    when, start, end = attrs.get("when"), attrs.get("from"), attrs.get("to")
    low, high = attrs.get("notBefore"), attrs.get("notAfter")
    if when:
        return when
    if start or end:
        return f"{start} – {end}" if start and end else f"from {start}" if start else f"until {end}"
    if low and high:
        return f"between {low} and {high}"
    return f"not before {low}" if low else f"not after {high}" if high else ""


NO_YEAR = "Without a year"
YEAR_UNSURE = "Year uncertain"


def _group_of(date: DateRef) -> str:
    if date.sort_key.startswith("--"):
        return NO_YEAR
    return date.sort_key[:4] if date.year_near else YEAR_UNSURE


def chronology_groups(corpus: Corpus) -> list[tuple[str, list[ChronologyRow]]]:
    """Dated passages of every document in time order, grouped by year; a row is `shared`
    when another document gives the same normalized date."""
    dated = [(d, doc) for doc in corpus.documents for d in doc.collected.dates if d.sort_key]
    documents_by_key: dict[str, set[str]] = defaultdict(set)
    for date, doc in dated:
        documents_by_key[date.sort_key].add(doc.stem)
    # Dates without a year ("--01-05") and dates whose year was not written near them (an
    # enricher's guess from a distant passage) come last, under their own headings.
    order = {NO_YEAR: 1, YEAR_UNSURE: 2}
    dated.sort(key=lambda p: (order.get(_group_of(p[0]), 0), p[0].sort_key, p[1].stem))
    years: dict[str, list[ChronologyRow]] = {}
    for date, doc in dated:
        row = ChronologyRow(
            date,
            doc,
            date_label(date.attrs),
            date.attrs.get("when-custom", ""),
            len(documents_by_key[date.sort_key]) > 1,
        )
        years.setdefault(_group_of(date), []).append(row)
    return list(years.items())


def write_chronology(corpus: Corpus, site_dir: Path) -> Path:
    return write_page(
        site_dir,
        "chronology.html",
        "chronology.html",
        title="Chronology",
        groups=chronology_groups(corpus),
        disagreements=disagreements(corpus),
    )
