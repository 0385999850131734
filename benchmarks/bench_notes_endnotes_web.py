"""Note resolution of the endnotes-web reader against hand-annotated markers of its seed.

Each annotation names a marker (number and source line) and the first words of the References
entry it must resolve to. The note is found in the TEI by its @n within the block whose text
best matches the marker's source line. Prints precision, recall and F1; the 4-gram fidelity
(TEI text only, and with the logged removals accounted for); and the reading time against
the plain reader on the same text as a baseline ratio.

Usage: python benchmarks/bench_notes_endnotes_web.py [SEEDS_DIR]
"""

from __future__ import annotations

import time

from _common import annotated_seed, print_scores, score_by_block

from edition.fidelity import measure
from edition.readers import read_endnotes_web, read_plain_text
from edition.report import Report
from edition.writers.tei import document_to_tei
from edition.xmlio import parse_bytes, serialize

RUNS = 5


def best_time(function, text: str) -> float:
    """The fastest of RUNS calls of a reader on `text`, in seconds."""
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        function(text, Report("bench"))
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    seed = annotated_seed("000_0038d5eb86cfc127.notes.json")
    if seed is None:
        return 1
    data, source, text = seed
    report = Report(str(source))
    tree = parse_bytes(serialize(document_to_tei(read_endnotes_web.read(text, report))))
    correct, found = score_by_block(tree, text, data["markers"], r"\(\d{1,3}\)", "({})")
    print_scores(data["seed"], len(data["markers"]), found, correct)
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
