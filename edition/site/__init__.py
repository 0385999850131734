"""The static edition website (issue 6): reading pages, indexes, parallel view, search.

The build is a list of stages in build.py; XSLT 1.0 stylesheets in xslt/ render TEI to HTML
fragments and Jinja2 templates in templates/ make the pages around them.
"""

from __future__ import annotations

from pathlib import Path

from ..corpus_files import CORPUS_FILES, document_files
from ..progress import QUIET, Console

__all__ = ["CORPUS_FILES", "build_site", "document_files"]


def build_site(tei_dir: str | Path, site_dir: str | Path, console: Console = QUIET) -> list[Path]:
    """Build SITE_DIR from the TEI in TEI_DIR; return the reading pages written."""
    from .build import run_build

    return run_build(Path(tei_dir), Path(site_dir), console).reading_pages
