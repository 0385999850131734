"""Load a TEI directory for the site: documents with their metadata, persons, parallels."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ..xmlio import NSMAP, parse_file
from .annotate import Collected, document_language
from .entities import Unresolved, resolve_entities
from .legacy import adopt_p4
from .parallels import Parallels
from .persons import Person
from .project import DocumentSettings, Project, default_sigla


def _text(nodes: list) -> str:
    return " ".join(" ".join("".join(n.itertext()) for n in nodes).split())


# Parts of a structured bibl that are read whole (a name's forename and surname together).
_LEAF_PARTS = frozenset({"title", "persName", "name", "orgName", "placeName", "date", "idno"})


def _source(nodes: list) -> str:
    """A bibl of element parts (title, author, publisher…) reads as 'part, part, part', also
    when the parts are nested (biblStruct/monogr/imprint); a note about the file (how it was
    made) is not the source."""
    if not nodes:
        return ""
    return ", ".join(dict.fromkeys(part for part in _parts(nodes[0]) if part))


def _parts(node: etree._Element) -> list[str]:
    mixed = (node.text or "").strip() or any((c.tail or "").strip() for c in node)
    if not len(node) or mixed or etree.QName(node).localname in _LEAF_PARTS:
        return [_text([node])]
    children = [c for c in node if isinstance(c.tag, str) and etree.QName(c).localname != "note"]
    return [part for child in children for part in _parts(child)]


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
    label: str = ""  # the title, told apart from other documents' (set by label_documents)
    short_title: str = ""  # from edition.toml, else the title (set by label_documents)
    siglum: str = ""  # from edition.toml, else initials of the stem, unique per corpus
    unresolved: Unresolved = field(default_factory=lambda: Unresolved(0))  # entity references

    @property
    def page(self) -> str:
        return f"{self.stem}.html"


def _distinction(doc: DocumentInfo) -> str:
    """A few words that tell a document apart: its authors, else the start of its source
    (without the repeated title), else its file name."""
    if doc.authors:
        return ", ".join(doc.authors)
    source = doc.source.removeprefix(doc.title).lstrip(" ,.;:")
    first = re.split(r"[,;(]", source, maxsplit=1)[0].strip().rstrip(".")
    return first[:60] or doc.stem


def label_documents(documents: list[DocumentInfo], project: Project | None = None) -> None:
    """Label each document by its title, adding who or what it is when titles repeat (five
    biographies may all be called after their subject); labels that still repeat get the
    file name. A short title from the project file is the label; sigla default to initials."""
    project = project or Project()
    sigla = default_sigla([doc.stem for doc in documents])
    for doc in documents:
        settings = project.documents.get(doc.stem, DocumentSettings())
        doc.siglum = settings.siglum or sigla[doc.stem]
        doc.short_title = settings.short_title or doc.title
    titles = Counter(doc.title for doc in documents)
    for doc in documents:
        doc.label = doc.title if titles[doc.title] == 1 else f"{doc.title} ({_distinction(doc)})"
    for doc in documents:
        if doc.short_title != doc.title:
            doc.label = doc.short_title
    labels = Counter(doc.label for doc in documents)
    for doc in documents:
        if labels[doc.label] > 1:
            doc.label = f"{doc.label} [{doc.stem}]"


def corpus_title(documents: list[DocumentInfo]) -> str:
    """A site title when edition.toml gives none: the title most documents share (their
    common subject), else the one document's title, else a plain description."""
    titles = Counter(doc.title for doc in documents)
    if titles:
        title, count = titles.most_common(1)[0]
        if count > 1 or len(documents) == 1:
            return f"{title}: an edition" if len(documents) > 1 else title
    return f"An edition of {len(documents)} documents" if documents else "Edition"


def load_document(path: Path, tree: etree._ElementTree | None = None) -> DocumentInfo:
    """Parse a TEI file (or take its tree, already parsed) and read the header fields the
    pages show (all optional)."""
    tree = adopt_p4(tree if tree is not None else parse_file(path))
    unresolved = resolve_entities(tree)
    find = lambda xpath: tree.xpath(xpath, namespaces=NSMAP)
    title = (
        _text(find("//tei:titleStmt/tei:title[@type='main'][1]"))
        or _text(find("//tei:titleStmt/tei:title[1]"))
        or path.stem
    )
    authors = [_text([a]) for a in find("//tei:titleStmt/tei:author") if _text([a])]
    source = _source(find("//tei:sourceDesc/tei:bibl[1]") or find("//tei:sourceDesc/*[1]"))
    urls = find("//tei:sourceDesc//tei:ptr/@target")
    url = next((u for u in urls if u.startswith(("http://", "https://"))), "")
    return DocumentInfo(
        path.stem,
        path,
        tree,
        title,
        authors,
        source[:400],
        url,
        document_language(tree),
        unresolved=unresolved,
    )


@dataclass
class Corpus:
    tei_dir: Path
    documents: list[DocumentInfo]
    persons: dict[str, Person]
    parallels: Parallels
