"""The HTML reader on saved web pages written for these tests (tests/fixtures/html/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from edition.model import Div, Document, Figure, List, Note, P, Quote, Table, inline_text
from edition.readers import detect_format, read_source
from edition.readers.html import read, sniff
from edition.report import Report
from edition.writers.tei import document_to_tei
from edition.xmlio import NSMAP

FIXTURES = Path(__file__).parent / "fixtures" / "html"


def load(name: str) -> tuple[Document, Report]:
    report = Report(name)
    return read_source(FIXTURES / name, report), report


def notes_of(document: Document) -> list[Note]:
    found: list[Note] = []

    def walk(nodes) -> None:
        for node in nodes:
            if isinstance(node, Note):
                found.append(node)
            for attr in ("children", "blocks", "body", "items", "rows", "cells"):
                if isinstance(getattr(node, attr, None), tuple):
                    walk(getattr(node, attr))

    walk(document.body)
    return found


def blocks_of(document: Document) -> list:
    out: list = []

    def walk(blocks) -> None:
        for block in blocks:
            out.append(block)
            if isinstance(block, Div):
                walk(block.children)

    walk(document.body)
    return out


def test_linked_footnotes_are_placed_at_their_markers() -> None:
    document, _ = load("footnotes.html")
    notes = notes_of(document)
    assert [(n.n, inline_text(n.children)) for n in notes] == [
        ("1", "The dry season ran from November to April."),
        ("2", "The wells were dug by the first settlers."),
    ]
    first = next(b for b in blocks_of(document) if isinstance(b, P))
    assert isinstance(first.children[1], Note)
    assert inline_text(first.children).startswith("The salt carriers walked the delta paths")


def test_notes_list_heading_and_backlinks_leave_the_text_and_are_logged() -> None:
    document, report = load("footnotes.html")
    heads = [inline_text(b.head) for b in blocks_of(document) if isinstance(b, Div)]
    assert heads == ["Salt Roads of the Delta", "The routes"]
    categories = [r.category for r in report.removed]
    assert categories.count("note backlink") == 2
    assert ("notes heading", "Notes") in [(r.category, r.text) for r in report.removed]


def test_site_furniture_is_dropped_and_logged() -> None:
    document, report = load("footnotes.html")
    removed = " | ".join(r.text for r in report.removed)
    for text in ("Riverbank Review Topics", "Share this article", "Great read", "Privacy"):
        assert text in removed
    all_text = " ".join(inline_text(b.children) for b in blocks_of(document) if isinstance(b, P))
    assert "Share this article" not in all_text and "Great read" not in all_text


def test_metadata_from_open_graph_and_json_ld() -> None:
    meta = load("footnotes.html")[0].meta
    assert meta.title == "Salt Roads of the Delta"
    assert meta.authors == ("Odile Marchetti",)
    assert meta.pub_date == "2017-09-12"
    assert meta.publisher == "Riverbank Review"
    assert meta.source_url == "https://review.example.org/salt-roads"


def test_metadata_from_dublin_core_and_from_a_byline() -> None:
    meta = load("numbered.html")[0].meta
    assert (meta.authors, meta.pub_date) == (("Petra Lind",), "2011-02-03")
    assert load("aside.html")[0].meta.authors == ("Tomas Eker",)


def test_structure_is_kept() -> None:
    blocks = blocks_of(load("footnotes.html")[0])
    lists = [b for b in blocks if isinstance(b, List)]
    assert len(lists) == 1 and lists[0].items[1].sublist is not None
    assert [inline_text(b.blocks[0].children)[:10] for b in blocks if isinstance(b, Quote)] == [
        "We carried"
    ]
    figure = next(b for b in blocks if isinstance(b, Figure))
    assert figure.url == "https://img.example.org/delta-path.jpg"
    assert inline_text(figure.caption) == "A delta path in the dry season."
    table = next(b for b in blocks if isinstance(b, Table))
    assert table.rows[0].header and inline_text(table.caption) == "Loads by season"
    assert table.rows[2].cells[0].cols == 2


def test_wikipedia_citations_resolve_and_repeat_at_each_marker() -> None:
    document, report = load("wiki.html")
    notes = notes_of(document)
    assert [(n.n, inline_text(n.children)) for n in notes] == [
        ("1", "Harbour board minutes, volume two."),
        ("2", "Local newspaper report of the lighting."),
        ("1", "Harbour board minutes, volume two."),
    ]
    assert document.meta.title == "Harbour Lighthouse"
    heads = [inline_text(b.head) for b in blocks_of(document) if isinstance(b, Div)]
    assert heads == ["History"]  # "[edit]" links gone; the emptied References section too
    removed = [r.text for r in report.removed]
    assert "[edit]" in removed and "Lighthouses of the coast" in removed


def test_numbered_markers_take_their_bodies_from_the_notes_list_in_order() -> None:
    document, _ = load("numbered.html")
    notes = notes_of(document)
    assert [n.n for n in notes] == ["1", "2", "3"]
    assert (
        inline_text(notes[0].children)
        == "The apprenticeship contract survives in the town archive."
    )
    text = " ".join(inline_text(b.children) for b in blocks_of(document) if isinstance(b, P))
    assert "(volume 4)" in text  # out of sequence: not a marker
    assert not any(isinstance(b, List) for b in blocks_of(document))


def test_aside_endnote_with_a_symbol_marker() -> None:
    notes = notes_of(load("aside.html")[0])
    assert [(n.n, inline_text(n.children)) for n in notes] == [
        ("*", "According to the miller's diary.")
    ]


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.html")))
def test_fixture_tei_is_valid_against_tei_all(name: str, tei_all_schema) -> None:
    document, report = load(name)
    tree = document_to_tei(document, report.removed_summary())
    assert tei_all_schema.validate(tree), str(tei_all_schema.error_log)[:300]
    assert tree.xpath("//tei:note[not(normalize-space())]", namespaces=NSMAP) == []


def test_html_is_detected_from_its_content() -> None:
    text = (FIXTURES / "wiki.html").read_text("utf-8")
    assert sniff(text) >= 0.75
    assert detect_format(text) == "html"
    assert sniff("Plain prose, no markup at all.\n") == 0.0


def test_declared_legacy_charset_is_honoured(tmp_path: Path) -> None:
    page = tmp_path / "old.html"
    page.write_bytes(
        b'<html><head><meta charset="windows-1252"><title>Caf\xe9</title></head>'
        b"<body><p>Un caf\xe9 \x93noir\x94.</p></body></html>"
    )
    document = read_source(page, Report(str(page)))
    assert document.format == "html"
    assert inline_text(document.body[0].children) == "Un café “noir”."


def test_entities_and_remote_resources_are_never_loaded(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET", "utf-8")
    page = (
        f'<!DOCTYPE html SYSTEM "file://{secret}"><html><body>'
        '<p>Text <img src="https://remote.example/x.png"> here.</p></body></html>'
    )
    document = read(page, Report("p.html"))
    assert "SECRET" not in repr(document)
    assert any(
        isinstance(b, Figure) and b.url == "https://remote.example/x.png" for b in document.body
    )


def test_addresses_follow_base_href_and_protocol_relative_urls_become_https() -> None:
    page = (
        '<html><head><base href="https://archive.example.org/pages/"></head><body>'
        '<p>See <a href="letters.html">the letters</a>.</p>'
        '<figure><img src="//cdn.example.org/map.png"><figcaption>Map</figcaption></figure>'
        '<p><img src="img/seal.png"></p></body></html>'
    )
    blocks = read(page, Report("p.html")).body
    assert blocks[0].children[1].target == "https://archive.example.org/pages/letters.html"
    assert [b.url for b in blocks if isinstance(b, Figure)] == [
        "https://cdn.example.org/map.png",
        "https://archive.example.org/pages/img/seal.png",
    ]


def test_addresses_that_are_no_uri_keep_their_text_and_tei_stays_valid(tei_all_schema) -> None:
    page = (
        "<html><body><p>Read <a href='%E2%80%8Bhttps://ok.example.org/a b'>this</a> and "
        "<a href='http://Bad host name/x#a#b'>that</a>.</p>"
        "<p><img src='/img/pic[0-1].jpg'></p></body></html>"
    )
    document = read(page, Report("p.html"))
    first = document.body[0]
    assert first.children[1].target == "https://ok.example.org/a%20b"
    assert inline_text(first.children) == "Read this and that."
    tree = document_to_tei(document)
    assert tei_all_schema.validate(tree), str(tei_all_schema.error_log)[:300]


def test_undeclared_non_utf8_page_is_read_as_windows_1252(tmp_path: Path) -> None:
    page = tmp_path / "legacy.html"
    page.write_bytes(b"<html><body><p>Stra\xdfe \x96 Ecke</p></body></html>")
    document = read_source(page, Report(str(page)))
    assert inline_text(document.body[0].children) == "Straße – Ecke"


@pytest.mark.parametrize("text", ["<?", "<!-- only a comment -->", "   "])
def test_a_page_of_nothing_but_dropped_markup_is_an_empty_document(text: str) -> None:
    """lxml calls such a page "empty" and raises; the reader gives an empty body instead."""
    document = read(text, Report("empty.html"))
    assert not any(isinstance(block, P) and inline_text(block.children) for block in document.body)
