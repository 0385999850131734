"""Enrichment passes over TEI: each is a function (tree, report, context) -> tree, composed in order.

They run on freshly converted TEI and on TEI that scholars wrote or corrected by hand, so every
pass must be idempotent and keep existing (hand-made) markup. Corpus hooks run once around the
passes: before them (the persons pass proposes new people for the whole corpus, so every
document is tagged against the same list) and after them (persons.xml is written).
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

from ..report import Report
from .memory import remembering


@dataclass
class EnrichContext:
    """What passes share across a corpus: the output directory (where persons.xml lives),
    one report per document, and a cache for per-run state (the personography, its index)."""

    outdir: Path
    reports: dict[str, Report] = field(default_factory=dict)
    persons_file: Path | None = None
    cache: dict[str, Any] = field(default_factory=dict)
    # Authority files (TEI listPerson or CSV) whose entries win over the gazetteer.
    authority: tuple[Path, ...] = ()
    # Recall the tags earlier runs made (.edition/enriched/, see memory.py) so the ones a
    # scholar has removed are not made again; False (convert: fresh files) starts over.
    recall: bool = False
    # When a dict, each document's memory is put here (path -> entries) rather than saved,
    # so the caller saves it only after writing the document (see enrich.files).
    memory_later: dict[Path, Any] | None = None
    # Messages for the user about files beside the documents (a persons.xml backup).
    notices: list[str] = field(default_factory=list)
    # Person ids the documents refer to, when they are not all in the trees given to the
    # corpus hooks (a long source enriched part by part; see edition.convert_parts).
    mentioned: set[str] | None = None


Pass = Callable[[etree._ElementTree, Report, EnrichContext], etree._ElementTree]
CorpusHook = Callable[[dict[str, etree._ElementTree], EnrichContext], object]


def _dates_pass() -> list[tuple[str, Pass]]:
    """The dates pass, when its module is there (it is written alongside this one)."""
    if importlib.util.find_spec(f"{__name__}.dates") is None:
        return []
    from .dates import enrich_dates

    return [("dates", enrich_dates)]


def _passes() -> list[tuple[str, Pass]]:
    from .persons import enrich_persons

    return [("persons", enrich_persons), *_dates_pass()]


def _before() -> list[CorpusHook]:
    from .persons import propose_persons

    return [propose_persons]


def _after() -> list[CorpusHook]:
    from .persons import save_persons

    return [lambda trees, context: save_persons(context, trees)]


# Passes in the order they run: persons first, then dates.
PASSES: list[tuple[str, Pass]] = _passes()
BEFORE: list[CorpusHook] = _before()
AFTER: list[CorpusHook] = _after()


def enrich_corpus(
    trees: dict[str, etree._ElementTree], context: EnrichContext, finish: bool = True
) -> dict[str, etree._ElementTree]:
    """Run every pass over every document of a corpus; keys are document names. Without
    `finish`, the hooks that close the run (writing persons.xml) wait for `finish_corpus`."""
    for hook in BEFORE:
        hook(trees, context)
    for name, tree in list(trees.items()):
        report = context.reports.setdefault(name, Report(name))
        root = tree.getroot()
        with remembering(context.outdir, name, root, context.recall, context.memory_later):
            for _, enrich in PASSES:
                tree = enrich(tree, report, context)
        trees[name] = tree
    if finish:
        finish_corpus(trees, context)
    return trees


def finish_corpus(trees: dict[str, etree._ElementTree], context: EnrichContext) -> None:
    """Close the run: the hooks after the passes (persons.xml is written)."""
    for hook in AFTER:
        hook(trees, context)


def enrich_files(paths, console=None, persons_file=None, authority=()):
    """Enrich TEI files in place (see edition.enrich.files.enrich_files)."""
    from .files import enrich_files as run

    return run(paths, console=console, persons_file=persons_file, authority=authority)
