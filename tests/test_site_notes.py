"""Notes placed where they belong: stand-off notes at their anchor, notes pointed to from the
text at the pointer, split notes joined, copies dropped; the TEI file itself is not changed."""

from __future__ import annotations

import hashlib

import pytest
from site_helpers import fixture_copy, page, text_of

from edition.site import build_site


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    work = tmp_path_factory.mktemp("standoff")
    tei = fixture_copy("standoff", work / "tei")
    before = hashlib.sha256((tei / "harbour.xml").read_bytes()).hexdigest()
    build_site(tei, work / "site")
    assert hashlib.sha256((tei / "harbour.xml").read_bytes()).hexdigest() == before
    return page(work / "site", "harbour.html")


def _note_after(paragraph) -> list[str]:
    return [text_of(n) for n in paragraph.xpath(".//span[@role='doc-footnote']")]


def test_stand_off_note_sits_at_its_anchor(harbour):
    brig = harbour.get_element_by_id("p-brig")
    assert _note_after(brig) == [
        "1 (back to the text) A brig is a two-masted ship with square sails."
    ]
    marker = brig.xpath(".//sup[@class='noteref']")[0]
    assert marker.getprevious().get("id") == "a-brig" and brig.text.endswith("at dusk")


def test_note_pointed_to_by_a_ref_takes_the_refs_place_and_number(harbour):
    pilot = harbour.get_element_by_id("p-pilot")
    assert [text_of(s) for s in pilot.xpath(".//sup[@class='noteref']")] == ["b"]
    assert "harbour pilot guided ships" in _note_after(pilot)[0]


def test_note_split_over_a_page_break_is_one_note(harbour):
    notes = _note_after(harbour.get_element_by_id("p-long"))
    assert notes == [
        "3 (back to the text) The ink has faded to a pale brown, hard to read in places."
    ]
    assert "n-ink2" not in harbour.xpath("//@id")


def test_note_on_an_element_follows_it_and_its_copy_is_dropped(harbour):
    seal = harbour.get_element_by_id("p-seal")
    assert len(_note_after(seal)) == 1 and "faint" in _note_after(seal)[0]
    everything = text_of(harbour.xpath("//main")[0])
    assert everything.count("The second impression is faint.") == 1


def test_every_note_is_rendered_once_and_none_is_left_in_the_back(harbour):
    notes = harbour.xpath("//span[@role='doc-footnote']")
    assert len(notes) == 4
    assert not harbour.xpath("//*[@role='doc-endnote']")
