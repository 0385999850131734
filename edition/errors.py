"""Typed errors. All derive from click's exception, so the CLI prints one line `Error: ...`."""

from __future__ import annotations

import errno
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


class InterruptedRun(EditionError):
    """Ctrl-C: the files already written are whole (every write is atomic)."""

    exit_code = 130  # the shell's convention for a run ended by SIGINT

    def __init__(self) -> None:
        super().__init__(
            "interrupted; files already written are complete (writes are atomic); "
            "run the command again to finish"
        )


# What to do about an operating-system error, by errno; the default is the last resort.
_OS_HINTS = {
    errno.EACCES: "check the permissions, or choose another path",
    errno.EPERM: "check the permissions, or choose another path",
    errno.EROFS: "the file system is read-only; choose another path",
    errno.ENOTDIR: "a part of this path is a file, not a directory; choose another path",
    errno.EISDIR: "it is a directory, not a file; rename it or choose another path",
    errno.ENOENT: "check the path",
    errno.ENOSPC: "the disk is full; free some space and run again",
    errno.EEXIST: "remove it or choose another path",
}


def os_error(exc: OSError) -> EditionError:
    """A one-line error for a file the system refused us, naming the file and what to do."""
    where = f"{exc.filename}: " if exc.filename is not None else ""
    return EditionError(f"{where}{exc.strerror or exc}; {os_hint(exc)}")


def os_hint(exc: OSError) -> str:
    """What to do about an operating-system error."""
    return _OS_HINTS.get(exc.errno or 0, "check the path and try again")


def unexpected_error(exc: Exception, command: str) -> EditionError:
    """A bug: say so in one line and how to get the traceback, instead of printing it."""
    detail = " ".join(str(exc).split())  # one line, whatever the exception says
    return EditionError(
        f"internal error in `edition {command}`: {type(exc).__name__}: {detail}; this is a bug: "
        "run again with EDITION_DEBUG=1 to see the traceback, and report it"
    )
