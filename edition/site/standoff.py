"""Put notes where they belong before the site numbers and renders them (in memory only:
the TEI on disk is never changed).

- A stand-off note (`note/@target` pointing at an `anchor` or another element of the text)
  is moved to its target: right after an anchor or inline element, at the end of a block.
- A note kept outside the body (back matter, standOff, header) that a `ref`/`ptr` in the
  text points to takes the place of that pointer (the pointer's text becomes its number).
- A note split over a page break (`@next`/`@prev`) is joined at its first part; a note that
  is `@sameAs` another note is dropped (its text is already shown there).
"""

from __future__ import annotations

from lxml import etree

from ..xmlio import NSMAP, TEI_NS, XML_ID

NOTE = f"{{{TEI_NS}}}note"
BLOCKS = {f"{{{TEI_NS}}}{t}" for t in ["p", "ab", "head", "l", "item", "cell", "quote"]}
POINTERS = {f"{{{TEI_NS}}}ref", f"{{{TEI_NS}}}ptr"}
CONTAINERS = {f"{{{TEI_NS}}}{t}" for t in ["div", "div1", "div2", "div3", "body", "text"]}


def _local(pointer: str | None) -> str:
    """'#n1' -> 'n1' (the first of several pointers); '' for pointers to other files."""
    first = (pointer or "").split()[:1]
    return first[0][1:] if first and first[0].startswith("#") else ""


def detach(element: etree._Element) -> None:
    """Remove `element` from its parent, keeping its tail text where it was."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    element.tail = None
    parent.remove(element)


def _inside(element: etree._Element, ancestor: etree._Element) -> bool:
    return element is ancestor or any(a is ancestor for a in element.iterancestors())


def _place_after(note: etree._Element, target: etree._Element) -> None:
    detach(note)
    if target.tag in BLOCKS:
        target.append(note)
    else:
        note.tail, target.tail = target.tail, None
        target.addnext(note)


def _join_parts(ids: dict[str, etree._Element]) -> None:
    """Join continuation notes (@next, @prev) into their first part; drop @sameAs copies."""
    following: dict[int, etree._Element] = {}
    for note in [n for n in ids.values() if n.tag == NOTE]:
        nxt = ids.get(_local(note.get("next")))
        if nxt is not None and nxt.tag == NOTE and nxt is not note:
            following[id(note)] = nxt
    for element in list(ids.values()):
        prev = ids.get(_local(element.get("prev"))) if element.tag == NOTE else None
        if prev is not None and prev.tag == NOTE and id(prev) not in following:
            following[id(prev)] = element
    continuations = {id(n) for n in following.values()}
    for note in [n for n in ids.values() if n.tag == NOTE and id(n) in following]:
        if id(note) in continuations:
            continue
        part, seen = following.get(id(note)), {id(note)}
        while part is not None and id(part) not in seen:
            seen.add(id(part))
            _append_content(note, part)
            part = following.get(id(part))
    for element in list(ids.values()):
        same = ids.get(_local(element.get("sameAs"))) if element.tag == NOTE else None
        if same is not None and same.tag == NOTE and same is not element:
            detach(element)


def _append_content(note: etree._Element, part: etree._Element) -> None:
    """Move the content of `part` to the end of `note` (a space between) and drop `part`."""
    last = note[-1] if len(note) else None
    joined = " " + (part.text or "").lstrip()
    if last is None:
        note.text = (note.text or "").rstrip() + joined
    else:
        last.tail = (last.tail or "").rstrip() + joined
    for child in list(part):
        note.append(child)
    detach(part)


def place_notes(tree: etree._ElementTree) -> int:
    """Move stand-off and pointed-to notes to their place and join split notes; returns how
    many notes were moved."""
    ids = {e.get(XML_ID): e for e in tree.iter() if isinstance(e.tag, str) and e.get(XML_ID)}
    texts = tree.xpath("//tei:text", namespaces=NSMAP)
    if not texts:
        return 0
    bodies = tree.xpath("//tei:text//tei:body", namespaces=NSMAP)
    moved = 0
    placed: set[int] = set()
    for pointer in list(texts[0].iter(*POINTERS)):
        note = ids.get(_local(pointer.get("target")))
        if note is None or note.tag != NOTE or any(_inside(note, b) for b in bodies):
            continue
        if _inside(pointer, note) or not any(_inside(pointer, b) for b in bodies):
            continue
        if not note.get("n") and "".join(pointer.itertext()).strip():
            note.set("n", "".join(pointer.itertext()).strip())
        detach(note)
        note.tail, pointer.tail = pointer.tail, None
        pointer.addnext(note)
        detach(pointer)
        placed.add(id(note))
        moved += 1
    for note in list(tree.iter(NOTE)):
        target = ids.get(_local(note.get("target")))
        if (
            id(note) in placed
            or target is None
            or target.tag in CONTAINERS
            or _inside(target, note)
        ):
            continue
        if _inside(note, target) or not _inside(target, texts[0]):
            continue
        _place_after(note, target)
        moved += 1
    _join_parts(ids)
    return moved
