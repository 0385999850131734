"""Validation entry point: `validate_paths` checks TEI files against a RELAX NG schema
(edition, tei_all or a file) and, for the edition schema, the Schematron rules.

The steps for one file are a list (load, unknown elements, RELAX NG, Schematron); each
returns diagnostics, and the schemas are compiled once per run and reused for every file.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from .diagnostics import Diagnostic, sort_unique
from .validation.loading import SourceLines, load
from .validation.locate import UsageError
from .validation.relaxng import SchemaSet, relaxng_errors, unknown_elements
from .validation.schematron import schematron_errors

# Findings that name one exact cause at one place.
EXACT = {"external-dtd", "unknown-element", "element-outside-subset", "date-invalid"}
# RELAX NG findings about one element (see validation/localize.py), which an EXACT finding on
# the same line already explains (a bad date also fails the date's pattern, for instance).
STRUCTURAL = {
    "element-not-allowed",
    "attribute-not-allowed",
    "attribute-missing",
    "text-not-allowed",
    "attribute-invalid",
    "element-misplaced",
    "content-invalid",
}
# libxml2's own messages, used only when localization found nothing: they say where its
# matching gave up, which is often not where the fault is.
FALLBACK = "schema"


def iter_xml_files(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, plus *.xml under directories named (hidden folders skipped)."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found.extend(
                p
                for p in sorted(path.rglob("*.xml"))
                if not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        else:
            found.append(path)
    return found


def drop_explained(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """Leave out structural findings that an exact one on the same line explains, and
    libxml2's fallback messages when anything more specific was found."""
    exact_lines = {d.line for d in diagnostics if d.code in EXACT}
    specific = any(d.code in EXACT | STRUCTURAL for d in diagnostics)
    kept, seen = [], set()
    for d in diagnostics:
        if d.code in STRUCTURAL and d.line in exact_lines:
            continue
        if d.code == FALLBACK and (specific or d.line in seen):
            continue
        if d.code == FALLBACK:
            seen.add(d.line)
        kept.append(d)
    return kept


def validate_file(path: Path, schemas: SchemaSet | str = "edition") -> list[Diagnostic]:
    """All diagnostics for one file."""
    if isinstance(schemas, str):
        schemas = SchemaSet(schemas)
    loaded = load(path)
    if loaded.tree is None:
        return loaded.diagnostics
    found = list(loaded.diagnostics)
    tree, source = loaded.tree, SourceLines(loaded.data)
    if schemas.name in ("edition", "tei_all"):
        found += unknown_elements(path, tree, schemas, source)
    structural = relaxng_errors(path, tree, schemas, source)
    found += structural
    if schemas.name == "edition":
        found += schematron_errors(path, tree, source=source)
    elif structural:  # say exactly which date is wrong, if one is
        found += schematron_errors(path, tree, phase="date-values", source=source)
    return drop_explained(found)


def validate_paths(
    paths: Sequence[str | Path], schema: str = "edition"
) -> tuple[list[Diagnostic], int]:
    """All diagnostics for the files under `paths`, and how many files were checked."""
    schemas = SchemaSet(schema)
    files = iter_xml_files(paths)
    if not files:
        raise UsageError(f"no .xml files in {', '.join(map(str, paths))}")
    diagnostics = [d for f in files for d in validate_file(f, schemas)]
    return sort_unique(diagnostics), len(files)
