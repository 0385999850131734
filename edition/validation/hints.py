"""Hints that make a diagnostic actionable: what is wrong with a date, which id was meant."""

from __future__ import annotations

import calendar
import difflib
import re

ISO_SHAPE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(T.*)?$")
ISO_FORMS = "YYYY, YYYY-MM or YYYY-MM-DD"


def explain_date(attribute: str, value: str) -> str:
    """Why `value` is not an ISO date, e.g. "`when` must be YYYY-MM-DD; 1917-13-45 has
    month 13"."""
    match = ISO_SHAPE.match(value)
    if not match:
        return f"`{attribute}` must be {ISO_FORMS}; {value!r} does not have that shape"
    year, month, day = match.group(1), match.group(2), match.group(3)
    if month and not 1 <= int(month) <= 12:
        return f"`{attribute}` must be {ISO_FORMS}; {value} has month {int(month)}"
    if day:
        last = calendar.monthrange(int(year), int(month))[1]
        if not 1 <= int(day) <= last:
            return (
                f"`{attribute}` must be {ISO_FORMS}; {value} has day {int(day)}, "
                f"but {calendar.month_name[int(month)]} {year} has {last} days"
            )
    return f"`{attribute}` must be {ISO_FORMS}"


def did_you_mean(wrong: str, candidates: list[str], prefix: str = "#") -> str:
    """`did you mean "#curie"?` when one candidate is close to `wrong`."""
    close = difflib.get_close_matches(wrong, candidates, n=1, cutoff=0.6)
    return f'did you mean "{prefix}{close[0]}"?' if close else ""
