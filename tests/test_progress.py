"""A flood of warnings is capped per code and summarized."""

from __future__ import annotations

import pytest

from edition.progress import WARNINGS_PER_CODE, Console


def test_warnings_are_capped_per_code_and_summarized(capsys: pytest.CaptureFixture) -> None:
    console = Console(1)
    for number in range(WARNINGS_PER_CODE + 5):
        console.warn(f"a.xml:{number}: warning[note-unmatched]: marker {number} has no note")
    console.warn("a.xml:1: warning[date-ambiguous]: one of another kind")
    console.warn("a plain message without a code")
    console.summarize_warnings()
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == WARNINGS_PER_CODE + 3
    assert lines[WARNINGS_PER_CODE - 1].startswith(f"a.xml:{WARNINGS_PER_CODE - 1}: ")
    assert lines[-1] == (
        f"... and 5 more warning[note-unmatched] ({WARNINGS_PER_CODE + 5} in all; "
        "-v shows every one)"
    )


def test_verbose_shows_every_warning(capsys: pytest.CaptureFixture) -> None:
    console = Console(2)
    for number in range(WARNINGS_PER_CODE + 5):
        console.warn(f"a.xml:{number}: warning[x]: w")
    console.summarize_warnings()
    assert len(capsys.readouterr().err.splitlines()) == WARNINGS_PER_CODE + 5
