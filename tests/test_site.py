"""The built site: links, notes, person pages, chronology, parallel view, search, escaping."""

from __future__ import annotations

import itertools
import json
import os
import shutil
import time

import pytest
from site_helpers import FIXTURE_TEI, fixture_copy, page, text_of

from edition.site import build_site, search
from edition.site.links import check_links, check_notes


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    work = tmp_path_factory.mktemp("site")
    target = work / "site"
    pages = build_site(fixture_copy("tei", work / "tei"), target)
    assert [p.name for p in pages] == ["alpha.html", "beta.html"]
    return target


def test_every_internal_link_resolves(site):
    assert check_links(site) == []


def test_link_checker_reports_missing_files_and_ids(tmp_path):
    (tmp_path / "a.html").write_text(
        '<p id="x"><a href="a.html#x">ok</a><a href="#nope">bad</a>'
        '<a href="gone.html">gone</a><a href="https://e.org/">out</a>'
    )
    problems = sorted(b.reason for b in check_links(tmp_path))
    assert problems == ["no element with id 'nope'", "no such file"]


def test_every_note_reference_reaches_its_note_and_back(site):
    checked, problems = check_notes(site)
    assert (checked, problems) == (8, [])  # 4 in the reading pages, 4 in the parallel view


def test_notes_carry_roles_and_empty_notes_say_so(site):
    alpha = page(site, "alpha.html")
    assert alpha.get_element_by_id("note-1").get("role") == "doc-footnote"
    empty = alpha.get_element_by_id("note-2")
    assert empty.get("role") == "doc-footnote"
    assert "(empty in the source)" in text_of(empty)


def test_every_xml_id_becomes_an_html_id(site):
    alpha = page(site, "alpha.html")
    for xml_id in ("ch1", "ch2", "c-epigraph", "c-cit", "seg-autumn", "c-figure", "note-1"):
        assert alpha.get_element_by_id(xml_id) is not None


def test_person_page_lists_mentions_by_document_with_links_to_the_spot(site):
    orlov = page(site, "persons/orlov.html")
    assert text_of(orlov.xpath("//h1")[0]) == "Anton Orlov"
    main_text = text_of(orlov.xpath("//main")[0])
    assert "A. Orlov" in main_text and "1870-05-02" in main_text and "1931-01-09" in main_text
    assert orlov.xpath("//a[@href='https://www.wikidata.org/wiki/Q4115189']")
    groups = [text_of(h) for h in orlov.xpath("//section[@class='mentions']/h2")]
    assert groups == ["The Lighthouse Keeper's Year", "Island Letters"]
    spots = orlov.xpath("//section[@class='mentions']//li/a/@href")
    assert spots == [
        "../alpha.html#e-pn-1",
        "../alpha.html#e-pn-2",
        "../alpha.html#e-pn-6",
        "../beta.html#e-pn-1",
    ]
    assert "climbed the tower" in text_of(orlov.xpath("//section//li")[1])


def test_persons_list_is_alphabetical_with_counts(site):
    index = page(site, "persons/index.html")
    entries = [text_of(li) for li in index.xpath("//ul[@class='person-list']/li")]
    assert entries == [
        "Elsa Lind (3 mentions)",
        "Anton Orlov (4 mentions)",
        "Unmentioned Person (0 mentions)",
    ]


def test_chronology_orders_dates_and_marks_agreement(site):
    chronology = page(site, "chronology.html")
    rows = chronology.xpath("//table[@class='chronology']/tbody/tr")
    dates = [text_of(row.xpath("td[1]")[0]) for row in rows]
    dates = [d.replace(" (also given by another document)", "") for d in dates]
    assert dates == [
        "1902-03-14",
        "1902-03-14 O.S. 1902-03-01",
        "1902-03-14",
        "1902-03-15",
        "1902-10-02",
        # "early October": its paragraph states no year, so the year is not presented as fact
        "1902-10-02 – 1902-10-05(year not stated nearby)",
    ]
    assert [row.get("class") for row in rows[:3]] == ["shared"] * 3
    assert rows[3].get("class") is None
    assert rows[0].xpath("td[2]/a/@href") == ["alpha.html#e-dt-1"]


def test_chronology_shows_where_linked_sources_give_different_dates(site):
    differ = page(site, "chronology.html").xpath("//section[@class='disagreements']//li")
    assert [text_of(li) for li in differ] == [
        "Event of 1902: The Lighthouse Keeper's Year gives 1902-03-14; Island Letters gives 1902-03-15"
    ]


def test_dates_carry_normalized_values_and_old_style_shows_both(site):
    alpha = page(site, "alpha.html")
    old_style = alpha.get_element_by_id("e-dt-2")
    assert old_style.get("data-when") == "1902-03-14"
    assert old_style.get("data-when-custom") == "1902-03-01"
    assert "Old Style (Julian) 1902-03-01" in old_style.get("title")
    assert "[O.S. 1902-03-01 = N.S. 1902-03-14]" in text_of(alpha.get_element_by_id("c-oldstyle"))


def test_parallel_view_aligns_on_dates_events_and_quotations(site):
    parallel = page(site, "parallel.html")
    anchors = json.loads(parallel.get_element_by_id("alignment").text)
    by_id = {a["id"]: a["at"] for a in anchors}
    assert by_id["par-1"] == {"alpha": "seg-autumn", "beta": "b-q1"}
    assert by_id["ev-1"] == {"alpha": "c-pb", "beta": "b-storm"}
    assert by_id["d-1902-03-14"] == {"alpha": "e-dt-1", "beta": "e-dt-1"}
    for anchor in anchors:  # every alignment point exists in every column it names
        for stem, element in anchor["at"].items():
            assert parallel.get_element_by_id(f"{stem}--{element}") is not None


def test_parallel_view_shows_collated_variants_with_witnesses(site):
    pair = page(site, "parallel.html").get_element_by_id("par-1")
    assert "hoarded his coffee" in text_of(pair) and "rationed his coffee" in text_of(pair)
    lem, rdg = pair.xpath(".//span[@class='lem']")[0], pair.xpath(".//span[@class='rdg']")[0]
    assert (text_of(lem), text_of(rdg)) == ("rationed A", "hoarded B")  # sigla, not titles


def test_reading_pages_mark_passages_with_parallels(site):
    alpha = page(site, "alpha.html")
    assert alpha.get_element_by_id("seg-autumn").xpath("a[@class='par-mark']/@href") == [
        "parallel.html#par-1"
    ]
    assert alpha.get_element_by_id("c-pb").xpath("a[@class='par-mark']/@href") == [
        "parallel.html?at=ev-1#columns"
    ]


def test_pages_are_accessible_by_structure(site):
    for name in ("index.html", "alpha.html", "parallel.html", "persons/orlov.html"):
        root = page(site, name)
        assert root.get("lang") == "en"
        assert root.xpath("//header") and root.xpath("//nav") and root.xpath("//main[@id='main']")
        assert root.xpath("//footer") and root.xpath("//a[@class='skip-link'][@href='#main']")
        assert root.xpath("//meta[@name='viewport']")
        assert len(root.xpath("//h1")) == 1
        assert not root.xpath("//*[starts-with(@href, 'http') and contains(@href, 'cdn')]")


def test_heading_levels_never_skip(site):
    levels = [
        int(h.tag[1])
        for h in page(site, "alpha.html").xpath(
            "//main//*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6]"
        )
    ]
    assert levels[0] == 1
    assert all(b - a <= 1 for a, b in itertools.pairwise(levels))


def test_text_from_the_tei_is_escaped(tmp_path):
    build_site(fixture_copy("escape", tmp_path / "tei"), tmp_path)
    raw = (tmp_path / "hostile.html").read_text()
    assert "<script>alert" not in raw
    assert "&lt;script&gt;alert(1)" in raw
    assert 'alert("x")' in text_of(page(tmp_path, "hostile.html").get_element_by_id("hostile"))
    for index in ("persons/mallory.html", "chronology.html"):  # contexts of mentions, dates
        raw = (tmp_path / index).read_text()
        assert "<script>alert" not in raw and "Mallory <b>" not in raw, index
        assert "&lt;script&gt;alert(" in raw, index


def test_non_tei_xml_degrades_to_its_text(tmp_path):
    build_site(fixture_copy("notei", tmp_path / "tei"), tmp_path)
    text = text_of(page(tmp_path, "plain.html").xpath("//main")[0])
    assert "A letter in some other vocabulary entirely." in text


def test_empty_directory_warns_and_still_writes_an_index(tmp_path, capsys):
    from edition.progress import Console

    assert build_site(tmp_path, tmp_path / "site", Console(1)) == []
    assert (
        "no TEI documents (*.xml) to build; run `edition convert` first" in capsys.readouterr().err
    )
    assert check_links(tmp_path / "site") == []


def test_search_index_is_built_when_pagefind_is_installed(site):
    if not search.pagefind_available():
        pytest.skip("pagefind[bin] is not installed")
    assert (site / "pagefind" / "pagefind-ui.js").is_file()
    assert page(site, "search.html").xpath("//script[@src='pagefind/pagefind-ui.js']")


def test_without_pagefind_the_build_warns_and_the_page_says_so(tmp_path, monkeypatch, capsys):
    from edition.progress import Console

    monkeypatch.setattr(search, "pagefind_available", lambda: False)
    shutil.copy(FIXTURE_TEI / "beta.xml", tmp_path / "beta.xml")
    build_site(tmp_path, tmp_path / "site", Console(1))
    assert "pagefind is not installed" in capsys.readouterr().err
    assert "Search is unavailable" in text_of(page(tmp_path / "site", "search.html"))
    assert not (tmp_path / "site" / "pagefind").exists()


def test_build_command_writes_the_site_and_says_where(tmp_path):
    from click.testing import CliRunner

    from edition.cli import main

    result = CliRunner().invoke(
        main, ["build", str(fixture_copy("tei", tmp_path / "tei")), "-o", str(tmp_path / "out")]
    )
    assert result.exit_code == 0, result.output
    assert "2 reading pages written to" in result.output
    assert (tmp_path / "out" / "index.html").is_file()
    assert (tmp_path / "out" / "alpha.html").is_file()


def test_tei_p4_without_namespace_renders_with_structure(tmp_path):
    build_site(fixture_copy("p4", tmp_path / "tei"), tmp_path)
    play = page(tmp_path, "oldplay.html")
    assert text_of(play.xpath("//h1")[0]) == "An Old Play"
    assert text_of(play.get_element_by_id("act1").xpath("h2")[0]) == "ACT I"
    assert text_of(play.get_element_by_id("sp1").xpath("p[@class='speaker']")[0]) == "FIRST SAILOR"


HAND_PERSONS = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/><text><body><listPerson>
  <person xml:id="orlov"><persName><forename>Anton</forename><surname>Orlov</surname></persName>
    <persName>Keeper Orlov</persName>
    <birth when="1870-05-14" when-custom="1870-05-02" datingMethod="#julian"/>
    <death notBefore="1930" notAfter="1931"/>
    <idno type="wikidata">https://www.wikidata.org/entity/Q4115189</idno></person>
  <person><persName>Someone without an id</persName></person>
</listPerson></body></text></TEI>
"""


def test_person_pages_read_a_hand_written_personography(tmp_path):
    tei = fixture_copy("tei", tmp_path / "tei")
    (tei / "persons.xml").write_text(HAND_PERSONS)
    build_site(tei, tmp_path / "site")
    orlov = page(tmp_path / "site", "persons/orlov.html")
    assert text_of(orlov.xpath("//h1")[0]) == "Anton Orlov"
    facts = text_of(orlov.xpath("//dl[@class='metadata']")[0])
    assert "Keeper Orlov" in facts
    assert "1870-05-14 (Old Style 1870-05-02) – 1930/1931" in facts
    assert orlov.xpath("//a[@href='https://www.wikidata.org/wiki/Q4115189']/text()") == [
        "Wikidata Q4115189"
    ]
    lind = page(tmp_path / "site", "persons/lind.html")  # referred to, but not in the file
    assert text_of(lind.xpath("//h1")[0]) == "Elsa Lind"
    assert check_links(tmp_path / "site") == []


def test_missing_personography_names_people_as_the_documents_do(tmp_path):
    tei = fixture_copy("tei", tmp_path / "tei")
    (tei / "persons.xml").unlink()
    build_site(tei, tmp_path / "site")
    index = page(tmp_path / "site", "persons/index.html")
    entries = [text_of(li) for li in index.xpath("//ul[@class='person-list']/li")]
    assert entries == ["Elsa Lind (3 mentions)", "Orlov (4 mentions)"]  # the commonest form
    orlov = page(tmp_path / "site", "persons/orlov.html").xpath("//dl/dd")[0]
    assert text_of(orlov) == "Anton Orlov; name"


def test_broken_personography_warns_with_its_line_and_the_build_goes_on(tmp_path, capsys):
    from edition.progress import Console

    tei = fixture_copy("tei", tmp_path / "tei")
    (tei / "persons.xml").write_text("<TEI>\n<person xml:id='x'>\n</TEI>\n")
    build_site(tei, tmp_path / "site", Console(1))
    err = capsys.readouterr().err
    assert f"warning[persons-unreadable]: {tei / 'persons.xml'}:3: not well-formed XML" in err
    assert (tmp_path / "site" / "persons" / "orlov.html").is_file()


@pytest.mark.parametrize(
    ("attrs", "label"),
    [
        ({"when": "1905-01-22", "when-custom": "1905-01-09"}, "1905-01-22"),
        ({"from": "1917-03", "to": "1917-11"}, "1917-03 – 1917-11"),
        ({"from": "1929"}, "from 1929"),
        ({"to": "1940-08-21"}, "until 1940-08-21"),
        ({"notBefore": "1902", "notAfter": "1903"}, "between 1902 and 1903"),
        ({"notAfter": "1879"}, "not after 1879"),
    ],
)
def test_chronology_labels_every_kind_of_normalized_date(attrs, label):
    from edition.site.indexes import date_label

    assert date_label(attrs) == label


def test_heading_levels_follow_headed_divisions_not_nesting_depth():
    from lxml import etree

    from edition.site.render import render

    tei = """<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><head>Book</head>
      <div><div><head>Part</head><div><div><head>Chapter</head></div></div></div></div>
      <div1><head>A</head><div2><head>B</head><div3><div4><div5><head>C</head><div>
      <head>D</head><div><head>E</head><div><head>F</head></div></div></div></div5></div4>
      </div3></div2></div1></body></text></TEI>"""
    body = etree.fromstring(render(etree.ElementTree(etree.fromstring(tei))).body)
    headings = [(h.tag, h.text) for h in body.iter("h1", "h2", "h3", "h4", "h5", "h6")]
    assert headings == [
        ("h2", "Book"),
        ("h2", "Part"),
        ("h3", "Chapter"),
        ("h2", "A"),
        ("h3", "B"),
        ("h4", "C"),
        ("h5", "D"),
        ("h6", "E"),
        ("h6", "F"),
    ]


def test_pages_are_readable_by_a_web_server(site):
    from edition.xmlio import current_umask

    public = 0o666 & ~current_umask()
    for name in ("index.html", "alpha.html", "persons/orlov.html", "parallel.html"):
        assert (site / name).stat().st_mode & 0o777 == public, name  # not 0600


def test_documents_with_the_same_title_are_told_apart(tmp_path):
    tei = tmp_path / "tei"
    tei.mkdir()
    header = (
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt>'
        "<title>A Keeper</title>{author}</titleStmt><sourceDesc><bibl>{source}</bibl>"
        "</sourceDesc></fileDesc></teiHeader><text><body><p>Words.</p></body></text></TEI>"
    )
    sources = {
        "one": ("<author>Mara Quill</author>", "A Keeper, a memoir"),
        "two": ("", "A Keeper, Harbour Gazette, 1931 (an obituary)"),
        "three": ("", ""),
        "five": ("<author>Mara Quill</author>", ""),
    }
    for stem, (author, source) in sources.items():
        (tei / f"{stem}.xml").write_text(header.format(author=author, source=source))
    build_site(tei, tmp_path / "site")
    links = [
        text_of(a)
        for a in page(tmp_path / "site", "index.html").xpath("//ul[@class='doc-list']/li/a")
    ]
    assert links == [
        "A Keeper (Mara Quill) [five]",
        "A Keeper (Mara Quill) [one]",
        "A Keeper (three)",
        "A Keeper (Harbour Gazette)",
    ]


def test_graphics_are_copied_only_from_beside_the_tei(tmp_path):
    from lxml import etree

    from edition.site.annotate import site_attr
    from edition.site.graphics import resolve_graphics

    tei, site = tmp_path / "tei", tmp_path / "site"
    (tei / "img").mkdir(parents=True)
    (tei / "img" / "a b.png").write_bytes(b"png")
    (tmp_path / "outside.png").write_bytes(b"png")
    urls = [
        "img/a%20b.png",
        "../outside.png",
        "/etc/hostname",
        "gone.jpg",
        "https://example.org/x.png",
        "img/a%20b.png?v=2",
    ]
    graphics = "".join(f'<graphic url="{u}"/>' for u in urls)
    tree = etree.ElementTree(
        etree.fromstring(
            f'<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><figure>{graphics}</figure>'
            "</body></text></TEI>"
        )
    )
    report = resolve_graphics(tree, tei, site)
    marks = [(g.get(site_attr("image")), g.get(site_attr("src"))) for g in tree.iter("{*}graphic")]
    assert marks == [
        ("copied", "media/img/a%20b.png"),
        ("missing", None),
        ("missing", None),
        ("missing", None),
        ("remote", "https://example.org/x.png"),
        ("missing", None),
    ]
    assert report.copied == 1 and report.missing == ("gone.jpg",)
    assert report.refused == (
        "../outside.png (resolves outside the TEI directory)",
        "/etc/hostname (not a relative file path)",
        "img/a%20b.png?v=2 (not a relative file path)",
    )
    assert [p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()] == [
        "media/img/a b.png"
    ]


def test_build_warns_about_figure_images_that_are_not_beside_the_tei(tmp_path, capsys):
    from edition.progress import Console

    tei = fixture_copy("tei", tmp_path / "tei")
    build_site(tei, tmp_path / "site", Console(1))
    assert (
        f"warning[image-missing]: {tei / 'alpha.xml'}: 1 figure image(s) not beside the TEI "
        "(first: images/the%20cottage.jpg); shown as placeholders naming the file; put the "
        "files next to the TEI to include them"
    ) in capsys.readouterr().err
    assert (tmp_path / "site" / "media" / "images" / "map.png").is_file()


def test_sources_differ_only_on_incompatible_dates_of_the_event_year(tmp_path):
    tei = tmp_path / "tei"
    tei.mkdir()
    doc = (
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>{t}'
        "</title></titleStmt></fileDesc></teiHeader><text><body>{body}</body></text></TEI>"
    )
    (tei / "a.xml").write_text(
        doc.format(
            t="A",
            body=(
                '<p xml:id="a1">Born <date when="1850-05-14" when-custom="1850-05-02">2 May 1850</date>'
                ' on a farm bought in <date when="1820">1820</date>.</p>'
                '<p xml:id="a2">He left in <date when="1890">1890</date>.</p>'
            ),
        )
    )
    (tei / "b.xml").write_text(
        doc.format(
            t="B",
            body=(
                '<p xml:id="b1">Born on <date when="1850-05-02">2 May 1850</date>.</p>'
                '<p xml:id="b2">He left on <date when="1890-06-01">1 June 1890</date>.</p>'
            ),
        )
    )
    (tei / "parallels.xml").write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/><text><body><linkGrp type="event">'
        '<link xml:id="ev-born" type="event" target="a.xml#a1 b.xml#b1"/>'
        '<link xml:id="ev-left" type="event" target="a.xml#a2 b.xml#b2"/>'
        "</linkGrp></body></text></TEI>"
    )
    os.utime(tei / "parallels.xml", (time.time() + 10, time.time() + 10))  # newer: not re-aligned
    build_site(tei, tmp_path / "site")
    differ = page(tmp_path / "site", "chronology.html").xpath(
        "//section[@class='disagreements']//li"
    )
    assert [text_of(li) for li in differ] == [
        "Event of 1850: A gives 1850-05-14 (O.S. 1850-05-02); B gives 1850-05-02"
    ]


def test_a_document_removed_from_the_tei_loses_its_page_and_nothing_else(tmp_path):
    from edition.site import build_site

    tei = fixture_copy("tei", tmp_path / "tei")
    site = tmp_path / "site"
    build_site(tei, site)
    (site / "notes.txt").write_text("mine", encoding="utf-8")  # not written by build
    gone = sorted(tei.glob("*.xml"))
    gone = next(p for p in gone if p.name not in ("persons.xml", "parallels.xml"))
    assert (site / f"{gone.stem}.html").is_file()
    gone.unlink()
    build_site(tei, site)
    assert not (site / f"{gone.stem}.html").exists()
    assert (site / "index.html").is_file() and (site / "notes.txt").read_text() == "mine"


def test_chronology_puts_dates_without_a_year_last_under_their_own_heading(tmp_path):
    from edition.site import build_site

    tei = tmp_path / "tei"
    tei.mkdir()
    (tei / "doc.xml").write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>D'
        "</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p>"
        "</sourceDesc></fileDesc></teiHeader><text><body><p>On "
        '<date when="--01-05">January 5</date> and in <date when="1917">1917</date>.</p>'
        "</body></text></TEI>",
        encoding="utf-8",
    )
    site = tmp_path / "site"
    build_site(tei, site)
    headings = [text_of(h) for h in page(site, "chronology.html").xpath("//main//h2")]
    assert headings[-2:] == ["1917", "Without a year"]
