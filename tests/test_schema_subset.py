"""schemas/edition.rng is a true subset of TEI (tei_all), and pruning tei_all to a
document's names never changes the verdict.

Three checks: (1) structural, Java-free: every define of edition.rng is its tei_all namesake
with only shrinking edits (an element made notAllowed, an optional attribute made empty);
(2) every fixture, golden and sample TEI file that passes edition.rng passes the whole
tei_all in lxml and in jing (when java is present); (3) the pruned tei_all gives the same
verdict as the whole one."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import EXTERNAL_TEI, ROOT, TEI_ALL
from lxml import etree

from edition.cli import main
from edition.errors import InputError
from edition.validation.derive import build_edition_rng
from edition.validation.prune import Grammar, rng, strip_annotations
from edition.validation.relaxng import SchemaSet, relaxng_errors
from edition.xmlio import parse_file

EDITION_RNG = ROOT / "schemas" / "edition.rng"
FIXTURES = ROOT / "tests" / "fixtures" / "validate"


@pytest.fixture(scope="module")
def tei_all_root() -> etree._Element:
    if not TEI_ALL.is_file():
        pytest.skip("../shared/reference/tei_all.rng not found")
    root = parse_file(TEI_ALL).getroot()
    strip_annotations(root)
    return root


@pytest.fixture(scope="module")
def tei_files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Fixtures, goldens, the bundled TEI and the samples converted now."""
    out = tmp_path_factory.mktemp("samples-tei")
    samples = sorted(map(str, (ROOT / "samples").glob("*.txt")))
    if samples:
        CliRunner().invoke(main, ["-q", "convert", *samples, "-o", str(out)])
    files = [
        *FIXTURES.glob("*.xml"),
        *ROOT.glob("tests/test_*/*.xml"),
        *ROOT.glob("tei/*.xml"),
        *out.glob("*.xml"),
    ]
    return sorted(files)


def _same_modulo_shrinking(ours: etree._Element, theirs: etree._Element) -> bool:
    """`ours` equals `theirs` except where an optional attribute became <empty/>."""
    if ours.tag == rng("empty") and theirs.tag == rng("optional"):
        return len(theirs) == 1 and theirs[0].tag == rng("attribute")
    if ours.tag != theirs.tag or dict(ours.attrib) != dict(theirs.attrib):
        return False
    if (ours.text or "").strip() != (theirs.text or "").strip() or len(ours) != len(theirs):
        return False
    return all(_same_modulo_shrinking(a, b) for a, b in zip(ours, theirs, strict=True))


def test_edition_rng_is_tei_all_with_only_shrinking_edits(tei_all_root: etree._Element) -> None:
    ours = parse_file(EDITION_RNG).getroot()
    strip_annotations(ours)
    theirs = Grammar(tei_all_root).defines
    checked = 0
    for define in ours.iter(rng("define")):
        [original] = theirs[define.get("name")]
        children = list(define)
        if len(children) == 1 and children[0].tag == rng("notAllowed"):
            continue
        assert _same_modulo_shrinking(define, original), define.get("name")
        checked += 1
    assert checked > 100
    [start] = ours.iter(rng("start"))
    assert _same_modulo_shrinking(start, next(tei_all_root.iter(rng("start"))))


def test_edition_rng_is_generated_from_the_odd() -> None:
    if not TEI_ALL.is_file():
        pytest.skip("../shared/reference/tei_all.rng not found")
    assert build_edition_rng(TEI_ALL) == EDITION_RNG.read_bytes(), (
        "schemas/edition.rng is stale: run python -m edition.validation.derive"
    )


def test_every_file_valid_against_ours_is_valid_against_tei_all(
    tei_files: list[Path], tei_all_schema
) -> None:
    ours = etree.RelaxNG(parse_file(EDITION_RNG))
    passing = [f for f in tei_files if ours.validate(parse_file(f))]
    assert len(passing) >= 8
    for path in passing:
        assert tei_all_schema.validate(parse_file(path)), (path, tei_all_schema.error_log)
    if shutil.which("java") and shutil.which("pyjing"):
        result = subprocess.run(
            ["pyjing", str(TEI_ALL), *map(str, passing)],
            check=False,
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stdout


def test_edition_rng_rejects_what_tei_all_allows(tei_all_schema) -> None:
    """The subset is strict: an element and an attribute outside it are refused."""
    ours = etree.RelaxNG(parse_file(EDITION_RNG))
    text = (FIXTURES / "valid.xml").read_text(encoding="utf-8")
    for change in (("<head>", '<head facs="#f1">'), ("</div>", "<trailer>End.</trailer></div>")):
        doc = etree.fromstring(text.replace(*change, 1).encode())
        assert tei_all_schema.validate(doc), change
        assert not ours.validate(doc), change


def test_pruned_tei_all_gives_the_whole_schemas_verdict(
    tei_files: list[Path], tei_all_schema, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EDITION_CACHE_DIR", str(tmp_path / "cache"))
    schemas = SchemaSet("tei_all")
    files = [*tei_files, *(FIXTURES / "bad").glob("*.xml")]
    if EXTERNAL_TEI.is_dir():  # the 1.2 MB one takes libxml2 ~10 s: left to the benchmark
        files += [f for f in EXTERNAL_TEI.glob("*.xml") if f.stat().st_size < 1_000_000]
    compared = 0
    for path in files:
        try:
            tree = parse_file(path)
        except InputError:  # not well-formed fixtures have no verdict to compare
            continue
        whole = tei_all_schema.validate(tree)
        assert (relaxng_errors(path, tree, schemas) == []) == whole, path
        compared += 1
    assert compared >= 20
    assert any((tmp_path / "cache").glob("tei_all-*.rng"))
