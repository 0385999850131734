"""Parallels: find passages the documents share. `edition align` writes TEI_DIR/parallels.xml
and the seg markup; `edition build` aligns in memory and never writes TEI_DIR.

Pipeline (edition.align.run): block text (text) -> sentence units and IDF (units) ->
candidates from an index of distinctive words and scoring (match) -> seg elements around the
passages (segs) -> links and word-level collations (output, collate) and event links (events).
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from ..corpus_files import PARALLELS_FILE
from ..progress import QUIET, Console


def align_corpus(tei_dir: Path, console: Console = QUIET) -> Path:
    """Write TEI_DIR/parallels.xml and return its path."""
    from .run import align

    return align(Path(tei_dir), console)


def parallels_current(tei_dir: Path) -> bool:
    """True when TEI_DIR/parallels.xml exists and is not older than any document (written by
    `edition align` after the last edit), so a build may read it as it is."""
    from ..corpus_files import document_files

    target = Path(tei_dir) / PARALLELS_FILE
    documents = document_files(Path(tei_dir))
    if not target.is_file() or not documents:
        return target.is_file()
    return target.stat().st_mtime >= max(path.stat().st_mtime for path in documents)


def align_in_memory(trees: dict[str, tuple[Path, etree._ElementTree]]) -> etree._ElementTree:
    """Align parsed documents (stem -> (path, tree)): seg markup goes into the trees, the
    parallels tree is returned; nothing is written."""
    from .run import align_trees

    return align_trees(trees)
