"""Stable ids for every paragraph, heading, quotation and note, so a reader can link to and
cite a passage. An element's xml:id is its id; otherwise the build derives one from its place
in the document, e.g. 'd2.p12' (the twelfth paragraph of the second division) or
'd1.d3.quote2'. A path id changes only when the structure above the passage changes, not when
text is edited elsewhere."""

from __future__ import annotations

from lxml import etree

from ..xmlio import NSMAP, TEI_NS, XML_ID
from .annotate import site_attr

DIV_TAGS = {f"{{{TEI_NS}}}div{n}" for n in ("", "1", "2", "3", "4", "5")}
PASSAGE_TAGS = {f"{{{TEI_NS}}}{t}" for t in ("p", "ab", "head", "quote", "note", "l", "lg")}
SKIPPED = {f"{{{TEI_NS}}}{t}" for t in ("text", "body")}


def _step(element: etree._Element, counts: dict[str, int]) -> str:
    local = etree.QName(element).localname
    kind = "d" if element.tag in DIV_TAGS else local
    counts[kind] = counts.get(kind, 0) + 1
    return f"{kind}{counts[kind]}"


def assign_passage_ids(tree: etree._ElementTree) -> int:
    """Give each passage without xml:id (or a build anchor) a path id; returns how many."""
    taken = set(tree.xpath("//@xml:id", namespaces=NSMAP))
    given = 0
    for text in tree.xpath("/tei:TEI/tei:text", namespaces=NSMAP):
        stack: list[tuple[etree._Element, list[str]]] = [(text, [])]
        while stack:
            parent, path = stack.pop()
            counts: dict[str, int] = {}
            for child in parent:
                if not isinstance(child.tag, str):
                    continue
                step = [] if child.tag in SKIPPED else [_step(child, counts)]
                child_path = path + step
                unnamed = not child.get(XML_ID) and not child.get(site_attr("anchor"))
                if child.tag in PASSAGE_TAGS and unnamed:
                    candidate = ".".join(child_path)
                    if candidate in taken:
                        candidate += "-p"
                    child.set(site_attr("anchor"), candidate)
                    given += 1
                stack.append((child, child_path))
    return given
