"""Remember the tags enrichment made, so a tag a scholar deleted is not made again.

For each document, .edition/enriched/<stem>.json in its folder (beside the edit guard's
manifest) lists every automatic tag made so far as [element name, tagged text, context before,
context after] with a count. The context is a few
normalized characters of the prose block around the tag, so an entry still matches after
unrelated edits elsewhere. On a later run, a remembered tag that is now absent was removed by
a scholar: wrap_spans (text_nodes) drops a new span with that key. Tags still present, even
with other attributes, are left as they are (their text is never searched again anyway).

Convert starts each document's memory over (its files are fresh); `edition enrich` recalls it.
"""

from __future__ import annotations

import heapq
import json
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from itertools import groupby
from pathlib import Path

from lxml import etree

from ..guard import STATE_DIR
from ..xmlio import atomic_stream, atomic_write
from .text_nodes import TextSlot, text_body

MEMORY_DIR = "enriched"
CONTEXT_CHARS = 20  # normalized characters of context kept on each side of a tag

Key = tuple[str, str, str, str]  # element name, text, context before, context after


def memory_path(outdir: Path, name: str) -> Path:
    """Where the memory of document `name` lives: beside it when `name` is a TEI file's path
    (edition enrich), else in `outdir` (convert names documents by their source's stem)."""
    document = Path(name)
    if document.suffix == ".xml":
        return document.parent / STATE_DIR / MEMORY_DIR / f"{document.stem}.json"
    return outdir / STATE_DIR / MEMORY_DIR / f"{document.name}.json"


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _norm(text: str) -> str:
    return " ".join(text.split()).lower()


def _block(element: etree._Element) -> etree._Element:
    """The prose block holding a tag: the block of the text slot it was cut from."""
    parent = element.getparent()
    return TextSlot(element, False).block() if parent is None else TextSlot(parent, False).block()


class BlockText:
    """A block's flattened text (tags do not change it) and where each element starts/ends."""

    def __init__(self, block: etree._Element) -> None:
        self.parts: list[str] = []
        self.starts: dict[etree._Element, int] = {}
        self.ends: dict[etree._Element, int] = {}
        self._length = 0
        self._walk(block)
        self.text = "".join(self.parts)

    def _add(self, text: str | None) -> None:
        if text:
            self.parts.append(text)
            self._length += len(text)

    def _walk(self, element: etree._Element) -> None:
        self.starts[element] = self._length
        self._add(element.text)
        for child in element:
            if isinstance(child.tag, str):
                self._walk(child)
            self._add(child.tail)
        self.ends[element] = self._length

    def slot_offset(self, owner: etree._Element, is_tail: bool) -> int:
        return self.ends[owner] if is_tail else self.starts[owner]

    def key(self, name: str, start: int, end: int) -> Key:
        text = self.text
        before = _norm(text[max(0, start - 3 * CONTEXT_CHARS) : start])[-CONTEXT_CHARS:].strip()
        after = _norm(text[end : end + 3 * CONTEXT_CHARS])[:CONTEXT_CHARS].strip()
        return (name, _norm(text[start:end]), before, after)


def element_key(element: etree._Element, blocks: dict[etree._Element, BlockText]) -> Key:
    """The key of a tag in the tree (blocks caches each block's text)."""
    block = _block(element)
    if block not in blocks:
        blocks[block] = BlockText(block)
    flat = blocks[block]
    return flat.key(_local(element), flat.starts[element], flat.ends[element])


def tag_keys(root: etree._Element, names: frozenset[str]) -> Counter[Key]:
    """How often each key occurs among the `names` elements of root's tei:text."""
    body = text_body(root)
    if body is None or not names:
        return Counter()
    blocks: dict[etree._Element, BlockText] = {}
    return Counter(
        element_key(el, blocks) for el in body.iter() if _local(el) in names and el is not body
    )


class DocumentMemory:
    """One document's remembered tags, what to leave untagged now, and what this run made."""

    def __init__(self, remembered: Counter[Key], root: etree._Element) -> None:
        self.remembered = remembered
        present = tag_keys(root, frozenset(key[0] for key in remembered))
        self.withheld: Counter[Key] = remembered - present  # removed by a scholar
        self._by_text: dict[tuple[str, str], list[Key]] = {}
        for key in sorted(self.withheld):
            self._by_text.setdefault(key[:2], []).append(key)
        self.made: list[etree._Element] = []

    def allows(self, slot: TextSlot, words: str, start: int, name: str) -> bool:
        """False for a span (`words` at `start` of the slot) whose tag was made before and is
        now absent (and uses that up)."""
        if (name, _norm(words)) not in self._by_text:
            return True
        end = start + len(words)
        flat = BlockText(slot.block())
        base = flat.slot_offset(slot.owner, slot.is_tail)
        key = flat.key(name, base + start, base + end)
        found = self._withheld_like(key)
        if found is None:
            return True
        self.withheld[found] -= 1
        return False

    def _withheld_like(self, key: Key) -> Key | None:
        """The withheld key itself, else one with the same text and one side of context the
        same (the scholar edited the other side): a deletion survives a nearby edit."""
        if self.withheld[key] > 0:
            return key
        for other in self._by_text.get(key[:2], ()):
            if self.withheld[other] > 0 and (other[2] == key[2] or other[3] == key[3]):
                return other
        return None

    def record(self, elements: Sequence[etree._Element]) -> None:
        self.made.extend(elements)

    def updated(self) -> Counter[Key]:
        """The memory after this run: what was remembered plus the tags made now."""
        blocks: dict[etree._Element, BlockText] = {}
        made = Counter(element_key(el, blocks) for el in self.made if el.getparent() is not None)
        return self.remembered + made


_ACTIVE: ContextVar[DocumentMemory | None] = ContextVar("edition_enrich_memory", default=None)


def active() -> DocumentMemory | None:
    """The memory of the document being enriched now, if any."""
    return _ACTIVE.get()


def load(path: Path) -> Counter[Key]:
    """A memory file's entries; a missing or unreadable file is an empty memory."""
    try:
        entries = json.loads(path.read_text("utf-8"))
        return Counter({tuple(e["tag"]): int(e["count"]) for e in entries})  # type: ignore[misc]
    except (OSError, ValueError, KeyError, TypeError):
        return Counter()


def save(path: Path, memory: Counter[Key]) -> None:
    """Write the entries sorted, so the same memory gives the same file."""
    lines = [_line(key, n) for key, n in sorted(memory.items()) if n > 0]
    data = ("[\n" + ",\n".join(lines) + "\n]\n").encode("utf-8")
    try:
        if path.read_bytes() == data:
            return  # unchanged: leave the file (and its time) alone
    except OSError:
        pass
    atomic_write(path, data)


@contextmanager
def remembering(
    outdir: Path,
    name: str,
    root: etree._Element,
    recall: bool,
    later: dict[Path, Counter[Key]] | None = None,
) -> Iterator[DocumentMemory]:
    """Enrich one document under its memory. Afterwards (only if no error occurred) the memory
    is saved, or put in `later` for the caller to save once the document itself is written."""
    path = memory_path(outdir, name)
    memory = DocumentMemory(load(path) if recall else Counter(), root)
    token = _ACTIVE.set(memory)
    try:
        yield memory
    finally:
        _ACTIVE.reset(token)
    if later is None:
        save(path, memory.updated())
    else:
        later[path] = memory.updated()


def save_part(path: Path, memory: Counter[Key]) -> None:
    """Write one part's entries sorted, a JSON entry per line, for `merge_parts`."""
    with path.open("w", encoding="utf-8") as out:
        for key, n in sorted(memory.items()):
            if n > 0:
                out.write(json.dumps([list(key), n], ensure_ascii=False) + "\n")


def merge_parts(parts: Sequence[Path], path: Path) -> None:
    """Write the memory of a document enriched in parts (files of `save_part`) as `save`
    would write it whole, merging the sorted parts line by line (memory stays bounded)."""
    handles = [part.open(encoding="utf-8") for part in parts]
    try:
        entries = heapq.merge(*[map(_entry, handle) for handle in handles], key=lambda e: e[0])
        lines = (
            _line(key, sum(n for _, n in same))
            for key, same in groupby(entries, key=lambda e: e[0])
        )
        with atomic_stream(path) as out:
            out.write(b"[\n")
            for index, line in enumerate(lines):
                out.write((",\n" if index else "").encode() + line.encode("utf-8"))
            out.write(b"\n]\n")
    finally:
        for handle in handles:
            handle.close()


def _line(key: Key, count: int) -> str:
    """One entry of a memory file."""
    return json.dumps({"tag": list(key), "count": count}, ensure_ascii=False)


def _entry(line: str) -> tuple[Key, int]:
    tag, count = json.loads(line)
    return tuple(tag), int(count)  # type: ignore[return-value]
