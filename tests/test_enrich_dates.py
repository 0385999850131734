"""Date expressions in strings: one test per expression type, negatives, Old Style values."""

from __future__ import annotations

import pytest

from edition.enrich.dates_attrs import date_attributes
from edition.enrich.dates_find import find_dates
from edition.enrich.dates_values import Point, julian_to_gregorian


def tagged(
    text: str, *, year: int | None = None, old_style: bool = False
) -> list[tuple[str, dict]]:
    """(surface, attributes) of every date found in `text`."""
    found, _ = find_dates(text, year)
    return [(text[f.start : f.end], date_attributes(f.value, old_style)) for f in found]


@pytest.mark.parametrize(
    ("text", "surface", "attrs"),
    [
        (
            "He was born on 7th November, 1879 in a village.",
            "7th November, 1879",
            {"when": "1879-11-07"},
        ),
        ("He was born on 7 November 1879 in a village.", "7 November 1879", {"when": "1879-11-07"}),
        (
            "The rising began on November 7, 1917 at dawn.",
            "November 7, 1917",
            {"when": "1917-11-07"},
        ),
        ("The party met in October 1917 to decide.", "October 1917", {"when": "1917-10"}),
        ("A pamphlet of May, 1905 circulated.", "May, 1905", {"when": "1905-05"}),
        (
            "Starting in November of 1924 the press changed.",
            "November of 1924",
            {"when": "1924-11"},
        ),
        ("Everything changed in 1917 for him.", "1917", {"when": "1917"}),
        ("Debates of the 1920s were bitter.", "the 1920s", {"from": "1920", "to": "1929"}),
        ("Neon spread in the early 1900s.", "the early 1900s", {"from": "1900", "to": "1932"}),
        ("An icon of the 1900s, it faded.", "the 1900s", {"from": "1900", "to": "1999"}),
        ("Phones changed in the 2000s.", "the 2000s", {"from": "2000", "to": "2009"}),
        ("In the mid-1860s the war ended.", "the mid-1860s", {"from": "1860", "to": "1869"}),
        (
            "Delegates met on 1–3 March 1898 in secret.",
            "1–3 March 1898",
            {"from": "1898-03-01", "to": "1898-03-03"},
        ),
        (
            "Delegates met on March 1–3, 1898 in secret.",
            "March 1–3, 1898",
            {"from": "1898-03-01", "to": "1898-03-03"},
        ),
        ("His schooling (1879–1895) was short.", "1879–1895", {"from": "1879", "to": "1895"}),
        ("His father (1847–1922) farmed.", "1847–1922", {"from": "1847", "to": "1922"}),
        (
            "He lived there from January 1937 to April 1939 with friends.",
            "from January 1937 to April 1939",
            {"from": "1937-01", "to": "1939-04"},
        ),
        (
            "Books appeared between 1966 and 1969 in Moscow.",
            "between 1966 and 1969",
            {"from": "1966", "to": "1969"},
        ),
        ("He fled in the summer of 1902 by cart.", "the summer of 1902", {"when": "1902"}),
        # periods joined by words, two decades or centuries by a dash, and one century word
        # after two ordinals ("5th4th": the export lost its dash)
        (
            "From the 17th century to the middle of the 18th century, the town grew.",
            "From the 17th century to the middle of the 18th century",
            {"from": "1600", "to": "1766"},
        ),
        (
            "The songs spread between the 1920s and the 1930s in cities.",
            "between the 1920s and the 1930s",
            {"from": "1920", "to": "1939"},
        ),
        (
            "It was built in the 1920s–1930s by hand.",
            "the 1920s–1930s",
            {"from": "1920", "to": "1939"},
        ),
        (
            "Texts of the 5th–4th century BCE survive.",
            "the 5th–4th century BCE",
            {"from": "-0500", "to": "-0301"},
        ),
        ("Only 8th/9th-century copies survive.", "8th/9th-century", {"from": "0700", "to": "0899"}),
        (
            "Texts of the 5th4th century BCE survive.",
            "the 5th4th century BCE",
            {"from": "-0500", "to": "-0301"},
        ),
        ("In the leaders of 1905-06 few stayed.", "1905-06", {"from": "1905", "to": "1906"}),
        ("Many were shot in 1936–8 by the police.", "1936–8", {"from": "1936", "to": "1938"}),
        (
            "A daughter (1901 – 5 January 1933) died young.",
            "1901 – 5 January 1933",
            {"from": "1901", "to": "1933-01-05"},
        ),
        ("The archive copy is dated 2013-07-26 in the list.", "2013-07-26", {"when": "2013-07-26"}),
        (
            "He was ill from 2 to 9 July 1917 at home.",
            "2 to 9 July 1917",
            {"from": "1917-07-02", "to": "1917-07-09"},
        ),
        (
            "The kingdom grew between 1815 and about 1840 in the east.",
            "between 1815 and about 1840",
            {"from": "1815", "to": "1840"},
        ),
        ("The letter of 1173/4 reached the court.", "1173/4", {"from": "1173", "to": "1174"}),
        (
            "She wrote it in 1163/4–1172 at the abbey.",
            "1163/4–1172",
            {"from": "1163", "to": "1172"},
        ),
    ],
)
def test_expression_types(text: str, surface: str, attrs: dict) -> None:
    assert tagged(text) == [(surface, attrs)]


def test_date_without_year_takes_the_context_year() -> None:
    assert tagged("On 9th January the march began.", year=1905) == [
        ("9th January", {"when": "1905-01-09"})
    ]


def test_date_without_year_and_without_context_is_month_day() -> None:
    assert tagged("On 9th January the march began.") == [("9th January", {"when": "--01-09"})]
    assert tagged("He wrote to her in March and left.") == [("March", {"when": "--03"})]


def test_year_in_the_same_string_becomes_context() -> None:
    found = tagged("In 1905 the strike spread, and on 9 January the march began.")
    assert found == [("1905", {"when": "1905"}), ("9 January", {"when": "1905-01-09"})]


def test_publication_year_in_parentheses_is_not_context() -> None:
    found = tagged("Her memoir (1967) says that on 5th May the city rose.")
    assert found[1] == ("5th May", {"when": "--05-05"})


def test_month_list_shares_the_year_of_its_last_month() -> None:
    assert tagged("The strikes in May and June 1936 spread.") == [
        ("May", {"when": "1936-05"}),
        ("June 1936", {"when": "1936-06"}),
    ]


def test_bare_month_needs_a_cue_word() -> None:
    assert tagged("May Day came and March was a verb; they march.") == []


@pytest.mark.parametrize(
    "text",
    [
        "He was 17 years old and walked for 3 days.",
        "The army had 1500 men and 1917 soldiers in reserve.",
        "He was paid 4700 rubles a month.",
        "Prices rose by 15 per cent and wages by 12%.",
        "See p. 1905 of the catalogue, No. 1917.",
        "More than 1150 communists were killed.",
        "The circulation reached 500,000 copies, then 1,2 million.",
        "The text is at http://example.org/2013/05/page.html today.",
        "The October Revolution and the February revolution differed.",
        "Resolution 1373/12 of the council was passed.",
        "She won the 1500 m and ran from 800 m upwards.",
    ],
)
def test_not_dates(text: str) -> None:
    assert tagged(text) == []


def test_impossible_day_is_not_a_date() -> None:
    assert tagged("It was 31 April 1905 or so.") == [("April 1905", {"when": "1905-04"})]


def test_julian_marker_gives_gregorian_when_and_julian_custom() -> None:
    assert tagged("It began on 3 January 1905 (Julian Calendar), when workers struck.") == [
        (
            "3 January 1905 (Julian Calendar)",
            {"when": "1905-01-16", "when-custom": "1905-01-03", "datingMethod": "#julian"},
        )
    ]


def test_os_abbreviation_marker() -> None:
    found = tagged("The coup came on 25 October 1917 O.S. in the capital.")
    assert found[0][1] == {
        "when": "1917-11-07",
        "when-custom": "1917-10-25",
        "datingMethod": "#julian",
    }


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Power changed hands on 25 October (7 November) 1917 in the city.",
            "25 October (7 November) 1917",
        ),
        (
            "Power changed hands on October 25 (November 7), 1917 in the city.",
            "October 25 (November 7), 1917",
        ),
    ],
)
def test_dual_dates(text: str, surface: str) -> None:
    assert tagged(text) == [
        (surface, {"when": "1917-11-07", "when-custom": "1917-10-25", "datingMethod": "#julian"})
    ]


def test_old_style_default_converts_unmarked_pre_1918_days_only() -> None:
    text = "Born on October 26, 1879; exiled in January 1928; died on 21 August 1940."
    assert tagged(text, old_style=True) == [
        (
            "October 26, 1879",
            {"when": "1879-11-07", "when-custom": "1879-10-26", "datingMethod": "#julian"},
        ),
        ("January 1928", {"when": "1928-01"}),
        ("21 August 1940", {"when": "1940-08-21"}),
    ]


def test_new_style_marker_overrides_the_old_style_default() -> None:
    assert tagged("On 7 November 1917 (N.S.) they rose.", old_style=True) == [
        ("7 November 1917 (N.S.)", {"when": "1917-11-07"})
    ]


@pytest.mark.parametrize(
    ("julian", "gregorian"),
    [
        (Point(1879, 10, 26), Point(1879, 11, 7)),  # +12 days in the 19th century
        (Point(1900, 2, 28), Point(1900, 3, 12)),  # still +12 before 1900-02-29 (Julian)
        (Point(1900, 3, 1), Point(1900, 3, 14)),  # +13 from Julian 1 March 1900
        (Point(1917, 10, 25), Point(1917, 11, 7)),
        (Point(1918, 1, 31), Point(1918, 2, 13)),
    ],
)
def test_julian_to_gregorian(julian: Point, gregorian: Point) -> None:
    assert julian_to_gregorian(julian) == gregorian


def test_marked_julian_month_becomes_gregorian_bounds() -> None:
    assert tagged("The rising of October 1917 (O.S.) was planned.") == [
        (
            "October 1917 (O.S.)",
            {
                "notBefore": "1917-10-14",
                "notAfter": "1917-11-13",
                "when-custom": "1917-10",
                "datingMethod": "#julian",
            },
        )
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Justin made him co-emperor on 1 April 527, it is said.",
            [("1 April 527", {"when": "0527-04-01"})],
        ),
        ("The riots broke out in January 532 in the city.", [("January 532", {"when": "0532-01"})]),
        (
            "They besieged the town from February 537 to March 538 in vain.",
            [("from February 537 to March 538", {"from": "0537-02", "to": "0538-03"})],
        ),
        ("He ruled from 527 to 565 alone.", [("from 527 to 565", {"from": "0527", "to": "0565"})]),
        (
            "It was built between 518 and 527 at last.",
            [("between 518 and 527", {"from": "0518", "to": "0527"})],
        ),
        (
            "Plague struck in the early 540s again.",
            [("the early 540s", {"from": "0540", "to": "0549"})],
        ),
        ("A plot was found as late as 562.", [("562", {"when": "0562"})]),
        (
            "The army marched in the spring of 540 north.",
            [("the spring of 540", {"when": "0540"})],
        ),
        ("The king died in about 540 of fever.", [("540", {"when": "0540"})]),
        (
            "He was murdered on June 28, 572, in the palace.",
            [("June 28, 572", {"when": "0572-06-28"})],
        ),
        ("On March 5, 120 delegates met.", [("March 5", {"when": "--03-05"})]),
        ("During 442, the emperor recalled his troops.", [("442", {"when": "0442"})]),
        ("One scholar proposed a date of 395 for it.", [("395", {"when": "0395"})]),
        ("His brother died (probably around 445) in the east.", [("445", {"when": "0445"})]),
        (
            "The king (fl. c. 406–453) ruled the plain.",
            [("c. 406–453", {"from": "0406", "to": "0453", "cert": "medium"})],
        ),
    ],
)
def test_three_digit_years_where_the_context_makes_them_years(text: str, expected: list) -> None:
    assert tagged(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "On the march 300 men and 150 horses crossed.",
        "The wall was 540 feet long and May 300 soldiers guard it.",
        "He counted 518 and 527 ships in two ports.",
        "Of 450 works, around 240 have survived.",
        "The spring 540 was dry; spring of 540 wells is a count.",
    ],
)
def test_three_digit_numbers_without_a_year_context_stay_numbers(text: str) -> None:
    assert tagged(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The sage (551–479 BC) taught in Lu.",
            [("551–479 BC", {"from": "-0551", "to": "-0479"})],
        ),
        (
            "He was born on September 28, 551BC, in Zou.",
            [("September 28, 551BC", {"when": "-0551-09-28"})],
        ),
        (
            "He left the court in the winter of 505 BC.",
            [("the winter of 505 BC", {"when": "-0505"})],
        ),
        ("The wall rose in 20–25 AD.", [("20–25 AD", {"from": "0020", "to": "0025"})]),
        (
            "He wrote during the reign of the emperor (AD 96–98).",
            [("AD 96–98", {"from": "0096", "to": "0098"})],
        ),
        ("The poet was born in 525/524 BC.", [("525/524 BC", {"from": "-0525", "to": "-0524"})]),
        (
            "The orator was killed on 7 December 43 BC.",
            [("7 December 43 BC", {"when": "-0043-12-07"})],
        ),
        (
            "He crossed the river on the 10th of January, 49 BC.",
            [("the 10th of January, 49 BC", {"when": "-0049-01-10"})],
        ),
        ("The fleet sailed in March 49 BC.", [("March 49 BC", {"when": "-0049-03"})]),
    ],
)
def test_an_era_word_holds_for_the_whole_expression(text: str, expected: list) -> None:
    assert tagged(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The poet (c. 525/524 – c. 456/455 BC) wrote plays.",
        "The poet (c. 525/4 – winter 456/5 BC) wrote plays.",
    ],
)
def test_alternative_years_in_a_span_widen_it_to_the_earliest_start_and_latest_end(
    text: str,
) -> None:
    """One span from the first side's earlier year to the last side's later one, not two
    dates, and approximate where "c." says so."""
    [(surface, attrs)] = tagged(text)
    assert surface.startswith("c. 525/") and surface.endswith("BC")
    assert (attrs.get("from") or attrs.get("notBefore")) == "-0525"
    assert (attrs.get("to") or attrs.get("notAfter")) == "-0455"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "TARVO QUELL (December 26, 1893September 9, 1976) was a printer.",
            [("December 26, 1893September 9, 1976", {"from": "1893-12-26", "to": "1976-09-09"})],
        ),
        (
            "MARA QUELL (26 August 17438 May 1794) was a chemist.",
            [("26 August 17438 May 1794", {"from": "1743-08-26", "to": "1794-05-08"})],
        ),
        (
            "He chaired the board (1949 to 1954) and then the bank.",
            [("1949 to 1954", {"from": "1949", "to": "1954"})],
        ),
        (
            "The name was written so between the 6th and 17th centuries.",
            [("between the 6th and 17th centuries", {"from": "0500", "to": "1699"})],
        ),
        (
            "Traders came in the 9th and 10th centuries.",
            [("the 9th and 10th centuries", {"from": "0800", "to": "0999"})],
        ),
    ],
)
def test_spans_written_without_a_dash_or_across_centuries(text: str, expected: list) -> None:
    """A life span whose dash the text lost (no year has five digits), two years joined by
    "to", and two centuries named together."""
    assert tagged(text) == expected


@pytest.mark.parametrize(
    ("text", "surface", "attrs"),
    [
        ("Bishop Orlo of Vesta (312–328) wrote little.", "312–328", {"from": "0312", "to": "0328"}),
        (
            "He was born between the years 293 and 298.",
            "between the years 293 and 298",
            {"from": "0293", "to": "0298"},
        ),
        ("She was born no earlier than 296.", "296", {"when": "0296"}),
    ],
)
def test_three_digit_years_in_a_bracketed_term_a_span_and_after_earlier_than(
    text: str, surface: str, attrs: dict[str, str]
) -> None:
    found = tagged(text)
    assert (surface, attrs) in found, found


@pytest.mark.parametrize(
    "text", ["See pp. (312–328) of the report.", "A count (120–380) of ships."]
)
def test_bracketed_page_ranges_and_wide_spans_are_no_dates(text: str) -> None:
    assert tagged(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Queen Orla (6 November AD 15 – 23 March AD 59) ruled the coast.",
            [("6 November AD 15 – 23 March AD 59", {"from": "0015-11-06", "to": "0059-03-23"})],
        ),
        (
            "She was born on 6 November in AD 15, at the river mouth.",
            [("6 November in AD 15", {"when": "0015-11-06"})],
        ),
        ("In October of AD 19, the general died.", [("October of AD 19", {"when": "0019-10"})]),
        (
            "A sister was born on 16 September 16, also on the coast.",
            [("16 September 16", {"when": "0016-09-16"})],
        ),
        (
            "They were murdered on January 24, 41. The guard fled.",
            [("January 24, 41", {"when": "0041-01-24"})],
        ),
        (
            "He was king of the river towns from 395–410, son of Rethel.",
            [("395–410", {"from": "0395", "to": "0410"})],
        ),
    ],
)
def test_years_of_antiquity_after_a_day_and_month_and_in_a_span_after_from(
    text: str, expected: list
) -> None:
    """ "AD 15" after a day and month is its year, and a one- or two-digit number that closes
    a day and month ("16 September 16,"); "from" or "in" makes a dashed pair of three-digit
    numbers years."""
    assert tagged(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "On May 5, 12 people died in the flood.",
        "The book appeared in 168 British editions and sold well.",
        "The fleet grew from 120–600 ships in a decade.",
    ],
)
def test_counts_after_a_day_or_a_cue_stay_numbers(text: str) -> None:
    assert [surface for surface, _ in tagged(text) if surface[:1].isdigit()] == []


def test_a_bare_year_in_a_passage_on_years_bc_is_bc() -> None:
    """ "born around 145" after "(c. 145 – c. 86 BC)" is 145 BC; after a year AD, or far
    from the passage's years, a bare year stays AD."""
    found = tagged(
        "The annalist (c. 145 – c. 86 BC) kept the records. He was born around 145, and in"
        " 126 he travelled south."
    )
    assert ("around 145", {"when": "-0145"}) in found or ("145", {"when": "-0145"}) in found
    assert ("126", {"when": "-0126"}) in found
    later = tagged("The emperor died in AD 14. The temple was rebuilt in 540.")
    assert ("540", {"when": "0540"}) in later
    far = tagged("The city fell in 146 BC. It was rebuilt in 640 by the caliph.")
    assert ("640", {"when": "0640"}) in far
