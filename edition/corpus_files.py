"""What a TEI directory holds: one TEI file per document, and the corpus-wide files beside them."""

from __future__ import annotations

from pathlib import Path

PERSONS_FILE = "persons.xml"
PARALLELS_FILE = "parallels.xml"
CORPUS_FILES = frozenset({PERSONS_FILE, PARALLELS_FILE})


def document_files(tei_dir: Path) -> list[Path]:
    """The documents of a TEI directory: its *.xml files except the corpus-wide ones, sorted."""
    return [p for p in sorted(Path(tei_dir).glob("*.xml")) if p.name not in CORPUS_FILES]
