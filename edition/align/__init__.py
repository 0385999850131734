"""Parallels: find passages the documents share and write TEI_DIR/parallels.xml (issue 7).

Pipeline (edition.align.run): block text (text) -> sentence units and IDF (units) ->
candidates from an index of distinctive words and scoring (match) -> seg elements around the
passages (segs) -> links and word-level collations (output, collate) and event links (events).
"""

from __future__ import annotations

from pathlib import Path

from ..corpus_files import PARALLELS_FILE
from ..errors import EditionError
from ..progress import QUIET, Console


def align_corpus(tei_dir: Path, console: Console = QUIET) -> Path:
    """Write TEI_DIR/parallels.xml and return its path."""
    from .run import align

    return align(Path(tei_dir), console)


def parallels_for_build(tei_dir: Path, console: Console = QUIET):
    """The alignment a build needs, computed in memory (edition.align.run.Alignment), when
    parallels.xml is missing or older than a document; None when it is current (the build
    reads the files) or there are no documents. Nothing in TEI_DIR is written: only
    `edition align` writes parallels.xml and seg markup. A corpus the aligner cannot read
    gives a warning and the build goes on with the parallels.xml already there, if any."""
    from ..corpus_files import document_files
    from .run import compute

    tei_dir = Path(tei_dir)
    documents = document_files(tei_dir)
    if not documents:
        return None
    target = tei_dir / PARALLELS_FILE
    newest = max(path.stat().st_mtime for path in documents)
    if target.is_file() and target.stat().st_mtime >= newest:
        return None
    console.info(
        "Aligning parallel passages in memory (parallels.xml is missing or stale; "
        "`edition align` writes it)"
    )
    try:
        return compute(tei_dir, console)
    except (EditionError, OSError) as exc:
        console.warn(f"warning[align-failed]: {tei_dir}: {exc}; building without new parallels")
        return None
