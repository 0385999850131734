"""web-article reader against hand annotations: boilerplate removal, header and block kinds.

The web-article seeds have no note markers, so their annotation files
(benchmarks/annotations/<seed stem>.notes.json) list lines that must be removed (with the
category) or kept (with the kind of block they must become: p, head, quote, figure), each
named by line number and its first four words, plus the header fields expected.

Usage: python benchmarks/bench_notes_web_article.py [SEEDS_DIR]
Prints precision, recall and F1 of boilerplate removal (a removed line is a positive), the
share of removed lines logged under the expected category, the share of kept lines that
became the expected kind of block, and which header fields match.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

from edition.model import Div, Document, Figure, P, Quote, inline_text
from edition.readers import decode_source, read_web_article
from edition.report import Report

ROOT = Path(__file__).resolve().parents[1]
ANNOTATIONS = ROOT / "benchmarks" / "annotations"


def block_kinds(document: Document) -> Iterator[tuple[str, str]]:
    """(kind, text) of every block the reader made, in order."""

    def walk(blocks, kind_of_p="p"):
        for block in blocks:
            if isinstance(block, Div):
                yield "head", inline_text(block.head)
                yield from walk(block.children)
            elif isinstance(block, Quote):
                yield from walk(block.blocks, "quote")
            elif isinstance(block, Figure):
                yield "figure", inline_text(block.caption)
            elif isinstance(block, P):
                yield kind_of_p, inline_text(block.children)

    yield from walk(document.body)


def kind_of(first_words: str, kinds: list[tuple[str, str]]) -> str:
    """The kind of the block whose text starts with the annotated words (quotes ignored)."""
    wanted = first_words.lstrip('“"').split()
    for kind, text in kinds:
        if text.lstrip('“"').split()[: len(wanted)] == wanted:
            return kind
    return "missing"


def score(annotation: dict, seeds: Path) -> dict[str, int]:
    text = decode_source(seeds / annotation["seed"])
    report = Report(annotation["seed"])
    document = read_web_article.read(text, report)
    removed = {entry.line: entry.category for entry in report.removed}
    kinds = list(block_kinds(document))
    tally = {"tp": 0, "fp": 0, "fn": 0, "tn": 0, "category_ok": 0, "kind_ok": 0, "kept": 0}
    for entry in annotation["lines"]:
        is_removed = entry["line"] in removed
        if entry["expect"] == "remove":
            tally["tp" if is_removed else "fn"] += 1
            tally["category_ok"] += removed.get(entry["line"]) == entry["category"]
        else:
            tally["fp" if is_removed else "tn"] += 1
            tally["kept"] += 1
            tally["kind_ok"] += kind_of(entry["first_words"], kinds) == entry["kind"]
    header = annotation["header"]
    meta = document.meta
    print(
        f"  header: title {'ok' if meta.title.startswith(header['title_first_words']) else 'WRONG'}"
        f", authors {'ok' if list(meta.authors) == header['authors'] else 'WRONG ' + str(meta.authors)}"
        f", date {'ok' if meta.pub_date == header['pub_date'] else 'WRONG ' + meta.pub_date}"
    )
    return tally


def main() -> int:
    seeds = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "seeds"
    total: dict[str, int] = {}
    for path in sorted(ANNOTATIONS.glob("*.notes.json")):
        annotation = json.loads(path.read_text("utf-8"))
        if annotation.get("format") != "web-article":
            continue
        if not (seeds / annotation["seed"]).is_file():
            print(f"{annotation['seed']}: seed not found in {seeds}, skipped")
            continue
        print(annotation["seed"])
        tally = score(annotation, seeds)
        total = {key: total.get(key, 0) + value for key, value in tally.items()}
        report_tally(tally)
    if not total:
        print("no annotated web-article seeds found")
        return 1
    print("all annotated lines")
    report_tally(total)
    return 0


def report_tally(tally: dict[str, int]) -> None:
    tp, fp, fn = tally["tp"], tally["fp"], tally["fn"]
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(
        f"  boilerplate removal: precision {precision:.3f}, recall {recall:.3f}, F1 {f1:.3f} "
        f"({tp + fn} lines to remove, {tally['kept']} to keep)"
    )
    print(
        f"  removed under the expected category: {tally['category_ok']}/{tp + fn}; "
        f"kept lines of the expected kind: {tally['kind_ok']}/{tally['kept']}"
    )


if __name__ == "__main__":
    raise SystemExit(main())
