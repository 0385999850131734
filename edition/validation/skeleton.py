"""Check one element's own content model in time proportional to its number of children.

TEI grammars declare each element once, so whether an element matches depends only on its
attributes, its text and the sequence of its children's names, once each child is known to be
valid on its own. A *skeleton* keeps exactly that: the element's tag, attributes and text, and
for each child a stand-in with the child's name and attributes whose only content is a marker
element. The *stub grammar* is the
checked grammar in which every element pattern also accepts such a stand-in, so validating a
skeleton checks the element's own pattern and nothing below it: trials that drop one child or
one attribute cost O(children), never a copy of the element's whole subtree.
"""

from __future__ import annotations

import re
from copy import deepcopy
from typing import ClassVar

from lxml import etree

from .prune import Grammar, rng

STUB_NS = "urn:edition:validation-stub"
STUB = f"{{{STUB_NS}}}stub"
_CHILD_STEP = re.compile(r"^/[^/]+/([^/\[]+)(?:\[(\d+)\])?")


def stub_grammar(index: Grammar, start_defines: list[str]) -> etree.RelaxNG:
    """The grammar of `index` where every element define also matches an element whose
    only content is the stub marker (its attributes are checked as usual), started by any of
    `start_defines`. Attribute patterns stay outside the added choice: libxml2 mishandles
    attributes inside a choice next to attributes outside it."""
    root = deepcopy(index.root)
    for start in root.findall(rng("start")):
        root.remove(start)
    attributes = _AttributePatterns(Grammar(root))
    for define in root.iter(rng("define")):
        if define.get("name", "") not in index.element_of:
            continue
        for element in define.findall(rng("element")):
            content = [node for node in element if not attributes.only(node)]
            choice = etree.SubElement(element, rng("choice"))
            group = etree.SubElement(choice, rng("group"))
            for node in content:
                group.append(node)
            if not len(group):
                etree.SubElement(group, rng("empty"))
            etree.SubElement(choice, rng("element"), name="stub", ns=STUB_NS).append(
                etree.Element(rng("empty"))
            )
    choice = etree.SubElement(etree.SubElement(root, rng("start")), rng("choice"))
    for define in start_defines:
        etree.SubElement(choice, rng("ref"), name=define)
    return etree.RelaxNG(root)


class _AttributePatterns:
    """Which patterns match attributes only (through refs, optional, groups...)."""

    CONTAINERS: ClassVar[set[str]] = {
        "optional",
        "zeroOrMore",
        "oneOrMore",
        "choice",
        "group",
        "interleave",
    }

    def __init__(self, grammar: Grammar) -> None:
        self.grammar = grammar
        self.known: dict[str, bool] = {}

    def only(self, node: etree._Element) -> bool:
        if not isinstance(node.tag, str):
            return False
        local = etree.QName(node).localname
        if local in ("attribute", "empty"):  # empty matches nothing, content or not
            return True
        if local == "ref":
            return self._define(node.get("name", ""))
        if local in self.CONTAINERS:
            parts = [c for c in node if isinstance(c.tag, str)]
            return bool(parts) and all(self.only(c) for c in parts)
        return False

    def _define(self, name: str) -> bool:
        if name not in self.known:
            self.known[name] = False  # a recursive define is content
            parts = [c for d in self.grammar.defines.get(name, []) for c in d]
            parts = [c for c in parts if isinstance(c.tag, str)]
            self.known[name] = bool(parts) and all(self.only(c) for c in parts)
        return self.known[name]


def skeleton(element: etree._Element, attributes: dict[str, str]) -> etree._Element:
    """`element` with `attributes`, its text, and stubs for its element children.
    Comments and processing instructions go; their tails join the text around them, as a
    validator sees it."""
    copy = etree.Element(element.tag, attributes)
    copy.sourceline = element.sourceline
    copy.text = element.text or ""
    last: etree._Element | None = None
    for child in element:
        tail = child.tail or ""
        if isinstance(child.tag, str):
            last = etree.SubElement(copy, child.tag, dict(child.attrib))
            etree.SubElement(last, STUB)
            last.sourceline = child.sourceline
            last.tail = tail
        elif last is None:
            copy.text += tail
        else:
            last.tail = (last.tail or "") + tail
    return copy


def valid_without(schema: etree.RelaxNG, copy: etree._Element, number: int) -> bool:
    """Whether the skeleton `copy` passes with its child `number` taken out (its tail text
    stays); the child is put back afterwards."""
    stub = copy[number]
    tail, previous = stub.tail or "", stub.getprevious()
    if previous is None:
        before, copy.text = copy.text, (copy.text or "") + tail
    else:
        before, previous.tail = previous.tail, (previous.tail or "") + tail
    copy.remove(stub)
    try:
        return bool(schema.validate(copy))
    finally:
        copy.insert(number, stub)
        stub.tail = tail
        if previous is None:
            copy.text = before
        else:
            previous.tail = before


def failing_child(schema: etree.RelaxNG, element: etree._Element) -> int | None:
    """Validate `element` on its own (in place, no copy); the number of the element child
    where libxml2 gave up, when its error says (paths look like /*/*[12] or /p/note[2])."""
    if schema.validate(element):
        return None
    children = [c for c in element if isinstance(c.tag, str)]
    for entry in schema.error_log:
        match = _CHILD_STEP.match(entry.path or "")
        if not match:
            continue
        name, number = match.group(1), int(match.group(2) or 1)
        if name == "*":
            return number - 1 if number <= len(children) else None
        local = name.rsplit(":", 1)[-1]
        same = [i for i, c in enumerate(children) if etree.QName(c).localname == local]
        return same[number - 1] if number <= len(same) else None
    return None
