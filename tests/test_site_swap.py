"""A failed build leaves the previous site as it was; errors name the user's files."""

from __future__ import annotations

import errno
import os
import subprocess
from pathlib import Path

import pytest
from site_helpers import fixture_copy

from edition.errors import EditionError
from edition.progress import Console
from edition.site import build_site, pages, search


def snapshot(site: Path) -> dict[str, bytes]:
    return {str(p.relative_to(site)): p.read_bytes() for p in site.rglob("*") if p.is_file()}


@pytest.fixture
def built(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    monkeypatch.setattr(search, "pagefind_available", lambda: False)  # speed: no indexer
    tei, site = fixture_copy("tei", tmp_path / "tei"), tmp_path / "site"
    build_site(tei, site)
    (site / "notes-of-mine.txt").write_text("kept")  # a file the user put in the site
    return tei, site


def test_a_disk_filling_during_the_build_leaves_the_previous_site(
    built: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    tei, site = built
    before = snapshot(site)
    real_write = pages.atomic_write
    calls = []

    def fill_disk(path, data):
        calls.append(path)
        if len(calls) == 3:
            temp = Path(path).parent / f".{Path(path).name}.k2j4x9q1.tmp"
            raise OSError(errno.ENOSPC, "No space left on device", str(temp))
        real_write(path, data)

    monkeypatch.setattr(pages, "atomic_write", fill_disk)
    (tei / "alpha.xml").write_text(
        (tei / "alpha.xml").read_text("utf-8").replace("</body>", "<p>New text.</p></body>")
    )
    with pytest.raises(EditionError) as caught:
        build_site(tei, site, Console(0))
    written = Path(calls[2])  # a path in the staging folder beside the site
    staging = next(p for p in written.parents if p.parent == site.parent)
    assert caught.value.format_message() == (
        f"{site / written.relative_to(staging)}: cannot write (the disk is full); the previous "
        "site is unchanged; free some space and build again"
    )
    assert snapshot(site) == before
    assert [p.name for p in site.parent.iterdir() if p.name.startswith(".")] == []


def test_a_successful_build_replaces_the_site_and_keeps_the_users_files(
    built: tuple[Path, Path],
) -> None:
    tei, site = built
    (tei / "alpha.xml").write_text(
        (tei / "alpha.xml").read_text("utf-8").replace("</body>", "<p>Brand new text.</p></body>")
    )
    pages_written = build_site(tei, site, Console(0))
    assert all(site in p.parents for p in pages_written)
    assert "Brand new text." in (site / "alpha.html").read_text("utf-8")
    assert (site / "notes-of-mine.txt").read_text() == "kept"
    assert [p.name for p in site.parent.iterdir() if p.name.startswith(".")] == []


def test_a_failing_indexer_leaves_no_half_written_search_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    tei, site = fixture_copy("tei", tmp_path / "tei"), tmp_path / "site"

    def broken_indexer(command, **kwargs):
        bundle = Path(command[command.index("--site") + 1]) / search.BUNDLE
        bundle.mkdir(parents=True, exist_ok=True)
        (bundle / "pagefind-entry.json").write_bytes(b"")  # what a full disk leaves
        return subprocess.CompletedProcess(command, 1, "", "Error: No space left on device")

    monkeypatch.setattr(search, "pagefind_available", lambda: True)
    monkeypatch.setattr(search.subprocess, "run", broken_indexer)
    build_site(tei, site, Console(1))
    assert not (site / search.BUNDLE).exists()
    assert "Search is unavailable" in (site / "search.html").read_text("utf-8")
    err = capsys.readouterr().err
    assert "warning[search-failed]: pagefind failed (Error: No space left on device)" in err
    assert ".building-" not in err


@pytest.mark.skipif(os.name != "posix", reason="permissions need POSIX")
def test_a_read_only_site_names_the_site_not_a_temporary_file(
    built: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    tei, site = built

    def read_only(path, data):
        raise OSError(
            errno.EROFS, "Read-only file system", str(Path(path).parent / ".x.html.abcdefgh.tmp")
        )

    monkeypatch.setattr(pages, "atomic_write", read_only)
    with pytest.raises(EditionError) as caught:
        build_site(tei, site, Console(0))
    message = caught.value.format_message()
    assert message.startswith(f"{site}{os.sep}") and ".tmp" not in message
    assert ".building-" not in message and "no permission to write there" in message
