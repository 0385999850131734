"""Check one element's own content model in time proportional to its number of children.

TEI grammars declare each element once, so whether an element matches depends only on its
attributes, its text and the sequence of its children's names, once each child is known to be
valid on its own. A *skeleton* keeps exactly that: the element's tag, attributes and text, and
for each child an empty stand-in with the child's name and a marker attribute. The *stub grammar* is the
checked grammar in which every element pattern also accepts such a stand-in, so validating a
skeleton checks the element's own pattern and nothing below it: trials that drop one child or
one attribute cost O(children), never a copy of the element's whole subtree.
"""

from __future__ import annotations

import re
from copy import deepcopy

from lxml import etree

from .prune import Grammar, rng

STUB_NS = "urn:edition:validation-stub"
STUB = f"{{{STUB_NS}}}stub"
_CHILD_STEP = re.compile(r"^/[^/]+/([^/\[]+)(?:\[(\d+)\])?")


def stub_grammar(index: Grammar, start_defines: list[str]) -> etree.RelaxNG:
    """The grammar of `index` where every element define also matches a stand-in: an empty
    element of the same name whose only attribute is the stub marker. (A choice of two
    element patterns: libxml2 mishandles attributes inside a choice within one element.)"""
    root = deepcopy(index.root)
    for start in root.findall(rng("start")):
        root.remove(start)
    for define in root.iter(rng("define")):
        if define.get("name", "") not in index.element_of:
            continue
        for element in define.findall(rng("element")):
            choice = etree.Element(rng("choice"))
            element.addprevious(choice)
            choice.append(element)
            stand_in = etree.SubElement(choice, rng("element"), name=element.get("name"))
            etree.SubElement(stand_in, rng("attribute"), name="stub", ns=STUB_NS)
    choice = etree.SubElement(etree.SubElement(root, rng("start")), rng("choice"))
    for define in start_defines:
        etree.SubElement(choice, rng("ref"), name=define)
    return etree.RelaxNG(root)


def skeleton(element: etree._Element, attributes: dict[str, str]) -> etree._Element:
    """`element` with `attributes`, its text, and stubs for its element children.
    Comments and processing instructions go; their tails join the text around them, as a
    validator sees it."""
    copy = etree.Element(element.tag, attributes)
    copy.text = element.text or ""
    last: etree._Element | None = None
    for child in element:
        tail = child.tail or ""
        if isinstance(child.tag, str):
            last = etree.SubElement(copy, child.tag, {STUB: ""})
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


_REFUSED_ATTRIBUTE = re.compile(r"Invalid attribute (\S+) for element")
_ATTRIBUTE_ERROR = re.compile(r"Invalid attribute|failed to validate attributes")
# Values tried in place of a required attribute's value, to tell whether that value is wrong.
STAND_IN_VALUES = ("x", "1", "#x", "2000", "http://example.org/x", "true")


def refused_attributes(
    schema: etree.RelaxNG, element: etree._Element, attributes: dict[str, str], required: set[str]
) -> list[str]:
    """Names (Clark notation) of the `attributes` of `element` whose values its pattern
    refuses. libxml2 names one per run ("Invalid attribute x"), which is set aside before the
    next run; when it only says "failed to validate attributes", each attribute in turn is
    dropped (a required one given a stand-in value) until one makes the attributes pass."""
    check = AttributeCheck(schema, element, required)
    keep, refused = dict(attributes), []
    while keep:
        errors = check.errors(keep)
        if not errors:
            break
        named = (_local(m.group(1)) for e in errors for m in _matches(e))
        by_local = {etree.QName(n).localname: n for n in keep}
        name = next((by_local[n] for n in named if n in by_local), None)
        name = name or next((n for n in keep if check.passing(keep, n)), None)
        if name is None:
            break
        refused.append(name)
        keep = check.passing(keep, name) or check.trials(keep, name)[0]
    return refused


class AttributeCheck:
    """Attribute-only checks of one element's skeleton."""

    def __init__(self, schema: etree.RelaxNG, element: etree._Element, required: set[str]):
        self.schema, self.element, self.required = schema, element, required

    def errors(self, attributes: dict[str, str]) -> list[str]:
        if self.schema.validate(skeleton(self.element, attributes)):
            return []
        return [e.message for e in self.schema.error_log if _ATTRIBUTE_ERROR.search(e.message)]

    def trials(self, attributes: dict[str, str], name: str) -> list[dict[str, str]]:
        """`attributes` without `name`, or for a required one, with stand-in values."""
        rest = {n: v for n, v in attributes.items() if n != name}
        if name not in self.required:
            return [rest]
        return [{**rest, name: v} for v in STAND_IN_VALUES if v != attributes[name]] or [rest]

    def passing(self, attributes: dict[str, str], name: str) -> dict[str, str] | None:
        """A trial for `name` whose attributes pass, if any."""
        return next((t for t in self.trials(attributes, name) if not self.errors(t)), None)


def _matches(message: str) -> list[re.Match[str]]:
    match = _REFUSED_ATTRIBUTE.search(message)
    return [match] if match else []


def _local(name: str) -> str:
    return name.rsplit(":", 1)[-1]
