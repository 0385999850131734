"""HTML block structure to model blocks: headings, paragraphs, lists, tables, quotations,
figures; containers (div, section, ...) are read through, loose inline runs become paragraphs."""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from ...model import Block, Cell, Figure, Hi, Inline, Item, List, P, Quote, Row, Table, Text
from ...report import Report
from ..outline import Heading
from .inlines import INLINE_TAGS, InlineReader, image_url, tidy

Items = list[Block | Heading]
_RUN_TAGS = INLINE_TAGS - {"img"}
_RUN_TAGS = INLINE_TAGS - {"img"}


class BlockReader:
    """Walks the main content element; `inline` resolves notes while reading text."""

    def __init__(self, inline: InlineReader, report: Report) -> None:
        self.inline = inline
        self.report = report

    def blocks(self, container: etree._Element) -> Items:
        """Blocks of a container's content; inline runs between blocks become paragraphs."""
        out: Items = []
        run: list[Inline] = list(self.inline.text(container.text))
        for child in container:
            if not isinstance(child.tag, str) or child.tag.lower() in _RUN_TAGS:
                if isinstance(child.tag, str):
                    run.extend(self.inline.element(child))
            else:
                self._flush(run, out)
                run = []
                out.extend(self.block(child))
            run.extend(self.inline.text(child.tail))
        self._flush(run, out)
        return out

    def _flush(self, run: list[Inline], out: Items) -> None:
        inlines = tidy(run)
        if inlines:
            out.append(P(inlines))
        out.extend(self.figures())

    def block(self, element: etree._Element) -> Items:
        if element in self.inline.skip or element in self.inline.used_numbered:
            return []
        tag = element.tag.lower()
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            head = tidy(self.inline.content(element))
            return [Heading(int(tag[1]), head)] if head else []
        handler = _BLOCK_HANDLERS.get(tag)
        items = handler(self, element) if handler else self.blocks(element)
        return items + self.figures()

    def figures(self) -> Items:
        """Figures for the images met in text since the last call."""
        found: Items = [Figure(url) for url in dict.fromkeys(self.inline.images)]
        self.inline.images = []
        return found

    def paragraph(self, element: etree._Element) -> Items:
        inlines = tidy(self.inline.content(element))
        return [P(inlines)] if inlines else []

    def plain_blocks(self, element: etree._Element) -> tuple[Block, ...]:
        """Blocks with headings turned into bold paragraphs (inside quotations)."""
        items = self.blocks(element)
        return tuple(
            P((Hi(i.children, rend="bold"),)) if isinstance(i, Heading) else i for i in items
        )

    def quotation(self, element: etree._Element) -> Items:
        blocks = self.plain_blocks(element)
        return [Quote(blocks)] if blocks else []

    def list(self, element: etree._Element) -> Items:
        items = [self.item(li) for li in element if isinstance(li.tag, str)]
        items = [item for item in items if item.children or item.sublist]
        ordered = element.tag.lower() == "ol"
        return [List(tuple(items), ordered=ordered)] if items else []

    def item(self, element: etree._Element) -> Item:
        if element in self.inline.skip or element in self.inline.used_numbered:
            return Item(())
        sublists = [c for c in element if isinstance(c.tag, str) and c.tag in ("ul", "ol")]
        sublist = None
        if sublists:
            found = self.list(sublists[0])
            sublist = found[0] if found and isinstance(found[0], List) else None
            self.inline.skip.add(sublists[0])
        inlines = tidy(self.inline.content(element))
        if sublists:
            self.inline.skip.discard(sublists[0])
        return Item(inlines, sublist)

    def definitions(self, element: etree._Element) -> Items:
        items = [Item(tidy(self.inline.content(c))) for c in element if isinstance(c.tag, str)]
        items = [item for item in items if item.children]
        return [List(tuple(items))] if items else []

    def figure(self, element: etree._Element) -> Items:
        images = element.findall(".//img")
        caption_element = element.find(".//figcaption")
        if not images:
            return self.blocks(element)
        caption = tidy(self.inline.content(caption_element)) if caption_element is not None else ()
        self.inline.images = []
        url = self.inline.address(image_url(images[0]))
        return [Figure(url, caption)] if url or caption else []

    def image(self, element: etree._Element) -> Items:
        url = self.inline.address(image_url(element))
        return [Figure(url)] if url else []

    def preformatted(self, element: etree._Element) -> Items:
        text = element.text_content().strip("\n")
        return [P((Hi((Text(text),), rend="code"),))] if text.strip() else []

    def table(self, element: etree._Element) -> Items:
        rows = [self.row(tr) for tr in element.xpath("./tr|./*/tr")]
        rows = [row for row in rows if row.cells]
        caption = element.find("caption")
        head = tidy(self.inline.content(caption)) if caption is not None else ()
        return [Table(tuple(rows), head)] if rows else ([P(head)] if head else [])

    def row(self, element: etree._Element) -> Row:
        cells = [c for c in element if isinstance(c.tag, str) and c.tag in ("td", "th")]
        header = bool(cells) and all(c.tag == "th" for c in cells)
        return Row(tuple(Cell(tidy(self.inline.content(c)), _span(c)) for c in cells), header)

    def skip(self, element: etree._Element) -> Items:
        return []


def _span(cell: etree._Element) -> int:
    value = cell.get("colspan") or "1"
    return int(value) if value.isdigit() and 0 < int(value) < 100 else 1


_BLOCK_HANDLERS: dict[str, Callable[[BlockReader, etree._Element], Items]] = {
    "p": BlockReader.paragraph,
    "blockquote": BlockReader.quotation,
    "ul": BlockReader.list,
    "ol": BlockReader.list,
    "dl": BlockReader.definitions,
    "figure": BlockReader.figure,
    "img": BlockReader.image,
    "pre": BlockReader.preformatted,
    "table": BlockReader.table,
    "hr": BlockReader.skip,
    "head": BlockReader.skip,
    "title": BlockReader.skip,
}
