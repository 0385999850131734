"""Derive schemas/edition.rng from schemas/edition.odd and the official tei_all.rng.

The ODD is read *closed*: elements named in moduleRef/@include and attributes named in an
attDef are kept, everything else is removed (elements become notAllowed, optional
attributes become empty). Both steps only shrink the language, so every document valid
against edition.rng is valid against tei_all.

Run `python -m edition.validation.derive [TEI_ALL.rng]` after editing the ODD.
"""

from __future__ import annotations

import sys
from pathlib import Path

from lxml import etree

from ..xmlio import TEI_NS, atomic_write, parse_file, serialize
from .locate import SCHEMA_DIR, find_tei_all
from .prune import prune_grammar, reachable_defines, rng

HEADER = (
    " Generated from edition.odd and tei_all.rng (TEI P5) by `python -m edition.validation.derive`;"
    " do not edit by hand. Documentation: README.md beside this file. "
)


def read_odd(path: Path) -> tuple[set[str], set[str]]:
    """(element names, attribute names) an ODD keeps."""
    odd = parse_file(path).getroot()
    ns = {"t": TEI_NS}
    elements = {
        name
        for ref in odd.iterfind(".//t:moduleRef[@include]", ns)
        for name in ref.get("include", "").split()
    }
    attributes = {d.get("ident", "") for d in odd.iterfind(".//t:attDef", ns)}
    return elements, attributes


def _attribute_name(pattern: etree._Element) -> str | None:
    return pattern.get("name")


def drop_attributes(grammar: etree._Element, keep: set[str]) -> None:
    """Replace optional attributes whose name is not in `keep` by <empty/>. Required
    attributes stay (removing one would forbid its element)."""
    for optional in list(grammar.iter(rng("optional"))):
        children = [c for c in optional if isinstance(c.tag, str)]
        if (
            len(children) == 1
            and children[0].tag == rng("attribute")
            and _attribute_name(children[0]) not in keep
        ):
            empty = etree.Element(rng("empty"))
            empty.tail = optional.tail
            optional.getparent().replace(optional, empty)


def derive_edition(
    tei_all: etree._Element, elements: set[str], attributes: set[str]
) -> etree._Element:
    """The edition grammar: tei_all cut down to the ODD's elements and attributes."""
    grammar = prune_grammar(tei_all, {(TEI_NS, name) for name in elements})
    drop_attributes(grammar, attributes)
    keep = reachable_defines(grammar)
    for define in list(grammar.iter(rng("define"))):
        if define.get("name") not in keep:
            define.getparent().remove(define)
    grammar.insert(0, etree.Comment(HEADER))
    return grammar


def build_edition_rng(tei_all_path: Path, odd_path: Path = SCHEMA_DIR / "edition.odd") -> bytes:
    """The bytes of edition.rng derived from the ODD."""
    elements, attributes = read_odd(odd_path)
    tei_all = parse_file(tei_all_path).getroot()
    return serialize(derive_edition(tei_all, elements, attributes))


def main(argv: list[str]) -> int:
    tei_all = Path(argv[0]) if argv else find_tei_all()
    target = SCHEMA_DIR / "edition.rng"
    atomic_write(target, build_edition_rng(tei_all))
    print(f"{target} written from {tei_all}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
