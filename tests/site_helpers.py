"""Helpers shared by the site tests: the fixture corpus, built once per session."""

from __future__ import annotations

from pathlib import Path

from lxml import html

FIXTURES = Path(__file__).parent / "fixtures" / "site"
FIXTURE_TEI = FIXTURES / "tei"


def page(site: Path, name: str) -> html.HtmlElement:
    return html.parse(str(site / name)).getroot()


def outer_html(element: html.HtmlElement) -> str:
    return html.tostring(element, encoding="unicode", with_tail=False)


def text_of(element: html.HtmlElement) -> str:
    return " ".join(element.text_content().split())
