"""Periods made of two single dates: "1879–1895", "from January 1937 to April 1939",
"between 1966 and 1969", "(1901 – 5 January 1933)"."""

from __future__ import annotations

import re
from dataclasses import replace

from .dates_atoms import Atom
from .dates_values import DateValue, Point

# A dash, perhaps after a note's mark left in the text ("29 January 1860[1] – 15 July 1904").
DASH_BETWEEN = re.compile(r"(?:\[\d{1,4}\])*\s*[-–—‑]\s*")
APPROXIMATE = r"(?:(?:about|around|circa|c\.|ca\.)\s+)?"  # "between 1815 and about 1840"
TO_BETWEEN = re.compile(
    rf",?\s+(?:to|until|till|through)\s+{APPROXIMATE}"
)  # "from May 7, 1898, until 1903"
AND_BETWEEN = re.compile(rf"\s+and\s+{APPROXIMATE}")
FROM_BEFORE = re.compile(r"\b[Ff]rom\s+$")
BETWEEN_BEFORE = re.compile(r"\b[Bb]etween\s+(?:the\s+years\s+)?$")  # "Between the years 1233"
LIST_BETWEEN = re.compile(r"\s*(?:,|,?\s+and|,?\s+or|&)\s+")


GAP_CHARS = 20  # how far before the first date "from" or "between (the years)" is looked for


def _key(point: Point) -> tuple[int, int, int]:
    return (point.year or 0, point.month or 0, point.day or 0)


def _range_start(text: str, first: Atom, second: Atom) -> int | None:
    """Where the period's expression starts, or None when the two dates are not a period.
    Periods join by words ("from the 17th century to the 18th") or, two decades or two
    centuries, by a dash ("the 1920s–1930s")."""
    gap = text[max(0, first.start - GAP_CHARS) : first.start]
    between = text[first.end : second.start]
    kinds = ("when" if first.pattern == "year_slash" else first.value.kind, second.value.kind)
    points = kinds == ("when", "when")
    spans = first.pattern == second.pattern and first.pattern in ("decade", "century")
    if (points or spans) and DASH_BETWEEN.fullmatch(between):
        return first.start
    if TO_BETWEEN.fullmatch(between) and (match := FROM_BEFORE.search(gap)):
        return first.start - (len(gap) - match.start())
    if TO_BETWEEN.fullmatch(between) and _years_alone(first, second):
        return first.start  # "(1949 to 1954)": two years joined by "to" are a period
    if AND_BETWEEN.fullmatch(between) and (match := BETWEEN_BEFORE.search(gap)):
        return first.start - (len(gap) - match.start())
    return None


def _years_alone(first: Atom, second: Atom) -> bool:
    """Two years written as four-digit numbers alone ("1949", "1954")."""
    return first.pattern == second.pattern == "year"


def _period(first: DateValue, second: DateValue) -> DateValue | None:
    """One from/to value from the start of the first date to the end of the second (a point,
    or a period's last point); the first may take its year from the second."""
    start, end = first.start, second.points[-1]
    if start.year is None and end.year is not None:
        start = start.with_year(end.year)
        if _key(start) > _key(end):
            start = replace(start, year=end.year - 1)  # "December to March 1918"
    end = end.with_year(start.year)
    if start.year is not None and end.year is not None and _key(start) > _key(end):
        return None
    calendar = first.calendar or second.calendar
    return DateValue("range", start, end, calendar=calendar)


def combine_ranges(text: str, atoms: list[Atom]) -> list[Atom]:
    """Merge neighbouring single dates joined by a dash, "from … to" or "between … and"."""
    result: list[Atom] = []
    index = 0
    while index < len(atoms):
        first = atoms[index]
        second = atoms[index + 1] if index + 1 < len(atoms) else None
        if second is not None and _joinable(first, second):
            start = _range_start(text, first, second)
            period = _period(first.value, second.value) if start is not None else None
            if start is not None and period is not None:
                result.append(Atom(start, second.end, period, "range"))
                index += 2
                continue
        result.append(_borrow_year(text, first, second))
        index += 1
    return result


def _joinable(first: Atom, second: Atom) -> bool:
    """Two single dates or periods; the first may be a year across two ("1163/4–1172": from
    1163)."""
    return all(
        (a.value.kind in ("when", "range") or (a is first and a.pattern == "year_slash"))
        and a.value.julian is None
        for a in (first, second)
    )


def _borrow_year(text: str, first: Atom, second: Atom | None) -> Atom:
    """ "in May and June 1936": a yearless date listed before a dated one shares its year."""
    if second is None or first.value.start.year is not None:
        return first
    year = second.value.start.year
    if year is None or not LIST_BETWEEN.fullmatch(text[first.end : second.start]):
        return first
    points = [p.with_year(year) for p in first.value.points]
    value = replace(first.value, start=points[0], end=points[1] if len(points) > 1 else None)
    return Atom(first.start, first.end, value, first.pattern)
