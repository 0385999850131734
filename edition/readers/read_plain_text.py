"""Plain text: the first non-blank line is the title, blank lines separate paragraphs."""

from __future__ import annotations

from ..model import Document, Metadata, P, Text
from ..report import Report
from .textblocks import paragraphs


def sniff(text: str) -> float:
    """The fallback: a constant low score."""
    return 0.1


def evidence(text: str) -> list[str]:
    return ["fallback when no other reader reaches the minimum score"]


def read(text: str, report: Report) -> Document:
    blocks = paragraphs(text)
    if not blocks:
        return Document(Metadata(title="Untitled"), body=())
    (_, title), *rest = blocks
    body = tuple(P((Text(block),)) for _, block in rest)
    report.count("paragraphs", len(body))
    return Document(Metadata(title=title), body=body)
