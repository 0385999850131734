"""The built site in a real browser (Playwright driving Debian's Chromium): notes open and link
back, the parallel view scrolls in step, search finds text, and no page logs a console error."""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path

import pytest
from site_helpers import FIXTURE_TEI

from edition.site import build_site, search

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--no-first-run", "--disable-sync"]

pytestmark = pytest.mark.browser
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
if not CHROMIUM.is_file():
    pytest.skip("Chromium is not installed at /usr/bin/chromium (apt-get install chromium)",
                allow_module_level=True)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # keep the test output clean
        pass


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    site = tmp_path_factory.mktemp("browser-site")
    build_site(FIXTURE_TEI, site)
    handler = functools.partial(QuietHandler, directory=str(site))
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
    """Open a page at a viewport size; fail the test on any console error or page error."""
    errors: list[str] = []
    pages = []

    def opener(url: str, width: int = 1300, height: int = 900):
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


def test_narrow_screen_note_opens_in_place_and_links_back(base_url, open_page):
    page = open_page(base_url + "alpha.html", width=390, height=800)
    note, ref = page.locator("#note-1"), page.locator("#noteref-1")
    assert not note.is_visible()
    ref.click()
    assert note.is_visible()
    assert ref.get_attribute("aria-expanded") == "true"
    note.locator("a[role=doc-backlink]").click()
    page.wait_for_function("location.hash === '#noteref-1'")
    assert not note.is_visible()


def test_notes_are_keyboard_operable(base_url, open_page):
    page = open_page(base_url + "alpha.html", width=390, height=800)
    page.focus("#noteref-1")
    page.keyboard.press("Enter")
    assert page.locator("#note-1").is_visible()
    assert page.evaluate("document.activeElement.getAttribute('role')") == "doc-backlink"


def test_wide_screen_sidenote_is_beside_the_text_and_links_back(base_url, open_page):
    page = open_page(base_url + "alpha.html")
    note_box = page.locator("#note-1").bounding_box()
    text_box = page.locator("#c-note").bounding_box()
    assert note_box["x"] >= text_box["x"] + text_box["width"]  # in the margin
    page.locator("#noteref-1").click()
    page.wait_for_function("location.hash === '#note-1'")
    page.locator("#note-1 a[role=doc-backlink]").click()
    page.wait_for_function("location.hash === '#noteref-1'")


def _offset(page, column: str, element: str) -> float:
    return page.evaluate(
        """([column, element]) => {
            const c = document.querySelector(`.column[data-stem="${column}"]`);
            return document.getElementById(element).getBoundingClientRect().top
                   - c.getBoundingClientRect().top; }""", [column, element])


def test_parallel_view_keeps_the_other_column_on_the_matching_passage(base_url, open_page):
    page = open_page(base_url + "parallel.html", width=1200, height=600)
    beta_before = page.evaluate("document.querySelector('.column[data-stem=beta]').scrollTop")
    page.evaluate("""() => {
        const c = document.querySelector('.column[data-stem=alpha]');
        const e = document.getElementById('alpha--c-pb');
        c.scrollTop = e.getBoundingClientRect().top - c.getBoundingClientRect().top
                      + c.scrollTop - 40; }""")
    page.wait_for_timeout(300)
    beta_after = page.evaluate("document.querySelector('.column[data-stem=beta]').scrollTop")
    assert beta_after > beta_before
    gap = abs(_offset(page, "alpha", "alpha--c-pb") - _offset(page, "beta", "beta--b-storm"))
    assert gap < 30, f"columns out of step by {gap}px"


def test_parallel_view_picks_documents_and_notes_work_in_columns(base_url, open_page):
    page = open_page(base_url + "parallel.html?at=ev-1")
    assert page.locator(".column[data-stem=beta]").is_visible()
    page.uncheck("input[name=docs][value=beta]")
    assert not page.locator(".column[data-stem=beta]").is_visible()
    page.locator("#alpha--noteref-1").click()
    page.wait_for_function("location.hash === '#alpha--note-1'")
    assert page.locator("#alpha--note-1").is_visible()


def test_search_finds_a_passage(base_url, open_page):
    if not search.pagefind_available():
        pytest.skip("pagefind[bin] is not installed, so the site has no search")
    page = open_page(base_url + "search.html?q=barometer")
    result = page.locator(".pagefind-ui__result-link").first
    result.wait_for(timeout=10_000)
    assert result.get_attribute("href").endswith("/alpha.html")


def test_first_tab_reaches_the_skip_link_and_it_moves_focus_to_the_text(base_url, open_page):
    page = open_page(base_url + "alpha.html")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    assert page.locator(".skip-link").bounding_box()["y"] >= 0  # visible when focused
    page.keyboard.press("Enter")
    page.wait_for_function("location.hash === '#main'")


def test_without_javascript_notes_are_shown_and_links_still_work(browser, base_url):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 800})
    page = context.new_page()
    page.goto(base_url + "alpha.html")
    assert page.locator("#note-1").is_visible()
    page.locator("#noteref-1").click()
    page.wait_for_function("location.hash === '#note-1'")
    page.goto(base_url + "parallel.html")  # every column is shown when nothing can choose
    assert page.locator(".column[data-stem=beta]").is_visible()
    context.close()
