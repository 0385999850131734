"""Note resolution of the wiki-text reader against hand-annotated markers of its seed.

Each annotation names a marker (number and source line) and the first 4 words of the body it
must resolve to (or that the body is empty). The note is found in the TEI by its @n within the
block whose text best matches the marker's source line. Prints precision, recall and F1, and
the 4-gram fidelity with the logged removals accounted for (edition/fidelity.py leaves the
resolved note markers out of the source and counts figure file names).

Usage: python benchmarks/bench_notes_wiki_text.py [SEEDS_DIR]
"""

from __future__ import annotations

from _common import annotated_seed, print_scores, score_by_block

from edition.fidelity import measure
from edition.readers import read_wiki_text
from edition.report import Report
from edition.writers.tei import document_to_tei
from edition.xmlio import parse_bytes, serialize


def main() -> int:
    seed = annotated_seed("001_4b2aeea6d8a2e9fc.notes.json")
    if seed is None:
        return 1
    data, source, text = seed
    report = Report(str(source))
    tree = parse_bytes(serialize(document_to_tei(read_wiki_text.read(text, report))))
    correct, found = score_by_block(tree, text, data["markers"], r"\[\d+\]", "[{}]")
    print_scores(data["seed"], len(data["markers"]), found, correct)
    removed = [r.text for r in report.removed]
    print(f"fidelity (with logged removals): {measure(text, tree, removed)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
