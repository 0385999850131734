"""Word-level collation of two passages in TEI parallel segmentation (app/lem/rdg).

Our own diff (difflib on normalized words), not collatex: linear enough for passages and
licence-compatible. Words are compared normalized (case, punctuation, hyphenation), shown as
the first witness writes them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from lxml import etree

from ..xmlio import XML_ID, tei

WORDS = re.compile(r"\S+")


@dataclass(frozen=True)
class Reading:
    """One witness of a collation: witness id, the target it reads, and its text."""

    wit: str
    target: str
    text: str


def _words(text: str) -> list[str]:
    return WORDS.findall(text)


def _key(word: str) -> str:
    return re.sub(r"[\W_]+", "", word.replace("’", "'").lower())


def _append_text(ab: etree._Element, text: str) -> None:
    if not text:
        return
    if len(ab):
        ab[-1].tail = (ab[-1].tail or "") + text
    else:
        ab.text = (ab.text or "") + text


def _reading(tag: str, reading: Reading, words: list[str]) -> etree._Element:
    element = etree.Element(tei(tag), {"wit": f"#{reading.wit}", "corresp": reading.target})
    element.text = " ".join(words) or None
    return element


def collation(ab_id: str, link_id: str, lem: Reading, rdg: Reading) -> etree._Element:
    """<ab xml:id corresp="#link">shared words <app><lem/><rdg/></app> …</ab>."""
    ab = etree.Element(tei("ab"), {XML_ID: ab_id, "corresp": f"#{link_id}"})
    a, b = _words(lem.text), _words(rdg.text)
    matcher = SequenceMatcher(None, [_key(w) for w in a], [_key(w) for w in b], autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            _append_text(ab, (" " if len(ab) or ab.text else "") + " ".join(a[a1:a2]))
            continue
        _append_text(ab, " " if len(ab) or ab.text else "")
        app = etree.SubElement(ab, tei("app"))
        app.append(_reading("lem", lem, a[a1:a2]))
        app.append(_reading("rdg", rdg, b[b1:b2]))
    return ab
