"""Build time of the site for the seed corpus and for a synthetic corpus 20x larger, with the
ratio to a plain lxml parse-and-serialize of the same files.

    python benchmarks/bench_build.py [--no-search]

Seeds are read from ../shared/seeds and converted to a temporary directory first. The
alignment (parallels.xml) is made before the clock starts, so the figures are the build's own
stages (reading, rendering, indexes, parallel view, search); bench_align.py times the aligner.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from lxml import etree

from edition.convert import convert
from edition.progress import QUIET
from edition.site import document_files, search
from edition.site.build import STAGES, Build

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
SCALE = 20


def plain_lxml(tei_dir: Path, repeats: int = 3) -> float:
    """Seconds to parse and serialize every TEI file with lxml (the floor for any renderer),
    best of `repeats` so the ratio does not swing with the file cache."""
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        for path in sorted(tei_dir.glob("*.xml")):
            etree.tostring(etree.parse(str(path)), encoding="UTF-8")
        best = min(best, time.perf_counter() - start)
    return best


def timed_build(tei_dir: Path, site_dir: Path) -> dict[str, float]:
    """Seconds per build stage (the same stages, in order, as `edition build`)."""
    build = Build(tei_dir, site_dir, QUIET)
    seconds = {}
    for name, stage in STAGES:
        start = time.perf_counter()
        stage(build)
        seconds[name] = time.perf_counter() - start
    return seconds


def synthetic(tei_dir: Path, target: Path, scale: int) -> Path:
    """`scale` copies of every document (persons.xml and parallels.xml once)."""
    target.mkdir(parents=True)
    for name in ("persons.xml", "parallels.xml"):
        if (tei_dir / name).is_file():
            shutil.copy(tei_dir / name, target / name)
    for copy in range(scale):
        for path in document_files(tei_dir):
            shutil.copy(path, target / f"{path.stem}-{copy:02d}.xml")
    _keep_alignment(target)
    return target


def _keep_alignment(tei_dir: Path) -> None:
    """Make parallels.xml the newest file, so the build uses it instead of re-aligning."""
    parallels = tei_dir / "parallels.xml"
    if parallels.is_file():
        newest = max(p.stat().st_mtime for p in tei_dir.glob("*.xml"))
        os.utime(parallels, (newest + 10, newest + 10))


def align_first(tei_dir: Path) -> None:
    """Write parallels.xml before timing (when the aligner is installed)."""
    try:
        from edition.align import align_corpus
    except ImportError:
        return
    align_corpus(tei_dir)


def report(label: str, tei_dir: Path, site_dir: Path) -> None:
    size = sum(p.stat().st_size for p in tei_dir.glob("*.xml")) / 1e6
    files = len(list(tei_dir.glob("*.xml")))
    stages = timed_build(tei_dir, site_dir)
    build = sum(stages.values())
    floor = plain_lxml(tei_dir)
    print(
        f"{label:10} {files:4d} files {size:7.2f} MB  build {build:7.2f} s  "
        f"lxml parse+serialize {floor:6.3f} s  ratio {build / floor:6.1f}x"
    )
    slowest = sorted(stages.items(), key=lambda item: -item[1])[:4]
    print(" " * 11 + "slowest stages: " + ", ".join(f"{n} {t:.2f} s" for n, t in slowest))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-search", action="store_true", help="skip the Pagefind stage")
    args = parser.parse_args()
    if not SEEDS.is_dir():
        print(f"{SEEDS} not found: the seed corpus is needed", file=sys.stderr)
        return 1
    if args.no_search:
        search.pagefind_available = lambda: False  # the build then skips indexing
    print(
        f"search stage: {'off' if args.no_search else 'on' if search.pagefind_available() else 'unavailable'}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        convert(sorted(SEEDS.glob("*.txt")), work / "tei")
        align_first(work / "tei")
        report("seeds", work / "tei", work / "site")
        big = synthetic(work / "tei", work / "tei-x20", SCALE)
        report(f"seeds x{SCALE}", big, work / "site-x20")
    return 0


if __name__ == "__main__":
    sys.exit(main())
