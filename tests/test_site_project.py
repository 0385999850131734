"""edition.toml, the About page, document labels and a chronology that does not misdate."""

from __future__ import annotations

import shutil

import pytest
from site_helpers import FIXTURES, page, text_of

from edition.errors import InputError
from edition.site import build_site
from edition.site.corpus import label_documents, load_document
from edition.site.project import default_sigla, load_project


@pytest.fixture(scope="module")
def project_site(tmp_path_factory):
    work = tmp_path_factory.mktemp("project")
    tei = work / "tei"
    shutil.copytree(FIXTURES / "project", tei)
    build_site(tei, work / "site")
    return tei, work / "site"


def test_site_title_and_editors_come_from_the_project_file(project_site):
    _, site = project_site
    home = page(site, "index.html")
    assert text_of(home.xpath("//p[@class='site-title']")[0]) == "Two Mills"
    about = text_of(page(site, "about.html").xpath("//main")[0])
    assert "Edited by J. Doe, K. Roe." in about
    assert "A second paragraph." in about
    assert "Spelling is kept as the printed text has it." in about
    assert home.xpath("//nav//a[@href='about.html']")


def test_short_title_and_siglum_tell_documents_apart(project_site):
    tei, _ = project_site
    documents = [load_document(p) for p in sorted(tei.glob("mill*.xml"))]
    label_documents(documents, load_project(tei))
    by_stem = {d.stem: d for d in documents}
    assert (by_stem["mill-notes"].siglum, by_stem["mill-notes"].label) == ("W", "Weir's notes")
    assert by_stem["mill"].siglum == "M"


def test_default_sigla_are_unique():
    assert default_sigla(["life-and-work", "letters-a-w", "mill"]) == {
        "life-and-work": "LAW",
        "letters-a-w": "LAW2",
        "mill": "M",
    }


def test_bad_project_file_is_a_one_line_error_with_its_line(tmp_path):
    (tmp_path / "edition.toml").write_text('title = "x"\neditors = [\n', encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_project(tmp_path)
    assert str(caught.value.message).startswith(f"{tmp_path / 'edition.toml'}:")
    assert "\n" not in caught.value.message


def chronology(site):
    rows = {}
    for section in page(site, "chronology.html").xpath("//section[h2]"):
        year = text_of(section.xpath("h2")[0])
        rows[year] = [text_of(r) for r in section.xpath(".//tbody/tr")]
    return rows


def test_a_year_written_far_away_is_not_trusted(project_site):
    _, site = project_site
    groups = chronology(site)
    assert "1702" not in groups  # "4 June" got its year from another section
    assert any("4 June" in row for row in groups["Year uncertain"])
    assert any("11 February" in row for row in groups["1931"])


def test_citation_dates_are_not_events_and_undated_ones_are_worded(project_site):
    _, site = project_site
    groups = chronology(site)
    assert "1964" not in groups
    assert any(row.startswith("9 May, year not given") for row in groups["Without a year"])


def test_chronology_has_a_year_bar_and_a_document_filter(project_site):
    _, site = project_site
    chron = page(site, "chronology.html")
    targets = chron.xpath("//nav[@class='year-nav']//a/@href")
    assert "#y-1931" in targets and "#y-1932" in targets
    assert all(chron.get_element_by_id(t[1:]) is not None for t in targets)
    assert len(chron.xpath("//select[@id='chron-doc']/option")) == 3


def test_a_documents_own_listperson_feeds_the_person_index(project_site):
    _, site = project_site
    person = page(site, "persons/marsh.html")
    assert text_of(person.xpath("//h1")[0]) == "Roland Marsh"
    assert "1901" in text_of(person.xpath("//dl")[0])


def test_names_in_citations_and_titles_are_cited_not_mentions(project_site):
    _, site = project_site
    person = page(site, "persons/marsh.html")
    mentions = person.xpath("//section[@class='mentions']//li")
    cited = person.xpath("//section[@class='citations']//li")
    assert len(mentions) == 2  # one in each document's running text
    assert len(cited) == 4  # the bibl author and the title, in each document
    assert all("hired cart" in text_of(li) for li in mentions)


def test_every_paragraph_and_heading_has_an_id_and_a_permalink(project_site):
    _, site = project_site
    reading = page(site, "mill.html")
    blocks = reading.xpath("//div[@class='document-text']//p | //div[@class='document-text']//h2")
    assert blocks and all(b.get("id") for b in blocks)
    for block in blocks:
        assert block.xpath("a[@class='permalink']/@href") == [f"#{block.get('id')}"]
    assert reading.get_element_by_id("d2.p2") is not None  # path ids: division 2, paragraph 2


def test_path_ids_do_not_move_when_text_changes_elsewhere(tmp_path):
    tei = tmp_path / "tei"
    shutil.copytree(FIXTURES / "project", tei)
    build_site(tei, tmp_path / "before")
    source = (tei / "mill.xml").read_text("utf-8")
    (tei / "mill.xml").write_text(source.replace("cut in 1702", "cut, they say, in 1702"), "utf-8")
    build_site(tei, tmp_path / "after")
    ids = lambda site: [p.get("id") for p in page(site, "mill.html").xpath("//p[@id]")]
    assert ids(tmp_path / "before") == ids(tmp_path / "after")


def test_reading_page_links_its_tei_source_and_offers_a_citation(project_site):
    tei, site = project_site
    reading = page(site, "mill.html")
    href = reading.xpath("//a[@download]/@href")[0]
    assert (site / href).read_bytes() == (tei / "mill.xml").read_bytes()
    citation = text_of(reading.get_element_by_id("citation"))
    assert citation.startswith("Ada Brook, The Mill, in Two Mills")
    assert "Spelling is kept" in text_of(reading.xpath("//details[@class='editorial']")[0])


def test_pagefind_gets_a_distinct_title_and_filters_per_document(project_site):
    _, site = project_site
    reading = page(site, "mill-notes.html")
    assert reading.xpath("//@data-pagefind-meta") == ["title:Weir's notes (W)"]
    filters = reading.xpath("//@data-pagefind-filter")
    assert "document:Weir's notes" in filters and "person:Roland Marsh" in filters
