"""Alignment growth: time and parallels.xml size at 1x/4x/16x (64x with --sizes) on two
synthetic corpora, with ratios to the 1x run of the same process.

    python benchmarks/bench_align_growth.py [--corpus DIR] [--sizes 1 4 16]

- distinct: many DIFFERENT documents cut from real texts that are not about the seeds' world
  (the bodies of ../shared/external-tei and DIR/text/*.txt, DIR defaulting to
  $EDITION_DEVCORPUS or ../devcorpus), each planting one sentence of another document as a
  <quote>: the number of true parallels grows with the corpus, not with its square (it
  prints how many planted quotations a quotation link joins).
- copies: the converted seeds (../shared/seeds), else the sample tei/, copied k times: k
  copies of one passage must cost one link with k targets (linear), not k^2 pairs.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from edition.align import align_corpus
from edition.corpus_files import document_files

TEI = "http://www.tei-c.org/ns/1.0"
PARAGRAPHS_PER_DOC = 12


def paragraphs_of(path: Path) -> list[str]:
    """Prose paragraphs (40+ words) of a text file or a TEI file's body."""
    if path.suffix == ".xml":
        try:
            tree = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True))
        except etree.XMLSyntaxError:
            return []
        blocks = ["".join(p.itertext()) for p in tree.iter("{*}p")]
    else:
        blocks = re.split(r"\n\s*\n", path.read_text("utf-8", errors="replace"))
    blocks = [" ".join(b.split()) for b in blocks]
    return [b for b in blocks if len(b.split()) >= 40]


def tei_document(title: str, paragraphs: list[str]) -> bytes:
    root = etree.Element(f"{{{TEI}}}TEI", nsmap={None: TEI})
    header = etree.SubElement(root, f"{{{TEI}}}teiHeader")
    desc = etree.SubElement(header, f"{{{TEI}}}fileDesc")
    etree.SubElement(etree.SubElement(desc, f"{{{TEI}}}titleStmt"), f"{{{TEI}}}title").text = title
    etree.SubElement(etree.SubElement(desc, f"{{{TEI}}}publicationStmt"), f"{{{TEI}}}p")
    etree.SubElement(etree.SubElement(desc, f"{{{TEI}}}sourceDesc"), f"{{{TEI}}}p")
    body = etree.SubElement(etree.SubElement(root, f"{{{TEI}}}text"), f"{{{TEI}}}body")
    for text in paragraphs:
        p = etree.SubElement(body, f"{{{TEI}}}p")
        if "\x00" in text:  # a planted quotation: lead-in, then the quoted sentence
            lead, quoted = text.split("\x00")
            p.text = lead
            etree.SubElement(p, f"{{{TEI}}}quote").text = quoted
        else:
            p.text = text
    return etree.tostring(root, encoding="UTF-8", xml_declaration=True)


def distinct_corpus(sources: list[Path], target: Path, documents: int) -> int:
    """`documents` distinct documents (as many as the sources give); returns how many."""
    pool = [p for source in sources for p in paragraphs_of(source)]
    chunks = [
        pool[i : i + PARAGRAPHS_PER_DOC]
        for i in range(0, len(pool) - PARAGRAPHS_PER_DOC + 1, PARAGRAPHS_PER_DOC)
    ][:documents]
    target.mkdir(parents=True)
    for n, chunk in enumerate(chunks):
        donor = chunks[(n + 1) % len(chunks)][3]
        sentence = " ".join(donor.split()[:30])
        planted = [*chunk, f"As another writer put it: \x00{sentence}"]
        (target / f"doc{n:04d}.xml").write_bytes(tei_document(f"Document {n}", planted))
    return len(chunks)


def copies_corpus(base: Path, target: Path, copies: int) -> None:
    target.mkdir(parents=True)
    for path in document_files(base):
        for n in range(copies):
            shutil.copy(path, target / f"c{n:02d}-{path.name}")


def measure(folder: Path) -> tuple[float, int, int]:
    start = time.perf_counter()
    align_corpus(folder)
    elapsed = time.perf_counter() - start
    out = (folder / "parallels.xml").read_bytes()
    return elapsed, len(out), out.count(b"<link ")


def planted_found(folder: Path, documents: int) -> tuple[int, int]:
    """How many planted quotations (document n quotes document n+1) a quotation link joins,
    and how many quotation links join anything else."""
    tree = etree.parse(str(folder / "parallels.xml"))
    found, other = set(), 0
    for link in tree.iter(f"{{{TEI}}}link"):
        if link.get("type") != "quotation":
            continue
        docs = {int(t.split(".xml#")[0][3:]) for t in link.get("target").split()}
        planted = {n for n in docs if (n + 1) % documents in docs}
        found |= planted
        other += not planted
    return len(found), other


def report(name: str, runs: list[tuple[int, int, float, int, int]]) -> None:
    base = runs[0]
    print(f"{name}:")
    for size, docs, elapsed, out, links in runs:
        print(
            f"  {size:>3}x: {docs:4} documents, align {elapsed:7.2f} s ({elapsed / base[2]:5.1f}x), "
            f"parallels.xml {out / 1e3:9.1f} kB ({out / base[3]:5.1f}x), {links} links"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = os.environ.get("EDITION_DEVCORPUS") or str(ROOT.parent / "devcorpus")
    parser.add_argument("--corpus", type=Path, default=Path(default))
    parser.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 4, 16])
    parser.add_argument("--per-x", type=int, default=6, help="distinct documents at 1x")
    args = parser.parse_args()
    sources = sorted((ROOT.parent / "shared" / "external-tei").glob("*.xml"))
    sources += sorted((args.corpus / "text").glob("*.txt"))
    if not (args.corpus / "text").is_dir():
        print(f"note: {args.corpus}/text absent; distinct corpus from external TEI only")
    with tempfile.TemporaryDirectory() as tmp:
        runs = []
        for size in args.sizes:
            folder = Path(tmp) / f"distinct{size}"
            docs = distinct_corpus(sources, folder, size * args.per_x)
            runs.append((size, docs, *measure(folder)))
            found, other = planted_found(folder, docs)
            print(f"  {size:>3}x: planted quotations linked {found}/{docs}, other links {other}")
        report("distinct documents", runs)
        base = Path(tmp) / "base"
        seeds = sorted(args.seeds.glob("*.txt"))
        if seeds:
            from edition.convert import convert

            convert(seeds, base)
        else:
            print(f"note: no seeds in {args.seeds}; copies of the sample tei/")
            shutil.copytree(ROOT / "tei", base)
        runs = []
        for size in args.sizes:
            folder = Path(tmp) / f"copies{size}"
            copies_corpus(base, folder, size)
            runs.append((size, len(document_files(folder)), *measure(folder)))
        report("copies", runs)


if __name__ == "__main__":
    main()
