"""Shared test fixtures: where the seeds and the shared reference material live."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
EXTERNAL_TEI = SHARED / "external-tei"
TEI_ALL = SHARED / "reference" / "tei_all.rng"

SEED_FORMATS = {
    "000": "endnotes-web",
    "001": "wiki-text",
    "002": "pdf-text",
    "003": "web-article",
    "004": "web-article",
}


def seed_path(prefix: str) -> Path:
    """The seed whose file name starts with `prefix` ("000".."004"); skips when absent."""
    matches = sorted(SEEDS.glob(f"{prefix}_*.txt")) if SEEDS.is_dir() else []
    if not matches:
        pytest.skip(
            f"../shared/seeds/{prefix}_*.txt not found: the seed corpus is not beside the repo"
        )
    return matches[0]


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """../shared/seeds, or skip with a reason when it is absent."""
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds not found: the seed corpus is not beside the repository")
    return SEEDS


@pytest.fixture(scope="session")
def seed_site(seeds_dir, tmp_path_factory):
    """The seeds converted and built once per session: (TEI dir, site dir, reading pages)."""
    from edition.convert import convert
    from edition.site import build_site

    work = tmp_path_factory.mktemp("seed-site")
    convert(sorted(seeds_dir.glob("*.txt")), work / "tei")
    pages = build_site(work / "tei", work / "site")
    return work / "tei", work / "site", pages


@pytest.fixture(scope="session")
def external_tei_dir(tmp_path_factory) -> Path:
    """A private copy of ../shared/external-tei (build and align write next to the TEI, and
    the shared folder must stay as it is), or skip with a reason when it is absent."""
    if not EXTERNAL_TEI.is_dir():
        pytest.skip("../shared/external-tei not found: third-party TEI is not beside the repo")
    copy = tmp_path_factory.mktemp("external-tei")
    for source in sorted(EXTERNAL_TEI.glob("*.xml")):
        (copy / source.name).write_bytes(source.read_bytes())
    return copy


@pytest.fixture(scope="session")
def tei_all_schema():
    """The official tei_all RELAX NG compiled once per test session (takes seconds)."""
    if not TEI_ALL.is_file():
        pytest.skip("../shared/reference/tei_all.rng not found")
    from lxml import etree

    return etree.RelaxNG(etree.parse(str(TEI_ALL)))
