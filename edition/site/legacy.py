"""TEI P4 (no namespace, `TEI.2`, `id`/`lang` attributes) read as P5 for rendering, so older
editions render with structure instead of degrading to bare text. In memory only."""

from __future__ import annotations

from lxml import etree

from ..xmlio import TEI_NS, XML_NS

P4_ROOTS = {"TEI.2", "teiCorpus.2", "TEI", "teiCorpus"}
RENAMED_ATTRIBUTES = {"id": f"{{{XML_NS}}}id", "lang": f"{{{XML_NS}}}lang"}


def is_p4(tree: etree._ElementTree) -> bool:
    root = tree.getroot()
    return isinstance(root.tag, str) and root.tag in P4_ROOTS


def adopt_p4(tree: etree._ElementTree) -> etree._ElementTree:
    """Move un-namespaced elements into the TEI namespace and id/lang to xml:id/xml:lang."""
    if not is_p4(tree):
        return tree
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag.startswith("{"):
            continue
        element.tag = f"{{{TEI_NS}}}{element.tag}"
        for old, new in RENAMED_ATTRIBUTES.items():
            value = element.attrib.pop(old, None)
            if value is not None and new not in element.attrib:
                element.set(new, value)
    return tree
