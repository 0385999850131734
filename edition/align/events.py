"""Event links: blocks of different documents telling the same event, anchored on a shared
day (a `date` element's @when/@from/@notBefore, or a full date written in the text when the
dates are not tagged yet) and confirmed by shared persons or distinctive words."""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import combinations

from lxml import etree

from ..enrich.dates_grammar import MONTH_NAMES, MONTHS
from ..xmlio import NSMAP, XML_ID
from .life import life_events
from .match import dice
from .output import LinkSpec, Target
from .segs import passage_id
from .text import Block
from .units import Corpus

MIN_SIMILARITY = 0.12  # weighted Dice of two blocks' content words
MIN_SHARED = 4  # ... or shared distinctive words, with a shared person
MAX_BLOCKS_PER_DAY = 6  # a day named in more blocks of one document anchors nothing there
DAY_MONTH_YEAR = re.compile(
    r"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({}),?\s+(\d{{4}})\b".format("|".join(MONTH_NAMES)),
    re.IGNORECASE,
)
MONTH_DAY_YEAR = re.compile(
    r"\b({})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b".format("|".join(MONTH_NAMES)),
    re.IGNORECASE,
)


def _iso(year: str, month: str, day: str) -> str:
    return f"{int(year):04d}-{MONTHS[month.lower()]:02d}-{int(day):02d}"


# Dates inside these never anchor an event: notes and citations date sources, not events.
NOT_EVENTS = {"note", "bibl", "biblStruct", "listBibl", "title", "cit"}


def _event_dates(block: Block) -> list[etree._Element]:
    """The date elements of the block's own running text (not of its notes or citations)."""
    found = []
    for date in block.element.iter("{*}date"):
        ancestor = date.getparent()
        while ancestor is not None and ancestor is not block.element:
            if etree.QName(ancestor).localname in NOT_EVENTS:
                break
            ancestor = ancestor.getparent()
        else:
            found.append(date)
    return found


def block_days(block: Block) -> set[str]:
    """Full days (YYYY-MM-DD) the block names, from date elements of its running text (never
    in a note or a citation) or from its text (which leaves notes out)."""
    days = set()
    for date in _event_dates(block):
        for attr in ("when", "from", "notBefore"):
            value = date.get(attr, "")
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                days.add(value)
    days.update(_iso(y, m, d) for d, m, y in DAY_MONTH_YEAR.findall(block.text))
    days.update(_iso(y, m, d) for m, d, y in MONTH_DAY_YEAR.findall(block.text))
    return days


def block_persons(block: Block) -> set[str]:
    return {ref for ref in block.element.xpath(".//tei:persName/@ref", namespaces=NSMAP)}


def _block_id(block: Block, corpus: Corpus, used: dict[str, set[str]]) -> str:
    """The block's xml:id, added when it has none (an additive change)."""
    existing = block.element.get(XML_ID)
    if existing:
        return existing
    words = " ".join(t.norm for t in corpus.block_tokens(block))
    base, n, new_id = passage_id("ev", words), 1, passage_id("ev", words)
    while new_id in used[block.doc]:
        n += 1
        new_id = f"{base}-{n}"
    used[block.doc].add(new_id)
    block.element.set(XML_ID, new_id)
    return new_id


def _best_pair(
    corpus: Corpus, content: dict, first: list[Block], second: list[Block]
) -> tuple[float, Block, Block] | None:
    best = None
    for a in first:
        for b in second:
            shared = content[id(a)] & content[id(b)]
            score = dice(corpus, content[id(a)], content[id(b)])
            persons = block_persons(a) & block_persons(b)
            alike = score >= MIN_SIMILARITY or (persons and len(shared) >= MIN_SHARED)
            if alike and (best is None or score > best[0]):
                best = (score, a, b)
    return best


def _block_words(corpus: Corpus) -> dict[int, frozenset[str]]:
    """id(block) -> the content words of all its units."""
    content: dict[int, set[str]] = defaultdict(set)
    for unit in corpus.units:
        content[id(unit.block)] |= unit.content
    return {key: frozenset(words) for key, words in content.items()}


def _day_groups(corpus: Corpus, content: dict, docs: dict[str, list[Block]]) -> list[list[Block]]:
    """The alike blocks of one day: one group when each document gives one block, else pairs."""
    usable = {d: [b for b in bs if id(b) in content] for d, bs in docs.items()}
    usable = {d: bs for d, bs in usable.items() if 0 < len(bs) <= MAX_BLOCKS_PER_DAY}
    pairs = []
    for first, second in combinations(sorted(usable), 2):
        best = _best_pair(corpus, content, usable[first], usable[second])
        if best is not None:
            pairs.append([best[1], best[2]])
    members = {id(b): b for pair in pairs for b in pair}
    if len(pairs) > 1 and len({b.doc for b in members.values()}) == len(members):
        return [sorted(members.values(), key=lambda b: b.doc)]
    return pairs


def event_links(trees: dict[str, etree._ElementTree], corpus: Corpus) -> list[LinkSpec]:
    """Links between blocks of different documents that name the same day and are alike."""
    by_day: dict[str, dict[str, list[Block]]] = defaultdict(lambda: defaultdict(list))
    for block in corpus.blocks:
        for day in block_days(block):
            by_day[day][block.doc].append(block)
    content = _block_words(corpus)
    used = {doc: set(tree.xpath("//@xml:id", namespaces=NSMAP)) for doc, tree in trees.items()}
    links: dict[str, LinkSpec] = {}
    lives = []
    for event in life_events(corpus, content):
        ends = tuple(Target(b.doc, _block_id(b, corpus, used), "") for b in event.blocks)
        link_id = passage_id("ev", f"{event.kind} " + " ".join(t.ref for t in ends))
        links[link_id] = LinkSpec(link_id, "event", ends, subtype=event.kind, n=str(event.year))
        lives.append({t.ref for t in ends})
    for _, docs in sorted(by_day.items()):
        for group in _day_groups(corpus, content, docs):
            ends = tuple(Target(b.doc, _block_id(b, corpus, used), "") for b in group)
            if any({t.ref for t in ends} <= life for life in lives):
                continue  # already part of a life event's link
            link_id = passage_id("ev", " ".join(t.ref for t in ends))
            links.setdefault(link_id, LinkSpec(link_id, "event", ends))
    return list(links.values())
