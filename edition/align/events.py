"""Event links: blocks of different documents telling the same event, anchored on a shared
day (a `date` element's @when/@from/@notBefore, or a full date written in the text when the
dates are not tagged yet) and confirmed by shared persons or distinctive words."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from itertools import combinations

from lxml import etree

from ..enrich.dates_attrs import date_attributes
from ..enrich.dates_find import find_dates
from ..enrich.dates_grammar import MONTH_NAMES
from ..xmlio import NSMAP, XML_ID
from .life import ISO_YEAR, life_events
from .match import dice
from .output import LinkSpec, Target
from .segs import passage_id
from .text import Block, localname
from .units import Corpus, is_content

MIN_SIMILARITY = 0.12  # weighted Dice of two blocks' content words
MIN_SHARED = 4  # ... or shared distinctive words, with a shared person
MIN_SHARED_UNNAMED = 5  # ... or without one (a day's numbers are no shared words)
EVENT_WINDOW = 12  # words either side of a day's mention that say what happened
NOT_EVENT = frozenset({"note", "bibl", "biblStruct", "listBibl", "title", "citedRange"})
MAX_BLOCKS_PER_DAY = 6  # a day named in more blocks of one document anchors nothing there
FULL_DAY = re.compile(r"-?\d{4}-\d{2}-\d{2}")  # ISO day with a year, BC years signed
DAY_ATTRIBUTES = ("when", "from", "notBefore")
A_MONTH = re.compile(r"\b(?:{})\b".format("|".join(MONTH_NAMES)), re.IGNORECASE)


def text_days(text: str) -> list[tuple[str, int]]:
    """Full days the text writes (any form the date grammar reads: "7 November 1917",
    "March 15, 44 BC"), with their offsets; days without a year are left out."""
    found: list[tuple[str, int]] = []
    if not (A_MONTH.search(text) and re.search(r"\d", text)):
        return found  # no day here: spare the grammar
    for date in find_dates(text)[0]:
        attributes = date_attributes(date.value)
        for attr in DAY_ATTRIBUTES:
            if FULL_DAY.fullmatch(attributes.get(attr, "")):
                found.append((attributes[attr], date.start))
    return found


YEARLESS_DAY = re.compile(r"--(\d{2}-\d{2})")  # a day the text gives without its year


def day_mentions(block: Block, year: int | None = None) -> dict[str, list[int]]:
    """Full days (YYYY-MM-DD) the block names as events -> where (character offsets): from
    date elements or its text, never inside a note, a citation or a title (a book's date or
    a letter cited is no event of the story). A day tagged without its year ("the 18th of
    June") takes the year of the story at that point: the last year named before it in the
    block, else `year` (see story_years)."""
    found: dict[str, list[int]] = defaultdict(list)
    hidden = [span for el, span in block.spans.items() if localname(el) in NOT_EVENT]
    if localname(block.element) in NOT_EVENT:
        return {}

    def add(day: str, at: int) -> None:
        if not any(s <= at < e for s, e in hidden):
            found[day].append(at)

    for date, span in _story_dates(block, hidden):
        named = _date_year(date)
        year = named if named is not None else year
        for attr in DAY_ATTRIBUTES:
            value = date.get(attr, "")
            yearless = YEARLESS_DAY.fullmatch(value)
            if FULL_DAY.fullmatch(value):
                add(value, span[0])
            elif yearless and year is not None:
                add(f"{_iso_year(year)}-{yearless.group(1)}", span[0])
    tagged = [span for el, span in block.spans.items() if localname(el) == "date"]
    for day, at in text_days(block.text):
        if not any(s <= at < e for s, e in tagged):  # a tagged date says its own day
            add(day, at)
    return {day: sorted(set(at)) for day, at in sorted(found.items())}


def _story_dates(
    block: Block, hidden: list[tuple[int, int]]
) -> Iterator[tuple[etree._Element, tuple[int, int]]]:
    """The block's date elements in its own text (not inside a note, whose text is no block
    text, nor inside the `hidden` spans of citations and titles), with their spans."""
    for date in block.element.iter("{*}date"):
        span = block.spans.get(date)
        if span and not any(s <= span[0] < e for s, e in hidden):
            yield date, span


def _date_year(date: etree._Element) -> int | None:
    """The year a date element names (its first dated attribute), None without one."""
    for attr in ("when", "from", "notBefore", "to", "notAfter"):
        found = ISO_YEAR.match(date.get(attr, ""))
        if found:
            return int(found.group())
    return None


def _iso_year(year: int) -> str:
    return f"-{-year:04d}" if year < 0 else f"{year:04d}"


def story_years(blocks: list[Block]) -> dict[int, int]:
    """id(block) -> the year the story is in as the block starts: the last year a date of
    the same document named before it in the text (not in a note, a citation or a title). A
    narrative names a year once, then its days without it. Blocks are in reading order,
    document by document."""
    years: dict[int, int] = {}
    doc, year = "", None
    for block in blocks:
        if block.doc != doc:
            doc, year = block.doc, None
        if year is not None:
            years[id(block)] = year
        if localname(block.element) in NOT_EVENT:
            continue
        hidden = [span for el, span in block.spans.items() if localname(el) in NOT_EVENT]
        named = [
            y for date, _ in _story_dates(block, hidden) if (y := _date_year(date)) is not None
        ]
        year = named[-1] if named else year
    return years


def event_words(corpus: Corpus, block: Block, offsets: list[int]) -> frozenset[str]:
    """What happens on the day: the ordinary (lower-case) content words near its mentions."""
    tokens = corpus.block_tokens(block)
    words = set()
    for at in offsets:
        near = [i for i, t in enumerate(tokens) if t.start >= at][:1] or [len(tokens) - 1]
        for t in tokens[max(0, near[0] - EVENT_WINDOW) : near[0] + EVENT_WINDOW]:
            if is_content(t) and t.surface[:1].islower() and not t.norm.isdigit():
                words.add(t.norm)
    return frozenset(words)


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
    corpus: Corpus, content: dict, cues: dict, first: list[Block], second: list[Block]
) -> tuple[float, Block, Block] | None:
    """The most alike blocks of two documents that also say the same thing happened (a
    shared event word near the day): two events of one day stay apart."""
    best = None
    for a in first:
        for b in second:
            if not cues[id(a)] & cues[id(b)]:
                continue
            shared = content[id(a)] & content[id(b)]
            score = dice(corpus, content[id(a)], content[id(b)])
            persons = block_persons(a) & block_persons(b)
            words = [w for w in shared if not w.isdigit()]
            alike = score >= MIN_SIMILARITY or len(words) >= (
                MIN_SHARED if persons else MIN_SHARED_UNNAMED
            )
            if alike and (best is None or score > best[0]):
                best = (score, a, b)
    return best


def _block_words(corpus: Corpus) -> dict[int, frozenset[str]]:
    """id(block) -> the content words of all its units."""
    content: dict[int, set[str]] = defaultdict(set)
    for unit in corpus.units:
        content[id(unit.block)] |= unit.content
    return {key: frozenset(words) for key, words in content.items()}


def _day_groups(
    corpus: Corpus, content: dict, docs: dict[str, list[tuple[Block, list[int]]]]
) -> list[list[Block]]:
    """The alike blocks of one day, one group per event: pairs of documents that tell it
    joined into one group across every document that tells it."""
    usable = {d: [m for m in ms if id(m[0]) in content] for d, ms in docs.items()}
    usable = {d: ms for d, ms in usable.items() if 0 < len(ms) <= MAX_BLOCKS_PER_DAY}
    cues = {id(b): event_words(corpus, b, at) for ms in usable.values() for b, at in ms}
    parent: dict[int, int] = {}
    blocks: dict[int, Block] = {}

    def root(key: int) -> int:
        while parent.setdefault(key, key) != key:
            key = parent[key]
        return key

    for first, second in combinations(sorted(usable), 2):
        best = _best_pair(
            corpus, content, cues, [m[0] for m in usable[first]], [m[0] for m in usable[second]]
        )
        if best is not None:
            a, b = best[1], best[2]
            blocks[id(a)], blocks[id(b)] = a, b
            parent[root(id(a))] = root(id(b))
    groups: dict[int, list[Block]] = defaultdict(list)
    for key, block in blocks.items():
        groups[root(key)].append(block)
    ordered = [sorted(g, key=lambda b: (b.doc, b.index)) for g in groups.values()]
    return sorted(ordered, key=lambda g: [(b.doc, b.index) for b in g])


def year_label(year: int) -> str:
    """A year as a reader writes it: 1879, or 106 BC for the year -106."""
    return str(year) if year > 0 else f"{-year} BC"


def event_links(trees: dict[str, etree._ElementTree], corpus: Corpus) -> list[LinkSpec]:
    """Links between blocks of different documents that name the same day and are alike."""
    by_day: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    years = story_years(corpus.blocks)
    for block in corpus.blocks:
        for day, offsets in day_mentions(block, years.get(id(block))).items():
            by_day[day][block.doc].append((block, offsets))
    content = _block_words(corpus)
    used = {doc: set(tree.xpath("//@xml:id", namespaces=NSMAP)) for doc, tree in trees.items()}
    links: dict[str, LinkSpec] = {}
    lives = []
    for event in life_events(corpus, content):
        ends = tuple(Target(b.doc, _block_id(b, corpus, used), "") for b in event.blocks)
        link_id = passage_id("ev", f"{event.kind} " + " ".join(t.ref for t in ends))
        links[link_id] = LinkSpec(
            link_id, "event", ends, subtype=event.kind, n=year_label(event.year)
        )
        lives.append({t.ref for t in ends})
    for _, docs in sorted(by_day.items()):
        for group in _day_groups(corpus, content, docs):
            ends = tuple(Target(b.doc, _block_id(b, corpus, used), "") for b in group)
            if any({t.ref for t in ends} <= life for life in lives):
                continue  # already part of a life event's link
            link_id = passage_id("ev", " ".join(t.ref for t in ends))
            links.setdefault(link_id, LinkSpec(link_id, "event", ends))
    return list(links.values())
