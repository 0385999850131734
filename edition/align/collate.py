"""Word-level collation of the passages of one link in TEI parallel segmentation
(app/lem/rdg).

Words are compared normalized (case, accents, punctuation, hyphenation) and aligned by an
optimal longest common subsequence (dynamic programming over the normalized words, so a
repeated word cannot pull the alignment astray as a greedy matcher does); they are shown as
each witness writes them. Witnesses with the same normalized text share one reading (@wit
lists them all), so k copies of a passage cost one reading, not k. The rules of comparison
are configurable (normalization.py). A block of words one witness has in one place and the
other in another is a transposition: both apparatus entries get type="transposition" and
point to each other (@corresp), instead of reading as an omission and an addition.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from ..accents import without_accents
from ..xmlio import XML_ID, tei
from .normalization import DEFAULT, Rules

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
    return re.sub(r"[\W_]+", "", without_accents(word.replace("’", "'").lower()))


def _words(text: str) -> list[str]:
    return WORDS.findall(text)


def text_key(text: str, rules: Rules = DEFAULT) -> str:
    return " ".join(k for k in map(rules.key, _words(text)) if k)


def group_readings(readings: list[tuple[str, str, str]], rules: Rules = DEFAULT) -> list[Reading]:
    """(witness, target, text) triples -> one Reading per distinct normalized text, in the
    order the texts first occur."""
    groups: dict[str, list[tuple[str, str, str]]] = {}
    for triple in readings:
        groups.setdefault(text_key(triple[2], rules), []).append(triple)
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


def collation(
    ab_id: str, link_id: str, lem: Reading, rdg: Reading | None, rules: Rules = DEFAULT
) -> etree._Element:
    """<ab xml:id corresp="#link">shared words <app><lem/><rdg/></app> …</ab>; with no
    second reading (every witness gives the same words), the shared text alone."""
    ab = etree.Element(tei("ab"), {XML_ID: ab_id, "corresp": f"#{link_id}"})
    a = _words(lem.text)
    if rdg is None:
        ab.text = " ".join(a)
        return ab
    b = _words(rdg.text)
    matched = lcs_pairs([rules.key(w) for w in a], [rules.key(w) for w in b])
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
    mark_transpositions(ab, rules)
    return ab


def mark_transpositions(ab: etree._Element, rules: Rules = DEFAULT) -> int:
    """Pair an entry whose words only the first witness has with one, elsewhere, whose same
    words only the second has: type="transposition", each pointing to the other."""

    def words(app: etree._Element, tag: str) -> str:
        found = app.find(tei(tag))
        return text_key(found.text or "", rules) if found is not None else ""

    apps = list(ab.iter(tei("app")))
    only_first = [(app, words(app, "lem")) for app in apps if not words(app, "rdg")]
    only_second = [(app, words(app, "rdg")) for app in apps if not words(app, "lem")]
    pairs = 0
    for app, key in only_first:
        partner = next((other for other, k in only_second if k and k == key), None)
        if partner is None:
            continue
        only_second = [(other, k) for other, k in only_second if other is not partner]
        pairs += 1
        ids = (f"{ab.get(XML_ID)}-tr{pairs}a", f"{ab.get(XML_ID)}-tr{pairs}b")
        for element, own, other in ((app, ids[0], ids[1]), (partner, ids[1], ids[0])):
            element.set(XML_ID, own)
            element.set("type", "transposition")
            element.set("corresp", f"#{other}")
    return pairs


def collations(
    link_id: str, readings: list[tuple[str, str, str]], rules: Rules = DEFAULT
) -> list[etree._Element]:
    """The collations of one link: its first text against each other distinct text."""
    grouped = group_readings(readings, rules)
    if len(grouped) == 1:
        return [collation(f"coll-{link_id}", link_id, grouped[0], None, rules)]
    return [
        collation(f"coll-{link_id}" + (f"-{n}" if n > 1 else ""), link_id, grouped[0], other, rules)
        for n, other in enumerate(grouped[1:], start=1)
    ]
