"""Named character entities of legacy TEI (P4 and SGML-era files declare them in a DTD that
is never loaded): each reference to a known entity (the HTML 5 / ISO 8879 sets, which hold
TEI's character entities: `&eacute;`, `&aelig;`, `&mdash;`, …) becomes its character, in
memory, after safe parsing, so no DTD is read and nothing is expanded recursively. A reference
to an unknown entity stays visible as written and is reported, never dropped silently."""

from __future__ import annotations

import html.entities
from dataclasses import dataclass

from lxml import etree


@dataclass(frozen=True)
class Unresolved:
    """Entity references no known set names: how many, and the first one."""

    count: int
    first_name: str = ""
    first_line: int = 0


def character(name: str) -> str | None:
    """The text of entity `name`, or None when no known set has it."""
    return html.entities.html5.get(f"{name};")


def resolve_entities(tree: etree._ElementTree) -> Unresolved:
    """Replace entity references by their characters (in place); unknown ones by their
    written form "&name;". Returns what could not be resolved."""
    missing: list[tuple[str, int]] = []
    for reference in list(tree.getroot().iter(etree.Entity)):
        name = reference.name
        text = character(name)
        if text is None:
            missing.append((name, reference.sourceline or reference.getparent().sourceline or 0))
            text = f"&{name};"
        _replace_with_text(reference, text + (reference.tail or ""))
    return Unresolved(len(missing), *missing[0]) if missing else Unresolved(0)


def _replace_with_text(node: etree._Element, text: str) -> None:
    parent = node.getparent()
    previous = node.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + text
    else:
        parent.text = (parent.text or "") + text
    parent.remove(node)
