"""The text a reader of each source format sees, for fidelity figures that do not favour any
converter: an HTML page's visible text (blocks apart), a Word file's paragraphs (body, notes,
comments; deleted text included, as it is still legible in the file), Markdown rendered by
markdown-it (front matter left out, as it is metadata rather than text)."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from urllib.parse import urljoin

import lxml.html
from lxml import etree

from edition.readers.html.inlines import image_url
from edition.readers.html.parsing import parse_html
from edition.readers.markdown import parser as markdown_parser

BLOCK_TAGS = {
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td",
    "th", "blockquote", "figure", "figcaption", "section", "article", "aside", "header",
    "footer", "nav", "pre", "dd", "dt", "dl", "br", "main", "caption", "hr", "form", "title",
}  # fmt: skip
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def html_visible_text(root: etree._Element) -> str:
    """Visible text with a blank line between blocks (scripts, styles, head left out); a
    superscript link such as a note marker "1" is written "[1]", so that fidelity leaves it out
    when the converter made a note of it (see edition.fidelity)."""
    hidden = (
        "//*[@hidden or @aria-hidden='true' or contains(translate(@style,' ',''),'display:none')]"
    )
    for bad in root.xpath(f"//script|//style|//noscript|//template|//head|{hidden}"):
        bad.drop_tree()
    base = next(iter(root.xpath("//base/@href")), "")
    for img in root.iter("img"):  # an image is content: its address as a browser resolves it
        url = urljoin(str(base), image_url(img)) if base else image_url(img)
        url = f"https:{url}" if url.startswith("//") else url
        img.tail = f"\n\n{url}\n\n" + (img.tail or "")
    for sup in root.xpath("//sup[.//a[starts-with(@href,'#')]]|//a[starts-with(@href,'#')]//sup"):
        label = sup.text_content().strip()
        if re.fullmatch(r"\w{1,4}", label):
            for child in list(sup):
                sup.remove(child)
            sup.text = f"[{label}]"
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in BLOCK_TAGS:
            element.tail = "\n\n" + (element.tail or "")
            element.text = "\n\n" + (element.text or "")
    text = root.text_content()
    return re.sub(r"\n\s*\n\s*", "\n\n", re.sub(r"[ \t\r\f\v]+", " ", text))


def docx_text(data: bytes) -> str:
    """Every paragraph of the document, its notes and comments, one block each."""
    blocks: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for part in ("document", "footnotes", "endnotes", "comments"):
            name = f"word/{part}.xml"
            if name not in archive.namelist():
                continue
            root = etree.fromstring(archive.read(name), etree.XMLParser(resolve_entities=False))
            for paragraph in root.iter(f"{W}p"):
                texts = paragraph.iter(f"{W}t", f"{W}delText", f"{W}tab")
                text = "".join(" " if t.tag == f"{W}tab" else (t.text or "") for t in texts)
                if text.strip():
                    blocks.append(text)
    return "\n\n".join(blocks)


def source_text(path: Path, fmt: str) -> str:
    data = path.read_bytes()
    if fmt == "docx":
        return docx_text(data)
    text = data.decode("utf-8", errors="replace")
    if fmt == "markdown":
        rendered = markdown_parser().render(text)
        root = lxml.html.document_fromstring(f"<html><body>{rendered}</body></html>")
        return html_visible_text(root)
    return html_visible_text(parse_html(text))
