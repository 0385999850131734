"""The wiki-text reader: encyclopedia articles exported as plain text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ROOT, SEED_FORMATS, seed_path
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from edition.errors import ReaderError
from edition.model import (
    Div,
    Document,
    Figure,
    Hi,
    Item,
    List,
    Note,
    P,
    Quote,
    Text,
    Title,
    inline_text,
)
from edition.readers import decode_source, read_wiki_text
from edition.report import Report
from edition.writers.tei import document_to_tei
from edition.xmlio import parse_bytes, serialize, tei

FIXTURES = Path(__file__).parent / "fixtures" / "wiki-text"
SAMPLE = ROOT / "samples" / "wiki-text.txt"


def read_fixture(name: str) -> tuple[Document, Report]:
    report = Report(name)
    return read_wiki_text.read((FIXTURES / name).read_text("utf-8"), report), report


def walk(node: object) -> Iterator[object]:
    """Every model node under `node` (itself included), in document order."""
    yield node
    for name in ("body", "back", "children", "blocks", "items", "caption", "head"):
        for child in getattr(node, name, ()) or ():
            yield from walk(child)
    sublist = getattr(node, "sublist", None)
    if sublist is not None:
        yield from walk(sublist)


def nodes(document: Document, kind: type) -> list:
    return [node for node in walk(document) if isinstance(node, kind)]


def heads(divs: tuple) -> list[str]:
    return [inline_text(div.head) for div in divs if isinstance(div, Div) and div.head]


def codes(report: Report) -> list[str]:
    return [d.code for d in report.warnings]


# ------------------------------------------------------------------------------- structure


def test_lead_is_introduction_and_headings_nest_by_blank_lines_and_years() -> None:
    document, report = read_fixture("headings.txt")
    intro, founding, growth = document.body
    assert intro.type == "introduction" and not intro.head
    assert heads(document.body) == ["Founding (1701–1750)", "Growth and trade (1750–1850)"]
    assert heads(founding.children) == ["The first settlers (1701–1720)"]
    assert heads(growth.children) == ["1790", "1791", "Harbour works (1800–1850)"]
    assert report.counts["headings"] == 6


def test_bullets_become_nested_lists_with_empty_items() -> None:
    document, _ = read_fixture("lists.txt")
    (section,) = document.back
    assert section.type == "bibliography"
    (bullets,) = section.children
    texts = [inline_text(item.children) for item in bullets.items]
    assert texts == ["Plain item one", "Author, Anna:", "", "", "", "", "Last item"]
    volumes = bullets.items[1].sublist
    assert [inline_text(i.children) for i in volumes.items] == [
        "(1901) First Volume",
        "(1902) Second Volume",
    ]
    assert inline_text(bullets.items[2].sublist.items[0].children) == "Item opened by an empty item"
    assert inline_text(bullets.items[3].sublist.items[0].children) == "Pages: 12"
    assert bullets.items[4] == Item(())
    depth, item = 0, bullets.items[5]
    while item.sublist is not None:
        depth, item = depth + 1, item.sublist.items[0]
    assert depth == 3 and item == Item(())


def test_underscores_are_titles_or_italics_and_file_names_are_not() -> None:
    document, _ = read_fixture("italics.txt")
    titles = [inline_text(t.children) for t in nodes(document, Title)]
    assert titles == [
        "Morning Gazette,",
        "The River Book",
        "Harbour Notes",
        "Lev.",
        " A Quoted Title",
    ]
    assert [inline_text(h.children) for h in nodes(document, Hi)] == ["en route"]
    text = inline_text(document.body[0].children[0].children)
    assert (
        "Old_Town_Map" in text
        and "snake_case_name" in text
        and "_" not in text.replace("Old_Town_Map", "").replace("snake_case_name", "")
    )


def test_figures_alone_captioned_bare_and_spliced_into_a_paragraph() -> None:
    document, report = read_fixture("figures.txt")
    figures = nodes(document, Figure)
    assert [f.url for f in figures] == [
        "Harbour_view_1820.jpg",
        "Town_hall_1850.jpg",
        "Market_day.JPG",
        "Bridge_plan_1851.jpg",
        "Ferry_boat.jpg",
    ]
    captions = [inline_text(f.caption) for f in figures]
    assert captions == [
        "",
        "The town hall seen from the square",
        "",
        "Plan of the new bridge",
        "as painted in 1860",
    ]
    paragraphs = [inline_text(p.children) for p in document.body[0].children if isinstance(p, P)]
    assert "The council met here every week." in paragraphs
    assert any(p.startswith("Opening paragraph text right after") for p in paragraphs)
    assert "The mayor wrote a long report on the works." in paragraphs
    assert "After the report, building began." in paragraphs
    removed = [r.text for r in report.removed if r.category == "wiki-markup"]
    assert "|alt=|left" in removed and removed.count("]]") == 3 and "''" in removed
    assert report.counts["figures"] == 5


def test_markers_resolve_in_place_and_problems_are_warned_with_lines() -> None:
    document, report = read_fixture("notes.txt")
    notes = nodes(document, Note)
    assert [n.n for n in notes] == ["1", "2", "3", "1"]
    assert [inline_text(n.children) for n in notes] == [
        "Town records, vol. 2.",
        "",
        "",
        "Town records, vol. 2.",
    ]
    assert [n.empty for n in notes] == [False, True, True, False]
    assert "[9]" in inline_text(document.body[0].children[0].children)
    warnings = {d.code: d for d in report.warnings}
    assert codes(report).count("note-empty") == 1
    assert "2 of 4 note bodies are empty" in warnings["note-empty"].message
    assert warnings["note-unresolved"].line == 1
    assert warnings["note-orphan"].line == 11
    assert warnings["note-duplicate"].line == 13
    (orphans,) = document.back
    assert orphans.type == "orphan-notes"
    assert inline_text(orphans.children[0].children) == "[4] A body that no marker points to."
    assert report.counts["notes"] == 4


def test_block_quotation_categories_and_empty_note_list_headings() -> None:
    document, report = read_fixture("quote_and_categories.txt")
    (quote,) = nodes(document, Quote)
    assert inline_text(quote.blocks[0].children).startswith('"The tide came in faster')
    assert [n.n for n in nodes(quote, Note)] == ["2"]
    assert document.meta.title == "Invented river town"
    assert document.meta.keywords == ("Invented towns", "Test fixtures")
    assert heads(document.back) == ["See also"]
    removed = {(r.category, r.text) for r in report.removed}
    assert ("note-list-heading", "Notes") in removed
    assert ("note-list-heading", "References") in removed
    assert any(category == "categories" for category, _ in removed)
    assert any("keywords" in line for line in document.meta.normalizations)


# ------------------------------------------------------------------------- sample and TEI


def test_sample_golden_tei(file_regression) -> None:
    report = Report("samples/wiki-text.txt")
    document = read_wiki_text.read(decode_source(SAMPLE), report)
    tree = document_to_tei(
        Document(document.meta, document.body, document.front, document.back, format="wiki-text"),
        report.removed_summary(),
    )
    file_regression.check(serialize(tree).decode(), extension=".xml")


def test_sample_is_valid_tei_all(tei_all_schema) -> None:
    document = read_wiki_text.read(decode_source(SAMPLE), Report("sample"))
    tree = parse_bytes(serialize(document_to_tei(document)))
    assert tei_all_schema.validate(tree), str(tei_all_schema.error_log)[:500]


def test_sniff_prefers_wiki_text_for_its_sample_only() -> None:
    assert read_wiki_text.sniff(decode_source(SAMPLE)) >= 0.9
    assert read_wiki_text.sniff("A plain paragraph (1).\n\nAnother (2).\n") < 0.3
    for other in sorted((ROOT / "samples").glob("*.txt")):
        if other != SAMPLE:
            assert read_wiki_text.sniff(decode_source(other)) < 0.3, other.name


PIECES = st.sampled_from(
    [
        "[1]",
        "[2][3]",
        "[12] body",
        "_Title_",
        "_lower_",
        "''x''",
        "-   ",
        "    -   ",
        "-   -   ",
        "  ",
        "Pic_1.jpg",
        "caption]]",
        "|alt=",
        "\n",
        "\n\n",
        "\n\n\n",
        "Category:",
        "Heading (1900–1901)",
        "1919",
        ".",
    ]
)
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=40).map("".join)


@settings(max_examples=150, deadline=None)
@given(text=TEXT)
def test_any_text_gives_well_formed_tei_or_reader_error(text: str) -> None:
    report = Report("fuzz.txt")
    from edition.readers import strip_control_characters

    text = strip_control_characters(text, report)
    try:
        document = read_wiki_text.read(text, report)
    except ReaderError as error:
        assert error.line is not None and error.line >= 1
        return
    root = parse_bytes(serialize(document_to_tei(document))).getroot()
    assert root.tag == tei("TEI")


# ------------------------------------------------------------------------------- the seed


@pytest.fixture(scope="module")
def seed() -> tuple[str, Document, Report, etree._ElementTree]:
    prefix = next(p for p, name in SEED_FORMATS.items() if name == "wiki-text")
    text = decode_source(seed_path(prefix))
    report = Report("seed")
    document = read_wiki_text.read(text, report)
    return text, document, report, parse_bytes(serialize(document_to_tei(document)))


def test_seed_every_marker_resolves_and_no_body_is_orphaned(seed) -> None:
    text, document, report, _ = seed
    body_text = text[: text.index("Category:")]
    markers = re.findall(r"\[(\d+)\]", body_text)
    note_lines = re.findall(r"(?m)^\[(\d+)\]", text)
    notes = nodes(document, Note)
    assert [n.n for n in notes] == markers
    assert report.counts["notes"] == len(markers) == len(set(note_lines))
    assert not {"note-orphan", "note-unresolved", "note-duplicate"} & set(codes(report))
    empty = [n for n in notes if n.empty]
    assert len(empty) == len(re.findall(r"(?m)^\[\d+\]\s*$", text)) > 0
    assert codes(report).count("note-empty") == 1


def test_seed_text_keeps_no_marker_no_category_and_no_link_residue(seed) -> None:
    _, document, _, tree = seed
    body = tree.getroot().find(f"{tei('text')}")
    all_text = "".join(body.itertext())
    assert not re.search(r"\[\d+\]", all_text)
    assert "Category:" not in all_text and "]]" not in all_text and "|alt=" not in all_text
    assert len(document.meta.keywords) > 20


def test_seed_structure_figures_lists_quotes(seed) -> None:
    text, document, report, _ = seed
    images = re.findall(r"\S+?\.(?:jpe?g|png)\b", text[: text.index("Category:")], re.IGNORECASE)
    assert len(nodes(document, Figure)) == len(images)
    assert nodes(document, Quote) and nodes(document, List)
    assert heads(document.back)[:2] == ["See also", "Further reading"]
    assert report.counts["headings"] >= 40
    assert document.meta.title and "Category" not in document.meta.title


def test_seed_is_valid_tei_all(seed, tei_all_schema) -> None:
    tree = seed[3]
    assert tei_all_schema.validate(tree), str(tei_all_schema.error_log)[:500]


def test_seed_is_detected_as_wiki_text_and_others_are_not(seeds_dir) -> None:
    for path in sorted(seeds_dir.glob("*.txt")):
        score = read_wiki_text.sniff(decode_source(path))
        if SEED_FORMATS.get(path.name[:3]) == "wiki-text":
            assert score >= 0.9
        else:
            assert score < 0.3, path.name


def test_text_nodes_never_hold_markers_in_fixtures() -> None:
    for fixture in sorted(FIXTURES.glob("*.txt")):
        document, _ = read_fixture(fixture.name)
        for node in nodes(Document(document.meta, document.body), Text):
            assert not re.search(r"\[[1-8]\]", node.text), fixture.name


# A village-pump archive (a wiki talk page) saved as text: a contents list in another language,
# thread titles worded as questions, and signed, timestamped posts.
TALK_PAGE = """\
Spis treści
1 Tide tables
2 Is the harbour "a port" or a "haven"?
3 Ferry timetables. Which year counts?




Tide tables

The article on tide tables lists every year since 1850, which nobody reads. Anna (dyskusja) 08:23, 29 wrz 2018 (CEST)

I would cut it to the decades. Piotr (dyskusja) 09:06, 29 wrz 2018 (CEST)
Is the harbour "a port" or a "haven"?

The sources disagree, and so do we. Ewa (dyskusja) 10:15, 30 wrz 2018 (CEST)
Ferry timetables. Which year counts?

The first printed one, I think. Anna (dyskusja) 11:40, 1 paź 2018 (CEST)
"""


def test_a_talk_page_is_a_wiki_and_its_contents_list_names_its_headings() -> None:
    from edition.readers import detect_format

    assert detect_format(TALK_PAGE) == "wiki-text"
    report = Report("talk.txt")
    document = read_wiki_text.read(TALK_PAGE, report)
    assert heads(document.body) == [
        "Tide tables",
        'Is the harbour "a port" or a "haven"?',
        "Ferry timetables. Which year counts?",
    ]
    assert "1 Tide tables" in [r.text for r in report.removed]


# A page of a wiki that is not MediaWiki, saved as text: the site's menu before the title, the
# page's tools, an unnumbered contents list whose last entry runs into the first section's
# title, and the engine's footer.
OTHER_WIKI = """\
Harbourwiki
Share on
Edit History Tags Source
Create account or Sign in
Home
Boats
Members
Recent changes

Knots of the Harbour
Fold
Table of Contents
Bowline
Clove hitch
Sheet bend
Reef knot
Bowline

A loop that does not slip, tied at the end of a line.

Clove hitch
Two turns around a post, the second crossing the first.
Sheet bend
Joins two ropes of unequal thickness.

Reef knot
Ties a sail's reef points; never trust it with a load.
page revision: 4, last edited: 2 May 2019 10:15
Edit Tags History Files Print Site tools + Options
Powered by Wikidot.com
Other interesting sites
"""


def test_a_wiki_of_another_engine_is_read_with_its_unnumbered_contents() -> None:
    from edition.readers import detect_format

    assert detect_format(OTHER_WIKI) == "wiki-text"
    report = Report("knots.txt")
    document = read_wiki_text.read(OTHER_WIKI, report)
    assert document.meta.title == "Knots of the Harbour"
    assert heads(document.body) == ["Bowline", "Clove hitch", "Sheet bend", "Reef knot"]
    kept = " ".join(inline_text(p.children) for p in nodes(document, P))
    for furniture in ("Recent changes", "Table of Contents", "page revision", "Powered by"):
        assert furniture not in kept, furniture
    assert "never trust it with a load" in kept


# A wiki article saved as text with its contents list collapsed: headings sit right over an
# image's caption or over the first subsection's heading, with no blank line under them.
CAPTIONED_WIKI = """\
Ann Quill
From Wikipedia, the free encyclopedia

ANN QUILL (1901–1970) was a harbour pilot who guided ships into the river port for forty years and wrote the first tide tables of the estuary.[1]

Early life
Quill as a girl on the quay, 1910

Quill grew up on the quay, where her father kept the harbour book and taught her to read the tide gauge before she could write her own name.[2]

Career
First ships

She took her first ship up the river in 1921, a collier that had waited three days for a pilot willing to face the winter fog on the bar.[3]

References
^ Harbour records, box 1.
^ Quill family letters.
^ Pilot's log, 1921.
"""


def test_headings_right_over_a_caption_or_a_subheading_stand_alone() -> None:
    document = read_wiki_text.read(CAPTIONED_WIKI, Report("quill.txt"))
    found = [inline_text(div.head) for div in nodes(document, Div) if div.head]
    assert found[1:4] == ["Early life", "Career", "First ships"]
    captions = [inline_text(f.caption) for f in nodes(document, Figure)]
    assert captions == ["Quill as a girl on the quay, 1910"]
    kept = " ".join(inline_text(p.children) for p in nodes(document, P))
    assert "Early life" not in kept and "Career" not in kept


def _pilot_paragraphs(count: int) -> list[str]:
    return [
        f"The pilot took ship {n} up the river on the morning tide, as the harbour book "
        f"records in her own hand.[{n}]"
        for n in range(1, count + 1)
    ]


EDIT_FIRST_WIKI = "\n".join(
    [
        "Ben Tallow",
        "From Wikipedia, the free encyclopedia",
        "",
        "BEN TALLOW (1820–1890) was a ferryman of the lower river.",
        "",
        "[edit] Early life",
        "Main article: Tallow family",
        "",
        *_pilot_paragraphs(3),
        "",
        "[edit] Career",
        "",
        *_pilot_paragraphs(9)[3:],
        "",
        "[edit] References",
        "^ Harbour records, box 1.",
        "^ a b c",
        "Tallow, Ann (1901). Letters of the ferry. London: Quay Press.",
        "Tallow, Ben (1880). The river book. London: Quay Press.",
        "Mill, John (1890). Lives of the river. London: Quay Press.",
        "^ Pilot's log, 1821.",
        "^ a b See:",
        "Holt (1977a), p.57",
        "Lapidus (2002), p. 32",
        "^ Pilot's log, 1822.",
        "^ Pilot's log, 1823.",
        "^ Pilot's log, 1824.",
        "^ Pilot's log, 1825.",
        "^ Pilot's log, 1826.",
        "",
    ]
)


def test_edit_links_before_headings_and_note_bodies_over_several_lines() -> None:
    """Older wiki skins print "[edit]" before a heading: the heading is still one, the link
    logged. In a "^" list a shared body may start on the line after its "^ a b c" and run
    over lines, and short lines ("Holt (1977a), p.57") before the next entry belong to the
    entry above: the list goes on to its end."""
    report = Report("tallow.txt")
    document = read_wiki_text.read(EDIT_FIRST_WIKI, report)
    found = [inline_text(div.head) for div in nodes(document, Div) if div.head]
    assert found[1:3] == ["Early life", "Career"]
    assert [r.text for r in report.removed if r.category == "edit-link"] == ["[edit]"] * 3
    notes = {n.n: inline_text(n.children) for n in nodes(document, Note)}
    assert len(notes) == 9
    assert notes["2"].startswith("Tallow, Ann (1901).") and "Mill, John" in notes["2"]
    assert notes["4"] == "See: Holt (1977a), p.57 Lapidus (2002), p. 32"
    assert notes["9"] == "Pilot's log, 1826."


QUOTED_HEADING_WIKI = """\
Ben Tallow
From Wikipedia, the free encyclopedia

BEN TALLOW (1820–1890) was a ferryman of the lower river. He rowed for forty years and wrote
a small book on the signs the pilots of the river used among themselves.

Signs[edit]
"Slack water" and similar calls[edit]

The pilots shouted "slack water" when the tide turned, and Tallow wrote down every variant of
the call that he heard along the lower river in forty years of rowing.
"""


def test_a_line_with_an_edit_link_is_a_heading_whatever_it_opens_with() -> None:
    """'"Slack water" and similar calls[edit]': the edit link says it is a heading, though a
    quotation mark opens it."""
    document = read_wiki_text.read(QUOTED_HEADING_WIKI, Report("tallow.txt"))
    found = [inline_text(div.head) for div in nodes(document, Div) if div.head]
    assert found[1:] == ["Signs", '"Slack water" and similar calls']


NESTED_NOTES_WIKI = """\
Ben Tallow
From Wikipedia, the free encyclopedia

BEN TALLOW (1820–1890) was a ferryman of the lower river.[1] He rowed for forty years.[2]

References
^ His father was a miller, as the parish book says.[3]
^ Pilot's log, 1826; compare the ferry book.[2]
^ Parish book of St Olave, fo. 12.
"""


def test_a_note_s_own_marker_is_a_note_inside_it_and_no_body_is_left_over() -> None:
    """An explanatory note that cites its source ("… says.[3]") holds that note; the source,
    cited nowhere else, is no longer left over as unreferenced. A note citing itself keeps
    its marker as text."""
    report = Report("tallow.txt")
    document = read_wiki_text.read(NESTED_NOTES_WIKI, report)
    first = next(n for n in nodes(document, Note) if n.n == "1")
    (inner,) = [child for child in first.children if isinstance(child, Note)]
    assert (inner.n, inline_text(inner.children)) == ("3", "Parish book of St Olave, fo. 12.")
    assert document.back == ()
    second = next(n for n in nodes(document, Note) if n.n == "2")
    assert inline_text(second.children).endswith("compare the ferry book.[2]")
