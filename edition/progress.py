"""Progress and verbosity for long runs: a bar on a terminal, quiet when piped or with -q."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TypeVar

import click

T = TypeVar("T")


@dataclass
class Console:
    """Where the CLI's messages go: `verbosity` is 0 with -q, 1 by default, 2 with -v."""

    verbosity: int = 1

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
        if self.verbosity >= 1:
            click.echo(message, err=True)


QUIET = Console(0)
