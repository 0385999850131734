"""The document model: what readers produce and the TEI writer consumes.

Readers never build XML; they build these small frozen dataclasses. Inline nodes live inside
paragraphs, headings, list items and notes; block nodes live inside divisions.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# ----------------------------------------------------------------------------- inline nodes


@dataclass(frozen=True)
class Text:
    """Plain running text."""

    text: str


@dataclass(frozen=True)
class Hi:
    """Highlighted text (`rend` such as "italic", "bold", "smallcaps")."""

    children: tuple[Inline, ...]
    rend: str = "italic"


@dataclass(frozen=True)
class Title:
    """The title of a work cited in running text (often italic in the source)."""

    children: tuple[Inline, ...]
    level: str = "m"


@dataclass(frozen=True)
class Quoted:
    """A quotation run into the text of a paragraph (TEI `quote`)."""

    children: tuple[Inline, ...]


@dataclass(frozen=True)
class Ref:
    """A link to a URL or another place."""

    target: str
    children: tuple[Inline, ...]


@dataclass(frozen=True)
class Note:
    """A note placed at its marker's position, its body resolved by the reader.

    `n` is the marker as printed ("12", "*"); `place` is "foot" or "end"; `empty` marks a
    note whose body the source left blank (written with type="empty"); `type` classifies
    other notes (a word processor's "comment")."""

    n: str
    children: tuple[Inline, ...]
    place: str = "end"
    empty: bool = False
    type: str = ""


@dataclass(frozen=True)
class PageBreak:
    """The start of a printed page; `running_head` keeps the dropped header text (TEI `fw`)."""

    n: str
    running_head: str = ""


@dataclass(frozen=True)
class Added:
    """Text an author or editor inserted (a word processor's tracked insertion; TEI `add`)."""

    children: tuple[Inline, ...]


@dataclass(frozen=True)
class Deleted:
    """Text struck out but still legible (a tracked deletion; TEI `del`)."""

    children: tuple[Inline, ...]


Inline = Text | Hi | Title | Quoted | Ref | Note | PageBreak | Added | Deleted

# ------------------------------------------------------------------------------ block nodes


@dataclass(frozen=True)
class P:
    """A paragraph."""

    children: tuple[Inline, ...]


@dataclass(frozen=True)
class Quote:
    """A block quotation; `source` is its attribution or citation when the source gives one.

    `kind` is "block" for quotations set off from the text, "epigraph" for epigraphs,
    "extract" for quoted source documents (such as an appendix of primary sources)."""

    blocks: tuple[Block, ...]
    source: tuple[Inline, ...] = ()
    kind: str = "block"


@dataclass(frozen=True)
class Item:
    """A list item, possibly with a nested list."""

    children: tuple[Inline, ...]
    sublist: List | None = None


@dataclass(frozen=True)
class List:
    """A bulleted (`ordered=False`) or numbered list."""

    items: tuple[Item, ...]
    ordered: bool = False


@dataclass(frozen=True)
class Figure:
    """An image with its caption; `url` may be a file name."""

    url: str = ""
    caption: tuple[Inline, ...] = ()


@dataclass(frozen=True)
class Div:
    """A division: chapter, section, preface, appendix... with an optional heading."""

    children: tuple[Block, ...]
    head: tuple[Inline, ...] = ()
    type: str = "section"
    n: str = ""


@dataclass(frozen=True)
class Cell:
    """A table cell; `cols` > 1 when it spans several columns."""

    children: tuple[Inline, ...]
    cols: int = 1


@dataclass(frozen=True)
class Row:
    """A table row; `header` marks a row of column labels."""

    cells: tuple[Cell, ...]
    header: bool = False


@dataclass(frozen=True)
class Table:
    """A table with an optional caption."""

    rows: tuple[Row, ...]
    caption: tuple[Inline, ...] = ()


Block = P | Quote | List | Figure | Table | PageBreak | Div

# --------------------------------------------------------------------------------- document


@dataclass(frozen=True)
class Metadata:
    """What goes into the teiHeader."""

    title: str
    authors: tuple[str, ...] = ()
    source_title: str = ""
    publisher: str = ""
    pub_date: str = ""
    source_url: str = ""
    source_note: str = ""
    keywords: tuple[str, ...] = ()
    normalizations: tuple[str, ...] = ()
    language: str = "en"


@dataclass(frozen=True)
class Document:
    """A whole source document: front matter, body and back matter."""

    meta: Metadata
    body: tuple[Block, ...]
    front: tuple[Div, ...] = ()
    back: tuple[Div, ...] = ()
    format: str = field(default="", compare=False)


def inline_text(nodes: tuple[Inline, ...]) -> str:
    """The plain text of inline nodes, notes excluded."""
    parts: list[str] = []
    for node in nodes:
        if isinstance(node, Text):
            parts.append(node.text)
        elif isinstance(node, (Hi, Title, Quoted, Ref, Added, Deleted)):
            parts.append(inline_text(node.children))
    return "".join(parts)
