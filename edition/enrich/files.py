"""`edition enrich`: enrich TEI files in place, adding markup only, writing atomically.

Hand-edited files are the point here, so unlike convert this never refuses them: the passes
only add tags and keep every existing one, and do not make again a tag a scholar removed. A file that convert wrote and nobody touched keeps
its "unedited" status (its checksum is updated), so a later convert may still replace it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import click
from lxml import etree

from ..corpus_files import document_files
from ..errors import EditionError, InputError
from ..guard import EditGuard, OutputLock
from ..progress import QUIET, Console
from ..report import Report
from ..xmlio import TEI_NS, atomic_write, parse_file, serialize
from . import EnrichContext, enrich_corpus
from .memory import memory_path
from .memory import save as save_memory


@dataclass(frozen=True)
class Enriched:
    """The outcome for one file."""

    path: Path
    report: Report
    changed: bool

    def summary(self) -> str:
        counts = self.report.counts
        warnings = len(self.report.warnings)
        state = "updated" if self.changed else "unchanged"
        return (
            f"{self.path.name}: {_counted(counts['persons'], 'person')} tagged, "
            f"{_counted(counts['dates'], 'date')} tagged, {_counted(warnings, 'warning')} ({state})"
        )


def _counted(number: int, noun: str) -> str:
    """'1 person', '2 persons'."""
    return f"{number} {noun}{'s' * (number != 1)}"


def tei_files(paths: Sequence[Path]) -> list[Path]:
    """Files as given, and the documents (*.xml, not persons.xml) inside directories."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(document_files(path))
        else:
            found.append(path)
    return list(dict.fromkeys(found))


def _read_tei(path: Path) -> etree._ElementTree:
    tree = parse_file(path)
    if tree.getroot().tag != f"{{{TEI_NS}}}TEI":
        raise InputError(path, "not a TEI document (root element is not tei:TEI); pass TEI files")
    return tree


def _outdir(files: Sequence[Path], persons_file: Path | None) -> Path:
    if persons_file is not None:
        return persons_file.parent
    folders = {path.resolve().parent for path in files}
    if len(folders) > 1:
        raise EditionError(
            "the files are in several folders, so there is no one persons.xml beside them; "
            "pass --personography PATH"
        )
    return files[0].parent


def enrich_files(
    paths: Sequence[Path],
    console: Console | None = None,
    persons_file: Path | None = None,
    authority: tuple[Path, ...] = (),
) -> list[Enriched]:
    """Tag persons and dates in TEI files in place; persons.xml is read, merged and written."""
    console = console or QUIET
    files = tei_files([Path(p) for p in paths])
    if not files:
        names = ", ".join(str(p) for p in paths)
        raise click.UsageError(
            f"{names}: no TEI files to enrich (directories are searched for *.xml)"
        )
    outdir = _outdir(files, persons_file)
    with OutputLock(outdir, notify=console.warn):  # one writer per directory at a time
        return _enrich_locked(files, outdir, console, persons_file, authority)


def _enrich_locked(
    files: list[Path],
    outdir: Path,
    console: Console,
    persons_file: Path | None,
    authority: tuple[Path, ...],
) -> list[Enriched]:
    originals = {path: path.read_bytes() for path in files}
    trees = {str(path): _read_tei(path) for path in files}
    reports = {str(path): Report(str(path)) for path in files}
    context = EnrichContext(
        outdir, reports, persons_file, recall=True, memory_later={}, authority=authority
    )
    enrich_corpus(trees, context)
    for notice in context.notices:
        console.warn(notice)
    results = []
    for path in files:
        # Not re-indented: a scholar's layout stays as it is; only the new tags differ.
        data = serialize(trees[str(path)], pretty=False).rstrip(b"\n") + b"\n"
        changed = data != originals[path]
        if changed:
            _write(path, data)
        # Remember the tags made only now that they are in the file (see enrich.memory).
        remembered = memory_path(outdir, str(path))
        if remembered in context.memory_later:
            save_memory(remembered, context.memory_later.pop(remembered))
        results.append(Enriched(path, reports[str(path)], changed))
        for diagnostic in reports[str(path)].warnings:
            console.warn(diagnostic.format())
        console.info(results[-1].summary())
    return results


def _write(path: Path, data: bytes) -> None:
    guard = EditGuard(path.parent)
    if path.name in guard.written and not guard.is_edited(path):
        guard.write(path, data)  # still convert's own output: keep it marked unedited
    else:
        atomic_write(path, data)
