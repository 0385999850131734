"""Page anchors that digital editions print in the text ("[Pg 12]", "[Page 12]", "[p. xii]")
become page breaks, in any reader's document: an anchor inside a paragraph is an inline page
break, a paragraph that is only an anchor a page break between blocks."""

from __future__ import annotations

import re
from dataclasses import fields, is_dataclass, replace
from typing import Any

from ..model import Document, P, PageBreak, Text
from ..report import Report

ANCHOR = re.compile(r"\s?\[(?:Pg|Page|p\.)\s?([0-9]{1,5}|[ivxlcdm]{1,8})\]\s?", re.IGNORECASE)


def log_anchors(text: str, report: Report) -> None:
    """Log each anchor of the source, by line, as taken out of the running text (its page
    break keeps the number)."""
    if "[" not in text:
        return
    for number, line in enumerate(text.split("\n"), 1):
        for found in ANCHOR.finditer(line):
            report.remove("page-anchor", number, found.group(0).strip())


def page_anchors(document: Document, report: Report) -> Document:
    """`document` with its page anchors turned into page breaks (unchanged when it has none)."""
    counter = [0]
    changed = _node(document, counter)  # body, front and back alike
    if not counter[0]:
        return document
    report.count("page-breaks", counter[0])
    return changed


def _only_anchor(block: P) -> bool:
    return (
        len(block.children) == 1
        and isinstance(block.children[0], Text)
        and ANCHOR.fullmatch(block.children[0].text.strip()) is not None
    )


def _node(node: Any, counter: list[int]) -> Any:
    """`node` rebuilt with anchors in its Text children split out; other nodes as they are."""
    if not is_dataclass(node) or isinstance(node, Text | PageBreak):
        return node
    changes = {}
    for field in fields(node):
        value = getattr(node, field.name)
        if isinstance(value, tuple) and value and is_dataclass(value[0]):
            changes[field.name] = tuple(_children(value, counter))
    return replace(node, **changes) if changes else node


def _children(nodes: tuple, counter: list[int]) -> list:
    out: list = []
    for node in nodes:
        if isinstance(node, P) and _only_anchor(node):  # a page break between blocks
            counter[0] += 1
            out.append(PageBreak(ANCHOR.search(node.children[0].text).group(1)))
        elif isinstance(node, Text) and ANCHOR.search(node.text):
            out.extend(_split(node.text, counter))
        else:
            out.append(_node(node, counter))
    return out


def _split(text: str, counter: list[int]) -> list:
    """Text around each anchor, one space kept where the anchor stood between words."""
    out: list = []
    position = 0
    for found in ANCHOR.finditer(text):
        before = text[position : found.start()]
        spaced = found.group(0)[:1].isspace() or found.group(0)[-1:].isspace()
        out.append(Text(before + (" " if spaced and before and not before.endswith(" ") else "")))
        out.append(PageBreak(found.group(1)))
        counter[0] += 1
        position = found.end()
    out.append(Text(text[position:]))
    return [node for node in out if not isinstance(node, Text) or node.text]
