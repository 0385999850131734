"""The dates pass: tag every date expression of the running text as <date> with ISO values.

`enrich_dates(tree, report, context)` walks the text in document order. A date without a
year ("on 9 January", "in March") takes the year of the last dated expression in the same
block (p, item, note, …), or the year the block before it runs in (see _Context: a bare year
mentioned in passing is not carried on); otherwise it is written --MM-DD.
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
    """Context years. Inside a block, the last year written or inferred so far. For the
    block after it, the year the block's narrative runs in (its `carry`): the year of its
    last month or day date, else that of a bare year which a later date of the block took,
    else the carry it got itself. A bare year mentioned in passing ("Begun in 1613, the
    dynasty ended") is not carried on to later paragraphs."""

    def __init__(self) -> None:
        self.years: dict[etree._Element, int] = {}
        self.carry: dict[etree._Element, int] = {}

    def year(self, block: etree._Element) -> int | None:
        if block in self.years:
            return self.years[block]
        return self.carried(block)

    def carried(self, block: etree._Element) -> int | None:
        if block in self.carry:
            return self.carry[block]
        previous = block.getprevious()
        return self.carry.get(previous) if previous is not None else None

    def set(self, block: etree._Element, year: int | None, carry: int | None) -> None:
        if year is not None:
            self.years[block] = year
        if carry is not None:
            self.carry[block] = carry


def narrative_year(text: str, found: list, carry: int | None) -> int | None:
    """The carry after the dates `found` in `text` (see _Context)."""
    bare = None
    for date in found:
        year = date.value.last_year()
        if year is None:
            continue
        if date.pattern == "year":
            bare = year
        elif str(abs(year)) in text[date.start : date.end] or date.pattern == "range":
            carry = year  # a month or day date that writes its year
        elif year == bare:
            carry = bare  # a date that took the bare year: the narrative runs in it
    return carry


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
            block = _block_of(event, True)
            year = year_of(event)
            context.set(block, year, year if event.get("when", "")[4:5] == "-" else None)
    return tagged


def _tag_slot(slot: TextSlot, context: _Context, old_style: bool) -> int:
    block = slot.block()
    found, year = find_dates(slot.text, context.year(block))
    context.set(block, year, narrative_year(slot.text, found, context.carried(block)))
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
