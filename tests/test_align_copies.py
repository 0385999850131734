"""Identical documents are copies of one text: parallels.xml records them once (a `copy`
link to the whole files) and aligns only the first, so k copies cost one line, not k times
every passage (issue 14, the copy-heavy corpus)."""

from __future__ import annotations

import shutil
from pathlib import Path

from site_helpers import fixture_copy

from edition.align import align_corpus
from edition.site import build_site
from edition.xmlio import NSMAP, parse_file


def links(tei: Path) -> list[tuple[str, str]]:
    tree = parse_file(tei / "parallels.xml")
    found = tree.xpath("//tei:link", namespaces=NSMAP)
    return [(link.get("type"), link.get("target")) for link in found]


def test_copies_are_one_group_and_only_the_first_is_aligned(tmp_path: Path) -> None:
    tei = fixture_copy("tei", tmp_path / "tei")
    (tei / "parallels.xml").unlink()
    align_corpus(tei)
    alone = links(tei)
    for n in (2, 3):
        shutil.copy(tei / "beta.xml", tei / f"beta-copy{n}.xml")
    align_corpus(tei)
    found = links(tei)
    assert ("copy", "beta.xml beta-copy2.xml beta-copy3.xml") in found
    others = [target for kind, target in found if kind != "copy"]
    assert others and not any("beta-copy" in target for target in others)
    assert len(found) == len(alone) + 1


def test_the_site_builds_with_copies(tmp_path: Path) -> None:
    tei = fixture_copy("tei", tmp_path / "tei")
    shutil.copy(tei / "beta.xml", tei / "beta-copy.xml")
    build_site(tei, tmp_path / "site")
    parallel = (tmp_path / "site" / "parallel.html").read_text("utf-8")
    assert "beta" in parallel
    assert (tmp_path / "site" / "beta-copy.html").is_file()
