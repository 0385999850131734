"""Dates benchmark: precision, recall and F1 of date detection and the share of found dates with
the right normalized value, on hand-annotated lines of the five seeds.

    python benchmarks/bench_dates.py [--seeds ../shared/seeds] [-v]

Converts the seeds with `edition.convert` into a temporary directory, removes any <date> the
convert pipeline added, applies each document's Old Style setting from the annotations, runs
`enrich_dates` twice (checking that the second run changes nothing) and compares the <date>
elements on each annotated line with the annotation. A found date matches an annotated one when
their spans overlap; its value is right when all its date attributes are equal.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from edition.convert import convert
from edition.enrich.dates import enrich_dates
from edition.enrich.dates_calendar import set_old_style_default
from edition.report import Report
from edition.xmlio import TEI_NS, parse_file, serialize

ANNOTATIONS = ROOT / "benchmarks" / "annotations" / "dates.json"
BLOCKS = {"p", "head", "item", "note", "l", "ab", "cell", "bibl"}
VALUE_ATTRS = {
    "when",
    "from",
    "to",
    "notBefore",
    "notAfter",
    "when-custom",
    "from-custom",
    "to-custom",
    "notBefore-custom",
    "notAfter-custom",
    "datingMethod",
}
QUOTE_MARKS = frozenset('"“”')
NOTE_MARKER = re.compile(r"\(\d{1,3}\)|\[\d{1,3}\]|(?<!\w)\*+")


@dataclass
class Block:
    """The flat, whitespace-collapsed text of one block and the <date> spans in it."""

    text: list[str] = field(default_factory=list)
    dates: list[tuple[int, int, dict[str, str]]] = field(default_factory=list)

    def add(self, string: str | None) -> None:
        for char in string or "":
            if char in QUOTE_MARKS:  # <quote> drops them; compare text without them
                continue
            if char.isspace():
                if self.text and self.text[-1] != " ":
                    self.text.append(" ")
            else:
                self.text.append(char)


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def flatten(element: etree._Element, block: Block, blocks: list[Block]) -> None:
    """Append element's content to `block`; nested blocks (notes) become their own."""
    block.add(element.text)
    for child in element:
        name = _local(child)
        if name in BLOCKS:
            inner = Block()
            blocks.append(inner)
            flatten(child, inner, blocks)
        elif name == "date":
            start = len(block.text)
            flatten(child, block, blocks)
            attrs = {k: v for k, v in child.attrib.items() if k in VALUE_ATTRS}
            block.dates.append((start, len(block.text), attrs))
        elif name:
            flatten(child, block, blocks)
        block.add(child.tail)


def document_blocks(tree: etree._ElementTree) -> list[tuple[str, list]]:
    blocks: list[Block] = []
    for element in tree.getroot().iterfind(f".//{{{TEI_NS}}}text//*"):
        name = _local(element)
        standalone_quote = name == "quote" and element.find(f"{{{TEI_NS}}}p") is None
        if (name in BLOCKS or standalone_quote) and not any(
            _local(a) in BLOCKS or _local(a) == "quote" and a.find(f"{{{TEI_NS}}}p") is None
            for a in element.iterancestors()
        ):
            block = Block()
            blocks.append(block)
            flatten(element, block, blocks)
    return [("".join(b.text), b.dates) for b in blocks]


def normalize(line: str) -> str:
    """Seed text as the TEI shows it: no note markers, list bullets, ligatures or underscores."""
    line = unicodedata.normalize("NFKC", NOTE_MARKER.sub(" ", line)).replace("_", "")
    line = "".join(char for char in line if char not in QUOTE_MARKS)
    return re.sub(r"^(?:[-*]\s+)+", "", re.sub(r"\s+", " ", line).strip())


def locate(line: str, blocks: list[tuple[str, list]]) -> tuple[int, int, int] | None:
    """(block index, start, end) of a seed line in the TEI text, trimming broken edges."""
    words = normalize(line).split(" ")
    for cut in (0, 1, 2):
        probe = " ".join(words[cut : len(words) - cut]) if cut else " ".join(words)
        if len(probe) < 12:
            break
        for index, (text, _) in enumerate(blocks):
            position = text.find(probe)
            if position >= 0:
                return index, position, position + len(probe)
    return None


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    right_value: int = 0
    negatives_tagged: int = 0
    negatives: int = 0
    unlocated: int = 0
    misses: list[str] = field(default_factory=list)


def score_passage(passage: dict, line: str, blocks: list, score: Score) -> None:
    where = locate(line, blocks)
    if where is None:
        score.unlocated += 1
        score.misses.append(f"{passage['seed'][:3]}:{passage['line']}: line not found in TEI")
        return
    index, start, end = where
    text, dates = blocks[index]
    found = [d for d in dates if d[0] < end and d[1] > start]
    used: set[int] = set()
    spans: list[tuple[int, int]] = []
    cursor = start
    for expected in passage["dates"]:
        surface = normalize(expected["text"])
        match = re.compile(rf"(?<!\w){re.escape(surface)}(?!\w)").search(text, cursor, end + 40)
        span = (match.start(), match.end()) if match else None
        if match:
            cursor = match.end()
            spans.append(span)  # type: ignore[arg-type]
        hit = next(
            (
                i
                for i, d in enumerate(found)
                if i not in used and span and d[0] < span[1] and d[1] > span[0]
            ),
            None,
        )
        tag = f"{passage['seed'][:3]}:{passage['line']}: {expected['text']!r}"
        if hit is None:
            score.fn += 1
            score.misses.append(f"{tag} missed (expected {expected['attrs']})")
            continue
        used.add(hit)
        score.tp += 1
        if found[hit][2] == expected["attrs"]:
            score.right_value += 1
        else:
            score.misses.append(f"{tag} value {found[hit][2]} != {expected['attrs']}")
    for i, d in enumerate(found):
        if i not in used:
            score.fp += 1
            score.misses.append(
                f"{passage['seed'][:3]}:{passage['line']}: extra {text[d[0] : d[1]]!r}"
            )
    for negative in passage.get("not_dates", []):
        score.negatives += 1
        surface = normalize(negative)
        occurrences = [
            m.start()
            for m in re.finditer(re.escape(surface), text[: end + 40])
            if m.start() >= start
        ]
        position = next(
            (p for p in occurrences if not any(a < p + len(surface) and b > p for a, b in spans)),
            -1,
        )
        if position >= 0 and any(d[0] < position + len(surface) and d[1] > position for d in dates):
            score.negatives_tagged += 1
            score.misses.append(f"{passage['seed'][:3]}:{passage['line']}: {negative!r} tagged")


def unwrap_dates(tree: etree._ElementTree) -> None:
    """Remove <date> tags (keeping their text) so the benchmark measures enrich_dates alone."""
    for text in tree.getroot().iterfind(f"{{{TEI_NS}}}text"):
        etree.strip_tags(text, f"{{{TEI_NS}}}date")


@dataclass
class Timing:
    enrich: float = 0.0
    baseline: float = 0.0  # parsing and serializing the same documents
    characters: int = 0


def enrich_timed(path: Path, old_style: bool, timing: Timing) -> tuple[etree._ElementTree, bool]:
    """Enrich one converted file twice; returns the tree and whether run 2 changed nothing."""
    began = time.perf_counter()
    tree = parse_file(path)
    serialize(tree, pretty=False)
    timing.baseline += time.perf_counter() - began
    unwrap_dates(tree)
    timing.characters += len("".join(tree.getroot().itertext()))
    if old_style:
        set_old_style_default(tree.getroot())
    began = time.perf_counter()
    enrich_dates(tree, Report(path.name))
    timing.enrich += time.perf_counter() - began
    once = serialize(tree, pretty=False)
    enrich_dates(tree, Report(path.name))
    return tree, serialize(tree, pretty=False) == once


def run(seeds: Path, verbose: bool) -> int:
    annotations = json.loads(ANNOTATIONS.read_text(encoding="utf-8"))
    stems = sorted({p["seed"] for p in annotations["passages"]})
    score, timing, idempotent = Score(), Timing(), True
    with tempfile.TemporaryDirectory() as tmp:
        convert([seeds / f"{stem}.txt" for stem in stems], Path(tmp))
        for stem in stems:
            old_style = stem in annotations.get("old_style_default", [])
            tree, same = enrich_timed(Path(tmp) / f"{stem}.xml", old_style, timing)
            idempotent &= same
            lines = (seeds / f"{stem}.txt").read_text(encoding="utf-8").split("\n")
            blocks = document_blocks(tree)
            for passage in (p for p in annotations["passages"] if p["seed"] == stem):
                score_passage(passage, lines[passage["line"] - 1], blocks, score)
    report(score, idempotent, verbose)
    print(
        f"speed: enrich_dates {timing.enrich:.2f} s for {len(stems)} documents "
        f"({timing.characters / 1000:.0f}k characters); "
        f"{timing.enrich / timing.baseline:.1f}x the time to parse and serialize them"
    )
    return 0


def report(score: Score, idempotent: bool, verbose: bool) -> None:
    precision = score.tp / (score.tp + score.fp) if score.tp + score.fp else 0.0
    recall = score.tp / (score.tp + score.fn) if score.tp + score.fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = score.right_value / score.tp if score.tp else 0.0
    if verbose:
        print("\n".join(score.misses))
    print(
        f"annotated dates: {score.tp + score.fn}, found: {score.tp + score.fp}, "
        f"lines not located: {score.unlocated}"
    )
    print(f"precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}  (target F1 >= 0.92)")
    print(f"right normalized value: {accuracy:.3f} of {score.tp} found  (target >= 0.90)")
    print(f"negatives tagged by mistake: {score.negatives_tagged} of {score.negatives}")
    print(f"idempotent (second run changes nothing): {'yes' if idempotent else 'NO'}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = parser.parse_args()
    if not args.seeds.is_dir():
        print(f"{args.seeds}: seed directory not found; pass --seeds DIR", file=sys.stderr)
        return 2
    return run(args.seeds, args.verbose)


if __name__ == "__main__":
    sys.exit(main())
