"""The held-out check on the user's corpus: annotated shared quotations are linked (recall
>= 80%) and the links produced are true parallels (precision >= 90%)."""

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
    true = [link for link in links if any(bench.matches(link, n) for n in notes)]
    assert len(found) / len(notes) >= 0.8, f"recall {len(found)}/{len(notes)}"
    assert len(true) / len(links) >= 0.9, f"precision {len(true)}/{len(links)}"


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
    from edition.xmlio import NSMAP, parse_file

    tree = parse_file(aligned_seeds / "parallels.xml")
    events = {
        link.get("subtype"): (int(link.get("n")), len(link.get("target").split()))
        for link in tree.xpath("//tei:link[@type='event'][@subtype]", namespaces=NSMAP)
    }
    assert events["birth"][0] == 1879 and events["birth"][1] >= 3
    assert events["exile"][0] in (1928, 1929) and events["exile"][1] >= 4
    assert events["death"][0] == 1940 and events["death"][1] >= 4
