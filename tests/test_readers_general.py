"""General readers: notes in every common convention, web-page frames, detection per shape.

Fixtures in tests/fixtures/readers_general/ are texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from edition.model import Div, Note, P, Text, inline_text
from edition.readers import (
    decode_source,
    detect_format,
    detection,
    read_plain_text,
    read_web_article,
)
from edition.readers.note_resolver import GeneralNotes, find_note_lists
from edition.report import Report

FIXTURES = Path(__file__).parent / "fixtures" / "readers_general"


def read(name: str, reader=read_plain_text):
    report = Report(str(FIXTURES / name))
    return reader.read(decode_source(FIXTURES / name), report), report


def notes_in(blocks) -> list[Note]:
    found: list[Note] = []
    for block in blocks:
        if isinstance(block, Div):
            found += notes_in(block.children)
        elif isinstance(block, P):
            found += [node for node in block.children if isinstance(node, Note)]
    return found


def paragraph_text(document) -> str:
    """The text of the body's top-level paragraphs, notes left out."""
    return " ".join(
        node.text
        for block in document.body
        if isinstance(block, P)
        for node in block.children
        if isinstance(node, Text)
    )


def body_text(note: Note) -> str:
    return "".join(node.text for node in note.children if isinstance(node, Text))


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        ("notes_paren.txt", [("1", "Parish"), ("2", "Her own"), ("3", "The pamphlet")]),
        ("notes_bracket.txt", [("1", "Guild"), ("2", "Letter")]),
        ("notes_numbered.txt", [("1", "Ledger"), ("2", "Market")]),
        ("notes_flat.txt", [("1", "The lighthouse"), ("2", "An interview"), ("3", "The log")]),
        ("notes_symbols.txt", [("*", "The barn"), ("†", "It was repaired")]),
        ("notes_next_line.txt", [("1", "Diocesan"), ("2", "Workshop"), ("3", "Letters")]),
    ],
)
def test_each_note_convention_resolves_every_marker(fixture: str, expected: list) -> None:
    document, _report = read(fixture)
    notes = notes_in(document.body)
    assert [(n.n, body_text(n).split()[0]) for n in notes] == [
        (n, start.split()[0]) for n, start in expected
    ]
    assert all(body_text(n).startswith(start) for n, (_, start) in zip(notes, expected))
    assert not document.back, "every body was used"


def test_a_body_running_over_several_lines_is_one_body() -> None:
    document, _ = read("notes_next_line.txt")
    first = body_text(notes_in(document.body)[0])
    assert first.endswith("and the price paid for it.")


def test_numbering_restarting_per_chapter_uses_each_chapters_list() -> None:
    document, _ = read("notes_restart.txt")
    bodies = [body_text(n) for n in notes_in(document.body)]
    assert bodies == [
        "Town council minutes, first volume.",
        "Survey of the harbour mouth.",
        "Contract with the stonemasons.",
        "Harbour master's report.",
    ]


def test_notes_gathered_at_the_end_under_chapter_titles_resolve_chapter_by_chapter() -> None:
    lines = [
        "The harbour was dredged in the spring.[1] The stone came by barge.[2]",
        "Chapter Two",
        "The council met in the autumn.[1]",
        "Notes",
        "References are to the town's archive.",
        "CHAPTER ONE",
        "[1] Dredging accounts.",
        "[2] Quarry ledger.",
        "CHAPTER TWO",
        "[1] Council minutes.",
    ]
    report = Report("x")
    lists = find_note_lists(lines, report)
    assert [(g.title, list(g.bodies)) for g in lists.groups] == [
        ("CHAPTER ONE", ["1", "2"]),
        ("CHAPTER TWO", ["1"]),
    ]
    notes = GeneralNotes(lists, report)
    found = [n for k, line in enumerate(lines[:3]) for n in notes.inlines(line, k + 1)]
    bodies = [inline_text(n.children) for n in found if isinstance(n, Note)]
    assert bodies == ["Dredging accounts.", "Quarry ledger.", "Council minutes."]
    assert {5, 6, 7, 8, 9} <= lists.lines and 4 not in lists.lines  # titles, not the preamble


def test_a_short_line_inside_a_list_of_back_links_starts_no_new_chapter() -> None:
    """ "^" entries are numbered by their place: the next one is no note 1 under a title."""
    lines = ["Notes", "^ Parish register, 1790.", "Other sources", "^ Miller's account book."]
    lists = find_note_lists(lines, Report("x"))
    assert [list(group.bodies) for group in lists.groups] == [["1", "2"]]


def test_one_irregular_line_does_not_drop_the_rest_of_the_list() -> None:
    document, report = read("notes_irregular.txt")
    bodies = [body_text(n) for n in notes_in(document.body)]
    assert bodies[2:] == [
        "Monastery chronicle, winter entries.",
        "Travellers' accounts, printed 1790.",
    ]
    assert len(bodies) == 4
    irregular = [d for d in report.diagnostics if d.code == "note-irregular"]
    assert [d.line for d in irregular] == [11]


def test_note_lists_are_found_under_any_usual_heading() -> None:
    for heading in ("Notes", "References", "Endnotes", "Footnotes", "Sources", "Citations"):
        lines = ["Text.[1]", "", heading, "", "[1] A body."]
        found = find_note_lists(lines, Report("x"))
        assert found.bodies["1"].text == "A body.", heading


def test_web_page_frame_moves_header_and_logs_furniture() -> None:
    from edition.readers import read_web_article

    document, report = read("web_page.txt", read_web_article)
    assert document.meta.title == "The Orchard That Outlived Its Village"
    assert document.meta.authors == ("Clara Voss",)
    assert document.meta.pub_date == "2021-03-12"
    text = " ".join(
        node.text for block in document.body if isinstance(block, P) for node in block.children
    )
    for furniture in ("Read Later", "Copied!", "Newsletter", "Related articles", "Privacy policy"):
        assert furniture not in text
    assert "botanist" in text and "Nobody lives" in text
    removed = {entry.text for entry in report.removed}
    assert {"Skip to main content", "Copied!", "Privacy policy"} <= removed


@pytest.mark.parametrize(
    ("fixture", "shape"),
    [
        ("wiki_page.txt", "wiki-text"),
        ("notes_paren.txt", "endnotes-web"),
        ("notes_bracket.txt", "endnotes-web"),
        ("web_page.txt", "web-article"),
    ],
)
def test_detection_per_shape(fixture: str, shape: str) -> None:
    assert detect_format(decode_source(FIXTURES / fixture)) == shape


def test_detection_gives_evidence_for_every_reader() -> None:
    found = detection(decode_source(FIXTURES / "wiki_page.txt"))
    scores = {s.name: s for s in found.scores}
    assert scores["wiki-text"].score > scores["web-article"].score
    assert any("[edit]" in line for line in scores["wiki-text"].evidence)


def test_wiki_page_notes_with_back_links_resolve() -> None:
    from edition.readers import read_wiki_text

    document, _ = read("wiki_page.txt", read_wiki_text)
    bodies = {}
    for block in document.body:
        for note in notes_in([block]):
            bodies[note.n] = body_text(note)
    assert bodies == {
        "1": "Survey board minutes, 1840.",
        "2": "County map collection catalogue.",
        "3": "Letters of the river board, first series.",
    }


def test_wiki_images_as_bracket_captions_and_file_names_and_templates_kept() -> None:
    from edition.model import Figure
    from edition.readers import read_wiki_text

    document, report = read("wiki_extras.txt", read_wiki_text)
    blocks = [b for div in document.body for b in div.children]
    figures = [b for b in blocks if isinstance(b, Figure)]
    captions = ["".join(n.text for n in f.caption if isinstance(n, Text)) for f in figures]
    assert captions[0] == "Emil Sample at his press, a woodcut of 1860"
    assert figures[1].url == "Printer_shop_1850.jpg"
    text = " ".join(
        n.text for b in blocks if isinstance(b, P) for n in b.children if isinstance(n, Text)
    )
    assert "(; 3 May 1820 – )" in text and "province __ and" in text
    assert report.counts["notes"] == 2


def test_formats_explain_prints_each_readers_score_and_evidence() -> None:
    from click.testing import CliRunner

    from edition.cli import main

    result = CliRunner().invoke(main, ["formats", "--explain", str(FIXTURES / "notes_paren.txt")])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("* endnotes-web")
    assert any(line.strip().startswith("markers:") for line in lines)
    assert {line.split()[0] for line in lines if line[:1] in "* " and line[2:3] != " "} >= {
        "wiki-text",
        "web-article",
        "plain",
    }


def test_close_scores_warn_and_name_format() -> None:
    from types import SimpleNamespace

    from edition.readers.detect import detect

    readers = [
        ("a", SimpleNamespace(sniff=lambda text: 0.62)),
        ("b", SimpleNamespace(sniff=lambda text: 0.58)),
        ("plain", SimpleNamespace(sniff=lambda text: 0.1)),
    ]
    found = detect("x", readers, "plain")
    assert found.chosen == "a"
    assert "--format b" in found.warning
    clear = detect("x", readers[:1] + readers[2:], "plain")
    assert clear.warning is None


def test_compound_heading_and_numeric_back_links() -> None:
    lines = ["Text.[1][2]", "", "Notes and references", "↑ 1.0 1.1 First body.", "↑ Second body."]
    found = find_note_lists(lines, Report("x"))
    assert {k: b.text for k, b in found.bodies.items()} == {"1": "First body.", "2": "Second body."}


def test_a_name_alone_under_the_title_is_the_byline(tmp_path) -> None:
    """A byline without "By": a line that is only a name between the title and the text."""
    from edition.readers.web_article_frame import find_frame, is_name_line

    assert is_name_line("Richard (R.J.) Eskow") and is_name_line("Ana de la Cruz")
    assert not is_name_line("Share") and not is_name_line("Posted 3 March 2015")
    lines = [
        "Home",
        "News",
        "Culture",
        "",
        "The lighthouse keepers of the northern coast",
        "",
        "A century of lamps, storms and logbooks",
        "",
        "Marta (M.J.) Okonkwo",
        "",
        (
            "The keepers of the northern coast wrote down every storm they saw, and their logbooks "
            "now fill three shelves of the harbour archive, where anyone may read them."
        ),
    ]
    frame = find_frame(lines)
    assert frame is not None and lines[frame.byline] == "Marta (M.J.) Okonkwo"


PROSE = (
    "The keepers of the northern coast wrote down every storm they saw, and their logbooks "
    "now fill three shelves of the harbour archive, where anyone may read them."
)


def test_a_title_part_is_no_byline_and_a_name_the_header_repeats_is() -> None:
    from edition.readers.web_article_frame import find_frame

    lines = ["Home", "News", "Marta Okonkwo", "11 min read", "Sign in", " Marta Okonkwo", ""]
    lines += ["Lantern Lights of the Northern Coast", "", "Northern Coast", "", PROSE]
    frame = find_frame(lines)
    assert frame is not None and lines[frame.title] == "Lantern Lights of the Northern Coast"
    assert frame.byline is not None and lines[frame.byline].strip() == "Marta Okonkwo"


def test_bylines_with_a_colon_or_a_name_and_a_date() -> None:
    from edition.readers.web_article_frame import byline_name, is_byline_line

    assert is_byline_line("by: Tomasz Wierzba")
    assert is_byline_line("Tomasz Wierzba - Apr 16, 2015 8:02 pm UTC")
    assert byline_name("Tomasz Wierzba - Apr 16, 2015 8:02 pm UTC") == "Tomasz Wierzba"
    assert not is_byline_line("Harbour News - the lighthouse keepers")
    published = "Le Phare | 04.05.2015 à 13h36 • Mis à jour | Par Odile Varn (avec Ana Ruiz)"
    assert is_byline_line(published) and byline_name(published) == "Odile Varn"
    assert not is_byline_line("Le Phare | Cultures | par ici la sortie")
    recipe = "Ein Rezept von Odile Varn 16. August 2021, 12:03 Uhr"
    assert is_byline_line(recipe) and byline_name(recipe) == "Odile Varn"
    assert is_byline_line("A recipe by Odile Varn")
    assert not is_byline_line("A walk by Night") and not is_byline_line("An island by the sea")


def test_labels_inserts_and_abbreviations_at_the_title() -> None:
    """ "From: Coast Herald" is a label, "[Get our letter in your inbox.]" an insert; a title
    may end with an abbreviation's period."""
    from edition.readers.web_article_frame import find_frame

    lines = [
        "Home",
        "News",
        "Culture",
        "Lighthouse Keepers Kept Every Storm in Their Logbooks in the U.K.",
        "by: Tomasz Wierzba",
        "From: Coast Herald",
        "March 13, 2015 9:00PM",
        "[Get the Coast Letter in your inbox every morning.]",
        PROSE,
    ]
    frame = find_frame(lines)
    assert frame is not None
    assert lines[frame.title].startswith("Lighthouse Keepers")
    assert lines[frame.byline] == "by: Tomasz Wierzba"


def test_subheadings_without_blank_lines_are_split_off() -> None:
    from edition.readers.textblocks import SourceBlock
    from edition.readers.web_article_blocks import split_headings

    caption = (
        "A keeper trims the lamp wick at dawn on the northern rock.CreditJane Roe for Harbour News"
    )
    block = SourceBlock(10, (caption, "Storms come in threes", PROSE, "Lamps and logbooks", PROSE))
    assert [(b.line, b.lines) for b in split_headings([block])] == [
        (10, (caption,)),
        (11, ("Storms come in threes",)),
        (12, (PROSE,)),
        (13, ("Lamps and logbooks",)),
        (14, (PROSE,)),
    ]
    short = SourceBlock(1, ("Bring the maps", "Measure the fields", "Write it twice"))
    assert split_headings([short]) == [short]


def test_short_lines_starting_with_an_interface_prefix_are_furniture() -> None:
    from edition.readers.shape_features import is_ui_line

    assert is_ui_line("Related: Keepers of the northern lights vote to strike")
    assert is_ui_line("Powered by SomeWidgets.example")
    assert not is_ui_line("Related: " + PROSE)
    assert is_ui_line("Save this story for later.") and is_ui_line("Enviá tu comentario")
    assert not is_ui_line("Sponsored research suggests that the ice melts")
    assert not is_ui_line("Related research shows that keepers slept little.")


def test_a_teaser_list_heading_ends_the_article() -> None:
    """Teasers after "More stories" can be long lines ending like sentences; they are not the
    article's text."""
    from edition.readers.web_article_frame import find_frame

    teaser = (
        "HARBOUR pilots — a trade of long nights and short tempers, as our columnist found out "
        "when she spent a winter aboard the pilot boat."
    )
    lines = [
        "Home",
        "News",
        "Culture",
        "The lighthouse keepers of the northern coast",
        "By Marta Okonkwo",
        PROSE,
        PROSE,
        "",
        "More stories",
        "Other columns",
        teaser,
    ]
    frame = find_frame(lines)
    assert frame is not None and frame.end == 6
    assert {8, 9, 10} <= set(frame.removals)


def test_starred_numbers_with_a_list_without_heading_and_notes_of_several_paragraphs() -> None:
    document, report = read("notes_starred.txt")
    notes = notes_in(document.body)
    assert [n.n for n in notes] == ["1", "2", "3", "4", "5"]
    bodies = [body_text(n) for n in notes]
    assert (
        bodies[1]
        == "One copy is in the town archive. The other went to a private collection and was sold twice."
    )
    assert bodies[2].startswith("The keeper wrote") and bodies[2].endswith("page 4")
    text = paragraph_text(document)
    assert "(1) passengers, (2) carts" in text, '"(N)" in the text is no marker of a "*N" list'
    assert "*1" not in text and "Survey of the river" not in text
    assert not [d for d in report.diagnostics if d.code.startswith("note-")]
    assert detect_format(decode_source(FIXTURES / "notes_starred.txt")) == "endnotes-web"


def test_an_ebook_frame_titles_the_document_and_page_anchors_become_page_breaks() -> None:
    from edition.model import PageBreak
    from edition.readers import read_source

    report = Report("ebook_frame.txt")
    document = read_source(FIXTURES / "ebook_frame.txt", report, "plain")
    assert document.meta.title == "The Lantern Makers of Brill and Other Harbour Tales"
    assert document.meta.authors == ("Agathe Moreau",)
    heads = [node.text for div in document.body if isinstance(div, Div) for node in div.head]
    assert heads == ["THE LANTERN MAKERS.", "THE GUILD FEAST."]
    first = document.body[0]
    assert isinstance(first, PageBreak) and first.n == "1"
    paragraph = document.body[1].children[0]
    inline = [node for node in paragraph.children if isinstance(node, PageBreak)]
    assert [page.n for page in inline] == ["2"]
    words = "".join(node.text for node in paragraph.children if isinstance(node, Text))
    assert "he sold, and the books were read" in words, "one space where the anchor stood"
    assert [n.n for n in notes_in(document.body)] == ["1", "2"]
    removed = {(r.category, r.text) for r in report.removed}
    assert ("ebook-frame", "Updated editions will replace the previous one.") in removed
    assert ("link-row", "[Listen] [View score]") in removed
    assert ("page-anchor", "[Pg 2]") in removed
    assert not report.warnings


def test_back_link_labels_and_letters_in_a_note_list_are_left_out() -> None:
    lines = [
        "The mill burned.[1] It was rebuilt.[2] Twice.[2]",
        "",
        "References[edit]",
        "Jump up",
        "^ Parish register, 1790.",
        "^ ",
        "Jump up to:",
        "a b Miller's account book.",
    ]
    report = Report("x")
    found = find_note_lists(lines, report)
    assert {k: b.text for k, b in found.bodies.items()} == {
        "1": "Parish register, 1790.",
        "2": "Miller's account book.",
    }
    removed = [(r.line, r.text) for r in report.removed if r.category == "note-back-links"]
    assert removed == [(4, "Jump up"), (5, "^"), (6, "^"), (7, "Jump up to:"), (8, "a b")]


def test_a_teaser_in_the_menus_is_not_the_first_paragraph_and_a_standfirst_no_title() -> None:
    from edition.readers.web_article_frame import find_frame

    teaser = (
        "What can the harbour council do about the silting of the channel? Our correspondent "
        "suggests five tried remedies, from dredging to moving the quay further out to sea."
    )
    lines = [
        "Sections",
        "Harbours",
        "Rivers",
        "Latest Issue",
        "",
        teaser,
        "",
        "Log In Subscribe",
        "Essays Magazine Rivers",
        "The Lantern Coast: an old trade in a new century",
        "",
        (
            "Lamp makers along the northern shore are finding customers again, as walkers and "
            "sailors rediscover the light of an oil flame"
        ),
        "",
        "By Orla Brennan",
        "March 3, 2017",
        "",
        (
            "The shops of the northern shore sold lamps to every boat that left the harbour, and the "
            "trade outlived the coming of electric light by half a century, longer than anyone expected."
        ),
    ]
    frame = find_frame(lines)
    assert frame is not None
    assert lines[frame.title] == "The Lantern Coast: an old trade in a new century"
    assert lines[frame.byline] == "By Orla Brennan"


def test_wiki_headings_inside_a_block_and_a_label_line_before_the_title() -> None:
    from edition.readers import read_wiki_text

    long = "The harbour of Brill was dredged in every decade of the century, " * 2
    text = "\n".join(
        [
            "Coordinates: 51°54′N 4°10′E",
            "From Wikipedia, the free encyclopedia",
            "",
            "Brill Harbour",
            "",
            long.strip() + ".",
            "History",
            "Main article: History of Brill",
            "For a chronological guide, see Timeline of Brill.",
            long.strip() + ", and the quay was rebuilt.",
            "Trade",
            long.strip() + ", and the lamps were sold.",
        ]
    )
    report = Report("x")
    document = read_wiki_text.read(text, report)
    assert document.meta.title == "Brill Harbour"

    def heads(blocks) -> list[str]:
        found = []
        for div in (b for b in blocks if isinstance(b, Div)):
            found += [node.text for node in div.head] + heads(div.children)
        return found

    assert heads(document.body) == ["Brill Harbour", "History", "Trade"]
    removed = {(r.line, r.text) for r in report.removed}
    assert (1, "Coordinates: 51°54′N 4°10′E") in removed


def test_an_author_box_after_the_article_gives_the_author() -> None:
    from edition.readers.web_article_frame import strip_frame, without_author_label

    assert without_author_label("投稿者 Orla Brennan") == "Orla Brennan"
    assert without_author_label("Orla Brennan, Author") == "Orla Brennan"
    assert without_author_label("Textile Museum") == "Textile Museum"
    lines = [
        "Home » Blog » The Lantern Coast",
        "The Lantern Coast in Winter",
        "",
        (
            "The shops of the northern shore sold lamps to every boat that left the harbour, and the "
            "trade outlived the coming of electric light by half a century, longer than expected."
        ),
        "",
        "Filed under: Harbours, Trades",
        "Orla Brennan Autorin",
        "About us",
    ]
    _, header = strip_frame(lines, Report("x"))
    assert header is not None
    assert (header.title, header.byline) == ("The Lantern Coast in Winter", "Orla Brennan")


def test_markers_glued_to_a_word_count_only_in_sequence() -> None:
    """Superscripts flattened straight onto a word ("routes1") are note markers when they
    count up from 1 in reading order; "CO2" and "A4" are not (capitals before them, and no
    sequence to continue)."""
    document, _report = read("glued-markers.txt")
    notes = notes_in(document.body)
    assert [n.n for n in notes] == ["1", "2", "2", "3"]
    assert body_text(notes[0]).startswith("Letter of the merchant")
    assert body_text(notes[3]).startswith("Account of a visitor")
    text = paragraph_text(document)
    assert "CO2 extinguishers and A4 ledgers" in text
    assert detect_format(decode_source(FIXTURES / "glued-markers.txt")) == "endnotes-web"


def test_a_run_of_short_lines_before_most_of_the_text_does_not_end_it() -> None:
    """A book's table of contents after its first paragraph is a long run of short lines; the
    text after it is most of the document, so it is no page footer."""
    from edition.readers.web_article_frame import find_frame

    header = ["Home", "News", "The lighthouse keepers of the northern coast", "By Marta Okonkwo"]
    contents = [f"Chapter {n}" for n in range(1, 15)]
    lines = [*header, PROSE, *contents, PROSE, PROSE, "Home", "About"]
    frame = find_frame(lines)
    assert frame is not None and frame.end == len(lines) - 3
    footer = [*header, PROSE, PROSE, *contents, PROSE]
    frame = find_frame(footer)
    assert frame is not None and frame.end == 5  # one paragraph after the run: a footer teaser


def test_a_list_that_lost_its_numbers_but_kept_its_back_links_is_a_note_list() -> None:
    """A note list saved as text without numbers or heading, each entry ending in its back
    link ("↩", "[↩]"), is numbered by position; the back links are logged as removed."""
    document, report = read("back-arrow-list.txt")
    notes = notes_in(document.body)
    assert [n.n for n in notes] == ["1", "2", "3", "3", "4", "5", "6"]
    assert body_text(notes[0]) == "Excavation report of the valley, season one, plates 1 to 4"
    assert body_text(notes[2]) == "Survey of the river banks, map sheet 6"
    links = [r.text for r in report.removed if r.category == "note-back-links"]
    assert links == ["↩", "↩", "[↩]", "↩", "↩", "↩"]
    assert detect_format(decode_source(FIXTURES / "back-arrow-list.txt")) == "endnotes-web"
    from edition.readers.note_resolver import BACK_ARROW_ENTRY

    assert not any(BACK_ARROW_ENTRY.match(line) for line in ("[↩]", "↩", " - ↩"))  # no text


def test_soft_hyphens_are_removed_and_declared() -> None:
    """Soft hyphens, invisible in a browser, would split words and headings: read_text drops
    them, counts them and declares the normalization in the header."""
    from edition.readers import read_text

    path = FIXTURES / "back-arrow-list.txt"
    report = Report(str(path))
    document = read_text(decode_source(path), report)
    assert "until the first kilns appeared" in paragraph_text(document)
    assert report.counts["soft-hyphens"] == 2
    assert any("Soft hyphens" in n and "2" in n for n in document.meta.normalizations)


def _long_page(page_end: str = "\n\n") -> str:
    """A book-length page (past the sniffers' sample) whose note list stands at the end."""
    prose = "The timber rafts came down the river each spring, steered by families who"
    paragraphs = [
        f"{prose} lived on them for months.[{n % 40 + 1}] They sold the wood at the coast."
        for n in range(2400)
    ]
    notes = [f"[{n}]\nLedger of the timber market, volume {n}." for n in range(1, 41)]
    return (
        "The Timber Rafts\n\n"
        + page_end.join(paragraphs)
        + "\n\nFOOTNOTES\n\n"
        + "\n\n".join(notes)
    )


def test_a_long_pages_note_list_at_the_end_is_seen_and_page_ends_say_pdf() -> None:
    """Detection samples a long text's end as well as its start, where a book-length web
    page keeps its notes; form feeds (a PDF's page ends) count against a web page."""
    text = _long_page()
    assert len(text) > 250_000
    assert detect_format(text) == "endnotes-web"
    scores = [
        next(s.score for s in detection(page).scores if s.name == "endnotes-web")
        for page in (text, _long_page("\n\n\f"))
    ]
    assert scores[1] <= scores[0] - 0.5


def test_a_wiki_page_in_a_script_without_case_and_its_chrome_in_another_language() -> None:
    """Japanese headings (no capitals) with "[編集]" edit links, one glued under a list; the
    "^" notes under "脚注" end at the next heading; chrome lines in Japanese are removed."""
    from edition.model import Div
    from edition.readers import read_wiki_text

    document, report = read("wiki_page_ja.txt", read_wiki_text)

    def heads(blocks) -> list[str]:
        found = []
        for block in blocks:
            if isinstance(block, Div):
                found += [node.text for node in block.head] + heads(block.children)
        return found

    assert {"歴史", "脚注", "関連項目"} <= set(heads(document.body)), heads(document.body)
    bodies = {note.n: body_text(note) for note in notes_in(document.body)}
    assert bodies == {"1": "英: Test", "2": "試験の記録"}
    removed = {r.text for r in report.removed}
    assert "ナビゲーションに移動 検索に移動" in removed
    assert "出典: フリー百科事典『ウィキペディア（Wikipedia）』" in removed
    assert any(text.startswith("「https://ja.wikipedia.org/") for text in removed)
    assert "[編集]" in removed


def test_a_signed_article_start_wins_over_a_teaser_in_the_menus() -> None:
    """A menu teaser (a heading, then a long line) comes first; the article's title has a
    byline under it: the article starts there."""
    from edition.readers.web_article_frame import find_frame

    teaser = (
        "The society works tirelessly in harbours, councils and towns to defend and preserve "
        "the lighthouses, the keepers and the signal stations that the whole coast has always "
        "relied upon."
    )
    lines = [
        "Home", "Court Battles", "Supreme Court Cases", "Find Your Local Branch",
        "Go to Defending Our Lighthouses", teaser, "Blogs", "Shop",
        "The lighthouse keepers of the northern coast", "By Marta Okonkwo, Staff Writer",
        "April 5, 2018", "", PROSE, "", PROSE,
    ]  # fmt: skip
    frame = find_frame(lines)
    assert frame is not None and lines[frame.title] == lines[8]


def test_a_newer_wiki_skin_copy_title_menus_edit_lines_and_caret_note_lists() -> None:
    """A page of a newer wiki skin saved as text: the title above the language menu, tools
    between it and "From Wikipedia", "[edit]" on a line under each heading, explanatory notes
    labelled "[note N]" and a reference list of "^" lines under a sub-heading of References."""
    from edition.readers import read_wiki_text

    long = "The harbour of Brill was dredged in every decade of the century"
    text = "\n".join(
        [
            "Jump to content",
            "Main menu",
            "Brill Harbour (port)",
            " 12 languages",
            "Deutsch",
            "Français",
            "Article",
            "Talk",
            "Download as PDF",
            "Get shortened URL",
            "From Wikipedia, the free encyclopedia",
            "",
            f"{long}, as the harbour master wrote.[1] The quay was rebuilt.[note 1]",
            "History",
            "[edit]",
            f"{long}, and the lamps were sold.[2][3] It closed in winter.[note 2][1]",
            "Notes",
            "[edit]",
            "^ The master's own count, kept in the quay book.",
            "^ Only the north quay closed.",
            "References",
            "[edit]",
            "Book sources",
            "[edit]",
            "Vanloo, Jan (1990). The Harbour of Brill. Brill Press.",
            "Others",
            "[edit]",
            "^ a b Harbour Board minutes, 1901.",
            "^ Brill Courier, 3 May 1911.",
            "^ Vanloo 1990, p. 12.",
        ]
    )
    report = Report("x")
    document = read_wiki_text.read(text, report)
    assert document.meta.title == "Brill Harbour (port)"
    notes = [(note.n, body_text(note)[:20]) for note in notes_in(document.body)]
    assert notes == [
        ("1", "Harbour Board minute"),
        ("note 1", "The master's own cou"),
        ("2", "Brill Courier, 3 May"),
        ("3", "Vanloo 1990, p. 12."),
        ("note 2", "Only the north quay "),
        ("1", "Harbour Board minute"),
    ]
    removed = {text for _, text in ((r.line, r.text) for r in report.removed)}
    assert {"Deutsch", "Download as PDF", "Get shortened URL"} <= removed


def test_notes_printed_after_the_paragraph_that_cites_them_are_resolved() -> None:
    """An e-book's footnotes saved as text: "[N]" on a line of its own, the body on the next
    line (or after a blank line, for a note quoting verse), after the citing paragraph;
    "[N]" lines that are page numbers (a blank line or the rest of a sentence after them) are
    no labels."""
    lines = [
        "The Ferry Book",
        "",
        "[1]",
        "",
        "The ferrymen kept a tally of every crossing.[1] Their songs were long.[2]",
        "[2]",
        " and sung at the oars in winter, when the river froze.",
        "",
        "[1]",
        "Tally sticks survive in the parish chest.",
        "",
        "[2]",
        "",
        "“Row, row, the ice is thin.”",
        "",
        "Later the bridge was built, and the ferry stopped.[3]",
        "",
        "[3]",
        "The bridge opened in the spring of the flood year.",
    ]
    found = find_note_lists(lines, Report("x"))
    bodies = {key: (body.line, body.text) for key, body in found.bodies.items()}
    assert bodies == {
        "1": (9, "Tally sticks survive in the parish chest."),
        "2": (12, "“Row, row, the ice is thin.”"),
        "3": (18, "The bridge opened in the spring of the flood year."),
    }
    assert {2, 5} & found.lines == set()  # the page numbers "[1]" and "[2]" stay


def _prose(n: int) -> str:
    return (
        f"In the {n}th year of the chronicle the mills of the valley turned again, the weirs "
        "held, and the spring floods stayed below the church steps, as the miller's book of "
        "that year tells in his own hand, with the names of every family that paid its due."
    )


def _article(lines_after: list[str]) -> list[str]:
    return (
        ["Harbours", "", "Mills and floods of the old valley", "", "By Ann Weir", ""]
        + [_prose(n) for n in range(30)]
        + lines_after
    )


def test_a_book_with_verses_after_its_middle_is_not_cut_as_a_site_footer() -> None:
    from edition.readers.web_article_frame import find_frame

    lines = _article([f"Charm {n}." for n in range(20)] + [_prose(n) for n in range(14)])
    frame = find_frame(lines + ["Contact us", "Privacy"])
    assert frame is not None and frame.end == len(lines) - 1


def test_a_comments_section_ends_the_article() -> None:
    from edition.readers.web_article_frame import find_frame

    lines = _article(["View comments (27)"] + [_prose(n) + " Bad plan." for n in range(15)])
    frame = find_frame(lines)
    assert frame is not None and lines[frame.end] == _prose(29)


def test_an_in_page_contents_list_goes_and_the_headings_it_lists_stay() -> None:
    from edition.readers.web_article_frame import find_frame

    body = [_prose(n) for n in range(3)]
    lines = [
        "Mills and floods of the old valley",
        "// By Ann Weir • May 3, 2020",
        "Mills",
        "Weirs",
        "Floods",
        "",
    ]
    for head in ("Mills", "Weirs", "Floods"):
        lines += ["", head, "", *body]
    frame = find_frame(lines)
    assert frame is not None and lines[frame.byline] == "// By Ann Weir • May 3, 2020"
    assert {i for i, why in frame.removals.items() if why == "contents-list"} == {2, 3, 4}
    assert not {
        i for i, line in enumerate(lines) if i > 5 and line in ("Mills", "Weirs", "Floods")
    } & set(frame.removals)


def test_a_table_saved_one_cell_per_line_does_not_end_the_article() -> None:
    from edition.readers.web_article_frame import find_frame

    table = []
    for row in range(8):
        table += [f"state {row}", "\t", f"next {row}", "\t", f"note {row}", ""]
    lines = _article(table + [_prose(n) for n in range(3)])
    frame = find_frame(lines)
    assert frame is not None and frame.end == len(lines) - 1


def test_a_division_label_gives_its_type_and_number_and_the_next_line_the_heading() -> None:
    from edition.readers.note_resolver import NoteList
    from edition.readers.textblocks import source_blocks

    text = "\n".join(
        [
            "PART II",
            "THE RIVER TRADES",
            "",
            _prose(0),
            "",
            "CHAPTER I.",
            "Of Ferrymen.",
            "“Row, row, the ice is thin.”",
            "",
            _prose(1),
            "",
            "APPENDIX A. Tolls.",
            "",
            _prose(2),
        ]
    )
    report = Report("x")
    body = read_plain_text._sections(source_blocks(text), GeneralNotes(NoteList(), report), report)
    assert [(d.type, d.n, d.head[0].text) for d in body] == [
        ("part", "II", "THE RIVER TRADES"),
        ("chapter", "I", "Of Ferrymen."),
        ("appendix", "A", "APPENDIX A. Tolls."),
    ]
    assert body[1].children[0].children[0].text == "“Row, row, the ice is thin.”"
    assert (6, "CHAPTER I") in {(r.line, r.text) for r in report.removed}


def test_a_page_number_between_the_halves_of_a_sentence_keeps_the_paragraph_whole() -> None:
    from edition.readers.textblocks import REMOVED_INSIDE, source_blocks

    source = [
        "Intro.",
        "",
        "At that time the dress of the old ferryman was",
        "[29]",
        " a long blue coat.",
        "",
    ]
    kept = [*source[:3], "", *source[4:]]  # "[29]" removed as a page number
    joined = read_plain_text._joined_across_removals(source, kept)
    assert joined[3] == REMOVED_INSIDE
    assert [b.text for b in source_blocks("\n".join(joined))] == [
        "Intro.",
        "At that time the dress of the old ferryman was a long blue coat.",
    ]


def test_a_notes_heading_ends_the_list_above_it_and_lettered_notes_keep_their_letters() -> None:
    """ "Notes" ("^" entries for "[a]" markers), then "References" with no blank line between;
    a second page labels its explanatory notes "[n 1]"."""
    from edition.readers import read_wiki_text

    long = "The harbour of Brill was dredged in every decade of the century"
    text = "\n".join(
        [
            "From Wikipedia, the free encyclopedia",
            "Brill Harbour",
            f"{long}.[a] The quay was rebuilt.[1] Lamps were sold.[b][2][n 1]",
            "Notes",
            "^ The master's count.",
            "^ Only the north quay.",
            "References",
            "^ Harbour Board minutes, 1901.",
            "^ Brill Courier, 3 May 1911.",
            "Footnotes",
            "^ A lamp of brass.",
        ]
    )
    document = read_wiki_text.read(text, Report("x"))
    notes = [(note.n, body_text(note)) for note in notes_in(document.body)]
    assert notes == [
        ("a", "The master's count."),
        ("1", "Harbour Board minutes, 1901."),
        ("b", "Only the north quay."),
        ("2", "Brill Courier, 3 May 1911."),
        ("n 1", "A lamp of brass."),
    ]


def test_note_numbers_between_no_break_spaces_are_markers_and_labels() -> None:
    from edition.readers import bracket_spaced_markers

    nb = "\u00a0"
    lines = [f"The ferrymen sang{nb}{n}{nb} at the oars." for n in (1, 2, 3)]
    lines += ["", *(f"{nb}{n}{nb}\nA song of the river, number {n}." for n in (1, 2, 3))]
    text, count = bracket_spaced_markers("\n".join(lines), Report("x"))
    assert count == 6 and "sang[1] at" in text and "\n[3]\nA song" in text
    found = find_note_lists(text.split("\n"), Report("x"))
    assert {k: b.text for k, b in found.bodies.items()} == {
        str(n): f"A song of the river, number {n}." for n in (1, 2, 3)
    }
    one = f"Lot{nb}5{nb} of the sale, and page{nb}12{nb}."
    assert bracket_spaced_markers(one, Report("x")) == (one, 0)  # no label lines: no notes


def test_pager_words_side_by_side_are_interface_and_german_teasers_end_the_article() -> None:
    from edition.readers.shape_features import is_ui_line
    from edition.readers.web_article_frame import find_frame

    assert is_ui_line("« Vorige | Nächste »") and is_ui_line("‹ Previous · Next ›")
    assert not is_ui_line("Cats | Dogs") and not is_ui_line("Previous owners of the mill")
    lines = _article(["Kommentare lesen (3 Beiträge)", *(_prose(n) for n in range(40, 55))])
    frame = find_frame(lines)
    assert frame is not None and lines[frame.end] == _prose(29)


def test_wiki_menus_after_the_article_go_without_a_retrieved_from_line() -> None:
    from edition.readers.wiki_text_web import strip_web_chrome

    long = "The harbour of Brill was dredged in every decade of the century, and rebuilt."
    lines = [
        "Brill Harbour",
        "From Wikipedia, the free encyclopedia",
        long,
        "External links",
        "Official website",
        "Categories:",
        "Harbours of the north",
        "Navigation menu",
        "Personal tools",
        "This page was last edited on 15 January 2024, at 14:32 (UTC).",
        "Privacy policy",
    ]
    report = Report("x")
    out = strip_web_chrome(lines, report)
    assert [line for line in out if line.strip()] == [
        "Brill Harbour",
        long,
        "External links",
        "Official website",
    ]
    removed = {r.text for r in report.removed}
    assert {"Categories:", "Navigation menu", "Privacy policy"} <= removed


def test_a_flattened_marker_after_a_closing_quotation_mark_is_a_marker() -> None:
    from edition.readers.note_resolver import MARKERS

    text = "He asked, “is it far?”1 She said ‘all of it.’2 and left.”3 Not “CO”2x nor word.”"
    assert [m.group("flat") for m in MARKERS.finditer(text) if m.group("flat")] == ["1", "2", "3"]


def test_bracketed_footnotes_numbered_letters_and_signatures() -> None:
    """A digital library's letter collection: "[Footnote N: text]" bodies after the letter
    that cites them (numbering restarts per letter; a body may run over lines and hold
    brackets), a marker in a letter's heading, "216." and the addressee as the heading, and a
    signature that recurs after every letter is no heading."""
    lines = [
        "The Letters of Anton Brel",
        "",
        "216.",
        "TO THE HARBOUR MASTER.",
        "",
        f"The tolls are paid, and the ledger is sent.[1] The ice held.[2] {_prose(1)}",
        "",
        "ANTON BREL.",
        "",
        "[Footnote 1: The ledger [now lost] was kept",  # line 10
        "by the ferrymen's guild.]",
        "",
        "[Footnote 2: The winter of the flood.]",  # line 13
        "",
        "217.",
        "TO ODILE VARN.[1]",
        "",
        f"The ice held.[2] {_prose(2)}",
        "",
        "ANTON BREL.",
        "",
        "[Footnote 1: Odile Varn kept the lighthouse.]",  # line 22
        "",
        "[Footnote 2: A thaw.]",  # line 24
        "",
        "ANTON BREL.",
        "",
        _prose(3),
    ]
    report = Report("x")
    found = find_note_lists(lines, report)
    assert [(g.start, {k: b.text for k, b in g.bodies.items()}) for g in found.groups] == [
        (10, {"1": "The ledger [now lost] was kept by the ferrymen's guild."}),
        (13, {"2": "The winter of the flood."}),
        (22, {"1": "Odile Varn kept the lighthouse."}),
        (24, {"2": "A thaw."}),
    ]
    text = "\n".join("" if i in found.lines else line for i, line in enumerate(lines))
    blocks = read_plain_text.source_blocks(text)[1:]  # the title goes to the header
    body = read_plain_text._sections(
        blocks, GeneralNotes(found, report), report, read_plain_text._repeated_lines(blocks)
    )
    divs = [block for block in body if isinstance(block, Div)]
    assert [(d.n, d.head[0].text) for d in divs] == [
        ("216", "216. TO THE HARBOUR MASTER."),
        ("217", "217. TO ODILE VARN."),
    ]
    assert body_text(divs[1].head[1]) == "Odile Varn kept the lighthouse."
    assert [body_text(n) for n in notes_in(divs)] == [
        "The ledger [now lost] was kept by the ferrymen's guild.",
        "The winter of the flood.",
        "A thaw.",
    ]
    assert detect_format("\n".join(lines)) == "endnotes-web"


def test_a_contents_list_after_a_caption_and_headings_glued_to_the_paragraph_above() -> None:
    """The contents run starts after a caption and a "Table of Contents" label; a heading may
    follow the line above it with no blank line (standing alone before a blank line)."""
    from edition.readers.web_article_frame import find_frame

    body = [_prose(n) for n in range(3)]
    lines = [
        "Mills and floods of the old valley",
        "// By Ann Weir • May 3, 2020",
        "",
        _prose(9),
        "",
        "Can you spot the weir?",
        "Photo by Odile Varn",
        "Table of Contents",
        "Mills",
        "Weirs",
        "Floods",
        "",
        "Try the map of the valley online ≫",
    ]
    for head in ("Mills", "Weirs", "Floods"):
        lines += [head, "", *body, "", "A short line about the map"]
    frame = find_frame(lines)
    assert frame is not None
    assert {i for i, why in frame.removals.items() if why == "contents-list"} == {7, 8, 9, 10}
    kept = [i for i, line in enumerate(lines) if i > 12 and line in ("Mills", "Weirs", "Floods")]
    assert len(kept) == 3 and not set(kept) & set(frame.removals)


def test_a_byline_loses_a_handle_and_an_update_note_and_a_share_bar_is_no_title() -> None:
    from edition.readers.shape_features import is_ui_line
    from edition.readers.web_article_frame import byline_name

    assert byline_name("By Ann Weir@annweir Updated Jul 24, 2018, 2:15pm EDT") == "Ann Weir"
    assert byline_name("By Ann Weir Published 3 May 2019") == "Ann Weir"
    assert is_ui_line("Share  Tweet  Share")
    assert is_ui_line("tweet  share  Reddit  Pocket  Flipboard  Email")
    assert not is_ui_line("Mills  and  weirs")


def test_a_number_in_brackets_glued_to_a_latin_word_is_no_marker() -> None:
    from edition.readers.note_resolver import MARKERS

    text = "a canonical LR(1) automaton, as shown (2) and 紹介(3), see note.(4), f(5) = 0"
    assert [m.group("paren") for m in MARKERS.finditer(text)] == ["2", "3", "4"]
    # glued to a word in lower case, as books converted from print glue their footnote marks
    assert [m.group("paren") for m in MARKERS.finditer("angedeutet(6). Anhang(7)")] == ["6", "7"]


def test_wiki_headings_above_a_table_and_back_sections_right_under_a_list() -> None:
    from edition.readers import read_wiki_text

    long = "The harbour of Brill was dredged in every decade of the century"
    text = "\n".join(
        [
            "Brill Harbour",
            "From Wikipedia, the free encyclopedia",
            "",
            f"{long}, as the harbour master wrote.[1] The quay was rebuilt.",
            "",
            "Traffic",
            "Ships per year",
            "Year\tShips\t±%",
            "1900\t120\t—",
            "1910\t150\t+25%",
            "",
            f"{long}, and the lamps were sold.[2]",
            "",
            " Brill Lighthouse",
            " Brill Quay",
            "See also",
            "Harbours of the north",
            "List of lighthouses",
            "External links",
            "Official site of the harbour board",
            "",
            "References",
            "^ Harbour Board minutes, 1901.",
            "^ Brill Courier, 3 May 1911.",
        ]
    )
    document = read_wiki_text.read(text, Report("x"))

    def heads(blocks) -> list[str]:
        divs = [b for b in blocks if isinstance(b, Div)]
        return [h for d in divs for h in [inline_text(d.head)] * bool(d.head) + heads(d.children)]

    found = heads([*document.body, *document.back])
    assert {"Traffic", "See also", "External links"} <= set(found), found
    assert "Ships per year" not in found


def test_a_photo_credit_is_no_title_and_a_gallery_does_not_hide_the_byline() -> None:
    from edition.readers.shape_features import is_ui_line
    from edition.readers.web_article_frame import find_frame

    assert is_ui_line("1 of 24") and is_ui_line("Share on Google Plus")
    lines = [
        "Home",
        "News",
        "Harbours of the north",
        "'What does the tide say?': ferrymen fear the new weir",
        " Ferryman Ann Weir. Photograph: Tarvo Kell for the Courier",
        "",
        (
            "The ferrymen of the north worry that the new weir at the harbour mouth has changed"
            " the tides for good"
        ),
        "",
        "by Mara Quell",
        "",
        _prose(1),
        _prose(2),
    ]
    frame = find_frame(lines)
    assert frame is not None and lines[frame.title].startswith("'What does the tide say?'")
    gallery = [
        "Harbours",
        "By Mara Quell March 18 at 3:57 PM Follow @maraquell",
        "1 of 24",
        "Full Screen",
        "Autoplay",
        "Skip Ad",
        "The new weir changes the tides of the north",
        "",
        _prose(3),
        _prose(4),
    ]
    frame = find_frame(gallery)
    assert frame is not None and frame.byline == 1, frame


def test_photo_credits_and_pointers_to_more_articles_are_furniture() -> None:
    from edition.readers.shape_features import is_ui_line
    from edition.readers.web_article_frame import find_frame

    assert is_ui_line("Más sobre Conflicto en el puerto")
    assert is_ui_line("[Read: Why the harbour of Brill froze in 1910]")
    lines = [
        "Mills and floods of the old valley",
        "// By Ann Weir • May 3, 2020",
        "Photo by Tarvo Kell",
        _prose(1),
        "Foto: EL CORREO",
        _prose(2),
    ]
    frame = find_frame(lines)
    assert frame is not None
    assert {i for i, why in frame.removals.items() if why == "photo-credit"} == {2, 4}


def test_a_web_article_with_one_footnote_resolves_it() -> None:
    """A magazine page read as a web article (one note is too few to call it an endnotes
    page) still resolves its marker against the note list at its foot."""
    from edition.readers import read_web_article

    lines = [
        "Home",
        "News",
        "Culture",
        "Mills and floods of the old valley",
        "By Ann Weir",
        "",
        _prose(1) + "[1]",
        "",
        _prose(2),
        "",
        "Notes",
        "[1] The miller's book is kept in the parish chest.",
    ]
    document = read_web_article.read("\n".join(lines), Report("x"))
    assert [body_text(n) for n in notes_in(document.body)] == [
        "The miller's book is kept in the parish chest."
    ]
    assert not document.back


def test_a_personal_sites_name_above_the_title_and_in_its_copyright_line_is_the_author() -> None:
    from edition.readers.web_article_frame import find_frame

    lines = [
        "Ann Weir",
        "About",
        "Subscribe",
        "",
        "21 September 2020",
        "Mills and floods of the old valley",
        "",
        _prose(1),
        _prose(2),
        "",
        "© Ann Weir 2016-2020",
    ]
    frame = find_frame(lines)
    assert frame is not None and frame.byline == 0
    lines[-1] = "© Harbour Press 2016-2020"  # no owner named above the title: no author
    frame = find_frame(lines)
    assert frame is not None and frame.byline is None


def test_a_heading_in_capitals_right_under_a_paragraph_or_a_heading_stands_alone() -> None:
    from edition.readers.textblocks import SourceBlock, split_trailing_headings

    blocks = [
        SourceBlock(
            1, ("The mills of the valley turned again after the flood of the spring.", "SHAMANS.")
        ),
        SourceBlock(4, ("FIRST DEGREE.", "PREPARATORY INSTRUCTION.")),
        SourceBlock(7, ("216.", "TO THE HARBOUR MASTER.")),  # a letter's number: stays
        SourceBlock(10, ("He said so.", "AND THEN.")),  # too short to end a paragraph
    ]
    assert [(b.line, b.lines) for b in split_trailing_headings(blocks)] == [
        (1, ("The mills of the valley turned again after the flood of the spring.",)),
        (2, ("SHAMANS.",)),
        (4, ("FIRST DEGREE.",)),
        (5, ("PREPARATORY INSTRUCTION.",)),
        (7, ("216.", "TO THE HARBOUR MASTER.")),
        (10, ("He said so.", "AND THEN.")),
    ]


def test_a_wiki_page_without_a_from_line_is_titled_above_its_language_menu() -> None:
    from edition.readers import read_wiki_text

    long = "The harbour of Brill was dredged in every decade of the century"
    text = "\n".join(
        [
            "Games Movies TV Video",
            "Explore Wikis",
            "Sign In",
            "Brill Harbour",
            "English",
            "Deutsch",
            "Español",
            "Français",
            "",
            f"{long}, as the harbour master wrote.[1] The quay was rebuilt.",
            "",
            "References",
            "[1] Harbour Board minutes, 1901.",
        ]
    )
    report = Report("x")
    document = read_wiki_text.read(text, report)
    assert document.meta.title == "Brill Harbour"
    removed = {r.text for r in report.removed}
    assert {"Games Movies TV Video", "Deutsch", "Français"} <= removed


def test_a_japanese_page_finds_its_title_date_and_author_line() -> None:
    """Sentences end in "。", a date is written "2019年2月13日" and an author line "投稿者 Name";
    a title in Japanese has few spaces. A row of short Chinese words is a menu, not a title."""
    from edition.readers.web_article_frame import find_frame, title_score

    paragraph = (
        "港の灯台は百年のあいだ毎晩ともされ、漁師たちは冬の嵐の夜にもその光をたよりに帰ってきた。"
        * 4
    )
    lines = [
        "コンテンツへスキップ",
        "ホーム",
        "お問い合わせ",
        "メニューを閉じる",
        "ホーム  >  港の歴史",
        "灯台守の日誌 と 港の記録",
        "",
        "公開日 2019年2月13日",
        "",
        "投稿者 Ann Weir",
        "",
        paragraph,
        "",
        paragraph,
    ]
    frame = find_frame(lines)
    assert frame is not None
    assert (frame.title, frame.date, frame.byline) == (5, 7, 9)
    assert title_score(["编辑 锁定 讨论", paragraph], 0, 1) == 0.0


BOOK_WITH_PARTS = """\
The Harbour Book

CONTENTS
CHAPTER\tPAGE
THE OLD TOWN
I\tTHE FIRST TIDE\t3
II\tWHO OWNS THE QUAY?\t9

THE OLD TOWN
The sea came first, and then the town.
—A harbour song.

CHAPTER I

THE FIRST TIDE
Salt on the stones,
salt in the bread.
—Old rhyme.

The first tide of the year came in at dawn, and every boat in the harbour rose with it while the town slept on.

CHAPTER II

WHO OWNS THE QUAY?

Nobody could say who owned the quay, and so everybody used it, and the council argued about it for forty years.
"""


def test_a_book_s_part_titles_and_chapter_titles_under_their_labels_are_headings() -> None:
    """A part's title listed in the contents and standing again over its epigraph, and a
    chapter's title in capitals after its label and a blank line (over an epigraph, or a
    question), are headings; the label gives the chapter's number."""
    report = Report("book.txt")
    document = read_plain_text.read(BOOK_WITH_PARTS, report)
    divs = [block for block in document.body if isinstance(block, Div)]
    heads = [(inline_text(div.head), div.n) for div in divs]
    assert heads == [("THE OLD TOWN", ""), ("THE FIRST TIDE", "I"), ("WHO OWNS THE QUAY?", "II")]
    first = next(div for div in divs if inline_text(div.head) == "THE FIRST TIDE")
    assert "Salt on the stones" in inline_text(first.children[0].children)


OLD_BOOK = """\
The Art of the Lamplighter

Contents.
Preface
Part First.
Lamps.
Chapter I.
Of Wicks and Oil
Chapter II.
Of Glass.

Preface.

These pages were written for the young lamplighters of the town, who learn their trade from older men and never from books.

Part First.
Lamps.
Chapter I.
Of Wicks and Oil

A wick must be trimmed every evening, or the flame smokes and the glass turns black before midnight.

Chapter II.
Of Glass.

Glass is the lamplighter's second care, and it breaks more often in the cold than in the heat.
"""


def test_titles_a_book_s_contents_names_are_headings_however_they_end() -> None:
    """Old books print titles with a full stop ("Preface.", "Lamps."); where the contents list
    named them, they are headings, split from the labels they share a block with."""
    report = Report("lamps.txt")
    document = read_plain_text.read(OLD_BOOK, report)
    heads = [(inline_text(div.head), div.n) for div in document.body if isinstance(div, Div)]
    assert heads == [
        ("Preface.", ""),
        ("Part First.", ""),
        ("Lamps.", ""),
        ("Of Wicks and Oil", "I"),
        ("Of Glass.", "II"),
    ], heads


# A law review's essay page: markers glued to words, the note list after the text with no
# heading above it and each body glued to its number ("[1]See …", "[2]347 U.S. 483").
HEADLESS_NOTES = """\
Harbour Law Review

Tides and Tenure: What the Old Charters Teach

Ann Quill
12 H.L. Rev. Online 40 (2021)

Introduction

The charters of the harbour towns have been read as grants of land for two centuries,[1] though the courts have long treated them as grants of office as well.[2] This essay reads them as both, and asks what each reading teaches.[3]

Tracing the Old Grants
The First Charter and Its Keepers

The first charter names a keeper of the light and gives him the tolls of the quay for as long as the lamp is lit.[4]

Show and Tell: What Could a Modern Charter Look Like?

A modern charter would keep the lamp and drop the tolls, as the council proposed in its last report on the harbour and its lights.

[1]See Tomas Kell, The Harbour Charters 12 (1990).
[2]347 U.S. 483 (1954).
[3]Id. at 14.
[4]hooks, supra note 1, at 20.
"""


def test_a_note_list_without_a_heading_and_bodies_glued_to_their_numbers() -> None:
    report = Report("essay.txt")
    document = read_plain_text.read(HEADLESS_NOTES, report)
    notes = notes_in(document.body)
    assert [n.n for n in notes] == ["1", "2", "3", "4"]
    assert [inline_text(n.children) for n in notes][1] == "347 U.S. 483 (1954)."
    assert document.meta.title == "Tides and Tenure: What the Old Charters Teach"
    assert document.meta.authors == ("Ann Quill",)
    heads = [inline_text(b.head) for b in _divs(document.body)]
    assert "Tracing the Old Grants" in heads and "The First Charter and Its Keepers" in heads
    assert "Show and Tell: What Could a Modern Charter Look Like?" in heads
    assert not [d for d in report.diagnostics if d.code.startswith("note-")]


def test_a_bibliography_cited_with_spaced_brackets_is_no_note_list() -> None:
    """ "as shown [1]" cites a paper's references: a "[1]" list after it is no note list."""
    text = (
        "Title of the Paper\n\n"
        + "".join(
            f"The method of the harbour survey is shown in the report [{n}] and again [{n}].\n\n"
            for n in (1, 2, 3)
        )
        + "Bibliography\n\n[1] Ann Quill. Tides.\n[2] Tomas Kell. Lamps.\n[3] Ann Quill. Salt.\n"
    )
    lists = find_note_lists(text.split("\n"), Report("paper.txt"))
    assert lists.groups == []


def test_a_heading_broken_over_two_lines_is_one_heading() -> None:
    from edition.readers.book_headings import title_case_pairs
    from edition.readers.textblocks import SourceBlock

    broken = SourceBlock(5, ("Class Dismissed?: The Lack of a", "Harbour-Based Theory of Tenure"))
    assert [b.lines for b in title_case_pairs([broken])] == [
        ("Class Dismissed?: The Lack of a Harbour-Based Theory of Tenure",)
    ]
    verse = SourceBlock(9, ("The lamp is lit upon the rock", "And all the boats come home"))
    assert title_case_pairs([verse]) == [verse]


def _divs(blocks) -> list[Div]:
    found: list[Div] = []
    for block in blocks:
        if isinstance(block, Div):
            found += [block, *_divs(block.children)]
    return found


def test_a_wiki_contents_list_with_toggle_lines_names_headings_over_image_captions() -> None:
    """The contents list goes on past "Toggle … subsection" lines; a heading it names that
    stands over image captions, with no blank line between, is a heading."""
    from edition.readers import read_wiki_text

    long = "Brill harbour was dredged in every decade of the century, and the quay was rebuilt. "
    text = "\n".join(
        [
            "From Wikipedia, the free encyclopedia",
            "Contents",
            "(Top)",
            "1 History",
            "2 Trade",
            "Toggle Trade subsection",
            "2.1 Salt",
            "2.2 Lamps",
            "",
            "Brill Harbour",
            "",
            long * 2,
            "",
            "History",
            "",
            long * 2,
            "",
            "Trade",
            "Salt",
            "A salt barge at the quay",
            "",
            long * 2,
            "",
            "Lamps",
            "The old lamp house",
            "",
            long * 2,
        ]
    )
    document = read_wiki_text.read(text, Report("x"))
    heads = [inline_text(div.head) for div in _divs(document.body)]
    assert {"History", "Trade", "Salt", "Lamps"} <= set(heads), heads


def test_a_wiki_redirect_note_under_the_title_is_page_chrome() -> None:
    from edition.readers import read_wiki_text

    long = "Brill harbour was dredged in every decade of the century, and the quay was rebuilt. "
    text = "\n".join(
        [
            "Brill Harbour",
            "From Wikipedia, the free encyclopedia",
            "(Redirected from Brill Quay)",
            "",
            long * 2,
        ]
    )
    report = Report("x")
    document = read_wiki_text.read(text, report)
    assert "Redirected" not in " ".join(inline_text(b.children) for b in _paragraphs(document))
    assert (3, "(Redirected from Brill Quay)") in {(r.line, r.text) for r in report.removed}


def _paragraphs(document) -> list[P]:
    found: list[P] = []
    for block in document.body:
        found += [b for b in block.children if isinstance(b, P)] if isinstance(block, Div) else []
        found += [block] if isinstance(block, P) else []
    return found


def test_note_numbers_set_apart_by_spaces_resolve_in_order() -> None:
    """A page whose superscripts were saved as plain text ("the new cases 2 in all states")
    with a back-linked list ("↑ 2 Most cite it."): the spaced numbers that continue the
    notes' order are markers, other numbers ("about 500 couples", "June 6", a quotation's
    "(1)") stay text, and each body loses its own number."""
    from edition.readers import read_text

    sentences = [
        "The ruling of Harwell1 changed the county records office.",
        "Clerks filed new cases 2 in all districts, about 500 couples in one week.",
        (
            "The court held the statute void. 3 Its opinion quoted the rule: (1) whether the "
            "class was harmed; (2) whether it could vote."
        ),
        "On June 6 the clerks opened again, 4 and the county appealed 5 —but lost.",
        "The appeal ended in a settlement. 6 The archive kept the papers.",
    ]
    bodies = [f"↑ {n} Record {n} of the county archive, box {n + 10}." for n in range(1, 7)]
    text = "\n\n".join(["Spaced Note Numbers", *sentences, "Footnotes", "\n".join(bodies)])
    report = Report("spaced.txt")
    document = read_text(text, report, "plain")
    notes = notes_in(document.body)
    assert [n.n for n in notes] == ["1", "2", "3", "4", "5", "6"]
    assert body_text(notes[1]) == "Record 2 of the county archive, box 12."
    paragraphs = [inline_text(p.children) for p in _paragraphs(document)]
    assert any("about 500 couples" in p for p in paragraphs)
    assert any("(1) whether the class" in p for p in paragraphs)
    assert any("On June 6 the clerks" in p for p in paragraphs)


def test_a_law_blog_page_with_a_starred_byline_and_a_back_linked_list_before_its_footer() -> None:
    """A journal's blog page: its menus, "Download PDF" and a byline whose star marks a note
    on the author ("Mara Quillon*") come before the text; the last back-linked note ("↑ 6 …")
    is followed by the site's footer ("Post navigation", "Recent Posts"), which is no part
    of that note."""
    from edition.readers import read_text

    paragraphs = [
        f"The county court heard the harbour case in its spring term, and the clerk wrote it "
        f"down in full for the record, as the statute required of him.{n} The board appealed "
        f"and the higher court agreed with the clerk's reading of the act."
        for n in range(1, 7)
    ]
    lines = [
        "Skip to main content",
        "Menu",
        "About",
        "Print Issues",
        "Harbour Rights Come To The County",
        "Posted on March 3, 2016",
        "",
        " Download PDF",
        "",
        "Mara Quillon*",
        "",
        *[p for paragraph in paragraphs for p in (paragraph, "")],
        "Footnotes",
        *[f"↑ {n} Court records of the county, box {n}, folio {n + 20}." for n in range(1, 7)],
        "Posted in 2016, Online",
        "Post navigation",
        "Previous post: Volume 2016, No. 1",
        "Next post: Volume 2016, No. 3",
        "Search Posts",
        "Recent Posts",
    ]
    report = Report("blog.txt")
    document = read_text("\n".join(lines), report)
    assert document.meta.authors == ("Mara Quillon",)
    notes = notes_in(document.body)
    assert [n.n for n in notes] == ["1", "2", "3", "4", "5", "6"]
    assert body_text(notes[-1]) == "Court records of the county, box 6, folio 26."
    text = " ".join(inline_text(p.children) for p in _paragraphs(document))
    for furniture in ("Download PDF", "Post navigation", "Recent Posts", "Quillon*"):
        assert furniture not in text


def test_a_back_linked_body_runs_on_over_a_short_line_that_starts_with_its_punctuation() -> None:
    """A wiki reference split by a link ("^ \\"Title\\"" / ". TV Guide. Archived from the
    original" / " on 2014-03-28."): the short line goes on the body, and the list goes on."""
    lines = [
        "Text.[1][2]",
        "",
        "References",
        '^ "A film about a harbour" ',
        ". TV Guide. Archived from the original ",
        " on 2014-03-28. Retrieved 2014-03-27.",
        '^ Quill, Ann (2011). "The tide tables". Retrieved 2014-03-27.',
    ]
    lists = find_note_lists(lines, Report("refs.txt"))
    bodies = lists.bodies
    assert list(bodies) == ["1", "2"]
    assert "Archived from the original" in bodies["1"].text


def test_an_e_book_that_reads_like_a_web_article_is_read_as_a_book() -> None:
    """A biography saved from an e-book site: its preamble's START line says it is a book, so
    its chapters ("CHAPTER I" over "EARLY YEARS") become divisions, even though its short
    lines make it score as a web article."""
    from edition.readers import detection, read_text

    chapters = []
    for number, title in (("I", "EARLY YEARS"), ("II", "THE HARBOUR"), ("III", "LAST VOYAGES")):
        prose = " ".join(
            f"The pilot {title.lower()} sentence {n} tells of the river, the ships and the fog."
            for n in range(6)
        )
        chapters += [f"CHAPTER {number}", title, "", prose, "", "Short line", "Another", ""]
    text = "\n".join(
        [
            "The Project Gutenberg eBook of Ann Quill, by Tomas Weir",
            "",
            "Title: Ann Quill",
            "Author: Tomas Weir",
            "",
            "*** START OF THE PROJECT GUTENBERG EBOOK ANN QUILL ***",
            "",
            "Home",
            "Menu",
            "Share",
            "",
            *chapters,
            "*** END OF THE PROJECT GUTENBERG EBOOK ANN QUILL ***",
        ]
    )
    found = detection(text)
    assert found.chosen == "endnotes-web" and "preamble" in found.note
    document = read_text(text, Report("quill.txt"))
    heads = [inline_text(div.head) for div in _divs(document.body) if div.head]
    assert [h for h in heads if h in ("EARLY YEARS", "THE HARBOUR", "LAST VOYAGES")] == [
        "EARLY YEARS",
        "THE HARBOUR",
        "LAST VOYAGES",
    ]


def test_footnotes_keyed_by_capital_letters_after_their_paragraphs() -> None:
    """An older e-book keys its footnotes by letter ("…only one pilot."[A]) and prints each
    body under a "[A]" label right after the paragraph; "[A]ll" in a quotation is no marker."""
    paragraphs = []
    for letter, body in (("A", "Harbour records."), ("B", "Pilot's log."), ("C", "Letters.")):
        paragraphs += [
            (
                f'The master said: "[A]ll the ships wait for the tide, but there is only one '
                f'pilot."[{letter}] The clerks wrote it down in the harbour book that night.'
            ),
            "",
            f"[{letter}]",
            body,
            "",
        ]
    text = "\n".join(["THE PILOT", "", *paragraphs])
    report = Report("pilot.txt")
    document = read_plain_text.read(text, report)
    notes = notes_in(document.body)
    assert [(n.n, body_text(n)) for n in notes] == [
        ("A", "Harbour records."),
        ("B", "Pilot's log."),
        ("C", "Letters."),
    ]
    kept = " ".join(inline_text(p.children) for p in _paragraphs(document))
    assert kept.count("[A]ll the ships") == 3
    assert not [w for w in report.warnings if w.code == "note-unresolved"]


def test_a_list_that_lost_its_numbers_and_ends_each_entry_with_an_up_arrow() -> None:
    """A law review's web page keeps its notes as lines that lost their numbers (". " is left)
    and end in a back link "↑": a run of them is the note list, numbered by position; a lone
    "Back to top ↑" is no note."""
    document, report = read("up-arrow-list.txt", read_web_article)
    notes = notes_in(document.body)
    assert [n.n for n in notes] == ["1", "2", "3", "4"]
    assert body_text(notes[0]) == "County archive, ferry logs, boxes 1 to 12 (1820–1901)."
    assert body_text(notes[3]) == "See Minutes, supra note 2, at 31–33."
    links = [r.text for r in report.removed if r.category == "note-back-links"]
    assert links == ["↑"] * 4
    # "Essay - by Ann Quill Weir Online Edition - Volume 12": a byline between separators
    assert document.meta.title == "The Ferries of the Lower River"
    assert document.meta.authors == ("Ann Quill Weir",)


def test_a_run_of_up_arrow_entries_counts_as_a_note_list_for_detection() -> None:
    """Lines ending in "↑" are note-list entries when a run of them stands (three or more), so
    a page with "[N]" markers and such a list is read as a page with endnotes; a lone
    "Back to top ↑" is no list."""
    from edition.readers.shape_features import measure

    body = "\n\n".join(f"Paragraph {n} of the essay on the ferries.[{n}]" for n in range(1, 7))
    notes = "\n".join(f". County archive, box {n}. ↑" for n in range(1, 7))
    assert measure(f"{body}\n\n{notes}\n").list_entries == 6
    assert measure(f"{body}\n\nBack to top ↑\n").list_entries == 0
    assert detect_format(f"{body}\n\n{notes}\n") == "endnotes-web"


def test_an_epigraph_with_its_note_marker_is_no_title_and_its_marker_is_cited_once() -> None:
    """A quotation that ends its sentence inside its closing mark, a note marker after it
    ('"… waste much of it."1'), is an epigraph, not the page's title; its marker is resolved,
    and a teaser's "(1)" in the sidebar below is no second citation of that note."""
    document, _ = read("epigraph-note.txt", read_web_article)
    assert "waste" not in document.meta.title
    notes = notes_in(document.body)
    assert [n.n for n in notes] == ["1"]
    assert body_text(notes[0]).startswith("A Roman philosopher")


def test_counters_reading_times_click_prompts_handles_and_script_are_interface() -> None:
    from edition.readers.shape_features import is_ui_line

    for line in (
        "5 min read",
        "Lesezeit: 4 Minuten",
        "2192 Shares",
        "3 related articles",
        "To hear this music (MIDI), click here.",
        "Click here to see the whole chart",
        "Twitter: @annweir",
        "window._taboola = window._taboola || [];",
        "Wikimedia Commons has media related to Lighthouses.",
        "Comments are closed",
    ):
        assert is_ui_line(line), line
    for line in (
        "He said he would click here and there on the old map.",
        "In 1917 the harbour had 24 keepers.",
        "The cost was 1,200 views of the lake.",
        "x = y;",
    ):
        assert not is_ui_line(line), line


def test_a_web_article_drops_counters_tag_lists_and_script_blocks() -> None:
    lines = [
        "Lantern Lights of the Northern Coast",
        "",
        "By Marta Okonkwo",
        "",
        PROSE,
        "",
        "2192 Shares",
        "",
        "window._taboola = window._taboola || [];",
        "_taboola.push({",
        "    mode: 'thumbnails-a',",
        "});",
        "",
        PROSE.replace("northern", "southern"),
        "",
        "In this article:",
        "lighthouses, keepers, storms, logbooks",
        "",
    ]
    report = Report("coast.txt")
    document = read_web_article.read("\n".join(lines), report)
    kept = " ".join(inline_text(p.children) for p in _paragraphs(document))
    assert "northern coast" in kept and "southern coast" in kept
    assert "Shares" not in kept and "taboola" not in kept and "logbooks, " not in kept
    removed = {(r.category, r.line) for r in report.removed}
    assert {("interface-phrase", 7), ("script-code", 9), ("tag-list", 16)} <= removed


def test_wiki_pages_drop_interface_sentences_but_keep_one_word_headings() -> None:
    from edition.readers import read_wiki_text

    long = "The harbour of Brill was dredged in every decade of the century"
    text = "\n".join(
        [
            "Brill Harbour",
            "From Wikipedia, the free encyclopedia",
            "",
            f"{long}, as the harbour master wrote.[1]",
            "",
            "Related",
            "",
            f"{long}, and the lamps were sold.",
            "",
            "Wikimedia Commons has media related to Brill Harbour.",
            "",
            "References",
            "",
            "^ Harbour book, 1901.",
        ]
    )
    report = Report("brill.txt")
    document = read_wiki_text.read(text, report)
    blocks = list(document.body)
    for block in blocks:  # every block, divisions' children too
        blocks += list(block.children) if isinstance(block, Div) else []
    assert "Related" in [inline_text(b.head) for b in blocks if isinstance(b, Div)]
    kept = " ".join(inline_text(b.children) for b in blocks if isinstance(b, P))
    assert "lamps were sold" in kept and "Wikimedia Commons" not in kept
    assert ("interface-phrase", 10) in {(r.category, r.line) for r in report.removed}


def test_a_spaced_note_number_without_a_body_is_left_as_text_without_a_crash() -> None:
    """Where note numbers stand apart by spaces ("came in 1 and"), the next number whose body
    the list lacks is text, and no warning breaks on it (it was an IndexError)."""
    report = Report("harbour.txt")
    lists = find_note_lists(["Notes", "", "[1] Harbour book.", "[3] Pilot's log."], report)
    notes = GeneralNotes(lists, report, True)
    inlines = notes.inlines("The ships came in 1 and the pilots 2 left.", 1)
    assert [n.n for n in inlines if isinstance(n, Note)] == ["1"]
    assert inline_text(inlines).endswith("the pilots 2 left.")


def test_a_program_listing_inside_an_article_does_not_end_it() -> None:
    """Lines of code between paragraphs are no footer's menu: the article goes on after a
    listing longer than a footer gap, and its last paragraph is the article's end."""
    from edition.readers.web_article_frame import find_frame

    code = [
        "var tides = [];",
        "// every tide of the winter",
        "function record(tide) {",
        "  tides.push(tide);",
        "}",
        "var ships = {",
        "  pilot: null",
        "};",
        "record(ships);",
        "for (var k = 0; k < 12; k++) {",
        "  record({pilot: k});",
        "}",
        "// the last ones of the year",
        "record(ships);",
        "return tides;",
    ]
    lines = ["Home", "News", "Sign in", "", "Recording the Tides of the Northern Coast", ""]
    lines += ["By Marta Okonkwo", "", PROSE, "", *code, "", PROSE.replace("northern", "southern")]
    lines += ["", "Home", "About", "Contact", "Privacy", "Terms", "Jobs", "Press", "Help"]
    frame = find_frame(lines)
    assert frame is not None
    assert "southern" in lines[frame.end]


def test_an_agency_byline_and_a_related_box_between_the_title_and_the_text() -> None:
    """ "AFP 30 avril 2015 à 07:19" is the article's byline (an agency's initials and the
    date); the teasers of a "Sur le même sujet" box between the title and the text, each with
    its own byline, are no title."""
    from edition.readers.web_article_frame import byline_name, find_frame, is_byline_line

    assert is_byline_line("AFP 30 avril 2015 à 07:19 (Mis à jour : 30 avril 2015 à 07:38)")
    assert byline_name("AFP 30 avril 2015 à 07:19") == "AFP"
    assert not is_byline_line("NASA 2015 budget cuts")
    lines = ["Accueil", "Monde", "Les gardiens des phares du Nord ont tenu leurs registres"]
    lines += ["AFP 30 avril 2015 à 07:19", "Sur le même sujet", "Reportage"]
    lines += ["Les tempêtes de l'hiver au large de Skerrow", "Par Ana Ruiz", "", PROSE]
    frame = find_frame(lines)
    assert frame is not None and lines[frame.title].startswith("Les gardiens")
    assert lines[frame.byline].startswith("AFP")  # not the teaser's "Par Ana Ruiz"
    assert {i for i, why in frame.removals.items() if why == "related-articles"} == {4, 5, 6, 7}


def test_a_notes_list_of_numbers_alone_with_bodies_below_in_order_only() -> None:
    """Under "Notes", each number alone on its line opens the next note, its body below it
    (after a blank line, over a blank line too); a list in another form ("1. …") takes no
    number alone."""
    lines = [
        "Notes",
        "1",
        "",
        "Cicero, On the Orator 2.36.",
        "2",
        "",
        "The first sentence of the book is, famously, about the harbour",
        "",
        "and its ledgers (Weir 1).",
        "3",
        "",
        "See Quill on the pilots.",
    ]
    report = Report("thesis.txt")
    group = find_note_lists(lines, report).groups[0]
    assert list(group.bodies) == ["1", "2", "3"]
    assert group.bodies["2"].text.endswith("about the harbour and its ledgers (Weir 1).")
    other = find_note_lists(["Notes", "1. Harbour book.", "", "2", "", "Pilot's log."], report)
    assert list(other.groups[0].bodies) == ["1"]


ROMAN_CHAPTERS_BOOK = """\
The Lamplighter's Life

CONTENTS
THE EARLY YEARS
THE GUILD AND ITS QUARRELS
LAST DAYS AT THE HARBOUR

I
THE EARLY YEARS

He was born in the lamplighters' lane, the son and grandson of lamplighters, and learned the trade before he could read.

II
THE GUILD AND ITS QUARRELS

The guild admitted him at sixteen, and for thirty years he argued with it about wicks, oil and the price of glass.

VIII
LAST DAYS AT THE HARBOUR

In his old age he kept only the harbour lamps, and the boats came home by his light until the night he died.
"""


def test_a_roman_numeral_without_a_stop_over_a_title_in_capitals_is_one_heading() -> None:
    """ "II" over "THE GUILD AND ITS QUARRELS" (titles the contents names, a numeral of four
    letters such as "VIII" too): one chapter heading numbered by the numeral, not two."""
    document = read_plain_text.read(ROMAN_CHAPTERS_BOOK, Report("book.txt"))
    heads = [(inline_text(div.head), div.n) for div in document.body if isinstance(div, Div)]
    assert ("II THE GUILD AND ITS QUARRELS", "II") in heads, heads
    assert ("VIII LAST DAYS AT THE HARBOUR", "VIII") in heads, heads
    assert not any(head in {"I", "II", "VIII"} for head, _ in heads)


def test_a_text_that_opens_with_prose_keeps_its_first_paragraph() -> None:
    """A plain text without a title line: its first paragraph stays text, the document is
    "Untitled" with a warning; a short title line still goes to the header."""
    prose = (
        "The ferryman kept his book from 1821. Then the river froze, and the book stopped.\n\n"
        "A second paragraph follows the first.\n"
    )
    report = Report("ferry.txt")
    document = read_plain_text.read(prose, report)
    assert document.meta.title == "Untitled"
    assert paragraph_text(document).startswith("The ferryman kept his book from 1821.")
    assert [w.code for w in report.warnings] == ["no-title"]
    titled = read_plain_text.read("The Ferryman's Book\n\n" + prose, Report("ferry.txt"))
    assert titled.meta.title == "The Ferryman's Book"
    assert paragraph_text(titled).startswith("The ferryman kept his book from 1821.")


def test_a_book_s_footnotes_gathered_at_its_end_without_a_heading() -> None:
    """A book converted from print glues "(1)" to its words and gathers the notes after the
    text, "(1) body" entries under no heading: they are one note list, in order."""
    paragraphs = [
        f"Der Fährmann schrieb das Buch im Jahr {1820 + n} weiter und vermerkte jede Fahrt "
        f"genau({n}). Die Brücke kam erst später."
        for n in range(1, 5)
    ]
    notes = [f"({n}) Anmerkung {n} des Herausgebers." for n in range(1, 5)]
    text = "\n\n".join(["Das Fährbuch", *paragraphs, "Druck von A. Weir, Linz.", *notes]) + "\n"
    report = Report("faehre.txt")
    document = read_plain_text.read(text, report)
    found = notes_in(document.body)
    assert [(n.n, body_text(n)) for n in found] == [
        (str(n), f"Anmerkung {n} des Herausgebers.") for n in range(1, 5)
    ]


def test_a_photo_credit_and_glued_share_buttons_are_no_title() -> None:
    """Between a headline and its byline a page may print the photo's caption, its credit in
    brackets and share buttons whose labels were saved glued ("Copy Link URLCopied!"): the
    headline is still the title."""
    from edition.readers.shape_features import is_ui_line
    from edition.readers.web_article_frame import find_frame

    assert is_ui_line("Copy Link URLCopied!")
    assert not is_ui_line("McDonald Said Yes")
    lines = [
        "News",
        "Sports",
        "Opinion",
        "The ferry that outlived its harbour",
        "The old ferry Tallow at her berth in the lower river, where she has waited since 1990.",
        "(Ann Weir / Harbour Press)",
        "Facebook",
        "Share Close extra sharing options",
        "Copy Link URLCopied!",
        "By Ben Quill",
        "Aug. 2, 2019",
        "",
        (
            "The ferry Tallow has crossed the lower river twice a day for sixty years, and the "
            "town that built her has almost forgotten that she still runs. Her captain keeps the "
            "log that his grandmother began, and every crossing is written down in blue ink."
        ),
        "",
        "Nobody in the harbour office could say when the last inspection took place.",
    ]
    frame = find_frame(lines)
    assert frame is not None and lines[frame.title] == "The ferry that outlived its harbour"


PARAGRAPH = (
    "The shops of the northern shore sold lamps to every boat that left the harbour, and the "
    "trade outlived the coming of electric light by half a century, longer than anyone expected."
)


def test_a_tag_list_and_a_caption_credited_after_a_slash_do_not_hide_the_title() -> None:
    """A title, the byline with its date, a long tag list ("Filed under:"), an image caption
    with its credit after a slash: the tags do not push the title out of reach, and the
    caption is no title."""
    from edition.readers.web_article_frame import find_frame

    lines = [
        "Sections",
        "Harbours",
        "More topics »",
        "The lamp trade returns to the northern shore",
        "Orla Brennan Skerrow 27 OCT 2012 - 12:14 CET",
        "Filed under:",
        *[f"Topic number {n}" for n in range(18)],
        "",
        "A lamp shop on the quay at Skerrow. / ANN WEIR",
        "",
        PARAGRAPH,
    ]
    frame = find_frame(lines)
    assert frame is not None and lines[frame.title] == lines[3]


def test_a_caption_credited_without_a_stop_and_a_long_date_line_are_no_titles() -> None:
    from edition.readers.web_article_blocks import is_caption
    from edition.readers.web_article_frame import find_frame, is_date_line

    caption = "Lamps in a row … the shop window at Skerrow Photograph: Ann Weir/Coast Pictures"
    dated = "Thursday 24 April 2014 10.26 BST Last modified on Saturday 21 June 2014 00.41 BST"
    assert is_caption(caption) and not is_caption("The Photograph: A History of Light")
    assert is_date_line(dated)
    lines = [
        "Sections",
        "Harbours",
        "The lamp trade returns to the northern shore",
        caption,
        "",
        "Orla Brennan",
        "",
        dated,
        "",
        PARAGRAPH,
    ]
    frame = find_frame(lines)
    assert frame is not None and lines[frame.title] == lines[2]


def test_one_word_buttons_side_by_side_are_interface_text() -> None:
    from edition.readers.shape_features import is_ui_line

    assert is_ui_line("Enviar Imprimir") and is_ui_line("Print Email Share")
    assert not is_ui_line("Next Steps for Labour")


def test_an_ebooks_front_matter_is_the_books_and_the_librarys_lines_go() -> None:
    """A library's e-book: its contents and a part's title before the first paragraph stay
    (no website stands around a book), while the library's own lines inside the frame (who
    produced the e-text, the transcriber's notes, the "End of the Project Gutenberg EBook"
    line) are logged as removed."""
    from edition.readers import read_source

    report = Report("ebook_front_matter.txt")
    document = read_source(FIXTURES / "ebook_front_matter.txt", report, "plain")
    assert document.meta.title == "The Harbour Years"
    heads = [node.text for div in document.body if isinstance(div, Div) for node in div.head]
    assert "THE NORTHERN PIERS" in heads
    assert {"THE LANTERN MAKERS", "THE GUILD FEAST"} <= set(heads)
    removed = {(r.category, r.text) for r in report.removed}
    assert not any(category == "site-furniture-before-title" for category, _ in removed)
    library = {text for category, text in removed if category == "ebook-frame"}
    assert "Produced by Ann Weir, Tomas Rask and the Online" in library
    assert "[Transcriber's Note: The illustrations were moved beside the" in library
    assert "Transcriber's Notes" in library
    assert 'Page 12: changed "lantren" to "lantern".' in library
    assert "End of the Project Gutenberg EBook of The Harbour Years, by Ines Calloway" in library
