"""The date grammar: regular expressions for single date expressions in English prose.

Each pattern is a named alternative of one regular expression, tried longest first at every
position; `dates_atoms` turns a match into a value. Ranges ("1879–1895", "from January 1937 to
April 1939") are built from two single dates afterwards (`dates_ranges`).
"""

from __future__ import annotations

import re

MONTH_NAMES = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
MONTHS: dict[str, int] = {}  # full names and abbreviations (lower case) -> 1..12
for _number, _name in enumerate(MONTH_NAMES, start=1):
    MONTHS[_name] = _number
    MONTHS[_name[:3]] = _number
MONTHS["sept"] = 9

MONTH = (
    "(?:"
    + "|".join(name.capitalize() for name in MONTH_NAMES)
    + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?![A-Za-z])"
)
DAY = r"(?<![0-9])(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9])"
YEAR = r"(?<![0-9.,/])(?:1[0-9]{3}|20[0-9]{2}|2100)(?![0-9]|[.,][0-9]|/[0-9])"
# A three-digit year where a month or "of" before it says it is one ("1 August 527", "May 540",
# "the spring of 540"), not a count ("May 300 soldiers", "March 150 miles").
# After a three-digit year: no more digits, no percentage, no plural noun ("300 soldiers",
# "168 British editions"), no verb of a plural subject ("240 have survived").
_NOT_A_COUNT = (
    r"[0-9]|[.,:/][0-9]|\s*%|\s+(?:[A-Z][a-z]+\s+)?[a-z]+s\b"
    r"|\s+(?:have|has|were|are)\b"  # "around 240 have survived"
)
YEAR3 = (
    rf"(?<![0-9.,/])[1-9][0-9]{{2}}(?!{_NOT_A_COUNT}"
    r"|\s+(?:men|women|people|children|more|other|dead|died)\b)"
)
DATED_YEAR = rf"(?:{YEAR}|{YEAR3})"
# The year after a day and month, or after a month: "AD 15", "in AD 15", "of AD 40" (any year
# the era word makes one), or one or two digits that close the phrase ("16 September 16,",
# "January 24, 41.": a day is given, so the number after the month is its year).
AD_YEAR = r"(?:(?:in|of)\s+)?(?:AD|A\.\s?D\.)\s*(?P<ya>[1-9][0-9]{0,3})(?![0-9])"
SHORT_YEAR = r"(?P<ys>[1-9][0-9]?)(?=[,;:)]\s|[.;:)]?$|[.;:)]\s+$|\.\s+[A-Z])"  # "41. " ends a node
# Years of any era: "44 BC", "AD 800", "c. 965"; the era words a number may carry.
ERA_WORDS = r"(?:BCE|BC|B\.\s?C\.(?:\s?E\.)?|CE|C\.E\.|AD|A\.\s?D\.)(?![A-Za-z])"
ERA = rf"(?P<era>{ERA_WORDS})"
# A year of up to four digits that an era word follows: "505" in "the winter of 505 BC".
ERA_DATED = rf"[1-9][0-9]{{0,3}}(?=\s*{ERA_WORDS})"
ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
    "twenty-first"
).split()


def _ordinal(suffix: str) -> str:
    """ "6th" or "sixth": groups n<suffix> (digits) and w<suffix> (a word)."""
    words = "|".join(reversed(ORDINALS))
    return rf"(?:(?P<n{suffix}>[0-9]{{1,2}})(?:st|nd|rd|th)|(?P<w{suffix}>{words}))"


ORDINAL = _ordinal("")
# Words after which a three-digit number is a year: "in 965", "by 800", "until 711", "During
# 442,", "a date of 395", "probably around 445", "Around 525,".
YEAR_CUE = (
    r"(?:\b(?:[Ii]n|[Bb]y|[Uu]ntil|[Ss]ince|[Aa]fter|[Bb]efore|[Ff]rom|[Yy]ear|[Dd]uring|[Aa]round"
    r"|date\s+of|(?:probably|possibly|perhaps)|as\s+(?:late|early)\s+as|(?:earlier|later)\s+than)"
    r"\s+)"
)
SEASON = r"(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)"
DASH = r"\s*[-–—‑]\s*"
OLD_STYLE = (
    r"\s*(?:\((?:Julian(?:\s+[Cc]alendar)?|O\.\s?S\.?|Old\s+Style|old\s+style)\)|,?\s+O\.\s?S\.)"
)
NEW_STYLE = (
    r"\s*(?:\((?:Gregorian(?:\s+[Cc]alendar)?|N\.\s?S\.?|New\s+Style|new\s+style)\)|,?\s+N\.\s?S\.)"
)
MARKER = rf"(?:(?P<os>{OLD_STYLE})|(?P<ns>{NEW_STYLE}))?"
CIRCA = r"(?:[Cc]\.|[Cc]a\.|[Cc]irca)"


def _alternative(suffix: str) -> str:
    """A year of any era, or two adjacent ones ("525/524", "497/6"): groups y<suffix>, a<suffix>."""
    return rf"(?P<y{suffix}>[1-9][0-9]{{0,3}})(?:/(?P<a{suffix}>[0-9]{{1,4}}))?"


# Words after which a month name alone ("in March") is a date, not a verb or a name.
MONTH_CUE = r"(?:(?:end|beginning|middle|start)\s+of|[Ii]n|[Bb]y|[Uu]ntil|[Ss]ince|[Ff]rom|[Dd]uring|[Ee]arly|[Ll]ate|[Ll]ast|[Tt]hat|mid-)"

PATTERNS: list[tuple[str, str]] = [
    # 25 October (7 November) 1917; 25 October (7 November 1917)
    (
        "dual_dmy",
        (
            rf"(?P<jd>{DAY})\s+(?P<jm>{MONTH})\s*\(\s*(?P<gd>{DAY})\s+(?P<gm>{MONTH})"
            rf"(?:,?\s+(?P<y1>{YEAR}))?\s*\)(?:,?\s+(?P<y2>{YEAR}))?"
        ),
    ),
    # October 25 (November 7), 1917
    (
        "dual_mdy",
        (
            rf"(?P<jm>{MONTH})\s+(?P<jd>{DAY})\s*\(\s*(?P<gm>{MONTH})\s+(?P<gd>{DAY})\s*\)"
            rf",?\s+(?P<y2>{YEAR})"
        ),
    ),
    # a life span whose dash the text lost: "December 26, 1893September 9, 1976",
    # "26 August 17438 May 1794" (no year has five digits)
    (
        "glued_span",
        rf"(?:(?P<m1>{MONTH})\s+(?P<d1>{DAY}),?\s+|(?P<d1b>{DAY})\s+(?P<m1b>{MONTH})\s+)"
        rf"(?P<y1>1[0-9]{{3}}|20[0-9]{{2}})"
        rf"(?:(?P<m2>{MONTH})\s+(?P<d2>{DAY}),?\s+|(?P<d2b>(?:3[01]|[12][0-9]|[1-9]))\s+(?P<m2b>{MONTH})\s+)"
        rf"(?P<y2>1[0-9]{{3}}|20[0-9]{{2}})(?![0-9])",
    ),
    (
        "iso",
        r"(?<![0-9])(?P<y>1[0-9]{3}|20[0-9]{2})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12][0-9]|3[01])(?![0-9])",
    ),
    # 1–3 March 1898; 13-14 February; (from) 2 to 9 July 1917; 5 and 6 January 1870
    (
        "dd_month",
        (
            rf"(?:the\s+)?(?P<d1>{DAY})(?:{DASH}|\s+(?:to|until|till|and)\s+)(?P<d2>{DAY})"
            rf"\s+(?:of\s+)?(?P<m>{MONTH})"
            rf"(?:,?\s+(?P<y>{DATED_YEAR}))?{MARKER}"
        ),
    ),
    # 15 March 44 BC; the 7th of December, 43 BC
    (
        "day_month",
        rf"(?:the\s+)?(?P<d>{DAY})\s+(?:of\s+)?(?P<m>{MONTH}),?\s+(?P<y>{ERA_DATED})\s*{ERA}",
    ),
    # 7th November, 1879; 7 November 1879; the 3rd of January; 9 January
    (
        "day_month",
        rf"(?:the\s+)?(?P<d>{DAY})\s+(?:of\s+)?(?P<m>{MONTH})"
        rf"(?:,?\s+(?:(?P<y>{DATED_YEAR})|{AD_YEAR}|{SHORT_YEAR}))?{MARKER}",
    ),
    # March 1–3, 1898
    ("month_dd", rf"(?P<m>{MONTH})\s+(?P<d1>{DAY}){DASH}(?P<d2>{DAY}),?\s+(?P<y>{YEAR}){MARKER}"),
    # November 6 to 7, 1789; May 3 and 4
    (
        "month_d_to_d",
        rf"(?P<m>{MONTH})\s+(?P<d1>{DAY})\s+(?:to|until|till|and)\s+(?P<d2>{DAY})"
        rf"(?!\s+(?:of\s+)?{MONTH})(?!\s*[0-9])(?:,?\s+(?P<y>{YEAR}))?{MARKER}",
    ),
    # November 7, 1917; November 7th; January 9
    # September 28, 551 BC
    (
        "month_day",
        rf"(?P<m>{MONTH})\s+(?P<d>{DAY}),?\s+(?P<y>{ERA_DATED})\s*{ERA}",
    ),
    (
        "month_day",
        rf"(?P<m>{MONTH})\s+(?P<d>{DAY})"
        rf"(?:,?\s+(?:(?P<y>{DATED_YEAR})|{AD_YEAR})|,\s+{SHORT_YEAR})?{MARKER}",
    ),
    # December 43 BC; January of 49 BC
    (
        "month_year",
        rf"(?P<m>{MONTH}),?\s+(?:of\s+)?(?P<y>{ERA_DATED})\s*{ERA}",
    ),
    # October 1917; May, 1905; January of AD 40
    (
        "month_year",
        rf"(?P<m>{MONTH}),?\s+(?:(?:of\s+)?(?P<y>{DATED_YEAR})|{AD_YEAR}){MARKER}",
    ),
    # the summer of 1902; spring 1888
    (
        "season",
        rf"(?:the\s+)?(?P<s>{SEASON})\s+(?:of\s+)?(?P<y>{YEAR}|(?<=of\s){YEAR3}|{ERA_DATED})"
        rf"(?:\s*{ERA})?",
    ),
    # "the second or third century": the first of two alternative centuries is a date of its
    # own, the word alone ("second"); the era after the second holds for both
    (
        "century_alternative",
        ORDINAL + r"(?=\s+or\s+(?:the\s+)?" + _ordinal("2") + r"[\s-]+[Cc]entury\b"
        r"(?:\s*(?P<era>BCE|BC|B\.C\.|AD|A\.D\.|CE))?)",
    ),
    # the 12th century; the early fifteenth century; the 3rd century BC
    (
        "century",
        (
            r"(?:the\s+)?(?:(?P<part>early|late|mid-?|middle(?:\s+of\s+the)?|first\s+half\s+of\s+the|"
            r"second\s+half\s+of\s+the)\s*)?" + ORDINAL + r"[\s-]+[Cc]entury\b"
            r"(?:\s*(?P<era>BCE|BC|B\.C\.|AD|A\.D\.|CE))?"
        ),
    ),
    # between the 6th and 17th centuries; the 9th and 10th centuries; the 5th–7th centuries;
    # the 5th–4th century BC; 8th/9th-century (and "5th4th", its dash lost in an export)
    (
        "centuries",
        r"(?:between\s+)?(?:the\s+)?" + _ordinal("1") + r"(?:\s+and\s+|\s*[-–/]\s*|(?=[0-9]))"
        r"(?:the\s+)?" + _ordinal("2") + r"[\s-]+[Cc]entur(?:ies|y)\b"
        r"(?:\s*(?P<era>BCE|BC|B\.C\.|AD|A\.D\.|CE))?",
    ),
    # a life from a year to a day: "735 – 19 May 804 AD", "c. 1340 – 25 October 1400"
    (
        "year_date_span",
        rf"(?<![0-9.,])(?:(?P<c>[Cc]\.|[Cc]a\.|[Cc]irca)\s*)?(?P<y1>[1-9][0-9]{{2,3}}){DASH}"
        rf"(?P<d>{DAY})\s+(?P<m>{MONTH}),?\s+(?P<y>[1-9][0-9]{{2,3}})(?![0-9])(?:\s*{ERA})?",
    ),
    # 551–479 BC; 20-25 AD; AD 96–98 (the era word after the second year, or "AD" before the
    # first, holds for both); with alternative years and "c." on either side: "c. 525/524 –
    # c. 456/455 BC", "c. 497/6 – winter 406/5 BC" (a season before the last year)
    (
        "era_span",
        (
            rf"(?<![0-9.,/])(?:(?P<ad>AD|A\.\s?D\.)\s*)?(?:(?P<c1>{CIRCA})\s*)?{_alternative('1')}"
            rf"{DASH}(?:(?P<c>{CIRCA})\s*|(?:{SEASON}\s+))?{_alternative('')}"
            rf"(?(ad)(?![0-9])|\s*{ERA})"
        ),
    ),
    # alternative years in an era: "525/524 BC", "c. 497/6 BC" (one of two adjacent years)
    (
        "era_slash",
        rf"(?<![0-9.,/])(?:(?P<c>{CIRCA})\s*)?(?=[0-9]+/){_alternative('')}\s*{ERA}",
    ),
    # alternative years with one era word: "52 or 51 BC", "AD 60 or 61" (two dates)
    (
        "era_alternatives",
        (
            rf"(?<![0-9.,/])(?:(?P<ad>AD|A\.\s?D\.)\s*)?(?P<a>[1-9][0-9]{{0,3}})\s+or\s+"
            rf"(?P<b>[1-9][0-9]{{0,3}})(?![0-9])(?:\s*{ERA})?"
        ),
    ),
    # 44 BC; AD 800; 1066 CE
    (
        "era_year",
        rf"(?:(?P<ad>AD|A\.\s?D\.)\s*(?P<y0>[1-9][0-9]{{0,3}})(?![0-9])|"
        rf"(?<![0-9.,])(?P<y>[1-9][0-9]{{0,3}})\s*{ERA})",
    ),
    # c. 965; ca. 1200; circa 1500 BC; c. 406–453
    (
        "circa",
        rf"(?<![A-Za-z])(?:[Cc]\.|[Cc]a\.|[Cc]irca)\s*(?P<y>[1-9][0-9]{{1,3}})"
        rf"(?![0-9]|[.,][0-9]|['’]?s\b)(?:{DASH}(?P<e>[1-9][0-9]{{1,3}})(?![0-9]|[.,][0-9]))?"
        rf"(?:\s*{ERA})?",
    ),
    # in 965, in about 540 (a three-digit year after a cue word; only the number is the date)
    (
        "year_cue",
        rf"{YEAR_CUE}(?:(?:about|around|approximately)\s+)?(?P<y>[1-9][0-9]{{2}})"
        rf"(?!{_NOT_A_COUNT}|\s*{ERA_WORDS}|\s*[–-]\s*[0-9])",  # "from 120–600 ships": a count
    ),
    # the Battle of Asfeld (552), Khosrau I (532), the Pragmatic Sanction of 554: a three-digit
    # number in brackets, or after "of", right after a name is the year of what it names
    (
        "year_named",
        r"\b[A-Z][\w’'-]*(?:\s\((?P<y>[1-9][0-9]{2})(?=\))|\s+of\s+(?P<y2>[1-9][0-9]{2})"
        rf"(?!{_NOT_A_COUNT}|\s*{ERA_WORDS}|\s*[–-]\s*[0-9]))",
    ),
    # the 1920s; the early 1930s
    (
        "decade",
        r"(?:the\s+)?(?:(?P<part>early|late|mid-?)\s*)?(?<![0-9])(?P<y>1[0-9]{2}0|20[0-9]0)['’]?s\b",
    ),
    # the 540s; the late 530s; the 470s BC (a three-digit decade needs "the")
    (
        "decade",
        r"the\s+(?:(?P<part>early|late|mid-?)\s*)?(?<![0-9])(?P<y>[1-9][0-9]0)['’]?s\b"
        rf"(?:\s*{ERA})?",
    ),
    # from 527 to 565; between (the years) 518 and 527; (312–328) (three-digit years that a pair
    # of them makes years)
    (
        "year_span",
        r"\b(?:[Ff]rom\s+(?P<y>[1-9][0-9]{2})\s+(?:to|until|till)|[Bb]etween\s+(?:the\s+years\s+)?"
        rf"(?P<y2>[1-9][0-9]{{2}})\s+and)\s+(?P<e>[1-9][0-9]{{2,3}})(?!{_NOT_A_COUNT})"
        # "(312–328)" after a name: a term of office or a life, not pages ("pp. 312–328")
        r"|(?<!p\.\s\()(?<=\()(?P<y3>[1-9][0-9]{2})\s*[–-]\s*(?P<e3>[1-9][0-9]{2,3})(?=\))"
        # "king from 395–410", "in 395–410": a cue word makes a dashed pair of three-digit
        # numbers years
        rf"|{YEAR_CUE}(?P<y4>[1-9][0-9]{{2}})\s*[–-]\s*(?P<e4>[1-9][0-9]{{2,3}})(?!{_NOT_A_COUNT})",
    ),
    # 1173/4, 1999/00: one year of another calendar across two of ours
    (
        "year_slash",
        r"(?<![0-9.,/])(?P<y>1[0-9]{3}|20[0-9]{2})/(?P<e>[0-9]{1,2})(?![0-9/])",
    ),
    # 1905-06; 1936–8; 1923–27 (not "1901 – 5 January")
    (
        "year_short",
        rf"(?P<y>{YEAR})[-–](?P<e>[0-9]{{1,2}})(?![0-9])(?!(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH})",
    ),
    # in March; in April, May and June; early November
    (
        "month_alone",
        (
            rf"(?<![A-Za-z-]){MONTH_CUE}\s+(?P<ms>{MONTH}(?:(?:,\s*|\s+and\s+|\s+or\s+){MONTH})*)"
            rf"(?!,?\s*[0-9])(?!\s+Day)"
        ),
    ),
    ("year", rf"(?P<y>{YEAR})"),
]


def _compile(patterns: list[tuple[str, str]]) -> list[tuple[str, re.Pattern[str]]]:
    return [(name, re.compile(body)) for name, body in patterns]


COMPILED = _compile(PATTERNS)
MONTH_RE = re.compile(MONTH)


def month_number(name: str) -> int:
    """1..12 for a month name or abbreviation ("Sept.", "November")."""
    return MONTHS[name.rstrip(".").lower()]


def day_number(text: str) -> int:
    """The day of "7th", "22nd", "03"."""
    return int(re.match(r"[0-9]+", text).group())  # type: ignore[union-attr]
