"""TEI attributes for a date value (att.datable.w3c and att.datable.custom).

@when, @from/@to and @notBefore/@notAfter are always Gregorian. A Julian date keeps its literal
value in the matching *-custom attribute with @datingMethod="#julian" (TEI Guidelines 13.4).
"""

from __future__ import annotations

from .dates_values import (
    JULIAN_REF,
    DateValue,
    Point,
    is_old_style_period,
    julian_to_gregorian,
    month_end,
)

NAMES = {
    "when": ("when",),
    "range": ("from", "to"),
    "bounds": ("notBefore", "notAfter"),
}


def date_attributes(value: DateValue, old_style_default: bool = False) -> dict[str, str]:
    """Attributes of <date> for `value`; `old_style_default` reads unmarked day dates
    before 14 February 1918 as Julian (the document's per-source setting)."""
    if value.julian is not None:
        return _dual(value)
    if value.calendar == "julian":
        return _explicit_julian(value)
    plain = {name: point.iso() for name, point in zip(NAMES[value.kind], value.points)}
    if value.approximate:
        plain["cert"] = "medium"
    if value.calendar == "gregorian" or not old_style_default:
        return plain
    return _default_julian(value, plain)


def _dual(value: DateValue) -> dict[str, str]:
    """ "25 October (7 November) 1917": the text gives both calendars."""
    assert value.julian is not None
    return {
        "when": value.start.iso(),
        "when-custom": value.julian.iso(),
        "datingMethod": JULIAN_REF,
    }


def _explicit_julian(value: DateValue) -> dict[str, str]:
    """Marked Old Style ("O.S.", "(Julian Calendar)"): convert every point."""
    if value.kind == "when" and not value.start.is_day:
        return _julian_month_or_year(value.start)
    attrs: dict[str, str] = {}
    for name, point in zip(NAMES[value.kind], value.points):
        attrs[name] = julian_to_gregorian(point).iso() if point.is_day else point.iso()
        attrs[f"{name}-custom"] = point.iso()
    attrs["datingMethod"] = JULIAN_REF
    return attrs


def _julian_month_or_year(point: Point) -> dict[str, str]:
    """A Julian month or year spans Gregorian days that straddle its edges: give bounds."""
    if point.year is None:
        return {"when-custom": point.iso(), "datingMethod": JULIAN_REF}
    first = Point(point.year, point.month or 1, 1)
    last = month_end(Point(point.year, point.month or 12))
    return {
        "notBefore": julian_to_gregorian(first).iso(),
        "notAfter": julian_to_gregorian(last).iso(),
        "when-custom": point.iso(),
        "datingMethod": JULIAN_REF,
    }


def _default_julian(value: DateValue, plain: dict[str, str]) -> dict[str, str]:
    """The document declares Old Style: convert unmarked Russian-era day dates."""
    attrs = dict(plain)
    converted = False
    for name, point in zip(NAMES[value.kind], value.points):
        if is_old_style_period(point):
            attrs[name] = julian_to_gregorian(point).iso()
            attrs[f"{name}-custom"] = point.iso()
            converted = True
    if converted:
        attrs["datingMethod"] = JULIAN_REF
    return attrs
