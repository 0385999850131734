"""The check on the user's corpus (the development set benchmarks/annotations/quotations.json):
annotated shared quotations are linked (recall >= 95%) and the links produced are true
parallels (precision >= 95%: a link is true when the development or the held-out set names it),
the issue's targets."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from lxml import etree

from edition.align import align_corpus
from edition.convert import convert

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_align.py"


@pytest.fixture(scope="module")
def aligned_seeds(seeds_dir: Path, tmp_path_factory) -> Path:
    tei_dir = tmp_path_factory.mktemp("seeds-tei")
    convert(sorted(seeds_dir.glob("*.txt")), tei_dir)
    align_corpus(tei_dir)
    return tei_dir


def _bench():
    spec = importlib.util.spec_from_file_location("bench_align", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_recall_and_precision_on_the_seeds(aligned_seeds: Path) -> None:
    bench = _bench()
    notes = bench.load_annotations()
    links = bench.link_targets(aligned_seeds)
    found = [n for n in notes if any(bench.matches(link, n) for link in links)]
    known = notes + [n for path in bench.HELDOUT_SETS for n in bench.load_annotations(path)]
    # a link any set names is true
    true = [link for link in links if any(bench.matches(link, n) for n in known)]
    assert len(found) / len(notes) >= 0.95, f"recall {len(found)}/{len(notes)}"
    assert len(true) / len(links) >= 0.95, f"precision {len(true)}/{len(links)}"


def test_seed_parallels_are_valid_tei(aligned_seeds: Path, tei_all_schema) -> None:
    tree = etree.parse(str(aligned_seeds / "parallels.xml"))
    assert tei_all_schema.validate(tree), tei_all_schema.error_log


def test_aligning_the_seeds_again_changes_nothing(aligned_seeds: Path, tmp_path: Path) -> None:
    import shutil

    again = tmp_path / "again"
    shutil.copytree(aligned_seeds, again)
    align_corpus(again)
    for path in aligned_seeds.glob("*.xml"):
        assert (again / path.name).read_bytes() == path.read_bytes(), path.name


def test_seed_parallels_are_valid_against_our_schema(aligned_seeds: Path) -> None:
    from edition.validate import validate_paths

    diagnostics, count = validate_paths([str(aligned_seeds / "parallels.xml")], "edition")
    assert count == 1 and [d.format() for d in diagnostics] == []


def test_birth_exile_and_death_are_aligned_across_the_seeds(aligned_seeds: Path) -> None:
    """Exile and death in all five documents (the review names them without a year); birth
    in the three that tell it (the article and the review do not); the Wikipedia-style
    article's passages come from its narrative, not from its lead summary."""
    from edition.xmlio import NSMAP, parse_file

    tree = parse_file(aligned_seeds / "parallels.xml")
    events = {}
    for link in tree.xpath("//tei:link[@type='event'][@subtype]", namespaces=NSMAP):
        targets = dict(t.split(".xml#") for t in link.get("target").split())
        events[link.get("subtype")] = (int(link.get("n")), targets)
    stems = sorted(p.stem for p in aligned_seeds.glob("0*.xml"))
    assert events["birth"][0] == 1879 and sorted(events["birth"][1]) == stems[:3]
    assert events["exile"][0] in (1928, 1929) and sorted(events["exile"][1]) == stems
    assert events["death"][0] == 1940 and sorted(events["death"][1]) == stems
    lead = parse_file(aligned_seeds / f"{stems[1]}.xml").xpath(
        "//tei:div[@type='introduction']//@xml:id", namespaces=NSMAP
    )
    assert lead and not {events[k][1][stems[1]] for k in events} & set(lead)
