"""The rules by which the collation compares words, configurable and recorded.

`TEI_DIR/edition.toml` may set them (every key optional; the defaults are shown):

    [collation]
    case = true          # ignore the difference of upper and lower case
    accents = true       # ignore accents ("é" is "e")
    punctuation = true   # ignore punctuation and hyphens inside words
    [collation.spellings]  # spelling variants compared as one form: variant = form
    colour = "color"

`parallels.xml` records the rules in `encodingDesc/editorialDecl/normalization`, so the
apparatus says what it treats as the same reading.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from ..accents import without_accents
from ..errors import InputError

PROJECT_FILE = "edition.toml"


@dataclass(frozen=True)
class Rules:
    case: bool = True
    accents: bool = True
    punctuation: bool = True
    spellings: tuple[tuple[str, str], ...] = ()

    def key(self, word: str) -> str:
        """The form a word is compared in."""
        form = word.replace("’", "'")
        if self.case:
            form = form.lower()
        if self.accents:
            form = without_accents(form)
        if self.punctuation:
            form = re.sub(r"[\W_]+", "", form)
        return dict(self.spellings).get(form, form)

    def describe(self) -> str:
        """The rules in words, for the TEI header."""
        ignored = [
            what
            for what, on in (
                ("case", self.case),
                ("accents", self.accents),
                ("punctuation", self.punctuation),
            )
            if on
        ]
        text = "The collation compares words " + (
            "ignoring "
            + " and ".join([", ".join(ignored[:-1]), ignored[-1]] if len(ignored) > 1 else ignored)
            if ignored
            else "exactly as written"
        )
        if self.spellings:
            pairs = "; ".join(f"{variant} as {form}" for variant, form in self.spellings)
            text += f", and reads these spellings as one: {pairs}"
        return text + ". Every witness is shown as written."


DEFAULT = Rules()


def load_rules(tei_dir: Path | None) -> Rules:
    """The [collation] table of TEI_DIR/edition.toml; the defaults when there is none."""
    path = Path(tei_dir) / PROJECT_FILE if tei_dir is not None else None
    if path is None or not path.is_file():
        return DEFAULT
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError) as error:
        raise InputError(path, f"cannot be read as TOML ({error}); fix or remove it") from None
    table = data.get("collation", {})
    flags = {name: table.get(name, True) for name in ("case", "accents", "punctuation")}
    spellings = table.get("spellings", {})
    if not all(isinstance(v, bool) for v in flags.values()) or not isinstance(spellings, dict):
        raise InputError(
            path,
            "[collation] case/accents/punctuation must be true or false and "
            "[collation.spellings] a table of variant = form; see the README",
        )
    rules = Rules(**flags)
    return Rules(
        **flags,
        spellings=tuple(
            sorted((rules.key(str(k)), rules.key(str(v))) for k, v in spellings.items())
        ),
    )
