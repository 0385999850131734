"""Single date expressions found in a string: every grammar pattern, longest match first."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .dates_grammar import COMPILED, MONTH_RE, ORDINALS, day_number, month_number
from .dates_values import DateValue, Point

# Every date has a digit, a month name or "century"/"centuries"; most text nodes have neither
# (a quick pre-check).
MAY_HOLD_A_DATE = re.compile(rf"[0-9]|[Cc]entur(?:y|ies)|{MONTH_RE.pattern}")


@dataclass(frozen=True)
class Atom:
    """One date expression: its span in the string, its value, and the pattern that found it."""

    start: int
    end: int
    value: DateValue
    pattern: str


def _year(match: re.Match[str], *groups: str) -> int | None:
    found = match.groupdict()
    for group in groups:
        if found.get(group):
            return int(found[group])
    return None


def _calendar(match: re.Match[str]) -> str | None:
    if match.groupdict().get("os"):
        return "julian"
    if match.groupdict().get("ns"):
        return "gregorian"
    return None


def _when(point: Point, match: re.Match[str]) -> list[DateValue]:
    return [DateValue("when", point, calendar=_calendar(match))]


def _dual(match: re.Match[str]) -> list[DateValue]:
    year = _year(match, "y1", "y2")
    gregorian = Point(year, month_number(match["gm"]), day_number(match["gd"]))
    julian = Point(year, month_number(match["jm"]), day_number(match["jd"]))
    if julian.month == 12 and gregorian.month == 1 and year is not None:
        julian = Point(year - 1, 12, julian.day)  # 20 December (2 January) 1905
    return [DateValue("when", gregorian, calendar="julian", julian=julian)]


def _iso(match: re.Match[str]) -> list[DateValue]:
    return [DateValue("when", Point(int(match["y"]), int(match["m"]), int(match["d"])))]


def _day_range(match: re.Match[str]) -> list[DateValue]:
    """ "1–3 March", "May 3 to 4"; days joined by "and" only when next to each other ("5 and
    6 January": two days of one event; "6 and 19 November" are two dates)."""
    year, month = _year(match, "y"), month_number(match["m"])
    first = Point(year, month, day_number(match["d1"]))
    last = Point(year, month, day_number(match["d2"]))
    joined = match.string[match.end("d1") : match.start("d2")]
    if re.search(r"\band\b", joined) and last.day != (first.day or 0) + 1:
        return []
    return [DateValue("range", first, last, calendar=_calendar(match))]


def _day(match: re.Match[str]) -> list[DateValue]:
    year = _year(match, "y", "ya", "ys")
    if year is not None:
        year = _signed(year, match.groupdict().get("era"))
    return _when(Point(year, month_number(match["m"]), day_number(match["d"])), match)


def _month_year(match: re.Match[str]) -> list[DateValue]:
    year = _signed(int(match["y"] or match["ya"]), match.groupdict().get("era"))
    return _when(Point(year, month_number(match["m"])), match)


def _season(match: re.Match[str]) -> list[DateValue]:
    """ "the summer of 1902" is told by its year: a season's months depend on the hemisphere,
    and a winter runs across two years."""
    return _when(Point(_signed(int(match["y"]), match["era"])), match)


def _decade(match: re.Match[str]) -> list[DateValue]:
    """ "the 1920s" and "the mid-1920s" are a decade; "the 1500s" and "the 1900s" (a round
    hundred) are centuries ("the early 1900s": 1900-1932); "the 2000s" is read as a decade,
    as prose mostly means it while the century runs."""
    year = int(match["y"])
    part = (match["part"] or "").rstrip("-").lower()
    if year % 100 or year >= 2000:
        low, high = (0, 9)  # "the mid-1860s" is read as the decade, as annotators read it
    else:
        low, high = CENTURY_PARTS.get(part, (0, 99))
    if _signed(1, match.groupdict().get("era")) < 0:  # "the 470s BC": 479 to 470 BC
        return [DateValue("range", Point(-(year + high)), Point(-(year + low)))]
    return [DateValue("range", Point(year + low), Point(year + high))]


def _year_short(match: re.Match[str]) -> list[DateValue]:
    first, tail = match["y"], match["e"]
    last = int(first[: len(first) - len(tail)] + tail)
    if last <= int(first):
        return []
    return [DateValue("range", Point(int(first)), Point(last))]


def _year_slash(match: re.Match[str]) -> list[DateValue]:
    """ "1173/4": a year of another calendar that spans two of ours; only the next year."""
    found = _year_short(match)
    return found if found and found[0].end.year == found[0].start.year + 1 else []


def _year_span(match: re.Match[str]) -> list[DateValue]:
    first = int(match["y"] or match["y2"] or match["y3"] or match["y4"])
    last = int(match["e"] or match["e3"] or match["e4"])
    if (match["y3"] or match["y4"]) and last - first > MAX_TERM:
        return []  # "(120–380)": no life or term of office, a count or a page range
    if first > last and match["y2"] and last < 1000:
        return [DateValue("range", Point(-first), Point(-last))]  # "between 604 and 591": BC
    return [DateValue("range", Point(first), Point(last))] if first < last else []


MAX_TERM = 120  # years a bracketed span of three-digit years may cover


def _year_only(match: re.Match[str]) -> list[DateValue]:
    year = int(match["y"])
    return [DateValue("when", Point(year))] if 1000 <= year <= 2100 else []


def _signed(year: int, era: str | None) -> int:
    """Astronomical sign for an era word: 44 BC is -44 (written "-0044")."""
    return -year if era and era.replace(" ", "").upper().startswith("B") else year


def _era_year(match: re.Match[str]) -> list[DateValue]:
    year = int(match["y0"] or match["y"])
    return [DateValue("when", Point(_signed(year, match["era"])))]


def _alternatives(year: str, other: str | None, era: str | None) -> list[int]:
    """The signed years of "525" or "525/524" ("497/6": the other year's tail); [] when the
    two are not adjacent years (a slash between two years is then no alternative)."""
    years = [_signed(int(year), era)]
    if other:
        full = int(year[: max(0, len(year) - len(other))] + other)
        if abs(full - int(year)) != 1:
            return []
        years.append(_signed(full, era))
    return sorted(years)


def _era_span(match: re.Match[str]) -> list[DateValue]:
    """ "551–479 BC": both years in the era; the earlier one first, or no span. Alternative
    years on a side ("c. 525/524 – c. 456/455 BC") widen it: the earliest start, the latest
    end."""
    starts = _alternatives(match["y1"], match["a1"], match["era"])
    ends = _alternatives(match["y"], match["a"], match["era"])
    if not starts or not ends or starts[0] >= ends[-1]:
        return []
    approximate = bool(match["c1"] or match["c"])
    return [DateValue("range", Point(starts[0]), Point(ends[-1]), approximate=approximate)]


def _era_slash(match: re.Match[str]) -> list[DateValue]:
    """ "525/524 BC": one of two adjacent years, from the earlier to the later."""
    years = _alternatives(match["y"], match["a"], match["era"])
    if not years:
        return []
    return [DateValue("range", Point(years[0]), Point(years[-1]), approximate=bool(match["c"]))]


_MONTH_BEFORE = re.compile(rf"(?:{MONTH_RE.pattern})\.?,?\s+(?:[0-9]{{1,2}},?\s+)?$")


def _year_date_span(match: re.Match[str]) -> list[DateValue]:
    """ "735 – 19 May 804 AD": from a year to a day, the later after the earlier, within a
    lifetime (MAX_TERM years); "c." before the first year makes the span approximate."""
    if _MONTH_BEFORE.search(match.string, max(0, match.start() - 16), match.start()):
        return []  # "24 August 1899 – 14 June 1986": two full dates (dates_ranges joins them)
    first = _signed(int(match["y1"]), match["era"])
    last = Point(
        _signed(int(match["y"]), match["era"]), month_number(match["m"]), day_number(match["d"])
    )
    if not 0 < last.year - first <= MAX_TERM:
        return []
    return [DateValue("range", Point(first), last, approximate=bool(match["c"]))]


def _circa(match: re.Match[str]) -> list[DateValue]:
    year = _signed(int(match["y"]), match["era"])
    if match["e"]:  # "c. 406–453": an approximate span, the later year after the earlier
        last = _signed(int(match["e"]), match["era"])
        if last <= year:
            return []
        return [DateValue("range", Point(year), Point(last), approximate=True)]
    return [DateValue("when", Point(year), approximate=True)]


def before_christ(first: int, last: int) -> tuple[int, int]:
    """A stretch of a century AD (400-432: "the early 5th century") as the same stretch of the
    century BC, which counts down (-500 to -468: 500 to 468 BC)."""
    shift = (2 * (first // 100) + 1) * 100
    return first - shift, last - shift


def _ordinal(digits: str | None, word: str | None) -> int:
    """The number of "6th" or "sixth"."""
    return int(digits) if digits else ORDINALS.index(word.lower()) + 1  # type: ignore[union-attr]


def _centuries(match: re.Match[str]) -> list[DateValue]:
    """ "between the 6th and 17th centuries": from the first century's start to the last's
    end."""
    first, last = _ordinal(match["n1"], match["w1"]), _ordinal(match["n2"], match["w2"])
    if match["era"] and match["era"].upper().startswith("B"):
        first, last = sorted((first, last), reverse=True)  # "the fifth and fourth centuries BC"
        if not 21 >= first > last >= 1:
            return []
        return [DateValue("range", Point(-first * 100), Point(-(last - 1) * 100 - 1))]
    if not 1 <= first < last <= 21:
        return []
    return [DateValue("range", Point(max(1, (first - 1) * 100)), Point(last * 100 - 1))]


def _glued_span(match: re.Match[str]) -> list[DateValue]:
    """A life span whose dash was lost: two full dates, the second after the first."""
    first = Point(
        int(match["y1"]),
        month_number(match["m1"] or match["m1b"]),
        day_number(match["d1"] or match["d1b"]),
    )
    last = Point(
        int(match["y2"]),
        month_number(match["m2"] or match["m2b"]),
        day_number(match["d2"] or match["d2b"]),
    )
    if (last.year, last.month, last.day) <= (first.year, first.month, first.day):
        return []
    return [DateValue("range", first, last)]


def _year_cue(match: re.Match[str]) -> list[DateValue]:
    return [DateValue("when", Point(int(match["y"])))]


def _year_named(match: re.Match[str]) -> list[DateValue]:
    return [DateValue("when", Point(int(match["y"] or match["y2"])))]


CENTURY_PARTS = {
    "early": (0, 32),
    "mid": (33, 66),
    "middle": (33, 66),
    "late": (67, 99),
    "first": (0, 49),
    "second": (50, 99),
}


def _century(match: re.Match[str]) -> list[DateValue]:
    """The 12th century is 1100-1199 (as commonly written); BC centuries count down."""
    part = (match["part"] or "").split()[0].rstrip("-") if match["part"] else ""
    return _century_value(_ordinal(match["n"], match["w"]), match["era"], part)


def _century_alternative(match: re.Match[str]) -> list[DateValue]:
    """ "second" in "the second or third century": the whole second century."""
    return _century_value(_ordinal(match["n"], match["w"]), match["era"])


def _century_value(number: int, era: str | None, part: str = "") -> list[DateValue]:
    """Century `number` (or its `part`: "early", "first" half …) in the era, as a range."""
    if not 1 <= number <= 21:
        return []
    first, last = (number - 1) * 100, (number - 1) * 100 + 99
    if part in CENTURY_PARTS:
        first, last = first + CENTURY_PARTS[part][0], first + CENTURY_PARTS[part][1]
    if era and era.upper().startswith("B"):
        first, last = before_christ(first, last)
    if first == 0:
        first = 1  # there is no year 0 in the 1st century AD
    return [DateValue("range", Point(first), Point(last))]


BUILDERS: dict[str, Callable[[re.Match[str]], list[DateValue]]] = {
    "dual_dmy": _dual,
    "dual_mdy": _dual,
    "iso": _iso,
    "dd_month": _day_range,
    "day_month": _day,
    "month_dd": _day_range,
    "month_d_to_d": _day_range,
    "month_day": _day,
    "month_year": _month_year,
    "season": _season,
    "decade": _decade,
    "year_span": _year_span,
    "year_short": _year_short,
    "year_slash": _year_slash,
    "year": _year_only,
    "century": _century,
    "century_alternative": _century_alternative,
    "era_year": _era_year,
    "era_span": _era_span,
    "era_slash": _era_slash,
    "year_date_span": _year_date_span,
    "circa": _circa,
    "centuries": _centuries,
    "glued_span": _glued_span,
    "year_cue": _year_cue,
    "year_named": _year_named,
}


def _atoms_of(name: str, match: re.Match[str]) -> list[Atom]:
    if name == "month_alone":
        # "in April, May and June": one date per month name, without the cue word.
        offset = match.start("ms")
        return [
            Atom(
                offset + m.start(),
                offset + m.end(),
                DateValue("when", Point(None, month_number(m.group()))),
                name,
            )
            for m in MONTH_RE.finditer(match["ms"])
        ]
    if name == "era_alternatives":
        return _era_alternatives(match)
    values = [v for v in BUILDERS[name](match) if all(p.valid() for p in v.points)]
    # the cue word ("in 965", "from 395–410") is no part of the date
    cued = "y" if name == "year_cue" else "y4" if name == "year_span" and match["y4"] else ""
    if name == "year_named":  # "Khosrau I (532)", "the Sanction of 554": the number alone
        cued = "y" if match["y"] else "y2"
    start = match.start(cued) if cued else match.start()
    return [Atom(start, match.end(), value, name) for value in values]


MAX_ALTERNATIVE_GAP = 20  # years between two alternatives ("52 or 51 BC"), not a count


def _era_alternatives(match: re.Match[str]) -> list[Atom]:
    """ "52 or 51 BC", "AD 60 or 61": two dates, each its own surface, the one era word for
    both; none without an era word (then "3 or 4" is a count)."""
    era = match["era"] or match["ad"]
    first, second = int(match["a"]), int(match["b"])
    if not era or abs(first - second) > MAX_ALTERNATIVE_GAP:
        return []
    spans = ((match.start(), match.end("a"), first), (match.start("b"), match.end(), second))
    return [
        Atom(start, end, DateValue("when", Point(_signed(year, match["era"]))), "era_year")
        for start, end, year in spans
    ]


def find_atoms(text: str) -> list[Atom]:
    """Non-overlapping date expressions in `text`, preferring the longest at each place."""
    if not MAY_HOLD_A_DATE.search(text):
        return []
    candidates: list[tuple[int, int, int, str, re.Match[str]]] = []
    for priority, (name, pattern) in enumerate(COMPILED):
        for match in pattern.finditer(text):
            candidates.append((match.end() - match.start(), -priority, match.start(), name, match))
    candidates.sort(key=lambda c: (-c[0], -c[1], c[2]))
    taken: list[tuple[int, int]] = []
    atoms: list[Atom] = []
    for _, _, start, name, match in candidates:
        end = match.end()
        if any(start < t_end and t_start < end for t_start, t_end in taken):
            continue
        found = _atoms_of(name, match)
        if found:
            taken.append((start, end))
            atoms.extend(found)
    return sorted(atoms, key=lambda a: a.start)
