"""Sources too large to hold at once are converted part by part, in bounded memory.

A text source larger than LARGE_BYTES is cut into parts of about PART_BYTES, each after a page
end (form feed) or a blank line. The first part is read as any source is (its reader, title and
e-book frame); every later part is read by the same reader with the document's title line put
before it, so that no reader takes the part's first line for a title. Each part is written as
TEI, enriched (people proposed from the part, tagged against the one personography of the
run), and its body is appended to a file assembled on disk, which is then committed like any
other document (`guard.EditGuard`). Memory holds one part at a time: the name finder's cache is
not used, and the tags remembered for `edition enrich` are merged from sorted files.

What changes against reading the source whole: notes resolve within their part, and people are
proposed from the statistics of their part (a name first written in full in a later part is not
tagged in an earlier one; `edition enrich` on the result tags it everywhere).
"""

from __future__ import annotations

import hashlib
import re
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from lxml import etree

from .enrich import EnrichContext, enrich_corpus, finish_corpus
from .enrich.dates_calendar import ensure_julian_calendar, set_old_style_default
from .enrich.memory import memory_path, merge_parts, save_part
from .enrich.persons import mentioned_ids
from .enrich.persons_model import CACHING
from .errors import InputError
from .guard import EditGuard
from .model import Block, Div, Document, P, Quote, inline_text
from .progress import Console
from .readers import read_text, text_format
from .readers.docx.package import is_docx
from .report import Report
from .writers.tei import document_to_tei
from .xmlio import NSMAP, parse_bytes, serialize

LARGE_BYTES = 32_000_000  # a text source larger than this is converted in parts
PART_BYTES = 4_000_000  # about this much of the source per part
FIRST_BLOCKS = 4  # where the title line put before a part is looked for
_BODY = re.compile(rb"<body(?:\s[^>]*)?(?P<empty>/)?>")
_TEXT = re.compile(rb"<text(?:\s[^>]*)?>")


def is_large(path: Path, format: str | None) -> bool:
    """A text source (not Word, not markup) larger than LARGE_BYTES."""
    if format in ("docx", "html"):
        return False
    try:
        if path.stat().st_size <= LARGE_BYTES:
            return False
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False  # read_source names the problem
    return not is_docx(head) and head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] != b"<"


def source_parts(path: Path, size: int = 0) -> Iterator[tuple[int, str]]:
    """(first line, text) of each part of about `size` bytes (PART_BYTES), cut after a page
    end or a blank line (else a line end, else a character boundary), decoded as UTF-8."""
    size = size or PART_BYTES
    line, pending = 1, b""
    with path.open("rb") as handle:
        while True:
            chunk = handle.read(size)
            data = pending + chunk
            if not data:
                return
            cut = _cut(data) if chunk else len(data)
            part, pending = data[:cut], data[cut:]
            yield line, _decode(part, path, line, first=line == 1)
            line += part.count(b"\n")


def _cut(data: bytes) -> int:
    page, blank = data.rfind(b"\f"), data.rfind(b"\n\n")
    cut = max(page + 1 if page >= 0 else 0, blank + 2 if blank >= 0 else 0)
    if cut == 0:
        cut = data.rfind(b"\n") + 1 or len(data)
    while cut < len(data) and data[cut] & 0xC0 == 0x80:  # never inside a UTF-8 character
        cut -= 1
    return cut


def _decode(data: bytes, path: Path, line: int, first: bool) -> str:
    try:
        text = data.decode("utf-8-sig" if first else "utf-8")
    except UnicodeDecodeError as exc:
        at = line + data[: exc.start].count(b"\n")
        raise InputError(
            path, "not UTF-8 text; re-save the file as UTF-8 and convert again", at
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


class _Assembly:
    """The document being assembled on disk: body and back content, part by part."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.body = (folder / "body.xml").open("wb")
        self.back = (folder / "back.xml").open("wb")
        self.front = b""
        self.body_lines = 0  # line ends in the body content written so far
        self.paragraphs = self.notes = self.empty = 0
        self.memory_parts: list[Path] = []
        self.diagnostics: list = []  # enrichment diagnostics, lines relative to <body>
        self.julian = False  # a part's dates declared the Julian calendar

    def add(self, tree: etree._ElementTree, tag_line: int, part: Report) -> None:
        """A part's enriched TEI: its body (and back) content is appended; its enrichment
        diagnostics (lines of the part's TEI before enrichment, whose <body> tag stood on
        `tag_line`) are kept with lines counted from the document's <body> tag."""
        paragraphs, notes, empty = text_counts(tree)
        self.paragraphs += paragraphs
        self.notes += notes
        self.empty += empty
        self.julian |= bool(tree.xpath("//tei:calendar[@xml:id='julian']", namespaces=NSMAP))
        data = serialize(tree)
        body = _BODY.search(data, data.find(b"</teiHeader>"))
        if body is None or body.group("empty"):
            return
        for diagnostic in part.diagnostics:
            line = diagnostic.line - tag_line + self.body_lines if diagnostic.line else 0
            self.diagnostics.append(replace(diagnostic, line=line))
        content = data[body.end() : data.index(b"</body>", body.end())].rstrip()
        self.body.write(content)
        self.body_lines += content.count(b"\n")
        if not self.front:
            self.front = _inner(data, b"front")
        self.back.write(_inner(data, b"back"))

    def write(self, target: Path, head: bytes, tail: bytes) -> tuple[str, int]:
        """Write the whole document to `target` (the guard's staging file); returns its
        checksum and the line of its <body> tag."""
        self.body.close()
        self.back.close()
        checksum = hashlib.sha256()
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("wb") as out:

            def put(data: bytes) -> None:
                out.write(data)
                checksum.update(data)

            put(head + b"<text>\n")
            if self.front:
                put(b"    <front>" + self.front + b"\n    </front>\n")
            body_line = head.count(b"\n") + 2 + (self.front.count(b"\n") + 2 if self.front else 0)
            for name in ("body", "back"):
                piece = self.folder / f"{name}.xml"
                if name == "back" and not piece.stat().st_size:
                    continue
                put(f"    <{name}>".encode())
                with piece.open("rb") as content:
                    while block := content.read(1 << 20):
                        put(block)
                put(f"\n    </{name}>\n".encode())
            put(b"  " + tail)
        return checksum.hexdigest(), body_line


def text_counts(tree: etree._ElementTree) -> tuple[int, int, int]:
    """(paragraphs, notes, empty notes) of a document's text, for convert's summary line."""
    notes = tree.xpath("//tei:text//tei:note", namespaces=NSMAP)
    empty = sum(note.get("type") == "empty" for note in notes)
    return len(tree.xpath("//tei:text//tei:p", namespaces=NSMAP)), len(notes), empty


def _inner(data: bytes, name: bytes) -> bytes:
    """The content of the first <name> element of the text (b"" when none)."""
    found = re.search(rb"<" + name + rb"(?:\s[^>]*)?>", data[data.find(b"</teiHeader>") :])
    if found is None:
        return b""
    start = data.find(b"</teiHeader>") + found.end()
    end = data.find(b"</" + name + b">", start)
    return data[start:end].rstrip() if end > 0 else b""


def convert_in_parts(
    source: Path,
    target: Path,
    guard: EditGuard,
    format: str | None,
    old_style: bool,
    console: Console,
    authority: tuple[Path, ...] = (),
) -> tuple[Report, str, tuple[int, int, int]]:
    """Convert one large text source into `target` part by part; returns its report, the
    reader used and (paragraphs, notes, empty notes)."""
    outdir, stem = target.parent, source.stem
    folder = guard.state / "parts" / stem
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    report = Report(str(source))
    context = EnrichContext(outdir, memory_later={}, authority=authority, mentioned=set())
    assembly = _Assembly(folder)
    name = text_format(source, format)
    first: Document | None = None
    token = CACHING.set(False)
    try:
        count = -(-source.stat().st_size // PART_BYTES)
        parts = console.progress(source_parts(source), f"Converting {source.name} in parts", count)
        for index, (line, text) in enumerate(parts):
            part = Report(str(source))
            prefix = f"{' '.join(first.meta.title.split())}\n\n" if first is not None else ""
            document = read_text(prefix + text, part, name)
            if first is None:
                first, name = document, document.format
            else:  # a reader that did not take the line put before the part for a title
                document = replace(document, body=_without_line(document.body, prefix.strip()))
            _take_reader_report(report, part, line - 1 - prefix.count("\n"), bool(prefix))
            tree = document_to_tei(document, {}, notes_before=assembly.notes)
            del document
            if old_style:
                set_old_style_default(tree.getroot())
            data = serialize(tree)
            tree = parse_bytes(data, target)
            tag_line = _tag_line(data)
            del data
            context.reports[stem] = Report(str(target))
            enrich_corpus({stem: tree}, context, finish=False)
            context.mentioned.update(mentioned_ids(tree))
            report.counts.update(context.reports[stem].counts)
            assembly.add(tree, tag_line, context.reports[stem])
            del tree
            memory = context.memory_later.pop(memory_path(outdir, stem), None)
            if memory is not None:
                assembly.memory_parts.append(folder / f"memory-{index}.jsonl")
                save_part(assembly.memory_parts[-1], memory)
        finish_corpus({}, context)
    finally:
        CACHING.reset(token)
    assert first is not None and name is not None
    head, tail = _frame(first, report, old_style, assembly.julian)
    checksum, body_line = assembly.write(guard.staging(target), head, tail)
    guard.commit(target, checksum)
    report.diagnostics.extend(
        replace(d, line=d.line + body_line if d.line else 0) for d in assembly.diagnostics
    )
    merge_parts(assembly.memory_parts, memory_path(outdir, stem))
    for notice in context.notices:
        console.warn(notice)
    shutil.rmtree(folder, ignore_errors=True)
    if not any(folder.parent.iterdir()):
        folder.parent.rmdir()
    return report, name, (assembly.paragraphs, assembly.notes, assembly.empty)


def _without_line(blocks: tuple[Block, ...], line: str) -> tuple[Block, ...]:
    """`blocks` without the block (or heading) that holds only `line`, looked for among the
    first blocks, where the line put before a part stands."""
    looked = 0

    def walk(blocks: tuple[Block, ...]) -> tuple[tuple[Block, ...], bool]:
        nonlocal looked
        for index, block in enumerate(blocks):
            if looked >= FIRST_BLOCKS:
                return blocks, False
            looked += 1
            rest = blocks[index + 1 :]
            if isinstance(block, P) and inline_text(block.children).strip() == line:
                return blocks[:index] + rest, True
            if isinstance(block, Div) and inline_text(block.head).strip() == line:
                return blocks[:index] + (replace(block, head=()),) + rest, True
            inner = block.children if isinstance(block, Div) else None
            inner = block.blocks if isinstance(block, Quote) else inner
            if inner is not None:
                kept, found = walk(inner)
                if found:
                    field = "children" if isinstance(block, Div) else "blocks"
                    changed = replace(block, **{field: kept}) if kept else None
                    return blocks[:index] + ((changed,) if changed else ()) + rest, True
        return blocks, False

    return walk(blocks)[0]


def _take_reader_report(report: Report, part: Report, shift: int, later: bool) -> None:
    """A part's reader findings, with source lines; a later part's findings about the title
    line put before it are not the source's."""
    first_line = 3 if later else 1
    for diagnostic in part.diagnostics:
        if later and diagnostic.line and diagnostic.line < first_line:
            continue
        line = diagnostic.line + shift if diagnostic.line else 0
        report.diagnostics.append(replace(diagnostic, line=line))
    report.removed.extend(
        replace(r, line=r.line + shift) for r in part.removed if not later or r.line >= first_line
    )
    report.counts.update(part.counts)


def _tag_line(data: bytes) -> int:
    """The line of the <body> tag in serialized TEI (0 when it has none)."""
    body = _BODY.search(data, max(0, data.find(b"</teiHeader>")))
    return data.count(b"\n", 0, body.start()) + 1 if body else 0


def _frame(first: Document, report: Report, old_style: bool, julian: bool) -> tuple[bytes, bytes]:
    """The document's TEI before its <text> and from </text> on: the header written with
    every part's removals counted and the Julian calendar when a part declared it."""
    skeleton = Document(first.meta, body=(P(()),), format=first.format)
    tree = document_to_tei(skeleton, report.removed_summary())
    if old_style:
        set_old_style_default(tree.getroot())
    elif julian:
        ensure_julian_calendar(tree.getroot())
    data = serialize(tree)
    text = _TEXT.search(data, data.find(b"</teiHeader>"))
    assert text is not None
    return data[: text.start()], data[data.rindex(b"</text>") :]
