"""Note resolution of the wiki-text reader against hand-annotated markers of its seed.

Each annotation names a marker (number and source line) and the first 4 words of the body it
must resolve to (or that the body is empty). The note is found in the TEI by its @n within the
block whose text best matches the marker's source line. Prints precision, recall and F1, and
the 4-gram fidelity with note numbers and figure file names (kept as attributes) counted.

Usage: python benchmarks/bench_notes_wiki_text.py [SEEDS_DIR]
"""

from __future__ import annotations

import copy
import json
import re
import sys
from pathlib import Path

from lxml import etree

from edition.fidelity import measure, words
from edition.readers import decode_source, read_wiki_text
from edition.report import Report
from edition.writers.tei import document_to_tei
from edition.xmlio import parse_bytes, serialize, tei

ROOT = Path(__file__).resolve().parents[1]
ANNOTATIONS = ROOT / "benchmarks" / "annotations" / "001_4b2aeea6d8a2e9fc.notes.json"


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
    wanted = set(words(re.sub(r"\[\d+\]", " ", line_text)))
    candidates = [note for note in tree.iter(tei("note")) if note.get("n") == n]
    if not candidates:
        return None
    return max(candidates, key=lambda note: len(own_words(note.getparent()) & wanted))


def is_correct(note: etree._Element, annotation: dict) -> bool:
    body = words("".join(note.itertext()))
    if annotation["empty"]:
        return note.get("type") == "empty" and not body
    expected = words(annotation["body_starts"])  # punctuation-only "words" such as ";" drop out
    return note.get("type") != "empty" and bool(expected) and body[: len(expected)] == expected


def score(tree: etree._ElementTree, lines: list[str], annotations: list[dict]) -> tuple[int, int, int]:
    """(correct, notes found for annotated markers, annotated markers)."""
    correct = found = 0
    for annotation in annotations:
        note = find_note(tree, annotation["n"], lines[annotation["line"] - 1])
        if note is None:
            print(f"  missing: [{annotation['n']}] line {annotation['line']}")
            continue
        found += 1
        if is_correct(note, annotation):
            correct += 1
        else:
            print(f"  wrong: [{annotation['n']}] line {annotation['line']}")
    return correct, found, len(annotations)


def attributes_as_text(tree: etree._ElementTree) -> etree._ElementTree:
    """A copy where note/@n and graphic/@url stand in the text where the source had them."""
    tree = copy.deepcopy(tree)
    for note in tree.iter(tei("note")):
        note.tail = f"{note.get('n')}{note.tail or ''}"
        note.text = f"{note.get('n')} {note.text or ''}"
    for graphic in tree.iter(tei("graphic")):
        head = graphic.getparent().find(tei("head"))
        if head is None:
            head = etree.SubElement(graphic.getparent(), tei("head"))
        head.text = f"{graphic.get('url')} {head.text or ''}"
    return tree


def main() -> int:
    seeds = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "seeds"
    data = json.loads(ANNOTATIONS.read_text("utf-8"))
    source = seeds / data["seed"]
    if not source.is_file():
        print(f"seed not found: {source}")
        return 1
    text = decode_source(source)
    report = Report(str(source))
    tree = parse_bytes(serialize(document_to_tei(read_wiki_text.read(text, report))))
    correct, found, total = score(tree, text.split("\n"), data["markers"])
    precision = correct / found if found else 0.0
    recall = correct / total if total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"{data['seed']}: {total} annotated markers, {found} notes found, {correct} correct")
    print(f"precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}")
    removed = [r.text for r in report.removed]
    print(f"fidelity (TEI text only):              {measure(text, tree, removed)}")
    print(f"fidelity (note @n, graphic @url as text): {measure(text, attributes_as_text(tree), removed)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
