"""Books extracted with form feeds (pdftotext's default): detection from page features,
furniture found by repetition and position, headings, title page. Fixtures are built here."""

from __future__ import annotations

import re

import pytest
from lxml import etree

from edition.model import Div, inline_text
from edition.readers import detection, read_pdf_text
from edition.readers.pdf_text_labels import label_number, number_value
from edition.readers.pdf_text_title import title_page
from edition.report import Report
from edition.writers.tei import document_to_tei
from edition.xmlio import tei

SENTENCES = (
    "The harbour master kept a ledger of every ship that entered the bay that winter, and "
    "the entries grew shorter as the ice closed in around the piers and the old warehouses."
).split()
TITLES = ["The Lighthouse Keeper", "Storms of the Northern Coast", "A Ledger of Ships"]


def prose(seed: int, lines: int = 30, width: int = 72) -> list[str]:
    """Justified-looking lines of invented prose, the last ending a sentence."""
    words = SENTENCES[seed % 7 :] + SENTENCES * 40
    out, line = [], ""
    for word in words:
        if len(line) + len(word) + 1 > width:
            out.append(line)
            line = ""
            if len(out) == lines:
                break
        line = f"{line} {word}".strip()
    out[-1] = out[-1].rstrip(",.") + "."
    return out


def book(
    pages: int = 24, numbers: str = "top", line_column: bool = False, slug: bool = False
) -> str:
    """A book as pdftotext writes it: title page, chapters opening pages, verso heads with the
    book title and recto heads with the chapter title beside page numbers."""
    out = ["Tides and Harbours\n\nMartha Quill\n\nHarbour Press, 1911\n"]
    chapter = 0
    counter = 0
    for page in range(1, pages + 1):
        lines: list[str] = []
        if page % 8 == 1:
            chapter += 1
            words = ["One", "Two", "Three", "Four"][chapter - 1]
            lines += [f"CHAPTER {words.upper()}", TITLES[(chapter - 1) % 3], ""]
        elif numbers == "top":
            head = "Tides and Harbours" if page % 2 == 0 else TITLES[(chapter - 1) % 3]
            lines += [str(page), "", head, ""] if page % 2 == 0 else [head, "", str(page), ""]
        body = prose(page)
        if line_column:
            numbered = []
            for text in body:
                counter += 1
                numbered += [str(counter), text]
            body = numbered
        lines += body
        if numbers == "bottom":
            lines += ["", str(page)]
        if slug:
            lines += ["", f"tides_final.indd {page}   3/14/11 10:{page:02d} AM"]
        out.append("\n".join(lines) + "\n")
    return "\f".join(out) + "\f"


def read(text: str):
    report = Report("book.txt")
    return read_pdf_text.read(text, report), report


def body_text(document) -> str:
    """The text of the TEI body without page breaks and their running heads."""
    tree = document_to_tei(document, {})
    body = next(tree.iter(tei("body")))
    for running_head in body.iter(tei("fw")):
        running_head.text = ""
    return "\n".join("".join(p.itertext()) for p in body.iter(tei("p"), tei("head"), tei("quote")))


def heads(document) -> list[str]:
    return [inline_text(div.head) for div in document.body if isinstance(div, Div) and div.head]


def test_form_feed_book_is_detected_as_pdf_text_well_above_the_others() -> None:
    for text in (book(), book(numbers="bottom"), book(numbers="none", line_column=True)):
        found = detection(text)
        assert found.chosen == "pdf-text"
        assert found.scores[0].score - found.scores[1].score >= 0.3


def magazine(pages: int = 10) -> str:
    """A magazine article as pdftotext writes it: its section ("Articles") atop every page, the
    title over three lines, narrow columns, and the folio inside a running foot printed on
    odd pages only ("SPRING 1911 93"), never on a line of its own."""
    title = "Articles\n\nCharting the Tides\nHarbour Master\nand the Winter Ice\n"
    out = [title + "Martha Quill and Jo Weir\n\n" + "\n".join(prose(0, 20, 45))]
    for page in range(1, pages):
        lines = ["Articles", *prose(page, 30, 45)]
        out.append("\n".join([*lines, f"SPRING 1911 {93 + page}"] if page % 2 == 0 else lines))
    out[0] += "\nSPRING 1911 93"
    return "\f".join(out) + "\f"


def test_folios_inside_a_running_foot_on_every_other_page_are_page_numbers() -> None:
    from edition.readers.pdf_text_detect import measure

    assert measure(magazine()).page_sequence >= 4
    assert measure(book(numbers="none")).page_sequence == 0


def test_a_journal_s_section_atop_every_page_is_no_title_and_title_words_are_no_name() -> None:
    # "Harbour Master" reads as a name, but the text writes its words in lower case
    assert title_page(magazine()) == (
        "Charting the Tides Harbour Master and the Winter Ice",
        "Martha Quill, Jo Weir",
    )
    # a book's title that heads its versos is still its title, above its author
    assert title_page(book()) == ("Tides and Harbours", "Martha Quill")


def test_running_heads_and_page_numbers_leave_the_text_as_page_breaks() -> None:
    document, report = read(book())
    text = body_text(document)
    assert "Tides and Harbours" not in text
    assert "\n12\n" not in f"\n{text}\n"
    removed = {(r.category, r.text) for r in report.removed}
    assert ("page-number", "12") in removed
    assert ("running-head", "Tides and Harbours") in removed
    tree = document_to_tei(document, {})
    assert "12" in {pb.get("n") for pb in tree.iter(tei("pb"))}


def test_page_numbers_at_the_foot_and_slug_lines_with_varying_numbers_are_removed() -> None:
    document, report = read(book(numbers="bottom", slug=True))
    text = body_text(document)
    assert "indd" not in text
    assert not any(line.strip().isdigit() for line in text.split("\n"))
    assert sum(r.category == "page-number" for r in report.removed) >= 15


def with_margin_slug(text: str) -> str:
    """The book with a typesetter's slug set sideways in the margin, which the extraction puts
    amid each page's text (its numbers change from page to page), and a speaker's name that
    stands once on every page as well."""
    pages = text.split("\f")
    for p in range(1, len(pages) - 1):
        lines = pages[p].split("\n")
        middle = len(lines) // 2
        slug = ["", "VerDate Sep<11>2014", "", f"Frm {p:05d}", "", "HARBOUR MASTER.", ""]
        pages[p] = "\n".join(lines[:middle] + slug + lines[middle:])
    return "\f".join(pages)


def test_a_slug_line_amid_the_text_of_most_pages_is_removed() -> None:
    document, report = read(with_margin_slug(book()))
    text = body_text(document)
    assert "VerDate" not in text and "Frm 000" not in text
    slugs = {r.text for r in report.removed if r.category == "slug"}
    assert {"VerDate Sep<11>2014", "Frm 00001", "Frm 00024"} <= slugs
    # a line that ends a clause is text, however often it stands: a speaker, a refrain
    assert text.count("HARBOUR MASTER.") == 24


def test_a_folio_in_capital_roman_numerals_counts_on() -> None:
    from edition.readers.pdf_text_layout import _count_from

    assert _count_from((0, "IV"), 2) == "VI"
    assert _count_from((0, "iv"), 2) == "vi"
    assert _count_from((0, "A3"), 2) == ""  # no folio to count from
    assert _count_from((5, "3"), 6) == "4"


def letter_spaced_book() -> str:
    """An old book whose chapters open mid-page under titles set letter-spaced, a chapter's
    title and its place stacked on two lines, the first word of the text letter-spaced too."""
    out = ["A Voyage to the North\n\nMartha Quill\n"]
    for page in range(1, 9):
        body = prose(page, 24)
        if page % 2 == 0:
            title = ["T H E L E D G E R.", "H A R B O U R."] if page % 4 == 0 else ["Q U A Y S."]
            body = [*body[:10], "", *title, "T H E " + body[10], *body[11:]]
        out.append("\n".join([f"[ {page} ]", "", *body]) + "\n")
    return "\f".join(out) + "\f"


def test_titles_set_letter_spaced_alone_on_their_lines_become_heads() -> None:
    document, _ = read(letter_spaced_book())
    assert not [text for text in heads(document) if text.startswith("T H E ") and "." not in text]
    found = [text for text in heads(document) if all(len(w) <= 2 for w in text.split())]
    assert found == ["Q U A Y S.", "T H E L E D G E R.", "H A R B O U R."] * 2
    # the first words of a chapter, letter-spaced, stay in its text
    assert body_text(document).count("T H E ") == 6


def book_with_works_cited() -> str:
    """A book whose list of works cited opens under its title, "Works Cited", with the folio
    at the page's foot, and runs on under the running head "WORKS CITED" beside the folio."""
    text = book(pages=8, numbers="top").removesuffix("\f")
    entries = [
        f"Quill, Martha. Tides and Harbours, vol. {n}. Harbour Press, 1911. Print."
        for n in range(1, 31)
    ]
    pages = ["\n".join(["Works Cited", "", *entries[:10], "", "9"])]
    for k, page in enumerate((10, 11)):
        chunk = entries[10 * (k + 1) : 10 * (k + 2)]
        pages.append("\n".join(["WORKS CITED", "", str(page), "", *chunk]))
    pages.append("\n".join(["WORKS CITED", "", "12", "", "Weir, Jo. Ice. 1912. Print."]))
    return text + "\f" + "\f".join(pages) + "\f"


def test_a_division_s_title_on_its_opening_page_is_its_head_not_a_running_head() -> None:
    document, report = read(book_with_works_cited())
    assert "Works Cited" in heads(document)
    running = [r.text for r in report.removed if r.category == "running-head"]
    assert running.count("WORKS CITED") == 3 and "Works Cited" not in running


def test_a_printed_line_number_column_is_removed() -> None:
    document, report = read(book(numbers="none", line_column=True))
    assert sum(r.category == "line-number" for r in report.removed) >= 24 * 29
    assert set(re.findall(r"\d+", body_text(document))) == {"1911"}  # the title page's year


def proof_book(pages: int = 12) -> str:
    """A book printed from a printer's proofs: each page's text, then its folio and running
    foot on one line ("6 TIDES AND HARBOURS", above a web address on every verso), a stage
    stamp, and a column of line-count guides numbered afresh on each page ("1" … "31", "S32",
    "R33"); a note marker on each verso carries the page's own number ("piers.6")."""
    out = ["Tides and Harbours\n\nMartha Quill\n"]
    for page in range(1, pages + 1):
        body = prose(page, lines=20)
        if page % 2 == 0:
            body[0] = body[0].rstrip() + f" piers.{page}"
            foot = [f"{page} TIDES AND HARBOURS", "", "<http://example.org/tides>"]
        else:
            foot = [f"THE LIGHTHOUSE {page}"]
        guides = [str(n) for n in range(1, 32)] + ["S32", "R33"]
        out.append("\n".join([*body, "", *foot, "", "4TH PASS PAGES", "", *guides]) + "\n")
    return "\f".join(out) + "\f"


def test_a_line_number_column_counted_afresh_on_each_page_is_removed() -> None:
    document, report = read(proof_book())
    text = body_text(document)
    assert sum(r.category == "line-number" for r in report.removed) >= 12 * 33
    assert not re.search(r"(?m)^\d+$|S32|R33", text)


def test_a_line_number_column_with_cropped_letters_beside_its_numbers_is_removed() -> None:
    """A proof's column where a word of the margin was cropped onto two of the guides
    ("In16", "Co17"): the guides after them are the column still."""
    text = proof_book().replace("\n16\n", "\nIn16\n").replace("\n17\n", "\nCo17\n")
    document, report = read(text)
    assert sum(r.category == "line-number" for r in report.removed) >= 12 * 33
    assert not re.search(r"(?m)^\d+$|Co17|In16|\b2[0-9] 2[0-9]\b", body_text(document))


def test_a_running_foot_with_its_folio_above_other_furniture_is_removed() -> None:
    document, report = read(proof_book())
    text = body_text(document)
    assert "TIDES AND HARBOURS" not in text and "THE LIGHTHOUSE" not in text
    assert "4TH PASS PAGES" not in text and "example.org" not in text
    assert "piers.6" in text  # the marker stays in the text; its number only matches the folio


def test_spelled_out_chapter_labels_with_titles_become_heads() -> None:
    document, _ = read(book())
    chapters = [div for div in document.body if inline_text(div.head) in TITLES]
    assert [inline_text(div.head) for div in chapters] == TITLES
    assert [div.n for div in chapters] == ["1", "2", "3"]


def test_a_chapter_title_that_asks_a_question_is_its_head() -> None:
    question = "Who Keeps the Ledger of the Tides?"
    document, _ = read(book().replace(f"CHAPTER TWO\n{TITLES[1]}\n", f"CHAPTER TWO\n{question}\n"))
    chapters = [(div.n, inline_text(div.head)) for div in document.body if div.type == "chapter"]
    assert ("2", question) in chapters


def test_title_and_author_come_from_the_title_page_never_a_page_number() -> None:
    document, _ = read(book(numbers="bottom"))
    assert document.meta.title == "Tides and Harbours"
    assert document.meta.authors == ("Martha Quill",)
    assert title_page("A Title\nJo Writer (1900 - 1971)\n\f\f\f") == ("A Title", "Jo Writer")
    assert title_page("Contents\nOne 1\nTwo 5\n\f1\n\fA Title\nJo Writer\n\f\f") == (
        "A Title",
        "Jo Writer",
    )


def test_number_words_and_labels() -> None:
    assert number_value("Twenty-One") == 21
    assert number_value("xiv") == 14
    assert number_value("three") == 3
    assert number_value("nonsense") is None
    assert label_number("PART TWO") == 2
    assert label_number("Chapter 12") == 12
    assert label_number("Chapter and verse") is None


def test_a_word_hyphenated_across_a_page_turn_is_rejoined() -> None:
    pages = []
    places = ["point", "cliff", "island", "jetty"]
    for k, (place, who) in enumerate(zip(places, ["keeper", "warden", "boy", "widow"])):
        pages.append(
            "\n".join(prose(k)[:-1]) + f"\nthe {who} climbed to the light-\n\n{2 * k + 1}\n"
        )
        pages.append(f"houses on the {place} and lit them.\n" + "\n".join(prose(k + 1)) + "\n")
    document, _ = read("\f".join(pages))
    assert "lighthouses" in body_text(document)


def with_foot(page: str, lines: str) -> str:
    """The page with `lines` at its foot, above its page number (as pdftotext writes it)."""
    text, number = page.rstrip("\n").rsplit("\n", 1)
    return f"{text}\n\n{lines}\n\n{number}\n"


def test_flattened_superscripts_link_to_chapter_notes_numbered_afresh() -> None:
    pages = book(numbers="bottom").split("\f")
    pages[3] = pages[3].replace("winter,", "winter,1", 1)
    pages[8] = with_foot(pages[8], "Notes\n1. Harbour ledger, volume two.")
    pages[11] = pages[11].replace("winter,", "winter,1", 1)
    pages[16] = with_foot(pages[16], "Notes\n1. Letter of the pilot, 1902.")
    document, _ = read("\f".join(pages))
    tree = document_to_tei(document, {})
    body = next(tree.iter(tei("body")))
    notes = ["".join(n.itertext()) for n in body.iter(tei("note"))]
    assert notes == ["Harbour ledger, volume two.", "Letter of the pilot, 1902."]
    assert "winter,1" not in body_text(document)


def test_a_footnote_the_typesetter_put_off_to_the_next_page_finds_its_marker() -> None:
    """Footnotes numbered through the book: note 12's body stands at the foot of the next
    page, above that page's own note 13; its own page has no foot at all."""
    pages = book(numbers="bottom").split("\f")
    feet: dict[int, list[str]] = {}
    for n, page in enumerate(range(2, 24), 1):
        before, first, rest = pages[page].partition("ice closed in")
        pages[page] = before + first + rest.replace("ice closed in", f"ice closed in,{n}", 1)
        feet.setdefault(page + 1 if n == 12 else page, []).append(f"{n} Harbour ledger, folio {n}.")
    for page, bodies in feet.items():
        pages[page] = with_foot(pages[page], "\n".join(bodies))
    document, _ = read("\f".join(pages))
    body = next(document_to_tei(document, {}).iter(tei("body")))
    notes = {n.get("n"): "".join(n.itertext()) for n in body.iter(tei("note"))}
    assert notes == {str(n): f"Harbour ledger, folio {n}." for n in range(1, 23)}


def test_a_line_of_a_footnote_that_starts_with_the_next_number_starts_no_note() -> None:
    """Note 2 quotes a paragraph whose line breaks before "3 ships": no marker cites a
    note 3 on the page, so the line goes on note 2 and both notes are found."""
    pages = book(numbers="bottom").split("\f")
    before, first, rest = pages[3].partition("ice closed in")
    pages[3] = before + first + rest.replace("ice closed in", "ice closed in,1", 1)
    pages[3] = pages[3].replace("winter,", "winter,2", 1)
    foot = "1 Harbour ledger, folio 9.\n2 The ledger says: “the pilots kept\n3 ships in the bay all winter.”"
    pages[3] = with_foot(pages[3], foot)
    document, _ = read("\f".join(pages))
    body = next(document_to_tei(document, {}).iter(tei("body")))
    notes = {n.get("n"): "".join(n.itertext()) for n in body.iter(tei("note"))}
    assert notes == {
        "1": "Harbour ledger, folio 9.",
        "2": "The ledger says: “the pilots kept 3 ships in the bay all winter.”",
    }


def gathered_notes_book(first_title: bool = True) -> str:
    """A book whose notes stand at its end under one "Notes" heading, after a paragraph on
    how they cite, grouped under the chapters' titles in capitals, each numbered from 1."""
    pages = book(numbers="bottom").split("\f")
    pages[2] = pages[2].replace("winter,", "winter,1", 1).replace("piers", "piers.2", 1)
    pages[10] = pages[10].replace("winter,", "winter,1", 1)
    pages[18] = pages[18].replace("winter,", "winter,1", 1).replace("piers", "piers.2", 1)
    notes = [
        "Notes",
        "The notes cite the harbour records by volume and folio; the letters are quoted",
        "from the copies kept at the pilots' office.",
        *(["CHAPTER ONE: THE LIGHTHOUSE KEEPER"] if first_title else []),
        "1. Harbour ledger, volume two.",
        "2. Pilot's log, folio 9.",
        "STORMS OF THE NORTHERN COAST",
        "1. Letter of the pilot, 1902.",
        "“A LEDGER OF SHIPS”",
        "1. Almanac of the coast, 1899.",
        "2. The master's own account,",
        "kept in the office.",
    ]
    pages.insert(len(pages) - 1, "\n".join(notes) + "\n")
    return "\f".join(pages)


GATHERED_NOTES = [
    "Harbour ledger, volume two.",
    "Pilot's log, folio 9.",
    "Letter of the pilot, 1902.",
    "Almanac of the coast, 1899.",
    "The master's own account, kept in the office.",
]


@pytest.mark.parametrize("first_title", [True, False])
def test_notes_gathered_at_the_end_by_chapter_take_their_bodies_chapter_by_chapter(
    first_title: bool,
) -> None:
    document, _ = read(gathered_notes_book(first_title))
    tree = document_to_tei(document, {})
    body = next(tree.iter(tei("body")))
    notes = ["".join(n.itertext()) for n in body.iter(tei("note"))]
    assert notes == GATHERED_NOTES
    for note in list(body.iter(tei("note"))):
        note.getparent().remove(note)
    text = "".join(body.itertext())
    assert "NORTHERN COAST" not in text and "Almanac" not in text  # the list left the text
    assert "the pilots' office" in text  # the paragraph before the first note is kept


def test_superscripts_after_figures_link_and_an_enumeration_is_no_marker() -> None:
    """Flattened superscripts after a year ("1902.1"), a price and a closing quotation mark
    ("$595.”2") or inside a parenthesis ("wrote.1)"); "(1)" in a sentence of a book whose
    markers are superscripts is an enumeration, not note 1 of the chapter."""
    text = gathered_notes_book()
    for old, new in (
        ("winter,1", "winter of 1902.1"),
        ("piers.2", "piers at “$595.”2"),
        ("winter,1", "winter, when (1) the tide rose, the ledger says,1"),
        ("winter,1", "winter (so the master wrote.1)"),
    ):
        text = text.replace(old, new, 1)
    document, _ = read(text)
    tree = document_to_tei(document, {})
    body = next(tree.iter(tei("body")))
    notes = ["".join(n.itertext()) for n in body.iter(tei("note"))]
    assert notes == GATHERED_NOTES
    assert "when (1) the tide rose" in "".join(body.itertext())


def contents_book() -> str:
    """A novel whose chapters open with their title alone and whose pages carry the chapter
    title as running head beside the page number, after a dotted-leader table of contents."""
    out = ["Tides and Harbours\n\nMartha Quill\n", "Contents\n\n"]
    out[1] += "\n".join(f"{title} {'.' * 20} {3 + 8 * n}" for n, title in enumerate(TITLES))
    for page in range(1, 25):
        title = TITLES[(page - 1) // 8]
        head = (
            [title, ""]
            if page % 8 == 1
            else ([title, "", str(page), ""] if page % 2 else [str(page), "", title, ""])
        )
        out.append("\n".join(head + prose(page)) + "\n")
    return "\f".join(out) + "\f"


def test_titles_the_contents_name_are_headings_though_they_also_run_at_the_head() -> None:
    """A chapter title repeated as its pages' running head is furniture on those pages, but
    its first line after the contents is the chapter's heading."""
    document, report = read(contents_book())
    assert heads(document)[-3:] == TITLES
    text = body_text(document)
    after_contents = text[text.index("." * 20 + " 19") :]
    assert all(after_contents.count(title) == 1 for title in TITLES), after_contents[:400]
    assert sum(r.category == "running-head" for r in report.removed) >= 10


def test_a_heading_inside_a_page_between_two_sentences() -> None:
    from edition.readers.pdf_text_headings import _between_sentences

    before, after = "the design implications of our results.", "Within this article, we"
    assert _between_sentences(before, "Systems Studied", after)
    assert _between_sentences(before, "HYPOTHESES", after)
    assert not _between_sentences("the design implications of our", "Systems Studied", after)
    assert not _between_sentences(before, "the systems studied", after)
    assert not _between_sentences(before, "Francis Bacon.1", after)  # a marker: a paragraph
    assert not _between_sentences(before, "Systems Studied", "within this article")


def test_run_in_heads_with_a_full_stop_and_a_note_list_s_name_between_sentences() -> None:
    from edition.readers.pdf_text_headings import _between_sentences

    before, after = "the design implications of our results.", "Within this article, we"
    assert _between_sentences(before, "Major Trends in the Harbours.", after)
    assert _between_sentences(before, "Conclusion.", after)
    assert _between_sentences("as the keepers expected.27", "Conclusion.", after)  # a marker
    assert _between_sentences(before, "ENDNOTES", "1. See, e.g., Ann Weir, Tides, 1911.")
    assert not _between_sentences(before, "HYPOTHESES", "1. See, e.g., Ann Weir, Tides.")
    assert not _between_sentences(before, "He Went Home.", after)  # too short for a head
    assert not _between_sentences(before, "The Port of St. Ives Was Closed.", after)
    assert not _between_sentences(before, "C A L A I S.", after)  # a place, letter-spaced
    assert not _between_sentences(before, "Printed in the United States of America.", after)
    cited = "Weighted Voting for Replicated Harbours."
    assert not _between_sentences(before, cited, after, lambda: False)


def test_a_run_in_head_over_two_lines_between_sentences() -> None:
    from edition.readers.pdf_text_headings import _run_in_over_two_lines

    before, after = "it is that bad times always return.", "The harbour board met in May"
    first, second = "The Importance of the Northern Piers", "and the Channel to U.S. Trade."
    assert _run_in_over_two_lines(before, first, second, after)
    assert _run_in_over_two_lines(
        before, "The Current Harbour Environment:", "Ice and Tides.", after
    )
    prose = ("The pilots kept a ledger of every ship", "that came in.")
    assert not _run_in_over_two_lines(before, *prose, after)  # a sentence in lower case
    cited = ("Proceedings of the Second Symposium on Principles", "of Harbour Computing.")
    assert not _run_in_over_two_lines("Another Advantage of Free Choice.", *cited, "Demers")
    report = ("Report No. AFRL-HE-2001-0029). Dayton, OH: United", "States Harbour Laboratory.")
    assert not _run_in_over_two_lines(before, *report, after)
    assert not _run_in_over_two_lines("the board said that", first, second, after)  # mid-sentence
    assert not _run_in_over_two_lines(before, first, second, "and then")
    assert not _run_in_over_two_lines(before, first, "and the pilots went home. Then", after)
    assert not _run_in_over_two_lines(before, "The Pilots", "left. It rained.", after)
    assert not _run_in_over_two_lines(
        before, "The pilots of the northern piers kept", "a ledger.", after
    )


def test_a_two_line_run_in_head_is_one_heading_in_a_book() -> None:
    pages = book(numbers="bottom").split("\f")
    head = ["The Importance of the Northern Piers", "and the Channel to Trade."]
    pages[5] = pages[5].replace(
        "a.\n\n5\n",
        "a ledger.\n"
        + "\n".join(head)
        + "\n"
        + "The pilots kept their own book of the tides.\n\n5\n",
    )
    document, _ = read("\f".join(pages))
    assert "The Importance of the Northern Piers and the Channel to Trade" in heads(document)


def test_a_run_in_head_needs_headings_before_it_and_none_in_a_list_of_references() -> None:
    from edition.readers.pdf_text_headings import _run_in_allowed
    from edition.readers.pdf_text_layout import Line

    def lines(*heads: str) -> list[Line]:
        return [Line(k, text, 0, kind="heading") for k, text in enumerate(heads)]

    assert not _run_in_allowed([Line(1, "Copyright 1911 Harbour Press.", 0)])  # no heading yet
    assert _run_in_allowed(lines("1 Introduction"))
    assert not _run_in_allowed(lines("1 Introduction", "References"))
    # a cited title read as a heading keeps the list open; a numbered heading closes it
    assert not _run_in_allowed(lines("References", "Hidden Models for"))
    assert _run_in_allowed(lines("References", "2 The Harbours"))


def test_a_title_may_hold_a_number_but_a_date_or_citation_line_is_no_title() -> None:

    page = "HARBOUR TOP 10\n\nTHE TEN WORST WINTERS\n\n2007 UPDATE\n\nAnn Weir\n\f"
    assert title_page(page)[0] == "HARBOUR TOP 10"
    cited = "Jl. of Harbour Studies (2008) 19(2), 185-224\n\nThe Ten Worst Winters\n\nAnn Weir\n\f"
    assert title_page(cited) == ("The Ten Worst Winters", "Ann Weir")
    dated = "Draft August 19, 2019\n\nThe Ten Worst Winters\n\nAnn Weir\n\f"
    assert title_page(dated)[0] == "The Ten Worst Winters"
    # the title, with a year in it, heads the later pages too: a running head that never
    # changes its number is the title, not a page's head with its page number
    later = [
        f"The Ferry Act of 1998\nThe crossings of week {n} were logged.\nPage {n}\n"
        for n in range(2, 6)
    ]
    act = (
        "THE FERRY ACT OF 1998\nHarbour Office Summary\n\nDecember 1998\n\nINTRODUCTION\n"
        "The Ferry Act was signed into law in the winter.\nIt set the fares of the crossings.\n\f"
    ) + "\f".join(later)
    assert title_page(act)[0] == "THE FERRY ACT OF 1998"


def test_a_section_number_alone_above_its_title_numbers_a_division() -> None:
    """ "4.1" on a line of its own, a blank, the title, a blank: one division numbered 4.1, its
    heading as printed ("4.1 Title"); a dotted number at a page's top is no running head."""
    pages = ["Tides and Harbours\n\nMartha Quill\n"]
    numbering = [("1", "The Lighthouse Keeper"), ("1.1", "Storms of the Northern Coast")]
    numbering += [("1.2", "A Ledger of Ships"), ("2", "Winter Ice")]
    for page, (number, title) in enumerate(numbering, start=1):
        lines = [number, "", title, "", *prose(page, lines=20), "", str(page + 10)]
        pages.append("\n".join(lines) + "\n")
    document, _ = read("\f".join(pages) + "\f")
    divisions = [div for div in document.body if isinstance(div, Div) and div.head][-4:]
    assert [(div.n, inline_text(div.head)) for div in divisions] == [
        ("1", "1 The Lighthouse Keeper"),
        ("1.1", "1.1 Storms of the Northern Coast"),
        ("1.2", "1.2 A Ledger of Ships"),
        ("2", "2 Winter Ice"),
    ]
    assert [div.type for div in divisions] == ["chapter", "section", "section", "chapter"]
    assert body_text(document).split().count("1.1") == 1  # in the heading only


def test_a_part_s_label_names_a_part_and_its_number_runs_apart_from_the_chapters() -> None:
    """ "PART II" above its title opens a part numbered II; the chapters under it go on from
    the chapters before it ("2" after "1"), not from the part's number."""
    pages = ["Tides and Harbours\n\nMartha Quill\n"]
    opening = [["PART I", "THE COAST"], ["1", "", "Winter Ice"], ["PART II", "THE HARBOURS"]]
    opening += [["2", "", "The Lighthouse Keeper"], ["3", "", "A Ledger of Ships"]]
    for page, lines in enumerate(opening, start=1):
        pages.append("\n".join([*lines, "", *prose(page, lines=20), "", str(page + 10)]) + "\n")
    document, _ = read("\f".join(pages) + "\f")
    divisions = [div for div in document.body if isinstance(div, Div) and div.head][-5:]
    assert [(div.type, div.n, inline_text(div.head)) for div in divisions] == [
        ("part", "I", "THE COAST"),
        ("chapter", "1", "1 Winter Ice"),
        ("part", "II", "THE HARBOURS"),
        ("chapter", "2", "2 The Lighthouse Keeper"),
        ("chapter", "3", "3 A Ledger of Ships"),
    ]


def test_a_numbered_heading_on_one_line_opens_a_division_a_numbered_list_does_not() -> None:
    pages = ["Tides and Harbours\n\nMartha Quill\n"]
    for page, heading in enumerate(["1. The Lighthouse Keeper", "1.1 Storms of the Coast"], 1):
        body = prose(page, lines=20)
        body[9], body[10] = body[9].rstrip(",.") + ".", body[10].capitalize()  # a sentence ends
        lines = [*body[:10], heading, *body[10:], "", str(page + 10)]
        pages.append("\n".join(lines) + "\n")
    listed = ["Steps to light the lamp:", "1 Open the shutter", "2 Trim the wick", "3 Strike it."]
    pages.append("\n".join([*prose(3, lines=10), *listed, *prose(4, lines=10), "", "13"]) + "\n")
    document, _ = read("\f".join(pages) + "\f")
    divisions = [div for div in document.body if isinstance(div, Div) and div.n]
    assert [(div.n, inline_text(div.head)) for div in divisions] == [
        ("1", "1. The Lighthouse Keeper"),
        ("1.1", "1.1 Storms of the Coast"),
    ]
    assert "1 Open the shutter" in body_text(document)


def test_a_title_over_two_lines_and_a_labelled_title_page() -> None:

    two = "HARBOUR: Tides & Ledgers\nOf the Northern Coast\n\nAnn Weir\n\nUniversity of Skerrow\n\f"
    assert title_page(two) == ("HARBOUR: Tides & Ledgers Of the Northern Coast", "Ann Weir")
    named = "Tides and Harbours\nAnn Weir\n\nHarbour Press\n\f"
    assert title_page(named) == ("Tides and Harbours", "Ann Weir")
    labelled = (
        "Copyright, 1902,\nBy Ann Weir\n\f\fThe eBook of Tides\nTitle: Tides\nAuthor: Ann Weir\n\f"
    )
    assert title_page(labelled) == ("Tides", "Ann Weir")


def test_a_title_in_capitals_runs_on_past_a_name_shaped_line_and_a_copyright_line_is_skipped() -> (
    None
):
    """ "CRIMINALIZATION: AN" cannot end a title, so "EXCEPTIONALLY AMERICAN" (two capitalised
    words, shaped like a name) goes on it; the author line in capitals, with its note mark,
    is the author. A copyright line above the title is no title."""

    page = "LEDGERS: AN\nUNUSUALLY NORTHERN\nHISTORY OF TIDES\nANN WEIR*\nABSTRACT\nThis Note\f"
    assert title_page(page) == ("LEDGERS: AN UNUSUALLY NORTHERN HISTORY OF TIDES", "Ann Weir")
    page = "COPYRIGHT © 2025 HARBOUR LAW REVIEW ASSOCIATION\n\nTHE TIDAL POWER\nAnn Q. Weir*\f"
    assert title_page(page) == ("THE TIDAL POWER", "Ann Q. Weir")


def test_contents_in_two_columns_name_the_headings_set_in_small_capitals() -> None:
    """The extraction writes each contents entry as its title, then its page number on the
    next line; the chapters open with their title in lower-case small capitals."""
    from edition.readers.pdf_text_contents import contents_titles

    contents = ["Contents", "", "The Lighthouse Keeper", "", "3", "", "Storms of the Coast", ""]
    contents += ["7", "", "A Ledger of Ships", "", "12", "", "Winter Ice", "", "15", ""]
    captions = ["Illustrations", "“The lamp went out at last.”", "4", "Where the ships lay.", "9"]
    titles, last = contents_titles([["Tides and Harbours"], contents, captions])
    assert last == 1
    assert titles == {
        "the lighthouse keeper",
        "storms of the coast",
        "a ledger of ships",
        "winter ice",
    }


def labelled_head_book(opening_title_page: bool) -> str:
    """Every page of a chapter, its first too, runs the head "Chapter N - Title" above the
    page number; the first page then opens with a section's title. With
    `opening_title_page`, each chapter has a page of its own that prints its title alone."""
    out = ["Tides and Harbours\n\nMartha Quill\n\nHarbour Press, 1911\n"]
    page = 0
    for chapter, title in enumerate(TITLES, 1):
        if opening_title_page:
            out.append(f"{chapter}\n\n{title}\n\n" + "\n".join(prose(chapter, 4)) + "\n")
        for turn in range(4):
            page += 1
            lines = [f"Chapter {chapter} - {title}", "", str(page), ""]
            body = prose(page, 28)
            if turn == 0:
                lines += ["Ledgers and Piers"]
                body[0] = body[0][:1].upper() + body[0][1:]  # a sentence starts under it
            out.append("\n".join(lines + body) + "\n")
    out.append("Acknowledgements\n\n" + "\n".join(prose(0, 5)) + "\n")
    return "\f".join(out) + "\f"


def all_heads(blocks) -> list[str]:
    found = []
    for block in blocks:
        if isinstance(block, Div):
            found += [inline_text(block.head)] if block.head else []
            found += all_heads(block.children)
    return found


def test_a_labelled_running_head_on_the_opening_page_is_the_chapters_heading() -> None:
    document, report = read(labelled_head_book(opening_title_page=False))
    found = all_heads([*document.front, *document.body, *document.back])
    for chapter, title in enumerate(TITLES, 1):
        assert f"Chapter {chapter} - {title}" in found, found
    assert found.count("Ledgers and Piers") == 3, found  # a section's title under it
    assert "Acknowledgements" in found
    assert sum(r.category == "running-head" for r in report.removed) >= 6


def test_a_labelled_running_head_is_furniture_when_the_chapter_has_a_title_page() -> None:
    document, _ = read(labelled_head_book(opening_title_page=True))
    found = all_heads([*document.front, *document.body, *document.back])
    assert not [h for h in found if h.startswith("Chapter ")], found


def test_authors_listed_on_one_line_or_on_the_page_after_a_half_title() -> None:
    listed = "Tides and Harbours\n\nAnn Weir, Tarvo Kell, and Mara Quell\n\nHarbour Press\n\f"
    assert title_page(listed) == ("Tides and Harbours", "Ann Weir, Tarvo Kell, Mara Quell")
    half_title = (
        "Tides and\nHarbours\n\n\f\f" + "Collected tales\nAuthors\nAnn Weir\nTarvo Kell\n\f"
    )
    assert title_page(half_title) == ("Tides and Harbours", "Ann Weir")
    assert title_page("War and Peace\n\n\f")[1] == ""  # two words joined by "and": no names
    pages = book().split("\f")
    document, _ = read("\f".join([listed.rstrip("\f"), *pages[1:]]))
    assert document.meta.authors == ("Ann Weir", "Tarvo Kell", "Mara Quell")


def test_a_running_head_and_page_number_split_by_a_bar_is_furniture() -> None:
    """ "Storms of the coast | 5" at a page's foot, "xxii | Prologue" at its head: furniture
    even when the section's title runs on only two pages, and the number labels the page."""
    pages = ["Tides and Harbours\n\nMartha Quill\n"]
    for number, head in ((4, "xxii | Prologue"), (5, "Storms of the coast | 5")):
        body = "\n".join(prose(number))
        pages.append(f"{head}\n\n{body}\n" if "|" in head[:6] else f"{body}\n{head}\n")
    pages += book().split("\f")[1:]
    document, report = read("\f".join(pages))
    assert "Prologue" not in body_text(document) and "coast | 5" not in body_text(document)
    removed = {r.text for r in report.removed}
    assert {"xxii | Prologue", "Storms of the coast | 5"} <= removed


def test_a_chapter_title_in_capitals_with_a_full_stop_under_its_label() -> None:
    pages = book().split("\f")
    opening = "CHAPTER II.\nON DIFFERENT DEGREES OF SMALLNESS.\n" + "\n".join(prose(5)) + "\n"
    document, _ = read("\f".join([*pages[:3], opening, *pages[3:]]))
    assert "ON DIFFERENT DEGREES OF SMALLNESS." in all_heads(document.body)


def test_a_chapter_title_in_small_capitals_is_read_in_lower_case_under_its_label() -> None:
    """pdftotext writes small capitals in lower case ("the byzantine school."); under a
    chapter's label such a line is its title, title-cased."""
    pages = book().split("\f")
    opening = "CHAPTER II.\nthe pilots of the river.\n" + "\n".join(prose(5)) + "\n"
    document, _ = read("\f".join([*pages[:3], opening, *pages[3:]]))
    assert "The Pilots of the River." in all_heads(document.body)


def test_an_entry_of_a_note_list_that_no_marker_cites_is_kept_in_the_back() -> None:
    pages = book(numbers="bottom").split("\f")
    pages[3] = pages[3].replace("winter,", "winter,1", 1)
    pages[8] = with_foot(
        pages[8], "Notes\n1. Harbour ledger, volume two.\n2. Pilot's log, never cited."
    )
    document, _ = read("\f".join(pages))
    tree = document_to_tei(document, {})
    body = next(tree.iter(tei("body")))
    assert ["".join(n.itertext()) for n in body.iter(tei("note"))] == [
        "Harbour ledger, volume two."
    ]
    back = "".join(next(tree.iter(tei("back"))).itertext())
    assert "Pilot's log, never cited." in back


def test_a_chapter_title_over_two_lines_under_its_label_is_one_heading() -> None:
    pages = book().split("\f")
    lines = prose(5)
    lines[0] = lines[0].capitalize()  # the chapter's first sentence
    opening = "Chapter 9\nThe Ledger of the Ships and the\nHarbours\n" + "\n".join(lines) + "\n"
    document, _ = read("\f".join([*pages[:3], opening, *pages[3:]]))
    heads = all_heads(document.body)
    assert "The Ledger of the Ships and the Harbours" in heads, heads
    assert "Harbours" not in heads


def test_a_back_division_name_at_a_page_top_is_a_heading_whatever_follows() -> None:
    pages = book().split("\f")
    bibliography = "Bibliography\n\n[Qui09] Martha Quill. Tides. Harbour Press, 1909.\n"
    index = "Index\n\n$-notation, 7\nharbour, 3, 9\n"
    document, _ = read("\f".join([*pages, bibliography, index]))
    heads = all_heads(document.body) + all_heads(document.back)
    assert {"Bibliography", "Index"} <= set(heads), heads


def test_a_genre_line_under_the_title_is_no_author_but_an_addressed_name_is() -> None:
    """ "Position Paper" reads like a name, but the paper writes "position" and "paper" in
    lower case; "Jo Writer" is the author even though "jo@writer.org" writes both words so."""
    text = (
        "A Theory of Harbours:\nan Engineer's View\nPosition Paper\nJo Writer\n"
        "jo@writer.org\n\nThe position of each paper mill on the harbour is shown.\n\f\f\f"
    )
    assert title_page(text) == ("A Theory of Harbours: an Engineer's View", "Jo Writer")


def test_a_note_at_the_foot_of_a_column_inside_the_page_ends_at_the_blank_line() -> None:
    """Two columns extracted one after the other: the first column's note ("1" alone, its
    body below) stands in the middle of the page; the second column's text after it is text,
    and the note's first line, a sentence, is no numbered section title."""
    pages = book().split("\f")
    lines = pages[3].split("\n")
    marked = next(i for i, line in enumerate(lines) if "ledger" in line)
    lines[marked] = lines[marked].replace("ledger", "ledger1", 1)
    body = "The ledger was kept by the harbour master and was later sold at auction."
    lines[marked + 4 : marked + 4] = ["", "1", "", body, ""]
    document, _ = read("\f".join([*pages[:3], "\n".join(lines), *pages[4:]]))
    text = next(document_to_tei(document, {}).iter(tei("body")))
    notes = ["".join(n.itertext()) for n in text.iter(tei("note"))]
    assert notes == [body], notes
    assert not [h for h in all_heads(document.body) if h.startswith("1 ")]
    after = lines[marked + 9]
    assert after.split()[-1] in body_text(document), after


def test_a_label_that_ends_a_sentence_of_the_line_above_is_text() -> None:
    pages = book().split("\f")
    lines = pages[5].rstrip("\n").split("\n")
    lines[-3:-3] = ["The ledgers are described in greater detail in", "Chapter 8."]
    document, _ = read("\f".join([*pages[:5], "\n".join(lines) + "\n", *pages[6:]]))
    assert "Chapter 8." not in all_heads(document.body)
    assert "in greater detail in Chapter 8." in body_text(document)


def test_section_numbers_after_a_lost_first_number_and_a_lost_section() -> None:
    """The introduction lost its "1" among the page furniture, so the outline opens at "2";
    "2.2" was lost in the layout, so "2.3" follows "2.1"; a title in sentence case of many
    words stands under a dotted number (no footnote is numbered "2.3")."""
    pages = ["Tides and Harbours\n\nMartha Quill\n"]
    numbering = [("", "Introduction"), ("2", "Winter Ice"), ("2.1", "Storms of the Northern Coast")]
    numbering += [("2.3", "Ledgers: strengths and limits of the harbour master's books")]
    for page, (number, title) in enumerate(numbering, start=1):
        lines = [*([number, ""] if number else []), title, "", *prose(page, lines=20)]
        pages.append("\n".join([*lines, "", str(page + 10)]) + "\n")
    document, _ = read("\f".join(pages) + "\f")
    found = [(div.n, inline_text(div.head)) for div in all_divs(document.body)]
    assert ("2", "2 Winter Ice") in found, found
    assert ("2.1", "2.1 Storms of the Northern Coast") in found, found
    assert ("2.3", "2.3 Ledgers: strengths and limits of the harbour master's books") in found


def all_divs(blocks) -> list[Div]:
    found = []
    for block in blocks:
        if isinstance(block, Div):
            found += [block, *all_divs(block.children)]
    return found


def test_the_institution_above_a_report_s_title_is_no_title() -> None:
    """A student report's title page opens with its school in capitals: the title is the block
    after it, the author the name after "by"."""
    page = (
        "HARBOUR UNIVERSITY OF APPLIED SCIENCES\nDEPARTMENT OF TIDES AND CURRENTS\n\n"
        "Measuring the silt of the old harbour:\nA case study of Quill Bay\n\nby\nMara Quill\n"
        "12.12.2024\n\f\f"
    )
    assert title_page(page) == (
        "Measuring the silt of the old harbour: A case study of Quill Bay",
        "Mara Quill",
    )


def test_a_repository_cover_sheet_and_a_title_in_capitals_over_several_lines() -> None:
    """A repository's cover sheet names the journal first ("Harbour Law Review" over "Volume
    12"): the article's title is the next block. A title in capitals runs over lines that
    hold "OF" or "THE" (no name has them), up to the author, whose note mark is dropped."""
    cover = (
        "Harbour Law Review\nVolume 12\n\nIssue 3\n\n2024\n\nThe Law of Tides\nAnn Quill Weir\n"
        "University of the Coast\n\nFollow this and additional works at: https://example.org\n\f"
    )
    assert title_page(cover + "Text of the article.\n\f\f") == (
        "The Law of Tides",
        "Ann Quill Weir",
    )
    capitals = (
        "VOLUME 12\n\nMAY 2024\n\nARTICLE\nTHE LAW OF TIDES:\nPILOTS OF THE RIVER PORTS\n"
        "IN THE EARLY YEARS\nAnn Quill Weir∗\n\nThe law of tides begins with the pilots.\n\f\f"
    )
    title, author = title_page(capitals)
    assert title.endswith("THE LAW OF TIDES: PILOTS OF THE RIVER PORTS IN THE EARLY YEARS")
    assert author == "Ann Quill Weir"


RULE = "–" * 40 + "�"  # the rule above a page's footnotes, as pdftotext writes it


def law_review() -> str:
    """Six pages of a law review: running heads with page numbers, a rule above each page's
    footnotes, citations that run onto a line starting with a number ("532 U.S. 223"), an
    elision (". . .") inside a note, markers after closing quotation marks and brackets, a
    page whose notes fill most of it, and a short "Id." note ending every page."""
    pages = [
        (
            [
                "The pilots of the river ports kept their own ledger of the tides.1 Every",
                "master who brought a ship past the bar signed it, and the court later said",
                "that the pilots held “a broad discretion over ‘the channel.’”2 The board",
                "agreed that the charter secured “their interest[]”3 in the river trade.",
            ],
            [
                "1 See Harbour Bd. v. Quill, 41 U.S. 9, 12 (1840); Dock Co. v. Weir,",
                "532 U.S. 223, 228 (2001) (describing the pilots’ ledger).",
                "2 See Weir, 532 U.S. at 229 (“[T]he pilots . . . keep the channel open.”).",
                "3 Id.",
            ],
        ),
        (
            [
                "The ledger was not the only record. Masters wrote letters to the board,",
                "and the board answered them in its minutes, which speak of the “duty of",
                "rehabilitati[on].”4 Later minutes are shorter, and the clerk wrote that",
                "the ledger had been “closed in 1831.”5 A new one was opened that spring.6",
            ],
            [
                "4 Minutes of the Harbour Board 12 (1829) (on file with the board’s archive).",
                "5 Letter from the Clerk to the Board (Mar. 3, 1831) (on file with the archive).",
                "6 Id.",
            ],
        ),
        (
            [
                "The second ledger survives in part.7 Its first pages list the pilots by",
                "their licences, and its last pages list the ships lost on the bar.8 No",
                "court has read the lost pages.9 The pilots’ letters tell of them, and one",
            ],
            [
                "7 See Quill, 41 U.S. at 14 (“The ledger . . . is the pilots’ own record, kept",
                "by them and for them, and the court will not look behind it without cause.”);",
                "Weir, 532 U.S. at 230; see also Tide Co. v. Marsh, 12 F. Cas. 1, 2 (D. Mass.",
                "1850) (No. 6,001) (same); Bar Pilots’ Ass’n v. Board, 88 F.2d 404, 406 (1st",
                "Cir. 1937) (describing the second ledger); Marsh v. Quill, 15 F. Cas. 9, 11",
                "(C.C.D. Mass. 1852) (No. 8,120) (reading the ledger as the pilots’ record);",
                "Harbour Bd. v. Tide Co., 60 U.S. 101, 104 (1856) (holding the same of the",
                "first ledger and of its missing pages, which no party could produce).",
                "8 See Board Minutes, supra note 4, at 30–31 (listing the ships by name).",
                "9 Id.",
            ],
        ),
        (
            [
                "of the letters names every ship the pilots brought in that winter.10 The",
                "board kept it with the ledger.11",
            ],
            [
                "10 Letter from the Pilots to the Board (Dec. 1, 1850) (on file with the",
                "archive) (listing ships by name, tonnage and master, with the dates on which",
                "each crossed the bar, and the fees the pilots took for each crossing).",
                "11 Id.",
            ],
        ),
        (
            [
                "A third ledger was begun when the new pier opened,12 and the pilots kept it",
                "until the board took over the harbour and its records in the next century.13",
            ],
            ["12 Board Minutes, supra note 4, at 41.", "13 Id."],
        ),
        (
            [
                "What the ledgers show, read together, is a law the pilots made for",
                "themselves and that the courts, for a long time, left alone.14",
            ],
            ["14 Id."],
        ),
    ]
    out = []
    for index, (body, notes) in enumerate(pages):
        number = 1720 + index
        head = (
            [str(number), "", "HARBOUR LAW REVIEW", "", "[Vol. 12:1715"]
            if number % 2 == 0
            else ["2025]", "", "THE LAW OF TIDES", "", str(number)]
        )
        out.append("\n".join([*head, "", *body, RULE, *notes, ""]))
    return "\f".join(out) + "\f"


def test_a_law_review_s_footnotes_under_a_rule_with_citations_and_short_id_notes() -> None:
    """Every marker takes its note: a line of a note that starts with a volume number
    continues the note, an elision inside a quotation is no dot leader, a note may fill most
    of its page when a rule stands above it, a short "Id." note that ends every page is a note
    (its number is a marker above), not a running foot; the rule is furniture, and so are the
    three-line running heads with the page number first or third."""
    text = law_review()
    document, report = read(text)
    tree = document_to_tei(document, {})
    text_part = next(tree.iter(tei("text")))
    notes = {
        n.get("n"): " ".join("".join(n.itertext()).split()) for n in text_part.iter(tei("note"))
    }
    assert list(notes) == [str(n) for n in range(1, 15)]
    assert notes["1"].endswith("532 U.S. 223, 228 (2001) (describing the pilots’ ledger).")
    assert notes["2"].startswith("See Weir, 532 U.S. at 229 (“[T]he pilots . . . keep")
    assert notes["3"] == notes["6"] == notes["9"] == "Id."
    assert notes["7"].endswith("of its missing pages, which no party could produce).")
    etree.strip_elements(text_part, tei("note"), tei("fw"), with_tail=False)  # heads are in fw
    body = " ".join("".join(p.itertext()) for p in text_part.iter(tei("p"), tei("head")))
    assert "–––" not in body and "Id." not in body
    for furniture in ("HARBOUR LAW REVIEW", "[Vol. 12", "THE LAW OF TIDES", "2025]", "1723"):
        assert furniture not in body
    assert [pb.get("n") for pb in tree.iter(tei("pb"))][-3:] == ["1723", "1724", "1725"]
    assert "“their interest[]” in the river trade." in body
    assert "“closed in 1831.” A new one" in body
    assert ("footnote-rule", RULE) in {(r.category, r.text) for r in report.removed}


def test_a_part_number_in_roman_numerals_above_its_title_numbers_the_heading() -> None:
    """A law review sets its parts as "II." on a line of its own and the title in capitals on
    the next: one heading, "II. THE SECOND CROSSING", as printed."""
    pages = book().split("\f")
    first = "\n".join(prose(3, 10)) + "\nI.\nTHE FIRST CROSSING\n" + "\n".join(prose(4, 12)) + "\n"
    second = "\n".join(prose(5, 10)) + "\nII.\nTHE SECOND CROSSING\n" + "\n".join(prose(6)) + "\n"
    document, _ = read("\f".join([*pages[:2], first, second, *pages[2:]]))
    heads = all_heads([*document.front, *document.body, *document.back])
    assert "I. THE FIRST CROSSING" in heads and "II. THE SECOND CROSSING" in heads
    assert "II." not in body_text(document).split("\n")


def test_a_repository_cover_sheet_leaves_the_text() -> None:
    """A repository's cover sheet ("Follow this and additional works at", "Recommended
    Citation", "brought to you for free and open access") gives the title, not text."""
    cover = (
        "Harbour Law Review\nVolume 12\n\nThe Law of Tides\nAnn Quill Weir\n\n"
        "Follow this and additional works at: https://example.org/hlr\n\nRecommended Citation\n"
        "Ann Quill Weir, The Law of Tides, 12 HARB. L. REV. 1 (2024).\n"
        "This Article is brought to you for free and open access by the Harbour Law Review.\n"
    )
    document, report = read(cover + "\f" + book())
    text = body_text(document)
    assert "Follow this" not in text and "Recommended Citation" not in text
    assert "free and open access" not in text and "The harbour master kept" in text
    assert sum(r.category == "cover-sheet" for r in report.removed) == 8  # every line


def test_roman_parts_and_lettered_sections_in_small_capitals_on_one_line() -> None:
    """A law review prints "I. The First Crossing" on one line between two sentences, and
    its sections as letters with titles in small capitals, which the extraction writes in
    lower case ("a. the ledgers"): headings in sequence; "c." out of sequence stays text."""
    pages = book().split("\f")
    part = "\n".join(prose(0, 8))  # starts a sentence, ends one
    first = f"{part}\nI. The First Crossing\n{part}\na. the ledgers\n{part}\nb. the piers\n{part}\n"
    second = f"{part}\nII. The Second Crossing\n{part}\nc. the tolls\n{part}\n"
    document, _ = read("\f".join([*pages[:2], first, second, *pages[2:]]))
    heads = all_heads([*document.front, *document.body, *document.back])
    for head in (
        "I. The First Crossing",
        "A. The Ledgers",
        "B. The Piers",
        "II. The Second Crossing",
    ):
        assert head in heads, heads
    assert not any("Tolls" in head for head in heads)


def test_a_part_above_its_first_section_and_titles_running_on_in_lower_case() -> None:
    """A paper prints "I. THE CROSSINGS" right above "§ 1. …", and a section's title over
    two lines whose second starts in lower case ("of the Harbour Pilots"); the parts do
    not break the sections' count ("§ 3" under "II." follows "§ 2")."""
    part = "\n".join(prose(0, 8))  # starts a sentence, ends one
    first = (
        f"{part}\nI. THE CROSSINGS\n§ 1. The Ledgers of the Port\n{part}\n"
        f"§ 2. The Tolls of the Bay. Accounts\nof the Harbour Pilots and Boats\n{part}\n"
    )
    second = f"{part}\nII. THE STORMS\n§ 3. The Winter Gales\n{part}\n"
    paper = ["On the Harbours\n\nMartha Quill\n", first, second, f"{part}\n"]
    document, _ = read("\f".join(paper) + "\f")
    heads = all_heads([*document.front, *document.body, *document.back])
    for head in (
        "I. THE CROSSINGS",
        "§ 1. The Ledgers of the Port",
        "§ 2. The Tolls of the Bay. Accounts of the Harbour Pilots and Boats",
        "II. THE STORMS",
        "§ 3. The Winter Gales",
    ):
        assert head in heads, heads


def test_a_numbered_section_after_a_paragraph_ending_in_an_ellipsis() -> None:
    part = "\n".join(prose(0, 8))
    first = f"{part}\nand so the ledgers ran on…\n1. INTRODUCTION\n{part}\n2. THE PIERS\n{part}\n"
    paper = ["On the Harbours\n\nMartha Quill\n", first, f"{part}\n"]
    document, _ = read("\f".join(paper) + "\f")
    heads = all_heads([*document.front, *document.body, *document.back])
    assert "1. INTRODUCTION" in heads and "2. THE PIERS" in heads, heads


def test_bare_part_labels_of_a_court_opinion_are_headings_in_order() -> None:
    """A court opinion labels its parts "I", "II" and their sections "A", "B" alone on a
    line, no title after them; counted afresh under each numeral. A label out of order ("D"
    after "A") stays text."""
    pages = book().split("\f")
    part = "\n".join(prose(0, 8))  # starts a sentence, ends one
    first = f"{part}\nI\nA\n{part}\nB\n{part}\n"
    second = f"{part}\nII\nA\n{part}\nD\n{part}\n"
    document, _ = read("\f".join([*pages[:2], first, second, *pages[2:]]))
    heads = all_heads([*document.front, *document.body, *document.back])
    labels = [head for head in heads if len(head) <= 2]
    assert labels == ["I", "A", "B", "II", "A"], heads  # "D" is no heading


def test_an_author_above_the_title_in_capitals() -> None:
    """A law review prints the author's name above the title, both in capitals; a name above
    a subtitle with its author below is the title ("ADA QUILL" / "A LIFE" / "by Ann Weir")."""
    page = "ANN QUILL WEIR\n\nTHE LAW OF TIDES AND THE\n“PILOTS”\n\nOn June 28 the court held.\n"
    assert title_page(page + "\f\f") == ("THE LAW OF TIDES AND THE “PILOTS”", "Ann Quill Weir")
    biography = "ADA QUILL\n\nA LIFE ON THE RIVER\n\nby Ann Weir\n\nThe river rose.\n"
    assert title_page(biography + "\f\f")[1] == "Ann Weir"


def test_a_licence_notice_before_the_half_title_and_the_authors_other_books() -> None:
    """A proof's first page is a licence notice and a link ("click here"); the half title
    "HARBOUR MASTER" (words the book writes in lower case: no name) stands among the
    line-count guides ("S32") above the proof's stamp; the author is named on the next page
    over his other books ("ALSO BY")."""
    notice = (
        "This edition of Tides of Trade is licensed\nunder a licence that permits non-commercial"
        " use of this work,\nso long as attribution is given to the author.\n\n"
        "-Buy a copy of this book:\nclick here\n"
    )
    guides = "\n".join([*map(str, range(1, 32)), "S32", "R33"])
    half_title = f"HARBOUR MASTER\n\n{guides}\n\n4TH PASS PAGES\n"
    others = "ALSO BY MARTIN QUELL\n\nThe Harbour Ledgers\n\n" + guides + "\n"
    text = "\f".join([notice, half_title, others, "\n".join(prose(1)) + "\n"]) + "\f"
    assert title_page(text) == ("HARBOUR MASTER", "Martin Quell")


def word_review() -> str:
    """Three pages of a law review exported by a word processor: notes numbered "1." set
    apart from the text by a blank line, a note that runs onto the next page's foot, markers
    set apart by a space ("visa, 5", "Weir 6—") beside glued ones, and one after an elision
    (". . . .’”8")."""
    pages = [
        (
            "The pilots of the river ports kept a ledger of the tides.1 Every master who\n"
            "brought a ship past the bar signed it, and the court later read it closely.2 The\n"
            "board kept a copy of its own in the town hall beside the harbour charts.3\n",
            "1. See Harbour Bd. v. Quill, 41 U.S. 9, 12 (1840).\n"
            "2. See Dock Co. v. Weir, 60 U.S. 101, 104 (1856).\n",
        ),
        (
            "3. Minutes of the Harbour Board 12 (1829) (on file with the board’s archive).\n\n"
            "The ledger was not the only record.4 Masters wrote letters to the board about\n"
            "their visa, 5 and the board answered them in its minutes, as Tide Co. v.\n"
            "Weir 6—decided later—would show. The clerk kept them all in a chest.7\n",
            "4. Letter from the Clerk to the Board (Mar. 3, 1831) (on file with the archive).\n"
            "5. Id.\n"
            "6. Tide Co. v. Weir, 12 F. Cas. 1, 2 (D. Mass. 1850) (No. 6,001) (holding that\n"
            "the pilots kept the ledger for themselves and for the masters who paid them, and\n"
            "that the board could not read it without cause shown to the court first).\n"
            "7. Inventory of the Harbour Board’s chests, item 4 (1831).\n",
        ),
        (
            "The court said the ledger was “the pilots’ own record . . . .’”8 The board\n"
            "did not appeal, and the ledger stayed with the pilots until the new pier opened.\n",
            "8. Id. at 3.\n",
        ),
    ]
    out = [
        f"{1720 + k}\n\nHARBOUR LAW REVIEW\n\n{text}\n{notes}"
        for k, (text, notes) in enumerate(pages)
    ]
    return "\f".join(out) + "\f"


def test_a_word_processor_s_footnotes_run_over_pages_and_set_markers_apart() -> None:
    document, _ = read(word_review())
    tree = document_to_tei(document, {})
    text_part = next(tree.iter(tei("text")))
    notes = {
        n.get("n"): " ".join("".join(n.itertext()).split()) for n in text_part.iter(tei("note"))
    }
    assert list(notes) == [str(n) for n in range(1, 9)]
    assert notes["3"].startswith("Minutes of the Harbour Board")  # on the next page's foot
    assert notes["5"] == "Id." and notes["8"] == "Id. at 3."
    assert notes["6"].endswith("without cause shown to the court first).")
    etree.strip_elements(text_part, tei("note"), tei("fw"), with_tail=False)
    body = " ".join("".join(p.itertext()) for p in text_part.iter(tei("p")))
    assert "their visa, and the board" in body.replace(",  ", ", ")
    assert "Minutes of the Harbour Board" not in body


def stray_label_review() -> str:
    """Four pages of a word processor's law review whose extraction moved the second note's
    label of each page to the page's last line ("5" / its body / the body of 6 / "7" / … /
    "6"), under a foot longer than the text above it."""
    out = []
    for k in range(4):
        first = 4 * k + 1
        text = (
            f"The pilots of the river ports kept a ledger of the tides.{first} Every master\n"
            f"who brought a ship past the bar signed it, as the court later read.{first + 1}\n"
            f"The board kept a copy of its own beside the harbour charts.{first + 2} The clerk\n"
            f"wrote to the masters every winter.{first + 3}\n"
        )
        notes = [
            f"{first}",
            "",
            f"See Harbour Bd. v. Quill, {40 + k} U.S. 9, 12 (1840).",
            f"Minutes of the Harbour Board {first} (1829) (on file with the board’s archive, in",
            "the chest that the clerk kept under the stairs of the old customs house, with the",
            "ledgers of the pilots and the letters of the masters who wrote to the board).",
            f"{first + 2}",
            "Letter from the Clerk to the Board (Mar. 3, 1831) (on file with the archive, in",
            "the same chest, with a copy of the answer that the board sent to the pilots).",
            f"{first + 3}",
            "Id. at 4 (listing the masters who signed the ledger in the winter of that year).",
            f"{first + 1}",
        ]
        out.append(f"{1720 + k}\n\nHARBOUR LAW REVIEW\n\n{text}" + "\n".join(notes) + "\n")
    return "\f".join(out) + "\f"


def test_a_note_label_moved_to_the_page_s_end_numbers_the_second_body_of_the_note_above() -> None:
    document, report = read(stray_label_review())
    tree = document_to_tei(document, {})
    text_part = next(tree.iter(tei("text")))
    notes = {
        n.get("n"): " ".join("".join(n.itertext()).split()) for n in text_part.iter(tei("note"))
    }
    assert list(notes) == [str(n) for n in range(1, 17)]
    assert notes["5"] == "See Harbour Bd. v. Quill, 41 U.S. 9, 12 (1840)."
    assert notes["6"].startswith("Minutes of the Harbour Board 5 (1829)")
    assert notes["7"].startswith("Letter from the Clerk") and notes["8"].startswith("Id. at 4")
    etree.strip_elements(text_part, tei("note"), tei("fw"), with_tail=False)
    body = " ".join("".join(p.itertext()) for p in text_part.iter(tei("p")))
    assert "Minutes" not in body and "Letter from" not in body
    assert not [r for r in report.removed if r.category == "running-head" and r.text.isdigit()]


def test_a_marker_after_a_bracket_and_punctuation_counts_for_labels_alone() -> None:
    """Under labels alone on their lines the markers are read strictly (no "1:5"), but
    "(the banking sector),80" and a citation's "(2021).152" are markers."""
    from edition.readers.pdf_text_numbered import WORD_MARKER

    text = "liquidity (the banking sector),80 and in 2021).152 but not 1:5 or 2x3"
    assert [m.group(1) for m in WORD_MARKER.finditer(text)] == ["80", "152"]


def test_a_copyright_line_above_every_running_head_is_furniture_and_the_head_below_it_too() -> None:
    """Each page opens with the same copyright line, then the running head's three lines
    ("2025]" / title / page number, or page number / journal / "[Vol. 12:101"): all of it is
    furniture, and no paragraph starts with a page number."""
    out = []
    for k in range(6):
        number = 101 + k
        head = (
            ["2025]", "The Tidal Power", str(number)]
            if number % 2
            else [str(number), "Harbour Law Review", "[Vol. 12:101"]
        )
        text = prose(k, lines=12)
        lines = ["COPYRIGHT © 2025 HARBOUR LAW REVIEW ASSOCIATION", "", *head, "", *text]
        out.append("\n".join(lines) + "\n")
    document, _ = read("\f".join(out) + "\f")
    body = body_text(document)
    assert "2025]" not in body and "[Vol. 12:101" not in body and "COPYRIGHT" not in body
    assert not re.search(r"(?m)^1\d\d ", body)
    assert "The Tidal Power" not in heads(document)


def test_a_chapter_number_under_a_constant_head_is_no_page_number() -> None:
    """Pages print their numbers at the foot under a two-line head; a chapter's number at a
    page's top ("2" above its title, where the page's own number is 2 too) stays the chapter's."""
    out = []
    for k in range(6):
        lines = ["ADLS", "", "Krymowski", ""]
        if k == 1:
            lines += ["2", "", "Storms of the Coast", ""]
        lines += [*prose(k, lines=12), "", str(k + 1)]
        out.append("\n".join(lines) + "\n")
    _, report = read("\f".join(out) + "\f")
    numbers = [(r.line, r.text) for r in report.removed if r.category == "page-number"]
    assert (23, "2") not in numbers  # the chapter's number, under the head of page 2
    assert [text for _, text in numbers] == [str(k + 1) for k in range(6)]


def test_authors_listed_over_two_lines_and_a_note_and_running_head_above_the_title() -> None:
    """A list of authors that runs on to the next line (its first line ends in a comma, a name
    written with a combining accent) is the authors, not part of the title; a page's running
    head ("Tides P. 1", on every page), a "Running Head:" label and a publication note in
    sentences above the title are none of the title."""
    andre = "Andre\u0301 Quill"  # "André" as e + combining acute accent
    page = f"Tidal Ledgers of the North\nAnn Weir, {andre}, Tom Kell,\nMara Quell, Ole Sand\n\f"
    assert title_page(page) == (
        "Tidal Ledgers of the North",
        "Ann Weir, André Quill, Tom Kell, Mara Quell, Ole Sand",
    )
    first = (
        "Tides P. 1\n\nTo appear in A. Weir (Ed.), Harbours of the North. Skerrow: Harbour "
        "Press.\nDo not quote without permission of the authors.\n\nRunning Head: Tides\n\n"
        "Tides and Ledgers of the Northern Coast\nAnn Weir\nHarbour Institute\n"
    )
    pages = [first] + [f"Tides P. {k}\n\n" + "\n".join(prose(k, lines=8)) for k in (2, 3, 4)]
    assert title_page("\f".join(pages) + "\f") == (
        "Tides and Ledgers of the Northern Coast",
        "Ann Weir",
    )


def test_sections_numbered_with_a_section_sign_under_a_part_title() -> None:
    """ "§ 1. Definition of Simultaneity" right under the part's title in capitals, "§ 2. …"
    after a sentence that ends in a closing quotation mark, and "§ 3. … and" whose title goes
    on over the next line are section headings."""
    pages = [
        "\n".join(
            [
                "I. KINEMATICAL PART",
                "§ 1. Definition of the Harbour Ledgers",
                "Let us take a harbour in which the ledgers of the pilots hold good.",
                *prose(1, lines=10),
                "We call it “the ledger of the stationary harbour.”",
                "§ 2. On the Relativity of Tides and Times",
                "The following reflexions are based on the ledgers of the winter.",
                *prose(2, lines=10),
            ]
        ),
        "\n".join(
            [
                *prose(3, lines=8),
                "The pilots signed the ledger every evening of the winter.",
                "§ 3. Theory of the Transformation of Ledgers and",
                "Charts from One Harbour to Another",
                "Let there be given two harbours with their own ledgers and charts.",
                *prose(4, lines=10),
            ]
        ),
        "\n".join(prose(5, lines=12)),
    ]
    text = "\f".join(f"{page}\n\n{k + 1}\n" for k, page in enumerate(pages)) + "\f"
    document, _ = read(text)
    found = all_heads([*document.front, *document.body])
    assert "§ 1. Definition of the Harbour Ledgers" in found
    assert "§ 2. On the Relativity of Tides and Times" in found
    assert (
        "§ 3. Theory of the Transformation of Ledgers and Charts from One Harbour to Another"
        in found
    )


def test_a_chapter_label_above_its_first_paragraph_keeps_the_paragraph_as_text() -> None:
    """ "CHAPTER I." with no title: the line under it runs on in lower case, so it opens
    the chapter's first paragraph and is no title."""
    towns = ["Aldport", "Brinemouth", "Colderby", "Dunharrow", "Eastwick"]
    pages = [
        "\n".join(
            [
                "THE HARBOUR TOWNS",
                "",
                str(number),
                "",
                f"The tolls of {town} were set by its wardens every spring, and the",
                f"fishermen of {town} paid them at the stairs below the old hall,",
                "grumbling as they always did, for the rates rose every other year.",
            ]
        )
        for number, town in enumerate(towns, start=1)
    ]
    pages[1] = (
        "CHAPTER I.\n\nThe wealth and importance of the harbour towns are due to\n"
        "a variety of causes, of which their position on the great bay must be\n"
        "esteemed not the least, and the fisheries the next after it in weight."
    )
    document, _ = read("\f".join(pages) + "\f")
    heads = [inline_text(div.head) for div in document.body if div.head]
    assert "CHAPTER I." in heads, heads
    assert not any(head.startswith("The wealth") for head in heads)
    assert "The wealth and importance of the harbour towns" in body_text(document)


def test_a_watermark_of_several_lines_and_a_running_chapter_label_are_furniture() -> None:
    """A draft prints three unchanged lines atop every page (title, copyright, revision); under
    them versos print the page number, "CHAPTER 1." and the chapter's title, rectos the
    section and the number. All of it is furniture: no "CHAPTER 1." heading, no watermark
    in the text; the chapter's own opening page keeps its title as the heading."""
    stamp = ["Tides and Harbours", "© 2016 Ann Weir", "revision 3b600c, date 29 Sep 2015", ""]
    pages = ["\n".join([*stamp, "1", "Winter Ice", *prose(0, lines=20)]) + "\n"]
    for n in range(2, 12):
        if n % 2 == 0:
            head = [str(n), "", "CHAPTER 1.", "", "WINTER ICE", ""]
        else:
            head = ["SECTION 1.1. THE FROZEN BAR", "", str(n), ""]
        pages.append("\n".join([*stamp, *head, *prose(n, lines=20)]) + "\n")
    document, _ = read("\f".join(pages) + "\f")
    text = body_text(document)
    assert "revision 3b600c" not in text and "© 2016" not in text
    assert "CHAPTER 1." not in text and "WINTER ICE" not in text
    heads = [inline_text(div.head) for div in document.body if isinstance(div, Div) and div.head]
    assert "CHAPTER 1." not in heads


def test_a_section_number_atop_a_page_under_a_stamp_stays_the_section_s() -> None:
    """A stamp opens every page ("HS24") and the page number stands at the foot: a section
    number right under the stamp, over its title ("3" / "Methodology"), is the section's, not a
    running head, though other pages print numbers at their edges."""
    pages = []
    sections = {4: ("2", "Framework"), 7: ("3", "Methodology"), 10: ("4", "Results")}
    for n in range(1, 13):
        top = ["HS24", ""]
        if n in sections:
            number, title = sections[n]
            top += [number, "", title, ""]
        pages.append("\n".join([*top, *prose(n, lines=20), "", str(n)]) + "\n")
    document, _ = read("\f".join(pages) + "\f")
    heads = [inline_text(div.head) for div in document.body if isinstance(div, Div) and div.head]
    assert heads[-3:] == ["2 Framework", "3 Methodology", "4 Results"]


def test_an_institution_in_another_language_or_in_split_small_capitals_is_no_title() -> None:
    """ "FACULDADE DE E NGENHARIA DA U NIVERSIDADE DE B RILL": who issues a thesis, printed
    in small capitals that text extraction splits after their first letter."""
    page = (
        "FACULDADE DE E NGENHARIA DA U NIVERSIDADE DE B RILL\n\nTIDES OF THE NORTHERN\nSHORE\n"
        "Ana Quill Weir\n\nMestrado em Engenharia\n\f\f\f"
    )
    assert title_page(page) == ("TIDES OF THE NORTHERN SHORE", "Ana Quill Weir")


def test_a_title_in_capitals_over_several_lines_at_a_page_top_is_one_heading() -> None:
    """An anthology's paper opens a page with its title in capitals over three lines; the
    note list that closes the paper before it ends with a year alone on a line ("1997."),
    which is the last note's end, not a note numbered 1997 that swallows the title."""
    pages = book(numbers="bottom").split("\f")
    pages[3] = pages[3].replace("winter,", "winter,1", 1).replace("bay", "bay,2", 1)
    notes = "Notes\n1. Harbour ledger, volume two.\n2. See the pilots' almanac, Harbour Press,"
    pages[4] = with_foot(pages[4], notes + "\n1997.")
    lines = prose(5)
    opening = "THE ROLE OF THE PILOTS\nIN THE NORTHERN HARBOURS:\nTHEIR WINTER BOOKS\n"
    document, _ = read("\f".join([*pages[:5], opening + "\n".join(lines) + "\n", *pages[5:]]))
    heads = all_heads(document.body)
    title = "THE ROLE OF THE PILOTS IN THE NORTHERN HARBOURS: THEIR WINTER BOOKS"
    assert title in heads, heads
    tree = document_to_tei(document, {})
    notes_read = ["".join(n.itertext()) for n in tree.iter(tei("note"))]
    assert "See the pilots' almanac, Harbour Press, 1997." in notes_read, notes_read


def test_a_society_grade_after_the_authors_names_is_no_part_of_the_title() -> None:
    page = (
        "758\n\nHARBOUR TRANSACTIONS ON TIDES, VOL. 7, NO. 5, OCTOBER 1911\n\n"
        "Storage of Tide Tables\nAnn Weir and Jo Quill, Senior Member, IEEE\n\n"
        "Abstract—In this paper, we consider the tables of the tides.\n\f\f\f"
    )
    assert title_page(page) == ("Storage of Tide Tables", "Ann Weir, Jo Quill")


def test_an_engineering_paper_s_lettered_sections_parts_in_capitals_and_references() -> None:
    """ "A. Storage of …" under "I." is a heading (the letters run A, B under each numeral);
    "II. THE HARBOURS" is one above a figure's "(a)"; "REFERENCES" above "[1] …" is one too."""
    from edition.readers.pdf_text_pages import scan

    body = prose(0, lines=12)  # it starts a sentence and ends one
    lines = ["I. INTRODUCTION", *body, "A. Storage of the Tide Tables", *body]
    lines += ["B. Ledgers of the Harbour Master", *body, "II. THE HARBOURS", "(a)", *body]
    lines += ["REFERENCES", "[1] A. Weir, Tides and Harbours. Harbour Press, 1911."]
    pages = ["\n".join(lines[k : k + 40]) + "\n" for k in range(0, len(lines), 40)]
    found, _ = scan("\f".join(pages) + "\f", Report("paper.txt"))
    assert [line.text for line in found if line.kind == "heading"] == [
        "I. INTRODUCTION",
        "A. Storage of the Tide Tables",
        "B. Ledgers of the Harbour Master",
        "II. THE HARBOURS",
        "REFERENCES",
    ]


def test_a_report_series_and_its_number_above_the_title_are_no_title() -> None:
    page = (
        "HARBOUR Special Publication 800\nHARBOUR SP 800-223\n\nTide Tables of the North Coast\n"
        "Methods and Errors\nAnn Weir\nJo Quill\n\nThis publication is free of charge.\n\f\f\f"
    )
    assert title_page(page) == ("Tide Tables of the North Coast Methods and Errors", "Ann Weir")
    # a title with a number of its own is still a title
    assert title_page("HARBOUR TOP 10\n\nTHE TEN WORST WINTERS\n\nAnn Weir\n\f")[0] == (
        "HARBOUR TOP 10"
    )


def test_a_part_numbered_in_two_words_keeps_its_whole_number() -> None:
    pages = ["Tides and Harbours\n\nMartha Quill\n"]
    for page, lines in enumerate([["PART TWENTY ONE", "THE COAST"], ["1", "", "Winter Ice"]], 1):
        pages.append("\n".join([*lines, "", *prose(page, lines=20), "", str(page + 10)]) + "\n")
    document, _ = read("\f".join(pages) + "\f")
    parts = [div for div in document.body if isinstance(div, Div) and div.type == "part"]
    assert [(div.n, inline_text(div.head)) for div in parts] == [("TWENTY ONE", "THE COAST")]


def test_a_letter_spaced_title_page_is_read_back_as_words_the_book_writes() -> None:
    """pdftotext writes a letter-spaced title page letter by letter, the gaps between words
    lost: the letters are split into words the book writes elsewhere. The author's name above
    the title is the author, her imprint below it ("ADA QUILL PRESS") no second author."""
    page = (
        "A D A Q U I L L\n\nT H E F E R RY M E N O F\nTHE LOWER RIVER\n\n"
        "A D A Q U I L L P R E S S\n\nCopyright © 2015 Ada Quill\npublished by ada quill press\n"
    )
    text = page + "\f" + "The ferrymen of the lower river kept their logs in the archive.\n" * 3
    assert title_page(text) == ("THE FERRYMEN OF THE LOWER RIVER", "Ada Quill")
    from edition.readers.letter_spacing import despaced

    assert despaced("M r. Q U I L L.", {"mr", "quill"}) == "Mr. QUILL."  # stops kept in place
    assert despaced("Q U I L X Z", {"quill"}) == "Q U I L X Z"  # no split covers it: unchanged
    assert despaced("River Quill", {"river"}) == "River Quill"  # not letter-spaced


def test_an_old_title_page_set_a_short_line_at_a_time_over_by_gives_title_and_author() -> None:
    """An old book's title page: short lines over a "by" line are the title (a word in
    capitals that wide kerning broke, "FER RY MEN", joined again), the name under "by" the
    author; the printer's lines below are neither."""
    page = (
        "THE\n\nFER RY MEN\nof the\n\nL O W E R R I V E R.\n\nby\n\nM r s. Q U I L L.\n\n"
        "LONDON:\nPrinted for the Author.\n"
    )
    text = page + "\f" + "The ferrymen of the lower river, said Mrs. Quill, kept logs.\n" * 3
    assert title_page(text) == ("THE FERRYMEN of the LOWER RIVER", "Mrs. Quill")
