"""The fidelity measure: word 4-grams of a source kept in its TEI, and TEI 4-grams invented."""

from __future__ import annotations

import pytest

from edition.fidelity import measure, note_labels, source_words, strip_markers, words
from edition.xmlio import parse_bytes

FIRST = "The ferry left the harbour at dawn with seven passengers aboard"
SECOND = "By noon the wind had turned and the crossing grew slow and cold"


def tei_doc(body: str) -> object:
    xml = (
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt>'
        "<title>Header words never count as text</title></titleStmt></fileDesc></teiHeader>"
        f"<text><body>{body}</body></text></TEI>"
    )
    return parse_bytes(xml.encode())


def test_identical_text_is_fully_kept_and_nothing_is_extra() -> None:
    fidelity = measure(f"{FIRST}.\n\n{SECOND}.\n", tei_doc(f"<p>{FIRST}.</p><p>{SECOND}.</p>"))
    assert (fidelity.source_found, fidelity.tei_extra) == (1.0, 0.0)
    assert fidelity.meets()


def test_a_lost_paragraph_lowers_the_kept_share_by_its_4_grams() -> None:
    fidelity = measure(f"{FIRST}.\n\n{SECOND}.\n", tei_doc(f"<p>{FIRST}.</p>"))
    # 11 words -> 8 grams kept, 13 words -> 10 grams lost (the two blocks share none)
    assert fidelity.source_found == pytest.approx(8 / 18)
    assert fidelity.tei_extra == 0.0 and not fidelity.meets()


def test_invented_text_counts_as_extra() -> None:
    tree = tei_doc(f"<p>{FIRST}.</p><p>A sentence the converter made up out of thin air.</p>")
    fidelity = measure(f"{FIRST}.\n", tree)
    assert fidelity.source_found == 1.0
    assert fidelity.tei_extra == pytest.approx(7 / (8 + 7))


def test_a_paragraph_drawn_across_a_page_turn_is_no_loss() -> None:
    source = f"{FIRST} and\n\n12\n\n{SECOND}.\n"
    tree = tei_doc(f'<p>{FIRST} and <pb n="12"/>{SECOND}.</p>')
    fidelity = measure(source, tree, removed=[(3, "12")])
    assert fidelity.source_found == 1.0 and fidelity.tei_extra == 0.0
    # without its line number the page number still stands between "and" and "by"
    assert measure(source, tree, removed=["12"]).tei_extra > 0.0


def test_a_logged_line_whose_spaces_the_log_squashed_is_still_the_whole_line() -> None:
    """The removed log writes "Archive  (3)" as "Archive (3)": still the whole line, so the
    words on either side read on as they do in the TEI."""
    source = f"{FIRST} and\nArchive  (3)\n{SECOND}.\n"
    tree = tei_doc(f"<p>{FIRST} and {SECOND}.</p>")
    assert measure(source, tree, removed=[(2, "Archive (3)")]).source_found == 1.0


def test_a_removal_that_is_part_of_a_line_leaves_the_line() -> None:
    source = f"{FIRST} ]]\n"
    tree = tei_doc(f"<p>{FIRST}</p>")
    assert measure(source, tree, removed=[(1, "]]")]).source_found == 1.0
    assert measure(source, tei_doc("<p>nothing</p>"), removed=[(1, "]]")]).source_found == 0.0


def test_words_on_either_side_of_a_logged_part_of_a_line_read_on() -> None:
    """A wiki's "[edit]" between a heading and its text, logged as removed: the 4-grams that
    run across it in the source are the TEI's running text, not a loss."""
    source = f"Early years [edit] {FIRST}.\n"
    tree = tei_doc(f"<div><head>Early years</head><p>{FIRST}.</p></div>")
    assert measure(source, tree, removed=[(1, "[edit]")]).source_found == 1.0
    assert measure(source, tree, removed=["[edit]"]).source_found < 1.0


def test_flattened_superscripts_and_foot_numbers_of_resolved_notes_are_no_words() -> None:
    """pdftotext writes "columns1" and "1 The ferry …" for a footnote; the TEI has "columns"
    and a note n="1". A number in a formula ("x2"), kept as written, is still a word."""
    body = "The ferry stopped running in the hard winter of that year"
    source = f"The clerk measured the skinny columns1 of the mill and x2 as well.\n1 {body}.\n"
    tree = tei_doc(
        '<p>The clerk measured the skinny columns<note n="1">'
        f"{body}.</note> of the mill and x2 as well.</p>"
    )
    assert measure(source, tree).source_found == 1.0
    unresolved = tei_doc(
        f"<p>The clerk measured the skinny columns1 of the mill and x2 as well.</p><p>1 {body}.</p>"
    )
    assert measure(source, unresolved).source_found == 1.0
    moved = tei_doc(
        f"<p>The clerk measured the skinny columns of the mill and x2 as well.</p><p>{body}.</p>"
    )
    assert measure(source, moved).source_found < 1.0  # no note: the numbers were lost


def test_running_heads_in_fw_are_not_text() -> None:
    source = f"{FIRST}.\n\n{SECOND}.\n"
    tree = tei_doc(f'<p>{FIRST}.</p><pb n="3"/><fw type="header">{SECOND}</fw>')
    assert measure(source, tree).source_found < 0.5


def test_logged_boilerplate_counts_as_accounted_for() -> None:
    source = f"Share this page on your favourite network now\n\n{FIRST}.\n"
    tree = tei_doc(f"<p>{FIRST}.</p>")
    assert measure(source, tree).source_found < 1.0
    logged = measure(source, tree, removed=["Share this page on your favourite network now"])
    assert logged.source_found == 1.0


def test_resolved_note_markers_are_left_out_of_the_source() -> None:
    source = f"{FIRST}.[1] {SECOND}.[2]\n\n[1] A first note body in the list.\n[2]\n"
    tree = tei_doc(
        f'<p>{FIRST}.<note n="1" place="end">A first note body in the list.</note> {SECOND}.'
        '<note n="2" place="end" type="empty"/></p>'
    )
    fidelity = measure(source, tree)
    assert (fidelity.source_found, fidelity.tei_extra) == (1.0, 0.0)


def test_an_unresolved_marker_is_text_and_its_loss_shows() -> None:
    source = f"{FIRST} (3) {SECOND}.\n"
    dropped = measure(source, tei_doc(f"<p>{FIRST} {SECOND}.</p>"))
    kept = measure(source, tei_doc(f"<p>{FIRST} (3) {SECOND}.</p>"))
    assert dropped.source_found < 1.0 and kept.source_found == 1.0
    assert words(strip_markers("eight,[13] his (4) and [x]", {"13", "4"})) == [
        "eight",
        "his",
        "and",
        "x",
    ]
    # a resolved marker parts the words on either side, as the TEI reads on after a note
    assert words(strip_markers("クローラー[1]あるいは", {"1"})) == ["クローラー", "あるいは"]


def test_note_labels_come_from_the_tei_notes() -> None:
    tree = tei_doc('<p>a<note n="7">x</note><note n="*">y</note><note>z</note></p>')
    assert note_labels(tree) == {"7", "*"}


def test_figure_file_names_count_as_kept_source_words() -> None:
    source = f"Old_harbour_ferry_at_dawn_1911.jpg The ferry at dawn, 1911\n\n{FIRST}.\n"
    caption = "<head>The ferry at dawn, 1911</head>"
    with_url = tei_doc(
        f'<figure><graphic url="Old_harbour_ferry_at_dawn_1911.jpg"/>{caption}</figure>'
        f"<p>{FIRST}.</p>"
    )
    without_url = tei_doc(f"<figure>{caption}</figure><p>{FIRST}.</p>")
    assert measure(source, with_url).source_found == 1.0
    assert measure(source, without_url).source_found < 1.0


def test_line_break_hyphens_and_ligatures_are_not_words() -> None:
    assert source_words("the revolu-\ntion of the ﬁrst days") == words(
        "the revolution of the first days"
    )
    assert source_words("an anti-Soviet poster") == ["an", "anti", "soviet", "poster"]


def test_a_logged_part_at_a_line_end_ends_the_block() -> None:
    """Note entries ending in a logged back link ("↩") are separate notes in the TEI: the
    4-grams that would run from one entry into the next are no loss."""
    source = f"{FIRST} ↩\n{SECOND} ↩\n"
    tree = tei_doc(
        f'<p>One<note n="1">{FIRST}</note> two three four</p>'
        f'<p>Five six seven<note n="2">{SECOND}</note></p>'
    )
    removed = [(1, "↩"), (2, "↩")]
    assert measure(source, tree, removed=removed).source_found == 1.0
    paragraphs = tei_doc(f"<p>{FIRST}</p><p>A list of the crew</p><p>{SECOND}</p>")
    assert measure(source, paragraphs, removed=removed).source_found == 1.0
    assert measure(f"{FIRST}\n{SECOND}\n", paragraphs).source_found < 1.0


def test_footnotes_one_under_another_and_markers_after_closing_quotes_are_no_loss() -> None:
    """A page's foot holds its notes one under another, with no blank line between them: the
    words across two notes, which the TEI keeps apart, were never one text. A marker after a
    full stop and a closing quotation mark ("aboard.”2") is no word where the TEI resolved
    it; a line that only looks like a note's start elsewhere still counts."""
    source = f"“{FIRST}.”2 {SECOND}.\n\n2\nThe harbour log of the ferry company\n{SECOND}\n"
    tree = tei_doc(
        f'<p>“{FIRST}.”<note n="2">The harbour log of the ferry company</note> {SECOND}.</p>'
        f'<note n="3">{SECOND}</note>'
    )
    assert measure(source, tree, removed=[(3, "2")]).source_found == 1.0
    moved = tei_doc(f"<p>“{FIRST}.” {SECOND}.</p><p>The harbour log of the ferry company</p>")
    assert measure(source, moved, removed=[(3, "2")]).source_found < 1.0


def test_superscripts_after_punctuation_and_soft_hyphens_are_no_words() -> None:
    """A "harbour.1 With" is a flattened marker when the TEI has note 1; "doi:10.1109" is no
    marker; a soft hyphen inside a word (invisible) does not split it."""
    soft = FIRST.replace("harbour", "har\u00adbour")
    source = f"{soft}.1 {SECOND} doi:10.1109 ok.\n"
    tree = tei_doc(f'<p>{FIRST}.<note n="1">Log</note> {SECOND} doi:10.1109 ok.</p>')
    assert measure(source, tree).source_found == 1.0
    assert words("har\u00adbour") == ["harbour"]


def test_a_note_number_set_apart_by_spaces_is_no_loss_where_the_tei_resolved_it() -> None:
    """ "the harbour 3 at dawn": a superscript saved as text, which the TEI turned into note
    3; a number the TEI keeps ("seven 3 passengers" nowhere resolved) still counts."""
    source = "The ferry left the harbour 3 at dawn with seven passengers aboard.\n"
    resolved = tei_doc(
        '<p>The ferry left the harbour<note n="3">A log.</note> at dawn with '
        "seven passengers aboard.</p>"
    )
    assert measure(source, resolved).source_found == 1.0
    kept = tei_doc("<p>The ferry left the harbour 3 at dawn with seven passengers aboard.</p>")
    assert measure(source, kept).source_found == 1.0
    unresolved = tei_doc("<p>The ferry left the harbour at dawn with seven passengers.</p>")
    assert measure(source, unresolved).source_found < 1.0


def test_footnote_labels_after_many_flattened_markers_count_as_resolved() -> None:
    """The body numbers at a page's foot ("3 Minutes of …") are read where the TEI opens a
    note with the words after them, however many flattened markers ("quay.1") the text
    above lost first."""
    sentences = [
        f"The {w} was built in the spring by the harbour board.{n}"
        for n, w in enumerate(["quay", "mole", "pier", "lighthouse", "slipway"], 1)
    ]
    bodies = [
        f"{n} Minutes of the board volume {w} about the works."
        for n, w in enumerate(["one", "two", "three", "four", "five"], 1)
    ]
    source = " ".join(sentences) + "\n\n" + "\n".join(bodies) + "\n"
    notes = "".join(
        f'The {w} was built in the spring by the harbour board.<note n="{n}">Minutes of the '
        f"board volume {v} about the works.</note> "
        for n, (w, v) in enumerate(
            zip(
                ["quay", "mole", "pier", "lighthouse", "slipway"],
                ["one", "two", "three", "four", "five"],
            ),
            1,
        )
    )
    assert measure(source, tei_doc(f"<p>{notes}</p>")).source_found == 1.0


def test_resolved_markers_and_labels_of_four_digits_are_no_words() -> None:
    """A history book numbers its footnotes past 999 ("walls.1078", "1078 Riley, …"): the
    resolved marker and the body's label are pointers, as with smaller numbers."""
    body = "Riley, Memorials of the City, p. 14"
    source = (
        f"The citizens repaired the gates of the city walls.1078 Then they rested.\n1078 {body}.\n"
    )
    tree = tei_doc(
        '<p>The citizens repaired the gates of the city walls.<note n="1078">'
        f"{body}.</note> Then they rested.</p>"
    )
    assert measure(source, tree).source_found == 1.0
