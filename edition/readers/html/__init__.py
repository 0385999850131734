"""Saved web pages (HTML): main content, metadata, and notes resolved at their markers.

Parsed with lxml's HTML parser (no network, no huge trees). Notes are found on the whole page
before the site furniture (navigation, share and comment widgets, ads) is removed and logged;
the text is then read into the model, headings becoming divisions.
"""

from __future__ import annotations

import re

from ...model import Document, P, inline_text
from ...report import Report
from ..outline import Heading, nest_sections
from .blocks import BlockReader
from .content import drop_furniture, log_outside_content, main_content
from .inlines import InlineReader
from .metadata import byline_author, page_metadata
from .notes import NOTES_HEADING, find_linked_notes, numbered_note_list
from .parsing import parse_html

_SIGNS = {
    "doctype": re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?<!doctype html", re.IGNORECASE),
    "html element": re.compile(r"<html[\s>]", re.IGNORECASE),
    "body element": re.compile(r"<body[\s>]", re.IGNORECASE),
    "paragraph tags": re.compile(r"<p[\s>][\s\S]*?</p>", re.IGNORECASE),
    "head with title": re.compile(r"<title[\s>]", re.IGNORECASE),
}


def evidence(text: str) -> list[str]:
    """The HTML signs found at the start of the text."""
    head = text[:20000]
    return [name for name, pattern in _SIGNS.items() if pattern.search(head)]


def sniff(text: str) -> float:
    """A document that starts with markup and has html/body/p elements."""
    if not text.lstrip().startswith("<"):
        return 0.0
    return min(0.25 * len(evidence(text)), 1.0)


def read(text: str, report: Report) -> Document:
    root = parse_html(text)
    notes = find_linked_notes(root)
    content = main_content(root)
    body = root.find("body")
    log_outside_content(body if body is not None else root, content, notes.keep(), report)
    drop_furniture(content, notes.keep(), report)
    if not notes.markers:
        notes.numbered = numbered_note_list(content)
    base = next(iter(root.xpath("//base/@href")), "")
    inline = InlineReader(notes, report, str(base).strip())
    items = BlockReader(inline, report).blocks(content)
    items = _without_empty_note_headings(items, report)
    byline = next(
        (byline_author(inline_text(i.children)) for i in items[:6] if isinstance(i, P)), ""
    )
    meta = page_metadata(root, byline)
    report.count("notes", len(notes.markers) + inline.next_numbered - 1)
    return Document(meta, nest_sections(items))


def _without_empty_note_headings(items: list, report: Report) -> list:
    """Drop a "Notes"/"References" heading whose section held only the notes (now at their
    markers), logging it as removed."""
    kept = []
    for index, item in enumerate(items):
        following = items[index + 1] if index + 1 < len(items) else None
        if (
            isinstance(item, Heading)
            and NOTES_HEADING.match(inline_text(item.children))
            and (
                following is None
                or isinstance(following, Heading)
                and following.level <= item.level
            )
        ):
            report.remove("notes heading", 1, inline_text(item.children))
            continue
        kept.append(item)
    return kept
