"""HTML inline content to model inlines: emphasis, links, quotations, add/del, note markers."""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import quote, urljoin

from lxml import etree

from ...model import Added, Deleted, Hi, Inline, Note, Quoted, Ref, Text, Title
from ...report import Report
from .notes import NoteMap, is_backlink
from .parsing import is_valid_uri

_SPACE = re.compile(r"[ \t\n\r\f\v]+")
_UNLINKED_MARKER = re.compile(r"\((\d{1,3})\)|\[(\d{1,3})\]")
INLINE_TAGS = frozenset(
    [
        "a",
        "abbr",
        "b",
        "bdi",
        "bdo",
        "big",
        "cite",
        "code",
        "data",
        "dfn",
        "em",
        "font",
        "i",
        "kbd",
        "mark",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strike",
        "strong",
        "sub",
        "sup",
        "time",
        "tt",
        "u",
        "var",
        "del",
        "ins",
        "img",
        "br",
        "wbr",
        "label",
        "acronym",
    ]
)
_HI = {
    "i": "italic", "em": "italic", "dfn": "italic", "var": "italic",
    "b": "bold", "strong": "bold", "u": "underline", "mark": "highlight",
    "sup": "sup", "sub": "sub", "code": "code", "kbd": "code", "tt": "code", "samp": "code",
}  # fmt: skip


class InlineReader:
    """Converts inline HTML; holds the notes so markers become notes with their bodies."""

    def __init__(self, notes: NoteMap, report: Report, base: str = "") -> None:
        self.notes = notes
        self.report = report
        self.base = base  # the page's <base href>, if any
        self.skip = set(notes.bodies)
        self.next_numbered = 1
        self.used_numbered: set[etree._Element] = set()
        self.in_note = False
        self.images: list[str] = []  # images met in the current block
        self.logged: set[etree._Element] = set()  # backlinks already logged as removed
        self.open_bodies: list[etree._Element] = []  # note bodies being read (no loops)

    def content(self, element: etree._Element) -> list[Inline]:
        """The inlines of an element's content (text, children, their tails)."""
        out: list[Inline] = self.text(element.text)
        for child in element:
            if isinstance(child.tag, str):
                out.extend(self.element(child))
            out.extend(self.text(child.tail))
        return out

    def text(self, text: str | None) -> list[Inline]:
        if not text:
            return []
        text = _SPACE.sub(" ", text)
        if not self.notes.numbered or self.in_note:
            return [Text(text)]
        return self._split_numbered(text)

    def _split_numbered(self, text: str) -> list[Inline]:
        """Text with "(N)"/"[N]" markers of a numbered notes list turned into notes, taken in
        order (1, 2, 3, ...) so that a number in brackets elsewhere is left alone."""
        out: list[Inline] = []
        start = 0
        for found in _UNLINKED_MARKER.finditer(text):
            number = int(found.group(1) or found.group(2))
            if number != self.next_numbered or number > len(self.notes.numbered):
                continue
            body = self.notes.numbered[number - 1]
            out.append(Text(text[start : found.start()].rstrip(" ")))
            out.append(Note(str(number), self.note_body(body, str(number))))
            self.used_numbered.add(body)
            self.next_numbered += 1
            start = found.end()
        out.append(Text(text[start:]))
        return out

    def element(self, element: etree._Element) -> list[Inline]:
        if element in self.notes.markers:  # a note's own citations become notes in it
            return (
                [] if self.notes.markers[element][1] in self.open_bodies else [self.marker(element)]
            )
        if element in self.skip or element in self.used_numbered:
            return []
        if self.in_note and is_backlink(element):
            if element not in self.logged:
                self.logged.add(element)
                self.report.remove("note backlink", element.sourceline or 1, element.text_content())
            return []
        tag = element.tag.lower()
        handler = _HANDLERS.get(tag)
        if handler is not None:
            return handler(self, element)
        if tag in _HI:
            return [Hi(tuple(self.content(element)), rend=_HI[tag])]
        if tag in INLINE_TAGS:
            return self.content(element)
        return [Text(" "), *self.content(element), Text(" ")]  # a block inside inline content

    def address(self, url: str) -> str:
        """A link or image address as a reader of the page would follow it (never fetched):
        made absolute against <base href>; protocol-relative "//host/..." as https; "" when
        it is no URI at all (the link is then dropped, its text kept)."""
        url = clean_address(url)
        if self.base:
            url = urljoin(self.base, url)
        url = f"https:{url}" if url.startswith("//") else url
        return url if is_valid_uri(url) else ""

    def marker(self, element: etree._Element) -> Note:
        label, body = self.notes.markers[element]
        return Note(label, self.note_body(body, label))

    def note_body(self, body: etree._Element, label: str) -> tuple[Inline, ...]:
        """A note body's inlines, without backlinks or its own leading label."""
        was, self.in_note = self.in_note, True
        self.open_bodies.append(body)
        try:
            inlines = tidy(self.content(body))
        finally:
            self.in_note = was
            self.open_bodies.pop()
        return strip_label(inlines, label)


def _link(reader: InlineReader, element: etree._Element) -> list[Inline]:
    href = (element.get("href") or "").strip()
    children = tuple(reader.content(element))
    if not href or href.startswith(("#", "javascript:", "mailto:")):
        return list(children)
    if not children:  # a linked image: the image became a figure, the link is dropped
        return []
    address = reader.address(href)
    return [Ref(address, children)] if address else list(children)


def _image(reader: InlineReader, element: etree._Element) -> list[Inline]:
    """An image inside text: kept as a figure after its block (never fetched)."""
    alt = (element.get("alt") or "").strip()
    if alt and "math" in (element.get("class") or "").lower():
        return [Hi((Text(alt),), rend="math")]  # a formula drawn as an image: its source text
    url = reader.address(image_url(element))
    if url and not reader.in_note:
        reader.images.append(url)
    return []


_INVISIBLE = re.compile(r"^(?:\s|\u200b|\ufeff|%E2%80%8B|%EF%BB%BF)+", re.IGNORECASE)
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def clean_address(url: str) -> str:
    """An address as a valid URI reference: invisible characters pasted before it removed,
    characters a URI cannot hold percent-encoded, and a relative path whose first segment has
    a colon (not a scheme) written "./…"."""
    url = quote(_INVISIBLE.sub("", url.strip()), safe=":/?#@!$&'()*+,;=%~")
    first = url.split("/", 1)[0]
    if ":" in first and not _SCHEME.match(url):
        url = f"./{url}"
    return url


def image_url(img: etree._Element) -> str:
    """The image's address as written: src, else a lazy-loading data-src."""
    for key in ("src", "data-src", "data-original"):
        value = (img.get(key) or "").strip()
        if value and not value.startswith("data:"):
            return value
    return ""


def _wrap(kind: type) -> Callable[[InlineReader, etree._Element], list[Inline]]:
    def wrap(reader: InlineReader, element: etree._Element) -> list[Inline]:
        return [kind(tuple(reader.content(element)))]

    return wrap


def _break(reader: InlineReader, element: etree._Element) -> list[Inline]:
    return [Text("\n")] if element.tag == "br" else []


_HANDLERS: dict[str, Callable[[InlineReader, etree._Element], list[Inline]]] = {
    "a": _link,
    "q": _wrap(Quoted),
    "cite": _wrap(Title),
    "del": _wrap(Deleted),
    "s": _wrap(Deleted),
    "strike": _wrap(Deleted),
    "ins": _wrap(Added),
    "br": _break,
    "wbr": _break,
    "img": _image,
}


def tidy(inlines: list[Inline]) -> tuple[Inline, ...]:
    """Adjacent texts merged, runs of spaces collapsed, the ends stripped."""
    merged: list[Inline] = []
    for node in inlines:
        if isinstance(node, Text) and merged and isinstance(merged[-1], Text):
            merged[-1] = Text(merged[-1].text + node.text)
        elif not (isinstance(node, Text) and not node.text):
            merged.append(node)
    merged = [Text(re.sub(r" +", " ", n.text)) if isinstance(n, Text) else n for n in merged]
    if merged and isinstance(merged[0], Text):
        merged[0] = Text(merged[0].text.lstrip())
    if merged and isinstance(merged[-1], Text):
        merged[-1] = Text(merged[-1].text.rstrip())
    return tuple(n for n in merged if not (isinstance(n, Text) and not n.text))


def strip_label(inlines: tuple[Inline, ...], label: str) -> tuple[Inline, ...]:
    """A note body without the number it starts with ("12. ...", "[12] ...", "^ ...")."""
    if not inlines or not isinstance(inlines[0], Text):
        return inlines
    pattern = rf"^\s*(?:\^\s*)?[\[(]?{re.escape(label)}[\])]?[.:]?\s+"
    first = re.sub(pattern, "", inlines[0].text, count=1)
    first = re.sub(r"^\s*\^\s*", "", first)
    return (Text(first), *inlines[1:]) if first else inlines[1:]
