"""The parallel view of aligned documents in a real browser (Playwright driving Debian's
Chromium): a reading page's parallel mark opens the shared quotation with its variants marked
and the apparatus beside it; an event link opens the columns at the event; no console errors."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from pathlib import Path

import pytest

from edition.align import align_corpus
from edition.site import build_site

FIXTURES = Path(__file__).parent / "fixtures" / "align"
CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]

pytestmark = pytest.mark.browser
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
if not CHROMIUM.is_file():
    pytest.skip(
        "Chromium is not installed at /usr/bin/chromium (apt-get install chromium)",
        allow_module_level=True,
    )


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    work = tmp_path_factory.mktemp("browser-parallel")
    tei = work / "tei"
    shutil.copytree(FIXTURES, tei)
    align_corpus(tei)
    build_site(tei, work / "site")
    handler = functools.partial(QuietHandler, directory=str(work / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def open_page(browser):
    """Open a page; fail the test on any console or page error."""
    errors: list[str] = []
    pages = []

    def opener(url: str, width: int = 1300, height: int = 800):
        page = browser.new_page(viewport={"width": width, "height": height})
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(url)
        pages.append(page)
        return page

    yield opener
    for page in pages:
        page.close()
    assert errors == [], f"console errors: {errors}"


def test_mark_opens_the_quotation_with_variants_and_apparatus_beside(base_url, open_page):
    page = open_page(base_url + "beta.html")
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


def test_event_link_opens_the_columns_at_the_event(base_url, open_page):
    page = open_page(base_url + "parallel.html")
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
    handler = functools.partial(QuietHandler, directory=str(work / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


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
