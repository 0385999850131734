"""CLI contracts: exit codes and the exact text of errors a user sees."""

from __future__ import annotations

import json
import os
from pathlib import Path

from click.testing import CliRunner

from edition.cli import main

SOURCE = "A Short Title\n\nFirst paragraph of invented text.\n\nSecond paragraph, also ours.\n"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def write_source(tmp_path: Path, name: str = "doc.txt") -> Path:
    path = tmp_path / name
    path.write_text(SOURCE, encoding="utf-8")
    return path


def test_convert_writes_tei_per_source(tmp_path: Path) -> None:
    source = write_source(tmp_path)
    code, out, _ = run("convert", str(source), "-o", str(tmp_path / "out"), "-f", "plain")
    assert code == 0
    assert (tmp_path / "out" / "doc.xml").read_text(encoding="utf-8").startswith("<?xml")
    assert (
        out
        == "doc.xml: plain, 2 paragraphs, 0 notes resolved, 0 empty, 0 persons, 0 dates, 0 warnings\n"
    )


def test_convert_refuses_to_overwrite_hand_edits(tmp_path: Path) -> None:
    source = write_source(tmp_path)
    outdir = tmp_path / "out"
    assert run("convert", str(source), "-o", str(outdir), "-f", "plain")[0] == 0
    target = outdir / "doc.xml"
    edited = target.read_text(encoding="utf-8").replace("First paragraph", "First, corrected")
    target.write_text(edited, encoding="utf-8")
    code, _, err = run("convert", str(source), "-o", str(outdir), "-f", "plain")
    assert code == 1
    assert err == (
        f"Error: {target}: edited since convert wrote it (or not written by convert); "
        "refusing to overwrite. Convert into another directory, or pass --force to overwrite "
        f"with a backup in {outdir / '.edition' / 'backups'}\n"
    )
    assert target.read_text(encoding="utf-8") == edited


def test_convert_force_keeps_a_backup_of_the_edit(tmp_path: Path) -> None:
    source = write_source(tmp_path)
    outdir = tmp_path / "out"
    run("convert", str(source), "-o", str(outdir), "-f", "plain")
    target = outdir / "doc.xml"
    target.write_text(target.read_text(encoding="utf-8") + "<!-- mine -->", encoding="utf-8")
    code, _, err = run("convert", str(source), "-o", str(outdir), "-f", "plain", "--force")
    assert code == 0
    backups = list((outdir / ".edition" / "backups").glob("doc.*.xml"))
    assert len(backups) == 1 and backups[0].read_text(encoding="utf-8").endswith("<!-- mine -->")
    assert f"your edited copy is in {backups[0]}" in err
    assert "<!-- mine -->" not in target.read_text(encoding="utf-8")


def test_reconvert_of_unedited_output_is_allowed(tmp_path: Path) -> None:
    source = write_source(tmp_path)
    outdir = tmp_path / "out"
    assert run("convert", str(source), "-o", str(outdir), "-f", "plain")[0] == 0
    assert run("convert", str(source), "-o", str(outdir), "-f", "plain")[0] == 0


def test_unknown_format_suggests_and_lists(tmp_path: Path) -> None:
    code, _, err = run("convert", str(write_source(tmp_path)), "-o", str(tmp_path), "-f", "plian")
    assert code == 2
    assert err == (
        'Error: unknown format "plian". Did you mean "plain"? Known formats: docx, endnotes-web, '
        "html, markdown, pdf-text, plain, web-article, wiki-text\n"
    )


def test_non_utf8_source_names_file_and_line(tmp_path: Path) -> None:
    source = tmp_path / "latin1.txt"
    source.write_bytes("Title\n\nCaf\u00e9 society\n".encode("latin-1"))
    code, _, err = run("convert", str(source), "-o", str(tmp_path / "out"))
    assert code == 1
    assert (
        err == f"Error: {source}:3: not UTF-8 text; re-save the file as UTF-8 and convert again\n"
    )


def test_missing_output_option_is_usage_error(tmp_path: Path) -> None:
    code, _, err = run("convert", str(write_source(tmp_path)))
    assert code == 2
    assert "Missing option '-o' / '--output'" in err


def test_two_sources_with_one_stem_are_refused(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, second = write_source(tmp_path / "a"), write_source(tmp_path / "b")
    code, _, err = run("convert", str(first), str(second), "-o", str(tmp_path / "out"))
    assert code == 1
    assert err == (
        f"Error: {second} and {first} would both be written to "
        f"{tmp_path / 'out' / 'doc.xml'}; rename one\n"
    )


def test_validate_reports_malformed_file_with_exit_1(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader>', encoding="utf-8")
    code, out, _ = run("validate", str(bad))
    assert code == 1
    assert out.startswith(f"{bad}:1:")
    assert "error[" in out


def test_validate_json_output_is_parseable(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_text("<unclosed>", encoding="utf-8")
    code, out, _ = run("validate", "--format", "json", str(bad))
    assert code == 1
    findings = json.loads(out)
    assert findings and findings[0]["path"] == str(bad) and findings[0]["severity"] == "error"


def test_validate_missing_path_is_usage_error(tmp_path: Path) -> None:
    code, _, err = run("validate", str(tmp_path / "nowhere.xml"))
    assert code == 2
    assert "does not exist" in err


def test_build_writes_index_and_reading_pages(tmp_path: Path) -> None:
    source = write_source(tmp_path)
    run("convert", str(source), "-o", str(tmp_path / "tei"), "-f", "plain")
    code, _, _ = run("build", str(tmp_path / "tei"), "-o", str(tmp_path / "site"))
    assert code == 0
    assert (tmp_path / "site" / "index.html").is_file()
    assert (tmp_path / "site" / "doc.html").is_file()


def test_formats_lists_every_reader() -> None:
    code, out, _ = run("formats")
    assert code == 0
    assert [line.split()[0] for line in out.splitlines()] == [
        "endnotes-web",
        "wiki-text",
        "pdf-text",
        "web-article",
        "html",
        "docx",
        "markdown",
        "plain",
    ]


def test_enrichment_warnings_name_the_tei_file_and_line(tmp_path: Path) -> None:
    source = tmp_path / "letter.txt"
    source.write_text(
        "A letter\n\nLeon Trotsky wrote a long letter.\n\nStalin's sister Klara answered it.\n",
        encoding="utf-8",
    )
    code, out, err = run("convert", str(source), "-o", str(tmp_path / "out"), "-f", "plain")
    assert code == 0
    assert "2 paragraphs, 0 notes resolved, 0 empty, 3 persons, 0 dates, 1 warning\n" in out
    target = tmp_path / "out" / "letter.xml"
    lines = target.read_text(encoding="utf-8").splitlines()
    line = next(n for n, text in enumerate(lines, 1) if 'cert="low">Klara<' in text)
    assert f"{target}:{line}:1: warning[person-ambiguous]: " in err


def test_a_corpus_without_persons_gets_no_personography_and_validates(tmp_path: Path) -> None:
    source = tmp_path / "weather.txt"
    source.write_text("Weather\n\nRain all week.\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    out = tmp_path / "out"
    code, _, err = run("convert", str(source), str(empty), "-o", str(out), "-f", "plain")
    assert code == 0
    assert f"{empty}:1:1: warning[no-text]: no text found: the file is empty" in err
    assert not (out / "persons.xml").exists()  # an empty listPerson is not valid TEI
    assert run("validate", str(out))[0] == 0


def test_enrich_on_a_folder_without_tei_is_a_usage_error(tmp_path: Path) -> None:
    code, _, err = run("enrich", str(tmp_path))
    assert code == 2
    assert f"Error: {tmp_path}: no TEI files to enrich" in err


def test_links_older_than_a_reconverted_document_say_how_to_renew_them(tmp_path: Path) -> None:
    samples = Path(__file__).resolve().parents[1] / "samples"
    sources = [str(samples / "endnotes-web.txt"), str(samples / "pdf-text.txt")]
    out = tmp_path / "tei"
    assert run("convert", *sources, "-o", str(out))[0] == 0
    assert run("align", str(out))[0] == 0
    parallels = out / "parallels.xml"
    os.utime(parallels, (1, 1))  # as if aligned long ago
    code, out_text, _ = run("convert", *sources, "-o", str(out))
    assert code == 0 and f"{parallels}: now older than the documents" in out_text
    code, report, _ = run("validate", str(out))
    assert code == 1
    assert (
        f"parallels.xml is older than endnotes-web.xml; run `edition align {out}` "
        "to link the passages again"
    ) in report


def test_a_manifest_that_is_not_a_map_protects_every_file(tmp_path: Path) -> None:
    source = write_source(tmp_path)
    out = tmp_path / "out"
    assert run("convert", str(source), "-o", str(out), "-f", "plain")[0] == 0
    (out / ".edition" / "manifest.json").write_text("[1]", encoding="utf-8")
    code, _, err = run("convert", str(source), "-o", str(out), "-f", "plain")
    assert code == 1 and "refusing to overwrite" in err
