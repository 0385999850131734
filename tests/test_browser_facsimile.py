"""Page images in a real browser: the toggle hides and shows them by mouse and keyboard,
remembers the choice, print hides them, and axe-core finds no serious or critical violation
on a page with facsimiles at desktop and phone widths."""

from __future__ import annotations

import pytest
from browser_helpers import axe_violations, require_browser, serve
from test_site_facsimile import ledger, png

from edition.site import build_site

pytestmark = pytest.mark.browser
pytest_plugins = ["browser_fixtures"]
require_browser()


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    work = tmp_path_factory.mktemp("facsimile")
    tei = work / "tei"
    tei.mkdir()
    for name in ("p1.png", "p2.png"):
        (tei / name).write_bytes(png())
    body = "".join(
        f'<pb n="{n}" facs="p{n}.png"/><p>Page {n} of the harbour ledger: tides and cargo.</p>'
        for n in (1, 2)
    )
    (tei / "ledger.xml").write_text(ledger("", body), "utf-8")
    build_site(tei, work / "site")
    with serve(work / "site") as url:
        yield url


def visible_images(page) -> int:
    return page.locator(".facs img:visible").count()


def test_the_toggle_hides_and_shows_page_images_and_remembers(base_url, open_page) -> None:
    page = open_page(base_url + "ledger.html")
    toggle = page.get_by_role("button", name="Show page images")
    assert toggle.get_attribute("aria-pressed") == "true"
    assert visible_images(page) == 2
    toggle.focus()
    page.keyboard.press("Enter")
    assert toggle.get_attribute("aria-pressed") == "false"
    assert visible_images(page) == 0
    page.reload()
    assert visible_images(page) == 0  # remembered
    page.get_by_role("button", name="Show page images").click()
    assert visible_images(page) == 2


def test_print_leaves_page_images_out(base_url, open_page) -> None:
    page = open_page(base_url + "ledger.html")
    page.emulate_media(media="print")
    assert visible_images(page) == 0


@pytest.mark.parametrize("width", [1300, 390])
def test_no_serious_or_critical_axe_violation(base_url, open_page, width) -> None:
    page = open_page(base_url + "ledger.html", width=width, height=900)
    assert axe_violations(page) == []


def test_without_javascript_images_are_shown_and_no_dead_toggle(base_url, browser) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(base_url + "ledger.html")
        assert visible_images(page) == 2
        assert page.locator(".facs-toggle").is_hidden()
        assert page.locator(".facs-link").first.get_attribute("href") == "media/p1.png"
    finally:
        context.close()


@pytest.mark.parametrize(("width", "placement"), [(1300, "right"), (390, "none")])
def test_beside_the_text_when_wide_in_the_column_on_a_phone(
    base_url, open_page, width, placement
) -> None:
    page = open_page(base_url + "ledger.html", width=width, height=800)
    floats = page.eval_on_selector_all(".facs", "els => els.map(e => getComputedStyle(e).float)")
    assert floats == [placement, placement]
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0  # no sideways scrolling on a phone
