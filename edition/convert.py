"""The convert pipeline: read sources, write TEI, enrich, and save without losing hand edits."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from lxml import etree

from .convert_parts import LARGE_BYTES, convert_in_parts, is_large, text_counts
from .enrich import EnrichContext, enrich_corpus
from .enrich.dates_calendar import set_old_style_default
from .enrich.memory import memory_path
from .enrich.memory import save as save_memory
from .errors import EditedFileError, EditionError
from .guard import STATE_DIR, EditGuard, OutputLock
from .progress import QUIET, Console
from .readers import read_source
from .report import Report
from .writers.tei import document_to_tei
from .xmlio import NSMAP, atomic_write, parse_bytes, serialize


@dataclass(frozen=True)
class Converted:
    """The outcome for one source: where its TEI went and what the run found."""

    source: Path
    target: Path
    format: str
    report: Report
    backup: Path | None = None

    def summary(self, tree: etree._ElementTree) -> str:
        return self.summary_of(*text_counts(tree))

    def summary_of(self, paragraphs: int, notes: int, empty: int) -> str:
        counts = self.report.counts
        return (
            f"{self.target.name}: {self.format}, {counted(paragraphs, 'paragraph')}, "
            f"{counted(notes - empty, 'note')} resolved, {empty} empty, "
            f"{counted(counts['persons'], 'person')}, {counted(counts['dates'], 'date')}, "
            f"{counted(len(self.report.warnings), 'warning')}"
        )


def counted(number: int, noun: str) -> str:
    """'1 note', '2 notes'."""
    return f"{number} {noun}{'s' * (number != 1)}"


def target_for(source: Path, outdir: Path) -> Path:
    return outdir / f"{source.stem}.xml"


def check_targets(
    sources: Sequence[Path], outdir: Path, guard: EditGuard, force: bool
) -> list[Path]:
    """Refuse early, before any work, when two sources share a stem or a target was edited."""
    targets = [target_for(source, outdir) for source in sources]
    seen: dict[Path, Path] = {}
    for source, target in zip(sources, targets):
        if target in seen:
            raise EditionError(
                f"{source} and {seen[target]} would both be written to {target}; rename one"
            )
        seen[target] = source
    edited = [target for target in targets if guard.is_edited(target)]
    if edited and not force:
        names = ", ".join(str(path) for path in edited)
        raise EditedFileError(
            f"{names}: edited since convert wrote it (or not written by convert); "
            "refusing to overwrite. Convert into another directory, or pass --force to "
            f"overwrite with a backup in {outdir / STATE_DIR / 'backups'}"
        )
    return edited


def convert(
    sources: Sequence[str | Path],
    outdir: str | Path,
    *,
    format: str | None = None,
    force: bool = False,
    old_style: bool = False,
    console: Console = QUIET,
    authority: tuple[Path, ...] = (),
) -> list[Converted]:
    """Convert each source to OUTDIR/<stem>.xml and write the corpus-wide files beside them.

    `old_style` declares that the sources write pre-1918 Russian day dates in the Julian
    calendar unless they say otherwise (the per-document setting of edition.enrich.dates)."""
    paths = [Path(source) for source in sources]
    outdir = Path(outdir)
    with OutputLock(outdir, notify=console.warn):  # one writer per directory at a time
        guard = EditGuard(outdir)  # reads the manifest and finishes an interrupted write
        return _convert_locked(paths, outdir, guard, format, force, old_style, console, authority)


def _convert_locked(
    paths: list[Path],
    outdir: Path,
    guard: EditGuard,
    format: str | None,
    force: bool,
    old_style: bool,
    console: Console,
    authority: tuple[Path, ...] = (),
) -> list[Converted]:
    edited = set(check_targets(paths, outdir, guard, force))
    done = {
        path: _convert_large(path, outdir, guard, edited, format, old_style, console, authority)
        for path in paths
        if is_large(path, format)
    }
    trees: dict[str, etree._ElementTree] = {}
    results: list[Converted] = []
    for source in console.progress([p for p in paths if p not in done], "Reading sources"):
        report = Report(str(source))
        document = read_source(source, report, format)
        trees[source.stem] = document_to_tei(document, report.removed_summary())
        if old_style:
            set_old_style_default(trees[source.stem].getroot())
        results.append(Converted(source, target_for(source, outdir), document.format, report))
    if not results:
        return [done[path] for path in paths]
    notices: list[str] = []
    memory, serialized = enrich_corpus_with_lines(trees, results, outdir, authority, notices)
    for notice in notices:
        console.warn(notice)
    for result in results:
        backup = guard.backup(result.target) if result.target in edited else None
        tree = trees[result.source.stem]
        guard.write(result.target, serialized.pop(result.source.stem))
        remembered = memory_path(outdir, result.source.stem)
        if remembered in memory:  # the tags enrichment made, now that they are in the file
            save_memory(remembered, memory.pop(remembered))
        write_removed_log(outdir, result)
        done[result.source] = Converted(
            result.source, result.target, result.format, result.report, backup
        )
        console.info(done[result.source].summary(tree))
    return [done[path] for path in paths]


def _convert_large(
    source: Path,
    outdir: Path,
    guard: EditGuard,
    edited: set[Path],
    format: str | None,
    old_style: bool,
    console: Console,
    authority: tuple[Path, ...],
) -> Converted:
    """A source too large to hold at once, converted part by part (edition.convert_parts)."""
    target = target_for(source, outdir)
    backup = guard.backup(target) if target in edited else None
    console.detail(f"{source}: larger than {LARGE_BYTES // 1_000_000} MB, converted in parts")
    report, name, (paragraphs, notes, empty) = convert_in_parts(
        source, target, guard, format, old_style, console, authority
    )
    result = Converted(source, target, name, report, backup)
    write_removed_log(outdir, result)
    console.info(result.summary_of(paragraphs, notes, empty))
    return result


def enrich_corpus_with_lines(
    trees: dict[str, etree._ElementTree],
    results: list[Converted],
    outdir: Path,
    authority: tuple[Path, ...] = (),
    notices: list[str] | None = None,
) -> tuple[dict[Path, Any], dict[str, bytes]]:
    """Enrich the corpus so that enrichment warnings name the TEI file and its line.

    The TEI is parsed from its serialization first, so elements know their lines; enrichment
    adds inline markup (no new lines) and header entries (before <text>), so a warning's line
    moves only by the lines the header gained, which is added back afterwards. Returns the
    tags made per document, to be remembered once the documents are written, and each
    document's serialization (made once: a second parse would hold two trees at a time)."""
    reports = {r.source.stem: Report(str(r.target)) for r in results}
    text_line: dict[str, int] = {}
    for r in results:
        data = serialize(trees[r.source.stem])
        trees[r.source.stem] = None  # the model's tree goes before the parsed one comes
        tree = parse_bytes(data, r.target)
        del data
        trees[r.source.stem] = tree
        text_line[r.source.stem] = _text_line(tree)
    memory: dict[Path, Any] = {}
    context = EnrichContext(outdir, reports, memory_later=memory, authority=authority)
    enrich_corpus(trees, context)
    if notices is not None:
        notices.extend(context.notices)
    serialized: dict[str, bytes] = {}
    for r in results:
        stem = r.source.stem
        serialized[stem] = serialize(trees[stem])
        shift = _serialized_text_line(serialized[stem]) - text_line[stem]
        for diagnostic in reports[stem].diagnostics:
            line = diagnostic.line + shift if diagnostic.line else 0
            r.report.diagnostics.append(replace(diagnostic, line=line))
        r.report.counts.update(reports[stem].counts)
    return memory, serialized


def _serialized_text_line(data: bytes) -> int:
    """The line of <text> in a serialized TEI document (as _text_line after parsing it)."""
    found = re.search(rb"<text[\s>]", data[data.find(b"</teiHeader>") :])
    if found is None:
        return 0
    return data.count(b"\n", 0, data.find(b"</teiHeader>") + found.start()) + 1


def _text_line(tree: etree._ElementTree) -> int:
    found = tree.xpath("/tei:TEI/tei:text", namespaces=NSMAP)
    return found[0].sourceline or 0 if found else 0


def write_removed_log(outdir: Path, result: Converted) -> None:
    """Keep every removed line, by category, so nothing of the source is silently lost."""
    entries = [
        {"category": r.category, "line": r.line, "text": r.text} for r in result.report.removed
    ]
    path = outdir / STATE_DIR / "removed" / f"{result.source.stem}.json"
    atomic_write(path, json.dumps(entries, ensure_ascii=False, indent=1) + "\n")
