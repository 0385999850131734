"""The key a content word is compared by: a light English stem, then the group of a small
synonym list, so that two translations of one text ("closed the harbour" / "shut the port")
share words although they share few spellings.

The stemmer only strips regular inflections and a few derivational suffixes; it names no word.
The synonyms are data (edition/data/synonyms.txt), a general English list a user may replace.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

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


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light stem of a lower-case word: "houses", "housing", "housed" and "house" all give
    "hous"; "stopped" and "stop" give "stop"; "cities" and "city" give "citi"."""
    base = _strip_suffix(word)
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


@lru_cache(maxsize=200_000)
def concept(word: str) -> str:
    """The comparison key of a lower-case word: its stem, or its synonym group's."""
    base = stem(word)
    return default_synonyms().get(base, base)
