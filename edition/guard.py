"""Protects hand edits: remembers what `convert` wrote, so it never overwrites a file a person
has changed since. State lives in OUTDIR/.edition/manifest.json; backups in .edition/backups/.

A document and its manifest entry are written as one transaction: the new document is staged
in .edition/staging/, a write-ahead record (.edition/journal.json) names it and its checksum,
then the document is renamed into place, the manifest updated and the record removed. A run
killed anywhere in between leaves the record; the next run (under the lock) rolls it forward
and removes the temporary files an interrupted atomic write left behind.

One writer at a time: `OutputLock` holds an advisory lock on .edition/lock for the whole
convert; a second convert into the same directory waits for it (saying so), then reads the
manifest the first one left."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sys
import time
from pathlib import Path
from typing import Self

from .errors import EditionError
from .xmlio import atomic_write, crash_point

STATE_DIR = ".edition"
JOURNAL = "journal.json"
STAGING = "staging"
LOCK = "lock"
LOCK_TIMEOUT_ENV = "EDITION_LOCK_TIMEOUT"
DEFAULT_LOCK_TIMEOUT = 600.0
# What xmlio.atomic_write leaves behind when killed between writing and renaming.
ATOMIC_TEMP = re.compile(r"^\..+\.[A-Za-z0-9_]{6,}\.tmp$")


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_digest(path: Path) -> str:
    """The checksum of a file, read in blocks (a file of any size in bounded memory)."""
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


class OutputLock:
    """An exclusive advisory lock on OUTDIR/.edition/lock (released by the OS if the process
    dies). A second holder waits up to EDITION_LOCK_TIMEOUT seconds (default 600), telling
    the user, then fails with a message naming the directory."""

    def __init__(self, outdir: Path, notify=lambda message: print(message, file=sys.stderr)):
        self.path = Path(outdir) / STATE_DIR / LOCK
        self.notify = notify
        self.handle = None

    def __enter__(self) -> Self:
        try:
            import fcntl
        except ImportError:  # no advisory locks on this platform: one writer is assumed
            return self
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.handle = open(self.path, "a+")
        if not self._try(fcntl):
            self.notify(
                f"{self.path.parent.parent}: another `edition convert` or `edition enrich` "
                "is writing here; waiting for it to finish"
            )
            deadline = time.monotonic() + float(
                os.environ.get(LOCK_TIMEOUT_ENV, DEFAULT_LOCK_TIMEOUT)
            )
            while not self._try(fcntl):
                if time.monotonic() > deadline:
                    self.handle.close()
                    raise EditionError(
                        f"{self.path.parent.parent}: another `edition convert` or `edition "
                        f"enrich` is still writing here (lock {self.path}); run again when it "
                        "has finished"
                    )
                time.sleep(0.1)
        return self

    def _try(self, fcntl) -> bool:
        try:
            fcntl.flock(self.handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def __exit__(self, *exc: object) -> None:
        if self.handle is not None:
            self.handle.close()  # closing releases the lock
            self.handle = None


class EditGuard:
    """Knows the checksum of every file written into one output directory."""

    def __init__(self, outdir: Path) -> None:
        self.outdir = outdir
        self.state = outdir / STATE_DIR
        self.manifest_path = self.state / "manifest.json"
        self.journal_path = self.state / JOURNAL
        self.written = self._read_manifest()
        self.recover()

    def _read_manifest(self) -> dict[str, str]:
        try:
            written = json.loads(self.manifest_path.read_text("utf-8"))
        except (OSError, ValueError):
            written = {}
        # A manifest that is not a name -> checksum map knows nothing: every file counts as edited.
        return written if isinstance(written, dict) else {}

    def is_edited(self, path: Path) -> bool:
        """True when `path` exists and is not byte-for-byte what we last wrote there."""
        if not path.exists():
            return False
        recorded = self.written.get(path.name)
        return recorded is None or recorded != file_digest(path)

    def backup(self, path: Path) -> Path:
        """Copy `path` into .edition/backups/ under a timestamped name; return the copy."""
        stamp = time.strftime("%Y%m%dT%H%M%S")
        target = self.state / "backups" / f"{path.stem}.{stamp}{path.suffix}"
        counter = 1
        while target.exists():
            counter += 1
            target = target.with_name(f"{path.stem}.{stamp}-{counter}{path.suffix}")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)
        return target

    def write(self, path: Path, data: bytes) -> None:
        """Write `path` and its manifest entry as one transaction (see the module docstring)."""
        staged = self.staging(path)
        try:
            atomic_write(staged, data)
        except OSError as exc:  # name the document the user asked for, not the staged copy
            raise OSError(exc.errno, exc.strerror, str(path)) from None
        self.commit(path, digest(data))

    def staging(self, path: Path) -> Path:
        """Where the new content of `path` is staged before `commit` moves it into place."""
        return self.state / STAGING / path.name

    def commit(self, path: Path, checksum: str) -> None:
        """Move the staged content of `path` into place with its manifest entry (journaled)."""
        staged = self.staging(path)
        atomic_write(self.journal_path, json.dumps({"file": path.name, "digest": checksum}))
        os.replace(staged, path)
        crash_point()
        # What another writer of this run recorded (persons.xml) stays in the manifest.
        self.written = {**self._read_manifest(), **self.written, path.name: checksum}
        self._save_manifest()
        self.journal_path.unlink()
        crash_point()

    def _save_manifest(self) -> None:
        atomic_write(self.manifest_path, json.dumps(self.written, indent=2, sort_keys=True) + "\n")

    def recover(self) -> None:
        """Finish a write an earlier run was stopped in, and remove its temporary files."""
        try:
            record = json.loads(self.journal_path.read_text("utf-8"))
        except (OSError, ValueError):
            record = None
        if isinstance(record, dict) and isinstance(record.get("file"), str):
            name = Path(record["file"]).name
            staged, target = self.staging(Path(name)), self.outdir / name
            if staged.is_file():
                os.replace(staged, target)
            if target.is_file() and file_digest(target) == record.get("digest"):
                self.written[name] = record["digest"]
                self._save_manifest()
        self.journal_path.unlink(missing_ok=True)
        temporary = [*self.outdir.glob(".*.tmp"), *self.state.rglob(".*.tmp")]
        for leftover in temporary:
            if ATOMIC_TEMP.match(leftover.name) and leftover.is_file():
                leftover.unlink(missing_ok=True)
