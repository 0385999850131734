"""The Word reader on .docx files built by tests/docx_builder.py (OOXML written by hand, since
python-docx cannot write notes, comments or tracked changes)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from docx_builder import build_docx, para, run

from edition.cli import main
from edition.errors import ReaderError
from edition.model import (
    Added,
    Deleted,
    Div,
    Figure,
    List,
    Note,
    P,
    PageBreak,
    Quote,
    Table,
    inline_text,
)
from edition.readers import read_source
from edition.readers.docx import read_bytes
from edition.report import Report
from edition.writers.tei import document_to_tei

NOTE_REF = (
    '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{}"/></w:r>'
)
END_REF = '<w:r><w:endnoteReference w:id="{}"/></w:r>'
COMMENT = '<w:commentRangeStart w:id="{0}"/>{1}<w:commentRangeEnd w:id="{0}"/><w:r><w:commentReference w:id="{0}"/></w:r>'
LIST = '<w:numPr><w:ilvl w:val="{}"/><w:numId w:val="{}"/></w:numPr>'


def sample_docx() -> bytes:
    body = "".join(
        [
            para("The Mill Ledgers", "Title"),
            para("Introduction", "Heading1"),
            para(
                runs=run("The ledgers begin in spring")
                + NOTE_REF.format(1)
                + run(" and run for ")
                + run("twelve", "<w:i/>")
                + run(" years")
                + '<w:ins w:id="7" w:author="Ed"><w:r><w:t xml:space="preserve"> without a gap</w:t></w:r></w:ins>'
                + '<w:del w:id="8" w:author="Ed"><w:r><w:delText xml:space="preserve"> with gaps</w:delText></w:r></w:del>'
                + run(".")
                + END_REF.format(2)
            ),
            para(runs=COMMENT.format(0, run("A disputed sentence.", "<w:b/>"))),
            para("Wheat", props=LIST.format(0, 1)),
            para("Winter wheat", props=LIST.format(1, 1)),
            para("Barley", props=LIST.format(0, 1)),
            para("First step", props=LIST.format(0, 2)),
            para("Paid the carpenter four shillings.", "Quote"),
            para("An indented extract from a letter.", props='<w:ind w:left="1134"/>'),
            para(runs='<w:r><w:br w:type="page"/></w:r>'),
            para("Sources", "Heading2"),
            (
                "<w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr>"
                "<w:tc><w:p><w:r><w:t>Year</w:t></w:r></w:p></w:tc>"
                "<w:tc><w:p><w:r><w:t>Sacks</w:t></w:r></w:p></w:tc></w:tr>"
                '<w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>none</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'
            ),
            para(runs='<w:hyperlink r:id="rIdL"><w:r><w:t>the archive</w:t></w:r></w:hyperlink>'),
            para(
                runs='<w:r><w:drawing><a:blip xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" r:embed="rIdI"/></w:drawing></w:r>'
            ),
            para("The mill in 1890.", "Caption"),
        ]
    )
    return build_docx(
        body,
        footnotes={1: "Ledger one, first page."},
        endnotes={2: "The last ledger is damaged."},
        comments={0: "Check against the second ledger."},
        links={"rIdL": "https://archive.example.org/ledgers", "rIdI": "media/image1.png"},
        core_title="Mill Ledgers (core properties)",
    )


@pytest.fixture(scope="module")
def document():
    return read_bytes(sample_docx(), Report("sample.docx"))


def walk(blocks):
    for block in blocks:
        yield block
        if isinstance(block, Div):
            yield from walk(block.children)


def test_notes_and_comments_at_their_references(document) -> None:
    paragraphs = [b for b in walk(document.body) if isinstance(b, P)]
    notes = [n for p in paragraphs for n in p.children if isinstance(n, Note)]
    assert [(n.n, n.place, n.type, inline_text(n.children)) for n in notes] == [
        ("1", "foot", "", "Ledger one, first page."),
        ("i", "end", "", "The last ledger is damaged."),
        ("c1", "end", "comment", "Check against the second ledger."),
    ]
    assert isinstance(paragraphs[0].children[1], Note)


def test_tracked_changes_become_add_and_del(document) -> None:
    first = next(b for b in walk(document.body) if isinstance(b, P))
    added = [inline_text(n.children) for n in first.children if isinstance(n, Added)]
    deleted = [inline_text(n.children) for n in first.children if isinstance(n, Deleted)]
    assert (added, deleted) == ([" without a gap"], [" with gaps"])


def test_headings_from_styles_nest_under_the_title(document) -> None:
    title = document.body[0]
    assert isinstance(title, Div) and inline_text(title.head) == "The Mill Ledgers"
    intro = title.children[0]
    assert inline_text(intro.head) == "Introduction"
    assert [inline_text(d.head) for d in intro.children if isinstance(d, Div)] == ["Sources"]
    assert document.meta.title == "Mill Ledgers (core properties)"
    assert document.meta.authors == ("Jo Author",)


def test_lists_quotes_breaks_tables_links_and_figures(document) -> None:
    blocks = list(walk(document.body))
    lists = [b for b in blocks if isinstance(b, List)]
    assert [(lst.ordered, len(lst.items)) for lst in lists] == [(False, 2), (True, 1)]
    assert inline_text(lists[0].items[0].sublist.items[0].children) == "Winter wheat"
    quote = next(b for b in blocks if isinstance(b, Quote))
    assert [inline_text(p.children) for p in quote.blocks] == [
        "Paid the carpenter four shillings.",
        "An indented extract from a letter.",
    ]
    assert any(isinstance(b, PageBreak) for b in blocks)
    table = next(b for b in blocks if isinstance(b, Table))
    assert table.rows[0].header and table.rows[1].cells[0].cols == 2
    figure = next(b for b in blocks if isinstance(b, Figure))
    assert (figure.url, inline_text(figure.caption)) == ("media/image1.png", "The mill in 1890.")
    link_paragraph = [b for b in blocks if isinstance(b, P)][-1]
    assert link_paragraph.children[0].target == "https://archive.example.org/ledgers"


def test_tei_is_valid_and_keeps_add_del_and_comment(document, tei_all_schema) -> None:
    tree = document_to_tei(document)
    assert tei_all_schema.validate(tree), str(tei_all_schema.error_log)[:300]
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert tree.xpath("count(//t:add) + count(//t:del)", namespaces=ns) == 2
    assert tree.xpath("//t:note[@type='comment']/@n", namespaces=ns) == ["c1"]


def test_docx_is_detected_by_its_bytes_whatever_its_name(tmp_path: Path) -> None:
    path = tmp_path / "transcription.bin"
    path.write_bytes(sample_docx())
    document = read_source(path, Report(str(path)))
    assert document.format == "docx"


def test_a_damaged_docx_is_a_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(ReaderError, match=r"broken\.docx: not a valid \.docx"):
        read_bytes(b"PK\x03\x04 not really a zip", Report(str(tmp_path / "broken.docx")))


def test_convert_html_docx_markdown_end_to_end(tmp_path: Path) -> None:
    fixtures = Path(__file__).parent / "fixtures"
    docx = tmp_path / "ledgers.docx"
    docx.write_bytes(sample_docx())
    sources = [
        str(fixtures / "html" / "footnotes.html"),
        str(docx),
        str(fixtures / "markdown" / "essay.md"),
    ]
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["convert", *sources, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "footnotes.xml: html" in result.output and "ledgers.xml: docx" in result.output
    assert "essay.xml: markdown" in result.output
    for schema in ("edition", "tei_all"):
        result = CliRunner().invoke(main, ["validate", "--schema", schema, str(out)])
        assert result.exit_code == 0, result.output
    result = CliRunner().invoke(main, ["build", str(out), "-o", str(tmp_path / "site")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "site" / "ledgers.html").is_file()


def test_text_boxes_and_equations_are_logged_as_not_read() -> None:
    box = (
        "<w:p><w:r><w:pict><w:txbxContent><w:p><w:r><w:t>Boxed aside</w:t></w:r></w:p>"
        "</w:txbxContent></w:pict></w:r></w:p>"
    )
    math = (
        '<w:p><m:oMath xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math">'
        "<m:r><m:t>x+1</m:t></m:r></m:oMath></w:p>"
    )
    report = Report("boxes.docx")
    read_bytes(build_docx(para("Body text.") + box + math), report)
    assert [(r.category, r.text) for r in report.removed] == [
        ("text box", "Boxed aside"),
        ("equation", "x+1"),
    ]


def test_main_document_found_through_the_package_relationships() -> None:
    import io
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(build_docx(para("Moved main part.", "Heading1"))))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in source.namelist():
            target = {"word/document.xml": "word/main.xml"}.get(name, name)
            target = target.replace("document.xml.rels", "main.xml.rels")
            archive.writestr(target, source.read(name))
        archive.writestr(
            "_rels/.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="/word/main.xml"/></Relationships>',
        )
    document = read_bytes(buffer.getvalue(), Report("moved.docx"))
    assert inline_text(document.body[0].head) == "Moved main part."


def test_an_image_only_document_is_valid_tei(tei_all_schema) -> None:
    body = para(
        runs='<w:r><w:drawing><a:blip xmlns:a="http://schemas.openxmlformats.org/drawingml/'
        '2006/main" r:embed="rIdI"/></w:drawing></w:r>'
    )
    document = read_bytes(build_docx(body, links={"rIdI": "media/i.png"}), Report("i.docx"))
    assert document.body == (Figure("media/i.png"),)
    tree = document_to_tei(document)
    assert tei_all_schema.validate(tree), str(tei_all_schema.error_log)[:300]
