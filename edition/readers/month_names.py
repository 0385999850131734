"""Month names of the languages web pages are written in, for the dates of bylines and
publication lines ("26 декабря 2006 в 12:10", "3 de mayo de 2019", "30 avril 2015")."""

from __future__ import annotations

import re
from datetime import date

# Each language's twelve months in order; genitive forms where a date uses them ("декабря").
_LANGUAGES = {
    "en": "january february march april may june july august september october november december",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "januar februar märz april mai juni juli august september oktober november dezember",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "ru-nominative": "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь "
    "декабрь",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
    "listopada grudnia",
}
# Abbreviations as pages print them ("Apr", "Sept", "févr", "Dez", "okt").
_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "févr": 2, "mar": 3, "apr": 4, "avr": 4, "jun": 6, "jul": 7, "juil": 7,
    "aug": 8, "sep": 9, "sept": 9, "oct": 10, "okt": 10, "nov": 11, "dec": 12, "dez": 12,
    "déc": 12,
}  # fmt: skip

MONTH_NUMBERS: dict[str, int] = dict(_ABBREVIATIONS)
for _names in _LANGUAGES.values():
    for _number, _name in enumerate(_names.split(), start=1):
        MONTH_NUMBERS.setdefault(_name, _number)

# Longest first, so that "june" wins over "jun" and "sept" over "sep".
MONTHS = "|".join(re.escape(name) for name in sorted(MONTH_NUMBERS, key=len, reverse=True))

_DAY_MONTH_YEAR = re.compile(
    rf"(?i)\b(\d{{1,2}})\.?\s+(?:de\s+)?({MONTHS})\.?,?\s+(?:de\s+)?(\d{{4}})\b"
)
_MONTH_DAY_YEAR = re.compile(rf"(?i)\b({MONTHS})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b")


def iso_day(text: str) -> str:
    """The ISO day of the first "26 декабря 2006", "3 de mayo de 2019" or "May 3, 2019" in
    `text`; "" when there is none or the day does not exist."""
    found = _DAY_MONTH_YEAR.search(text)
    if found:
        day, month, year = found.groups()
    elif found := _MONTH_DAY_YEAR.search(text):
        month, day, year = found.groups()
    else:
        return ""
    try:
        return date(int(year), MONTH_NUMBERS[month.casefold()], int(day)).isoformat()
    except ValueError:
        return ""
