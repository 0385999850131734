"""Convert survives being killed between any two writes, and two converts into one
directory: the next convert accepts the directory (no file refused as hand-edited, no
temporary files left)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from edition.guard import STATE_DIR, OutputLock

TEXTS = {
    "harbour": "The Harbour\n\nThe boats of Ann Vale came in on 3 May 1901.\n\nNets were torn.\n",
    "ledger": "The Ledger\n\nJohn Reed kept the ledger from 1899.\n\nIt was lost in 1910.\n",
}


def write_sources(folder: Path, suffix: str = "") -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for stem, text in TEXTS.items():
        path = folder / f"{stem}.txt"
        path.write_text(text + suffix, "utf-8")
        paths.append(path)
    return paths


def convert(sources: list[Path], out: Path, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "edition", "convert", *map(str, sources), "-o", str(out)],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        check=False,
        timeout=120,
    )


def leftovers(out: Path) -> list[str]:
    return sorted(
        str(p.relative_to(out))
        for p in out.rglob("*")
        if p.name.endswith(".tmp")
        or p.name == "journal.json"
        or "staging" in p.parts
        and p.is_file()
    )


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL fault injection needs POSIX")
@pytest.mark.parametrize("existing", [False, True], ids=["first-convert", "reconvert"])
def test_a_kill_between_any_two_writes_leaves_a_directory_the_next_convert_accepts(
    tmp_path: Path, existing: bool
) -> None:
    baseline = tmp_path / "baseline"
    if existing:
        assert convert(write_sources(tmp_path / "old"), baseline).returncode == 0
    sources = write_sources(tmp_path / "new", suffix="\nA paragraph added later.\n")
    crashed = 0
    for point in range(1, 200):
        out = tmp_path / f"run{point}"
        if existing:
            shutil.copytree(baseline, out)
        run = convert(sources, out, EDITION_CRASH_AT=str(point))
        if run.returncode == 0:  # past the last write: every point has been tried
            break
        assert run.returncode == -9, run.stderr
        crashed += 1
        again = convert(sources, out)
        assert again.returncode == 0, f"after a kill at write {point}: {again.stderr}"
        assert leftovers(out) == []
        assert convert(sources, out).returncode == 0  # and the directory stays consistent
        assert "A paragraph added later." in (out / "harbour.xml").read_text("utf-8")
    assert crashed >= 8  # documents, manifest, journal, logs: many points were tried


@pytest.mark.skipif(os.name != "posix", reason="advisory locks need POSIX")
def test_two_concurrent_converts_into_one_directory_keep_both_manifest_entries(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out"
    harbour, ledger = write_sources(tmp_path / "src")
    for _ in range(3):
        command = [sys.executable, "-m", "edition", "convert"]
        first = subprocess.Popen(
            [*command, str(harbour), "-o", str(out)], stderr=subprocess.PIPE, text=True
        )
        second = subprocess.Popen(
            [*command, str(ledger), "-o", str(out)], stderr=subprocess.PIPE, text=True
        )
        assert first.wait(120) == 0 and second.wait(120) == 0
        first.stderr.close()
        second.stderr.close()
        run = convert([harbour, ledger], out)
        assert run.returncode == 0, run.stderr
        assert leftovers(out) == []


@pytest.mark.skipif(os.name != "posix", reason="advisory locks need POSIX")
def test_a_second_writer_waits_then_fails_clearly_when_the_lock_is_held(tmp_path: Path) -> None:
    out = tmp_path / "out"
    sources = write_sources(tmp_path / "src")
    with OutputLock(out, notify=lambda message: None):
        run = convert(sources, out, EDITION_LOCK_TIMEOUT="0.5")
    assert run.returncode == 1
    assert (
        f"{out}: another `edition convert` or `edition enrich` is writing here; waiting for it "
        "to finish"
    ) in run.stderr
    assert (
        f"{out}: another `edition convert` or `edition enrich` is still writing here (lock "
        f"{out / STATE_DIR / 'lock'}); run again when it has finished"
    ) in run.stderr
    assert convert(sources, out).returncode == 0
