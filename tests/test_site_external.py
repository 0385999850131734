"""TEI that other projects wrote (../shared/external-tei) builds into readable pages."""

from __future__ import annotations

import pytest
from site_helpers import page, text_of

from edition.site import build_site, document_files
from edition.site.links import check_links, check_notes
from edition.xmlio import parse_file


@pytest.fixture(scope="module")
def external_site(external_tei_dir, tmp_path_factory):
    site = tmp_path_factory.mktemp("external-site")
    return external_tei_dir, site, build_site(external_tei_dir, site)


def test_every_external_file_gets_a_reading_page(external_site):
    tei_dir, _, pages = external_site
    assert [p.stem for p in pages] == [p.stem for p in document_files(tei_dir)]


def test_external_pages_keep_the_words_of_their_text(external_site):
    tei_dir, site, _ = external_site
    for source in document_files(tei_dir):
        tree = parse_file(source)
        body = tree.xpath("//*[local-name()='text']//*[local-name()='p' or local-name()='l']")
        sample = next(
            (
                " ".join("".join(p.itertext()).split())
                for p in body
                if len("".join(p.itertext()).split()) >= 4
                and not p.xpath(
                    ".//*[local-name()='note' or local-name()='app' or local-name()="
                    "'choice' or local-name()='lb' or local-name()='gap' or local-name()='supplied'"
                    " or local-name()='del']"
                )
            ),
            None,
        )
        main = text_of(page(site, f"{source.stem}.html").xpath("//main")[0])
        assert main, f"{source.name}: empty page"
        if sample:
            assert sample[:60] in main, f"{source.name}: {sample[:60]!r} missing from the page"


def test_external_site_links_and_notes_resolve(external_site):
    _, site, _ = external_site
    assert check_links(site) == []
    checked, problems = check_notes(site)
    assert problems == [] and checked > 0


def test_every_xml_id_in_the_text_becomes_an_html_id(external_site):
    from lxml import html

    from edition.site.legacy import adopt_p4
    from edition.xmlio import XML_ID

    tei_dir, site, _ = external_site
    for source in document_files(tei_dir):
        tree = adopt_p4(parse_file(source))
        xml_ids = {e.get(XML_ID) for e in tree.xpath("//*[local-name()='text']//*[@xml:id]")}
        html_ids = set(html.parse(str(site / f"{source.stem}.html")).xpath("//@id"))
        assert sorted(xml_ids - html_ids) == [], source.name


def test_every_external_page_shows_99_percent_of_its_text(external_site):
    """Issue 13: no text lost between TEI and HTML (tests/page_text.py says what each side
    leaves out on purpose). A file whose text is only pointers has no words to keep."""
    from page_text import compare

    tei_dir, site, _ = external_site
    figures = {
        source.name: compare(source, site / f"{source.stem}.html")
        for source in document_files(tei_dir)
    }
    lost = {name: round(c.kept, 4) for name, c in figures.items() if c.kept < 0.99}
    invented = {
        name: round(c.invented, 4)
        for name, c in figures.items()
        if c.tei_words and c.invented > 0.02
    }
    assert (lost, invented) == ({}, {})
