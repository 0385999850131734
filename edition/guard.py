"""Protects hand edits: remembers what `convert` wrote, so it never overwrites a file a person
has changed since. State lives in OUTDIR/.edition/manifest.json; backups in .edition/backups/."""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from pathlib import Path

from .xmlio import atomic_write

STATE_DIR = ".edition"


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class EditGuard:
    """Knows the checksum of every file written into one output directory."""

    def __init__(self, outdir: Path) -> None:
        self.outdir = outdir
        self.state = outdir / STATE_DIR
        self.manifest_path = self.state / "manifest.json"
        try:
            written = json.loads(self.manifest_path.read_text("utf-8"))
        except (OSError, ValueError):
            written = {}
        # A manifest that is not a name -> checksum map knows nothing: every file counts as edited.
        self.written: dict[str, str] = written if isinstance(written, dict) else {}

    def is_edited(self, path: Path) -> bool:
        """True when `path` exists and is not byte-for-byte what we last wrote there."""
        if not path.exists():
            return False
        recorded = self.written.get(path.name)
        return recorded is None or recorded != digest(path.read_bytes())

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
        """Write atomically and remember the checksum."""
        atomic_write(path, data)
        self.written[path.name] = digest(data)
        atomic_write(self.manifest_path, json.dumps(self.written, indent=2, sort_keys=True) + "\n")
