"""Helpers shared by the real-browser tests (Playwright driving Debian's Chromium): where
Chromium is, skipping a test module without it, and serving a built site. The fixtures
`browser` and `open_page` are in browser_fixtures.py (a module uses them with
`pytest_plugins = ["browser_fixtures"]`)."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


def require_browser() -> None:
    """Skip the calling test module unless Playwright and Chromium are installed."""
    pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    if not CHROMIUM.is_file():
        pytest.skip(
            "Chromium is not installed at /usr/bin/chromium (apt-get install chromium)",
            allow_module_level=True,
        )


AXE = Path(__file__).parent.parent / "node_modules" / "axe-core" / "axe.min.js"


def axe_violations(page) -> list[str]:
    """axe-core's serious and critical violations on an open page ('id: first targets')."""
    if not AXE.is_file():
        pytest.skip("axe-core is not installed: npm install --no-save --prefix . axe-core")
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    return page.evaluate(
        "async () => (await axe.run(document)).violations"
        ".filter(v => ['serious', 'critical'].includes(v.impact))"
        ".map(v => v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))"
    )


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # keep the test output clean
        pass


@contextmanager
def serve(site: Path) -> Iterator[str]:
    """Serve `site` over HTTP on a free local port; yields its base URL."""
    handler = functools.partial(QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
