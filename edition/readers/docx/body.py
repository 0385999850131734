"""The body of a Word document to model blocks: headings from styles, lists from numbering,
quotations from the Quote style or indentation, tables, figures with captions, page breaks."""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from ...model import Block, Cell, Figure, Inline, Item, List, P, PageBreak, Quote, Row, Table
from ..outline import Heading
from .package import w
from .runs import RunReader, tidy
from .styles import Styles

Items = list[Block | Heading]
QUOTE_INDENT = 567  # twips (1 cm): a paragraph indented this much on the left reads as a quote


@dataclass(frozen=True)
class _ListEntry:
    """A list paragraph before consecutive entries are grouped into nested lists."""

    level: int
    ordered: bool
    inlines: tuple[Inline, ...]
    num_id: str = ""


@dataclass(frozen=True)
class _Caption:
    inlines: tuple[Inline, ...]


def _append(entries: list, entry: object) -> None:
    """Add a paragraph's entry; a caption joins the figure before it (else it is a paragraph)."""
    if isinstance(entry, _Caption):
        if entries and isinstance(entries[-1], Figure) and not entries[-1].caption:
            entries[-1] = Figure(entries[-1].url, entry.inlines)
            return
        entry = P(entry.inlines)
    entries.append(entry)


@dataclass(frozen=True)
class _QuoteEntry:
    paragraph: P


class BodyReader:
    def __init__(self, runs: RunReader, styles: Styles) -> None:
        self.runs = runs
        self.styles = styles
        self.title = ""

    def blocks(self, container: etree._Element) -> Items:
        """The blocks of a body, table cell or content control, lists and quotes grouped."""
        entries: list = []
        for child in container:
            name = etree.QName(child).localname if isinstance(child.tag, str) else ""
            if name == "p":
                for entry in self.paragraph(child):
                    _append(entries, entry)
            elif name == "tbl":
                entries.append(self.table(child))
            elif name in ("sdt", "customXml"):
                content = child.find(w("sdtContent"))
                entries.extend(self.blocks(content if content is not None else child))
        return _grouped(entries)

    def paragraph(self, paragraph: etree._Element) -> list:
        props = paragraph.find(w("pPr"))
        style_id = _val(props, "pStyle")
        self.runs.images = []
        inlines = tidy(self.runs.content(paragraph))
        out: list = [PageBreak("")] if _is_on(props, "pageBreakBefore") else []
        out.extend(Figure(url) for url in self.runs.images)
        if not inlines or all(isinstance(i, PageBreak) for i in inlines):
            return out + [i for i in inlines if isinstance(i, PageBreak)]
        level = self.styles.heading_level(style_id)
        if level >= 0:
            self.title = self.title or (_plain(inlines) if level == 0 else "")
            return out + [Heading(level, inlines)]
        if self.styles.name(style_id).lower() == "caption":
            return out + [_Caption(inlines)]
        num_id, ilvl = _numbering(props)
        if num_id:
            return out + [_ListEntry(ilvl, self.styles.ordered(num_id, ilvl), inlines, num_id)]
        if self.styles.is_quote(style_id) or _indented(props):
            return out + [_QuoteEntry(P(inlines))]
        return out + [P(inlines)]

    def table(self, table: etree._Element) -> Table:
        rows = []
        for tr in table.iter(w("tr")):
            if _nearest_table(tr) is not table:
                continue
            cells = tuple(self.cell(tc) for tc in tr if tc.tag == w("tc"))
            header = _is_on(tr.find(w("trPr")), "tblHeader")
            rows.append(Row(cells, header))
        return Table(tuple(rows))

    def cell(self, cell: etree._Element) -> Cell:
        span = _val(cell.find(w("tcPr")), "gridSpan")
        parts: list[Inline] = []
        for paragraph in cell.iter(w("p")):
            inlines = [i for i in self.runs.content(paragraph) if not isinstance(i, PageBreak)]
            if parts and inlines:
                parts.append(_space())
            parts.extend(inlines)
        return Cell(tidy(parts), int(span) if span.isdigit() and int(span) > 1 else 1)


def _space() -> Inline:
    from ...model import Text

    return Text(" ")


def _nearest_table(row: etree._Element) -> etree._Element | None:
    return next(row.iterancestors(w("tbl")), None)


def _val(props: etree._Element | None, name: str) -> str:
    found = props.find(w(name)) if props is not None else None
    return found.get(w("val"), "") if found is not None else ""


def _is_on(props: etree._Element | None, name: str) -> bool:
    found = props.find(w(name)) if props is not None else None
    return found is not None and found.get(w("val"), "true") not in ("0", "false")


def _numbering(props: etree._Element | None) -> tuple[str, int]:
    num = props.find(w("numPr")) if props is not None else None
    if num is None:
        return "", 0
    num_id, level = _val(num, "numId"), _val(num, "ilvl")
    return (num_id if num_id not in ("", "0") else ""), int(level) if level.isdigit() else 0


def _indented(props: etree._Element | None) -> bool:
    ind = props.find(w("ind")) if props is not None else None
    if ind is None:
        return False
    left = ind.get(w("left")) or ind.get(w("start")) or "0"
    hanging = ind.get(w("hanging")) or "0"
    return left.lstrip("-").isdigit() and int(left) >= QUOTE_INDENT and hanging in ("0", "")


def _plain(inlines: tuple[Inline, ...]) -> str:
    from ...model import inline_text

    return inline_text(inlines).strip()


def _grouped(entries: list) -> Items:
    """Consecutive list entries become (nested) lists, consecutive quote entries one quote."""
    out: Items = []
    index = 0
    while index < len(entries):
        entry = entries[index]
        end = index
        while end < len(entries) and _same_group(entries[end], entry):
            end += 1
        if isinstance(entry, _ListEntry):
            out.append(_nest_list(entries[index:end]))
        elif isinstance(entry, _QuoteEntry):
            out.append(Quote(tuple(e.paragraph for e in entries[index:end])))
        else:
            out.extend(entries[index:end])
        index = end
    return out


def _same_group(entry: object, first: object) -> bool:
    """Whether `entry` continues the run that `first` starts (one list: one numbering)."""
    if type(entry) is not type(first):
        return False
    return not isinstance(entry, _ListEntry) or entry.num_id == first.num_id  # type: ignore[union-attr]


def _nest_list(entries: list[_ListEntry]) -> List:
    """List entries with levels 0, 1, 1, 0 ... as a list with nested sublists."""
    base = entries[0].level
    items: list[Item] = []
    index = 0
    while index < len(entries):
        entry = entries[index]
        end = index + 1
        while end < len(entries) and entries[end].level > max(entry.level, base):
            end += 1
        sublist = _nest_list(entries[index + 1 : end]) if end > index + 1 else None
        items.append(Item(entry.inlines, sublist))
        index = end
    return List(tuple(items), ordered=entries[0].ordered)
