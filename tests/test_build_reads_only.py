"""`edition build` only reads TEI_DIR: every file is byte-identical afterwards (and no file is
added), on the bundled sample edition, on third-party TEI and on the converted seeds; the
parallels the site shows are computed in memory when parallels.xml is missing or stale."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from conftest import ROOT

from edition.site import build_site


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under `folder` (hidden state too) with a hash of its bytes."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def built_without_change(tei: Path, site: Path) -> None:
    before = snapshot(tei)
    build_site(tei, site)
    assert snapshot(tei) == before
    assert (site / "index.html").is_file()


def test_the_sample_edition_is_only_read(tmp_path: Path) -> None:
    tei = shutil.copytree(ROOT / "tei", tmp_path / "tei")
    built_without_change(tei, tmp_path / "with-file")
    (tei / "parallels.xml").unlink()  # missing: the build aligns in memory, writes nothing
    built_without_change(tei, tmp_path / "in-memory")
    assert not (tei / "parallels.xml").exists()
    # The parallel view is the same as from the parallels.xml `edition align` wrote.
    for name in ("parallel.html", "endnotes-web.html"):
        assert (tmp_path / "in-memory" / name).read_bytes() == (
            tmp_path / "with-file" / name
        ).read_bytes()


def test_third_party_tei_is_only_read(external_tei_dir: Path, tmp_path: Path) -> None:
    built_without_change(external_tei_dir, tmp_path / "site")


@pytest.mark.seeds
def test_converted_seeds_are_only_read(seeds_dir: Path, tmp_path: Path) -> None:
    from edition.convert import convert

    convert(sorted(seeds_dir.glob("*.txt")), tmp_path / "tei")
    built_without_change(tmp_path / "tei", tmp_path / "site")
    built_without_change(tmp_path / "tei", tmp_path / "site")  # a rebuild too


def test_align_says_what_it_writes(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from edition.cli import main

    tei = shutil.copytree(ROOT / "tei", tmp_path / "tei")
    (tei / "parallels.xml").unlink()
    result = CliRunner().invoke(main, ["align", str(tei)])
    assert result.exit_code == 0, result.output
    assert f"wrote {tei / 'parallels.xml'}" in result.output + (result.stderr or "")
    assert (tei / "parallels.xml").is_file()

