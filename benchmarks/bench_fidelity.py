"""Converter fidelity on the seeds: word 4-grams kept (target >= 99%) and invented (<= 2%).

Usage: python benchmarks/bench_fidelity.py [SEEDS_DIR]
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from edition.convert import convert
from edition.fidelity import measure
from edition.xmlio import parse_file

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    seeds = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "seeds"
    sources = sorted(seeds.glob("*.txt"))
    if not sources:
        print(f"no seeds in {seeds}")
        return 1
    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        results = convert(sources, out)
        elapsed = time.perf_counter() - start
        print(f"converted {len(sources)} seeds in {elapsed:.2f} s")
        for result in results:
            removed_log = Path(out) / ".edition" / "removed" / f"{result.source.stem}.json"
            removed = [entry["text"] for entry in json.loads(removed_log.read_text("utf-8"))]
            strict = measure(result.source.read_text("utf-8"), parse_file(result.target))
            logged = measure(result.source.read_text("utf-8"), parse_file(result.target), removed)
            print(f"{result.source.name} [{result.format}]")
            print(f"  text only:           {strict}")
            print(f"  with logged removals: {logged}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
