"""Numbers that look like years but are not dates: counts, money, pages, percentages, URLs."""

from __future__ import annotations

import re

from .dates_atoms import Atom

# A year-like number right after these is a page, issue or catalogue number.
BEFORE = re.compile(
    r"(?:\b(?:p|pp|pg|no|nos|vol|vols|col|ch|art|fol|ff|n)\.?|\b(?:page|pages|number|numbers|"
    r"No|ISBN|ISSN|Nr|chapter|verse|line|lines|room|tel)|[#$£€¥№§])\s*$",
    re.IGNORECASE,
)
# ... and before these it counts things (or is an amount, a percentage, a time).
COUNTED = [
    "men",
    "women",
    "people",
    "persons",
    "workers",
    "members",
    "delegates",
    "soldiers",
    "troops",
    "sailors",
    "peasants",
    "prisoners",
    "killed",
    "wounded",
    "casualties",
    "families",
    "households",
    "copies",
    "pages",
    "rubles",
    "roubles",
    "dollars",
    "pounds",
    "francs",
    "marks",
    "kopecks",
    "kopeks",
    "miles",
    "kilometres",
    "kilometers",
    "km",
    "versts",
    "feet",
    "metres",
    "meters",
    "acres",
    "hectares",
    "tons",
    "tonnes",
    "votes",
    "signatures",
    "strikers",
    "students",
    "delegates",
    "comrades",
    "party-members",
    "communists",
    "hours",
    *("kg", "kilograms", "kilogrammes", "grams", "lb", "lbs", "ounces", "oz", "cm", "mm"),
    *("ft", "yards", "inches", "litres", "liters", "gallons", "mi", "m"),  # "the 1500 m"
]
AFTER = re.compile(
    r"^\s*(?:%|per\s*cent|percent|(?:" + "|".join(COUNTED) + r")\b|[-–]\s*strong\b|:\s*[0-9])",
    re.IGNORECASE,
)
# ... and before a street's name it is a house number: "at 1522 Elm Avenue".
STREET = re.compile(
    r"^\s+(?:[A-Z][\w'’.-]*\s+){0,3}(?:Avenue|Ave\.|Street|St\.|Road|Rd\.|Boulevard|Blvd\.?"
    r"|Lane|Place|Square|Drive|Way|Court|Terrace|Rue|Strasse|Straße|Calle|Via)\b"
)
LINK = re.compile(r"://|www\.|\.html?\b|\.php\b|@")


def is_not_a_date(text: str, atom: Atom) -> bool:
    """True when a bare year-like number is a count, an amount, a page or part of a link."""
    if atom.pattern not in {"year", "year_short", "year_cue", "circa"}:
        return False
    if BEFORE.search(text[max(0, atom.start - 12) : atom.start]):
        return True
    if AFTER.match(text[atom.end : atom.end + 24]) or STREET.match(text[atom.end : atom.end + 60]):
        return True
    token_start = text.rfind(" ", 0, atom.start) + 1
    token_end = text.find(" ", atom.end)
    token = text[token_start : token_end if token_end >= 0 else len(text)]
    return bool(LINK.search(token))
