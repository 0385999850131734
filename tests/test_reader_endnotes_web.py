"""The endnotes-web reader: web biographies with "(N)" endnotes and primary sources."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ROOT, SEED_FORMATS, seed_path
from lxml import etree

from edition.fidelity import measure
from edition.model import Div, Document, Figure, Note, P, Quote, Quoted, Text, inline_text
from edition.readers import decode_source, read_endnotes_web
from edition.report import Report
from edition.writers.tei import document_to_tei
from edition.xmlio import NSMAP, parse_bytes, serialize, tei

FIXTURES = Path(__file__).parent / "fixtures" / "endnotes-web"
SAMPLE = ROOT / "samples" / "endnotes-web.txt"


def read_fixture(name: str) -> tuple[Document, Report]:
    report = Report(name)
    return read_endnotes_web.read((FIXTURES / name).read_text("utf-8"), report), report


def walk(node: object) -> Iterator[object]:
    """Every model node under `node` (itself included), in document order."""
    yield node
    for name in ("body", "back", "children", "blocks", "items", "caption", "head", "source"):
        for child in getattr(node, name, ()) or ():
            yield from walk(child)


def nodes(node: object, kind: type) -> list:
    return [child for child in walk(node) if isinstance(child, kind)]


def codes(report: Report) -> list[str]:
    return [d.code for d in report.warnings]


def removed(report: Report, category: str) -> list[tuple[int, str]]:
    return [(r.line, r.text) for r in report.removed if r.category == category]


def tei_tree(document: Document) -> etree._ElementTree:
    return parse_bytes(serialize(document_to_tei(document)))


# --------------------------------------------------------------------------------- notes


def test_markers_resolve_in_place_and_years_stay_text() -> None:
    document, report = read_fixture("markers.txt")
    notes = nodes(Document(document.meta, document.body), Note)
    assert [n.n for n in notes] == ["1", "2", "1", "3", "5"]
    assert [inline_text(n.children) for n in notes] == [
        "Town records, volume 2, page 14",
        "The mayor's letters (1750) page 3, a reference wrapped onto a second line",
        "Town records, volume 2, page 14",
        "Harbour accounts (1760)",
        "",
    ]
    assert [n.empty for n in notes] == [False, False, False, False, True]
    first = document.body[0]
    assert inline_text(first.children) == (
        "The town was founded (1701) by settlers from the coast, who built a mill on the river."
    )
    assert "(9)" in inline_text(document.body[2].children)
    assert report.counts["notes"] == 5


def test_marker_problems_are_warnings_with_lines_and_exact_messages() -> None:
    _, report = read_fixture("markers.txt")
    warnings = {d.code: d for d in report.warnings}
    assert sorted(warnings) == ["note-duplicate", "note-orphan", "note-repeated", "note-unresolved"]
    assert warnings["note-unresolved"].line == 7
    assert warnings["note-unresolved"].message == (
        'note marker "(9)" has no body in the References list; kept as text'
    )
    assert warnings["note-orphan"].line == 20
    assert warnings["note-orphan"].message == (
        'reference "(4)" is not cited by any marker in the text; kept in back matter'
    )
    assert warnings["note-duplicate"].line == 24
    assert warnings["note-repeated"].line == 5
    assert removed(report, "duplicate-note-body") == [(24, "(3) A second body for the same number")]
    assert removed(report, "note-list-heading") == [(11, "References")]


def test_orphan_reference_is_kept_in_back_matter() -> None:
    document, _ = read_fixture("markers.txt")
    (orphans,) = document.back
    assert orphans.type == "orphan-notes"
    assert [inline_text(p.children) for p in orphans.children] == [
        "(4) A reference that no marker points to"
    ]


def test_long_run_in_quotation_becomes_quoted_and_short_one_stays_text() -> None:
    document, _ = read_fixture("markers.txt")
    (quoted,) = nodes(Document(document.meta, document.body), Quoted)
    assert inline_text(quoted.children).startswith("We have built the quay")
    sample = read_endnotes_web.read(decode_source(SAMPLE), Report("s"))
    assert not nodes(sample.body[1], Quoted)
    assert '"the best pupil in the class and the hardest to teach"' in inline_text(
        sample.body[1].children
    )


def test_markers_without_a_references_list_warn_once_and_stay_text() -> None:
    document, report = read_fixture("no_references.txt")
    assert codes(report) == ["no-title", "note-list-missing"]
    assert [d.line for d in report.warnings] == [1, 1]
    assert not nodes(document, Note)
    assert inline_text(document.body[1].children).endswith("(2)")
    assert document.meta.title == "Untitled"


# ----------------------------------------------------------------- figures and navigation


def test_caption_groups_become_figures_and_repeated_labels_are_logged() -> None:
    document, report = read_fixture("captions.txt")
    captions = [inline_text(f.caption) for f in nodes(document, Figure)]
    assert captions == [
        "Harbour view",
        "The old bridge seen from the north bank, drawn by an unknown hand (1820).",
        "Town hall poster (1850)",
        "Market day in the square (1851)",
    ]
    assert removed(report, "image-label") == [(5, "Harbour view"), (10, "The old bridge")]
    assert [type(b).__name__ for b in document.body] == [
        "P",
        "Figure",
        "P",
        "Figure",
        "Figure",
        "Figure",
        "P",
    ]
    assert report.counts["figures"] == 4 and not report.warnings


def test_navigation_lists_are_removed_and_logged_wherever_they_stand() -> None:
    document, report = read_fixture("navigation.txt")
    assert [inline_text(p.children) for p in document.body] == [
        "The first paragraph of the page.",
        "The second paragraph, after a navigation list in the middle of the page.",
    ]
    assert [text for _, text in removed(report, "navigation")] == [
        "Student Activities",
        "The Harbour (Answer Commentary)",
        "The Bridge (Answer Commentary)",
        "Classroom Activities by Subject",
        "Local History",
        "Rivers and Bridges",
    ]
    assert report.counts["notes"] == 2 and not report.warnings
    assert any("navigation" in line for line in document.meta.normalizations)


# ------------------------------------------------------------------------ primary sources


def test_primary_sources_are_a_back_division_of_extracts() -> None:
    document, report = read_fixture("primary_sources.txt")
    (appendix,) = document.back
    assert appendix.type == "primary-sources"
    assert inline_text(appendix.head) == "Primary Sources"
    intro, first, second = appendix.children
    assert isinstance(intro, P) and isinstance(first, Quote) and isinstance(second, Quote)
    assert first.kind == second.kind == "extract"
    assert inline_text(first.source) == "A harbour master, logbook (1790)"
    assert inline_text(second.source).startswith("In 1801 a traveller")
    assert [inline_text(p.children) for p in first.blocks] == [
        "The tide came in early and the boats were late.",
        "We counted nine ships by noon.",
    ]
    assert [inline_text(p.children)[:3] for p in second.blocks] == ["Thu", "(a)", "(b)", "(7)"]
    assert removed(report, "extract-number") == [(9, "(1)"), (15, "(2)")]
    assert not nodes(appendix, Note) and report.counts["notes"] == 1
    assert not report.warnings


def test_extracts_are_cit_with_quote_and_bibl_in_tei() -> None:
    document, _ = read_fixture("primary_sources.txt")
    tree = tei_tree(document)
    cits = tree.xpath("//tei:back/tei:div[@type='primary-sources']/tei:cit", namespaces=NSMAP)
    assert [c.get("type") for c in cits] == ["extract", "extract"]
    assert [etree.QName(child).localname for child in cits[0]] == ["quote", "bibl"]


# ------------------------------------------------------------------------- sample and TEI


def read_sample() -> tuple[Document, Report]:
    report = Report("samples/endnotes-web.txt")
    document = read_endnotes_web.read(decode_source(SAMPLE), report)
    return Document(
        document.meta, document.body, document.front, document.back, format="endnotes-web"
    ), report


def test_sample_golden_tei(file_regression) -> None:
    document, report = read_sample()
    tree = document_to_tei(document, report.removed_summary())
    file_regression.check(serialize(tree).decode(), extension=".xml")


def test_sample_header_title_author_and_clean_run() -> None:
    document, report = read_sample()
    assert document.meta.title == "Leon Trotsky"
    assert document.meta.authors == ("Anna Sample",)
    assert removed(report, "header-byline") == [(72, "Anna Sample")]
    assert removed(report, "title-repeat") == [(3, "Leon Trotsky")]
    assert not report.warnings
    assert report.counts["notes"] == 8


def test_sample_is_valid_tei_all(tei_all_schema) -> None:
    document, _ = read_sample()
    tree = tei_tree(document)
    assert tei_all_schema.validate(tree), str(tei_all_schema.error_log)[:500]


def test_sniff_prefers_endnotes_web_for_its_sample_only() -> None:
    assert read_endnotes_web.sniff(decode_source(SAMPLE)) >= 0.9
    assert read_endnotes_web.sniff("A plain paragraph (1930).\n\nAnother (in brackets).\n") < 0.3
    for other in sorted((ROOT / "samples").glob("*.txt")):
        if other != SAMPLE:
            assert read_endnotes_web.sniff(decode_source(other)) < 0.3, other.name


def test_text_nodes_never_hold_resolved_markers_in_fixtures() -> None:
    for fixture in ("captions.txt", "navigation.txt", "primary_sources.txt"):
        document, _ = read_fixture(fixture)
        for node in nodes(Document(document.meta, document.body), Text):
            assert not re.search(r"\(\d{1,3}\)", node.text), fixture


# ------------------------------------------------------------------------------- the seed


def reference_lines(text: str) -> dict[str, str]:
    """The seed's "(N) text" lines after its last "References" heading, read independently."""
    tail = text[text.rindex("\nReferences\n") :]
    return {m.group(1): m.group(2).strip() for m in re.finditer(r"(?m)^\((\d+)\) (.*)$", tail)}


@pytest.fixture(scope="module")
def seed() -> tuple[str, Document, Report, etree._ElementTree]:
    prefix = next(p for p, name in SEED_FORMATS.items() if name == "endnotes-web")
    text = decode_source(seed_path(prefix))
    report = Report("seed")
    document = read_endnotes_web.read(text, report)
    return text, document, report, tei_tree(document)


def test_seed_every_marker_resolves_to_its_reference_and_none_is_orphaned(seed) -> None:
    text, document, report, _ = seed
    body_text = text[: text.index("\nPrimary Sources\n")]
    markers = re.findall(r"\((\d{1,3})\)", body_text)
    references = reference_lines(text)
    notes = nodes(Document(document.meta, document.body), Note)
    assert [n.n for n in notes] == markers
    assert len(notes) == len(references) == report.counts["notes"] > 200
    assert all(inline_text(n.children) == references[n.n] for n in notes)
    assert not report.warnings
    assert not any(div.type == "orphan-notes" for div in document.back)


def test_seed_body_keeps_no_marker_text_but_keeps_years(seed) -> None:
    _, _, _, tree = seed
    body = tree.getroot().find(f"{tei('text')}/{tei('body')}")
    paragraphs = body.iter(tei("p"), tei("head"))
    own = [
        "".join(p.xpath("text()|*[not(self::tei:note)]//text()", namespaces=NSMAP))
        for p in paragraphs
    ]
    assert not [t for t in own if re.search(r"\(\d{1,3}\)", t)]
    assert sum(bool(re.search(r"\(\d{4}\)", t)) for t in own) > 10


def test_seed_navigation_lists_are_removed_and_logged(seed) -> None:
    text, _, report, tree = seed
    logged = removed(report, "navigation")
    heads = [t for _, t in logged if t in ("Student Activities", "Classroom Activities by Subject")]
    assert len(heads) == 2 and len(logged) > 10
    lines = text.split("\n")
    assert all(lines[n - 1].strip() == t for n, t in logged)
    tei_text = "".join(tree.getroot().find(tei("text")).itertext())
    assert all(t not in tei_text for _, t in logged if "Answer Commentary" in t)


def test_seed_primary_sources_are_a_back_division_of_quoted_extracts(seed) -> None:
    text, document, report, tree = seed
    (appendix,) = [div for div in document.back if div.type == "primary-sources"]
    tail = text[text.index("\nPrimary Sources\n") : text.index("\nStudent Activities\n")]
    numbered = re.findall(r"(?m)^\((\d+)\) ", tail)
    quotes = [q for q in appendix.children if isinstance(q, Quote)]
    assert len(quotes) == len(numbered) == report.counts["extracts"] > 40
    assert all(q.kind == "extract" and q.source and q.blocks for q in quotes)
    assert not nodes(appendix, Note)
    cits = tree.xpath(
        "//tei:back/tei:div[@type='primary-sources']/tei:cit[@type='extract']", namespaces=NSMAP
    )
    assert len(cits) == len(quotes)


def test_seed_figures_header_and_fidelity(seed) -> None:
    text, document, report, tree = seed
    lines = [line.strip() for line in text.split("\n")]
    assert document.meta.title == lines[0]
    assert document.meta.authors == (next(line for line in reversed(lines) if line),)
    figures = nodes(document, Figure)
    assert len(figures) > 10
    assert all(inline_text(f.caption).split(" ")[0] in " ".join(lines) for f in figures)
    captions = [" ".join(inline_text(f.caption).split()) for f in figures]
    labels = [" ".join(label.split()) for _, label in removed(report, "image-label")]
    assert labels and all(any(label in caption for caption in captions) for label in labels)
    assert len([d for d in document.body if isinstance(d, Div)]) > 15
    fidelity = measure(text, tree, [r.text for r in report.removed])
    assert fidelity.source_found >= 0.99 and fidelity.tei_extra <= 0.02, str(fidelity)


def test_seed_is_valid_tei_all(seed, tei_all_schema) -> None:
    tree = seed[3]
    assert tei_all_schema.validate(tree), str(tei_all_schema.error_log)[:500]


def test_seed_is_detected_as_endnotes_web_and_others_are_not(seeds_dir) -> None:
    for path in sorted(seeds_dir.glob("*.txt")):
        score = read_endnotes_web.sniff(decode_source(path))
        if SEED_FORMATS.get(path.name[:3]) == "endnotes-web":
            assert score >= 0.9
        else:
            assert score < 0.3, path.name


# A post whose footnote numbers were list marks: each "N" stands alone above its body, with no
# notes heading, and the text cites them as numbers flattened onto sentence ends.
BARE_LABELS = """\
Tide Tables and Their Keepers

By Orla Penhallow

The harbour kept two tide tables, one for the pilots and one for the fishermen.1

Nobody compared them until the winter storm (the one the pilots still call "the long night").2

The fishermen's table was right more often, which the pilots never admitted.3

1

The pilots' table was printed in the county town.

2

The storm of 1911, by most accounts.

3

Two of the pilots later said so in letters.

9
2
Share
"""


def test_a_note_list_labelled_by_lone_numbers_without_a_heading_resolves_its_markers() -> None:
    from edition.readers import detect_format

    assert detect_format(BARE_LABELS) == "endnotes-web"
    document = read_endnotes_web.read(BARE_LABELS, Report("post.txt"))
    notes = nodes(Document(document.meta, document.body), Note)
    assert [(n.n, inline_text(n.children)) for n in notes] == [
        ("1", "The pilots' table was printed in the county town."),
        ("2", "The storm of 1911, by most accounts."),
        ("3", "Two of the pilots later said so in letters."),
    ]


def test_lone_numbers_that_the_text_never_cites_are_no_note_list() -> None:
    from edition.readers.note_resolver import bare_label_run

    uncited = BARE_LABELS.replace("fishermen.1", "fishermen.").replace(").2", ")")
    assert bare_label_run(uncited.split("\n")) is None
    assert bare_label_run(BARE_LABELS.split("\n")) is not None
