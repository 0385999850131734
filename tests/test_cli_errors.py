"""Bad input and failures at the command line: one line naming the file, what to do, no traceback."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from edition.cli import as_edition_error, main

SOURCE = "A Made-up Title\n\nOne paragraph we wrote for this test.\n\nAnother one, also ours.\n"
TEI_NS = "http://www.tei-c.org/ns/1.0"


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), env=env)
    return result.exit_code, result.stdout, result.stderr


def write_source(tmp_path: Path) -> Path:
    path = tmp_path / "doc.txt"
    path.write_text(SOURCE, encoding="utf-8")
    return path


def assert_one_line(err: str) -> None:
    assert err.count("\n") == 1 and err.startswith("Error: ")
    assert "Traceback" not in err


def test_convert_output_under_a_file_names_the_option(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    out = tmp_path / "afile" / "sub"
    code, _, err = run("convert", str(write_source(tmp_path)), "-o", str(out), "-f", "plain")
    assert code == 1
    assert err == (
        f"Error: -o {out}: cannot create the output directory (Not a directory); "
        "a part of this path is a file, not a directory; choose another path\n"
    )


def test_build_output_under_a_file_names_the_option(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    tei = tmp_path / "tei"
    tei.mkdir()
    (tei / "doc.xml").write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0"/>', encoding="utf-8")
    code, _, err = run("build", str(tei), "-o", str(tmp_path / "afile" / "site"))
    assert code == 1
    assert_one_line(err)
    assert err.startswith(f"Error: -o {tmp_path / 'afile' / 'site'}: cannot create")


def test_align_on_a_directory_without_documents_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "persons.xml").write_text("<x/>", encoding="utf-8")
    code, _, err = run("align", str(tmp_path))
    assert code == 2  # no files to work on: a usage error, as the README's table says
    assert err == (
        f"Error: {tmp_path}: no TEI documents (*.xml other than persons.xml and parallels.xml) "
        "to align; run `edition convert` first or pass the directory that holds them\n"
    )
    assert not (tmp_path / "parallels.xml").exists()


@pytest.mark.parametrize(
    ("stem", "role"), [("persons", "personography"), ("parallels", "parallel passages")]
)
def test_convert_refuses_a_source_named_like_a_corpus_file(
    tmp_path: Path, stem: str, role: str
) -> None:
    source = tmp_path / f"{stem}.txt"
    source.write_text(SOURCE, encoding="utf-8")
    code, _, err = run("convert", str(source), "-o", str(tmp_path / "out"))
    assert code == 1
    assert err == (
        f"Error: {source}: its TEI would be {stem}.xml, the name of the corpus's {role}; "
        "rename the source and convert again\n"
    )
    assert not (tmp_path / "out").exists()


def test_convert_of_a_directory_is_a_usage_error(tmp_path: Path) -> None:
    code, _, err = run("convert", str(tmp_path), "-o", str(tmp_path / "out"))
    assert code == 2
    assert f"Error: Invalid value for 'SOURCES...': File '{tmp_path}' is a directory." in err


def test_convert_windows_1252_source_names_file_and_line(tmp_path: Path) -> None:
    source = tmp_path / "legacy.txt"
    source.write_bytes(b"A title\n\nPlain line.\n\nCaf\xe9 \x93quoted\x94.\n")
    code, _, err = run("convert", str(source), "-o", str(tmp_path / "out"))
    assert code == 1
    assert (
        err == f"Error: {source}:5: not UTF-8 text; re-save the file as UTF-8 and convert again\n"
    )


def test_validate_directory_without_xml_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not xml", encoding="utf-8")
    code, _, err = run("validate", str(tmp_path))
    assert code == 2
    assert err == f"Error: no .xml files in {tmp_path}\n"


def test_validate_unknown_schema_is_a_usage_error(tmp_path: Path) -> None:
    doc = tmp_path / "a.xml"
    doc.write_text(f'<TEI xmlns="{TEI_NS}"/>', encoding="utf-8")
    code, _, err = run("validate", "--schema", str(tmp_path / "nope.rng"), str(doc))
    assert code == 2
    assert err == (
        f"Error: --schema {tmp_path / 'nope.rng'}: not edition, tei_all or an existing .rng file\n"
    )


def test_enrich_non_tei_names_the_file(tmp_path: Path) -> None:
    doc = tmp_path / "other.xml"
    doc.write_text("<root><p>Ours.</p></root>", encoding="utf-8")
    code, _, err = run("enrich", str(doc))
    assert code == 1
    assert (
        err == f"Error: {doc}: not a TEI document (root element is not tei:TEI); pass TEI files\n"
    )


def test_interrupted_run_says_what_is_left_and_exits_130(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*_args: object, **_kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("edition.align.align_corpus", interrupted)
    (tmp_path / "doc.xml").write_text(f'<TEI xmlns="{TEI_NS}"/>', encoding="utf-8")
    code, _, err = run("align", str(tmp_path))
    assert code == 130
    assert err == (
        "Error: interrupted; files already written are complete (writes are atomic); "
        "run the command again to finish\n"
    )


def test_a_bug_is_one_line_unless_debugging(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise ValueError("boom")

    monkeypatch.setattr("edition.align.align_corpus", broken)
    (tmp_path / "doc.xml").write_text(f'<TEI xmlns="{TEI_NS}"/>', encoding="utf-8")
    code, _, err = run("align", str(tmp_path))
    assert code == 1
    assert err == (
        "Error: internal error in `edition align`: ValueError: boom; this is a bug: "
        "run again with EDITION_DEBUG=1 to see the traceback, and report it\n"
    )
    result = CliRunner().invoke(main, ["align", str(tmp_path)], env={"EDITION_DEBUG": "1"})
    assert isinstance(result.exception, ValueError)


def test_a_closed_pipe_ends_quietly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def reader_gone(*_args: object, **_kwargs: object) -> None:
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr("edition.align.align_corpus", reader_gone)
    (tmp_path / "doc.xml").write_text(f'<TEI xmlns="{TEI_NS}"/>', encoding="utf-8")
    code, _, err = run("align", str(tmp_path))
    assert (code, err) == (1, "")


def test_os_error_names_the_file_and_what_to_do() -> None:
    error = as_edition_error(PermissionError(13, "Permission denied", "out/doc.xml"), "convert")
    assert error.exit_code == 1
    assert error.format_message() == (
        "out/doc.xml: Permission denied; check the permissions, or choose another path"
    )


def test_xml_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    broken = tmp_path / "broken.xml"
    broken.write_text("<TEI>\n<p>\n</TEI>\n", encoding="utf-8")
    with pytest.raises(etree.XMLSyntaxError) as caught:
        etree.parse(str(broken))
    message = as_edition_error(caught.value, "build").format_message()
    assert re.fullmatch(
        rf"{re.escape(str(broken))}:3: not well-formed XML: .+; fix the markup", message
    )


def test_quiet_and_verbose_work_after_the_command_name(tmp_path: Path) -> None:
    source = write_source(tmp_path)
    code, out, _ = run("convert", str(source), "-o", str(tmp_path / "a"), "-f", "plain", "-q")
    assert (code, out) == (0, "")
    code, out, _ = run("convert", str(source), "-o", str(tmp_path / "b"), "-f", "plain")
    assert code == 0 and out.startswith("doc.xml: plain,")


def test_help_lists_commands_in_session_order() -> None:
    code, out, _ = run("--help")
    assert code == 0
    listed = re.findall(r"^  (\w+)  ", out.split("Commands:")[1], flags=re.MULTILINE)
    assert listed == ["convert", "validate", "enrich", "align", "build", "formats"]


@pytest.mark.parametrize(
    ("command", "options"),
    [
        ("convert", ["--output", "--format", "--force", "--strict", "--old-style", "--persons", "--quiet"]),
        ("validate", ["--schema", "--format", "--strict", "--quiet"]),
        ("build", ["--output", "--verbose"]),
        ("enrich", ["--persons", "--personography"]),
        ("align", ["--quiet"]),
    ],
)
def test_subcommand_help_shows_the_documented_options(command: str, options: list[str]) -> None:
    code, out, _ = run(command, "--help")
    assert code == 0
    for option in options:
        assert option in out, f"{command} --help lacks {option}"


def test_no_documents_to_work_on_is_a_usage_error(tmp_path: Path) -> None:
    """The README's table: exit 2 when there are no files to work on, for every command."""
    empty = tmp_path / "empty"
    empty.mkdir()
    for command in (["align", str(empty)], ["build", str(empty), "-o", str(tmp_path / "s")]):
        code, _, err = run(*command)
        assert code == 2
        assert err == (
            f"Error: {empty}: no TEI documents (*.xml other than persons.xml and "
            f"parallels.xml) to {command[0]}; run `edition convert` first or pass the "
            "directory that holds them\n"
        )
    assert not (tmp_path / "s").exists()
    for command in (["validate", str(empty)], ["enrich", str(empty)]):
        assert run(*command)[0] == 2
