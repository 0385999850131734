"""Note resolution of the pdf-text reader against hand-annotated footnote markers of its seed.

Each annotation names a marker (symbol and source line) and the first 4 words of the body it
must resolve to. The note is looked for in the TEI by its @n inside the block whose own words
best match the marker's source line. Prints precision, recall and F1, the 4-gram fidelity and
the reader's counts.

Usage: python benchmarks/bench_notes_pdf_text.py [SEEDS_DIR]
"""

from __future__ import annotations

import copy
import time

from _common import annotated_seed, clear_notes, print_scores, score
from lxml import etree

from edition.fidelity import measure, words
from edition.readers import read_pdf_text
from edition.report import Report
from edition.writers.tei import document_to_tei
from edition.xmlio import parse_bytes, serialize, tei


def words_before(note: etree._Element, count: int = 10) -> list[str]:
    """The last words of the running text before a note (other notes' bodies left out)."""
    parent = note.getparent()
    clone = copy.deepcopy(parent)
    index = list(parent).index(note)
    for child in list(clone)[index:]:
        clone.remove(child)
    return words("".join(clear_notes(clone).itertext()))[-count:]


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


def main() -> int:
    seed = annotated_seed("002_e287cba85d6d7050.notes.json")
    if seed is None:
        return 1
    data, source, text = seed
    report = Report(str(source))
    started = time.perf_counter()
    document = read_pdf_text.read(text, report)
    elapsed = time.perf_counter() - started
    tree = parse_bytes(serialize(document_to_tei(document, report.removed_summary())))
    markers, lines = data["markers"], text.split("\n")
    correct, found = score(
        markers, lambda marker: find_note(tree, marker["n"], marker_context(lines, marker))
    )
    print_scores(data["seed"], len(markers), found, correct)
    print(f"fidelity: {measure(text, tree, [(r.line, r.text) for r in report.removed])}")
    print(f"counts: {dict(sorted(report.counts.items()))}; warnings {len(report.warnings)}")
    print(f"read in {elapsed:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
