"""Helpers for the aligner's tests: the quotation links of a parallels.xml, read back."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from edition.xmlio import NSMAP, parse_file


def quotation_links(tei_dir: Path) -> list[dict[str, str]]:
    """Each quotation link as {document stem: the text of its target}."""
    trees: dict[str, etree._ElementTree] = {}
    result = []
    for link in parse_file(tei_dir / "parallels.xml").xpath(
        "//tei:link[@type='quotation']", namespaces=NSMAP
    ):
        texts = {}
        for target in link.get("target").split():
            name, _, ident = target.partition("#")
            tree = trees.setdefault(name, parse_file(tei_dir / name))
            (element,) = tree.xpath("//*[@xml:id=$i]", i=ident)
            texts[Path(name).stem] = " ".join("".join(element.itertext()).split())
        result.append(texts)
    return result
