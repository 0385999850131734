"""axe-core (from npm, in the repository's gitignored node_modules) on every page type of the
built site: no serious or critical violation."""

from __future__ import annotations

import pytest
from browser_helpers import AXE, axe_violations, require_browser, serve
from site_helpers import fixture_copy

from edition.site import build_site

pytestmark = pytest.mark.browser
pytest_plugins = ["browser_fixtures"]
require_browser()

PAGES = [
    "index.html",
    "alpha.html",
    "harbour.html",
    "persons/index.html",
    "persons/orlov.html",
    "chronology.html",
    "parallel.html",
    "search.html",
    "about.html",
]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    if not AXE.is_file():
        pytest.skip("axe-core is not installed: npm install --no-save --prefix . axe-core")
    work = tmp_path_factory.mktemp("a11y")
    tei = fixture_copy("tei", work / "tei")
    so = fixture_copy("standoff", work / "so")
    (tei / "harbour.xml").write_bytes((so / "harbour.xml").read_bytes())
    build_site(tei, work / "site")
    with serve(work / "site") as url:
        yield url


@pytest.mark.parametrize("name", PAGES)
@pytest.mark.parametrize("width", [1300, 390])
def test_no_serious_or_critical_axe_violation(base_url, open_page, name, width):
    page = open_page(base_url + name, width=width, height=900)
    assert axe_violations(page) == []
