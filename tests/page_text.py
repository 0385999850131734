"""How much of a TEI document's text its reading page shows (issue 13: no text lost).

The TEI side is the text of `tei:text` (front, body, back, notes included) less what the
renderer hides on purpose: the header, `facsimile`, `standOff`, `sourceDoc`, `figDesc`,
`wit`/`witDetail` labels, comments, a note that is a copy of another (`@sameAs`), the label
of a `ref` that points to a note (the page shows it as the note's marker), and in a `choice`
every child but the one shown (the first `corr`, `reg` or `expan`, else the first child). The page side is the rendered
document (`article.document`) less what the page adds: the document header and contents,
permalinks, visually hidden labels ("page", "Link to this passage"), note markers, page
numbers, parallel marks, placeholders of missing images, the other calendar's date beside a
date, witness sigla and the "(empty in the source)" label of empty notes.

Both are compared as multisets of words (case-folded, accents kept, punctuation stripped):
`kept` is the share of the TEI's words the page shows, `invented` the share of the page's
words the TEI does not have. Word order is not compared: the renderer moves notes beside
their markers, which a sequence comparison would count as loss.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from lxml import etree, html

from edition.site.annotate import join_broken_words
from edition.site.corpus import load_document
from edition.xmlio import NSMAP, XML_ID

TEI_HIDDEN = (
    "tei:teiHeader",
    "tei:facsimile",
    "tei:standOff",
    "tei:sourceDoc",
    "tei:figDesc",
    "tei:wit",
    "tei:witDetail",
)
PAGE_ADDED = (
    "header[contains(@class, 'doc-header')]",
    "details[contains(@class, 'toc-box')]",
    "*[contains(@class, 'permalink')]",
    "*[contains(@class, 'visually-hidden')]",
    "*[contains(@class, 'noteref')]",
    "*[contains(@class, 'note-num')]",
    "*[contains(@class, 'pb')]",
    "*[contains(@class, 'parallel-mark')]",
    "*[contains(@class, 'graphic-missing')]",
    "*[contains(@class, 'facs')]",
    "*[contains(@class, 'backlink')]",
    "*[contains(@class, 'empty-label')]",
    "*[@class = 'wit']",
    "*[contains(@class, 'date-alt')]",
)
# Where words end: block elements (TEI and HTML) and line breaks; inline markup joins
# ("Fl<ex>avius</ex>" is one word).
TEI_BLOCKS = frozenset(
    [
        "p",
        "head",
        "l",
        "lg",
        "item",
        "list",
        "note",
        "div",
        "div1",
        "div2",
        "div3",
        "div4",
        "ab",
        "cell",
        "row",
        "table",
        "quote",
        "bibl",
        "cit",
        "sp",
        "speaker",
        "stage",
        "label",
        "lb",
        "pb",
        "cb",
        "fw",
        "front",
        "body",
        "back",
        "epigraph",
        "figure",
        "castItem",
        "castList",
        "titlePage",
        "docTitle",
        "titlePart",
        "byline",
        "dateline",
        "opener",
        "closer",
        "salute",
        "signed",
        "postscript",
        "app",
        "lem",
        "rdg",
    ]
)
HTML_BLOCKS = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "aside",
        "header",
        "footer",
        "nav",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "figure",
        "figcaption",
        "table",
        "tr",
        "td",
        "th",
        "br",
        "hr",
        "pre",
        "details",
        "summary",
    ]
)
HTML_BLOCK_CLASSES = ("fw",)  # running heads and the like: shown apart from the line
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class TextComparison:
    tei_words: int
    page_words: int
    kept: float
    invented: float


def words(text: str) -> Counter[str]:
    """Case-folded words; the brackets the renderer puts around supplied text ("[indige]bunt")
    do not split a word."""
    text = unicodedata.normalize("NFC", text).casefold().replace("[", "").replace("]", "")
    return Counter(_WORD.findall(text))


def tei_text(path: Path) -> str:
    """The words of a TEI file's text that its page should show."""
    tree = load_document(path).tree
    for hidden in tree.xpath(" | ".join(f"//{x}" for x in TEI_HIDDEN), namespaces=NSMAP):
        _drop(hidden)
    notes = {n.get(XML_ID) for n in tree.xpath("//tei:note[@xml:id]", namespaces=NSMAP)}
    for copy in tree.xpath("//tei:note[@sameAs]", namespaces=NSMAP):
        _drop(copy)
    for pointer in tree.xpath(
        "//tei:text//tei:ref[@target] | //tei:text//tei:ptr[@target]", namespaces=NSMAP
    ):
        if pointer.get("target", "").strip().lstrip("#") in notes:
            _drop(pointer)
    for choice in tree.xpath("//tei:choice", namespaces=NSMAP):
        children = [c for c in choice if isinstance(c.tag, str)]
        shown = next(
            (c for c in children if etree.QName(c).localname in ("corr", "reg", "expan")),
            children[0] if children else None,
        )
        for child in children:
            if child is not shown:
                _drop(child)
    etree.strip_elements(tree, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    join_broken_words(tree)
    for choice in tree.xpath("//tei:choice", namespaces=NSMAP):  # its spacing is layout
        choice.text = None
        for child in choice:
            child.tail = None
    texts = tree.xpath("//tei:text", namespaces=NSMAP)
    return _joined(texts[0], TEI_BLOCKS) if texts else ""


def page_text(path: Path) -> str:
    """The words a reading page shows of its document (see the module docstring)."""
    root = html.parse(str(path)).getroot()
    article = root.xpath("//article[contains(@class, 'document')]")[0]
    for added in article.xpath(" | ".join(f".//{x}" for x in PAGE_ADDED)):
        _drop(added)
    return _joined(article, HTML_BLOCKS)


def _joined(root: etree._Element, blocks: frozenset[str]) -> str:
    """The text under `root`, with a space where a block element starts or ends."""
    parts: list[str] = []

    def walk(element: etree._Element) -> None:
        name = etree.QName(element).localname if isinstance(element.tag, str) else ""
        block = name in blocks and element.get("break") != "no"
        classes = (element.get("class") or "").split() if isinstance(element.tag, str) else []
        block = block or any(c in HTML_BLOCK_CLASSES for c in classes)
        if block:
            parts.append(" ")
        if isinstance(element.tag, str) and element.text:
            parts.append(element.text)
        for child in element:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if block:
            parts.append(" ")

    walk(root)
    return "".join(parts)


def compare(tei_path: Path, page_path: Path) -> TextComparison:
    tei, page = words(tei_text(tei_path)), words(page_text(page_path))
    shared = sum((tei & page).values())
    tei_total, page_total = sum(tei.values()), sum(page.values())
    return TextComparison(
        tei_total,
        page_total,
        shared / tei_total if tei_total else 1.0,
        (page_total - shared) / page_total if page_total else 0.0,
    )


def _drop(element: etree._Element) -> None:
    """Remove an element but keep its tail (the text after it belongs to its parent)."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    previous = element.getprevious()
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + " " + tail
        else:
            parent.text = (parent.text or "") + " " + tail
    parent.remove(element)
