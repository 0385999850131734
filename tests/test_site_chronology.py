"""The chronology: events only (no publication years of citations), yearless dates worded,
a year navigation bar and a per-document filter; Escape closes an open note."""

from __future__ import annotations

from pathlib import Path

import pytest
from site_helpers import page, text_of

from edition.site import build_site
from edition.site.indexes import worded_without_year

TEI = """<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt>
<title>{title}</title></titleStmt><publicationStmt><p>Test.</p></publicationStmt>
<sourceDesc><p>Written for the tests.</p></sourceDesc></fileDesc></teiHeader><text><body>
<p>The bridge opened on <date when="1889-03-31">31 March 1889</date>, and on
<date when="--06-02">2 June</date> the first train crossed.<note place="foot" n="1">See
<title>Bridges of the North</title> (<date when="1930">1930</date>), p. 4.</note></p>
<listBibl><bibl>A. Smith, <title>Iron</title>, <date when="1901">1901</date>.</bibl></listBibl>
</body></text></TEI>"""


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("chronology")
    tei = work / "tei"
    tei.mkdir()
    for stem, title in (("north", "North bridges"), ("south", "South bridges")):
        (tei / f"{stem}.xml").write_text(TEI.format(title=title), "utf-8")
    build_site(tei, work / "site")
    return work / "site"


def test_citations_are_not_events_and_yearless_dates_are_worded(site: Path) -> None:
    chronology = page(site, "chronology.html")
    listed = " ".join(text_of(t) for t in chronology.xpath("//table[@class='chronology']"))
    assert "1889-03-31" in listed
    assert "2 June, year not given" in listed and "--06-02" not in listed
    assert "1930" not in listed  # a publication year in a note's citation
    assert "1901" not in listed  # a bibliography entry


def test_year_navigation_and_document_filter(site: Path) -> None:
    chronology = page(site, "chronology.html")
    years = chronology.xpath("//nav[@class='year-nav']//a/@href")
    assert "#y-1889" in years
    for href in years:
        assert chronology.xpath(f"//*[@id='{href[1:]}']")
    options = chronology.xpath("//select[@id='chron-doc']/option/@value")
    assert options == ["", "north", "south"]


def test_yearless_labels() -> None:
    assert worded_without_year("--01-05") == "5 January, year not given"
    assert worded_without_year("--11") == "November, year not given"
