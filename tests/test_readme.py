"""The README's commands work as written (run in a scratch copy of the sample corpus)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def setup_commands() -> list[str]:
    """The `edition ...` part of each command in the README's first sh block."""
    block = re.search(r"```sh\n(.*?)```", README, re.DOTALL).group(1)
    commands = []
    for line in block.splitlines():
        command = line.split("#")[0].strip()
        commands += [
            part.strip() for part in command.split("&&") if part.strip().startswith("edition")
        ]
    return commands


def session_commands() -> list[str]:
    """The `$ edition ...` lines of the README's first console transcript."""
    block = re.search(r"```console\n(.*?)```", README, re.DOTALL).group(1)
    return [line[2:] for line in block.splitlines() if line.startswith("$ edition")]


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "samples", tmp_path / "samples")
    shutil.copytree(ROOT / "tei", tmp_path / "tei")
    return tmp_path


def sh(command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, shell=True, cwd=cwd, capture_output=True, text=True, timeout=300, check=False
    )


def test_readme_has_the_two_setup_commands() -> None:
    assert setup_commands() == ["edition build tei -o site"]
    assert (
        "python -m pytest" in README
        and (ROOT / ".ci" / "run")
        .read_text()
        .count('python -m pip install -q -e ".[test]" && python -m pytest')
        == 1
    )


def test_main_command_builds_the_sample_site(workdir: Path) -> None:
    for command in setup_commands():
        result = sh(command, workdir)
        assert result.returncode == 0, result.stderr
    assert (workdir / "site" / "index.html").is_file()


def test_session_transcript_runs(workdir: Path) -> None:
    commands = session_commands()
    assert [c.split()[1] for c in commands] == ["convert", "validate", "build"]
    for command in commands:
        result = sh(command, workdir)
        assert result.returncode == 0, f"{command}: {result.stdout}{result.stderr}"
    assert (workdir / "my-site" / "index.html").is_file()


def test_reconvert_after_hand_edit_is_refused_as_documented(workdir: Path) -> None:
    convert = session_commands()[0]
    assert sh(convert, workdir).returncode == 0
    edited = min((workdir / "my-tei").glob("*.xml"))
    edited.write_text(edited.read_text("utf-8").replace("</TEI>", "<!-- fixed --></TEI>"), "utf-8")
    result = sh(convert, workdir)
    assert result.returncode == 1
    assert "refusing to overwrite" in result.stderr and "Traceback" not in result.stderr
