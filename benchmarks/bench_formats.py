"""HTML, Word and Markdown readers against `pandoc -f FORMAT -t tei` on real files.

    python benchmarks/bench_formats.py [--corpus DIR] [--split dev|held-out|all] [--no-pandoc]

The corpus is DIR/{dev,held-out}/{html,docx,markdown}/* (default `$EDITION_DEVCORPUS/formats`,
else ../devcorpus/formats; rebuild it with benchmarks/corpus/collect_formats.py). For each file:
fidelity (word 4-grams of the source's visible text kept in the TEI text / TEI 4-grams not in
the source, edition.fidelity; text our reader logged as removed boilerplate counts as accounted
for), notes (TEI notes against the annotated count in
benchmarks/corpus/formats-annotations.tsv), headings (`head` in `div`), validity against
edition.rng and tei_all, and time. Figures are printed per file and per split and format.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from _formats_source import source_text
from lxml import etree

from edition.diagnostics import Severity
from edition.fidelity import measure
from edition.readers import read_source
from edition.report import Report
from edition.validate import validate_file
from edition.validation.relaxng import SchemaSet
from edition.writers.tei import document_to_tei
from edition.xmlio import NSMAP, atomic_write, serialize

ROOT = Path(__file__).resolve().parents[1]
ANNOTATIONS = ROOT / "benchmarks" / "corpus" / "formats-annotations.tsv"
PANDOC_FORMAT = {"html": "html", "docx": "docx", "markdown": "markdown"}


@dataclass
class Result:
    kept: float
    extra: float
    notes: int
    heads: int
    valid_edition: bool
    valid_tei_all: bool
    seconds: float


def default_corpus() -> Path:
    env = os.environ.get("EDITION_DEVCORPUS")
    return Path(env) / "formats" if env else ROOT.parent / "devcorpus" / "formats"


def annotations() -> dict[str, tuple[int, int]]:
    """File name -> (notes expected, headings expected)."""
    found: dict[str, tuple[int, int]] = {}
    for line in ANNOTATIONS.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, notes, heads, *_ = line.split("\t")
            found[name] = (int(notes), int(heads))
    return found


def is_valid(path: Path, schemas: SchemaSet) -> bool:
    return not any(d.severity == Severity.ERROR for d in validate_file(path, schemas))


def score(source: str, tei_path: Path, removed: list, seconds: float, schemas) -> Result:
    tree = etree.parse(str(tei_path))
    fidelity = measure(source, tree, removed)
    notes = len(tree.xpath("//tei:text//tei:note", namespaces=NSMAP))
    heads = len(tree.xpath("//tei:text//tei:div/tei:head", namespaces=NSMAP))
    return Result(
        fidelity.source_found,
        fidelity.tei_extra,
        notes,
        heads,
        is_valid(tei_path, schemas[0]),
        is_valid(tei_path, schemas[1]),
        seconds,
    )


def run_ours(path: Path, fmt: str, out: Path, source: str, schemas) -> Result:
    report = Report(str(path))
    started = time.perf_counter()
    document = read_source(path, report, fmt)
    data = serialize(document_to_tei(document, report.removed_summary()))
    seconds = time.perf_counter() - started
    atomic_write(out, data)
    removed = [r.text for r in report.removed]
    return score(without_snippets(source, removed), out, removed, seconds, schemas)


def without_snippets(source: str, removed: list[str]) -> str:
    """The source with each short removed snippet ("[edit]", a hidden date) cut out of its
    running text, as edition.fidelity does for whole removed lines: the words on either side
    of a dropped widget read on in the TEI, and so they do here. Only snippets that occur once
    in the source are cut, so none is cut from the wrong place."""
    for snippet in dict.fromkeys(removed):
        if len(snippet) <= 100 and "/" not in snippet and source.count(snippet) == 1:
            source = source.replace(snippet, " ")
    return source


def run_pandoc(path: Path, fmt: str, out: Path, source: str, schemas) -> Result | None:
    started = time.perf_counter()
    done = subprocess.run(
        ["pandoc", "-f", PANDOC_FORMAT[fmt], "-t", "tei", "-s", str(path), "-o", str(out)],
        capture_output=True,
        check=False,
        timeout=120,
    )
    seconds = time.perf_counter() - started
    if done.returncode or not out.is_file():
        return None
    try:
        number_notes(out)
        return score(source, out, [], seconds, schemas)
    except etree.XMLSyntaxError:
        return None


def number_notes(path: Path) -> None:
    """Give pandoc's notes (written without @n) their rendered numbers 1, 2, ... so that the
    fidelity measure leaves their markers out of the source, as it does for ours."""
    tree = etree.parse(str(path))
    for number, note in enumerate(tree.xpath("//tei:text//tei:note", namespaces=NSMAP), 1):
        if not note.get("n"):
            note.set("n", str(number))
    tree.write(str(path), encoding="utf-8", xml_declaration=True)


def cells(result: Result | None, expected: tuple[int, int] | None) -> list[str]:
    if result is None:
        return ["failed"] + [""] * 5
    notes = f"{result.notes}/{expected[0]}" if expected else str(result.notes)
    annotated = expected is not None and expected[1] >= 0
    heads = f"{result.heads}/{expected[1]}" if annotated else str(result.heads)
    valid = (
        ("ok" if result.valid_edition else "NO") + "/" + ("ok" if result.valid_tei_all else "NO")
    )
    return [
        f"{result.kept:.1%}",
        f"{result.extra:.1%}",
        notes,
        heads,
        valid,
        f"{result.seconds * 1000:.0f} ms",
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=default_corpus())
    parser.add_argument("--split", default="all", choices=("dev", "held-out", "all"))
    parser.add_argument("--no-pandoc", action="store_true")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"no formats corpus at {args.corpus}; run benchmarks/corpus/collect_formats.py")
        return 0
    use_pandoc = not args.no_pandoc and shutil.which("pandoc") is not None
    schemas = (SchemaSet("edition"), SchemaSet("tei_all"))
    expected = annotations()
    splits = ("dev", "held-out") if args.split == "all" else (args.split,)
    header = "| split | file | conv | kept | invented | notes/exp | heads/exp | valid ours/tei_all | time |"
    print(header)
    print("|---" * 9 + "|")
    totals: dict[tuple[str, str, str], list[Result | None]] = {}
    names: dict[tuple[str, str], list[str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for split in splits:
            for fmt in ("html", "docx", "markdown"):
                for path in sorted((args.corpus / split / fmt).glob("*")):
                    source = source_text(path, fmt)
                    names.setdefault((split, fmt), []).append(path.name)
                    want = expected.get(path.name)
                    ours = run_ours(path, fmt, Path(tmp) / "ours.xml", source, schemas)
                    rows = [("edition", ours)]
                    if use_pandoc:
                        rows.append(
                            ("pandoc", run_pandoc(path, fmt, Path(tmp) / "p.xml", source, schemas))
                        )
                    for name, result in rows:
                        totals.setdefault((split, fmt, name), []).append(result)
                        short = path.name.split("__")[-1][:40]
                        print(
                            f"| {split} | {short} | {name} | "
                            + " | ".join(cells(result, want))
                            + " |"
                        )
    print()
    summary(totals, expected, names)
    return 0


def summary(totals: dict, expected: dict, names: dict) -> None:
    """Per split, format and converter: mean kept/invented, files meeting the targets, notes."""
    print(
        "| split | format | converter | files | mean kept | mean invented | >=99% kept & <=2% invented | notes found / expected | valid ours | valid tei_all | total time |"
    )
    print("|---" * 11 + "|")
    for (split, fmt, name), results in totals.items():
        done = [r for r in results if r is not None]
        if not done:
            print(f"| {split} | {fmt} | {name} | {len(results)} | all failed |")
            continue
        want = sum(expected.get(n, (0, 0))[0] for n in names.get((split, fmt), []))
        mean_kept = sum(r.kept for r in done) / len(done)
        mean_extra = sum(r.extra for r in done) / len(done)
        meets = sum(r.kept >= 0.99 and r.extra <= 0.02 for r in done)
        print(
            f"| {split} | {fmt} | {name} | {len(results)} | {mean_kept:.1%} | {mean_extra:.1%} | "
            f"{meets}/{len(results)} | {sum(r.notes for r in done)}/{want} | "
            f"{sum(r.valid_edition for r in done)}/{len(results)} | "
            f"{sum(r.valid_tei_all for r in done)}/{len(results)} | "
            f"{sum(r.seconds for r in done):.2f} s |"
        )


if __name__ == "__main__":
    sys.exit(main())
