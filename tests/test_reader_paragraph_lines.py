"""Text saved with one paragraph per line and no blank line between paragraphs (a word
processor's or a web page's text export) is read as one paragraph per line, by every text
reader; a paragraph wrapped by hand stays one paragraph."""

from __future__ import annotations

import pytest

from edition.readers import read_plain_text, read_wiki_text
from edition.report import Report
from edition.writers.tei import document_to_tei

SENTENCE = (
    "The cartographer walked the shore of the lagoon every morning with a lead line, a notebook"
    " and a boy who carried the lantern, and wrote down each sounding beside the hour. "
)
PARAGRAPHS = [f"Paragraph {n}. " + SENTENCE * 2 for n in range(1, 5)]


def paragraphs(document) -> list[str]:
    tree = document_to_tei(document)
    body = tree.find(".//{http://www.tei-c.org/ns/1.0}text")
    return ["".join(p.itertext()) for p in body.iter("{http://www.tei-c.org/ns/1.0}p")]


@pytest.mark.parametrize("reader", [read_plain_text, read_wiki_text], ids=["plain", "wiki"])
def test_one_paragraph_per_line_gives_one_paragraph_per_line(reader) -> None:
    text = "The Cartographer of the Lagoon\n\n" + "\n".join(PARAGRAPHS) + "\n"
    found = paragraphs(reader.read(text, Report("lagoon.txt")))
    assert [p[:11] for p in found] == [f"Paragraph {n}" for n in range(1, 5)], found


@pytest.mark.parametrize("reader", [read_plain_text, read_wiki_text], ids=["plain", "wiki"])
def test_a_wrapped_paragraph_stays_one_paragraph(reader) -> None:
    words = (PARAGRAPHS[0] * 2).split()
    wrapped = [" ".join(words[i : i + 11]) for i in range(0, len(words), 11)]
    text = "The Cartographer of the Lagoon\n\n" + "\n".join(wrapped) + "\n"
    found = paragraphs(reader.read(text, Report("lagoon.txt")))
    assert len(found) == 1 and found[0].startswith("Paragraph 1"), found
