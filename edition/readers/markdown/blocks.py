"""Markdown block nodes (markdown-it's syntax tree) to model blocks and headings."""

from __future__ import annotations

from markdown_it.tree import SyntaxTreeNode

from ...model import (
    Block,
    Cell,
    Figure,
    Hi,
    Inline,
    Item,
    List,
    Note,
    P,
    Quote,
    Ref,
    Row,
    Table,
    Text,
    inline_text,
)
from ...report import Report
from ..html.parsing import html_fragment_text
from ..outline import Heading
from .inlines import Notes, convert_inlines


def line_of(node: SyntaxTreeNode) -> int:
    return node.map[0] + 1 if node.map else 1


def convert_blocks(
    nodes: list[SyntaxTreeNode], notes: Notes, report: Report
) -> list[Block | Heading]:
    """Model blocks (and headings, nested later) for a run of block nodes."""
    out: list[Block | Heading] = []
    for node in nodes:
        out.extend(_block(node, notes, report))
    return out


def _block(node: SyntaxTreeNode, notes: Notes, report: Report) -> list[Block | Heading]:
    kind = node.type
    if kind == "heading":
        return [Heading(int(node.tag[1]), _inline_of(node, notes))]
    if kind == "paragraph":
        return _paragraph(_inline_of(node, notes))
    if kind in ("bullet_list", "ordered_list"):
        return [_list(node, notes, report)]
    if kind == "blockquote":
        return [Quote(_plain_blocks(node.children, notes, report))]
    if kind in ("fence", "code_block"):
        return [P((Hi((Text(node.content.rstrip("\n")),), rend="code"),))]
    if kind == "table":
        return [_table(node, notes)]
    if kind == "html_block":
        return _html_block(node, report)
    if kind == "hr":
        report.remove("thematic break", line_of(node), node.markup)
    return []


def _inline_of(node: SyntaxTreeNode, notes: Notes) -> tuple[Inline, ...]:
    inline = next((child for child in node.children if child.type == "inline"), None)
    return convert_inlines(inline.children, notes) if inline is not None else ()


def _paragraph(inlines: tuple[Inline, ...]) -> list[Block | Heading]:
    """A paragraph; one that holds only images becomes figures (alt text as caption)."""
    content = [node for node in inlines if not (isinstance(node, Text) and not node.text.strip())]
    if content and all(isinstance(node, Ref) and _is_image(node) for node in content):
        return [Figure(node.target, node.children) for node in content if isinstance(node, Ref)]
    return [P(inlines)]


def _is_image(ref: Ref) -> bool:
    name = ref.target.lower().split("?")[0]
    return name.endswith((".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".tif", ".tiff"))


def _plain_blocks(nodes: list[SyntaxTreeNode], notes: Notes, report: Report) -> tuple[Block, ...]:
    """Blocks inside a quotation or list item: headings there become bold paragraphs."""
    blocks: list[Block] = []
    for item in convert_blocks(nodes, notes, report):
        blocks.append(P((Hi(item.children, rend="bold"),)) if isinstance(item, Heading) else item)
    return tuple(blocks) or (P(()),)


def _list(node: SyntaxTreeNode, notes: Notes, report: Report) -> List:
    items = []
    for item in node.children:
        inlines: list[Inline] = []
        sublist = None
        for child in item.children:
            if child.type in ("bullet_list", "ordered_list") and sublist is None:
                sublist = _list(child, notes, report)
            else:
                inlines.extend(_item_inlines(child, notes, report, bool(inlines)))
        items.append(Item(tuple(inlines), sublist))
    return List(tuple(items), ordered=node.type == "ordered_list")


def _item_inlines(node: SyntaxTreeNode, notes: Notes, report: Report, after: bool) -> list[Inline]:
    """A list item's block content flattened into its line (items hold inlines)."""
    gap = [Text(" ")] if after else []
    if node.type in ("paragraph", "heading"):
        return gap + list(_inline_of(node, notes))
    text = " ".join(_block_text(block) for block in _plain_blocks([node], notes, report))
    return gap + [Text(text)] if text else []


def _block_text(block: Block) -> str:
    """Plain text of a block (notes left out), for blocks flattened into a list item."""
    if isinstance(block, P):
        return inline_text(block.children)
    if isinstance(block, Quote):
        return " ".join(_block_text(child) for child in block.blocks)
    if isinstance(block, List):
        return " ".join(inline_text(item.children) for item in block.items)
    if isinstance(block, Table):
        return " ".join(inline_text(c.children) for row in block.rows for c in row.cells)
    return ""


def _table(node: SyntaxTreeNode, notes: Notes) -> Table:
    rows = []
    for section in node.children:
        for row in section.children:
            cells = tuple(Cell(_inline_of(cell, notes)) for cell in row.children)
            rows.append(Row(cells, header=section.type == "thead"))
    return Table(tuple(rows))


def _html_block(node: SyntaxTreeNode, report: Report) -> list[Block | Heading]:
    text = html_fragment_text(node.content)
    report.info(line_of(node), "html-block", "raw HTML block read as plain text")
    return [P((Text(text),))] if text else []


def footnote_bodies(root: SyntaxTreeNode, report: Report) -> dict[int, tuple[Inline, ...]]:
    """Footnote id -> body inlines (paragraphs joined by a space), from footnote blocks."""
    bodies: dict[int, tuple[Inline, ...]] = {}
    for block in root.children:
        if block.type != "footnote_block":
            continue
        for footnote in block.children:
            parts: list[Inline] = []
            for child in footnote.children:
                inlines = _footnote_part(child, bodies, report)
                if parts and inlines:
                    parts.append(Text(" "))
                parts.extend(inlines)
            bodies[int(footnote.meta["id"])] = tuple(parts)
    return bodies


def _footnote_part(node: SyntaxTreeNode, bodies: Notes, report: Report) -> tuple[Inline, ...]:
    if node.type == "paragraph":
        return tuple(n for n in _inline_of(node, bodies) if not isinstance(n, Note))
    blocks = _plain_blocks([node], bodies, report)
    return (Text(" ".join(_block_text(block) for block in blocks)),)
