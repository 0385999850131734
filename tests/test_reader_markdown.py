"""The Markdown reader on files written for these tests (tests/fixtures/markdown/)."""

from __future__ import annotations

from pathlib import Path

from edition.model import Div, Figure, Hi, List, Note, P, Quote, Table, inline_text
from edition.readers import read_source
from edition.readers.markdown import sniff
from edition.report import Report
from edition.writers.tei import document_to_tei

FIXTURES = Path(__file__).parent / "fixtures" / "markdown"


def read(name: str):
    report = Report(name)
    return read_source(FIXTURES / name, report), report


def test_front_matter_goes_to_the_header() -> None:
    meta = read("essay.md")[0].meta
    assert meta.title == "Ferries of the Northern Sound"
    assert meta.authors == ("Agnes Holt", "Bram Teller")
    assert meta.pub_date == "2015-08-20"
    assert meta.keywords == ("ferries", "harbours")


def test_footnotes_and_inline_notes_are_placed_at_their_references() -> None:
    document = read("essay.md")[0]
    top = document.body[0]
    assert isinstance(top, Div) and inline_text(top.head) == "Ferries of the Northern Sound"
    first = top.children[0]
    notes = [n for n in first.children if isinstance(n, Note)]
    assert [(n.n, inline_text(n.children)) for n in notes] == [
        ("1", "The boat belonged to the harbour master's family. It was rowed by two men."),
        ("2", "The engine came from an inland mill."),
    ]
    assert any(isinstance(n, Hi) and n.rend == "italic" for n in first.children)


def test_blocks_and_sections() -> None:
    document, report = read("essay.md")
    section = document.body[0].children[1]
    assert isinstance(section, Div) and inline_text(section.head) == "Timetables"
    kinds = [type(b) for b in section.children]
    assert kinds == [List, Quote, Table, Figure, P]
    numbered = section.children[0]
    assert numbered.ordered and numbered.items[1].sublist is not None
    assert section.children[3].url == "steps.jpg"
    last = section.children[4]
    assert isinstance(last.children[-1], Note) and last.children[-1].n == "1"
    assert [r.category for r in report.removed] == ["thematic break"]


def test_broken_front_matter_is_a_warning_not_a_failure() -> None:
    document, report = read("bad-front-matter.md")
    assert [d.code for d in report.warnings] == ["front-matter"]
    assert report.warnings[0].line >= 2
    assert inline_text(document.body[0].children) == "Plain paragraph after broken front matter."
    assert document.meta.title == "Untitled"


def test_tei_is_valid(tei_all_schema) -> None:
    tree = document_to_tei(read("essay.md")[0])
    assert tei_all_schema.validate(tree), str(tei_all_schema.error_log)[:300]


def test_sniff_finds_markdown_and_not_prose() -> None:
    assert sniff((FIXTURES / "essay.md").read_text("utf-8")) >= 0.5
    assert sniff("An ordinary paragraph of prose.\n\nAnother one.\n") < 0.3


def test_an_unreferenced_footnote_is_logged_as_removed(tmp_path: Path) -> None:
    source = tmp_path / "n.md"
    source.write_text("Text with a note.[^a]\n\n[^a]: Used.\n[^b]: Never used.\n", "utf-8")
    report = Report(str(source))
    read_source(source, report)
    assert [(r.category, r.line, r.text) for r in report.removed] == [
        ("unreferenced footnote", 4, "Never used.")
    ]
