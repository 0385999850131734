"""Markdown inline nodes (markdown-it's syntax tree) to model inlines."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from markdown_it.tree import SyntaxTreeNode

from ...model import Deleted, Hi, Inline, Note, Ref, Text
from ..html.parsing import html_fragment_text, is_valid_uri

Notes = Mapping[int, tuple[Inline, ...]]


def convert_inlines(nodes: list[SyntaxTreeNode], notes: Notes) -> tuple[Inline, ...]:
    """Model inlines for the children of an `inline` node; footnote refs become notes."""
    out: list[Inline] = []
    for node in nodes:
        handler = _HANDLERS.get(node.type)
        if handler is not None:
            out.extend(handler(node, notes))
    return tuple(out)


def _text(node: SyntaxTreeNode, notes: Notes) -> list[Inline]:
    return [Text(node.content)]


def _break(node: SyntaxTreeNode, notes: Notes) -> list[Inline]:
    return [Text("\n" if node.type == "hardbreak" else " ")]


def _wrap(rend: str) -> Callable[[SyntaxTreeNode, Notes], list[Inline]]:
    def wrap(node: SyntaxTreeNode, notes: Notes) -> list[Inline]:
        return [Hi(convert_inlines(node.children, notes), rend=rend)]

    return wrap


def _code(node: SyntaxTreeNode, notes: Notes) -> list[Inline]:
    return [Hi((Text(node.content),), rend="code")]


def _strike(node: SyntaxTreeNode, notes: Notes) -> list[Inline]:
    return [Deleted(convert_inlines(node.children, notes))]


def _link(node: SyntaxTreeNode, notes: Notes) -> list[Inline]:
    href = str(node.attrs.get("href", ""))
    children = convert_inlines(node.children, notes)
    return [Ref(href, children)] if href and is_valid_uri(href) else list(children)


def _image(node: SyntaxTreeNode, notes: Notes) -> list[Inline]:
    alt = convert_inlines(node.children, notes)
    src = str(node.attrs.get("src", ""))
    return [Ref(src, alt)] if src and is_valid_uri(src) else list(alt)


def _footnote_ref(node: SyntaxTreeNode, notes: Notes) -> list[Inline]:
    number = int(node.meta["id"])
    return [Note(str(number + 1), notes.get(number, ()), place="foot")]


def _html(node: SyntaxTreeNode, notes: Notes) -> list[Inline]:
    text = html_fragment_text(node.content)
    return [Text(text)] if text else []


_HANDLERS: dict[str, Callable[[SyntaxTreeNode, Notes], list[Inline]]] = {
    "text": _text,
    "softbreak": _break,
    "hardbreak": _break,
    "em": _wrap("italic"),
    "strong": _wrap("bold"),
    "s": _strike,
    "code_inline": _code,
    "link": _link,
    "image": _image,
    "footnote_ref": _footnote_ref,
    "html_inline": _html,
}
