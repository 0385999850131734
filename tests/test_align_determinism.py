"""`edition align` gives byte-identical output whatever the hash seed: parallels.xml and the
marked documents are the same under PYTHONHASHSEED=1 and =2 (two separate processes)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FIXTURE = REPO / "tests" / "fixtures" / "align"
SIDE_FILES = ("persons.xml", "parallels.xml")


def with_copies(source: Path, target: Path, copies: int) -> Path:
    """The corpus's documents `copies` times under new names (ties between identical
    passages are where hash order used to leak into the output)."""
    target.mkdir(parents=True)
    for path in sorted(source.glob("*.xml")):
        if path.name in SIDE_FILES:
            if path.name == "persons.xml":
                shutil.copy(path, target / path.name)
            continue
        for n in range(copies):
            shutil.copy(path, target / f"c{n}-{path.name}")
    return target


def aligned_bytes(corpus: Path, work: Path, seed: str) -> dict[str, bytes]:
    copy = work / f"seed{seed}"
    shutil.copytree(corpus, copy)
    env = {**os.environ, "PYTHONHASHSEED": seed}
    subprocess.run(
        [sys.executable, "-c", "from edition.cli import main; main()", "align", str(copy)],
        check=True,
        env=env,
        capture_output=True,
        timeout=600,
    )
    return {p.name: p.read_bytes() for p in sorted(copy.glob("*.xml"))}


def assert_same_under_two_seeds(corpus: Path, work: Path) -> None:
    first, second = aligned_bytes(corpus, work, "1"), aligned_bytes(corpus, work, "2")
    assert b"<link " in first["parallels.xml"]
    assert sorted(first) == sorted(second)
    for name in first:
        assert first[name] == second[name], f"{name} differs between hash seeds"


def test_fixture_corpus_is_deterministic(tmp_path: Path) -> None:
    assert_same_under_two_seeds(FIXTURE, tmp_path)


def test_copy_heavy_fixture_corpus_is_deterministic(tmp_path: Path) -> None:
    assert_same_under_two_seeds(with_copies(FIXTURE, tmp_path / "copies", 4), tmp_path)


def test_sample_tei_is_deterministic(tmp_path: Path) -> None:
    assert_same_under_two_seeds(REPO / "tei", tmp_path)


@pytest.mark.seeds
def test_seeds_four_times_are_deterministic(seeds_dir, tmp_path: Path) -> None:
    from edition.convert import convert

    convert(sorted(seeds_dir.glob("*.txt")), tmp_path / "tei")
    assert_same_under_two_seeds(with_copies(tmp_path / "tei", tmp_path / "x4", 4), tmp_path)
