"""Sources too large to hold at once are converted part by part (edition.convert_parts).

The thresholds are lowered so that a small invented text takes the path a source of
hundreds of megabytes takes."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from edition import convert_parts
from edition.convert import convert
from edition.convert_parts import source_parts
from edition.diagnostics import Severity
from edition.errors import InputError
from edition.guard import EditGuard
from edition.validate import validate_file

WORDS = [
    "harbour",
    "lantern",
    "ferry",
    "granary",
    "orchard",
    "chapel",
    "market",
    "river",
    "bridge",
    "cellar",
]


def chronicle(path: Path, paragraphs: int) -> Path:
    """A plain-text chronicle: a title, then paragraphs naming a person and a date."""
    rng = random.Random(7)
    lines = ["A Chronicle of the Harbour", ""]
    for number in range(paragraphs):
        words = " ".join(rng.choice(WORDS) for _ in range(40)).capitalize()
        lines += [f"{words}. Mara Quill wrote on 3 May {1850 + number % 90} to the council.", ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


@pytest.fixture
def small_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(convert_parts, "LARGE_BYTES", 20_000)
    monkeypatch.setattr(convert_parts, "PART_BYTES", 30_000)


def test_a_large_source_in_parts_gives_the_files_of_a_whole_reading(
    tmp_path: Path, small_parts: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EDITION_CACHE_DIR", str(tmp_path / "cache"))
    source = chronicle(tmp_path / "chronicle.txt", 600)
    assert convert_parts.is_large(source, None)
    in_parts = convert([source], tmp_path / "parts", format="plain")[0]
    monkeypatch.setattr(convert_parts, "LARGE_BYTES", 10**9)
    whole = convert([source], tmp_path / "whole", format="plain")[0]
    for name in ("chronicle.xml", "persons.xml", ".edition/enriched/chronicle.json"):
        assert (tmp_path / "parts" / name).read_bytes() == (tmp_path / "whole" / name).read_bytes()
    assert in_parts.report.counts == whole.report.counts
    assert in_parts.report.counts["persons"] == 600
    assert not [
        d
        for d in validate_file(tmp_path / "parts" / "chronicle.xml")
        if d.severity == Severity.ERROR
    ]
    # what convert wrote is recorded: the next convert accepts the directory
    assert not EditGuard(tmp_path / "parts").is_edited(tmp_path / "parts" / "chronicle.xml")
    assert not (tmp_path / "parts" / ".edition" / "parts").exists()


def test_parts_are_cut_at_blank_lines_and_page_ends_with_their_first_lines(
    tmp_path: Path,
) -> None:
    source = tmp_path / "book.txt"
    text = "".join(f"Line {n} of the book\n" + ("\n" if n % 5 == 0 else "") for n in range(1, 400))
    text += "\f".join(f"page {n} text é\n" for n in range(50))
    source.write_text(text, encoding="utf-8")
    parts = list(source_parts(source, size=1_000))
    assert "".join(part for _, part in parts) == text
    lines = text.split("\n")
    for first_line, part in parts:
        assert lines[first_line - 1].endswith(part.split("\n")[0])  # after a form feed
    assert all(part.endswith(("\n\n", "\f")) for _, part in parts[:-1])


def test_a_part_that_is_not_utf8_names_the_file_and_its_line(tmp_path: Path) -> None:
    source = tmp_path / "old.txt"
    source.write_bytes(b"First line\n\n" * 200 + b"Caf\xe9 on line 401\n")
    with pytest.raises(InputError) as error:
        list(source_parts(source, size=500))
    assert error.value.line == 401
    assert "old.txt" in str(error.value)


def test_warnings_of_a_later_part_name_the_line_of_the_source(
    tmp_path: Path, small_parts: None
) -> None:
    source = chronicle(tmp_path / "chronicle.txt", 600)
    lines = source.read_text(encoding="utf-8").split("\n")
    lines[1001] = "A bell\x07 rang twice."  # a control character on line 1002
    source.write_text("\n".join(lines), encoding="utf-8")
    result = convert([source], tmp_path / "out", format="plain")[0]
    found = [d for d in result.report.diagnostics if d.code == "control-character"]
    assert [d.line for d in found] == [1002]
    text = (tmp_path / "out" / "chronicle.xml").read_text(encoding="utf-8")
    assert "A bell rang twice." in text
    body = text[text.index("<body>") :]
    assert "A Chronicle of the Harbour" not in body  # the title put before each part stays out


def test_the_title_line_put_before_a_part_is_dropped_where_a_reader_kept_it() -> None:
    """A reader that does not take the line put before a later part for a title keeps it as
    a paragraph (or a quotation, or a heading) at the part's start; it is dropped there only."""
    from edition.convert_parts import _without_line
    from edition.model import Div, P, Quote, Text

    def p(text: str) -> P:
        return P((Text(text),))

    blocks = (
        Div((Quote((p("The Harbour"),)), p("First words.")), type="chapter"),
        p("The Harbour"),
    )
    kept = _without_line(blocks, "The Harbour")
    assert kept == (Div((p("First words."),), type="chapter"), p("The Harbour"))
    headed = (Div((p("First words."),), head=(Text("The Harbour"),)),)
    assert _without_line(headed, "The Harbour") == (Div((p("First words."),)),)
    assert _without_line((p("Other"),), "The Harbour") == (p("Other"),)
