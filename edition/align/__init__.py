"""Parallels: find passages the documents share and write TEI_DIR/parallels.xml (issue 7).

Pipeline (edition.align.run): block text (text) -> sentence units and IDF (units) ->
candidates from an index of distinctive words and scoring (match) -> seg elements around the
passages (segs) -> links and word-level collations (output, collate) and event links (events).
"""

from __future__ import annotations

import os
from pathlib import Path

from ..corpus_files import PARALLELS_FILE
from ..errors import EditionError
from ..progress import QUIET, Console


def align_corpus(tei_dir: Path, console: Console = QUIET) -> Path:
    """Write TEI_DIR/parallels.xml and return its path."""
    from .run import align

    return align(Path(tei_dir), console)


def ensure_parallels(tei_dir: Path, console: Console = QUIET) -> Path | None:
    """Run align_corpus when parallels.xml is missing or older than a document; None when
    there are no documents to align. A directory the aligner cannot write (or documents it
    cannot read) gives a warning and the parallels.xml already there, if any."""
    from ..corpus_files import document_files

    tei_dir = Path(tei_dir)
    documents = document_files(tei_dir)
    if not documents:
        return None
    target = tei_dir / PARALLELS_FILE
    newest = max(path.stat().st_mtime for path in documents)
    if target.is_file() and target.stat().st_mtime >= newest:
        return target
    unwritable = [p for p in (tei_dir, *documents) if not os.access(p, os.W_OK)]
    if unwritable:
        console.warn(
            f"warning[align-read-only]: {unwritable[0]}: not writable, so parallels.xml cannot "
            "be refreshed; building without new parallels (run `edition align` on a writable copy)"
        )
        return target if target.is_file() else None
    console.info("Aligning parallel passages (parallels.xml is missing or stale)")
    try:
        return align_corpus(tei_dir, console)
    except (EditionError, OSError) as exc:
        console.warn(f"warning[align-failed]: {tei_dir}: {exc}; building without new parallels")
        return target if target.is_file() else None
