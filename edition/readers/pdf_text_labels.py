"""What labels and titles look like in PDF-extracted text: chapter and part labels ("Chapter 3",
"PART TWO", "BOOK IV") and their numbers, section numbers, and the shape of a title line;
shared by the page scanner, the heading classifier and the title page."""

from __future__ import annotations

import re

from .pdf_text_layout import roman_value

NUMBER = re.compile(r"^(\d{1,4}|[ivxlc]{1,7}|[IVXLC]{1,7})$")
WORDS = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
LABEL = re.compile(
    r"^(chapter|part|book|section|appendix|lecture|letter|canto)\s+"
    r"([0-9]{1,3}|[ivxlcdm]{1,7}|[a-z]+(?:[- ][a-z]+)?)\.?$",
    re.IGNORECASE,
)
# A section number alone on its line, its title on the next ("4.1.1" / "Impact of State").
SECTION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,3}\.?$")
# A part's number in capital Roman numerals with its stop, alone on its line ("II."), its title
# on the next line (a law review's "II." / "TURNING THE CONSTITUTION INSIDE OUT").
ROMAN_SECTION = re.compile(r"^[IVXL]{1,6}\.$")
TITLE_END = re.compile(r"[.,;:!?]$")
TITLE_WORD = re.compile(r"[^\W\d_]{3,}")  # a title holds a word of three letters or more
MATH = re.compile(r"[∧∨⇒⇔∀∃∈∑∫≤≥≠±×÷√∞→←↔]")

CODE_CHARS = re.compile(r"[=<>{}\[\]_/\\|@#$%^&*]|\.\s*\.\s*\.")
HEAD_MAX = 70
TITLE_MAX = 60  # a chapter title under its label


def number_value(word: str) -> int | None:
    """3, "iii", "three", "Twenty-One" as an integer; None when it is not a number."""
    word = word.lower()
    if word.isdigit():
        return int(word)
    if re.fullmatch(r"[ivxlc]+", word):
        return roman_value(word)
    parts = re.split(r"[- ]", word)
    if len(parts) == 1 and parts[0] in WORDS:
        return WORDS.index(parts[0]) + 1
    if len(parts) in (1, 2) and parts[0] in TENS:
        rest = WORDS.index(parts[1]) + 1 if len(parts) == 2 and parts[1] in WORDS[:9] else 0
        return TENS[parts[0]] + rest if len(parts) == 1 or rest else None
    return None


def label_number(line: str) -> int | None:
    """The number of a "Chapter 3" / "PART TWO" label line, else None."""
    match = LABEL.match(line.strip())
    return number_value(match.group(2)) if match else None


PART_LABELS = ("part", "book")  # divisions that hold chapters; their numbers run apart


def part_label(line: str) -> str:
    """A part's label as "part II" (its name in lower case, its number as printed: "PART II",
    "Book One"), or "" for a chapter's or any other label."""
    match = LABEL.match(line.strip())
    if match is None or match.group(1).lower() not in PART_LABELS:
        return ""
    return f"{match.group(1).lower()} {match.group(2)}"


# A running head that names a chapter with its label ("Chapter 2 Frequency-Domain Methods").
CHAPTER_HEAD = re.compile(
    r"^(?:chapter|part|book|appendix|lecture)\s+(?:[0-9]{1,3}|[ivxlcdm]{1,7})\b\s*[-–—:.]?\s*"
    r"(?P<title>\S.*)$",
    re.IGNORECASE,
)


# A title line that cannot end the title: it ends with a colon, a dash or a small word
# ("CRIMINALIZATION: AN" / "EXCEPTIONALLY AMERICAN" / "RESPONSE TO HOMELESSNESS").
OPEN_END = re.compile(r"(?i)(?:[:;,—–]|\s(?:a|an|the|of|and|or|in|on|to|for|with|from|at|as))$")
