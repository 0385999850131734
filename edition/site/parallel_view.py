"""The parallel view: documents side by side, aligned on shared dates and on the links of
parallels.xml, with shared quotations and their collations."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from ..xmlio import NSMAP
from .annotate import ParallelMarks, element_id
from .corpus import Corpus, DocumentInfo
from .pages import write_page
from .parallels import Parallels, reading_of, relabel_witnesses
from .render import render, render_element

PAGE = "parallel.html"
QUOTE_CHARS = 700
DEFAULT_COLUMNS = 2
SIGLUM_CHARS = 24  # longest witness name in the apparatus
QUOTATION_TYPES = ("quotation", "repeat")  # links shown as shared quotations


@dataclass(frozen=True)
class Anchor:
    """An alignment point: the element of each document where the same thing is told."""

    id: str
    kind: str  # date, event or quotation
    label: str
    at: dict[str, str]


def date_anchors(corpus: Corpus) -> list[Anchor]:
    """Dates (years, months or days) that two or more documents give: first mention in each."""
    first: dict[str, dict[str, str]] = defaultdict(dict)
    for doc in corpus.documents:
        for date in doc.collected.dates:
            when = date.attrs.get("when", "")
            if len(when) >= 4 and not when.startswith("-"):
                first[when].setdefault(doc.stem, date.anchor)
    return [
        Anchor(f"d-{when}", "date", when, at) for when, at in sorted(first.items()) if len(at) >= 2
    ]


def person_anchors(corpus: Corpus) -> list[Anchor]:
    """The first mention of each person that two or more documents name."""
    first: dict[str, dict[str, str]] = defaultdict(dict)
    for doc in corpus.documents:
        for mention in doc.collected.mentions:
            first[mention.person].setdefault(doc.stem, mention.anchor)
    names = {key: person.name for key, person in corpus.persons.items()}
    return [
        Anchor(f"p-{key}", "person", f"first mention of {names.get(key, key)}", at)
        for key, at in sorted(first.items())
        if len(at) >= 2
    ]


def link_anchors(parallels: Parallels, stems: set[str]) -> list[Anchor]:
    """Event and quotation links of parallels.xml between documents of this site."""
    anchors = []
    for link in parallels.links:
        at: dict[str, str] = {}
        for stem, element in link.targets:
            if stem in stems:
                at.setdefault(stem, element)
        if len(at) >= 2:
            anchors.append(Anchor(link.id, link.type, link.label or f"{link.type} {link.id}", at))
    return anchors


def parallel_marks(parallels: Parallels) -> dict[str, ParallelMarks]:
    """stem -> element id -> where its mark in the reading page links in the parallel view."""
    marks: dict[str, ParallelMarks] = defaultdict(dict)
    counts = parallels.by_document()
    for link in parallels.links:
        for stem, element in link.targets:
            if element in marks[stem]:
                continue
            count = len(counts[stem][element])
            if link.type in QUOTATION_TYPES:
                marks[stem][element] = (link.id, "", count)
            else:
                marks[stem][element] = ("columns", f"?at={link.id}", count)
    return marks


def _ids(doc: DocumentInfo) -> dict[str, etree._Element]:
    """Elements by the id they get in HTML (their xml:id or the build's anchor)."""
    return {
        element_id(el): el for el in doc.tree.iter() if isinstance(el.tag, str) and element_id(el)
    }


def _plain(element: etree._Element) -> str:
    parts = [t for t in element.xpath(".//text()[not(ancestor::tei:note)]", namespaces=NSMAP)]
    text = " ".join("".join(parts).split())
    return text if len(text) <= QUOTE_CHARS else text[:QUOTE_CHARS].rsplit(" ", 1)[0] + "…"


def document_labels(documents: list[DocumentInfo]) -> tuple[dict[str, str], dict[str, str]]:
    """stem -> how the view names the document (its title, told apart by author or source
    when several documents share a title: biographies are often all called by the name), and
    stem -> a short siglum for the apparatus and the quotation cards (see `sigla`)."""
    counts = Counter(doc.title for doc in documents)
    labels = {}
    for doc in documents:
        label = doc.title
        if counts[doc.title] > 1:
            rest = doc.source.removeprefix(doc.title).lstrip(" ,;:") if doc.source else ""
            extra = doc.authors[0] if doc.authors else rest.split(",")[0].split("(")[0].strip()
            label = f"{doc.title} ({extra or doc.stem})"
        labels[doc.stem] = label
    return labels, sigla(documents)


def sigla(documents: list[DocumentInfo]) -> dict[str, str]:
    """stem -> siglum: the document's own (a `siglum` attribute) or the initials of its file
    name's parts ("field-notes" -> "FN"); where two documents would share one, the shortest
    prefix of the file name (at least 3 characters) that tells them apart."""
    stems = [doc.stem for doc in documents]
    own = {doc.stem: getattr(doc, "siglum", None) for doc in documents}
    initials = {
        stem: "".join(part[0] for part in re.split(r"[\W_]+", stem) if part).upper() or stem
        for stem in stems
    }
    counts = Counter(initials.values())
    result = {}
    for stem in stems:
        siglum = own[stem] or initials[stem]
        if not own[stem] and counts[siglum] > 1:
            siglum = _unique_prefix(stem, stems)
        result[stem] = siglum if len(siglum) <= SIGLUM_CHARS else siglum[: SIGLUM_CHARS - 1] + "…"
    return result


def _unique_prefix(stem: str, stems: list[str]) -> str:
    others = [s for s in stems if s != stem]
    for size in range(3, len(stem) + 1):
        if not any(other.startswith(stem[:size]) for other in others):
            return stem[:size]
    return stem


def section_of(element: etree._Element) -> str:
    """The heading of the division a passage stands in ('' when none)."""
    for div in element.iterancestors("{*}div"):
        heads = div.xpath("tei:head", namespaces=NSMAP)
        if heads:
            return " ".join("".join(heads[0].itertext()).split())
    return ""


def _targets(anchor: Anchor, docs: dict[str, DocumentInfo], ids: dict) -> list[dict]:
    found = []
    for stem, html_id in anchor.at.items():
        element = ids[stem].get(html_id)
        if element is not None:
            found.append({"doc": docs[stem], "element": html_id, "text": _plain(element)})
    return found


def quotation_cards(corpus: Corpus, ids: dict) -> list[dict]:
    """One card per quotation link (repeats inside one document too): each target's words
    with the variants of the collation marked, and the rendered collation."""
    docs = {doc.stem: doc for doc in corpus.documents}
    parallels = corpus.parallels
    wit_of = {stem: wid for wid, stem in parallels.witnesses.items()}
    cards = []
    for link in parallels.links:
        if link.type not in QUOTATION_TYPES:
            continue
        ab = parallels.collations.get(link.id)
        targets = []
        for stem, html_id in link.targets:
            element = ids.get(stem, {}).get(html_id)
            if element is None:
                continue
            runs = (
                reading_of(ab, f"{stem}.xml#{html_id}", wit_of.get(stem, ""))
                if ab is not None
                else []
            )
            targets.append(
                {
                    "doc": docs[stem],
                    "element": html_id,
                    "runs": runs or [(_plain(element), False)],
                    "section": section_of(element),
                }
            )
        collation = render_element(ab, id_prefix="coll--") if ab is not None else ""
        told = Counter(t["doc"].stem for t in targets)
        cards.append(
            {
                "id": link.id,
                "kind": link.type,
                "targets": targets,
                "collation": collation,
                "repeated_in": sorted(stem for stem, n in told.items() if n > 1),
            }
        )
    return cards


def write_parallel_page(corpus: Corpus, site_dir: Path, anchors: list[Anchor]) -> Path:
    """SITE_DIR/parallel.html with every document as a (hideable) column."""
    docs = {doc.stem: doc for doc in corpus.documents}
    ids = {stem: _ids(doc) for stem, doc in docs.items()}
    columns = [
        {
            "doc": doc,
            "checked": index < DEFAULT_COLUMNS,
            "body": render(doc.tree, id_prefix=f"{doc.stem}--").body,
        }
        for index, doc in enumerate(corpus.documents)
    ]
    labels, sigla_of = document_labels(corpus.documents)
    relabel_witnesses(corpus.parallels, sigla_of)
    quotations, events = quotation_cards(corpus, ids), []
    in_columns = {anchor.id for anchor in anchors}
    for card in quotations:
        card["in_columns"] = card["id"] in in_columns
    for anchor in anchors:
        targets = _targets(anchor, docs, ids)
        if anchor.kind not in ("person", *QUOTATION_TYPES):
            named = anchor.kind == "date" or not anchor.label.startswith(f"{anchor.kind} ")
            label = anchor.label if named or not targets else f"{targets[0]['text'][:90]}…"
            events.append({"id": anchor.id, "label": label, "targets": targets})
    payload = [{"id": a.id, "kind": a.kind, "at": a.at} for a in anchors]
    anchors_json = json.dumps(payload, ensure_ascii=False).replace("</", "<\\/")
    return write_page(
        site_dir,
        PAGE,
        "parallel.html",
        title="Parallel reading",
        labels=labels,
        sigla=sigla_of,
        columns=columns,
        anchors=anchors,
        anchors_json=anchors_json,
        quotations=quotations,
        events=events,
        has_parallels=bool(corpus.parallels.links),
    )
