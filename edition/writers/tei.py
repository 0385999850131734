"""The TEI writer: the only code that builds TEI elements from the document model.

One small function per model node (as pandoc's TEI writer), dispatched by node type.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from lxml import etree

from .. import __version__
from ..model import (
    Added,
    Block,
    Cell,
    Deleted,
    Div,
    Document,
    Figure,
    Hi,
    Inline,
    Item,
    List,
    Metadata,
    Note,
    P,
    PageBreak,
    Quote,
    Quoted,
    Ref,
    Row,
    Table,
    Text,
    Title,
)
from ..xmlio import TEI_NS, XML_ID, XML_NS, tei

Element = etree._Element


class _Ids:
    """Assigns note ids in document order: note-1, note-2, ..."""

    def __init__(self, start: int = 0) -> None:
        self.notes = start

    def next_note(self) -> str:
        self.notes += 1
        return f"note-{self.notes}"


def sub(parent: Element, tag: str, text: str = "", **attrs: str) -> Element:
    """Append a TEI child element with optional text and attributes (empty ones skipped)."""
    element = etree.SubElement(parent, tei(tag), {k: v for k, v in attrs.items() if v})
    if text:
        element.text = text
    return element


def append_text(parent: Element, text: str) -> None:
    """Append text after the last child of `parent` (or into it when it has none)."""
    if not text:
        return
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


# ------------------------------------------------------------------------------- inlines


def write_inlines(parent: Element, nodes: Iterable[Inline], ids: _Ids) -> None:
    for node in nodes:
        INLINE_WRITERS[type(node)](parent, node, ids)


def _text(parent: Element, node: Text, ids: _Ids) -> None:
    append_text(parent, node.text)


def _hi(parent: Element, node: Hi, ids: _Ids) -> None:
    write_inlines(sub(parent, "hi", rend=node.rend), node.children, ids)


def _title(parent: Element, node: Title, ids: _Ids) -> None:
    write_inlines(sub(parent, "title", level=node.level), node.children, ids)


def _quoted(parent: Element, node: Quoted, ids: _Ids) -> None:
    write_inlines(sub(parent, "quote"), node.children, ids)


def _ref(parent: Element, node: Ref, ids: _Ids) -> None:
    write_inlines(sub(parent, "ref", target=node.target), node.children, ids)


def _note(parent: Element, node: Note, ids: _Ids) -> None:
    element = sub(parent, "note", n=node.n, place=node.place)
    element.set(XML_ID, ids.next_note())
    if node.empty or node.type:
        element.set("type", "empty" if node.empty else node.type)
    write_inlines(element, node.children, ids)


def _pb(parent: Element, node: PageBreak, ids: _Ids) -> None:
    sub(parent, "pb", n=node.n)
    if node.running_head:
        sub(parent, "fw", node.running_head, type="header", place="top")


def _add(parent: Element, node: Added, ids: _Ids) -> None:
    write_inlines(sub(parent, "add"), node.children, ids)


def _del(parent: Element, node: Deleted, ids: _Ids) -> None:
    write_inlines(sub(parent, "del"), node.children, ids)


INLINE_WRITERS: dict[type, Callable[[Element, object, _Ids], None]] = {
    Added: _add,
    Deleted: _del,
    Text: _text,
    Hi: _hi,
    Title: _title,
    Quoted: _quoted,
    Ref: _ref,
    Note: _note,
    PageBreak: _pb,
}

# -------------------------------------------------------------------------------- blocks


def write_blocks(parent: Element, blocks: Iterable[Block], ids: _Ids) -> None:
    """Write blocks, keeping TEI's rule that no paragraph may follow a sub-division:
    blocks that come after a sub-division are gathered into a division of their own."""
    pending: list[Block] = []
    seen_div = False
    for block in blocks:
        if isinstance(block, Div):
            if pending:
                _div(parent, Div(tuple(pending), type="continued"), ids)
                pending = []
            seen_div = True
            _div(parent, block, ids)
        elif seen_div and not isinstance(block, PageBreak) or pending:
            pending.append(block)
        else:
            BLOCK_WRITERS[type(block)](parent, block, ids)
    if pending:
        _div(parent, Div(tuple(pending), type="continued"), ids)


def _p(parent: Element, node: P, ids: _Ids) -> None:
    write_inlines(sub(parent, "p"), node.children, ids)


def _quote(parent: Element, node: Quote, ids: _Ids) -> None:
    at_start = all(child.tag in (tei("head"), tei("epigraph"), tei("pb")) for child in parent)
    if node.kind == "epigraph" and at_start:
        parent = sub(parent, "epigraph")
        kind = ""
    else:
        kind = node.kind if node.kind != "block" else ""
    if node.source:
        cit = sub(parent, "cit", type=kind)
        write_blocks(sub(cit, "quote"), node.blocks, ids)
        write_inlines(sub(cit, "bibl"), node.source, ids)
    else:
        write_blocks(sub(parent, "quote", type=kind), node.blocks, ids)


def _list(parent: Element, node: List, ids: _Ids) -> None:
    element = sub(parent, "list", rend="numbered" if node.ordered else "bulleted")
    for item in node.items:
        _item(element, item, ids)


def _item(parent: Element, node: Item, ids: _Ids) -> None:
    element = sub(parent, "item")
    write_inlines(element, node.children, ids)
    if node.sublist is not None:
        _list(element, node.sublist, ids)


def _figure(parent: Element, node: Figure, ids: _Ids) -> None:
    element = sub(parent, "figure")
    if node.url:
        sub(element, "graphic", url=node.url)
    if node.caption:
        write_inlines(sub(element, "head"), node.caption, ids)


def _table(parent: Element, node: Table, ids: _Ids) -> None:
    element = sub(parent, "table")
    if node.caption:
        write_inlines(sub(element, "head"), node.caption, ids)
    for row in node.rows or (Row(()),):
        _row(element, row, ids)


def _row(parent: Element, node: Row, ids: _Ids) -> None:
    element = sub(parent, "row", role="label" if node.header else "")
    for cell in node.cells or (Cell(()),):
        cols = str(cell.cols) if cell.cols > 1 else ""
        write_inlines(sub(element, "cell", cols=cols), cell.children, ids)


def _div(parent: Element, node: Div, ids: _Ids) -> None:
    element = sub(parent, "div", type=node.type, n=node.n)
    if node.head:
        write_inlines(sub(element, "head"), node.head, ids)
    write_blocks(element, with_text_block(node.children), ids)


def with_text_block(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """TEI wants a division (or body) to hold at least one paragraph-like block: figures and
    page breaks alone (an image-only Word file) get an empty paragraph after them."""
    if any(isinstance(block, (P, Quote, List, Table, Div)) for block in blocks):
        return blocks
    return (*blocks, P(()))


BLOCK_WRITERS: dict[type, Callable[[Element, object, _Ids], None]] = {
    P: _p,
    Quote: _quote,
    List: _list,
    Figure: _figure,
    Table: _table,
    PageBreak: _pb,
    Div: _div,
}

# ------------------------------------------------------------------------------- header


def write_header(
    parent: Element, meta: Metadata, source_format: str, removed: dict[str, int]
) -> None:
    header = sub(parent, "teiHeader")
    file_desc = sub(header, "fileDesc")
    title_stmt = sub(file_desc, "titleStmt")
    sub(title_stmt, "title", meta.title or "Untitled", type="main")
    for author in meta.authors:
        sub(title_stmt, "author", author)
    resp = sub(title_stmt, "respStmt")
    sub(resp, "resp", "TEI encoding converted by")
    sub(resp, "name", f"edition {__version__}")
    publication = sub(file_desc, "publicationStmt")
    sub(publication, "p", "Unpublished TEI transcription made with the edition toolkit.")
    _source_desc(file_desc, meta)
    _encoding_desc(header, meta, removed)
    profile = sub(header, "profileDesc")
    languages = sub(profile, "langUsage")
    sub(
        languages,
        "language",
        "English" if meta.language == "en" else meta.language,
        ident=meta.language,
    )
    if meta.keywords:
        keywords = sub(sub(profile, "textClass"), "keywords")
        for keyword in meta.keywords:
            sub(keywords, "term", keyword)
    revision = sub(header, "revisionDesc")
    sub(
        revision,
        "change",
        f"Converted from {source_format or 'source'} text by edition {__version__}.",
    )


def _source_desc(parent: Element, meta: Metadata) -> None:
    bibl = sub(sub(parent, "sourceDesc"), "bibl")
    sub(bibl, "title", meta.source_title or meta.title or "Untitled")
    for author in meta.authors:
        sub(bibl, "author", author)
    if meta.publisher:
        sub(bibl, "publisher", meta.publisher)
    if meta.pub_date:
        sub(bibl, "date", meta.pub_date)
    if meta.source_url:
        sub(bibl, "ptr", target=meta.source_url)
    if meta.source_note:
        sub(bibl, "note", meta.source_note)


def _encoding_desc(parent: Element, meta: Metadata, removed: dict[str, int]) -> None:
    encoding = sub(parent, "encodingDesc")
    app_info = sub(encoding, "appInfo")
    application = sub(app_info, "application", ident="edition", version=__version__)
    sub(application, "label", "edition")
    decl = sub(encoding, "editorialDecl")
    normalization = sub(decl, "normalization")
    for line in meta.normalizations or ("No normalization beyond whitespace.",):
        sub(normalization, "p", line)
    if removed:
        parts = ", ".join(
            f"{category} ({count} lines)" for category, count in sorted(removed.items())
        )
        sub(sub(decl, "correction"), "p", f"Removed from the text as source boilerplate: {parts}.")


# ----------------------------------------------------------------------------- document


def document_to_tei(
    document: Document, removed: dict[str, int] | None = None, notes_before: int = 0
) -> etree._ElementTree:
    """The TEI P5 tree for a document (`notes_before`: notes numbered before it, when it is
    one part of a longer document)."""
    root = etree.Element(tei("TEI"), nsmap={None: TEI_NS})
    root.set(f"{{{XML_NS}}}lang", document.meta.language)
    write_header(root, document.meta, document.format, removed or {})
    ids = _Ids(notes_before)
    text = sub(root, "text")
    if document.front:
        write_blocks(sub(text, "front"), document.front, ids)
    body = sub(text, "body")
    write_blocks(body, with_text_block(document.body), ids)
    if document.back:
        write_blocks(sub(text, "back"), document.back, ids)
    return root.getroottree()
