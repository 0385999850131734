"""Read the personography (TEI_DIR/persons.xml) for the person pages, forgivingly: it may be
missing, written by hand, in TEI P4, or not well-formed (then the build warns and the pages
use the names as the documents write them)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from ..errors import InputError
from ..progress import QUIET, Console
from ..xmlio import NSMAP, XML_ID, parse_file
from .annotate import person_key
from .legacy import adopt_p4


@dataclass(frozen=True)
class Person:
    """An entry of the personography."""

    id: str
    name: str
    variants: tuple[str, ...] = ()
    birth: str = ""
    death: str = ""
    authorities: tuple[tuple[str, str], ...] = ()  # (label, url)


AUTHORITY_URLS = {
    "wikidata": ("Wikidata", "https://www.wikidata.org/wiki/{}"),
    "viaf": ("VIAF", "https://viaf.org/viaf/{}"),
    "gnd": ("GND", "https://d-nb.info/gnd/{}"),
    "loc": ("Library of Congress", "https://id.loc.gov/authorities/names/{}"),
}
WIKIDATA_URL = re.compile(r"https?://(?:www\.)?wikidata\.org/(?:wiki|entity)/(Q\d+)")


def _words(element: etree._Element) -> str:
    """Text of a name; parts in child elements (forename, surname) are kept apart."""
    return " ".join(" ".join(part.strip() for part in element.itertext()).split())


def _authorities(person: etree._Element) -> tuple[tuple[str, str], ...]:
    found = []
    for idno in person.xpath("tei:idno", namespaces=NSMAP):
        value, kind = (idno.text or "").strip(), (idno.get("type") or "").strip().lower()
        wikidata = WIKIDATA_URL.match(value)
        if wikidata:
            kind, value = "wikidata", wikidata.group(1)
        if kind in AUTHORITY_URLS and value and "://" not in value:
            label, url = AUTHORITY_URLS[kind]
            found.append((f"{label} {value}", url.format(value)))
        elif value.startswith(("http://", "https://")):
            found.append((kind or "link", value))
    return tuple(dict.fromkeys(found))


def life_date(event: etree._Element | None) -> str:
    """A birth or death as a reader sees it: its normalized value (Old Style beside it),
    else its range, else its words."""
    if event is None:
        return ""
    when, old = event.get("when", "").strip(), event.get("when-custom", "").strip()
    if when:
        return f"{when} (Old Style {old})" if old else when
    low = event.get("notBefore") or event.get("from") or ""
    high = event.get("notAfter") or event.get("to") or ""
    if low or high:
        return f"{low.strip() or '?'}/{high.strip() or '?'}"
    return old or _words(event)


def _person(element: etree._Element, key: str) -> Person:
    names = [_words(n) for n in element.xpath("tei:persName", namespaces=NSMAP)]
    preferred = element.xpath("tei:persName[@type='preferred'][1]", namespaces=NSMAP)
    name = (_words(preferred[0]) if preferred else "") or next((n for n in names if n), key)
    variants = tuple(dict.fromkeys(n for n in names if n and n != name))
    event = lambda tag: next(iter(element.xpath(f"tei:{tag}", namespaces=NSMAP)), None)
    return Person(
        key,
        name,
        variants,
        life_date(event("birth")),
        life_date(event("death")),
        _authorities(element),
    )


def read_persons(path: Path, console: Console = QUIET) -> dict[str, Person]:
    """persons.xml -> {id: Person}. An absent file gives none; an unreadable one warns and
    gives none; entries without xml:id are skipped (nothing can refer to them)."""
    if not path.is_file():
        return {}
    try:
        tree = adopt_p4(parse_file(path))
    except InputError as exc:
        console.warn(
            f"warning[persons-unreadable]: {exc.message}; until then the person "
            "pages show the names as the documents write them"
        )
        return {}
    return persons_in(tree)


def persons_in(tree: etree._ElementTree) -> dict[str, Person]:
    """Every person with an xml:id in a tree's listPerson (or anywhere): the corpus's
    persons.xml, or a document's own personography (teiHeader, standOff, back)."""
    persons: dict[str, Person] = {}
    for element in tree.xpath("//tei:person[@xml:id]", namespaces=NSMAP):
        key = person_key(element.get(XML_ID))
        if key and key not in persons:  # a duplicated id: the first entry wins
            persons[key] = _person(element, key)
    return persons


def all_personographies(shared: dict[str, Person], trees: list) -> dict[str, Person]:
    """The corpus's persons.xml, then the persons each document lists itself (persons.xml
    wins when both define an id)."""
    persons = dict(shared)
    for tree in trees:
        for key, person in persons_in(tree).items():
            persons.setdefault(key, person)
    return persons
