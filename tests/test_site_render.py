"""Golden HTML fragments: one per TEI construct of the fixture document (tests/fixtures/site)."""

from __future__ import annotations

import pytest
from site_helpers import fixture_copy, outer_html, page

from edition.site import build_site

# construct -> XPath of its rendering in alpha.html
CONSTRUCTS = {
    "heading_with_person": "//section[@id='ch1']/h2",
    "toc": "//nav[@class='toc']",
    "epigraph": "//*[@id='c-epigraph']",
    "notes_and_empty_note": "//*[@id='c-note']",
    "person_and_uncertain_name_and_date": "//*[@id='c-date']",
    "old_style_date": "//*[@id='c-oldstyle']",
    "page_break_and_running_head": "//span[@class='pb']/..",
    "date_range_and_event_parallel": "//*[@id='c-pb']",
    "block_quote": "//*[@id='c-quote']",
    "cit": "//*[@id='c-cit']",
    "inline_quote": "//*[@id='c-inline-quote']",
    "bulleted_list": "//*[@id='c-list']",
    "numbered_list": "//*[@id='c-olist']",
    "figure": "//*[@id='c-figure']",
    "figure_with_absent_image": "//*[@id='c-figure-missing']",
    "seg_with_quotation_parallel": "//*[@id='c-seg']",
    "unknown_element_ref_and_note_without_id": "//*[@id='c-unknown']",
}


@pytest.fixture(scope="module")
def fixture_site(tmp_path_factory):
    work = tmp_path_factory.mktemp("site")
    site = work / "site"
    build_site(fixture_copy("tei", work / "tei"), site)
    return site


@pytest.mark.parametrize("construct", sorted(CONSTRUCTS))
def test_construct_renders_as_golden_html(fixture_site, file_regression, construct):
    found = page(fixture_site, "alpha.html").xpath(CONSTRUCTS[construct])
    assert found, f"{construct}: nothing rendered at {CONSTRUCTS[construct]}"
    fragment = outer_html(found[0])
    if construct == "page_break_and_running_head":  # the whole chapter: keep only the break
        start = fragment.index('<span class="pb"')
        fragment = fragment[start : fragment.index("</span>\n", fragment.index("fw-header")) + 7]
    file_regression.check(fragment, basename=construct, extension=".html")


def test_collation_renders_as_golden_html(fixture_site, file_regression):
    collation = page(fixture_site, "parallel.html").xpath(
        "//*[@id='par-1']//div[@class='collation']"
    )
    assert collation, "the parallel view shows no collation for par-1"
    file_regression.check(outer_html(collation[0]), basename="collation", extension=".html")
