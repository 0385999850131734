"""Check that every internal link of a built site resolves: the file exists and, when the
link has a fragment, an element with that id exists in it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

from lxml import html

LINK_ATTRIBUTES = (("a", "href"), ("link", "href"), ("script", "src"), ("img", "src"))
SKIPPED_DIRS = {"pagefind"}


@dataclass(frozen=True)
class BrokenLink:
    page: Path
    href: str
    reason: str

    def __str__(self) -> str:
        return f"{self.page}: {self.href}: {self.reason}"


@cache
def _ids(path: Path) -> frozenset[str]:
    tree = html.parse(str(path))
    return frozenset(tree.xpath("//@id"))


def _pages(site_dir: Path) -> list[Path]:
    return [
        p
        for p in sorted(site_dir.rglob("*.html"))
        if not SKIPPED_DIRS & set(p.relative_to(site_dir).parts)
    ]


def _internal(href: str) -> bool:
    parts = urlsplit(href)
    return not (parts.scheme or parts.netloc or href.startswith(("mailto:", "data:")))


def check_links(site_dir: Path) -> list[BrokenLink]:
    """Every broken internal link of the HTML pages under `site_dir`."""
    _ids.cache_clear()
    broken = []
    for page in _pages(site_dir):
        tree = html.parse(str(page))
        for tag, attribute in LINK_ATTRIBUTES:
            for href in tree.xpath(f"//{tag}/@{attribute}"):
                if _internal(href):
                    problem = _problem(page, href)
                    if problem:
                        broken.append(BrokenLink(page, href, problem))
    return broken


def _problem(page: Path, href: str) -> str:
    parts = urlsplit(href)
    target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
    if not target.is_file():
        return "no such file"
    if parts.fragment and target.suffix == ".html" and unquote(parts.fragment) not in _ids(target):
        return f"no element with id {parts.fragment!r}"
    return ""


def check_notes(site_dir: Path) -> tuple[int, list[str]]:
    """Every note reference reaches a note (doc-footnote/doc-endnote) whose back-link returns
    to that reference. Returns (references checked, problems)."""
    checked, problems = 0, []
    for page in _pages(site_dir):
        tree = html.parse(str(page))
        by_id = {el.get("id"): el for el in tree.xpath("//*[@id]")}
        for ref in tree.xpath("//a[@role='doc-noteref']"):
            checked += 1
            note = by_id.get(ref.get("href", "").lstrip("#"))
            if note is None or note.get("role") not in ("doc-footnote", "doc-endnote"):
                problems.append(f"{page}: {ref.get('href')}: no note with that id")
                continue
            backs = note.xpath(".//a[@role='doc-backlink']/@href")
            if f"#{ref.get('id')}" not in backs:
                problems.append(f"{page}: {ref.get('href')}: the note does not link back")
    return checked, problems
