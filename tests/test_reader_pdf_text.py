"""The pdf-text reader: book text extracted from PDF."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import pytest
from conftest import ROOT, SEED_FORMATS, seed_path
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from edition.errors import ReaderError
from edition.model import Document, Note, P, PageBreak, Quote, Text, inline_text
from edition.readers import decode_source, read_pdf_text, strip_control_characters
from edition.readers.pdf_text_layout import normalize_head
from edition.report import Report
from edition.writers.tei import document_to_tei
from edition.xmlio import parse_bytes, serialize, tei

FIXTURES = Path(__file__).parent / "fixtures" / "pdf-text"
SAMPLE = ROOT / "samples" / "pdf-text.txt"


def read_fixture(name: str) -> tuple[Document, Report]:
    report = Report(name)
    return read_pdf_text.read((FIXTURES / name).read_text("utf-8"), report), report


def walk(node: object) -> Iterator[object]:
    yield node
    for name in ("front", "body", "back", "children", "blocks", "head", "source"):
        for child in getattr(node, name, ()) or ():
            yield from walk(child)


def nodes(document: object, kind: type) -> list:
    return [node for node in walk(document) if isinstance(node, kind)]


def paragraph_texts(document: Document) -> list[str]:
    return [inline_text(p.children) for p in nodes(document, P)]


def codes(report: Report) -> list[str]:
    return [d.code for d in report.warnings]


# ------------------------------------------------------------------------- layout quirks


def test_page_numbers_and_running_heads_become_page_breaks_inline() -> None:
    document, report = read_fixture("pages.txt")
    breaks = nodes(document, PageBreak)
    assert [b.n for b in breaks] == ["12", "13", "14", "15", "16", "17"]
    assert [b.running_head for b in breaks] == [
        "",
        "the harbour book",
        "",
        "the winter of 1850",
        "",
        "preface",
    ]
    first = document.body[0].children[1]
    assert isinstance(first, P)
    # the page turns mid-word: the word is joined and the break follows it
    assert Text(" the two lists") not in first.children
    assert "inspector compared the two lists" in inline_text(first.children)
    assert breaks[1] in first.children
    text = " ".join(paragraph_texts(document))
    assert "harbour book" not in text and "winter of 1850" not in text and "pr efa" not in text
    assert not re.search(r"\b1[246]\b", text)
    removed = [(r.category, r.text) for r in report.removed]
    assert removed.count(("running-head", "pr efa c e")) == 1
    assert [t for c, t in removed if c == "page-number"] == ["12", "14", "16"]


def test_letter_spaced_running_heads_are_read_as_words() -> None:
    assert normalize_head("pr efa c e") == "preface"
    assert normalize_head("the young revolutionary") == "the young revolutionary"
    assert normalize_head("out of power") == "out of power"
    assert normalize_head("a farm at yanovka") == "a farm at yanovka"


def test_hyphens_join_broken_words_and_keep_compounds_and_ligatures_expand() -> None:
    document, report = read_fixture("hyphens.txt")
    (text,) = paragraph_texts(document)
    for kept in ("the anti-Soviet poster", "twenty-five volunteers", "self-taught", "mid-1920s"):
        assert kept in text
    for joined in ("every composition they", "kept a record of", "first flyers", "office opened"):
        assert joined in text
    assert "- " not in text and not re.search("[ﬁﬂﬀﬃﬄ]", text)
    assert report.counts["ligatures"] == 4
    assert any("Ligatures" in line for line in document.meta.normalizations)


def test_footnotes_move_to_markers_and_spliced_text_is_rejoined() -> None:
    document, report = read_fixture("footnotes.txt")
    notes = nodes(document, Note)
    assert [(n.n, n.place) for n in notes] == [("*", "foot"), ("†", "foot"), ("*", "foot")]
    assert [inline_text(n.children) for n in notes] == [
        "The month is given as April in the parish register.",
        "The ferry stopped running in 1911.",
        "The letter is lost; only the copies survive.",
    ]
    text = " ".join(paragraph_texts(document))
    assert "His disappearance from the records" in text
    assert "millrace" in text
    assert "A note marker with no body* ends" in text  # unresolved marker kept, and warned
    assert codes(report) == ["note-unresolved", "note-orphan"]
    assert [d.line for d in report.warnings] == [18, 16]
    (orphans,) = document.back
    assert orphans.type == "orphan-notes"
    assert paragraph_texts(Document(document.meta, (orphans,))) == [
        "* A second body that no marker points to."
    ]
    assert report.counts["notes"] == 3


def test_front_chapters_quotes_and_back_matter() -> None:
    document, report = read_fixture("structure.txt")
    # the epigraph has a page of its own before the preface: a front division of its own
    opening, preface = document.front
    assert preface.type == "preface" and inline_text(preface.head) == "Preface"
    assert not nodes(preface, Quote)
    assert opening.type == "epigraph" and not opening.head
    (epigraph,) = [b for b in opening.children if isinstance(b, Quote)]
    assert epigraph.kind == "epigraph" and inline_text(epigraph.source) == "A boatman of the delta"
    assert paragraph_texts(Document(document.meta, (opening,))) == [
        "Every river remembers its floods."
    ]
    assert [(d.n, inline_text(d.head)) for d in document.body] == [
        ("1", "The First Settlers"),
        ("2", "Trade and Decline"),
        ("3", "The Harbour Years"),
    ]
    assert [(d.type, inline_text(d.head)) for d in document.back] == [
        ("epilogue", "Epilogue"),
        ("sources", "Note on Sources"),
    ]
    (quote,) = [q for q in nodes(document, Quote) if q.kind == "block"]
    assert inline_text(quote.blocks[0].children).startswith("When the water comes")
    chapter_one = paragraph_texts(Document(document.meta, (document.body[0],)))
    assert chapter_one[0].endswith("An old song describes the scene:")
    assert report.counts["headings"] == 6 and report.counts["block quotations"] == 1
    # unnumbered pages count from a numbered page of their own section (chapter 2 ends on
    # page 4, so pages 2-3 were left blank or lost) and the first chapter opens page 1
    assert [b.n for b in nodes(document, PageBreak)] == ["iv", "v", "1", "4", "5", "6", "7"]


def test_quotations_start_where_the_prose_breaks_off() -> None:
    document, report = read_fixture("quotes.txt")
    blocks = document.body[0].children
    kinds = [type(block).__name__ for block in blocks]
    assert kinds == ["PageBreak", "P", "Quote", "P", "P", "P", "Quote", "P"]
    texts = [
        inline_text(b.children if isinstance(b, P) else b.blocks[0].children) for b in blocks[1:]
    ]
    # a line left short after a full one introduces the quotation, whatever its punctuation
    assert texts[0].endswith("as he described it,")
    assert texts[1].startswith("the water came up the steps")
    # a footnote marker after a full stop still closes the sentence (and the short line)
    assert texts[2] == "The town paid for a new wall after the great flood."
    assert texts[3].startswith("Nobody asked")
    # a colon followed by a lower-case word runs on inside the quotation
    assert texts[4].endswith("gave his answer to the council:")
    assert texts[5].startswith("Who would pay") and "one answer: nobody at all" in texts[5]
    assert report.counts["block quotations"] == 2 and not report.warnings


def quotations_with_lead_ins(name: str) -> list[tuple[str, str]]:
    """(end of the paragraph before, start of the quotation) for each block quotation."""
    document, report = read_fixture(name)
    assert not report.warnings
    blocks = [b for b in document.body[0].children if isinstance(b, (P, Quote))]
    pairs = []
    for before, block in pairwise(blocks):
        if isinstance(block, Quote) and isinstance(before, P):
            pairs.append((inline_text(before.children), inline_text(block.blocks[0].children)))
    assert len(pairs) == report.counts["block quotations"] == 4
    return pairs


def test_quotation_keeps_an_elision_at_a_line_end() -> None:
    lead_in, quotation = quotations_with_lead_ins("quote-starts.txt")[0]
    assert lead_in.endswith("in a cheerful tone:")
    assert quotation.startswith("Tell my mother") and "the old ones . . . but you" in quotation


def test_quotation_runs_back_over_a_question_that_only_seemed_to_end_a_paragraph() -> None:
    lead_in, quotation = quotations_with_lead_ins("quote-starts.txt")[1]
    assert lead_in.endswith("to ask him twice.")
    assert quotation.startswith("Was the council right")
    assert "in the city? The army? The ministers?" in quotation


def test_quotation_introduced_by_a_colon_spans_glued_lines_and_stage_directions() -> None:
    lead_in, quotation = quotations_with_lead_ins("quote-starts.txt")[2]
    assert lead_in.endswith("and a reporter wrote:")
    assert quotation.startswith("Trotsky rose to the platform")
    assert "(Laughter.) He turned to the front row." in quotation


def test_quotation_starts_after_an_inline_quotation_closing_a_line() -> None:
    lead_in, quotation = quotations_with_lead_ins("quote-starts.txt")[3]
    assert lead_in.startswith("Friends came") and lead_in.endswith("of the house,”")
    assert quotation.startswith("Trotsky sat at a narrow table")


def test_footnote_body_between_lead_in_and_quotation_stays_a_note() -> None:
    document, report = read_fixture("quote-after-footnote.txt")
    blocks = [b for b in document.body[0].children if not isinstance(b, PageBreak)]
    assert [type(b).__name__ for b in blocks] == ["P", "Quote", "P"]
    lead_in, quotation = blocks[0], inline_text(blocks[1].blocks[0].children)
    assert inline_text(lead_in.children).endswith("pass through the hall:")
    (note,) = [n for n in lead_in.children if isinstance(n, Note)]
    assert note.n == "*" and "bound and sold" in inline_text(note.children)
    assert quotation.startswith("A miller") and quotation.endswith("decide the case.")
    assert "bound and sold" not in quotation and not report.warnings


@pytest.mark.parametrize("text", ["", "\n  \n\n", "12\n"])
def test_input_without_text_warns_on_line_one(text: str) -> None:
    report = Report("empty.txt")
    read_pdf_text.read(text, report)
    (warning,) = report.warnings
    assert (warning.line, warning.code, warning.message) == (1, "no-text", "no text found")


def test_text_without_headings_is_kept_as_one_division() -> None:
    report = Report("plain")
    document = read_pdf_text.read("One short line of text.\nAnother line.\n", report)
    assert paragraph_texts(document) == ["One short line of text.", "Another line."]


# ------------------------------------------------------------------------- sample and TEI


def sample_tree() -> etree._ElementTree:
    report = Report("samples/pdf-text.txt")
    document = read_pdf_text.read(decode_source(SAMPLE), report)
    document = Document(
        document.meta, document.body, document.front, document.back, format="pdf-text"
    )
    return document_to_tei(document, report.removed_summary())


def test_sample_golden_tei(file_regression) -> None:
    file_regression.check(serialize(sample_tree()).decode(), extension=".xml")


def test_sample_is_valid_tei_all(tei_all_schema) -> None:
    tree = parse_bytes(serialize(sample_tree()))
    assert tei_all_schema.validate(tree), str(tei_all_schema.error_log)[:500]


def test_sniff_prefers_pdf_text_for_its_sample_only() -> None:
    assert read_pdf_text.sniff(decode_source(SAMPLE)) >= 0.6
    for other in sorted((ROOT / "samples").glob("*.txt")):
        if other != SAMPLE:
            assert read_pdf_text.sniff(decode_source(other)) < 0.3, other.name


PIECES = st.sampled_from(
    [
        "\n12\n\n",
        "\n\nthe book title\n",
        "\n 3\n",
        "\nA Title\n\n",
        " preface\n\n",
        "*",
        "†",
        "dis*The",
        "\n*A body",
        "-\n",
        "anti-\nSoviet",
        "ﬁ",
        "ﬂ",
        "\n",
        "\n\n",
        " ",
        "ix",
        "\n—Name\n",
        "word.",
        "Epilogue",
        ":\n",
    ]
)
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=50).map("".join)


@settings(max_examples=150, deadline=None)
@given(text=TEXT)
def test_any_text_gives_valid_tei_or_reader_error(text: str, tei_all_schema) -> None:
    report = Report("fuzz.txt")
    text = strip_control_characters(text, report)
    try:
        document = read_pdf_text.read(text, report)
    except ReaderError as error:
        assert error.line is not None and error.line >= 1
        return
    tree = parse_bytes(serialize(document_to_tei(document)))
    assert tree.getroot().tag == tei("TEI")
    assert tei_all_schema.validate(tree), str(tei_all_schema.error_log.last_error)
    for warning in report.warnings:  # every warning points at a line of the text
        assert 1 <= warning.line <= text.count("\n") + 1


# ------------------------------------------------------------------------------- the seed


@pytest.fixture(scope="module")
def seed() -> tuple[str, Document, Report, etree._ElementTree]:
    prefix = next(p for p, name in SEED_FORMATS.items() if name == "pdf-text")
    text = decode_source(seed_path(prefix))
    report = Report("seed")
    document = read_pdf_text.read(text, report)
    return text, document, report, parse_bytes(serialize(document_to_tei(document)))


def tei_text(tree: etree._ElementTree, without: tuple[str, ...] = ("fw",)) -> str:
    """The text of TEI `text`, leaving out the named elements (their tails kept)."""
    body = tree.getroot().find(tei("text"))
    parts: list[str] = []

    def visit(element: etree._Element) -> None:
        if etree.QName(element).localname not in without:
            parts.append(element.text or "")
            for child in element:
                visit(child)
        parts.append(" " + (element.tail or ""))

    visit(body)
    return "".join(parts)


def test_seed_every_star_marker_resolves_and_no_body_is_orphaned(seed) -> None:
    text, document, report, _ = seed
    bodies = re.findall(r"(?m)(?:^|[a-z,;—])[*†](?=[A-Z“])", text)
    notes = nodes(document, Note)
    assert len(notes) == len(bodies) == report.counts["notes"] >= 30
    assert all(n.place == "foot" and inline_text(n.children) for n in notes)
    assert not {"note-orphan", "note-unresolved"} & set(codes(report))
    assert not any(d.type == "orphan-notes" for d in document.back)


def test_seed_text_keeps_no_marker_running_head_page_number_or_ligature(seed) -> None:
    text, _, report, tree = seed
    all_text = tei_text(tree, without=("fw", "note"))
    assert not re.search(r"[*†]", all_text)
    heads = {r.text for r in report.removed if r.category == "running-head"}
    assert len(heads) >= 5
    for head in heads:
        assert head not in all_text
    words = " ".join(re.findall(r"\w+", all_text.lower()))
    lines = text.split("\n")
    footers = [r for r in report.removed if r.category == "page-number"]
    assert len(footers) >= 20
    for footer in footers:  # the word before the page number is never followed by it
        before = next(line for line in reversed(lines[: footer.line - 1]) if line.strip())
        last_word = re.findall(r"\w+", before.lower())[-1]
        assert f" {last_word} {footer.text} " not in f" {words} ", footer.line
    assert not re.search("[ﬁﬂﬀﬃﬄ]", tei_text(tree, ()))


def test_seed_no_line_break_hyphen_is_left(seed) -> None:
    _, _, _, tree = seed
    all_text = tei_text(tree, without=("fw",))
    vocabulary = {w.lower() for w in re.findall(r"[^\W\d_]+", all_text)}
    left = [
        m.group(0)
        for m in re.finditer(r"([^\W\d_]+)- ([^\W\d_]+)", all_text)
        if (m.group(1) + m.group(2)).lower() in vocabulary
    ]
    assert left == []
    assert "anti-Soviet" in all_text or "anti-Bolshevik" in all_text


def test_seed_pages_chapters_front_and_back(seed) -> None:
    _, document, report, tree = seed
    breaks = nodes(document, PageBreak)
    numbered = [b.n for b in breaks if b.n.isdigit()]
    assert numbered[:3] == ["1", "2", "3"] and len(breaks) == report.counts["pages"] >= 200
    assert [d.n for d in document.body] == ["1", "2", "3", "4", "5", "6"]
    assert [d.type for d in document.front] == ["epigraph", "preface"]
    assert [d.type for d in document.back] == ["epilogue", "sources"]
    assert [q.kind for q in nodes(document.front[0], Quote)] == ["epigraph"]
    assert inline_text(nodes(document.front[0], Quote)[0].source) == "Leon Trotsky"
    assert len([q for q in nodes(document, Quote) if q.kind == "block"]) >= 15
    assert len(tree.getroot().findall(f".//{tei('fw')}")) >= 15


def test_seed_is_valid_tei_all(seed, tei_all_schema) -> None:
    assert tei_all_schema.validate(seed[3]), str(tei_all_schema.error_log)[:500]


def test_seed_is_detected_as_pdf_text_and_others_are_not(seeds_dir) -> None:
    for path in sorted(seeds_dir.glob("*.txt")):
        score = read_pdf_text.sniff(decode_source(path))
        if SEED_FORMATS.get(path.name[:3]) == "pdf-text":
            assert score >= 0.6
        else:
            assert score < 0.3, path.name


def test_numbered_footnotes_at_page_feet_move_to_their_flattened_markers() -> None:
    """pdftotext flattens superscripts onto words ("1911.1", "report,2", "“archive”3"); the
    bodies at the page foot, one running onto a second line, go to them. A numbered list in
    the text has no markers, so it stays text."""
    document, report = read_fixture("numbered-footnotes.txt")
    notes = nodes(document, Note)
    assert [(n.n, n.place) for n in notes] == [("1", "foot"), ("2", "foot"), ("3", "foot")]
    assert [inline_text(n.children) for n in notes] == [
        "The parish register gives April as the month.",
        "See the council minutes, volume three, which were copied twice, and both copies survive.",
        "Both copies are kept in the town archive today.",
    ]
    xml = serialize(document_to_tei(document)).decode()
    assert re.search(r"spring of 1911\.<note [^>]*n=\"1\"", xml)
    assert re.search(r"a long report,<note [^>]*n=\"2\"", xml)
    assert re.search(r"“archive”<note [^>]*n=\"3\"", xml)
    text = " ".join(paragraph_texts(document))
    assert "1 Bring the maps and the chain to the mill." in text
    assert "3 Write every figure twice, in ink." in text
    assert "parish register" not in text
    assert report.warnings == []


def test_footnote_numbers_alone_on_a_line_restarting_on_every_page() -> None:
    """pdftotext may set a note's number on a line of its own, its body after a blank line;
    the numbers start again on each page. A number alone after a table row ("2x3", "1:5")
    has no word before it and is no note."""
    document, _report = read_fixture("numbered-footnotes-alone.txt")
    notes = nodes(document, Note)
    assert [n.n for n in notes] == ["1", "1", "2"]
    assert [inline_text(n.children) for n in notes] == [
        "See the coast survey, second volume, where every shop is listed.",
        "He signed every page of it with his initials.",
        "The feast is described in the minutes of the guild.",
    ]
    text = " ".join(paragraph_texts(document))
    assert "and the prices of wicks" in text


def test_a_symbol_alone_on_its_line_starts_the_footnote_below_it() -> None:
    """pdftotext may set a footnote's "∗" (U+2217, TeX's asterisk) on a line of its own, the
    body after a blank line. A lone "*" on a page whose text has no such marker is a section
    break, and the text after it stays text."""
    document, _report = read_fixture("lone-symbol-footnotes.txt")
    notes = nodes(document, Note)
    assert [n.n for n in notes] == ["∗"]
    assert inline_text(notes[0].children) == (
        "Flax came from the inland farms, bought at the autumn fair."
    )
    text = " ".join(paragraph_texts(document))
    assert "A new chapter of their trade began" in text


def test_stacked_footnote_numbers_take_the_body_lines_below_them_in_order() -> None:
    """Short notes set side by side come out of pdftotext as a stack of numbers ("2." "3."
    "4.") and then their bodies, one line each: each number takes its line. A marker after a
    closing bracket ("(the Board).1") is a marker, and a page whose run of notes lost one
    marker keeps the others (the unmarked body is kept apart, with a warning); a body that is
    a citation of abbreviations ("482 U.S. 78 (1987).") starts a note."""
    document, report = read_fixture("stacked-footnotes.txt")
    notes = {n.n: inline_text(n.children) for n in nodes(document, Note)}
    assert notes["1"] == "Minutes of the board, first volume."
    assert notes["2"] == "Letter of appointment, kept in the archive."
    assert notes["3"] == "The pilot's licence, dated in June."
    assert notes["4"] == "Register of clerks, second book."
    assert notes["8"] == "Letter of complaint from the firm."
    assert notes["9"] == "482 U.S. 78 (1987)."  # a citation of abbreviations is a note too
    assert "7" not in notes
    text = " ".join(paragraph_texts(document))
    assert "Ledger of payments" in text  # the unmarked body is kept
    assert not re.search(r"\b[234]\.", text)
    assert [w.code for w in report.warnings] == ["note-orphan"]


def test_shoulder_notes_after_the_foot_are_margin_notes_and_a_strayed_label_is_found() -> None:
    """A history book's pages: footnotes numbered past 999, one marker after "Aldwin's.",
    the label "999" moved below the other bodies, then shoulder notes in narrow blocks and
    a page anchor "[212]" that pdftotext sets after the foot; on versos the left margin's
    shoulder notes come first, above the running head. The strayed label numbers the second
    half of the body above; the shoulder notes are notes placed in the margin, not part of
    the last footnote or of the text; the anchor is furniture; a verso's head is still its
    running head."""
    document, report = read_fixture("shoulder-notes.txt")
    notes = [(n.n, n.place, inline_text(n.children)) for n in nodes(document, Note)]
    assert [n for n in notes if n[1] == "foot"] == [
        ("998", "foot", "Rolls of the Wardens, i, 14."),
        ("999", "foot", "The chest is described in the Inventory of the Hall, fo. 3."),
        ("1000", "foot", "The Bishop's Register, ii, 201."),
        ("1001", "foot", "Aldwin, Reckonings, p. 88."),
    ]
    assert [n[2] for n in notes if n[1] == "margin"][:4] == [
        "The wardens of the river.",
        "Their rolls and the great fire.",
        "The wardens view the weirs.",  # a verso's: above its running head
        "The mills and the fisheries.",
    ]
    text = " ".join(paragraph_texts(document))
    assert "[212]" not in text and "The wardens of the river." not in text
    assert "wardens view" not in text and "River Guilds" not in text
    assert any(r.category == "page-anchor" for r in report.removed)
    heads = {b.n: b.running_head for b in nodes(document, PageBreak)}
    assert heads["218"] == "The River Guilds"  # below the shoulder notes, still the head
