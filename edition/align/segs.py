"""Give every linked passage an element with an xml:id: reuse one that covers it exactly, or
wrap the passage in `<seg type="parallel">`. Only adds markup; never changes a character."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from lxml import etree

from ..xmlio import XML_ID, tei
from .text import Block, localname

REUSABLE = frozenset({"seg", "quote", "q", "p", "item", "ab", "l", "cit", "said"})


@dataclass(frozen=True)
class Point:
    """A place in mixed content: in `container`'s text (slot -1) or child `slot`'s tail."""

    container: etree._Element
    slot: int
    offset: int


def passage_id(prefix: str, normalized: str) -> str:
    """Readable, stable id from the passage's normalized words."""
    return f"{prefix}-{hashlib.sha1(normalized.encode('utf-8')).hexdigest()[:10]}"


def _core(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding blanks and punctuation, to compare spans loosely."""
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return start, end


def existing_element(block: Block, start: int, end: int) -> etree._Element | None:
    """An element of the block covering exactly this text (outermost first), else the
    smallest of our own segs holding it: `wrap` widens a seg to whole child elements, so
    the next run must find that seg again rather than nest another in it."""
    want = _core(block.text, start, end)
    ours = []
    for element, (s, e) in block.spans.items():
        if localname(element) not in REUSABLE:
            continue
        core = _core(block.text, s, e)
        if core != want:
            if (
                _is_ours(element)
                and element.get(XML_ID)
                and core[0] <= want[0] <= want[1] <= core[1]
            ):
                ours.append((core[1] - core[0], element))
            continue
        # a seg of someone else's (another type, no id) is left alone; ours or any other is used
        if element.get(XML_ID) or localname(element) != "seg" or _is_ours(element):
            return element
    return min(ours, key=lambda pair: pair[0])[1] if ours else None


def _is_ours(element: etree._Element) -> bool:
    return localname(element) == "seg" and element.get("type") == "parallel"


def _point(block: Block, offset: int, at_end: bool) -> Point:
    """The tree point of a character offset; at a piece boundary prefer the inner side."""
    for piece in block.pieces:
        inside = piece.start <= offset < piece.start + len(piece.text)
        if inside or (at_end and offset == piece.start + len(piece.text) and offset > piece.start):
            container = piece.container
            slot = list(container).index(piece.node) if piece.is_tail else -1
            return Point(container, slot, offset - piece.start)
    return Point(block.element, -1, 0)


def _lift(point: Point, ancestor: etree._Element, at_end: bool) -> Point:
    """Move a point up to `ancestor`'s content: before (start) or after (end) the child
    element that holds it, so the seg includes that child whole and markup stays intact."""
    node, container = None, point.container
    while container is not ancestor:
        node, container = container, container.getparent()
    if node is None:
        return point
    index = list(ancestor).index(node)
    if at_end:
        return Point(ancestor, index, 0)
    slot = index - 1
    text = ancestor.text if slot < 0 else ancestor[slot].tail
    return Point(ancestor, slot, len(text or ""))


def _common_ancestor(a: etree._Element, b: etree._Element) -> etree._Element:
    chain = [a, *a.iterancestors()]
    for element in [b, *b.iterancestors()]:
        if element in chain:
            return element
    return a


def _slot_text(container: etree._Element, slot: int) -> str:
    return (container.text if slot < 0 else container[slot].tail) or ""


def _set_slot(container: etree._Element, slot: int, text: str | None) -> None:
    if slot < 0:
        container.text = text or None
    else:
        container[slot].tail = text or None


def wrap(block: Block, start: int, end: int, seg_id: str) -> etree._Element:
    """Insert <seg type="parallel" xml:id=seg_id> around block text [start, end)."""
    first, last = _point(block, start, False), _point(block, end, True)
    parent = _common_ancestor(first.container, last.container)
    first, last = _lift(first, parent, False), _lift(last, parent, True)
    seg = etree.Element(tei("seg"), {"type": "parallel", XML_ID: seg_id})
    before = _slot_text(parent, first.slot)
    if first.slot == last.slot:
        seg.text = before[first.offset : last.offset] or None
        seg.tail = before[last.offset :] or None
    else:
        seg.text = before[first.offset :] or None
        moved = list(parent)[first.slot + 1 : last.slot + 1]
        end_text = moved[-1].tail or ""
        for child in moved:
            seg.append(child)  # lxml moves the tail along with the element
        moved[-1].tail = end_text[: last.offset] or None
        seg.tail = end_text[last.offset :] or None
    _set_slot(parent, first.slot, before[: first.offset])
    parent.insert(first.slot + 1, seg)
    return seg
