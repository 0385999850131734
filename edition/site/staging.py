"""Build the site beside SITE_DIR and swap it into place, so a failed build (disk full, a
crash, Ctrl-C) leaves the previous site as it was.

The staging folder (`.SITE.building-PID` beside SITE_DIR) starts as a copy of the previous
site, so files someone else put there survive and the prune stage sees the earlier build's
log; the finished folder then replaces SITE_DIR by two renames. Errors name the file in
SITE_DIR the build was writing, never the staging copy or a temporary name."""

from __future__ import annotations

import errno
import os
import re
import shutil
from pathlib import Path

from ..errors import EditionError
from ..progress import Console

_ATOMIC_TEMP = re.compile(r"^\.(?P<name>.+)\.[A-Za-z0-9_]{6,}\.tmp$")


def staging_dir(site_dir: Path) -> Path:
    return site_dir.parent / f".{site_dir.name}.building-{os.getpid()}"


def can_swap(site_dir: Path, tei_dir: Path) -> bool:
    """Whether SITE_DIR may be replaced by renaming: not a symlink, a mount point, the
    working directory, or a folder holding TEI_DIR."""
    site, tei = site_dir.resolve(), tei_dir.resolve()
    return not (
        site_dir.is_symlink()
        or (site.exists() and os.path.ismount(site))
        or site == Path.cwd().resolve()
        or tei.is_relative_to(site)
    )


def start(site_dir: Path) -> Path:
    """A fresh staging folder holding a copy of the previous site (if any)."""
    staging = staging_dir(site_dir)
    shutil.rmtree(staging, ignore_errors=True)
    if site_dir.is_dir():
        shutil.copytree(site_dir, staging, symlinks=True)
    else:
        staging.mkdir(parents=True)
    return staging


def finish(staging: Path, site_dir: Path) -> None:
    """Put the staging folder in SITE_DIR's place and remove the previous site."""
    old = site_dir.parent / f".{site_dir.name}.previous-{os.getpid()}"
    shutil.rmtree(old, ignore_errors=True)
    if site_dir.exists():
        os.rename(site_dir, old)
    os.rename(staging, site_dir)
    shutil.rmtree(old, ignore_errors=True)


def abandon(staging: Path) -> None:
    shutil.rmtree(staging, ignore_errors=True)


def user_path(path: str | os.PathLike | None, staging: Path, site_dir: Path) -> str:
    """The file in SITE_DIR that `path` (in the staging folder, maybe a temporary name
    of atomic_write) stands for."""
    if not path:
        return str(site_dir)
    path = Path(path)
    match = _ATOMIC_TEMP.match(path.name)
    if match:
        path = path.with_name(match.group("name"))
    try:
        return str(site_dir / path.relative_to(staging))
    except ValueError:
        return str(path)


def write_error(exc: OSError, staging: Path, site_dir: Path) -> EditionError:
    """A one-line error for a failed write during the build, naming the user's file."""
    target = user_path(exc.filename, staging, site_dir)
    if exc.errno == errno.ENOSPC:
        cause = "the disk is full"
        fix = "free some space and build again"
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        cause = "no permission to write there"
        fix = f"make {site_dir} writable or build into another directory"
    else:
        cause = exc.strerror or str(exc)
        fix = "fix the cause and build again"
    return EditionError(f"{target}: cannot write ({cause}); the previous site is unchanged; {fix}")


def rename_paths(message: str, staging: Path, site_dir: Path) -> str:
    """`message` with the staging folder's name replaced by SITE_DIR's."""
    return message.replace(str(staging), str(site_dir))


class RenamingConsole(Console):
    """The build's console while it writes into the staging folder: messages name SITE_DIR."""

    def __init__(self, console: Console, staging: Path, site_dir: Path) -> None:
        super().__init__(console.verbosity)
        self.inner, self.staging, self.site_dir = console, staging, site_dir

    def progress(self, items, label, length=None):
        return self.inner.progress(items, label, length)

    def info(self, message: str) -> None:
        self.inner.info(rename_paths(message, self.staging, self.site_dir))

    def detail(self, message: str) -> None:
        self.inner.detail(rename_paths(message, self.staging, self.site_dir))

    def warn(self, message: str) -> None:
        self.inner.warn(rename_paths(message, self.staging, self.site_dir))
