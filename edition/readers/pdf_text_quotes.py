"""Where a block quotation starts in PDF-extracted text.

The book sets a quotation off by space, which the extraction keeps only as a blank line after
it; its start has to be read from the prose that introduces it. The passage closed by the blank
line is searched backwards for the end of that prose, in order of strength: a line left clearly
short after a full one, an introducing colon before a capital, then a sentence end. Endings that
belong to quoted matter (an elision ". . .", a bare question or exclamation, a parenthesised
stage direction "(Laughter.)") never end the introduction.
"""

from __future__ import annotations

import re

from .pdf_text_layout import Line

SENTENCE_END = re.compile(r"[.?!:][”’\")\]\ue000\ue001\d]*$")
SHORT_LINE = 52  # typical lines run 54-66 characters; a shorter one closing a sentence ends it
LINE_WIDTH = 68  # the longest printed line; longer ones are glued
TYPICAL_LINE = 60
LEAD_IN = 60  # a sentence closing a little short of the measure may still introduce a quotation
ELISION = re.compile(r"(?:\. \. \.|…)[”’\"]?$")
BARE_QUESTION = re.compile(r"[?!]$")
STAGE_DIRECTION = re.compile(r"\([^()]*[.?!]\)$")
QUOTED_LEAD_IN = re.compile(r"[,;]”$")  # '“Watched day and night,”' then the quotation
OPENS_SENTENCE = re.compile(r"^[“‘\"(]?[A-Z]")


def quotation_start(lines: list[Line]) -> int:
    """Index of the first quoted line in a passage closed by a blank line; 0 when the whole
    passage is the quotation."""
    for index in range(len(lines) - 1, 1, -1):
        if breaks_off(lines[index - 2], lines[index - 1]):
            return index
    for index in range(len(lines) - 1, 0, -1):
        if lines[index - 1].text.endswith(":") and OPENS_SENTENCE.match(lines[index].text):
            return index
    for index in range(len(lines) - 1, 0, -1):
        if introduces(lines[index - 1].text, lines[index].text):
            return index
    return 0


def introduces(text: str, following: str) -> bool:
    """Whether a line can close the prose before a quotation that starts on the next line."""
    if ELISION.search(text) or BARE_QUESTION.search(text) or STAGE_DIRECTION.search(text):
        return False  # "... worries us . . ." / "... power?" / "(Titanic mirth.)": quoted matter
    if text.endswith(":"):
        return not following[:1].islower()  # "one answer:" / "nobody, ..." runs on
    if QUOTED_LEAD_IN.search(text) and OPENS_SENTENCE.match(following):
        return True  # an inline quotation closes and the set-off one begins
    return bool(SENTENCE_END.search(text)) and last_line_length(text) < LEAD_IN


def breaks_off(before: Line, line: Line) -> bool:
    """A line stopping well short of the measure after a full one, not cut by a footnote or
    a hyphen, and printed as it stands (the short tail of a glued line says nothing): the
    prose broke off there ("As he described it,")."""
    return (
        line.kind != "spliced"
        and not line.text.endswith("-")
        and len(line.text) < SHORT_LINE
        and last_line_length(before.text) >= SHORT_LINE
    )


def is_glued(text: str) -> bool:
    """The extraction glued printed lines into this one (it runs past the longest measure)."""
    return len(text) > LINE_WIDTH


def last_line_length(text: str) -> int:
    """Length of the last printed line: the extraction glues a line broken by a hyphen to the
    next one (dropping the hyphen), so an overlong line ends with a line of its own."""
    extra = len(text) - LINE_WIDTH
    return len(text) if extra <= 0 else len(text) - TYPICAL_LINE * -(-extra // TYPICAL_LINE)
