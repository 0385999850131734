"""Persons enrichment against hand-annotated seed lines: persName precision, recall, linking.

benchmarks/annotations/persons.json lists seed lines read by hand and, for each, every person
mention in it (surface text and the expected persons.xml id) plus traps that are not persons
(id null: derived words, names of things, families). The seeds are converted (read, TEI,
enrich) into a temporary folder; each annotated line is located in its TEI by its letters, and
the persName elements inside that stretch are compared with the annotation.

- precision: found mentions that are annotated persons / all found mentions in the lines
- recall: annotated persons found / all annotated persons
- linking: found persons whose @ref is the annotated id, and that id is one entry of
  persons.xml / found persons

Lines of set "dev" were used while writing the rules; "test" lines were annotated afterwards
and not used to change them, so their figures are the honest (held-out) ones; "check3" lines
(kinship words, Lev for Lev Sedov) were annotated by reading before the family rule was
written. The time of convert with enrichment is printed against convert without it (the
baseline).

Usage: python benchmarks/bench_persons.py [SEEDS_DIR] [--show]   (--show prints every miss)
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from edition import enrich as enrichment
from edition.convert import convert
from edition.enrich.persons_rules import TITLES
from edition.xmlio import XML_ID, parse_file, tei

ROOT = Path(__file__).resolve().parents[1]
ANNOTATIONS = ROOT / "benchmarks" / "annotations" / "persons.json"
TARGET = 0.92
MIN_PIECE = 12  # letters: shorter leftovers of a line are not looked for
NOTE_MARKER = re.compile(r"\(\d{1,3}\)|\[\d{1,3}\]")  # note markers become <note>s


@dataclass
class Found:
    start: int
    text: str
    ref: str


def flatten(tree: etree._ElementTree) -> tuple[str, list[Found]]:
    """The running text of tei:text as one string, with every persName's offset."""
    parts: list[str] = []
    found: list[Found] = []
    notes: list[etree._Element] = []
    size = 0

    def walk(element: etree._Element, inline: bool = True) -> None:
        nonlocal size
        if inline and element.tag == tei("note"):
            notes.append(element)  # read after the body, as the seeds print them
            return
        if element.tag == tei("persName"):
            text = "".join(element.itertext())
            ref = (element.get("ref") or "").rsplit("#", 1)[-1]
            found.append(Found(size, text, ref))
        if element.text:
            parts.append(element.text)
            size += len(element.text)
        for child in element:
            if isinstance(child.tag, str):
                walk(child)
            if child.tail:
                parts.append(child.tail)
                size += len(child.tail)

    walk(tree.find(f".//{tei('text')}"))
    while notes:
        note = notes.pop(0)
        parts.append("\n")
        size += 1
        walk(note, inline=False)
    return "".join(parts), found


def letters(text: str) -> tuple[str, list[int]]:
    """Lower-case letters and digits only, with each one's offset in `text`."""
    kept, where = [], []
    for index, char in enumerate(text):
        for folded in unicodedata.normalize("NFKC", char).lower():
            if folded.isalnum():
                kept.append(folded)
                where.append(index)
    return "".join(kept), where


def locate(flat: str, line: str) -> list[tuple[int, int]]:
    """The stretches of `flat` holding the seed line (by its letters); empty when not found.

    A line is usually one stretch; when the TEI moved part of it elsewhere (a footnote
    printed inside the line), each part that is found is its own stretch.
    """
    hay, where = letters(flat)
    needle, _ = letters(NOTE_MARKER.sub(" ", line))
    stretches: list[tuple[int, int]] = []
    while len(needle) >= MIN_PIECE:
        size = _longest_prefix(hay, needle)
        if size < MIN_PIECE:
            needle = needle[1:]  # a letter the TEI does not have (a marker): skip it
            continue
        at = hay.find(needle[:size])
        stretches.append((where[at], where[at + size - 1] + 1))
        needle = needle[size:]
    return stretches


def _longest_prefix(hay: str, needle: str) -> int:
    """Length of the longest prefix of `needle` found in `hay` (binary search)."""
    low, high = 0, len(needle)
    while low < high:
        middle = (low + high + 1) // 2
        if needle[:middle] in hay:
            low = middle
        else:
            high = middle - 1
    return low


def bare(name: str) -> str:
    """A name without leading titles, spaces and case: what the two sides are compared on."""
    words = name.replace("’", "'").split(",")[0].split()  # "Gilbert, Helen" counts as Gilbert
    while len(words) > 1 and words[0].rstrip(".") in {t.rstrip(".") for t in TITLES} | {
        "Grand",
        "Duke",
    }:
        words = words[1:]
    return " ".join(words).casefold()


def score_line(
    gold: list[dict], found: list[Found], ids: dict[str, int], misses: list[str], where: str
) -> tuple[int, int, int, int]:
    """(true positives, found, annotated persons, correctly linked) for one line."""
    persons = [g for g in gold if g["id"]]
    unmatched = list(found)
    tp = linked = 0
    for mention in persons:
        hit = next((f for f in unmatched if bare(f.text) == bare(mention["text"])), None)
        if hit is None:
            misses.append(f"{where}: missed {mention['text']!r} ({mention['id']})")
            continue
        unmatched.remove(hit)
        tp += 1
        if hit.ref == mention["id"] and ids.get(hit.ref) == 1:
            linked += 1
        else:
            misses.append(
                f"{where}: {mention['text']!r} linked to {hit.ref or '(none)'!r}, "
                f"expected {mention['id']!r}"
            )
    misses.extend(f"{where}: wrongly tagged {f.text!r} ({f.ref})" for f in unmatched)
    return tp, len(found), len(persons), linked


def convert_seeds(sources: list[Path], outdir: Path, enrich: bool) -> float:
    """Convert the seeds (with or without the enrichment passes); seconds taken."""
    saved = enrichment.PASSES[:], enrichment.BEFORE[:], enrichment.AFTER[:]
    if not enrich:
        enrichment.PASSES[:], enrichment.BEFORE[:], enrichment.AFTER[:] = [], [], []
    try:
        started = time.perf_counter()
        convert(sources, outdir)
        return time.perf_counter() - started
    finally:
        enrichment.PASSES[:], enrichment.BEFORE[:], enrichment.AFTER[:] = saved


def run(seeds_dir: Path, show: bool) -> None:
    annotation = json.loads(ANNOTATIONS.read_text("utf-8"))
    sources = sorted(seeds_dir.glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        convert_seeds(sources, Path(tmp) / "warm", enrich=False)  # imports, caches
        baseline = convert_seeds(sources, Path(tmp) / "plain", enrich=False)
        seconds = convert_seeds(sources, Path(tmp) / "tei", enrich=True)
        persons = parse_file(Path(tmp) / "tei" / "persons.xml")
        ids: dict[str, int] = {}
        for person in persons.iterfind(f".//{tei('person')}"):
            ids[person.get(XML_ID)] = ids.get(person.get(XML_ID), 0) + 1
        flats = {
            s.stem[:3]: flatten(parse_file(Path(tmp) / "tei" / f"{s.stem}.xml")) for s in sources
        }
        lines = {s.stem[:3]: s.read_text("utf-8").splitlines() for s in sources}
    totals: dict[str, list[int]] = {}
    per_seed: dict[str, list[int]] = {}
    misses: list[str] = []
    unlocated = 0
    for entry in annotation["lines"]:
        seed, number = entry["seed"], entry["line"]
        flat, found = flats[seed]
        stretches = locate(flat, lines[seed][number - 1])
        if not stretches:
            unlocated += 1
            misses.append(f"{seed}:{number}: line not found in the TEI")
            continue
        inside = [f for f in found if any(a <= f.start < b for a, b in stretches)]
        where = f"{entry.get('set', 'dev')} {seed}:{number}"
        result = score_line(entry["mentions"], inside, ids, misses, where)
        for key, table in ((entry.get("set", "dev"), totals), ("all", totals), (seed, per_seed)):
            row = table.setdefault(key, [0, 0, 0, 0])
            for index, value in enumerate(result):
                row[index] += value
    traps = sum(1 for e in annotation["lines"] for m in e["mentions"] if not m["id"])
    print(
        f"persons benchmark: {len(annotation['lines'])} lines, {totals['all'][2]} annotated "
        f"persons, {traps} traps, {unlocated} lines not located"
    )
    print(
        f"time: convert of {len(sources)} seeds {baseline:.1f}s without enrichment, "
        f"{seconds:.1f}s with it (ratio {seconds / baseline:.2f} to the baseline)"
    )
    for seed, row in sorted(per_seed.items()):
        print(f"  seed {seed}: {_figures(row)}")
    for key in ("dev", "check1", "check2", "check3", "all"):
        if key in totals:
            print(f"{key:>4}: {_figures(totals[key])}")
    print(f"target: precision and recall {TARGET}, linking 0.90 (check2 is the held-out figure)")
    if show:
        print("\n".join(misses))


def _figures(row: list[int]) -> str:
    tp, found, gold, linked = row
    return (
        f"precision {tp / max(found, 1):.3f}  recall {tp / max(gold, 1):.3f}  "
        f"linking {linked / max(tp, 1):.3f}  ({gold} persons)"
    )


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    seeds = Path(args[0]) if args else ROOT.parent / "shared" / "seeds"
    if not seeds.is_dir():
        sys.exit(f"{seeds}: seed folder not found; pass SEEDS_DIR")
    run(seeds, "--show" in sys.argv)


if __name__ == "__main__":
    main()
