"""Enrichment passes over TEI: each is a function (tree, context) -> tree, composed in order.

They run on freshly converted TEI and on TEI that scholars wrote or corrected by hand, so every
pass must be idempotent and keep existing (hand-made) markup.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ..report import Report


@dataclass
class EnrichContext:
    """What passes share across a corpus: the output directory (where persons.xml lives)
    and one report per document."""

    outdir: Path
    reports: dict[str, Report] = field(default_factory=dict)


Pass = Callable[[etree._ElementTree, Report, EnrichContext], etree._ElementTree]

# Passes in the order they run; filled in by the persons and dates modules.
PASSES: list[tuple[str, Pass]] = []


def enrich_corpus(
    trees: dict[str, etree._ElementTree], context: EnrichContext
) -> dict[str, etree._ElementTree]:
    """Run every pass over every document of a corpus; keys are document names."""
    for name, tree in list(trees.items()):
        report = context.reports.setdefault(name, Report(name))
        for _, enrich in PASSES:
            tree = enrich(tree, report, context)
        trees[name] = tree
    return trees
