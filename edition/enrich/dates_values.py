"""Date values: partial calendar points, Julian -> Gregorian conversion, TEI attribute values.

A `Point` is a date of year, month or day precision (the year may be missing when the text
gives only a day and month). `DateValue` is what one date expression means: a point (`when`),
a period (`from`/`to`) or bounds (`notBefore`/`notAfter`), plus the calendar the text uses.
"""

from __future__ import annotations

import calendar as _calendar
from dataclasses import dataclass, replace

# The last Julian day in Russia: 31 January 1918 (O.S.) was followed by 14 February 1918 (N.S.).
LAST_JULIAN_DAY = (1918, 1, 31)
JULIAN_REF = "#julian"


@dataclass(frozen=True)
class Point:
    """A calendar date of year, month or day precision; `year` None when the text omits it."""

    year: int | None
    month: int | None = None
    day: int | None = None

    def iso(self) -> str:
        """teidata.temporal.w3c: YYYY, YYYY-MM, YYYY-MM-DD, or --MM-DD / --MM without a year."""
        if self.year is None:
            parts = [f"{self.month:02d}"] + ([f"{self.day:02d}"] if self.day else [])
            return "--" + "-".join(parts)
        # xsd:gYear: 44 BC is "-0044" (no year zero).
        text = f"{self.year:04d}" if self.year >= 0 else f"-{-self.year:04d}"
        if self.month:
            text += f"-{self.month:02d}"
            if self.day:
                text += f"-{self.day:02d}"
        return text

    @property
    def is_day(self) -> bool:
        return self.year is not None and self.month is not None and self.day is not None

    def with_year(self, year: int | None) -> Point:
        return self if self.year is not None or year is None else replace(self, year=year)

    def valid(self) -> bool:
        """False for impossible days such as 31 April."""
        if self.month is not None and not 1 <= self.month <= 12:
            return False
        if self.day is None or self.month is None:
            return True
        year = self.year if self.year is not None else 2000  # leap year: allows --02-29
        return 1 <= self.day <= _calendar.monthrange(year, self.month)[1]


@dataclass(frozen=True)
class DateValue:
    """The meaning of one date expression.

    kind: "when" (a point), "range" (from/to) or "bounds" (notBefore/notAfter).
    calendar: "julian" or "gregorian" when the text says so, else None.
    julian: for dual dates ("25 October (7 November)"), the Julian point the text gives.
    """

    kind: str
    start: Point
    end: Point | None = None
    calendar: str | None = None
    julian: Point | None = None
    approximate: bool = False  # "c. 965": written with cert="medium"

    @property
    def points(self) -> list[Point]:
        return [self.start] + ([self.end] if self.end is not None else [])

    def last_year(self) -> int | None:
        """The year a following date without a year may take from this one."""
        for point in reversed(self.points):
            if point.year is not None:
                return point.year
        return None


def julian_day_number(year: int, month: int, day: int, *, julian: bool) -> int:
    """Chronological Julian Day Number of a Julian or (proleptic) Gregorian calendar date."""
    a = (14 - month) // 12
    y = year + 4800 - a
    m = month + 12 * a - 3
    jdn = day + (153 * m + 2) // 5 + 365 * y + y // 4 - 32083
    if not julian:
        jdn += -y // 100 + y // 400 + 38
    return jdn


def gregorian_from_jdn(jdn: int) -> tuple[int, int, int]:
    """The Gregorian calendar date of a Julian Day Number."""
    a = jdn + 32044
    b = (4 * a + 3) // 146097
    c = a - 146097 * b // 4
    d = (4 * c + 3) // 1461
    e = c - 1461 * d // 4
    m = (5 * e + 2) // 153
    day = e - (153 * m + 2) // 5 + 1
    month = m + 3 - 12 * (m // 10)
    year = 100 * b + d - 4800 + m // 10
    return year, month, day


def julian_to_gregorian(point: Point) -> Point:
    """Convert a day-precision Julian (Old Style) date to the Gregorian calendar."""
    assert point.year is not None and point.month is not None and point.day is not None
    year, month, day = gregorian_from_jdn(
        julian_day_number(point.year, point.month, point.day, julian=True)
    )
    return Point(year, month, day)


def is_old_style_period(point: Point) -> bool:
    """True for day dates that Russia still wrote in the Julian calendar."""
    return point.is_day and (point.year, point.month, point.day) <= LAST_JULIAN_DAY


def month_end(point: Point) -> Point:
    """The last day of a month-precision point (the point itself otherwise)."""
    if point.year is None or point.month is None or point.day is not None:
        return point
    return replace(point, day=_calendar.monthrange(point.year, point.month)[1])
