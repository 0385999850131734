"""The dates pass: tag every date expression of the running text as <date> with ISO values.

`enrich_dates(tree, report, context)` walks the text in document order. A date without a
year ("on 9 January", "in March") takes the year of the last dated expression in the same
block (p, item, note, …), or of the block just before it; otherwise it is written --MM-DD.
Existing <date> elements (hand-made or from an earlier run) are never entered or changed but
do give their year as context, so a second run adds nothing (idempotent).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from ..report import Report
from ..xmlio import NSMAP
from .dates_attrs import date_attributes
from .dates_calendar import ensure_julian_calendar, old_style_default
from .dates_find import find_dates
from .dates_values import JULIAN_REF
from .text_nodes import SKIP_TAGS, Span, TextSlot, make_element, text_body, wrap_spans

YEAR_ATTRS = ("to", "notAfter", "when", "from", "notBefore")
LEADING_YEAR = re.compile(r"^(-?[0-9]{4})")


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _events(element: etree._Element) -> Iterator[TextSlot | etree._Element]:
    """Text slots and existing <date> elements under `element`, in document order."""
    if element.text:
        yield TextSlot(element, False)
    for child in element:
        name = _local(child)
        if name == "date":
            yield child
        elif name and name not in SKIP_TAGS:
            yield from _events(child)
        if child.tail:
            yield TextSlot(child, True)


def year_of(date: etree._Element) -> int | None:
    """The year an existing <date> gives as context (its latest dated attribute)."""
    for name in YEAR_ATTRS:
        match = LEADING_YEAR.match(date.get(name) or "")
        if match:
            return int(match.group(1))
    return None


def _block_of(node: etree._Element, is_tail: bool) -> etree._Element:
    return TextSlot(node, is_tail).block()


class _Context:
    """The context year of each block, falling back on the block just before it."""

    def __init__(self) -> None:
        self.years: dict[etree._Element, int] = {}

    def year(self, block: etree._Element) -> int | None:
        if block in self.years:
            return self.years[block]
        previous = block.getprevious()
        return self.years.get(previous) if previous is not None else None

    def set(self, block: etree._Element, year: int | None) -> None:
        if year is not None:
            self.years[block] = year


def tag_dates(root: etree._Element, old_style: bool = False) -> int:
    """Wrap each date expression of root's running text in <date>; returns how many."""
    body = text_body(root)
    if body is None:
        return 0
    context = _Context()
    tagged = 0
    for event in list(_events(body)):
        if isinstance(event, TextSlot):
            tagged += _tag_slot(event, context, old_style)
        else:
            context.set(_block_of(event, True), year_of(event))
    return tagged


def _tag_slot(slot: TextSlot, context: _Context, old_style: bool) -> int:
    block = slot.block()
    found, year = find_dates(slot.text, context.year(block))
    context.set(block, year)
    spans = [
        Span(f.start, f.end, make_element("date", **date_attributes(f.value, old_style)))
        for f in found
    ]
    return wrap_spans(slot, spans)


def uses_julian(root: etree._Element) -> bool:
    """True when some date in the text points to the Julian calendar."""
    return bool(
        root.xpath(
            "tei:text//tei:date[@datingMethod=$ref or @calendar=$ref]",
            namespaces=NSMAP,
            ref=JULIAN_REF,
        )
    )


def enrich_dates(
    tree: etree._ElementTree, report: Report, context: object = None
) -> etree._ElementTree:
    """The enrichment pass (see the module docstring); counts tagged dates in the report."""
    root = tree.getroot()
    tagged = tag_dates(root, old_style_default(root))
    if uses_julian(root):
        ensure_julian_calendar(root)
    report.count("dates", tagged)
    return tree
