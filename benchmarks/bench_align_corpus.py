"""Alignment benchmark on corpora that are not the seeds: recall and precision of quotation
links, and of event links, on annotated sets of documents about one life.

    python benchmarks/bench_align_corpus.py [--corpus ../devcorpus] [--set p1] [--keep DIR]

Each set is CORPUS/parallels/<set>/ (rebuilt by benchmarks/corpus/build_parallels_corpus.py)
with its annotation benchmarks/annotations/parallels_<set>.json: the documents, the pairs of
places that share a quotation (same translation, another translation, or a repeat inside one
document) and the places where each document tells a life event. The documents are converted
and aligned as a user would (`edition convert`, then `edition align`).

Quotation recall: share of the annotated pairs for which one quotation or repeat link has a
target in each document holding three consecutive annotated words (all, when fewer). Precision: share of the links produced
that join some annotated pair (the others are printed, to be read). Events: the share of pairs
of annotated places of one event that one event link joins, the links per event (one is
right), the event links that match no annotated event, and the targets inside a note.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench_align import _text, words  # one normalization for both alignment benchmarks

from edition.align import align_corpus
from edition.convert import convert
from edition.xmlio import NSMAP, parse_file

ANNOTATIONS = Path(__file__).parent / "annotations"


@dataclass(frozen=True)
class End:
    """One target of a link: its document, its normalized text, whether it sits in a note."""

    doc: str
    text: str
    in_note: bool


@dataclass(frozen=True)
class Link:
    type: str
    subtype: str
    n: str
    ends: tuple[End, ...]


def read_links(tei_dir: Path) -> list[Link]:
    trees: dict[str, etree._ElementTree] = {}
    links = []
    parallels = parse_file(tei_dir / "parallels.xml")
    for link in parallels.xpath("//tei:link[@type!='copy']", namespaces=NSMAP):
        ends = []
        for target in link.get("target", "").split():
            name, _, ident = target.partition("#")
            tree = trees.setdefault(name, parse_file(tei_dir / name))
            found = tree.xpath("//*[@xml:id=$i]", i=ident)
            if not found:
                continue
            element = found[0]
            in_note = bool(element.xpath("ancestor-or-self::tei:note", namespaces=NSMAP))
            ends.append(End(Path(name).stem, words("".join(_text(element))), in_note))
        links.append(
            Link(link.get("type"), link.get("subtype", ""), link.get("n", ""), tuple(ends))
        )
    return links


SPAN = 3  # consecutive annotated words a target must hold


def holds(end: End, doc: str, text: str) -> bool:
    """Does the target hold the annotated place: SPAN consecutive words of it (all when it is
    shorter)? Annotators copy a few words around the shared text; a passage trimmed to the
    shared words may leave one of them out ("noise in the world some day" / "… the world")."""
    if end.doc != Path(doc).stem:
        return False
    annotated = words(text).split()
    span = min(SPAN, len(annotated))
    return any(
        f" {' '.join(annotated[i : i + span])} " in end.text
        for i in range(len(annotated) - span + 1)
    )


def joins(link: Link, doc_a: str, words_a: str, doc_b: str, words_b: str) -> bool:
    """Whether two different targets of the link hold the two places."""
    return any(
        i != j and holds(first, doc_a, words_a) and holds(second, doc_b, words_b)
        for i, first in enumerate(link.ends)
        for j, second in enumerate(link.ends)
    )


def score_quotations(links: list[Link], pairs: list[dict]) -> None:
    quoting = [link for link in links if link.type in ("quotation", "repeat")]

    def found(pair: dict) -> bool:
        args = (pair["doc_a"], pair["words_a"], pair["doc_b"], pair["words_b"])
        return any(joins(link, *args) for link in quoting)

    hits = [p for p in pairs if found(p)]
    print(f"quotations: recall {len(hits)}/{len(pairs)} = {len(hits) / max(len(pairs), 1):.1%}")
    for kind in sorted({p["kind"] for p in pairs}):
        of_kind = [p for p in pairs if p["kind"] == kind]
        print(f"  {kind:22} {sum(p in hits for p in of_kind)}/{len(of_kind)}")
    true = [
        link
        for link in quoting
        if any(joins(link, p["doc_a"], p["words_a"], p["doc_b"], p["words_b"]) for p in pairs)
    ]
    print(
        f"quotations: precision {len(true)}/{len(quoting)} = {len(true) / max(len(quoting), 1):.1%}"
    )
    for p in pairs:
        if p not in hits:
            print(
                f"  missed {p['kind']}: {p['doc_a']}:{p['line_a']} {p['words_a']!r} ~ "
                f"{p['doc_b']}:{p['line_b']} {p['words_b']!r}"
            )
    for link in quoting:
        if link not in true:
            sides = " ~ ".join(f"{e.doc}:{e.text.strip()[:70]!r}" for e in link.ends[:3])
            print(f"  unmatched {link.type} ({len(link.ends)} targets): {sides}")


def score_events(links: list[Link], events: list[dict]) -> None:
    event_links = [link for link in links if link.type == "event"]
    pairs = joined = 0
    matched: set[int] = set()
    for event in events:
        places = event["places"]
        per_event = [
            i
            for i, link in enumerate(event_links)
            if any(
                joins(link, a["doc"], a["words"], b["doc"], b["words"])
                for a, b in combinations(places, 2)
            )
        ]
        matched.update(per_event)
        hit = sum(
            any(
                joins(event_links[i], a["doc"], a["words"], b["doc"], b["words"]) for i in per_event
            )
            for a, b in combinations(places, 2)
        )
        pairs += len(places) * (len(places) - 1) // 2
        joined += hit
        told = sorted(
            {
                p["doc"]
                for p in places
                if any(
                    holds(e, p["doc"], p["words"]) for i in per_event for e in event_links[i].ends
                )
            }
        )
        print(
            f"  {event['kind']} {event['year']}: {len(per_event)} link(s), "
            f"places linked {len(told)}/{len(places)}"
            + (f" (n={','.join(event_links[i].n for i in per_event)})" if per_event else "")
        )
    print(f"events: place pairs joined {joined}/{pairs} = {joined / max(pairs, 1):.1%}")
    unmatched = [link for i, link in enumerate(event_links) if i not in matched]
    print(f"events: links {len(event_links)}, matching no annotated event {len(unmatched)}")
    for link in unmatched:
        sides = " ~ ".join(f"{e.doc}:{e.text.strip()[:60]!r}" for e in link.ends[:3])
        print(f"  unmatched event {link.subtype or '(day)'} {link.n}: {sides}")
    in_notes = sum(e.in_note for link in event_links for e in link.ends)
    print(f"events: targets inside a note {in_notes}")


def run_set(corpus: Path, name: str, keep: Path | None) -> None:
    annotation = json.loads((ANNOTATIONS / f"parallels_{name}.json").read_text("utf-8"))
    sources = [corpus / "parallels" / name / doc for doc in annotation["documents"]]
    missing = [str(s) for s in sources if not s.exists()]
    if missing:
        sys.exit(f"{missing[0]}: missing; rebuild with benchmarks/corpus/build_parallels_corpus.py")
    with tempfile.TemporaryDirectory() as tmp:
        tei = keep / name if keep else Path(tmp) / name
        tei.mkdir(parents=True, exist_ok=True)
        start = time.perf_counter()
        convert(sources, tei, force=True)
        converted = time.perf_counter()
        align_corpus(tei)
        aligned = time.perf_counter()
        size = (tei / "parallels.xml").stat().st_size
        print(
            f"== {name}: {len(sources)} documents; convert {converted - start:.1f} s, "
            f"align {aligned - converted:.1f} s, parallels.xml {size / 1024:.1f} kB"
        )
        links = read_links(tei)
        score_quotations(links, annotation.get("quotations", []))
        score_events(links, annotation.get("events", []))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "devcorpus")
    parser.add_argument("--set", action="append", dest="sets")
    parser.add_argument("--keep", type=Path, help="write the TEI and parallels.xml here")
    args = parser.parse_args()
    names = args.sets or sorted(
        p.stem.removeprefix("parallels_") for p in ANNOTATIONS.glob("parallels_*.json")
    )
    if not names:
        sys.exit("no benchmarks/annotations/parallels_*.json sets")
    for name in names:
        run_set(args.corpus, name, args.keep)


if __name__ == "__main__":
    main()
