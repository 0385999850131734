"""Typed errors. All derive from click's exception so the CLI prints `Error: ...` and exits 1."""

from __future__ import annotations

from pathlib import Path

import click


class EditionError(click.ClickException):
    """Base class for every error the toolkit raises on purpose."""

    exit_code = 1


class InputError(EditionError):
    """Bad input: a file we cannot read, parse or accept. Names the file and line."""

    def __init__(self, path: str | Path, message: str, line: int | None = None) -> None:
        self.path = str(path)
        self.line = line
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {message}")


class ReaderError(InputError):
    """A reader could not turn the source text into a document."""


class UnknownFormatError(EditionError):
    """A format name that no reader is registered for."""

    exit_code = 2


class EditedFileError(EditionError):
    """Refusing to overwrite TEI that a person has edited since `convert` wrote it."""
