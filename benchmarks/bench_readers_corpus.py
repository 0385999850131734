"""Readers on the development corpus: the annotated real documents (not the seeds).

For each annotated text (benchmarks/corpus/annotations/*.json and, when present,
benchmarks/corpus/pdf-text/*.json; schema in benchmarks/corpus/README.md) it converts the text
with format detection and prints: reader chosen right, title and author in the header, note
markers resolved (TEI notes / annotated count, and note samples whose body is right),
furniture lines left in the text, annotated headings that are <head>s, and fidelity (word
4-grams kept / invented, logged removals accounted for). Held-out figures are printed apart.

Usage: python benchmarks/bench_readers_corpus.py [--corpus DIR] [--split heldout|dev|all]
DIR defaults to $EDITION_DEVCORPUS, else <repo>/../devcorpus; texts are looked for in DIR/text,
DIR/pdf (where build_pdf_corpus.py writes), DIR/pdf-text and DIR.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import tempfile
from pathlib import Path

from edition.convert import convert
from edition.fidelity import measure
from edition.readers import decode_source, detect_format
from edition.xmlio import parse_file, tei

ROOT = Path(__file__).resolve().parents[1]
ANNOTATION_DIRS = (ROOT / "benchmarks/corpus/annotations", ROOT / "benchmarks/corpus/pdf-text")


LABELLED_DIVISIONS = ("chapter", "part", "book", "appendix", "lecture", "letter")


def squash(text: str) -> str:
    return re.sub(r"\W+", " ", text or "").strip().lower()


def find_text(corpus: Path, name: str) -> Path | None:
    for folder in (corpus / "text", corpus / "pdf", corpus / "pdf-text", corpus):
        if (folder / name).is_file():
            return folder / name
    return None


def _text_without(element, skipped: str) -> list[str]:
    """The text of `element` less that of its `skipped` descendants (their tails stay)."""
    pieces = [element.text or ""] if element.tag != skipped else []
    for child in element:
        if child.tag != skipped:
            pieces += _text_without(child, skipped)
        pieces.append(child.tail or "")
    return pieces


def furniture_left(furniture: str, source: str, body_text: str) -> bool:
    """Is an annotated furniture line still in the text: does the body hold its words more
    often than the source does outside the lines that are this furniture? A page number or a
    journal's name also stands in citations ("146 U.S. 570", "97 Virginia Law Review 1"), and
    those must stay. Furniture printed inside a longer line counts wherever its words are."""
    key = f" {squash(furniture)} "
    alone = re.compile(r"(?m)^[ \t]*" + re.escape(furniture.strip()) + r"[ \t]*$")
    if not alone.search(source):  # printed inside a longer line: any trace of it counts
        return key in body_text
    elsewhere = f" {squash(alone.sub(' ', source))} "
    return body_text.count(key) > elsewhere.count(key)


def header_text(tree, path: str) -> str:
    return " ".join("".join(e.itertext()) for e in tree.iter(tei(path)))


def _has_note(notes: set[tuple[str, str]], number: str, start: str) -> bool:
    return any(n == number and body.startswith(start) for n, body in notes)


def score_document(note: dict, source: Path, out: Path) -> dict:
    text = decode_source(source)
    result = convert([source], out)[0]
    tree = parse_file(result.target)
    header = next(tree.iter(tei("teiHeader")))
    title = squash(" ".join("".join(t.itertext()) for t in header.iter(tei("title"))))
    author = squash(" ".join("".join(a.itertext()) for a in header.iter(tei("author"))))
    body = next(tree.iter(tei("text")))
    heads = {squash(re.sub(r"\[edit\]", "", "".join(h.itertext()))) for h in body.iter(tei("head"))}
    # A heading printed with its section or chapter number ("4.1.1 Impact of State", "III. Der
    # Traum ist eine Wunscherfüllung.") names the annotated title.
    heads |= {re.sub(r"^(?:\d{1,2} ){1,4}|^[ivxlcdm]{1,7} (?=\S)", "", head) for head in heads}
    # A chapter's printed label ("Chapter 2" above its title) is encoded as the division's
    # type and number (<div type="chapter" n="2"><head>Title</head>): it names "Chapter 2 Title".
    heads |= {
        squash(f"{div.get('type')} {div.get('n')} {''.join(div[0].itertext())}")
        for div in body.iter(tei("div"))
        if div.get("n")
        and div.get("type") in LABELLED_DIVISIONS
        and len(div)
        and div[0].tag == tei("head")
    }
    # Running heads kept as <fw> (forme work) are marked as furniture, not left in the text.
    body_text = f" {squash(' '.join(_text_without(body, tei('fw'))))} "
    # Distinct (number, body) pairs: a marker repeated counts once, and numbering that
    # restarts (per page, per chapter) still counts every note. Shoulder notes (place
    # "margin") have no marker and are not counted.
    notes = {
        (n.get("n"), squash("".join(n.itertext())))
        for n in body.iter(tei("note"))
        if n.get("place") != "margin"
    }
    samples = note.get("note_samples", [])
    log = out / ".edition" / "removed" / f"{source.stem}.json"
    removed = [(e["line"], e["text"]) for e in json.loads(log.read_text("utf-8"))]
    return {
        "detected": detect_format(text) == note["format"],
        "title": not note.get("title") or squash(note["title"]) in title,
        "author": not note.get("author") or squash(note["author"]) in author,
        "notes": (len(notes), note.get("notes") or 0),
        "samples": (
            sum(_has_note(notes, s["n"], squash(s["body_starts"])) for s in samples),
            len(samples),
        ),
        "furniture": (
            sum(furniture_left(f, text, body_text) for f in note.get("furniture", [])),
            len(note.get("furniture", [])),
        ),
        "headings": (
            sum(squash(h) in heads for h in note.get("headings", [])),
            len(note.get("headings", [])),
        ),
        "fidelity": measure(text, tree, removed),
        "format": result.format,
    }


def ratio(pairs: list[tuple[int, int]]) -> str:
    got, total = sum(p[0] for p in pairs), sum(p[1] for p in pairs)
    return f"{got}/{total}" + (f" ({got / total:.0%})" if total else "")


def summary(label: str, rows: list[dict]) -> None:
    if not rows:
        print(f"{label}: no documents")
        return
    n = len(rows)
    print(f"== {label}: {n} documents")
    print(f"  reader chosen right:  {sum(r['detected'] for r in rows)}/{n}")
    print(f"  title in header:      {sum(r['title'] for r in rows)}/{n}")
    print(f"  author in header:     {sum(r['author'] for r in rows)}/{n}")
    resolved = [(min(r["notes"][0], r["notes"][1]), r["notes"][1]) for r in rows]
    print(f"  notes in TEI / annotated (capped): {ratio(resolved)}")
    print(f"  note samples right:   {ratio([r['samples'] for r in rows])}")
    print(f"  furniture left:       {ratio([r['furniture'] for r in rows])}  (target 0)")
    print(f"  headings as head:     {ratio([r['headings'] for r in rows])}")
    meets = sum(r["fidelity"].meets() for r in rows)
    print(f"  fidelity targets met (>=99% kept, <=2% invented): {meets}/{n}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = os.environ.get("EDITION_DEVCORPUS") or str(ROOT.parent / "devcorpus")
    parser.add_argument("--corpus", type=Path, default=Path(default))
    parser.add_argument("--split", choices=("heldout", "dev", "all"), default="all")
    args = parser.parse_args()
    notes = [
        json.loads(p.read_text("utf-8")) for d in ANNOTATION_DIRS for p in sorted(d.glob("*.json"))
    ]
    rows: dict[str, list[dict]] = {"dev": [], "heldout": []}
    for note in notes:
        if args.split != "all" and note["split"] != args.split:
            continue
        source = find_text(args.corpus, note["file"])
        if source is None:
            print(f"absent: {note['file']} (not in {args.corpus}; see benchmarks/corpus/README.md)")
            continue
        with tempfile.TemporaryDirectory() as out:
            row = score_document(note, source, Path(out))
        rows[note["split"]].append(row)
        print(
            f"{note['file']} [{note['split']}] want {note['format']} got {row['format']}: "
            f"title {row['title']} author {row['author']} notes {row['notes']} "
            f"samples {row['samples']} furniture-left {row['furniture']} "
            f"heads {row['headings']} {row['fidelity']}"
        )
    summary("development", rows["dev"])
    summary("HELD-OUT", rows["heldout"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
