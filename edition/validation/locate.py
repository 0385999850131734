"""Where the schemas live: schemas/ beside the package, tei_all.rng, the user cache."""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import EditionError

PACKAGE_DIR = Path(__file__).resolve().parents[1]
# schemas/ beside the package (an editable install or a checkout), or inside it when packaged.
SCHEMA_DIR = next(
    (d for d in (PACKAGE_DIR.parent / "schemas", PACKAGE_DIR / "schemas") if d.is_dir()),
    PACKAGE_DIR.parent / "schemas",
)
TEI_ALL_CANDIDATES = (
    SCHEMA_DIR / "tei_all.rng",
    PACKAGE_DIR.parent.parent / "shared" / "reference" / "tei_all.rng",
)


class UsageError(EditionError):
    """A wrong option value (exit code 2)."""

    exit_code = 2


def find_tei_all() -> Path:
    """tei_all.rng: $EDITION_TEI_ALL, schemas/tei_all.rng, or ../shared/reference/."""
    override = os.environ.get("EDITION_TEI_ALL")
    candidates = (Path(override),) if override else TEI_ALL_CANDIDATES
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise UsageError(
        "tei_all.rng not found; download it from https://www.tei-c.org/release/xml/tei/custom/"
        "schema/relaxng/tei_all.rng and set EDITION_TEI_ALL to its path"
    )


def cache_dir() -> Path:
    """$EDITION_CACHE_DIR, else $XDG_CACHE_HOME/edition, else ~/.cache/edition."""
    if os.environ.get("EDITION_CACHE_DIR"):
        return Path(os.environ["EDITION_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "edition"
