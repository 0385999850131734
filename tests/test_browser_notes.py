"""Notes in a real browser: every note visible in print, a marker on a wide screen keeps
itself in view and moves focus to its highlighted sidenote, Escape closes a note on a phone."""

from __future__ import annotations

import pytest
from browser_helpers import require_browser, serve
from site_helpers import fixture_copy

from edition.site import build_site

pytestmark = pytest.mark.browser
pytest_plugins = ["browser_fixtures"]
require_browser()


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    work = tmp_path_factory.mktemp("browser-notes")
    tei = fixture_copy("tei", work / "tei")
    for name in ("harbour.xml",):
        (tei / name).write_bytes((fixture_copy("standoff", work / "so") / name).read_bytes())
    build_site(tei, work / "site")
    with serve(work / "site") as url:
        yield url


@pytest.mark.parametrize("name", ["alpha.html", "harbour.html"])
def test_every_note_is_visible_in_print(base_url, open_page, name):
    page = open_page(base_url + name, width=390, height=800)
    page.emulate_media(media="print")
    notes = page.locator("[role=doc-footnote]")
    assert notes.count() > 0
    for index in range(notes.count()):
        note = notes.nth(index)
        assert note.is_visible(), note.get_attribute("id")
        words = [w for w in note.inner_text().split() if w.isalpha()]
        assert words, note.get_attribute("id")


def test_wide_screen_marker_stays_in_view_and_focuses_the_highlighted_sidenote(base_url, open_page):
    page = open_page(base_url + "harbour.html", width=1400, height=700)
    ref = page.locator("a[role=doc-noteref]").nth(2)
    ref.click()
    target = ref.get_attribute("href")[1:]
    page.wait_for_function(f"document.activeElement.id === {target!r}")
    assert "highlight" in page.locator(f"[id='{target}']").get_attribute("class")
    box = ref.bounding_box()
    assert 0 <= box["y"] <= 700


def test_escape_closes_the_open_note_on_a_phone_and_returns_to_its_marker(base_url, open_page):
    page = open_page(base_url + "harbour.html", width=390, height=800)
    ref = page.locator("a[role=doc-noteref]").first
    note_id = ref.get_attribute("href")[1:]
    ref.click()
    assert page.locator(f"[id='{note_id}']").is_visible()
    page.keyboard.press("Escape")
    assert not page.locator(f"[id='{note_id}']").is_visible()
    assert ref.get_attribute("aria-expanded") == "false"
    assert page.evaluate("document.activeElement.getAttribute('href')") == f"#{note_id}"
