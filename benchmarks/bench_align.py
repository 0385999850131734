"""Alignment benchmark: recall and precision of quotation links on the seeds, and time against
corpus size (1x, 4x, 16x synthetic) to show how the cost grows.

    python benchmarks/bench_align.py [--seeds ../shared/seeds] [--sizes 1 4 16]

With --kinds, each way of finding links (synonyms, stems, 1:n growth, new starts, quotation
marks) is switched off in turn and the links found only with it are counted and scored.

Recall: share of the annotated quotations (benchmarks/annotations/quotations.json) for which a
quotation link joins a target holding the annotated words in each document. Precision: share
of the quotation links produced that match an annotation.

Held-out: the same recall on each benchmarks/annotations/quotations_heldout*.json, shared
quotations found by reading the seeds and never used in development, printed apart.
"""

from __future__ import annotations

import argparse
import json
import random
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
from edition.convert import convert
from edition.corpus_files import document_files
from edition.xmlio import NSMAP, XML_ID, parse_file

ANNOTATIONS = Path(__file__).parent / "annotations" / "quotations.json"
# quotations_heldout.json (2026-12-05) and quotations_heldout2.json (2026-12-06), each found
# by reading the seeds before the aligner's figures on them were seen.
HELDOUT_SETS = sorted((Path(__file__).parent / "annotations").glob("quotations_heldout*.json"))


def words(text: str) -> str:
    return " " + " ".join(re.findall(r"[^\W_]+", text.replace("’", "'").lower())) + " "


def link_targets(tei_dir: Path) -> list[list[tuple[str, str]]]:
    """For each quotation or repeat link (a cluster of k passages): (document stem, normalized target text) per target."""
    trees: dict[str, etree._ElementTree] = {}
    result = []
    parallels = parse_file(tei_dir / "parallels.xml")
    for link in parallels.xpath(
        "//tei:link[@type='quotation' or @type='repeat']", namespaces=NSMAP
    ):
        ends = []
        for target in link.get("target").split():
            name, _, ident = target.partition("#")
            tree = trees.setdefault(name, parse_file(tei_dir / name))
            element = tree.xpath("//*[@xml:id=$i]", i=ident)[0]
            ends.append((Path(name).stem, words("".join(_text(element)))))
        result.append(ends)
    return result


def _text(element: etree._Element) -> list[str]:
    """Text without notes, as the aligner compares it."""
    parts = [element.text or ""]
    for child in element:
        if etree.QName(child).localname != "note":
            parts.extend(_text(child))
        parts.append(child.tail or "")
    return parts


def matches(link: list[tuple[str, str]], note: dict) -> bool:
    a = (note["seed_a"], words(note["words_a"]))
    b = (note["seed_b"], words(note["words_b"]))
    for i, first in enumerate(link):
        for j, second in enumerate(link):
            if (
                i != j
                and first[0] == a[0]
                and a[1] in first[1]
                and second[0] == b[0]
                and b[1] in second[1]
            ):
                return True
    return False


def load_annotations(path: Path = ANNOTATIONS) -> list[dict]:
    return json.loads(path.read_text("utf-8"))["quotations"]


def score(tei_dir: Path) -> None:
    notes = load_annotations()
    links = link_targets(tei_dir)
    found = [n for n in notes if any(matches(link, n) for link in links)]
    true = [link for link in links if any(matches(link, n) for n in notes)]
    print(f"recall    {len(found)}/{len(notes)} = {len(found) / len(notes):.1%}")
    for kind in sorted({n["kind"] for n in notes}):
        of_kind = [n for n in notes if n["kind"] == kind]
        hit = sum(n in found for n in of_kind)
        print(f"  {kind:22} {hit}/{len(of_kind)}")
    print(f"precision {len(true)}/{len(links)} = {len(true) / max(len(links), 1):.1%}")
    for n in notes:
        if n not in found:
            print(
                f"  missed: {n['seed_a'][:3]}:{n['line_a']} ~ {n['seed_b'][:3]}:{n['line_b']} ({n['kind']})"
            )
    for link in links:
        if link not in true:
            print(
                "  unmatched link: " + " ~ ".join(f"{stem[:3]}:{text[:50]}" for stem, text in link)
            )
    known = list(notes)
    for path in HELDOUT_SETS:
        heldout = load_annotations(path)
        score_heldout(links, heldout, path.stem)
        known += heldout
    if HELDOUT_SETS:
        either = [link for link in links if any(matches(link, n) for n in known)]
        print(f"precision against all sets {len(either)}/{len(links)} (the rest: read them)")


def score_heldout(links: list, notes: list[dict], name: str = "held-out") -> None:
    """Recall on the held-out quotations, by kind, and the ones missed."""
    found = [n for n in notes if any(matches(link, n) for link in links)]
    print(f"{name} recall {len(found)}/{len(notes)} = {len(found) / len(notes):.1%}")
    for kind in sorted({n["kind"] for n in notes}):
        of_kind = [n for n in notes if n["kind"] == kind]
        print(f"  {kind:22} {sum(n in found for n in of_kind)}/{len(of_kind)}")
    for n in notes:
        if n not in found:
            side = f"{n['seed_a'][:3]}:{n['line_a']} ~ {n['seed_b'][:3]}:{n['line_b']}"
            print(f"  missed: {side} ({n['kind']}; {n.get('note', '')})")


def _no_synonyms() -> None:
    from edition.align import concepts

    concepts.default_synonyms = dict
    concepts.concept.cache_clear()


def _no_stems() -> None:
    from edition.align import text

    text.concept = lambda word: text.normalize(word)  # the words as compared before


def _no_growth() -> None:
    from edition.align import passages

    passages.grow_sides = lambda corpus, bounds: bounds


def _no_new_starts() -> None:
    from edition.align import passages

    passages.CONTAINED, passages.RARE_WORDS = 2.0, 10**9


def _no_marks() -> None:
    from edition.align import match

    match.MARKED_WORDS = 10**9


# What each way of finding links adds: the links found with it that are not found without it.
KINDS = {
    "synonyms": _no_synonyms,
    "stems and synonyms": _no_stems,
    "1:n growth": _no_growth,
    "starts from contained units / rare words": _no_new_starts,
    "short quotations in quotation marks": _no_marks,
}


def _links_without(base: Path, tmp: Path, kind: str) -> list:
    """Align a copy of the 1x corpus in a fresh process with one way of finding links off."""
    import subprocess

    work = tmp / f"without-{len(list(tmp.iterdir()))}"
    shutil.copytree(base, work)
    code = (
        f"import sys; sys.path.insert(0, {str(ROOT)!r}); import bench_align as b; "
        f"b.KINDS[{kind!r}](); from pathlib import Path; "
        f"b.align_corpus(Path({str(work)!r}))"
    )
    env = {**__import__("os").environ, "PYTHONPATH": f"{ROOT}:{Path(__file__).parent}"}
    subprocess.run([sys.executable, "-c", code], check=True, env=env, timeout=900)
    return link_targets(work)


def score_kinds(base: Path, aligned: Path, tmp: Path) -> None:
    """Precision of the links each way of finding links adds (found only with it)."""
    notes = load_annotations()
    links = link_targets(aligned)
    for kind in KINDS:
        without = _links_without(base, tmp, kind)
        added = [link for link in links if link not in without]
        true = [link for link in added if any(matches(link, n) for n in notes)]
        print(f"  links that need {kind}: {len(added)}, of them true {len(true)}")


def synthetic_copies(tei_dir: Path, copies: int, seed: int = 7) -> None:
    """Add documents shaped like the corpus's own (same paragraphs and lengths) whose words
    are drawn at random from the corpus's words, 80% of them: realistic word frequencies,
    and only the chance overlaps a bigger corpus brings."""
    rng = random.Random(seed)
    sources = document_files(tei_dir)
    vocabulary = []
    for source in sources:
        vocabulary.extend(re.findall(r"[^\W_]+", "".join(parse_file(source).getroot().itertext())))
    for n in range(copies):
        for source in sources:
            tree = parse_file(source)
            for p in tree.xpath("//tei:text//tei:p", namespaces=NSMAP):
                tokens = "".join(p.itertext()).split()
                for _ in range(len(tokens) * 4 // 5):
                    tokens[rng.randrange(len(tokens))] = rng.choice(vocabulary)
                for child in list(p):
                    p.remove(child)
                p.text = " ".join(tokens)
                p.attrib.pop(XML_ID, None)
            (tei_dir / f"syn{n}_{source.name}").write_bytes(etree.tostring(tree, encoding="UTF-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 4, 16])
    parser.add_argument(
        "--kinds", action="store_true", help="also the precision of what each way of linking adds"
    )
    args = parser.parse_args()
    sources = sorted(args.seeds.glob("*.txt"))
    if not sources:
        sys.exit(f"no seeds in {args.seeds}")
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "tei"
        convert(sources, base)
        per_mb = None
        for size in args.sizes:
            work = Path(tmp) / f"x{size}"
            shutil.copytree(base, work)
            synthetic_copies(work, size - 1)
            count = len(document_files(work))
            start, cpu = time.perf_counter(), time.process_time()
            align_corpus(work)
            elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
            size_mb = sum(p.stat().st_size for p in document_files(work)) / 1e6
            per_mb = per_mb or cpu / size_mb  # the 1x run is the baseline
            print(
                f"{size:>3}x: {count:3} documents, {size_mb:6.1f} MB, align {elapsed:6.2f} s "
                f"(CPU {cpu:6.2f} s, CPU per MB {cpu / size_mb / per_mb:4.2f}x the 1x run)"
            )
            if size == 1:
                score(work)
                if args.kinds:
                    score_kinds(base, work, Path(tmp))


if __name__ == "__main__":
    main()
