"""The convert pipeline: read sources, write TEI, enrich, and save without losing hand edits."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from .enrich import EnrichContext, enrich_corpus
from .enrich.dates_calendar import set_old_style_default
from .errors import EditedFileError, EditionError
from .guard import STATE_DIR, EditGuard
from .progress import QUIET, Console
from .readers import read_source
from .report import Report
from .writers.tei import document_to_tei
from .xmlio import NSMAP, atomic_write, serialize


@dataclass(frozen=True)
class Converted:
    """The outcome for one source: where its TEI went and what the run found."""

    source: Path
    target: Path
    format: str
    report: Report
    backup: Path | None = None

    def summary(self, tree: etree._ElementTree) -> str:
        paragraphs = len(tree.xpath("//tei:text//tei:p", namespaces=NSMAP))
        notes = tree.xpath("//tei:text//tei:note", namespaces=NSMAP)
        empty = sum(note.get("type") == "empty" for note in notes)
        warnings = len(self.report.warnings)
        return (
            f"{self.target.name}: {self.format}, {paragraphs} paragraphs, "
            f"{len(notes) - empty} notes resolved, {empty} empty, "
            f"{self.report.counts['persons']} persons, {self.report.counts['dates']} dates, "
            f"{warnings} warning{'s' * (warnings != 1)}"
        )


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
) -> list[Converted]:
    """Convert each source to OUTDIR/<stem>.xml and write the corpus-wide files beside them.

    `old_style` declares that the sources write pre-1918 Russian day dates in the Julian
    calendar unless they say otherwise (the per-document setting of edition.enrich.dates)."""
    paths = [Path(source) for source in sources]
    outdir = Path(outdir)
    guard = EditGuard(outdir)
    edited = set(check_targets(paths, outdir, guard, force))
    trees: dict[str, etree._ElementTree] = {}
    results: list[Converted] = []
    for source in console.progress(paths, "Reading sources"):
        report = Report(str(source))
        document = read_source(source, report, format)
        trees[source.stem] = document_to_tei(document, report.removed_summary())
        if old_style:
            set_old_style_default(trees[source.stem].getroot())
        results.append(Converted(source, target_for(source, outdir), document.format, report))
    context = EnrichContext(outdir, {r.source.stem: r.report for r in results})
    enrich_corpus(trees, context)
    final: list[Converted] = []
    for result in results:
        backup = guard.backup(result.target) if result.target in edited else None
        tree = trees[result.source.stem]
        guard.write(result.target, serialize(tree))
        write_removed_log(outdir, result)
        final.append(Converted(result.source, result.target, result.format, result.report, backup))
        console.info(final[-1].summary(tree))
    return final


def write_removed_log(outdir: Path, result: Converted) -> None:
    """Keep every removed line, by category, so nothing of the source is silently lost."""
    entries = [
        {"category": r.category, "line": r.line, "text": r.text} for r in result.report.removed
    ]
    path = outdir / STATE_DIR / "removed" / f"{result.source.stem}.json"
    atomic_write(path, json.dumps(entries, ensure_ascii=False, indent=1) + "\n")
