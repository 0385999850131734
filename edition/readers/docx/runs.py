"""The inline content of a Word paragraph: runs with their formatting, links, tracked
insertions and deletions, note and comment references, page breaks and images."""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from ...model import Added, Deleted, Hi, Inline, Note, PageBreak, Ref, Text
from ...report import Report
from ..html.parsing import is_valid_uri
from .package import NS, Package, w

_ON_OFF = ("b", "i", "u", "strike", "dstrike", "smallCaps", "caps")
_REND = {"b": "bold", "i": "italic", "u": "underline", "strike": "strikethrough",
         "dstrike": "strikethrough", "smallCaps": "smallcaps", "caps": "allcaps"}  # fmt: skip
_NOTE_KINDS = {"footnoteReference": ("footnotes", "foot"), "endnoteReference": ("endnotes", "end")}


class RunReader:
    """Converts paragraph content; notes and comments are looked up in their parts by id."""

    def __init__(self, package: Package, report: Report) -> None:
        self.package = package
        self.report = report
        self.numbers = {"foot": 0, "end": 0, "comment": 0}
        self.images: list[str] = []  # image targets met in the current paragraph
        self._bodies = {kind: _by_id(package.part(kind)) for kind in ("footnotes", "endnotes")}
        self._comments = _by_id(package.part("comments"))

    def content(self, element: etree._Element) -> list[Inline]:
        """Inlines for the children of a paragraph (or of a link, insertion, deletion)."""
        out: list[Inline] = []
        for child in element:
            if not isinstance(child.tag, str):
                continue
            handler = _CONTAINERS.get(etree.QName(child).localname)
            if handler is not None:
                out.extend(handler(self, child))
        return out

    def run(self, run: etree._Element) -> list[Inline]:
        out: list[Inline] = []
        for child in run:
            name = etree.QName(child).localname if isinstance(child.tag, str) else ""
            if name in ("t", "delText"):
                out.append(Text(child.text or ""))
            elif name in ("tab", "ptab"):
                out.append(Text("\t"))
            elif name in ("br", "cr"):
                page = child.get(w("type")) == "page"
                out.append(PageBreak("") if page else Text("\n"))
            elif name == "noBreakHyphen":
                out.append(Text("-"))
            elif name == "sym":
                out.append(Text(chr(int(child.get(w("char"), "20"), 16) % 0xF000 or 32)))
            elif name in _NOTE_KINDS:
                out.append(self.note(child, *_NOTE_KINDS[name]))
            elif name == "commentReference":
                out.append(self.comment(child.get(w("id"), "")))
            elif name in ("drawing", "pict", "object"):
                self.images.extend(self._image_targets(child))
        return _formatted(out, run.find(w("rPr")))

    def note(self, reference: etree._Element, part: str, place: str) -> Note:
        self.numbers[place] += 1
        body = self._bodies[part].get(reference.get(w("id"), ""))
        label = str(self.numbers[place]) if place == "foot" else _roman(self.numbers[place])
        if body is None:
            self.report.warn(1, "note-missing", f"{part[:-1]} {label} has no body in {part}.xml")
            return Note(label, (), place=place, empty=True)
        inlines = self.paragraphs(body)
        return Note(label, inlines, place=place, empty=not inlines)

    def comment(self, comment_id: str) -> Note:
        self.numbers["comment"] += 1
        body = self._comments.get(comment_id)
        inlines = self.paragraphs(body) if body is not None else ()
        label = f"c{self.numbers['comment']}"
        return Note(label, inlines, place="end", empty=not inlines, type="comment")

    def paragraphs(self, container: etree._Element) -> tuple[Inline, ...]:
        """The paragraphs of a note or comment joined into one run of inlines."""
        out: list[Inline] = []
        for paragraph in container.iter(w("p")):
            inlines = [i for i in self.content(paragraph) if not isinstance(i, PageBreak)]
            if out and inlines:
                out.append(Text(" "))
            out.extend(inlines)
        return tidy(out)

    def _image_targets(self, element: etree._Element) -> list[str]:
        ids = element.xpath(
            ".//a:blip/@r:embed|.//a:blip/@r:link|.//v:imagedata/@r:id", namespaces=NS
        )
        return [self.package.links[i] for i in ids if i in self.package.links]


def _by_id(root: etree._Element | None) -> dict[str, etree._Element]:
    if root is None:
        return {}
    return {
        child.get(w("id"), ""): child
        for child in root
        if child.get(w("type")) not in ("separator", "continuationSeparator", "continuationNotice")
    }


def _roman(number: int) -> str:
    """Word numbers endnotes i, ii, iii... by default."""
    out = ""
    for value, letters in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"),
                           (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"),
                           (4, "iv"), (1, "i")):  # fmt: skip
        while number >= value:
            out, number = out + letters, number - value
    return out


def _is_on(element: etree._Element | None) -> bool:
    return element is not None and element.get(w("val"), "true") not in ("0", "false", "none")


def _formatted(inlines: list[Inline], props: etree._Element | None) -> list[Inline]:
    """Run inlines wrapped in `Hi` for each formatting the run properties turn on."""
    if props is None or not inlines:
        return inlines
    rends = [_REND[name] for name in _ON_OFF if _is_on(props.find(w(name)))]
    align = props.find(w("vertAlign"))
    if align is not None and align.get(w("val")) in ("superscript", "subscript"):
        rends.append("sup" if align.get(w("val")) == "superscript" else "sub")
    style = props.find(w("rStyle"))
    style_id = (style.get(w("val"), "") if style is not None else "").lower()
    if "emphasis" in style_id and "italic" not in rends:
        rends.append("italic")
    if "strong" in style_id and "bold" not in rends:
        rends.append("bold")
    if any(isinstance(i, Note) for i in inlines):
        return inlines  # a note reference's own superscript is the marker, not text
    for rend in reversed(rends):
        inlines = [Hi(tuple(inlines), rend=rend)]
    return inlines


def _hyperlink(reader: RunReader, element: etree._Element) -> list[Inline]:
    children = tuple(reader.content(element))
    target = reader.package.links.get(element.get(f"{{{NS['r']}}}id", ""), "")
    valid = target and "://" in target and is_valid_uri(target)
    return [Ref(target, children)] if valid else list(children)


def _wrap(kind: type) -> Callable[[RunReader, etree._Element], list[Inline]]:
    def wrap(reader: RunReader, element: etree._Element) -> list[Inline]:
        children = tuple(reader.content(element))
        return [kind(children)] if children else []

    return wrap


def _through(reader: RunReader, element: etree._Element) -> list[Inline]:
    content = element.find(w("sdtContent"))
    return reader.content(content if content is not None else element)


_CONTAINERS: dict[str, Callable[[RunReader, etree._Element], list[Inline]]] = {
    "r": RunReader.run,
    "hyperlink": _hyperlink,
    "ins": _wrap(Added),
    "moveTo": _wrap(Added),
    "del": _wrap(Deleted),
    "moveFrom": _wrap(Deleted),
    "smartTag": _through,
    "customXml": _through,
    "fldSimple": _through,
    "sdt": _through,
    "dir": _through,
    "bdo": _through,
}


def tidy(inlines: list[Inline], strip: bool = True) -> tuple[Inline, ...]:
    """Adjacent texts merged, tabs as spaces, the ends stripped; adjacent identical `Hi`
    merged (Word splits a word's formatting over many runs)."""
    merged: list[Inline] = []
    for node in inlines:
        if isinstance(node, Text):
            node = Text(node.text.replace("\t", " "))
            if not node.text:
                continue
        previous = merged[-1] if merged else None
        if isinstance(node, Text) and isinstance(previous, Text):
            merged[-1] = Text(previous.text + node.text)
        elif isinstance(node, Hi) and isinstance(previous, Hi) and node.rend == previous.rend:
            merged[-1] = Hi(tidy([*previous.children, *node.children], False), previous.rend)
        else:
            merged.append(node)
    if strip and merged and isinstance(merged[0], Text):
        merged[0] = Text(merged[0].text.lstrip())
    if strip and merged and isinstance(merged[-1], Text):
        merged[-1] = Text(merged[-1].text.rstrip())
    return tuple(n for n in merged if not (isinstance(n, Text) and not n.text))
