"""Read parallels (TEI_DIR/parallels.xml written by `edition align`, or computed by a build): witnesses, links, collations."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ..xmlio import NSMAP, XML_ID, parse_file
from .annotate import site_attr


@dataclass(frozen=True)
class Link:
    """One stand-off link: its id, type (quotation or event) and (stem, element id) targets."""

    id: str
    type: str
    targets: tuple[tuple[str, str], ...]
    label: str = ""  # what a life event is: "birth, 1879" (from @subtype and @n)


@dataclass
class Parallels:
    links: list[Link] = field(default_factory=list)
    witnesses: dict[str, str] = field(default_factory=dict)  # witness id -> document stem
    titles: dict[str, str] = field(default_factory=dict)  # witness id -> title
    collations: dict[str, etree._Element] = field(default_factory=dict)  # link id -> <ab>

    def by_document(self) -> dict[str, dict[str, list[str]]]:
        """stem -> element id -> ids of the links it takes part in."""
        index: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for link in self.links:
            for stem, element in link.targets:
                index[stem][element].append(link.id)
        return index


def _target(token: str) -> tuple[str, str] | None:
    """'A.xml#ID' -> ('A', 'ID'); anything else is not a document target."""
    path, _, fragment = token.partition("#")
    if not fragment or not path.endswith(".xml"):
        return None
    return Path(path).stem, fragment


def read_parallels(path: Path) -> Parallels:
    """Parse parallels.xml; an absent file gives no parallels."""
    if not path.is_file():
        return Parallels()
    return parallels_from_tree(parse_file(path))


def parallels_from_tree(tree: etree._ElementTree) -> Parallels:
    """The witnesses, links and collations of a parallels tree (read or computed)."""
    result = Parallels()
    for witness in tree.xpath("//tei:listWit/tei:witness[@xml:id]", namespaces=NSMAP):
        wid = witness.get(XML_ID)
        result.witnesses[wid] = Path(witness.get("corresp", wid)).stem
        result.titles[wid] = " ".join("".join(witness.itertext()).split()) or wid
    for link in tree.xpath("//tei:link[@xml:id][@target]", namespaces=NSMAP):
        targets = tuple(t for t in map(_target, link.get("target").split()) if t)
        if not targets:  # a group of identical documents (whole files): nothing to align
            continue
        kind = link.get("type") or link.getparent().get("type") or "event"
        label = ", ".join(v for v in (link.get("subtype"), link.get("n")) if v)
        result.links.append(Link(link.get(XML_ID), kind, targets, label))
    for ab in tree.xpath("//tei:div[@type='collation']/tei:ab[@corresp]", namespaces=NSMAP):
        _label_witnesses(ab, result.titles)
        result.collations.setdefault(ab.get("corresp").lstrip("#"), ab)  # first: main text
    return result


def reading_of(ab: etree._Element, ref: str, wit: str) -> list[tuple[str, bool]]:
    """One witness's text in a collation, as (words, is_variant) runs: the shared words and
    the witness's own lem or rdg, found by @corresp (its target) or else by @wit."""
    runs: list[tuple[str, bool]] = []

    def add(text: str | None, variant: bool) -> None:
        text = " ".join((text or "").split())
        if text:
            runs.append((text, variant))

    add(ab.text, False)
    for app in ab.xpath("tei:app", namespaces=NSMAP):
        readings = app.xpath("tei:lem | tei:rdg", namespaces=NSMAP)
        mine = [r for r in readings if ref in (r.get("corresp") or "").split()] or [
            r for r in readings if f"#{wit}" in (r.get("wit") or "").split()
        ]
        if mine:
            add("".join(mine[0].itertext()), True)
        add(app.tail, False)
    return runs


def relabel_witnesses(parallels: Parallels, sigla: dict[str, str]) -> None:
    """Name the witnesses in every collation by their sigla (document stem -> siglum), not
    by the full titles parallels.xml gives."""
    names = {
        wid: sigla.get(stem, parallels.titles.get(wid, wid))
        for wid, stem in parallels.witnesses.items()
    }
    for ab in parallels.collations.values():
        _label_witnesses(ab, names)


def _label_witnesses(ab: etree._Element, titles: dict[str, str]) -> None:
    for reading in ab.xpath(".//tei:lem | .//tei:rdg", namespaces=NSMAP):
        wits = [w.lstrip("#") for w in (reading.get("wit") or "").split()]
        if wits:
            names = dict.fromkeys(titles.get(w, w) for w in wits)  # a repeat: one name
            reading.set(site_attr("wit-label"), ", ".join(names))
