"""Plain text: a block of lines indented beyond the text's own margin (a letter or a verse
quoted in a book saved as text) is a block quotation; a centred heading, or a text that
indents all its paragraphs, is not."""

from __future__ import annotations

from edition.readers import read_plain_text
from edition.report import Report
from edition.writers.tei import document_to_tei

TEI = "{http://www.tei-c.org/ns/1.0}"
PROSE = (
    "The cartographer walked the shore of the lagoon every morning with a lead line\n"
    "and a notebook, and wrote down each sounding beside the hour of the tide.\n"
)
LETTER = (
    "     I am glad to send my friend the soundings he asks for, and I place\n"
    "     the utmost confidence in his care of them.\n"
)


def quotations(text: str) -> list[str]:
    tree = document_to_tei(read_plain_text.read(text, Report("lagoon.txt")))
    body = tree.find(f".//{TEI}text")
    return [" ".join("".join(q.itertext()).split()) for q in body.iter(f"{TEI}quote")]


def test_an_indented_block_is_a_quotation() -> None:
    text = f"The Lagoon\n\n{PROSE}\n{LETTER}\n{PROSE}"
    expected = (
        "I am glad to send my friend the soundings he asks for, and I place the utmost"
        " confidence in his care of them."
    )
    assert quotations(text) == [expected]


def test_indented_paragraphs_in_a_row_are_one_quotation() -> None:
    text = f"The Lagoon\n\n{PROSE}\n{LETTER}\n{LETTER}\n{PROSE}"
    tree = document_to_tei(read_plain_text.read(text, Report("lagoon.txt")))
    quotes = list(tree.find(f".//{TEI}text").iter(f"{TEI}quote"))
    assert len(quotes) == 1 and len(quotes[0].findall(f"{TEI}p")) == 2


def test_a_centred_heading_and_a_text_indented_throughout_have_no_quotation() -> None:
    centred = f"The Lagoon\n\n{PROSE}\n                 THE SOUNDINGS\n\n{PROSE}"
    assert quotations(centred) == []
    indented = "".join("    " + line + "\n" for line in (PROSE + "\n" + PROSE).split("\n"))
    assert quotations(f"The Lagoon\n\n{indented}") == []
