"""Prepare a parsed TEI document for the stylesheets and collect what the indexes need.

The stylesheets stay simple and fast because the build does the counting here, once, in
document order: it numbers notes, gives every division, note, name and date an anchor (an
attribute in a private namespace, so the TEI itself is not changed on disk), resolves person
references, and marks passages that have parallels. The same walk collects mentions and dates.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree

from ..xmlio import NSMAP, TEI_NS, XML_ID, XML_NS
from .date_years import in_citation, year_is_near
from .standoff import place_notes

SITE_NS = "urn:edition:site"
CONTEXT_WIDTH = 80
BLOCK_TAGS = {
    f"{{{TEI_NS}}}{t}" for t in ["p", "ab", "item", "head", "l", "cell", "quote", "note", "bibl"]
}
NOTE_TAG = f"{{{TEI_NS}}}note"
DIV_XPATH = (
    "//tei:text//tei:div | //tei:text//tei:div1 | //tei:text//tei:div2"
    " | //tei:text//tei:div3 | //tei:text//tei:div4"
)
DATE_ATTRS = ("when", "when-custom", "from", "to", "notBefore", "notAfter")


def site_attr(name: str) -> str:
    """Clark name of an attribute in the build's private namespace."""
    return f"{{{SITE_NS}}}{name}"


@dataclass(frozen=True)
class Context:
    """A short stretch of text around an occurrence: before, the occurrence, after."""

    before: str
    match: str
    after: str


@dataclass(frozen=True)
class Mention:
    person: str
    anchor: str
    context: Context
    in_note: bool = False  # inside a note body


@dataclass(frozen=True)
class DateRef:
    anchor: str
    attrs: dict[str, str]
    context: Context
    year_near: bool = True  # False: the year was not written near the date (a guess)

    @property
    def sort_key(self) -> str:
        """The Gregorian value to order by: when, else from, else notBefore, else notAfter."""
        for name in ("when", "from", "notBefore", "to", "notAfter"):
            if self.attrs.get(name):
                return self.attrs[name]
        return ""


@dataclass
class Collected:
    """What one document contributes to the corpus-wide indexes."""

    mentions: list[Mention] = field(default_factory=list)
    citations: list[Mention] = field(default_factory=list)  # names in bibl, cit, title
    dates: list[DateRef] = field(default_factory=list)
    notes: int = 0


def element_id(element: etree._Element) -> str:
    """The HTML id the stylesheets give an element ('' when it gets none)."""
    return element.get(XML_ID) or element.get(site_attr("anchor")) or ""


def _anchor(element: etree._Element, prefix: str, number: int) -> str:
    if not element.get(XML_ID):
        element.set(site_attr("anchor"), f"e-{prefix}-{number}")
    return element_id(element)


def person_key(ref: str | None) -> str | None:
    """persons.xml#tolstoy, #tolstoy or tolstoy -> 'tolstoy' (the first of several refs)."""
    if not ref or not ref.strip():
        return None
    first = ref.split()[0]
    if first.startswith(("http://", "https://")):
        return None
    key = first.split("#", 1)[1] if "#" in first else first
    key = re.sub(r"[^A-Za-z0-9_.-]", "_", key)
    return key or None


ParallelMarks = dict[str, tuple[str, str, int]]


def annotate(tree: etree._ElementTree, parallels: ParallelMarks | None = None) -> Collected:
    """Add the build's attributes to `tree` (in memory) and return its mentions and dates.
    `parallels` maps element ids of this document to (fragment, query, count): where its
    mark links in the parallel view and how many links it takes part in."""
    collected = Collected()
    join_broken_words(tree)
    place_notes(tree)
    for number, div in enumerate(tree.xpath(DIV_XPATH, namespaces=NSMAP), 1):
        _anchor(div, "sec", number)
    collected.notes = _number_notes(tree)
    _mark_persons(tree, collected)
    _mark_dates(tree, collected)
    if parallels:
        mark_parallels(tree, parallels)
    from .passage_ids import assign_passage_ids  # imports site_attr from here

    assign_passage_ids(tree)
    return collected


def join_broken_words(tree: etree._ElementTree) -> None:
    """A line, column or page break inside a word (break="no"): the spaces and line ends
    around it are the file's layout, not text ("termi<lb break='no'/> nata" reads
    "terminata")."""
    marks = "//tei:text//*[self::tei:lb or self::tei:cb or self::tei:pb][@break = 'no']"
    for mark in tree.xpath(marks, namespaces=NSMAP):
        previous, parent = mark.getprevious(), mark.getparent()
        if previous is not None:
            previous.tail = (previous.tail or "").rstrip() or None
        elif parent is not None:
            parent.text = (parent.text or "").rstrip() or None
        mark.tail = (mark.tail or "").lstrip() or None


def _number_notes(tree: etree._ElementTree) -> int:
    notes = tree.xpath("//tei:text//tei:note", namespaces=NSMAP)
    for number, note in enumerate(notes, 1):
        note_id = _anchor(note, "note", number)
        suffix = note_id.removeprefix("note-")
        note.set(site_attr("ref"), f"noteref-{suffix}")
        note.set(site_attr("num"), (note.get("n") or "").strip() or str(number))
    return len(notes)


def _mark_persons(tree: etree._ElementTree, collected: Collected) -> None:
    names = tree.xpath("//tei:text//tei:persName", namespaces=NSMAP)
    for number, name in enumerate(names, 1):
        anchor = _anchor(name, "pn", number)
        key = person_key(name.get("ref"))
        if key:
            name.set(site_attr("person"), key)
            found = collected.citations if in_citation(name) else collected.mentions
            in_note = bool(name.xpath("ancestor::tei:note", namespaces=NSMAP))
            found.append(Mention(key, anchor, context_of(name), in_note))


def _mark_dates(tree: etree._ElementTree, collected: Collected) -> None:
    for number, date in enumerate(tree.xpath("//tei:text//tei:date", namespaces=NSMAP), 1):
        anchor = _anchor(date, "dt", number)
        if in_citation(date):
            continue  # a publication date in a citation is not an event
        attrs = {name: date.get(name).strip() for name in DATE_ATTRS if date.get(name)}
        value = next(
            (attrs[n] for n in ("when", "from", "notBefore", "to", "notAfter") if n in attrs), ""
        )
        near = year_is_near(date, value, _block_of(date))
        collected.dates.append(DateRef(anchor, attrs, context_of(date), near))


def mark_parallels(tree: etree._ElementTree, parallels: ParallelMarks) -> None:
    """Mark elements that take part in parallels links, for the stylesheets' link mark."""
    for element in tree.iter():
        mark = parallels.get(element.get(XML_ID) or "") if isinstance(element.tag, str) else None
        if mark:
            fragment, query, count = mark
            element.set(site_attr("par"), fragment)
            element.set(site_attr("par-query"), query)
            element.set(site_attr("par-count"), str(count))


# ----------------------------------------------------------------------------- context


def _block_of(element: etree._Element) -> etree._Element:
    for ancestor in element.iterancestors():
        if ancestor.tag in BLOCK_TAGS:
            return ancestor
    return element.getparent() if element.getparent() is not None else element


def _pieces(node: etree._Element, target: etree._Element, skip_notes: bool) -> Iterator[object]:
    """Text of `node` in reading order, with `target` bracketed by itself as a marker."""
    if node is target:
        yield target
    if node.text and isinstance(node.tag, str):
        yield node.text
    for child in node:
        if not (skip_notes and child.tag == NOTE_TAG and child is not target):
            yield from _pieces(child, target, skip_notes)
        if child.tail:
            yield child.tail
    if node is target:
        yield target


def context_of(element: etree._Element, width: int = CONTEXT_WIDTH) -> Context:
    """The words around `element` inside its paragraph (or other block)."""
    block = _block_of(element)
    parts: list[list[str]] = [[], [], []]
    index, after_length = 0, 0
    in_note = any(a.tag == NOTE_TAG for a in element.iterancestors()) and block.tag == NOTE_TAG
    for piece in _pieces(block, element, skip_notes=not in_note):
        if piece is element:
            index += 1
        elif index >= 2:
            parts[2].append(piece)
            after_length += len(piece)
            if after_length > 3 * width:  # enough: long blocks need not be walked to the end
                break
        else:
            parts[index].append(piece)
    # Only the edges near the occurrence matter; cut before normalizing so cost stays small.
    raw_before, raw_after = "".join(parts[0])[-3 * width :], "".join(parts[2])[: 3 * width]
    # Keep one space at the edges where the text has one, so "Tolstoy." stays unspaced.
    before, match, after = (
        re.sub(r"\s+", " ", text) for text in (raw_before, "".join(parts[1]), raw_after)
    )
    before, match, after = before.lstrip(), match.strip(), after.rstrip()
    if len(before) > width:
        before = "…" + before[-width:].split(" ", 1)[-1]
    if len(after) > width:
        after = after[:width].rsplit(" ", 1)[0] + "…"
    return Context(before, match, after)


def document_language(tree: etree._ElementTree) -> str:
    """xml:lang of the document or its text, else the header's first language, else 'en'."""
    root = tree.getroot()
    for candidate in (
        root.get(f"{{{XML_NS}}}lang"),
        *tree.xpath("//tei:text/@xml:lang", namespaces=NSMAP)[:1],
        *tree.xpath("//tei:langUsage/tei:language/@ident", namespaces=NSMAP)[:1],
    ):
        if candidate and re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]+)*", candidate):
            return candidate
    return "en"
