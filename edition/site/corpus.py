"""Load a TEI directory for the site: documents with their metadata, persons, parallels."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ..xmlio import NSMAP, XML_ID, parse_file
from .annotate import Collected, document_language, person_key
from .legacy import adopt_p4
from .parallels import Parallels

CORPUS_FILES = {"persons.xml", "parallels.xml"}


def document_files(tei_dir: Path) -> list[Path]:
    """The documents of a TEI directory: its *.xml files except the corpus-wide ones."""
    return [p for p in sorted(Path(tei_dir).glob("*.xml")) if p.name not in CORPUS_FILES]


def _text(nodes: list) -> str:
    return " ".join(" ".join("".join(n.itertext()) for n in nodes).split())


def _source(nodes: list) -> str:
    """A bibl of element parts (title, author, publisher…) reads as 'part, part, part'."""
    if not nodes:
        return ""
    node = nodes[0]
    mixed = (node.text or "").strip() or any((c.tail or "").strip() for c in node)
    if len(node) and not mixed:
        return ", ".join(t for t in (_text([c]) for c in node if isinstance(c.tag, str)) if t)
    return _text([node])


@dataclass
class DocumentInfo:
    """One document: where it came from, its header metadata and its parsed tree."""

    stem: str
    path: Path
    tree: etree._ElementTree
    title: str
    authors: list[str]
    source: str
    source_url: str
    language: str
    collected: Collected = field(default_factory=Collected)

    @property
    def page(self) -> str:
        return f"{self.stem}.html"


def load_document(path: Path) -> DocumentInfo:
    """Parse a TEI file and read the header fields the pages show (all optional)."""
    tree = adopt_p4(parse_file(path))
    find = lambda xpath: tree.xpath(xpath, namespaces=NSMAP)
    title = (_text(find("//tei:titleStmt/tei:title[@type='main'][1]"))
             or _text(find("//tei:titleStmt/tei:title[1]")) or path.stem)
    authors = [_text([a]) for a in find("//tei:titleStmt/tei:author") if _text([a])]
    source = _source(find("//tei:sourceDesc/tei:bibl[1]") or find("//tei:sourceDesc/*[1]"))
    urls = find("//tei:sourceDesc//tei:ptr/@target")
    url = next((u for u in urls if u.startswith(("http://", "https://"))), "")
    return DocumentInfo(path.stem, path, tree, title, authors, source[:400], url,
                        document_language(tree))


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
    "wikidata": "https://www.wikidata.org/wiki/{}",
    "viaf": "https://viaf.org/viaf/{}",
    "gnd": "https://d-nb.info/gnd/{}",
}


def _authorities(person: etree._Element) -> tuple[tuple[str, str], ...]:
    found = []
    for idno in person.xpath("tei:idno", namespaces=NSMAP):
        value, kind = (idno.text or "").strip(), (idno.get("type") or "").lower()
        if value.startswith(("http://", "https://")):
            found.append((kind or "link", value))
        elif kind in AUTHORITY_URLS and value:
            found.append((f"{kind} {value}", AUTHORITY_URLS[kind].format(value)))
    return tuple(found)


def _life_date(person: etree._Element, tag: str) -> str:
    nodes = person.xpath(f"tei:{tag}", namespaces=NSMAP)
    if not nodes:
        return ""
    node = nodes[0]
    return node.get("when") or node.get("notBefore") or _text([node])


def read_persons(path: Path) -> dict[str, Person]:
    """persons.xml -> {id: Person}; an absent file gives none."""
    if not path.is_file():
        return {}
    persons = {}
    for person in parse_file(path).xpath("//tei:person[@xml:id]", namespaces=NSMAP):
        key = person_key(person.get(XML_ID)) or "_"
        names = [_text([n]) for n in person.xpath("tei:persName", namespaces=NSMAP)]
        preferred = _text(person.xpath("tei:persName[@type='preferred'][1]", namespaces=NSMAP))
        name = preferred or (names[0] if names else key)
        variants = tuple(dict.fromkeys(n for n in names if n and n != name))
        persons[key] = Person(key, name, variants, _life_date(person, "birth"),
                              _life_date(person, "death"), _authorities(person))
    return persons


@dataclass
class Corpus:
    tei_dir: Path
    documents: list[DocumentInfo]
    persons: dict[str, Person]
    parallels: Parallels
