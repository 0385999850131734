"""The key a content word is compared by: a light English stem, then the group of a small
synonym list, so that two translations of one text ("closed the harbour" / "shut the port")
share words although they share few spellings.

The stemmer only strips regular inflections and a few derivational suffixes; it names no word.
The synonyms are data: edition/data/synonyms.txt, a general English list, which a project
replaces in TEI_DIR/edition.toml (`[align] synonyms = "my-synonyms.txt"`, or `false`).
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import InputError
from .normalization import PROJECT_FILE

SYNONYMS_FILE = "data/synonyms.txt"
MIN_STEM = 3  # a suffix is stripped only when this much of the word remains
# (suffix, replacement, shortest stem left), longest first; the first that fits is applied.
SUFFIXES = (
    ("nesses", "", 3),
    ("ments", "", 3),
    ("ness", "", 3),
    ("ment", "", 3),
    ("ings", "", 3),
    ("ies", "i", 3),
    ("ied", "i", 3),
    ("ing", "", 3),
    ("sses", "ss", 3),
    ("es", "", 3),
    ("ed", "", 3),
    ("ly", "", 5),  # "quickly" -> "quick", never "family" -> "fami" or "reply" -> "rep"
    ("s", "", 3),
)
# "glass", "status", "crisis", "famous", "speed" end like an inflection and are none.
KEEP_ENDINGS = ("ss", "us", "is", "ous", "eed")
DOUBLED_KEPT = frozenset("lsz")  # "fall", "pass", "buzz" keep their doubled last letter
VOWELS = frozenset("aeiou")


def _strip_suffix(word: str) -> str:
    if word.endswith(KEEP_ENDINGS):
        return word
    for suffix, replacement, shortest in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= shortest:
            return word[: -len(suffix)] + replacement
    return word


# British spellings and their American forms, which two editions of one text may differ by:
# "centre"/"center", "labour"/"labor", "organise"/"organize", "analyse"/"analyze".
SPELLINGS = (
    (re.compile(r"(?<=[a-z]{2})([tb])re(s?)$"), r"\1er\2"),
    (re.compile(r"(?<=[a-z]{3})our(?=(?:s|ed|ing|er|ers|ite|ites|able|ful)?$)"), "or"),
    (re.compile(r"(?<=[a-z]{3})is(?=(?:e|es|ed|ing|ation|ations)$)"), "iz"),
    (re.compile(r"(?<=[a-z]{3})ys(?=(?:e|es|ed|ing)$)"), "yz"),
)


def american_spelling(word: str) -> str:
    """A lower-case word in its American spelling: "centre" -> "center", "honours" ->
    "honors", "realised" -> "realized" (short words such as "four" and "wise" are kept)."""
    for pattern, replacement in SPELLINGS:
        word = pattern.sub(replacement, word)
    return word


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light stem of a lower-case word: "houses", "housing", "housed" and "house" all give
    "hous"; "stopped" and "stop" give "stop"; "cities" and "city" give "citi"; a British
    spelling meets the American one ("centre" and "center" give "center")."""
    base = _strip_suffix(american_spelling(word))
    doubled = base != word and len(base) > MIN_STEM and base[-1] == base[-2]
    if doubled and base[-1] not in DOUBLED_KEPT and base[-1] not in VOWELS:
        base = base[:-1]  # "stopp" -> "stop"
    if len(base) > MIN_STEM and base.endswith("e") and not base.endswith("ee"):
        base = base[:-1]  # "make" and "making" meet as "mak"
    if len(base) > 2 and base.endswith("y") and base[-2] not in VOWELS:
        base = base[:-1] + "i"  # "city" meets "cities"
    return base


def parse_synonyms(text: str) -> dict[str, str]:
    """stem -> the stem of its group's first word; a word keeps its first group."""
    groups: dict[str, str] = {}
    for line in text.splitlines():
        words = [w.strip().lower() for w in line.split(",")]
        words = [w for w in words if w]
        if not words or words[0].startswith("#"):
            continue
        head = stem(words[0])
        for word in words:
            groups.setdefault(stem(word), head)
    return groups


@lru_cache(maxsize=1)
def default_synonyms() -> dict[str, str]:
    text = resources.files("edition").joinpath(SYNONYMS_FILE).read_text("utf-8")
    return parse_synonyms(text)


_chosen: list[dict[str, str] | None] = [None]  # a project's own list (use_synonyms)


def use_synonyms(groups: dict[str, str] | None) -> None:
    """Compare words by these synonym groups from now on (None: the default list)."""
    if groups != _chosen[0]:
        _chosen[0] = groups
        concept.cache_clear()
        word_key.cache_clear()


def project_synonyms(tei_dir: Path | None) -> dict[str, str] | None:
    """The synonym list TEI_DIR/edition.toml names (`[align] synonyms = "words.txt"`, a path
    relative to TEI_DIR; `false` for none), else None (the default list)."""
    path = Path(tei_dir) / PROJECT_FILE if tei_dir is not None else None
    if path is None or not path.is_file():
        return None
    try:
        setting = tomllib.loads(path.read_text("utf-8")).get("align", {}).get("synonyms", True)
    except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError) as error:
        raise InputError(path, f"cannot be read as TOML ({error}); fix or remove it") from None
    if setting is True:
        return None
    if setting is False:
        return {}
    source = Path(tei_dir) / str(setting)
    try:
        return parse_synonyms(source.read_text("utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(
            path, f"[align] synonyms: cannot read {source} ({error}); name a UTF-8 text file"
        ) from None


@lru_cache(maxsize=200_000)
def concept(word: str) -> str:
    """The comparison key of a lower-case word: its stem, or its synonym group's."""
    base = stem(word)
    groups = default_synonyms() if _chosen[0] is None else _chosen[0]
    return groups.get(base, base)


CONTRACTION = re.compile(r"(?:'ll|'d|'ve|'re|'m|n't)$")


def without_contraction(word: str) -> str:
    """The word a contraction is made on: "i'll" -> "i", "didn't" -> "did", "won't" -> "will"
    (so that "I'll" is not read as the word "ill")."""
    base = CONTRACTION.sub("", word)
    return "will" if base == "wo" else base


@lru_cache(maxsize=200_000)
def word_key(surface: str) -> str:
    """The key of a word as written: lower case, no contraction, possessive or apostrophe,
    then its concept."""
    word = without_contraction(surface.lower().replace("’", "'"))
    return concept(word.removesuffix("'s").replace("'", ""))
