"""Validation entry point (well-formedness and TEI root for now; schemas come with issue 5)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from .diagnostics import Diagnostic, Severity, sort_unique
from .errors import InputError
from .xmlio import TEI_NS, parse_file


def iter_xml_files(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, plus *.xml under directories named (hidden folders skipped)."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found.extend(
                p for p in sorted(path.rglob("*.xml"))
                if not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        else:
            found.append(path)
    return found


def validate_file(path: Path, schema: str = "edition") -> list[Diagnostic]:
    try:
        tree = parse_file(path)
    except InputError as exc:
        return [Diagnostic(str(path), exc.line or 1, 1, Severity.ERROR, "not-well-formed",
                           exc.message.split(": ", 1)[-1])]
    root = tree.getroot()
    if root.tag != f"{{{TEI_NS}}}TEI" and root.tag != f"{{{TEI_NS}}}teiCorpus":
        return [Diagnostic(str(path), root.sourceline or 1, 1, Severity.ERROR, "not-tei",
                           f"root element is {root.tag}, not TEI in the TEI namespace")]
    return []


def validate_paths(paths: Sequence[str | Path], schema: str = "edition") -> tuple[list[Diagnostic], int]:
    """All diagnostics for the files under `paths`, and how many files were checked."""
    files = iter_xml_files(paths)
    diagnostics = [d for f in files for d in validate_file(f, schema)]
    return sort_unique(diagnostics), len(files)
