"""Note markers and their bodies in a web page, resolved before the text is read.

Linked notes: a marker is a link to a fragment (`<sup><a href="#fn1">`, `a.footnote-ref`,
`role="doc-noteref"`, Wikipedia's `#cite_note-…`) whose target is a note body (the `li`, `p`,
`div` or `aside` holding the target id). Unlinked notes: "(N)" or "[N]" markers in running text
whose bodies are the items of a numbered list under a "Notes"-like heading, taken in order.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from lxml import etree

from .metadata import clean

_MARKER_TEXT = re.compile(r"^\s*[\[(]?\s*((?:[^\W\d_]{1,5} )?\w{1,4}|[*†‡§])\s*[\])]?\s*$")
_MARKER_CLASS = re.compile(
    r"footnote|noteref|endnote|fnref|sdfootnoteanc|ftn|reference", re.IGNORECASE
)
_MARKER_HREF = re.compile(
    r"^#(?:fn|cite_note|note|endnote|ftn|footnote|sdfootnote|edn|n)", re.IGNORECASE
)
_BODY_TAGS = ("li", "p", "div", "aside", "dd", "td", "section")
# Links back from a note to its marker (Wikipedia's cite_ref, pandoc's fnref, Word's _ftnref).
_BACK_HREF = re.compile(
    r"^#(?:cite_ref|fnref|_ftnref|_ednref|ref[-_:]|footnote-ref|r\d|sdfootnote\d+anc|anchor)",
    re.IGNORECASE,
)
_BACKLINK = re.compile(
    r"footnote-back|backref|mw-cite-backlink|fnback|reversefootnote", re.IGNORECASE
)
_BACK_TEXT = re.compile(r"^\s*[↩↑^⮌]\s*\ufe0e?\s*$|^\s*(?:back|return)\b", re.IGNORECASE)
NOTES_HEADING = re.compile(
    r"^\s*(?:foot|end)?notes?\b|^\s*references\b|^\s*sources? and notes\b|^\s*notes and "
    r"references\b|^\s*anmerkungen\b|^\s*fußnoten\b|^\s*notas\b",
    re.IGNORECASE,
)


@dataclass
class NoteMap:
    """Markers (elements) to their label and body element; bodies to drop from the text."""

    markers: dict[etree._Element, tuple[str, etree._Element]] = field(default_factory=dict)
    bodies: list[etree._Element] = field(default_factory=list)
    numbered: list[etree._Element] = field(default_factory=list)  # bodies of "(N)" markers

    def keep(self) -> set[etree._Element]:
        return set(self.markers) | set(self.bodies)


def find_linked_notes(root: etree._Element) -> NoteMap:
    """Fragment links that look like note markers, paired with the note body they target."""
    ids = {el.get("id") or el.get("name"): el for el in root.xpath("//*[@id]|//a[@name]")}
    found = NoteMap()
    candidates: list[tuple[etree._Element, etree._Element]] = []
    for link, fragment in _fragment_links(root, ids):
        target = ids.get(fragment)
        if target is None or _BACK_HREF.match(f"#{fragment}") or _in_backlink(link):
            continue
        body = _body_of(target) if _looks_like_marker(link) else None
        if body is not None and not _contains(body, link) and not _contains(link, body):
            candidates.append((link, body))
    for link, body in _without_mutual(candidates):
        found.markers[_marker_element(link)] = (_label(link), body)
        if body not in found.bodies:
            found.bodies.append(body)
    return found


def _fragment_links(
    root: etree._Element, ids: dict[str, etree._Element]
) -> list[tuple[etree._Element, str]]:
    """Links to a place in this page: "#id", or "ADDRESS#id" where ADDRESS is the page's own
    (a saved page whose links were made absolute): its canonical address, or an address that
    at least three links to ids of this page share."""
    links = []
    for link in root.xpath("//a[contains(@href,'#')]"):
        address, _, fragment = link.get("href", "").strip().partition("#")
        if fragment in ids:
            links.append((link, address, fragment))
    shared = Counter(address for _, address, _ in links)
    own = (
        {""}
        | {a for a, n in shared.items() if n >= 3}
        | set(root.xpath("//link[@rel='canonical']/@href"))
    )
    return [(link, fragment) for link, address, fragment in links if address in own]


def _in_backlink(link: etree._Element) -> bool:
    return any(is_backlink(e) for e in (link, *list(link.iterancestors())[:3]))


def _without_mutual(
    candidates: list[tuple[etree._Element, etree._Element]],
) -> list[tuple[etree._Element, etree._Element]]:
    """Of two links that point at each other's body (marker and backlink), keep the one whose
    body is shorter: a note is shorter than the paragraph that cites it."""
    index = {id(link): k for k, (link, _) in enumerate(candidates)}
    dropped: set[int] = set()
    for i, (_, body) in enumerate(candidates):
        for inner in body.iter("a"):
            j = index.get(id(inner))
            if j is None or j == i or not _contains(candidates[j][1], candidates[i][0]):
                continue
            longer = i if len(body.text_content()) > len(candidates[j][1].text_content()) else j
            dropped.add(longer)
    return [pair for k, pair in enumerate(candidates) if k not in dropped]


def _looks_like_marker(link: etree._Element) -> bool:
    text = clean(link.text_content())
    if not _MARKER_TEXT.match(text):
        return False
    parent = link.getparent()
    in_sup = link.find("sup") is not None or (parent is not None and parent.tag == "sup")
    names = f"{link.get('class') or ''} {link.get('id') or ''} {link.get('role') or ''}"
    if parent is not None:
        names += f" {parent.get('class') or ''}"
    return bool(in_sup or _MARKER_CLASS.search(names) or _MARKER_HREF.match(link.get("href", "")))


def _label(link: etree._Element) -> str:
    found = _MARKER_TEXT.match(clean(link.text_content()))
    return found.group(1) if found else clean(link.text_content())


def _marker_element(link: etree._Element) -> etree._Element:
    """The element that stands for the marker in the text: a `sup` wrapping only the link."""
    parent = link.getparent()
    only_child = parent is not None and parent.tag == "sup" and len(parent) == 1
    if only_child and not clean(parent.text) and not clean(link.tail):
        return parent
    return link


def _body_of(target: etree._Element) -> etree._Element | None:
    """The note body a fragment id names: the target itself or its nearest block ancestor."""
    for element in (target, *target.iterancestors()):
        if element.tag in ("body", "html", "ol", "ul"):
            return None
        if element.tag in _BODY_TAGS and clean(element.text_content()):
            return element
    return None


def _contains(outer: etree._Element, inner: etree._Element) -> bool:
    return any(ancestor is outer for ancestor in inner.iterancestors())


def is_backlink(element: etree._Element) -> bool:
    """A link (or span of links) in a note body that leads back to the marker."""
    names = f"{element.get('class') or ''} {element.get('role') or ''}"
    if _BACKLINK.search(names) or "doc-backlink" in names:
        return True
    href = element.get("href") or ""
    return (
        element.tag == "a"
        and href.startswith("#")
        and bool(_BACK_TEXT.match(clean(element.text_content())))
    )


def numbered_note_list(content: etree._Element) -> list[etree._Element]:
    """Items of the numbered list under the last notes-like heading, for "(N)" markers."""
    headings = [
        h
        for h in content.xpath(".//h1|.//h2|.//h3|.//h4|.//h5|.//h6|.//p[b or strong]")
        if NOTES_HEADING.match(clean(h.text_content())) and len(clean(h.text_content())) < 40
    ]
    for heading in reversed(headings):
        following = heading.xpath("following::ol[1]")
        if following and not following[0].xpath("ancestor::ol"):
            return [li for li in following[0] if li.tag == "li"]
    return []
