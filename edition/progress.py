"""Progress and verbosity for long runs: a bar on a terminal, quiet when piped or with -q."""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TypeVar

import click

T = TypeVar("T")
WARNINGS_PER_CODE = 20  # shown per warning code; the rest are counted (all shown with -v)
_WARNING_CODE = re.compile(r"\bwarning\[([\w.-]+)\]")


@dataclass
class Console:
    """Where the CLI's messages go: `verbosity` is 0 with -q, 1 by default, 2 with -v."""

    verbosity: int = 1
    warned: Counter = field(default_factory=Counter, repr=False)

    def progress(self, items: Iterable[T], label: str, length: int | None = None) -> Iterator[T]:
        items = list(items) if length is None else items
        if self.verbosity >= 1 and sys.stderr.isatty():
            with click.progressbar(items, label=label, length=length, file=sys.stderr) as bar:
                yield from bar
        else:
            yield from items

    def info(self, message: str) -> None:
        if self.verbosity >= 1:
            click.echo(message)

    def detail(self, message: str) -> None:
        if self.verbosity >= 2:
            click.echo(message, err=True)

    def warn(self, message: str) -> None:
        """Print a warning; beyond WARNINGS_PER_CODE of one code (unless -v), only count it."""
        if self.verbosity < 1:
            return
        code = _WARNING_CODE.search(message)
        if code:
            self.warned[code.group(1)] += 1
            if self.verbosity < 2 and self.warned[code.group(1)] > WARNINGS_PER_CODE:
                return
        click.echo(message, err=True)

    def summarize_warnings(self) -> None:
        """One line per warning code whose warnings were cut: '... and N more'."""
        if self.verbosity >= 2:
            return
        for code, count in sorted(self.warned.items()):
            if count > WARNINGS_PER_CODE:
                click.echo(
                    f"... and {count - WARNINGS_PER_CODE} more warning[{code}] "
                    f"({count} in all; -v shows every one)",
                    err=True,
                )


QUIET = Console(0)
