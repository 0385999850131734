"""Markdown (CommonMark) with footnotes, tables and YAML front matter, via markdown-it-py.

Front matter (title, author, date, lang, keywords) goes to the header; `[^label]` footnotes and
`^[inline]` footnotes are placed at their references as notes numbered as rendered (1, 2, ...);
headings become divisions; thematic breaks are logged as removed.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from ...model import Document, inline_text
from ...report import Report
from ..outline import Heading, nest_sections
from .blocks import convert_blocks, footnote_bodies
from .frontmatter import metadata_from, parse_front_matter

_SIGNS = {
    "ATX heading": re.compile(r"(?m)^#{1,6} \S"),
    "footnote definition": re.compile(r"(?m)^\[\^[^\]]+\]:"),
    "front matter": re.compile(r"\A---\n[\s\S]*?\n---\n"),
    "link or image": re.compile(r"!?\[[^\]\n]+\]\([^)\s]+\)"),
    "emphasis": re.compile(r"(?<![\w*])\*\*?[^*\n]+\*\*?(?![\w*])"),
    "fenced code": re.compile(r"(?m)^```"),
    "bullet": re.compile(r"(?m)^[-*+] \S"),
}


def parser() -> MarkdownIt:
    """CommonMark plus footnotes, front matter, tables and strikethrough."""
    return (
        MarkdownIt("commonmark")
        .use(front_matter_plugin)
        .use(footnote_plugin)
        .enable(["table", "strikethrough"])
    )


def evidence(text: str) -> list[str]:
    """The Markdown constructs found in the text."""
    return [name for name, pattern in _SIGNS.items() if pattern.search(text)]


def sniff(text: str) -> float:
    """Markdown syntax that plain text rarely has; HTML documents score nothing."""
    if text.lstrip()[:1] == "<":
        return 0.0
    found = set(evidence(text))
    score = 0.2 * len(found)
    if found & {"footnote definition", "front matter"}:
        score += 0.3
    return min(score, 0.95)


def read(text: str, report: Report) -> Document:
    env: dict[str, object] = {}
    root = SyntaxTreeNode(parser().parse(text, env))
    front: dict[str, object] = {}
    for node in root.children:
        if node.type == "front_matter":
            front = parse_front_matter(node.content, report)
    notes = footnote_bodies(root, report)
    items = convert_blocks(
        [n for n in root.children if n.type not in ("front_matter", "footnote_block")],
        notes,
        report,
    )
    first_head = next((inline_text(i.children) for i in items if isinstance(i, Heading)), "")
    _log_unreferenced(text, env, report)
    report.count("notes", len(notes))
    return Document(metadata_from(front, first_head), nest_sections(items))


def _log_unreferenced(text: str, env: dict, report: Report) -> None:
    """Footnote definitions no reference points to (the parser drops them): logged as removed
    with the first line of their text."""
    refs = env.get("footnotes", {}).get("refs", {})
    for key, number in refs.items():
        if number != -1:
            continue
        label = re.escape(key.lstrip(":"))
        found = re.search(rf"(?m)^ {{0,3}}\[\^{label}\]:[ \t]*(.*)$", text)
        line = text.count("\n", 0, found.start()) + 1 if found else 1
        report.remove("unreferenced footnote", line, found.group(1) if found else key)
