"""Format detection picks the right reader for every seed and every bundled sample."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT, SEED_FORMATS, seed_path

from edition.readers import READERS, decode_source, detect_format

SAMPLES = sorted((ROOT / "samples").glob("*.txt"))


@pytest.mark.parametrize("prefix", sorted(SEED_FORMATS))
def test_each_seed_is_detected(prefix: str) -> None:
    path = seed_path(prefix)
    assert detect_format(decode_source(path)) == SEED_FORMATS[prefix]


@pytest.mark.parametrize("sample", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_each_sample_is_detected_as_its_name(sample: Path) -> None:
    assert sample.stem in READERS
    assert detect_format(decode_source(sample)) == sample.stem


def test_every_format_but_plain_has_a_sample() -> None:
    binary = {"docx"}  # detected from the file's bytes, not its text (see test_reader_docx)
    assert {p.stem for p in SAMPLES} == set(READERS) - {"plain"} - binary


def test_unrecognised_text_falls_back_to_plain() -> None:
    assert detect_format("Just a line.\n\nAnother line.\n") == "plain"


def test_a_gazette_from_pdf_with_numbered_subsections_is_pdf_text() -> None:
    """Regulatory text from a PDF ("(1) The operator …", "… under paragraph (2)") has
    "(N)" at line starts and ends like a web page's endnotes, but its form feeds and page
    numbers say PDF."""
    pages = []
    for page in range(6):
        lines = ["Gazette of the Harbour Board / Vol. 12 / Notices", "", str(48210 + page), ""]
        for item in range(1, 7):
            lines += [
                f"({item}) The harbour master shall inspect every vessel that enters the",
                "port after dusk and shall record its name and cargo as required by",
                f"the rules of the Board, except as provided in paragraph ({item + 1})",
            ]
        pages.append("\n".join(lines))
    assert detect_format("\f".join(pages) + "\f") == "pdf-text"
