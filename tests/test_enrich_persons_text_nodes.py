"""The shared text-node helper: which text is running text, and wrapping spans of it."""

from __future__ import annotations

import re

from lxml import etree

from edition.enrich.text_nodes import Span, TextSlot, annotate, make_element, text_slots, wrap_spans
from edition.xmlio import TEI_NS

DOC = (
    f'<TEI xmlns="{TEI_NS}"><teiHeader><title>Marx</title></teiHeader><text><body>'
    "<p>Marx wrote <hi>Marx</hi> and <persName>Marx</persName> then Marx."
    '<note n="1">Marx again</note></p></body></text></TEI>'
)


def marx_finder(slot):
    return [
        Span(m.start(), m.end(), make_element("name", type="x"))
        for m in re.finditer("Marx", slot.text)
    ]


def test_slots_cover_running_text_only() -> None:
    root = etree.fromstring(DOC)
    texts = [slot.text for slot in text_slots(root)]
    assert texts == ["Marx wrote ", "Marx", " and ", " then Marx.", "Marx again"]


def test_annotate_wraps_every_span_and_keeps_all_text() -> None:
    root = etree.fromstring(DOC)
    before = "".join(root.find(f"{{{TEI_NS}}}text").itertext())
    assert annotate(root, marx_finder) == 4  # not the hand-made persName's Marx
    assert "".join(root.find(f"{{{TEI_NS}}}text").itertext()) == before
    names = root.findall(f".//{{{TEI_NS}}}name")
    assert [n.text for n in names] == ["Marx"] * 4
    assert all(n.get("type") == "x" for n in names)
    assert annotate(root, marx_finder) == 0  # nothing new inside what we tagged


def test_wrap_spans_drops_overlaps_and_keeps_tails() -> None:
    root = etree.fromstring(f'<p xmlns="{TEI_NS}"><lb/>abcdef</p>')
    spans = [
        Span(0, 2, make_element("a")),
        Span(1, 3, make_element("b")),
        Span(4, 6, make_element("c")),
    ]
    assert wrap_spans(TextSlot(root[0], True), spans) == 2
    assert (
        etree.tostring(root, encoding="unicode")
        == f'<p xmlns="{TEI_NS}"><lb/><a>ab</a>cd<c>ef</c></p>'
    )


def test_a_document_without_text_has_no_slots() -> None:
    assert text_slots(etree.fromstring(f'<TEI xmlns="{TEI_NS}"><teiHeader/></TEI>')) == []
