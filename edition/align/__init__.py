"""Parallels: find passages the documents share and write TEI_DIR/parallels.xml (issue 7).

Pipeline (edition.align.run): block text (text) -> sentence units and IDF (units) ->
candidates from an index of distinctive words and scoring (match) -> seg elements around the
passages (segs) -> links and word-level collations (output, collate) and event links (events).
"""

from __future__ import annotations

from pathlib import Path

from ..progress import QUIET, Console


def align_corpus(tei_dir: Path, console: Console = QUIET) -> Path:
    """Write TEI_DIR/parallels.xml and return its path."""
    from .run import align

    return align(Path(tei_dir), console)


def ensure_parallels(tei_dir: Path, console: Console = QUIET) -> Path | None:
    """Run align_corpus when parallels.xml is missing or older than a document; None when
    there are no documents to align."""
    from .run import document_paths

    tei_dir = Path(tei_dir)
    documents = document_paths(tei_dir)
    if not documents:
        return None
    target = tei_dir / "parallels.xml"
    newest = max(path.stat().st_mtime for path in documents)
    if target.is_file() and target.stat().st_mtime >= newest:
        return target
    console.info("Aligning parallel passages (parallels.xml is missing or stale)")
    return align_corpus(tei_dir, console)
