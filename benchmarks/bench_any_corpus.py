"""Persons and dates on real documents about other people, eras and places (held out).

benchmarks/annotations/any_corpus.json lists paragraphs of three documents (an encyclopedia
article on a country's history, two news reports from Africa) with every person mention and
every date, annotated by reading before the tagger saw them. Each document becomes a TEI file
(one <p> per line), the three are enriched as one corpus, and the annotated paragraphs are
compared with the tags:

- persName precision / recall / F1 (surfaces compared without a leading title);
- linking: matched mentions whose @ref is the one their person gets most often, when no other
  annotated person of the same document shares that @ref (one person, one id; no two people
  merged; annotation keys are per document, so one ref across documents is not judged);
- links right (the issue's "linked mentions pointing at the right person"): of the matched
  mentions that have an @ref, those whose ref is their person's usual one and whose person is
  the one that ref is given most often (a merge makes only the smaller side wrong);
- date precision / recall / F1 (a tag and an annotation match when they overlap) and the
  share of matched dates whose attributes are right; also with the year a yearless date
  takes from its context accepted where the annotation writes --MM-DD.

Usage: python benchmarks/bench_any_corpus.py [--corpus DIR] [--no-gazetteer] [--no-model] [--set NAME] [--show]
DIR holds persons/<file> (default $EDITION_DEVCORPUS or <repo>/../devcorpus).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
ANNOTATIONS = ROOT / "benchmarks" / "annotations" / "any_corpus.json"


def load_annotations() -> dict:
    """any_corpus.json and every any_corpus_*.json beside it (later sets), documents merged."""
    merged = json.loads(ANNOTATIONS.read_text("utf-8"))
    for extra in sorted(ANNOTATIONS.parent.glob("any_corpus_*.json")):
        merged["documents"] += json.loads(extra.read_text("utf-8"))["documents"]
    return merged
# Leading titles the annotations leave out of a surface ("Senator Mark Warner" is "Mark Warner").
TITLE_WORDS = {"King", "Queen", "Dame", "Sir", "Captain", "Mr", "Mrs", "Dr", "President",
               "Prime", "Minister", "Emperor", "Prophet", "prophet", "Governor", "Miss", "Ms",
               "Senator", "Sen", "Representative", "Rep", "Judge", "Justice", "General",
               "Professor", "Prof", "Lord", "Lady", "Pope", "Chancellor", "Mayor"}
DATE_ATTRS = ("when", "from", "to", "notBefore", "notAfter")


def corpus_dir(given: str | None) -> Path:
    folder = Path(given or os.environ.get("EDITION_DEVCORPUS") or ROOT.parent / "devcorpus")
    if not (folder / "persons").is_dir():
        sys.exit(f"{folder}/persons not found: rebuild it with "
                 "benchmarks/corpus/build_persons_corpus.py or pass --corpus DIR")
    return folder / "persons"


def tei(lines: list[str]) -> bytes:
    body = "".join(f"<p>{escape(line)}</p>" for line in lines)
    return (
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T'
        f"</title></titleStmt></fileDesc></teiHeader><text><body>{body}</body></text></TEI>"
    ).encode()


def strip_title(text: str, titles: bool = True) -> str:
    """The surface without a possessive and (`titles`) without leading titles."""
    words = text.replace("’s", "").replace("'s", "").split()
    from edition.enrich.persons_words import TITLES  # kept inside the tag ("Sheikh Ali")

    while titles and len(words) > 1 and words[0].rstrip(".") in TITLE_WORDS | set(TITLES):
        words = words[1:]
    return " ".join(words)


def tags(paragraph, name: str) -> list[tuple[int, int, object]]:
    """(start, end, element) of each `name` element, offsets in the paragraph's text."""
    found: list = []
    pieces: list[str] = []

    def walk(el) -> None:
        start = sum(len(p) for p in pieces)
        if el.text:
            pieces.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                pieces.append(child.tail)
        if el.tag.endswith("}" + name):
            found.append((start, sum(len(p) for p in pieces), el))
    walk(paragraph)
    return found


def score(args, which: str) -> dict[str, float]:
    from edition.enrich import EnrichContext, enrich_corpus
    from edition.xmlio import NSMAP, parse_bytes

    folder = corpus_dir(args.corpus)
    annotations = load_annotations()
    annotations["documents"] = [d for d in annotations["documents"] if d["set"] == which]
    texts = {d["file"]: (folder / d["file"]).read_text("utf-8").splitlines()
             for d in annotations["documents"]}
    trees = {name: parse_bytes(tei(lines)) for name, lines in texts.items()}
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        enrich_corpus(trees, EnrichContext(Path(tmp)))
        seconds = time.perf_counter() - started
    p_tp = p_found = p_gold = 0
    pairs: list[tuple[str, str, str]] = []  # (document, key, ref)
    d_tp = d_found = d_gold = d_right = d_implied = 0
    for document in annotations["documents"]:
        name = document["file"]
        paragraphs = trees[name].xpath("//tei:body/tei:p", namespaces=NSMAP)
        for line, gold in document["persons"].items():
            # a surface matches with or without a leading title ("Shah Jahan" is one name)
            found = [(strip_title(text), (e.get("ref") or "").rsplit("#", 1)[-1], text)
                     for _, _, e in tags(paragraphs[int(line) - 1], "persName")
                     for text in [strip_title("".join(e.itertext()), titles=False)]]
            p_found += len(found)
            p_gold += len(gold)
            for surface, key in gold:
                hit = next((f for f in found if surface in (f[0], f[2])), None)
                if hit is None:
                    if args.show:
                        print(f"  person missed  {name}:{line}: {surface}")
                    continue
                found.remove(hit)
                p_tp += 1
                pairs.append((name, key, hit[1]))
            if args.show:
                for surface, ref, _ in found:
                    print(f"  person extra   {name}:{line}: {surface} ({ref})")
        for line, gold in document["dates"].items():
            text = texts[name][int(line) - 1]
            found = tags(paragraphs[int(line) - 1], "date")
            d_found += len(found)
            d_gold += len(gold)
            cursor = 0
            for surface, expected in gold:
                start = text.find(surface, cursor)
                cursor = start + len(surface)
                end = cursor
                hit = next((f for f in found if f[0] < end and start < f[1]), None)
                if hit is None:
                    if args.show:
                        print(f"  date missed    {name}:{line}: {surface}")
                    continue
                found.remove(hit)
                d_tp += 1
                got = {a: hit[2].get(a) for a in DATE_ATTRS if hit[2].get(a)}
                d_implied += got == expected or implied_year(got, expected)
                if got == expected:
                    d_right += 1
                elif args.show:
                    print(f"  date value     {name}:{line}: {surface} {got} != {expected}")
            if args.show:
                for start, end, element in found:
                    print(f"  date extra     {name}:{line}: {''.join(element.itertext())}")
    linked = linking(pairs)
    if args.show:
        for document, key, ref in sorted(set(pairs) - set(linked_pairs(pairs))):
            print(f"  link wrong     {document}: {key} -> {ref or 'no @ref'}")
    return {
        "persons_p": p_tp / p_found if p_found else 0.0,
        "persons_r": p_tp / p_gold if p_gold else 0.0,
        "persons": p_gold,
        "linking": linked / len(pairs) if pairs else 0.0,
        "links_right": links_right(pairs),
        "dates_p": d_tp / d_found if d_found else 0.0,
        "dates_r": d_tp / d_gold if d_gold else 0.0,
        "dates": d_gold,
        "dates_right": d_right / d_tp if d_tp else 0.0,
        "dates_implied": d_implied / d_tp if d_tp else 0.0,
        "seconds": seconds,
    }


def linking(pairs: list[tuple[str, str, str]]) -> int:
    """Mentions linked to their person's usual @ref, that ref being no other person's."""
    return len(linked_pairs(pairs))


def linked_pairs(pairs: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The pairs `linking` counts as right. Keys are per document, so only two people of one
    document sharing a ref count as a merge: one ref for Churchill in two documents is the
    corpus-wide identity the personography should give, not an error."""
    usual = {}
    for document, key in {(d, k) for d, k, _ in pairs}:
        refs = Counter(r for d, k, r in pairs if (d, k) == (document, key) and r)
        usual[(document, key)] = refs.most_common(1)[0][0] if refs else ""
    owners = Counter((d, ref) for (d, _), ref in usual.items() if ref)
    return [(d, k, r) for d, k, r in pairs if r and r == usual[(d, k)] and owners[(d, r)] == 1]


def implied_year(got: dict, expected: dict) -> bool:
    """Is `got` the annotated value with the year the text implies ("1843-06-01" for an
    annotated "--06-01": "on June 1", the year said a sentence before)? The annotators write
    a date with no year of its own as --MM-DD; the tagger gives it the year of its context."""
    return (
        got.keys() == expected.keys()
        and any(value.startswith("--") for value in expected.values())
        and all(
            g == e or (e.startswith("--") and re.fullmatch(r"-?\d{4}" + re.escape(e[1:]), g))
            for g, e in ((got[k], expected[k]) for k in expected)
        )
    )


def links_right(pairs: list[tuple[str, str, str]]) -> float:
    """The issue's measure: the share of linked mentions (those with an @ref) that point at
    their person: the ref is the one their person gets most often, and the person is the one
    that ref is given most often (a father linked to his son's id is wrong, the son's own
    mentions are right). `linking` is stricter: it also counts unlinked mentions, and both
    people of a merge, as wrong."""
    usual = {}
    for document, key in {(d, k) for d, k, _ in pairs}:
        refs = Counter(r for d, k, r in pairs if (d, k) == (document, key) and r)
        usual[(document, key)] = refs.most_common(1)[0][0] if refs else ""
    holders: dict[tuple[str, str], Counter] = {}
    for d, k, r in pairs:
        if r:
            holders.setdefault((d, r), Counter())[k] += 1
    owner = {}
    for place, counts in holders.items():
        ranked = counts.most_common(2)
        tie = len(ranked) > 1 and ranked[0][1] == ranked[1][1]
        owner[place] = "" if tie else ranked[0][0]
    linked = [(d, k, r) for d, k, r in pairs if r]
    right = [1 for d, k, r in linked if r == usual[(d, k)] and owner[(d, r)] == k]
    return len(right) / len(linked) if linked else 0.0


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus")
    parser.add_argument("--no-gazetteer", action="store_true")
    parser.add_argument("--no-model", action="store_true")
    parser.add_argument("--show", action="store_true", help="print every miss")
    parser.add_argument("--set", help="score only this set (e.g. heldout8)")
    args = parser.parse_args()
    if args.no_gazetteer:
        os.environ["EDITION_GAZETTEER"] = "off"
    if args.no_model:
        os.environ["EDITION_NER"] = "off"
    sets = sorted({d["set"] for d in load_annotations()["documents"]})
    for which in [args.set] if args.set else sets:
        s = score(args, which)
        print(f"{which}: persons {s['persons']} annotated, dates {s['dates']}")
        print(f"  persName  P {s['persons_p']:.3f}  R {s['persons_r']:.3f}  "
              f"F1 {f1(s['persons_p'], s['persons_r']):.3f}  linking {s['linking']:.3f}  "
              f"links right {s['links_right']:.3f}")
        print(f"  date      P {s['dates_p']:.3f}  R {s['dates_r']:.3f}  "
              f"F1 {f1(s['dates_p'], s['dates_r']):.3f}  values right {s['dates_right']:.3f}  "
              f"(with implied years {s['dates_implied']:.3f})")
        print(f"  enrichment time {s['seconds']:.2f} s")


if __name__ == "__main__":
    main()
