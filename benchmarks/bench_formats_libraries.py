"""Which library to read Word and HTML with: measured on the formats corpus.

    python benchmarks/bench_formats_libraries.py [--corpus DIR] [--split dev|held-out|all]

Word: our direct OOXML reader against mammoth (its HTML, then read by our HTML reader, which
resolves mammoth's footnote links) and python-docx (paragraph and table text; it has no API for
notes, comments or tracked changes). HTML: our main-content rules against trafilatura's
extraction (plain text with tables; it has no notes). Same fidelity, note count and time as
bench_formats.py; prints mean figures per converter.
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from collections.abc import Callable
from pathlib import Path

from _formats_source import source_text
from bench_formats import default_corpus

from edition.fidelity import measure
from edition.model import Document, Metadata, P, Text
from edition.readers import read_source
from edition.readers.html import read as read_html
from edition.report import Report
from edition.writers.tei import document_to_tei
from edition.xmlio import NSMAP


def paragraphs(texts: list[str]) -> Document:
    return Document(Metadata("x"), tuple(P((Text(t),)) for t in texts if t.strip()))


def ours(path: Path, fmt: str) -> tuple[Document, list[str]]:
    report = Report(str(path))
    return read_source(path, report, fmt), [r.text for r in report.removed]


def with_mammoth(path: Path, fmt: str) -> tuple[Document, list[str]]:
    import mammoth

    with path.open("rb") as handle:
        html = mammoth.convert_to_html(handle).value
    report = Report(str(path))
    return read_html(f"<html><body>{html}</body></html>", report), []


def with_python_docx(path: Path, fmt: str) -> tuple[Document, list[str]]:
    import docx

    document = docx.Document(io.BytesIO(path.read_bytes()))
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        texts += [cell.text for row in table.rows for cell in row.cells]
    return paragraphs(texts), []


def with_trafilatura(path: Path, fmt: str) -> tuple[Document, list[str]]:
    import trafilatura

    text = trafilatura.extract(
        path.read_text("utf-8", errors="replace"), include_tables=True, include_comments=False
    )
    return paragraphs((text or "").split("\n")), []


CONVERTERS: dict[str, list[tuple[str, Callable]]] = {
    "docx": [
        ("edition (lxml OOXML)", ours),
        ("mammoth", with_mammoth),
        ("python-docx", with_python_docx),
    ],
    "html": [("edition (own rules)", ours), ("trafilatura", with_trafilatura)],
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=default_corpus())
    parser.add_argument("--split", default="all", choices=("dev", "held-out", "all"))
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"no formats corpus at {args.corpus}; run benchmarks/corpus/collect_formats.py")
        return 0
    splits = ("dev", "held-out") if args.split == "all" else (args.split,)
    print("| format | converter | files | mean kept | mean invented | notes | time |")
    print("|---" * 7 + "|")
    for fmt, converters in CONVERTERS.items():
        paths = [p for s in splits for p in sorted((args.corpus / s / fmt).glob("*"))]
        sources = {p: source_text(p, fmt) for p in paths}
        for name, convert in converters:
            kept = extra = seconds = 0.0
            notes = 0
            for path in paths:
                started = time.perf_counter()
                document, removed = convert(path, fmt)
                tree = document_to_tei(document)
                seconds += time.perf_counter() - started
                fidelity = measure(sources[path], tree, removed)
                kept, extra = kept + fidelity.source_found, extra + fidelity.tei_extra
                notes += len(tree.xpath("//tei:text//tei:note", namespaces=NSMAP))
            count = len(paths) or 1
            print(
                f"| {fmt} | {name} | {len(paths)} | {kept / count:.1%} | {extra / count:.1%} | "
                f"{notes} | {seconds:.2f} s |"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
