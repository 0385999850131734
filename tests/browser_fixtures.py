"""Fixtures of the real-browser tests: one headless Chromium per test module, and pages that
fail the test on any console or page error. Used as `pytest_plugins = ["browser_fixtures"]`
(a plugin, so pytest rewrites its asserts) after `browser_helpers.require_browser()`."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from browser_helpers import CHROMIUM, LAUNCH_ARGS


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """A headless Chromium browser driven by Playwright."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def open_page(browser: Any) -> Iterator[Callable[..., Any]]:
    """A function that opens a page at a viewport size (1300 x 900 unless given); after the
    test the pages close and any console or page error fails it."""
    errors: list[str] = []
    pages = []

    def opener(url: str, width: int = 1300, height: int = 900):
        page = browser.new_page(viewport={"width": width, "height": height})
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(url)
        pages.append(page)
        return page

    yield opener
    for page in pages:
        page.close()
    assert errors == [], f"console errors: {errors}"
