"""No text lost between TEI and HTML (issue 13) on the bundled sample edition and on the test
fixtures; the seeds and the third-party TEI are checked in test_site_seeds.py and
test_site_external.py. What each side leaves out on purpose: tests/page_text.py."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from page_text import compare, page_text, tei_text, words
from site_helpers import fixture_copy

from edition.site import build_site, document_files

SAMPLE = Path(__file__).resolve().parents[1] / "tei"


def built(tei: Path, site: Path) -> dict[str, object]:
    build_site(tei, site)
    return {p.name: compare(p, site / f"{p.stem}.html") for p in document_files(tei)}


@pytest.mark.parametrize("corpus", ["sample", "tei", "standoff"])
def test_every_page_shows_99_percent_of_its_text(corpus: str, tmp_path: Path) -> None:
    tei = tmp_path / "tei"
    if corpus == "sample":
        shutil.copytree(SAMPLE, tei)
    else:
        fixture_copy(corpus, tei)
    figures = built(tei, tmp_path / "site")
    assert figures
    assert {n: round(c.kept, 4) for n, c in figures.items() if c.kept < 0.99} == {}
    assert {n: round(c.invented, 4) for n, c in figures.items() if c.invented > 0.02} == {}


def test_the_check_sees_a_lost_paragraph(tmp_path: Path) -> None:
    """The comparison fails when the page drops text (here: a paragraph removed by hand)."""
    tei = tmp_path / "tei"
    shutil.copytree(SAMPLE, tei)
    build_site(tei, tmp_path / "site")
    page = tmp_path / "site" / "pdf-text.html"
    html = page.read_text("utf-8")
    start = html.index("<p id=", html.index("Preface"))
    page.write_text(html[:start] + html[html.index("</p>", start) + 4 :], "utf-8")
    assert compare(tei / "pdf-text.xml", page).kept < 0.99


def test_words_split_by_markup_are_one_word(tmp_path: Path) -> None:
    tei = tmp_path / "a.xml"
    tei.write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T'
        "</title></titleStmt></fileDesc></teiHeader><text><body><p>Fl<ex>avius</ex> ter\n"
        '<lb break="no"/>\nminus <choice>\n<abbr>C</abbr>\n<expan>C<ex>aius</ex></expan>'
        "</choice></p></body></text></TEI>",
        "utf-8",
    )
    assert words(tei_text(tei)) == {"flavius": 1, "terminus": 1, "caius": 1}


def test_the_page_shows_the_expansion_and_joins_words_across_breaks(tmp_path: Path) -> None:
    """Two renderer defects this check found: an abbr written before its expan was shown
    instead of it, and a word broken by <lb break="no"/> with an id was shown in two."""
    tei = tmp_path / "tei"
    tei.mkdir()
    (tei / "a.xml").write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T'
        "</title></titleStmt><publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p>"
        "</sourceDesc></fileDesc></teiHeader><text><body><p>To <choice>\n<abbr>C</abbr>\n"
        "<expan>C<ex>aius</ex></expan></choice> the termi\n"
        '<lb xml:id="l2" break="no"/>\nnus.</p></body></text></TEI>',
        "utf-8",
    )
    build_site(tei, tmp_path / "site")
    shown = words(page_text(tmp_path / "site" / "a.html"))
    assert shown == {"to": 1, "caius": 1, "the": 1, "terminus": 1}
