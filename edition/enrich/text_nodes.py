"""Running text of a TEI document as editable slots, and wrapping spans of it in new elements.

Enrichers (persons, dates) find spans in plain strings; this module knows where running text
lives in lxml (an element's .text or its .tail) and how to split it around a new element.
Text inside existing names, dates, notes' labels, titles and the header is never entered, so
hand-made tags stay as they are and a second run finds nothing new (idempotent); and a tag an
earlier run made that a scholar has since removed is not made again (edition.enrich.memory).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from lxml import etree

from ..xmlio import TEI_NS, tei

# Elements whose content is never searched: existing annotations (a scholar's or ours),
# things that are not running prose, and words in another language.
SKIP_TAGS: frozenset[str] = frozenset(
    [
        "teiHeader",
        "persName",
        "placeName",
        "orgName",
        "name",
        "rs",
        "date",
        "time",
        "ref",
        "ptr",
        "label",
        "idno",
        "num",
        "title",
        "foreign",
        "fw",
        "gap",
        "figDesc",
        "abbr",
        "sic",
        "orig",
        "del",
        "surname",
        "forename",
        "roleName",
        "addName",
    ]
)

# Elements that hold a stretch of prose: the context a span's meaning is judged in.
BLOCK_TAGS: frozenset[str] = frozenset(
    ["p", "head", "item", "note", "quote", "l", "ab", "cell", "bibl"]
)


@dataclass(frozen=True)
class TextSlot:
    """One text node: `owner.text` (is_tail False) or `owner.tail` (is_tail True)."""

    owner: etree._Element
    is_tail: bool

    @property
    def text(self) -> str:
        return (self.owner.tail if self.is_tail else self.owner.text) or ""

    @property
    def line(self) -> int:
        """Source line of the owning element (0 when unknown)."""
        return self.owner.sourceline or 0

    @property
    def parent(self) -> etree._Element:
        """The element the text sits in (for a tail, the owner's parent)."""
        parent = self.owner.getparent() if self.is_tail else self.owner
        return parent if parent is not None else self.owner

    def block(self) -> etree._Element:
        """Nearest enclosing prose block (p, head, item, note, …) or the parent itself."""
        node: etree._Element | None = self.parent
        while node is not None:
            if _local(node) in BLOCK_TAGS:
                return node
            node = node.getparent()
        return self.parent


@dataclass(frozen=True)
class Span:
    """A stretch [start, end) of a slot's text to wrap in `element` (its text is set for you)."""

    start: int
    end: int
    element: etree._Element


Finder = Callable[[TextSlot], Sequence[Span]]


def _local(element: etree._Element) -> str:
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.split("}", 1)[1] if tag.startswith("{") else tag


def _skipped(element: etree._Element, skip: frozenset[str]) -> bool:
    return not isinstance(element.tag, str) or _local(element) in skip


def text_body(root: etree._Element) -> etree._Element | None:
    """The tei:text element (running text), or None."""
    found = root.find(f".//{{{TEI_NS}}}text") if _local(root) != "text" else root
    return found


def text_slots(
    root: etree._Element | etree._ElementTree, skip: frozenset[str] = SKIP_TAGS
) -> list[TextSlot]:
    """Every running-text node under tei:text, in document order, outside skipped elements.

    Returned as a list (not a generator) so callers may change the tree while walking it.
    """
    if isinstance(root, etree._ElementTree):
        root = root.getroot()
    body = text_body(root)
    if body is None:
        return []
    return list(_walk(body, skip))


def _walk(element: etree._Element, skip: frozenset[str]) -> Iterator[TextSlot]:
    if element.text:
        yield TextSlot(element, False)
    for child in element:
        if not _skipped(child, skip):
            yield from _walk(child, skip)
        if child.tail:
            yield TextSlot(child, True)


def wrap_spans(slot: TextSlot, spans: Sequence[Span]) -> int:
    """Split the slot's text around `spans` (non-overlapping) and insert their elements.

    Returns how many were inserted; overlapping or empty spans are dropped, not an error.
    """
    text = slot.text
    ordered: list[Span] = []
    cursor = 0
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if span.start >= cursor and span.end > span.start and span.end <= len(text):
            ordered.append(span)
            cursor = span.end
    ordered = _remembered_absent_dropped(slot, ordered, text)
    if not ordered:
        return 0
    head = text[: ordered[0].start]
    # Each element goes right after the one before (addnext), never by child index: inserting
    # at an index walks the children, which made long paragraphs quadratic.
    for index, span in enumerate(ordered):
        _fill(span, text, ordered, index)
    if slot.is_tail:
        slot.owner.tail = head or None
        slot.owner.addnext(ordered[0].element)
    else:
        slot.owner.text = head or None
        slot.owner.insert(0, ordered[0].element)
    for before, span in zip(ordered, ordered[1:]):
        before.element.addnext(span.element)
    return len(ordered)


def _remembered_absent_dropped(slot: TextSlot, spans: list[Span], text: str) -> list[Span]:
    """Leave out tags made by an earlier run that a scholar has since removed; note the rest
    as made by this run (see edition.enrich.memory)."""
    from .memory import active

    memory = active()
    if memory is None or not spans:
        return spans
    kept = [
        s for s in spans if memory.allows(slot, text[s.start : s.end], s.start, _local(s.element))
    ]
    memory.record([s.element for s in kept])
    return kept


def _fill(span: Span, text: str, ordered: Sequence[Span], index: int) -> None:
    nxt = ordered[index + 1].start if index + 1 < len(ordered) else len(text)
    span.element.text = text[span.start : span.end]
    span.element.tail = text[span.end : nxt] or None


def annotate(
    root: etree._Element | etree._ElementTree, find: Finder, skip: frozenset[str] = SKIP_TAGS
) -> int:
    """Run `find` on every running-text slot and wrap what it returns; returns the count."""
    return sum(wrap_spans(slot, find(slot)) for slot in text_slots(root, skip))


def make_element(tag: str, **attrs: str) -> etree._Element:
    """A new TEI element (not yet in any tree) with the non-empty attributes given."""
    return etree.Element(tei(tag), {k: v for k, v in attrs.items() if v})
