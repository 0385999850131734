"""The parallel view of aligned documents in a real browser (Playwright driving Debian's
Chromium): a reading page's parallel mark opens the shared quotation with its variants marked
and the apparatus beside it; an event link opens the columns at the event; no console errors."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from browser_helpers import require_browser, serve

from edition.align import align_corpus
from edition.site import build_site

FIXTURES = Path(__file__).parent / "fixtures" / "align"

pytestmark = pytest.mark.browser
pytest_plugins = ["browser_fixtures"]
require_browser()


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    work = tmp_path_factory.mktemp("browser-parallel")
    tei = work / "tei"
    shutil.copytree(FIXTURES, tei)
    align_corpus(tei)
    build_site(tei, work / "site")
    with serve(work / "site") as url:
        yield url


def test_mark_opens_the_quotation_with_variants_and_apparatus_beside(base_url, open_page):
    page = open_page(base_url + "beta.html", height=800)
    mark = page.locator("a.par-mark[href*='#par-']").first
    href = mark.get_attribute("href")
    mark.click()
    page.wait_for_url("**/parallel.html#par-*")
    card = page.locator(f"#{href.split('#')[1]}")
    assert card.is_visible() and card.bounding_box()["y"] < 200  # scrolled to the card
    variants = card.locator("mark.variant").all_inner_texts()
    assert "rotten" in variants and "filthy" in variants
    quotes, apparatus = card.locator(".pair"), card.locator(".collation")
    assert "rotten" in apparatus.inner_text() and "filthy" in apparatus.inner_text()
    left, right = quotes.bounding_box(), apparatus.bounding_box()
    assert right["x"] >= left["x"] + left["width"] - 1  # the apparatus stands beside the texts


def test_on_a_phone_one_column_shows_with_a_witness_switcher(base_url, open_page):
    page = open_page(base_url + "parallel.html", width=375, height=740)
    switcher = page.locator("#switcher")
    assert switcher.is_visible()
    buttons = switcher.locator("button")
    assert buttons.count() == 2
    shown = [c for c in page.locator(".column").all() if c.is_visible()]
    assert len(shown) == 1
    box = shown[0].bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 376  # nothing pushed off-screen
    assert page.evaluate("document.documentElement.scrollWidth") <= 376
    first = shown[0].get_attribute("data-stem")
    buttons.nth(1).click()
    shown = [c for c in page.locator(".column").all() if c.is_visible()]
    assert len(shown) == 1 and shown[0].get_attribute("data-stem") != first
    assert buttons.nth(1).get_attribute("aria-pressed") == "true"


def test_a_repeat_is_shown_as_a_repeat_with_sigla(base_url, open_page):
    page = open_page(base_url + "parallel.html", height=800)
    repeat = page.locator("article.quotation-pair", has_text="Repeated passage").first
    assert "a repeat inside one document" in repeat.locator("h3").inner_text()
    assert repeat.locator("abbr.siglum").all_inner_texts() == ["A", "A"]
    assert page.locator("dl.sigla dt").all_inner_texts() == ["A", "B", "G"]


def test_event_link_opens_the_columns_at_the_event(base_url, open_page):
    page = open_page(base_url + "parallel.html", height=800)
    link = page.locator(".events a[href*='?at=']").first
    link.click()
    page.wait_for_url("**/parallel.html?at=*")
    event = page.url.split("at=")[1].split("#")[0]
    anchor = page.evaluate("id => window.editionParallel.anchors.find(a => a.id === id).at", event)
    assert len(anchor) >= 2
    for stem, element in anchor.items():
        column = page.locator(f".column[data-stem='{stem}']")
        assert column.is_visible()
        target = page.locator(f"[id='{stem}--{element}']")
        offset = target.bounding_box()["y"] - column.bounding_box()["y"]
        assert 0 <= offset < 200, (stem, offset)  # the event's passage is at the top
        assert "synced" in target.get_attribute("class")  # and marked as the shared passage


@pytest.fixture(scope="module")
def seed_url(seeds_dir: Path, tmp_path_factory):
    from edition.convert import convert

    work = tmp_path_factory.mktemp("browser-parallel-seeds")
    convert(sorted(seeds_dir.glob("*.txt")), work / "tei")
    build_site(work / "tei", work / "site")  # aligns: parallels.xml is missing
    with serve(work / "site") as url:
        yield url


@pytest.mark.parametrize("kind", ["birth", "exile", "death"])
def test_seed_columns_open_at_each_life_event(seed_url, open_page, kind):
    page = open_page(seed_url + "parallel.html", height=700)
    link = page.locator(".events li a", has_text=f"{kind},").first
    link.click()
    page.wait_for_url("**/parallel.html?at=*")
    event = page.url.split("at=")[1].split("#")[0]
    anchor = page.evaluate("id => window.editionParallel.anchors.find(a => a.id === id).at", event)
    assert len(anchor) >= 3, anchor  # at least three of the five documents tell it
    for stem, element in anchor.items():
        column = page.locator(f".column[data-stem='{stem}']")
        target = page.locator(f"[id='{stem}--{element}']")
        offset = target.bounding_box()["y"] - column.bounding_box()["y"]
        assert -5 <= offset < 200, (stem, offset)
    if kind != "birth":  # later events are far down every column: the columns scrolled
        scrolled = page.evaluate(
            "[...document.querySelectorAll('.column:not([hidden])')].map(c => c.scrollTop)"
        )
        assert min(scrolled) > 0
