"""Whether a date's year is supported by the text near it.

An enricher may give a date without a written year ("on 5 January") the year of an earlier
dated passage. When that passage is far away (another section, pages earlier) the year is a
guess the chronology must not present as fact: a date's year counts only when it is written in
the date itself, in its paragraph, or in the paragraphs just before it in the same section.
"""

from __future__ import annotations

import re

from lxml import etree

from ..xmlio import TEI_NS

DIV_TAGS = [f"{{{TEI_NS}}}div{n}" for n in ("", "1", "2", "3", "4", "5")]
HEAD_TAG = f"{{{TEI_NS}}}head"
CITATION_TAGS = {f"{{{TEI_NS}}}{t}" for t in ("bibl", "biblStruct", "listBibl", "title", "cit")}
YEAR = re.compile(r"^-?(\d{4})")


def in_citation(element: etree._Element) -> bool:
    """True inside a bibliographic citation or the title of a work, or for a bare year in
    parentheses inside a note ("Life of X (1930), p. 4"): a publication date there is not an
    event of the story."""
    if any(a.tag in CITATION_TAGS for a in element.iterancestors()):
        return True
    in_note = any(a.tag == f"{{{TEI_NS}}}note" for a in element.iterancestors())
    if not in_note or len(element.get("when") or "") != 4:
        return False
    previous = element.getprevious()
    before = (previous.tail if previous is not None else element.getparent().text) or ""
    return before.rstrip().endswith("(") and (element.tail or "").startswith(")")


def _text(element: etree._Element) -> str:
    return "".join(element.itertext()) if isinstance(element.tag, str) else ""


def year_is_near(date: etree._Element, value: str, block: etree._Element) -> bool:
    """True when the year of `value` (an ISO date) is written in the date, its block, or a
    heading of a section around it."""
    match = YEAR.match(value)
    if not match:
        return True  # no year claimed, nothing to doubt
    year = match.group(1).lstrip("0") or "0"
    if year in _text(date) or year in _text(block):
        return True
    # A section whose heading states the year ("Chapter 4: 1905") dates what it holds.
    for section in date.iterancestors(*DIV_TAGS):
        heads = section.findall(HEAD_TAG)
        if any(year in _text(head) for head in heads):
            return True
    return False
