"""What a conversion run reports: warnings with line numbers and removed boilerplate."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .diagnostics import Diagnostic, Severity


@dataclass
class Removed:
    """Source text deliberately left out of the TEI, by category (for the "nothing lost" log)."""

    category: str
    line: int
    text: str


@dataclass
class Report:
    """Collects a reader's or enricher's warnings and removals for one source file."""

    path: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)

    def warn(self, line: int, code: str, message: str, hint: str = "") -> None:
        self.diagnostics.append(
            Diagnostic(self.path, line, 1, Severity.WARNING, code, message, hint)
        )

    def info(self, line: int, code: str, message: str) -> None:
        self.diagnostics.append(Diagnostic(self.path, line, 1, Severity.INFO, code, message))

    def remove(self, category: str, line: int, text: str) -> None:
        """Log source text that is boilerplate and left out on purpose."""
        self.removed.append(Removed(category, line, text))

    def count(self, key: str, amount: int = 1) -> None:
        self.counts[key] += amount

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == Severity.WARNING]

    def removed_summary(self) -> dict[str, int]:
        """Lines removed per category."""
        return dict(Counter(r.category for r in self.removed))
