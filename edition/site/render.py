"""Run the XSLT stylesheets (xslt/edition.xsl and its modules) on an annotated document."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from lxml import etree

from ..errors import EditionError
from .urls import register_xslt_functions

XSLT_DIR = Path(__file__).parent / "xslt"


@dataclass(frozen=True)
class Fragment:
    """HTML of a rendered document: its table of contents and its text."""

    toc: str
    body: str


@lru_cache(maxsize=1)
def stylesheet() -> etree.XSLT:
    """The compiled entry stylesheet (compiled once per process)."""
    path = XSLT_DIR / "edition.xsl"
    register_xslt_functions()
    try:
        return etree.XSLT(etree.parse(str(path)))
    except (OSError, etree.XSLTParseError, etree.XMLSyntaxError) as exc:
        raise EditionError(f"{path}: cannot load the site stylesheets ({exc}); reinstall edition")


def _html(element: etree._Element | None) -> str:
    if element is None:
        return ""
    element.tail = None
    return etree.tostring(element, method="html", encoding="unicode")


def render(
    tree: etree._ElementTree | etree._Element,
    *,
    id_prefix: str = "",
    root: str = "",
    parallel_page: str = "parallel.html",
) -> Fragment:
    """Transform TEI into HTML. `id_prefix` keeps ids unique when several documents share a
    page; `root` is the relative path from the page to the site root."""
    params = {
        "id-prefix": etree.XSLT.strparam(id_prefix),
        "root": etree.XSLT.strparam(root),
        "parallel-page": etree.XSLT.strparam(parallel_page),
    }
    result = stylesheet()(tree, **params)
    top = result.getroot()
    if top is None:
        return Fragment("", "")
    toc = top.find("nav")
    text = top.find("div")
    has_toc = toc is not None and len(toc)
    return Fragment(_html(toc) if has_toc else "", _html(text))


def render_element(element: etree._Element, *, id_prefix: str = "", root: str = "") -> str:
    """HTML of one TEI element outside a document (a collation, a quoted passage)."""
    result = stylesheet()(
        element, **{"id-prefix": etree.XSLT.strparam(id_prefix), "root": etree.XSLT.strparam(root)}
    )
    top = result.getroot()
    return _html(top.find("div")) if top is not None else ""
