"""Enrichment speed on the seed corpus (~140,000 words), with the statistical name finder.

Three runs, each timed as a whole `edition enrich` of the converted seeds:
- cold: an empty entity cache (the model reads every paragraph);
- warm: the same files again (every paragraph's entities come from the cache);
- after one edit: one paragraph changed by hand (only it is read by the model again).
The baseline is the conversion without enrichment, run in the same process.

Usage: python benchmarks/bench_enrich_speed.py [SEEDS_DIR]
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    seeds = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "seeds"
    sources = sorted(seeds.glob("*.txt"))
    if not sources:
        sys.exit(f"{seeds}: no seed *.txt files; pass SEEDS_DIR")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["EDITION_CACHE_DIR"] = str(Path(tmp) / "cache")
        from edition import enrich as enrichment
        from edition.convert import convert
        from edition.enrich import enrich_files

        passes = enrichment.PASSES
        enrichment.PASSES, enrichment.BEFORE, enrichment.AFTER = [], [], []
        started = time.perf_counter()
        convert(sources, Path(tmp) / "tei")
        baseline = time.perf_counter() - started
        enrichment.PASSES = passes
        enrichment.BEFORE, enrichment.AFTER = enrichment._before(), enrichment._after()
        tei = Path(tmp) / "tei"
        timings = {}
        for run in ("cold", "warm", "after one edit"):
            if run == "after one edit":
                first = sorted(tei.glob("*.xml"))[0]
                text = first.read_text("utf-8")
                at = text.index("<p>") + 3
                first.write_text(text[:at] + "A sentence added by hand. " + text[at:], "utf-8")
            started = time.perf_counter()
            enrich_files([tei])
            timings[run] = time.perf_counter() - started
    words = sum(len(p.read_text("utf-8").split()) for p in sources)
    print(f"seed corpus: {len(sources)} documents, {words} words")
    print(f"convert without enrichment (baseline): {baseline:.2f} s")
    for run, seconds in timings.items():
        print(f"enrich, {run:15} {seconds:6.2f} s  ({seconds / baseline:5.1f}x the baseline)")


if __name__ == "__main__":
    main()
