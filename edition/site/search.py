"""Static full-text search: Pagefind indexes the built pages offline, when it is installed."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

from ..progress import Console

BUNDLE = "pagefind"


def pagefind_available() -> bool:
    """True when the `pagefind[bin]` package (which ships the indexer binary) is importable."""
    return (
        importlib.util.find_spec("pagefind_bin") is not None
        or importlib.util.find_spec("pagefind") is not None
    )


def build_search_index(site_dir: Path, console: Console) -> bool:
    """Run Pagefind over SITE_DIR (no network); warn and return False when it cannot run."""
    if not pagefind_available():
        console.warn(
            "warning[search-unavailable]: pagefind is not installed, so the site has no "
            "search; pip install 'pagefind[bin]' and build again"
        )
        return False
    command = [
        sys.executable,
        "-m",
        "pagefind",
        "--site",
        str(site_dir),
        "--output-subdir",
        BUNDLE,
        "--silent",
    ]
    try:
        result = subprocess.run(command, check=False, capture_output=True, text=True, timeout=600)
    except (OSError, subprocess.TimeoutExpired) as exc:
        console.warn(f"warning[search-failed]: pagefind could not run ({exc}); no search index")
        shutil.rmtree(site_dir / BUNDLE, ignore_errors=True)
        return False
    if result.returncode != 0 or not (site_dir / BUNDLE / "pagefind-ui.js").is_file():
        detail = (result.stderr or result.stdout).strip().splitlines()[-1:] or ["no output"]
        console.warn(f"warning[search-failed]: pagefind failed ({detail[0]}); no search index")
        shutil.rmtree(site_dir / BUNDLE, ignore_errors=True)  # no half-written index files
        return False
    return True
