"""Reading time of the text readers on the largest documents of the development corpus.

    python benchmarks/bench_readers_speed.py [--corpus DIR] [--count N]

For the N largest web pages of DIR/text (default ../devcorpus; pages that format detection
gives to web-article or wiki-text), each read with that reader and again with web-article
(which may read any page saved from the web): seconds, and the ratio to splitting the same text
into words (edition.fidelity.words), run in the same process as the baseline. A reader that
walks every line once per candidate (a title, a note) shows as a ratio in the thousands.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from edition.fidelity import words
from edition.readers import READERS, decode_source, detect_format
from edition.report import Report

WEB_READERS = ("web-article", "wiki-text")


def seconds(reader, text: str) -> float:
    start = time.perf_counter()
    reader.read(text, Report("bench"))
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "devcorpus")
    parser.add_argument("--count", type=int, default=8)
    args = parser.parse_args()
    folder = args.corpus / "text"
    if not folder.is_dir():
        print(f"{folder}: no development corpus (see benchmarks/corpus/README.md)")
        return 1
    pages = [p for p in folder.glob("*.txt") if detect_format(decode_source(p)) in WEB_READERS]
    files = sorted(pages, key=lambda p: -p.stat().st_size)[: args.count]
    print(
        f"{'document':40} {'lines':>6} {'reader':13} {'s':>7} {'x words':>8} {'web-article s':>14} {'x words':>8}"
    )
    for path in files:
        text = decode_source(path)
        start = time.perf_counter()
        words(text)
        base = max(time.perf_counter() - start, 1e-6)
        chosen = detect_format(text)
        own = seconds(READERS[chosen].load(), text)
        web = seconds(READERS["web-article"].load(), text)
        print(
            f"{path.name[:40]:40} {text.count(chr(10)):>6} {chosen:13} {own:>7.2f} "
            f"{own / base:>8.1f} {web:>14.2f} {web / base:>8.1f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
