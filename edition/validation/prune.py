"""Prune a large RELAX NG grammar (tei_all) to the elements one document uses.

A pattern for an element the document does not contain can be replaced by notAllowed
without changing the verdict: validation only ever matches elements that occur. Copying
only the defines reachable from <start> through the remaining patterns (and none of the
annotations) leaves a grammar lxml compiles in milliseconds instead of seconds.

Two further rewrites keep the language and help libxml2 check it (relaxng.py applies both to
the grammars it compiles): drop_not_allowed removes the branches pruning made dead, and
flatten_nested_repeats turns (A+, B*)+ into A, (A | B)*, which libxml2 otherwise checks in
cubic time on a long list (3000 <person>s in a <listPerson>: 17 s instead of 0.3 s).
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from functools import cached_property

from lxml import etree

RNG_NS = "http://relaxng.org/ns/structure/1.0"
QName = tuple[str, str]


def rng(tag: str) -> str:
    return f"{{{RNG_NS}}}{tag}"


def inherited_ns(element: etree._Element) -> str:
    """The RELAX NG `ns` in effect for an element or name pattern."""
    node: etree._Element | None = element
    while node is not None:
        if "ns" in node.attrib:
            return node.get("ns", "")
        node = node.getparent()
    return ""


def element_name(pattern: etree._Element) -> QName | None:
    """(namespace, local name) of an <element name="..."> pattern; None for name classes."""
    name = pattern.get("name")
    if name is None:
        return None
    if ":" in name:
        prefix, local = name.split(":", 1)
        return pattern.nsmap.get(prefix, ""), local
    return inherited_ns(pattern), name


def _is_rng(node: etree._Element) -> bool:
    return isinstance(node.tag, str) and node.tag.startswith(f"{{{RNG_NS}}}")


def strip_annotations(grammar: etree._Element) -> None:
    """Remove foreign-namespace elements (documentation, embedded Schematron), comments."""
    for node in list(grammar.iter()):
        if not _is_rng(node) and node is not grammar and node.getparent() is not None:
            node.getparent().remove(node)


def all_element_names(grammar: etree._Element) -> set[QName]:
    """Every element name the grammar declares."""
    return {name for pattern in grammar.iter(rng("element")) if (name := element_name(pattern))}


def reachable_defines(grammar: etree._Element) -> set[str]:
    """Names of the defines reachable from <start> through <ref>s."""
    return Grammar(grammar).reachable(None)


class Grammar:
    """A flat RELAX NG grammar (one <grammar>, no include), indexed for pruning."""

    def __init__(self, root: etree._Element) -> None:
        self.root = root
        self.defines: dict[str, list[etree._Element]] = {}
        for define in root.iter(rng("define")):
            self.defines.setdefault(define.get("name", ""), []).append(define)
        self.starts = list(root.iter(rng("start")))

    @cached_property
    def element_of(self) -> dict[str, QName]:
        """Defines whose whole content is one named element: define name -> element name."""
        found: dict[str, QName] = {}
        for name, defines in self.defines.items():
            children = [c for d in defines for c in d if _is_rng(c)]
            if len(children) == 1 and children[0].tag == rng("element"):
                element = element_name(children[0])
                if element is not None:
                    found[name] = element
        return found

    def reachable(self, used: set[QName] | None) -> set[str]:
        """Defines reachable from <start>, not entering elements outside `used`."""
        seen: set[str] = set()
        todo = list(self.starts)
        while todo:
            for ref in todo.pop().iter(rng("ref")):
                name = ref.get("name", "")
                if name in seen:
                    continue
                seen.add(name)
                element = self.element_of.get(name) if used is not None else None
                if element is None or element in used:
                    todo.extend(self.defines.get(name, []))
        return seen

    def pruned(
        self, used: Iterable[QName], attributes: Iterable[QName] | None = None
    ) -> etree._Element:
        """A new grammar: elements outside `used` are notAllowed, other defines copied
        only when reachable, annotations dropped; with `attributes`, optional attributes
        outside that set become <empty/> (the document never takes that branch)."""
        used = set(used)
        root = etree.Element(self.root.tag, dict(self.root.attrib), nsmap=self.root.nsmap)
        for start in self.starts:
            root.append(_rng_copy(start))
        for name in sorted(self.reachable(used)):
            element = self.element_of.get(name)
            for define in self.defines.get(name, []):
                if element is not None and element not in used:
                    stub = etree.SubElement(root, rng("define"), dict(define.attrib))
                    etree.SubElement(stub, rng("notAllowed"))
                else:
                    root.append(_rng_copy(define))
        if attributes is not None:
            drop_optional_attributes(root, set(attributes))
        return root


def attribute_name(pattern: etree._Element) -> QName | None:
    """(namespace, local name) of an <attribute name="..."> pattern (no inherited ns)."""
    name = pattern.get("name")
    if name is None:
        return None
    if ":" in name:
        prefix, local = name.split(":", 1)
        if prefix == "xml":
            return "http://www.w3.org/XML/1998/namespace", local
        return pattern.nsmap.get(prefix, ""), local
    return pattern.get("ns", ""), name


def drop_optional_attributes(grammar: etree._Element, keep: set[QName]) -> None:
    """Replace <optional><attribute name=N/></optional> by <empty/> when N is not in `keep`."""
    for optional in list(grammar.iter(rng("optional"))):
        children = [c for c in optional if _is_rng(c)]
        if len(children) == 1 and children[0].tag == rng("attribute"):
            name = attribute_name(children[0])
            if name is not None and name not in keep:
                empty = etree.Element(rng("empty"))
                empty.tail = optional.tail
                optional.getparent().replace(optional, empty)


def flatten_nested_repeats(grammar: etree._Element) -> int:
    """Rewrite (A+, B*)+ as A, (A | B)*, the same language without the ambiguity: libxml2
    tries every way of splitting a long run of A between the two repeats, which takes
    seconds for a <listPerson> of a few thousand <person>s. Skipped when A or B can hold
    an attribute (repeating it in a group would declare it twice). Returns the count."""
    defines: dict[str, list[etree._Element]] = {}
    for define in grammar.iter(rng("define")):
        defines.setdefault(define.get("name", ""), []).append(define)
    count = 0
    for outer in list(grammar.iter(rng("oneOrMore"))):
        parts = [c for c in outer if _is_rng(c)]
        if len(parts) == 1 and parts[0].tag == rng("oneOrMore"):  # (A+)+ is A+
            parts[0].tail = outer.tail
            outer.getparent().replace(outer, parts[0])
            count += 1
            continue
        if (
            len(parts) != 2
            or parts[0].tag != rng("oneOrMore")
            or parts[1].tag != rng("zeroOrMore")
            or _may_hold_attribute(outer, defines, set())
        ):
            continue
        first = [c for c in parts[0] if _is_rng(c)]
        rewritten = etree.Element(rng("group"))
        rewritten.extend(copy.deepcopy(c) for c in first)
        either = etree.SubElement(etree.SubElement(rewritten, rng("zeroOrMore")), rng("choice"))
        for part in parts:
            group = etree.SubElement(either, rng("group"))
            group.extend(copy.deepcopy(c) for c in part if _is_rng(c))
        rewritten.tail = outer.tail
        outer.getparent().replace(outer, rewritten)
        count += 1
    return count


def drop_not_allowed(grammar: etree._Element) -> int:
    """RELAX NG's own simplification (spec 4.20) of what pruning leaves behind: a choice
    loses its branches that can match nothing (notAllowed, a ref to an element the document
    does not use, a group containing one), and an optional or zeroOrMore of nothing but such
    branches becomes <empty/>. Same language; libxml2 then tries far fewer branches for
    every element. Returns how many patterns were removed or replaced."""
    defines: dict[str, list[etree._Element]] = {}
    for define in grammar.iter(rng("define")):
        defines.setdefault(define.get("name", ""), []).append(define)
    dead: set[str] = set()
    while True:  # defines that can match nothing, to a fixpoint
        more = {
            name
            for name, found in defines.items()
            if name not in dead
            and len(found) == 1
            and len(parts := [c for c in found[0] if _is_rng(c)]) == 1
            and _matches_nothing(parts[0], dead)
        }
        if not more:
            break
        dead |= more
    count = 0
    for choice in list(grammar.iter(rng("choice"))):
        branches = [c for c in choice if _is_rng(c)]
        live = [c for c in branches if not _matches_nothing(c, dead)]
        for branch in branches if live else []:
            if branch not in live:
                choice.remove(branch)
                count += 1
    for repeat in list(grammar.iter(rng("optional"), rng("zeroOrMore"))):
        parts = [c for c in repeat if _is_rng(c)]
        if parts and all(_matches_nothing(c, dead) for c in parts):
            _remove_pattern(repeat)
            count += 1
    return count


def _remove_pattern(pattern: etree._Element) -> None:
    """Drop a pattern that matches only the empty sequence: left out of a sequence that has
    other patterns (libxml2 mis-validates some groups holding <empty/>), else <empty/>."""
    parent = pattern.getparent()
    others = [
        c
        for c in parent
        if _is_rng(c) and c is not pattern and c.tag not in (rng("name"), rng("anyName"))
    ]
    if parent.tag != rng("choice") and others:
        parent.remove(pattern)  # its tail is whitespace between patterns
        return
    empty = etree.Element(rng("empty"))
    empty.tail = pattern.tail
    parent.replace(pattern, empty)


def _matches_nothing(pattern: etree._Element, dead: set[str]) -> bool:
    """Whether `pattern` can match nothing, given the defines known to match nothing."""
    tag = pattern.tag
    parts = [c for c in pattern if _is_rng(c)]
    if tag == rng("notAllowed"):
        return True
    if tag == rng("ref"):
        return pattern.get("name", "") in dead
    if tag == rng("choice"):
        return bool(parts) and all(_matches_nothing(c, dead) for c in parts)
    if tag in (rng("group"), rng("oneOrMore")):
        return any(_matches_nothing(c, dead) for c in parts)
    return False


def _may_hold_attribute(
    pattern: etree._Element, defines: dict[str, list[etree._Element]], seen: set[str]
) -> bool:
    """Whether an <attribute> is reachable from `pattern` without entering an element."""
    for child in pattern:
        if not _is_rng(child) or child.tag == rng("element"):
            continue
        if child.tag == rng("attribute"):
            return True
        if child.tag == rng("ref"):
            name = child.get("name", "")
            if name not in seen:
                seen.add(name)
                if any(_may_hold_attribute(d, defines, seen) for d in defines.get(name, [])):
                    return True
        elif _may_hold_attribute(child, defines, seen):
            return True
    return False


def _rng_copy(node: etree._Element) -> etree._Element:
    """A deep copy without annotations; keeps `ns` inherited from outside the node."""
    clone = copy.deepcopy(node)
    strip_annotations(clone)
    if "ns" not in clone.attrib and node.getparent() is not None:
        inherited = inherited_ns(node.getparent())
        if inherited != inherited_ns(node.getroottree().getroot()):
            clone.set("ns", inherited)
    return clone


def prune_grammar(grammar: etree._Element, used: Iterable[QName]) -> etree._Element:
    """`grammar` cut down to the elements in `used` (see Grammar.pruned)."""
    return Grammar(grammar).pruned(used)
