"""Enrichment time against paragraph length: one paragraph of 64 KB, 256 KB and 1 MB.

The paragraph repeats sentences we wrote (names of people of several eras, dates, numbers
that are not dates) without a break, the shape that made tagging quadratic before
(edition/enrich/text_nodes.wrap_spans inserted each tag by child index). Prints seconds and
seconds per MB relative to the smallest size: a linear pass keeps the ratio near 1.

Usage: python benchmarks/bench_enrich_growth.py [--model]   (--model runs the spaCy pass too;
by default it is off so the figures show the rules and the tree work alone)
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

SENTENCE = (
    "In 1066 William of Normandy crossed the Channel, and on 14 October 1066 Harold "
    "Godwinson fell; Ada Lovelace wrote her notes in 1843 while Charles Babbage built, "
    "and c. 980 Ibn Sina was born near Bukhara; 1,000 soldiers and 1500 men marched. "
)
SIZES_KB = (64, 256, 1024)


def document(size_kb: int) -> bytes:
    text = SENTENCE * (size_kb * 1024 // len(SENTENCE))
    return (
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T'
        "</title></titleStmt></fileDesc></teiHeader><text><body><p>"
        f"{text}</p></body></text></TEI>"
    ).encode()


def main() -> None:
    if "--model" not in sys.argv:
        os.environ["EDITION_NER"] = "off"
    from edition.enrich import EnrichContext, enrich_corpus
    from edition.xmlio import parse_bytes

    base = None
    print(f"{'size':>8} {'seconds':>8} {'s/MB':>8} {'ratio':>6} {'tags':>7}")
    for size in SIZES_KB:
        data = document(size)
        with tempfile.TemporaryDirectory() as tmp:
            os.environ["EDITION_CACHE_DIR"] = tmp
            trees = {"doc": parse_bytes(data)}
            started = time.perf_counter()
            enrich_corpus(trees, EnrichContext(Path(tmp)))
            seconds = time.perf_counter() - started
        per_mb = seconds / (len(data) / 2**20)
        base = base or per_mb
        tags = len(trees["doc"].getroot().xpath("//*[local-name()='persName' or local-name()='date']"))
        print(f"{size:>6}KB {seconds:8.2f} {per_mb:8.2f} {per_mb / base:6.2f} {tags:7}")


if __name__ == "__main__":
    main()
