"""Find which element really breaks a RELAX NG schema, and say why.

libxml2 reports where its matching gave up, which after backtracking through mixed content
is often a sibling or an ancestor of the real fault ("expected <gap>, found <note>"). TEI
grammars declare each element once, so an element's validity does not depend on its
context: we validate elements on their own (against the grammar with every element as a
possible start) and descend from the root into the children that fail. An element that fails
while all its children pass is the culprit; a static look at its pattern then names the child
or attribute it does not allow, or the required attribute it lacks.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from functools import cached_property

from lxml import etree

from .prune import RNG_NS, Grammar, QName, attribute_name, element_name, rng
from .skeleton import (
    failing_child,
    refused_attributes,
    skeleton,
    stub_grammar,
    valid_without,
)

# Children tried before the point where libxml2 gave up, and the element size up to which
# every child is tried when the nearby ones do not explain the failure.
REMOVAL_WINDOW = 64
FULL_SCAN_LIMIT = 400


@dataclass
class Allowed:
    """What one element's pattern allows directly (without entering child elements)."""

    children: set[QName] = field(default_factory=set)
    attributes: set[QName] = field(default_factory=set)
    required: set[QName] = field(default_factory=set)
    text: bool = False
    wildcard: bool = False


@dataclass
class Fault:
    """A culprit element and what is wrong with it."""

    element: etree._Element
    code: str
    message: str
    hint: str = ""


class Localizer:
    """Per-schema helper: compiled "any element" grammar and per-element Allowed sets."""

    def __init__(self, grammar: etree._Element, reference: Grammar | None = None) -> None:
        """`grammar` is what documents are checked against; `reference` (default: the same)
        is read to say what an element allows, e.g. all of tei_all for a pruned grammar."""
        self.index = Grammar(grammar)
        named = [element_name(e) for e in grammar.iter(rng("element"))]
        if len({n for n in named if n}) != len([n for n in named if n]):
            raise ValueError("an element is declared twice: its validity depends on context")
        self.by_name = {name: define for define, name in self.index.element_of.items()}
        self.static = reference or self.index
        self.static_by_name = {name: define for define, name in self.static.element_of.items()}
        self._allowed: dict[QName, Allowed] = {}

    @cached_property
    def any_element(self) -> etree.RelaxNG:
        root = copy.deepcopy(self.index.root)
        for start in root.findall(rng("start")):
            root.remove(start)
        choice = etree.SubElement(etree.SubElement(root, rng("start")), rng("choice"))
        for define in sorted(self.by_name.values()):
            etree.SubElement(choice, rng("ref"), name=define)
        return etree.RelaxNG(root)

    def valid_alone(self, element: etree._Element) -> bool:
        """Whether `element` matches on its own. lxml validates a subtree in place (a
        temporary document root with the same children, no copy; its tail is left out)."""
        return bool(self.any_element.validate(element))

    def faults(self, root: etree._Element) -> list[Fault]:
        """What is wrong, element by element; empty when every element is fine on its own
        (then the root itself is not allowed at the start)."""
        return [fault for culprit in self.culprits(root) for fault in self.explain_all(culprit)]

    def culprits(self, element: etree._Element) -> list[etree._Element]:
        """Elements under (and including) `element` that fail on their own while their
        failing children are set aside: each is checked once on a skeleton (its own pattern
        only), so the walk stays linear in the size of the document."""
        if self.valid_alone(element):
            return []
        children = [c for c in element if isinstance(c.tag, str)]
        if any(_qname(c) not in self.by_name for c in children):
            return [element]  # a child this grammar has no pattern for: the parent says why
        failing = [c for c in children if not self.valid_alone(c)]
        own = not failing or not self.stubs.validate(skeleton(element, dict(element.attrib)))
        return [element] * own + [c for child in failing for c in self.culprits(child)]

    def allowed(self, name: QName) -> Allowed | None:
        define = self.static_by_name.get(name)
        if define is None:
            return None
        if name not in self._allowed:
            found = Allowed()
            for pattern in self.static.defines[define]:
                for element in pattern.iter(rng("element")):
                    self._walk(element, False, found, set())
                    break
            self._allowed[name] = found
        return self._allowed[name]

    def _walk(self, node: etree._Element, optional: bool, found: Allowed, seen: set) -> None:
        for child in node:
            if not isinstance(child.tag, str) or not child.tag.startswith(f"{{{RNG_NS}}}"):
                continue
            tag = etree.QName(child).localname
            if tag == "element":
                name = element_name(child)
                found.wildcard |= name is None
                if name:
                    found.children.add(name)
            elif tag == "attribute":
                name = attribute_name(child)
                found.wildcard |= name is None
                if name:
                    found.attributes.add(name)
                    if not optional:
                        found.required.add(name)
            elif tag == "ref":
                self._walk_ref(child.get("name", ""), optional, found, seen)
            elif tag == "text":
                found.text = True
            elif tag in ("optional", "zeroOrMore", "choice"):
                self._walk(child, True, found, seen)
            elif tag == "mixed":
                found.text = True
                self._walk(child, optional, found, seen)
            elif tag in ("group", "interleave", "oneOrMore"):
                self._walk(child, optional, found, seen)

    def _walk_ref(self, name: str, optional: bool, found: Allowed, seen: set) -> None:
        if name in self.static.element_of:
            found.children.add(self.static.element_of[name])
        elif (name, optional) not in seen:
            seen.add((name, optional))
            for define in self.static.defines.get(name, []):
                self._walk(define, optional, found, seen)

    def explain(self, element: etree._Element) -> Fault:
        """The first thing wrong with `element` (see explain_all)."""
        return self.explain_all(element)[0]

    def explain_all(self, element: etree._Element) -> list[Fault]:
        """Why `element` does not match while its children pass: every child it does not
        allow, every attribute it does not allow or whose value is wrong, every required
        attribute it lacks, text where none may be; else the child that is out of place."""
        q = etree.QName(element)
        local = q.localname
        allowed = self.allowed((q.namespace or "", q.localname))
        if allowed is None or allowed.wildcard:
            return [Fault(element, "content-invalid", f"<{local}> does not match the schema")]
        found = [
            Fault(
                child,
                "element-not-allowed",
                f"<{etree.QName(child).localname}> is not allowed inside <{local}>",
                _may_contain(allowed),
            )
            for child in element
            if isinstance(child.tag, str) and _qname(child) not in allowed.children
        ]
        found += self._attribute_faults(element, local, allowed)
        has_text = bool((element.text or "").strip()) or any(
            (c.tail or "").strip() for c in element
        )
        if has_text and not allowed.text:
            found.append(
                Fault(
                    element,
                    "text-not-allowed",
                    f"text is not allowed directly inside <{local}>",
                    "put it in a <p> or another element that holds text",
                )
            )
        if found:
            return found
        return [
            self._by_removal(element, local, allowed)
            or Fault(
                element,
                "content-invalid",
                f"<{local}> lacks a required child or has its children in the wrong order",
                _may_contain(allowed),
            )
        ]

    def _attribute_faults(self, element: etree._Element, local: str, allowed: Allowed) -> list:
        """Attributes not allowed, required ones missing, and values the pattern refuses
        (libxml2 names one refused attribute per run on the skeleton; each is set aside and
        the check repeated, so every one is found)."""
        found = []
        present = {_qname_of(a): a for a in element.attrib}
        for name in sorted(set(present) - allowed.attributes):
            found.append(
                Fault(
                    element,
                    "attribute-not-allowed",
                    f"attribute @{_attr(name)} is not allowed on <{local}>",
                )
            )
        for name in sorted(allowed.required - set(present)):
            found.append(
                Fault(
                    element,
                    "attribute-missing",
                    f"<{local}> lacks the required attribute @{_attr(name)}",
                )
            )
        attributes = {n: v for n, v in element.attrib.items() if _qname_of(n) in allowed.attributes}
        required = {n for n in attributes if _qname_of(n) in allowed.required}
        for name in refused_attributes(self.stubs, element, attributes, required):
            found.append(
                Fault(
                    element,
                    "attribute-invalid",
                    f'@{_attr(_qname_of(name))}="{element.get(name)}" is not a value '
                    f"<{local}> accepts",
                    "see the attribute's datatype in the TEI Guidelines",
                )
            )
        return found

    @cached_property
    def stubs(self) -> etree.RelaxNG:
        """The stub grammar (see skeleton.py): checks one element's own pattern only."""
        return stub_grammar(self.index, sorted(self.by_name.values()))

    def _by_removal(self, element: etree._Element, local: str, allowed: Allowed) -> Fault | None:
        """An attribute value or a child that makes `element` fail: with only its required
        attributes the element passes, and adding one attribute back breaks it; or removing
        one child makes it pass. Trials run on skeletons (O(children) each) and only near
        the child where libxml2 gave up, so the search is linear in the element's size."""
        children = [c for c in element if isinstance(c.tag, str)]
        whole = skeleton(element, dict(element.attrib))
        for index in self._removal_order(element, children):
            if valid_without(self.stubs, whole, index):
                child = children[index]
                return Fault(
                    child,
                    "element-misplaced",
                    f"<{etree.QName(child).localname}> is not allowed at this position inside "
                    f"<{local}> (wrong order, or one too many)",
                )
        return None

    def _removal_order(self, element: etree._Element, children: list) -> list[int]:
        """Children worth removing: first the one where libxml2 gave up (where jing reports
        the fault, too), then those before it, nearest first; all of them only for short
        elements. Of a run of same-named siblings only the first is tried (removing any of
        them leaves the same sequence)."""
        stop = failing_child(self.any_element, element)
        if stop is None:
            order = list(range(min(len(children), FULL_SCAN_LIMIT)))
        else:
            order = [stop, stop + 1, *range(stop - 1, stop - REMOVAL_WINDOW - 1, -1)]
            if len(children) <= FULL_SCAN_LIMIT:
                order += range(len(children))
        starts = (_run_start(children, i) for i in order if 0 <= i < len(children))
        return list(dict.fromkeys(starts))


def _run_start(children: list[etree._Element], index: int) -> int:
    while _repeats_previous(children, index):
        index -= 1
    return index


def _repeats_previous(children: list[etree._Element], index: int) -> bool:
    """Whether child `index` has the name of the child just before it, with only whitespace
    after both: removing either leaves the same sequence of names and text to check (an
    element's validity does not depend on its context), so only the first of a run of
    same-named siblings needs a trial."""
    if index == 0:
        return False
    previous, child = children[index - 1], children[index]
    return (
        previous.tag == child.tag
        and not (previous.tail or "").strip()
        and not (child.tail or "").strip()
    )


def _qname(element: etree._Element) -> QName:
    q = etree.QName(element)
    return q.namespace or "", q.localname


def _qname_of(clark: str) -> QName:
    q = etree.QName(clark)
    return q.namespace or "", q.localname


def _attr(name: QName) -> str:
    ns, local = name
    return f"xml:{local}" if ns == "http://www.w3.org/XML/1998/namespace" else local


def _may_contain(allowed: Allowed, limit: int = 12) -> str:
    names = sorted(local for _, local in allowed.children)
    if not names:
        return "it may contain no elements"
    shown = ", ".join(f"<{n}>" for n in names[:limit])
    more = f" and {len(names) - limit} more" if len(names) > limit else ""
    return f"it may contain {shown}{more}"
