"""Find the date expressions of one string and give each its value."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .dates_atoms import before_christ, find_atoms
from .dates_negatives import is_not_a_date
from .dates_ranges import combine_ranges
from .dates_values import DateValue, Point


@dataclass(frozen=True)
class FoundDate:
    """A date expression at text[start:end] with its value (year completed from context)."""

    start: int
    end: int
    value: DateValue
    pattern: str


def with_context_year(value: DateValue, year: int | None) -> DateValue:
    """Give a yearless date ("on 9 January", "in March") the year of its context, if any."""
    if year is None or all(point.year is not None for point in value.points):
        return value
    start = value.start.with_year(year)
    end = value.end.with_year(year) if value.end is not None else None
    julian = value.julian.with_year(year) if value.julian is not None else None
    return replace(value, start=start, end=end, julian=julian)


def sets_context(text: str, start: int, end: int, pattern: str) -> bool:
    """Whether later yearless dates may take this date's year: not a decade, and not a
    year in parentheses, which is usually a publication year ("My Life (1930)")."""
    if pattern == "decade":
        return False
    return not (pattern == "year" and text[start - 1 : start] == "(" and text[end : end + 1] == ")")


# Bare years that take the era of their context ("around 145" after "c. 145 – c. 86 BC"),
# within this many years of the context's year.
ERA_REACH = 150
_BARE_YEAR_PATTERNS = frozenset({"year_cue", "year_named", "circa"})
_CENTURY_PATTERNS = frozenset({"century", "century_alternative"})
_ERA_WORD = re.compile(r"\b(?:BCE?|AD|CE)\b|\b[AB]\.\s?[CD]\.")


def in_context_era(
    value: DateValue, pattern: str, surface: str, context_year: int | None
) -> DateValue:
    """A year written without an era word in a passage on years BC is BC: "born around 145"
    after "c. 145 – c. 86 BC" is 145 BC. Only a single year below 1000 found by a cue word, a
    name before it or "c.", and close to the context's year; or a century whose stretch BC
    comes that close ("the fifth century" after "c. 570 BC")."""
    if pattern in _CENTURY_PATTERNS:
        return _century_in_context(value, surface, context_year)
    if (
        context_year is None
        or context_year >= 0
        or pattern not in _BARE_YEAR_PATTERNS
        or value.kind != "when"
        or value.start.year is None
        or not 0 < value.start.year < 1000
        or abs(value.start.year + context_year) > ERA_REACH
        or _ERA_WORD.search(surface)
    ):
        return value
    return replace(value, start=replace(value.start, year=-value.start.year))


def _century_in_context(value: DateValue, surface: str, context_year: int | None) -> DateValue:
    """A century AD with no era word, read BC when its stretch BC is near a context BC."""
    end = value.end
    if context_year is None or context_year >= 0 or end is None or _ERA_WORD.search(surface):
        return value
    if value.start.year is None or end.year is None or value.start.year < 1:
        return value
    first, last = before_christ(value.start.year, end.year)
    if not first - ERA_REACH <= context_year <= last + ERA_REACH:
        return value
    return replace(value, start=Point(first), end=Point(last))


def find_dates(text: str, context_year: int | None = None) -> tuple[list[FoundDate], int | None]:
    """Dates in `text` in order, and the context year after them.

    `context_year` is the year that yearless dates take (None: they stay --MM-DD); each
    date with a year becomes the context for the dates after it.
    """
    atoms = [atom for atom in find_atoms(text) if not is_not_a_date(text, atom)]
    found: list[FoundDate] = []
    for atom in combine_ranges(text, atoms):
        value = with_context_year(atom.value, context_year)
        value = in_context_era(value, atom.pattern, text[atom.start : atom.end], context_year)
        if sets_context(text, atom.start, atom.end, atom.pattern):
            context_year = value.last_year() or context_year
        found.append(FoundDate(atom.start, atom.end, value, atom.pattern))
    return found, context_year
