"""Static site build (a bare reading page per document for now; the full site is issue 6)."""

from __future__ import annotations

import html
from pathlib import Path

from ..progress import QUIET, Console
from ..xmlio import NSMAP, atomic_write, parse_file

CORPUS_FILES = {"persons.xml", "parallels.xml"}


def document_files(tei_dir: Path) -> list[Path]:
    """The documents of a TEI directory: its *.xml files except the corpus-wide ones."""
    return [p for p in sorted(Path(tei_dir).glob("*.xml")) if p.name not in CORPUS_FILES]


def build_site(tei_dir: str | Path, site_dir: str | Path, console: Console = QUIET) -> list[Path]:
    tei_dir, site_dir = Path(tei_dir), Path(site_dir)
    pages = []
    for path in console.progress(document_files(tei_dir), "Building pages"):
        tree = parse_file(path)
        title = "".join(tree.xpath("//tei:titleStmt/tei:title[1]//text()", namespaces=NSMAP))
        paras = ["<p>" + html.escape("".join(p.itertext())) + "</p>"
                 for p in tree.xpath("//tei:body//tei:p", namespaces=NSMAP)]
        page = site_dir / f"{path.stem}.html"
        atomic_write(page, f"<!doctype html><title>{html.escape(title)}</title><h1>"
                     f"{html.escape(title)}</h1>{''.join(paras)}")
        pages.append(page)
    links = "".join(f'<li><a href="{p.name}">{html.escape(p.stem)}</a></li>' for p in pages)
    atomic_write(site_dir / "index.html", f"<!doctype html><title>Edition</title><ul>{links}</ul>")
    return pages
