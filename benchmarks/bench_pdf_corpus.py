"""Readers on the PDF part of the development corpus (benchmarks/corpus/pdf-text/*.json).

Converts each annotated pdftotext text and prints, development and held-out apart: reader chosen
right, title/author in the header, headings as `head`, page furniture left in the text, fidelity
(kept/invented). Texts: `$EDITION_DEVCORPUS/pdf` (default <repo>/../devcorpus/pdf); rebuild them
with benchmarks/corpus/build_pdf_corpus.py.

Usage: python benchmarks/bench_pdf_corpus.py [--corpus DIR] [--split heldout|dev|all]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_readers_corpus import ROOT, score_document, summary  # noqa: E402

ANNOTATIONS = ROOT / "benchmarks/corpus/pdf-text"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    base = os.environ.get("EDITION_DEVCORPUS") or str(ROOT.parent / "devcorpus")
    parser.add_argument("--corpus", type=Path, default=Path(base) / "pdf")
    parser.add_argument("--split", choices=("heldout", "dev", "all"), default="all")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus absent: {args.corpus} (build it with benchmarks/corpus/build_pdf_corpus.py)")
        return 1
    rows: dict[str, list[dict]] = {"dev": [], "heldout": []}
    for path in sorted(ANNOTATIONS.glob("*.json")):
        note = json.loads(path.read_text("utf-8"))
        if args.split not in ("all", note["split"]):
            continue
        source = args.corpus / note["file"]
        if not source.is_file():
            print(f"absent: {source}")
            continue
        with tempfile.TemporaryDirectory() as out:
            row = score_document(note, source, Path(out))
        rows[note["split"]].append(row)
        print(
            f"{note['file']} [{note['split']}] got {row['format']}: title {row['title']} "
            f"author {row['author']} furniture-left {row['furniture']} "
            f"heads {row['headings']} {row['fidelity']}"
        )
    summary("development", rows["dev"])
    summary("HELD-OUT", rows["heldout"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
