"""Issue 13's browser checks on real corpora, not only fixtures: in Chromium's print emulation
every note of the seeds' pages and of the third-party TEI pages is visible; a search for a
phrase opens the paragraph that holds it (a long generated document, and a paragraph from the
middle of the longest seed)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from browser_helpers import require_browser, serve
from lxml import html

from edition.site import build_site, search

pytestmark = pytest.mark.browser
pytest_plugins = ["browser_fixtures"]
require_browser()

HIDDEN_NOTES = (
    "() => [...document.querySelectorAll('[role=doc-footnote]')]"
    ".filter(n => !n.checkVisibility() || !n.innerText.trim()).map(n => n.id)"
)


@pytest.fixture(scope="module")
def external_site(external_tei_dir, tmp_path_factory):
    site = tmp_path_factory.mktemp("external-print")
    return site, build_site(external_tei_dir, site)


def note_pages(pages: list[Path]) -> list[str]:
    """The reading pages that have notes."""
    return sorted(p.name for p in pages if 'role="doc-footnote"' in p.read_text("utf-8"))


def assert_notes_print(open_page, site: Path, pages: list[str]) -> None:
    """Every note of each page is visible, with its words, in print emulation."""
    assert pages
    with serve(site) as url:
        for name in pages:
            page = open_page(url + name, width=390, height=800)
            page.emulate_media(media="print")
            assert page.evaluate(HIDDEN_NOTES) == [], name
            page.close()


def test_every_note_of_the_seeds_is_visible_in_print(seed_site, open_page):
    _, site, reading = seed_site
    assert_notes_print(open_page, site, note_pages(reading))


def test_every_note_of_the_third_party_tei_is_visible_in_print(external_site, open_page):
    site, reading = external_site
    assert_notes_print(open_page, site, note_pages(reading))


def opened_passage(open_page, site: Path, phrase: str) -> tuple[str, dict]:
    """Search `phrase` (quoted: Pagefind matches it as a phrase), open the first result;
    return the fragment it opened at and where that element sits in the window."""
    with serve(site) as url:
        page = open_page(url + "search.html?q=" + '"' + phrase + '"', width=1300, height=900)
        result = page.locator(".pagefind-ui__result-link").first
        result.wait_for(timeout=15_000)
        result.click()
        page.wait_for_load_state()
        fragment = page.evaluate("decodeURIComponent(location.hash.slice(1))")
        box = page.locator(f"[id='{fragment}']").bounding_box() if fragment else None
        return fragment, box


def test_a_phrase_opens_the_paragraph_that_holds_it(tmp_path, open_page):
    if not search.pagefind_available():
        pytest.skip("pagefind[bin] is not installed, so the site has no search")
    tei = tmp_path / "tei"
    tei.mkdir()
    paragraphs = "".join(
        f'<p xml:id="r{i}">Entry {i}: the harbour master logged the boats and the tide.</p>'
        for i in range(1, 301)
    ).replace("Entry 250:", "Entry 250: a quince orchard stood behind the customs house;")
    (tei / "record.xml").write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>A '
        "long record</title></titleStmt><publicationStmt><p>P</p></publicationStmt>"
        "<sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader><text><body><div><head>"
        f"Records</head>{paragraphs}</div></body></text></TEI>",
        "utf-8",
    )
    build_site(tei, tmp_path / "site")
    fragment, box = opened_passage(open_page, tmp_path / "site", "quince orchard stood behind")
    assert fragment == "r250"
    assert 0 <= box["y"] < 900


def test_a_phrase_from_the_middle_of_a_seed_opens_its_paragraph(seed_site, open_page):
    if not search.pagefind_available():
        pytest.skip("pagefind[bin] is not installed, so the site has no search")
    _, site, pages = seed_site
    longest = max(pages, key=lambda p: p.stat().st_size)
    document = html.parse(str(longest)).getroot()
    paragraphs = [p for p in document.xpath("//article//p[@id]") if not p.xpath(".//sup")]
    texts = [" ".join(p.text_content().replace("¶", " ").split()) for p in paragraphs]
    everything = " ".join(texts)
    middle = len(paragraphs) // 2
    for index in [*range(middle, len(paragraphs)), *range(middle)]:
        words = re.findall(r"[A-Za-z]+", texts[index])
        phrase = " ".join(words[3:8])
        if len(words) >= 12 and everything.count(phrase) == 1:
            break
    else:
        pytest.fail("no paragraph with a phrase found once in the longest seed page")
    fragment, box = opened_passage(open_page, site, phrase)
    assert fragment == paragraphs[index].get("id"), phrase
    assert 0 <= box["y"] < 900
