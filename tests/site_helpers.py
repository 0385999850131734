"""Helpers shared by the site tests: the fixture corpora and reading the built pages."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from lxml import html

FIXTURES = Path(__file__).parent / "fixtures" / "site"
FIXTURE_TEI = FIXTURES / "tei"


def fixture_copy(name: str, target: Path) -> Path:
    """A private copy of tests/fixtures/site/<name> to build from. The build refreshes a
    stale parallels.xml beside the TEI (the aligner rewrites the documents), so tests never
    build from the fixtures themselves; the copy's hand-written parallels.xml is made the
    newest file so the build uses it as it is."""
    shutil.copytree(FIXTURES / name, target)
    parallels = target / "parallels.xml"
    if parallels.is_file():
        newest = max(p.stat().st_mtime for p in target.glob("*.xml"))
        os.utime(parallels, (newest + 10, newest + 10))
    return target


def page(site: Path, name: str) -> html.HtmlElement:
    return html.parse(str(site / name)).getroot()


def outer_html(element: html.HtmlElement) -> str:
    return html.tostring(element, encoding="unicode", with_tail=False)


def text_of(element: html.HtmlElement) -> str:
    return " ".join(element.text_content().split())
