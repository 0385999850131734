"""Word-level collation of the passages of one link in TEI parallel segmentation
(app/lem/rdg).

Words are compared normalized (case, accents, punctuation, hyphenation) and aligned by an
optimal longest common subsequence (dynamic programming over the normalized words, so a
repeated word cannot pull the alignment astray as a greedy matcher does); they are shown as
each witness writes them. Witnesses with the same normalized text share one reading (@wit
lists them all), so k copies of a passage cost one reading, not k.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from lxml import etree

from ..xmlio import XML_ID, tei

WORDS = re.compile(r"\S+")
MAX_CELLS = 4_000_000  # longer pairs fall back to one variant for the whole passage


@dataclass(frozen=True)
class Reading:
    """Witnesses that give one text: witness ids, the targets they read, and the text."""

    wits: tuple[str, ...]
    targets: tuple[str, ...]
    text: str


def normalize(word: str) -> str:
    """The form words are compared in: lower case, accents folded, punctuation dropped."""
    folded = unicodedata.normalize("NFKD", word.replace("’", "'").lower())
    return re.sub(r"[\W_]+", "", "".join(c for c in folded if not unicodedata.combining(c)))


def _words(text: str) -> list[str]:
    return WORDS.findall(text)


def text_key(text: str) -> str:
    return " ".join(k for k in map(normalize, _words(text)) if k)


def group_readings(readings: list[tuple[str, str, str]]) -> list[Reading]:
    """(witness, target, text) triples -> one Reading per distinct normalized text, in the
    order the texts first occur."""
    groups: dict[str, list[tuple[str, str, str]]] = {}
    for triple in readings:
        groups.setdefault(text_key(triple[2]), []).append(triple)
    return [
        Reading(
            tuple(dict.fromkeys(w for w, _, _ in members)),
            tuple(t for _, t, _ in members),
            members[0][2],
        )
        for members in groups.values()
    ]


def lcs_pairs(a: list[str], b: list[str]) -> list[tuple[int, int]]:
    """Index pairs of an optimal longest common subsequence of a and b (ties resolved the
    same way every time: the second text's extra words are passed over first)."""
    if not a or not b or len(a) * len(b) > MAX_CELLS:
        return []
    n, m = len(a), len(b)
    table = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        row, below = table[i], table[i + 1]
        for j in range(m - 1, -1, -1):
            row[j] = below[j + 1] + 1 if a[i] == b[j] else max(below[j], row[j + 1])
    pairs, i, j = [], 0, 0
    while i < n and j < m:
        if a[i] == b[j]:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif table[i + 1][j] > table[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


def _append_text(ab: etree._Element, text: str) -> None:
    if not text:
        return
    if len(ab):
        ab[-1].tail = (ab[-1].tail or "") + text
    else:
        ab.text = (ab.text or "") + text


def _reading(tag: str, reading: Reading, words: list[str]) -> etree._Element:
    attrs = {
        "wit": " ".join(f"#{w}" for w in reading.wits),
        "corresp": " ".join(reading.targets),
    }
    element = etree.Element(tei(tag), attrs)
    element.text = " ".join(words) or None
    return element


def _space(ab: etree._Element) -> None:
    _append_text(ab, " " if len(ab) or ab.text else "")


def collation(ab_id: str, link_id: str, lem: Reading, rdg: Reading | None) -> etree._Element:
    """<ab xml:id corresp="#link">shared words <app><lem/><rdg/></app> …</ab>; with no
    second reading (every witness gives the same words), the shared text alone."""
    ab = etree.Element(tei("ab"), {XML_ID: ab_id, "corresp": f"#{link_id}"})
    a = _words(lem.text)
    if rdg is None:
        ab.text = " ".join(a)
        return ab
    b = _words(rdg.text)
    matched = lcs_pairs([normalize(w) for w in a], [normalize(w) for w in b])
    i = j = 0
    for mi, mj in [*matched, (len(a), len(b))]:
        if i < mi or j < mj:
            _space(ab)
            app = etree.SubElement(ab, tei("app"))
            app.append(_reading("lem", lem, a[i:mi]))
            app.append(_reading("rdg", rdg, b[j:mj]))
        if mi < len(a):
            _space(ab)
            _append_text(ab, a[mi])
        i, j = mi + 1, mj + 1
    return ab


def collations(link_id: str, readings: list[tuple[str, str, str]]) -> list[etree._Element]:
    """The collations of one link: its first text against each other distinct text."""
    grouped = group_readings(readings)
    if len(grouped) == 1:
        return [collation(f"coll-{link_id}", link_id, grouped[0], None)]
    return [
        collation(f"coll-{link_id}" + (f"-{n}" if n > 1 else ""), link_id, grouped[0], other)
        for n, other in enumerate(grouped[1:], start=1)
    ]
