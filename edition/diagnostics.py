"""One diagnostic type for readers, enrichers and validators, printed like a compiler's."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, order=True)
class Diagnostic:
    """A finding about one place in one file."""

    path: str
    line: int
    col: int
    severity: Severity
    code: str
    message: str
    hint: str = ""

    def format(self) -> str:
        """`file:line:col: severity[code]: message; hint`."""
        text = f"{self.path}:{self.line}:{self.col}: {self.severity}[{self.code}]: {self.message}"
        return f"{text}; {self.hint}" if self.hint else text

    def to_dict(self) -> dict[str, object]:
        return {**asdict(self), "severity": str(self.severity)}


def sort_unique(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    """Deduplicate and sort by file, then position."""
    return sorted(set(diagnostics))


def to_json(diagnostics: Iterable[Diagnostic]) -> str:
    return json.dumps([d.to_dict() for d in diagnostics], ensure_ascii=False, indent=2)


def summary(diagnostics: list[Diagnostic], files: int) -> str:
    """`3 errors, 1 warning in 2 of 5 files`."""
    errors = sum(d.severity == Severity.ERROR for d in diagnostics)
    warnings = sum(d.severity == Severity.WARNING for d in diagnostics)
    bad = len({d.path for d in diagnostics if d.severity == Severity.ERROR})
    if not errors and not warnings:
        return f"{files} file{'s' * (files != 1)} valid"
    return (
        f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}"
        f" ({bad} of {files} file{'s' * (files != 1)} invalid)"
    )
