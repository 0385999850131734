"""Note resolution of the pdf-text reader against hand-annotated footnote markers of its seed.

Each annotation names a marker (symbol and source line) and the first 4 words of the body it
must resolve to. The note is looked for in the TEI by its @n inside the block whose own words
best match the marker's source line. Prints precision, recall and F1, the 4-gram fidelity and
the reader's counts.

Usage: python benchmarks/bench_notes_pdf_text.py [SEEDS_DIR]
"""

from __future__ import annotations

import copy
import json
import sys
import time
from pathlib import Path

from lxml import etree

from edition.fidelity import measure, words
from edition.readers import decode_source, read_pdf_text
from edition.report import Report
from edition.writers.tei import document_to_tei
from edition.xmlio import parse_bytes, serialize, tei

ROOT = Path(__file__).resolve().parents[1]
ANNOTATIONS = ROOT / "benchmarks" / "annotations" / "002_e287cba85d6d7050.notes.json"


def words_before(note: etree._Element, count: int = 10) -> list[str]:
    """The last words of the running text before a note (other notes' bodies left out)."""
    parent = note.getparent()
    clone = copy.deepcopy(parent)
    index = list(parent).index(note)
    for child in list(clone)[index:]:
        clone.remove(child)
    for other in clone.iter(tei("note")):
        other.text = ""
        for child in list(other):
            other.remove(child)
    return words("".join(clone.itertext()))[-count:]


def find_note(tree: etree._ElementTree, n: str, context: str) -> etree._Element | None:
    """The note with @n whose preceding words best match the text before the marker."""
    wanted = words(context)[-10:]
    candidates = [note for note in tree.iter(tei("note")) if note.get("n") == n]
    if not candidates:
        return None
    return max(candidates, key=lambda note: len(set(words_before(note)) & set(wanted)))


def marker_context(lines: list[str], marker: dict) -> str:
    """The marker's line up to its symbol, with the line before it."""
    line = lines[marker["line"] - 1]
    return lines[marker["line"] - 2] + " " + line[: line.index(marker["n"])]


def score(tree: etree._ElementTree, lines: list[str], markers: list[dict]) -> tuple[int, int]:
    """(correct, notes found) for the annotated markers."""
    correct = found = 0
    for marker in markers:
        note = find_note(tree, marker["n"], marker_context(lines, marker))
        if note is None:
            print(f"  missing: {marker['n']} line {marker['line']}")
            continue
        found += 1
        expected = words(marker["body_starts"])
        if words("".join(note.itertext()))[: len(expected)] == expected:
            correct += 1
        else:
            print(f"  wrong: {marker['n']} line {marker['line']}")
    return correct, found


def main() -> int:
    seeds = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "seeds"
    data = json.loads(ANNOTATIONS.read_text("utf-8"))
    source = seeds / data["seed"]
    if not source.is_file():
        print(f"seed not found: {source}")
        return 1
    text = decode_source(source)
    report = Report(str(source))
    started = time.perf_counter()
    document = read_pdf_text.read(text, report)
    elapsed = time.perf_counter() - started
    tree = parse_bytes(serialize(document_to_tei(document, report.removed_summary())))
    markers = data["markers"]
    correct, found = score(tree, text.split("\n"), markers)
    precision = correct / found if found else 0.0
    recall = correct / len(markers) if markers else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(
        f"{data['seed']}: {len(markers)} annotated markers, {found} notes found, {correct} correct"
    )
    print(f"precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}")
    print(f"fidelity: {measure(text, tree, [(r.line, r.text) for r in report.removed])}")
    print(f"counts: {dict(sorted(report.counts.items()))}; warnings {len(report.warnings)}")
    print(f"read in {elapsed:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
