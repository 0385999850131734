"""The built site in a real browser (Playwright driving Debian's Chromium): notes open and link
back, the parallel view scrolls in step, search finds text, and no page logs a console error."""

from __future__ import annotations

import pytest
from browser_helpers import require_browser, serve
from site_helpers import fixture_copy

from edition.site import build_site, search

pytestmark = pytest.mark.browser
pytest_plugins = ["browser_fixtures"]
require_browser()


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    work = tmp_path_factory.mktemp("browser-site")
    site = work / "site"
    build_site(fixture_copy("tei", work / "tei"), site)
    with serve(site) as url:
        yield url


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
                   - c.getBoundingClientRect().top; }""",
        [column, element],
    )


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
    href = result.get_attribute("href")
    assert "/alpha.html?highlight=barometer#" in href  # opened at the passage holding it
    result.click()  # the reading page marks the words the result was opened for
    fragment = page.evaluate("decodeURIComponent(location.hash.slice(1))")
    assert "barometer" in page.locator(f"[id='{fragment}']").inner_text().lower()
    mark = page.locator("mark.pagefind-highlight").first
    mark.wait_for(timeout=10_000)
    assert mark.inner_text().lower() == "barometer"


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


EVERY_KIND_OF_PAGE = [
    "index.html",
    "alpha.html",
    "beta.html",
    "persons/index.html",
    "persons/orlov.html",
    "chronology.html",
    "parallel.html",
    "search.html?q=lamp",
]

# WCAG 2 contrast of every visible text run against the background it is painted on.
CONTRAST_JS = """() => {
  const rgb = (c) => c.match(/[\\d.]+/g).map(Number);
  const lum = ([r, g, b]) => { const f = (v) => { v /= 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
  const background = (e) => { for (; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length < 4 || c[3] > 0) return c.slice(0, 3); }
    return [255, 255, 255]; };
  const low = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const e = node.parentElement;
    if (!node.textContent.trim() || !e.checkVisibility() || e.closest('.visually-hidden'))
      continue;
    const style = getComputedStyle(e);
    const [a, b] = [lum(rgb(style.color)), lum(background(e))];
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    const large = parseFloat(style.fontSize) >= 24 ||
      (parseFloat(style.fontSize) >= 18.66 && Number(style.fontWeight) >= 700);
    if (ratio < (large ? 3 : 4.5))
      low.push(`${e.tagName}.${e.className} ${ratio.toFixed(2)} "${node.textContent.trim().slice(0, 30)}"`);
  }
  return low; }"""


@pytest.mark.parametrize("name", EVERY_KIND_OF_PAGE)
def test_every_page_fits_a_phone_screen_without_console_errors(base_url, open_page, name):
    page = open_page(base_url + name, width=360, height=740)
    page.wait_for_load_state("networkidle")
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{name}: {overflow}px wider than a phone screen"


@pytest.mark.parametrize("width", [390, 1300])
@pytest.mark.parametrize(
    "name", ["alpha.html", "persons/orlov.html", "chronology.html", "index.html"]
)
def test_text_has_sufficient_contrast(base_url, open_page, name, width):
    page = open_page(base_url + name, width=width)
    page.evaluate("document.querySelectorAll('a[role=doc-noteref]').forEach(a => a.click())")
    assert page.evaluate(CONTRAST_JS) == []


def test_figures_show_their_images_or_name_the_missing_file(base_url, open_page):
    page = open_page(base_url + "alpha.html")
    page.locator("#c-figure img").scroll_into_view_if_needed()
    page.wait_for_function("document.querySelector('#c-figure img').complete")
    assert page.evaluate("document.querySelector('#c-figure img').naturalWidth") > 0
    missing = page.locator("#c-figure-missing .graphic-missing")
    assert missing.is_visible() and "the%20cottage.jpg" in missing.inner_text()
    assert page.locator("#c-figure-missing img").count() == 0


def test_wide_screen_notes_work_from_the_keyboard(base_url, open_page):
    page = open_page(base_url + "alpha.html")
    page.focus("#noteref-1")
    page.keyboard.press("Enter")
    page.wait_for_function("location.hash === '#note-1'")
    page.focus("#note-1 a[role=doc-backlink]")
    page.keyboard.press("Enter")
    page.wait_for_function("location.hash === '#noteref-1'")


@pytest.mark.parametrize("width", [390, 1280])
def test_printing_shows_every_note(base_url, open_page, width):
    page = open_page(base_url + "alpha.html", width=width, height=900)
    page.emulate_media(media="print")
    notes = page.locator("[role=doc-footnote]")
    assert notes.count() > 0
    hidden = [i for i in range(notes.count()) if not notes.nth(i).is_visible()]
    assert hidden == []


def test_escape_closes_an_open_note_and_returns_to_its_marker(base_url, open_page):
    page = open_page(base_url + "alpha.html", width=390, height=800)
    page.locator("#noteref-1").click()
    assert page.locator("#note-1").is_visible()
    page.keyboard.press("Escape")
    assert not page.locator("#note-1").is_visible()
    assert page.evaluate("document.activeElement.id") == "noteref-1"
