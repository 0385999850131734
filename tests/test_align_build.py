"""`edition build` reads TEI_DIR and never writes it: every file is byte-identical after a
build, whether parallels.xml is current, stale or absent (the build aligns in memory)."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest

from edition.align import align_corpus
from edition.site import build_site
from edition.xmlio import parse_file

REPO = Path(__file__).resolve().parents[1]
EXTERNAL = REPO.parent / "shared" / "external-tei"


def fingerprint(folder: Path) -> dict[str, tuple[str, int]]:
    """Every file under the folder: content hash and modification time."""
    return {
        str(p.relative_to(folder)): (
            hashlib.sha256(p.read_bytes()).hexdigest(),
            p.stat().st_mtime_ns,
        )
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def build_leaves_untouched(tei: Path, site: Path) -> None:
    before = fingerprint(tei)
    build_site(tei, site)
    assert fingerprint(tei) == before
    assert (site / "parallel.html").is_file()


def test_build_of_the_sample_tei_writes_nothing_into_it(tmp_path: Path) -> None:
    tei = tmp_path / "tei"
    shutil.copytree(REPO / "tei", tei)
    old = (tei / "parallels.xml").stat().st_mtime
    os.utime(tei / "endnotes-web.xml", (old + 10, old + 10))  # parallels.xml stale
    build_leaves_untouched(tei, tmp_path / "site")


def test_build_without_parallels_aligns_in_memory(tmp_path: Path) -> None:
    tei = tmp_path / "tei"
    shutil.copytree(REPO / "tests" / "fixtures" / "align", tei)
    build_leaves_untouched(tei, tmp_path / "site")
    assert not (tei / "parallels.xml").exists()
    page = (tmp_path / "site" / "parallel.html").read_text("utf-8")
    assert "par-" in page  # links found in memory reach the parallel view
    assert 'type="parallel"' not in (tei / "alpha.xml").read_text("utf-8")


def test_build_uses_a_current_parallels_file_as_it_is(tmp_path: Path) -> None:
    tei = tmp_path / "tei"
    shutil.copytree(REPO / "tests" / "fixtures" / "align", tei)
    align_corpus(tei)
    ids = parse_file(tei / "parallels.xml").xpath("//*[local-name()='link']/@xml:id")
    build_leaves_untouched(tei, tmp_path / "site")
    page = (tmp_path / "site" / "parallel.html").read_text("utf-8")
    assert ids and all(i in page for i in ids)


def test_build_of_external_tei_writes_nothing_into_it(tmp_path: Path) -> None:
    if not EXTERNAL.is_dir():
        pytest.skip("../shared/external-tei not found beside the repository")
    tei = tmp_path / "tei"
    shutil.copytree(EXTERNAL, tei)
    build_leaves_untouched(tei, tmp_path / "site")


@pytest.mark.seeds
def test_build_of_converted_seeds_writes_nothing_into_them(seeds_dir, tmp_path: Path) -> None:
    from edition.convert import convert

    convert(sorted(seeds_dir.glob("*.txt")), tmp_path / "tei")
    build_leaves_untouched(tmp_path / "tei", tmp_path / "site")
