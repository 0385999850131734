"""The persons pass on two real seeds: refs resolve, runs repeat exactly, hand edits survive."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import seed_path

from edition.convert import convert
from edition.enrich import enrich_files
from edition.xmlio import NSMAP, parse_file


@pytest.fixture(scope="module")
def converted(tmp_path_factory) -> Path:
    sources = [seed_path("003"), seed_path("004")]
    outdir = tmp_path_factory.mktemp("seeds") / "tei"
    convert(sources, outdir)
    return outdir


def test_every_ref_names_one_entry_of_persons_xml(converted: Path) -> None:
    persons = parse_file(converted / "persons.xml")
    ids = persons.xpath("//tei:person/@xml:id", namespaces=NSMAP)
    assert len(ids) == len(set(ids))
    for path in sorted(converted.glob("0*.xml")):
        names = parse_file(path).xpath("//tei:text//tei:persName", namespaces=NSMAP)
        assert len(names) > 50, path.name
        for name in names:
            ref = name.get("ref")
            if ref is None:
                assert name.get("cert") == "low"
            else:
                assert ref.startswith("persons.xml#") and ref[12:] in ids, ref


def test_convert_twice_gives_the_same_files(converted: Path, tmp_path: Path) -> None:
    again = tmp_path / "tei"
    convert([seed_path("003"), seed_path("004")], again)
    for path in sorted(converted.glob("*.xml")):
        assert (again / path.name).read_bytes() == path.read_bytes(), path.name


def test_enrich_after_convert_changes_nothing_but_keeps_hand_edits(
    converted: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "copy"
    folder.mkdir()
    for path in converted.glob("*.xml"):
        (folder / path.name).write_bytes(path.read_bytes())
    target = next(folder.glob("004_*.xml"))
    text = target.read_text("utf-8")
    first = text.index('ref="persons.xml#trotsky"')
    target.write_text(text[:first] + 'ref="persons.xml#lev-sedov"' + text[first + 25 :], "utf-8")
    edited = target.read_bytes()
    results = enrich_files([folder])
    assert not any(result.changed for result in results)
    assert target.read_bytes() == edited
    assert (folder / "persons.xml").read_bytes() == (converted / "persons.xml").read_bytes()


def test_no_persname_in_the_header(converted: Path) -> None:
    for path in converted.glob("0*.xml"):
        assert parse_file(path).xpath("//tei:teiHeader//tei:persName", namespaces=NSMAP) == []
