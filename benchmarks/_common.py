"""What the benchmark scripts share: where the seeds are, and scoring notes against annotations.

The scripts run as `python benchmarks/<name>.py` from the repository root, so this folder is
first on sys.path and they import this module as `_common`.
"""

from __future__ import annotations

import copy
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

from lxml import etree

from edition.fidelity import words
from edition.readers import decode_source
from edition.xmlio import tei

ROOT = Path(__file__).resolve().parents[1]
ANNOTATIONS = ROOT / "benchmarks" / "annotations"


def seeds_dir() -> Path:
    """The seeds folder: the first command-line argument, else ../shared/seeds."""
    return Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "seeds"


def seed_sources() -> list[Path]:
    """All seed files, in name order; says so when there are none."""
    seeds = seeds_dir()
    sources = sorted(seeds.glob("*.txt"))
    if not sources:
        print(f"no seeds in {seeds}")
    return sources


def annotated_seed(name: str) -> tuple[dict, Path, str] | None:
    """The note annotations `name`, the seed they annotate and its text; None (said) if absent."""
    data = json.loads((ANNOTATIONS / name).read_text("utf-8"))
    source = seeds_dir() / data["seed"]
    if not source.is_file():
        print(f"seed not found: {source}")
        return None
    return data, source, decode_source(source)


def clear_notes(element: etree._Element) -> etree._Element:
    """`element` with the bodies of the notes inside it emptied (in place)."""
    for note in element.iter(tei("note")):
        note.text = ""
        for child in list(note):
            note.remove(child)
    return element


def own_words(element: etree._Element) -> set[str]:
    """Words of a block without the text of its notes."""
    return set(words("".join(clear_notes(copy.deepcopy(element)).itertext())))


def note_in_best_block(
    tree: etree._ElementTree, n: str, line_text: str, marker: str
) -> etree._Element | None:
    """The note numbered `n` inside the block that best matches the source line (with the
    markers, matched by the regular expression `marker`, taken out of it)."""
    wanted = set(words(re.sub(marker, " ", line_text)))
    candidates = [note for note in tree.iter(tei("note")) if note.get("n") == n]
    if not candidates:
        return None
    return max(candidates, key=lambda note: len(own_words(note.getparent()) & wanted))


def is_correct(note: etree._Element, annotation: dict) -> bool:
    """The note's body starts with the annotated words (or is empty where it should be)."""
    body = words("".join(note.itertext()))
    if annotation.get("empty"):
        return note.get("type") == "empty" and not body
    expected = words(annotation["body_starts"])  # punctuation-only "words" such as ";" drop out
    return note.get("type") != "empty" and bool(expected) and body[: len(expected)] == expected


def score(
    annotations: list[dict],
    locate: Callable[[dict], etree._Element | None],
    label: str = "{}",
) -> tuple[int, int]:
    """(correct, notes found) for the annotated markers, naming those missing or wrong.

    `locate` finds an annotation's note in the TEI; `label` shows its number as the source
    writes the marker (such as "({})")."""
    correct = found = 0
    for annotation in annotations:
        name = f"{label.format(annotation['n'])} line {annotation['line']}"
        note = locate(annotation)
        if note is None:
            print(f"  missing: {name}")
            continue
        found += 1
        if is_correct(note, annotation):
            correct += 1
        else:
            print(f"  wrong: {name}")
    return correct, found


def print_scores(seed: str, total: int, found: int, correct: int) -> None:
    """Print the counts with precision, recall and F1."""
    precision = correct / found if found else 0.0
    recall = correct / total if total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"{seed}: {total} annotated markers, {found} notes found, {correct} correct")
    print(f"precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}")


def score_by_block(
    tree: etree._ElementTree, text: str, annotations: list[dict], marker: str, label: str
) -> tuple[int, int]:
    """`score`, each note looked for in the block that best matches its marker's line."""
    lines = text.split("\n")
    return score(
        annotations,
        lambda note: note_in_best_block(tree, note["n"], lines[note["line"] - 1], marker),
        label,
    )
