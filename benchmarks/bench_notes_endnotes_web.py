"""Note resolution of the endnotes-web reader against hand-annotated markers of its seed.

Each annotation names a marker (number and source line) and the first words of the References
entry it must resolve to. The note is found in the TEI by its @n within the block whose text
best matches the marker's source line. Prints precision, recall and F1; the 4-gram fidelity
(TEI text only, and with the logged removals accounted for); and the reading time against
the plain reader on the same text as a baseline ratio.

Usage: python benchmarks/bench_notes_endnotes_web.py [SEEDS_DIR]
"""

from __future__ import annotations

import copy
import json
import re
import sys
import time
from pathlib import Path

from lxml import etree

from edition.fidelity import measure, words
from edition.readers import decode_source, read_endnotes_web, read_plain_text
from edition.report import Report
from edition.writers.tei import document_to_tei
from edition.xmlio import parse_bytes, serialize, tei

ROOT = Path(__file__).resolve().parents[1]
ANNOTATIONS = ROOT / "benchmarks" / "annotations" / "000_0038d5eb86cfc127.notes.json"
RUNS = 5


def own_words(element: etree._Element) -> set[str]:
    """Words of a block without the text of its notes."""
    clone = copy.deepcopy(element)
    for note in clone.iter(tei("note")):
        note.text = ""
        for child in list(note):
            note.remove(child)
    return set(words("".join(clone.itertext())))


def find_note(tree: etree._ElementTree, n: str, line_text: str) -> etree._Element | None:
    """The note numbered `n` inside the block that best matches the source line."""
    wanted = set(words(re.sub(r"\(\d{1,3}\)", " ", line_text)))
    candidates = [note for note in tree.iter(tei("note")) if note.get("n") == n]
    if not candidates:
        return None
    return max(candidates, key=lambda note: len(own_words(note.getparent()) & wanted))


def is_correct(note: etree._Element, annotation: dict) -> bool:
    body = words("".join(note.itertext()))
    if annotation["empty"]:
        return note.get("type") == "empty" and not body
    expected = words(annotation["body_starts"])
    return note.get("type") != "empty" and bool(expected) and body[: len(expected)] == expected


def score(
    tree: etree._ElementTree, lines: list[str], annotations: list[dict]
) -> tuple[int, int, int]:
    """(correct, notes found for annotated markers, annotated markers)."""
    correct = found = 0
    for annotation in annotations:
        note = find_note(tree, annotation["n"], lines[annotation["line"] - 1])
        if note is None:
            print(f"  missing: ({annotation['n']}) line {annotation['line']}")
            continue
        found += 1
        if is_correct(note, annotation):
            correct += 1
        else:
            print(f"  wrong: ({annotation['n']}) line {annotation['line']}")
    return correct, found, len(annotations)


def best_time(function, text: str) -> float:
    """The fastest of RUNS calls of a reader on `text`, in seconds."""
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        function(text, Report("bench"))
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    seeds = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "seeds"
    data = json.loads(ANNOTATIONS.read_text("utf-8"))
    source = seeds / data["seed"]
    if not source.is_file():
        print(f"seed not found: {source}")
        return 1
    text = decode_source(source)
    report = Report(str(source))
    tree = parse_bytes(serialize(document_to_tei(read_endnotes_web.read(text, report))))
    correct, found, total = score(tree, text.split("\n"), data["markers"])
    precision = correct / found if found else 0.0
    recall = correct / total if total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"{data['seed']}: {total} annotated markers, {found} notes found, {correct} correct")
    print(f"precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}")
    print(
        f"notes resolved {report.counts['notes']}, warnings {len(report.warnings)}, "
        f"removed lines {report.removed_summary()}"
    )
    removed = [(r.line, r.text) for r in report.removed]
    print(f"fidelity (TEI text only):      {measure(text, tree)}")
    print(f"fidelity (with logged removals): {measure(text, tree, removed)}")
    ours, plain = best_time(read_endnotes_web.read, text), best_time(read_plain_text.read, text)
    print(
        f"read time {ours * 1000:.1f} ms; plain reader {plain * 1000:.1f} ms "
        f"(ratio {ours / plain:.1f}x, best of {RUNS})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
