"""Life events: the passage in which each document tells the subject's birth, exile and death.

Biographies of one life name the same few events in very different words and at very
different lengths, often without a full day. For each kind of event (a data table of trigger
words), every block that uses a trigger word and names a year is a candidate; the event's year
is the one most documents agree on (give or take `YEAR_SLACK`, so 1928/1929 meet); in each
document the candidate most alike to the other documents' candidates is chosen; a lead
summary (an introduction or preface) gives way to the narrative when the narrative tells the
event too. Documents that give no year for the event take part when their passage is alike
enough, or, when the document is about the subject, when a sentence plainly tells the event
of the subject ("his murder", "Tolstoy was exiled", "the death of Tolstoy") and the passage
names no other year.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from ..xmlio import NSMAP
from .text import Block
from .units import STOPWORDS, Corpus

# (event, trigger pattern on lower-case text); order is the order of a life.
LIFE_EVENTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("birth", re.compile(r"\bborn\b|\bbirth\b")),
    (
        "exile",
        re.compile(
            r"\bexiled?\b|\bdeport(?:ed|ation)\b|\bbanish(?:ed|ment)\b|\bexpelled\b"
            r"|\bexpulsion\b|\bordered to leave\b"
        ),
    ),
    (
        "death",
        re.compile(
            r"\bmurder(?:ed)?\b|\bassassinat(?:ed|ion)\b|\bkilled\b|\bdied\b|\bdying\b"
            r"|\bdeath\b|\bexecut(?:ed|ion)\b"
        ),
    ),
)
# a year in the text: four digits from 1000, or any year with its era ("106 BC", "AD 43")
YEAR = re.compile(
    r"\b(?P<bc>\d{1,4})\s?(?:BC|BCE|B\.C\.(?:E\.)?)(?!\w)"
    r"|\b(?:AD|A\.D\.)\s?(?P<ad>\d{1,4})\b|\b(?P<ce>\d{1,4})\s?(?:AD|CE|A\.D\.)(?!\w)"
    r"|\b(?P<plain>1\d\d\d|20\d\d)\b",
    re.IGNORECASE,
)
ISO_YEAR = re.compile(r"-?\d{4}")
YEAR_SLACK = 1  # years this far from the event's year still tell it
MIN_WORDS = 12  # shorter blocks (headings, captions, list entries) anchor nothing
MIN_DOCUMENTS = 2  # an event needs a year that at least this many documents give
UNDATED_SIMILARITY = 0.08
HIT_WEIGHT = 0.01  # likeness a trigger word is worth ...
MAX_HITS = 4  # ... up to this many
STATED_WEIGHT = 0.02  # likeness that stating the year in the telling sentence is worth
MAX_NAMES = 12  # names under which the subject is tagged that count as naming it
SUMMARY_DIVS = ("introduction", "preface", "abstract", "summary")  # a lead, not the narrative
ABOUT_MENTIONS = 5  # a document naming the subject this often is about the subject
BETWEEN = 3  # words allowed between the subject and the trigger word ("his long years of exile")
# nouns that, between the subject and the trigger, make the event another person's
# ("Tolstoy's sister died", "his son was murdered")
OTHERS = frozenset(
    re.findall(
        r"\w+",
        "wife son sons daughter daughters sister sisters brother brothers father mother parents "
        "children child family friend friends ally allies comrade comrades followers supporters "
        "secretary secretaries guard guards bodyguard bodyguards grandson opponents enemies "
        "rival rivals colleague colleagues husband",
    )
)
PASSIVE = frozenset({"was", "were", "been", "being", "be", "is"})
PRONOUNS = (
    "he",
    "his",
    "him",
    "she",
    "her",
)  # a passage without the year joins when this alike to the others


# a candidate block: the block, the years its telling sentences state, the years of its
# context, its count of trigger words
Candidate = tuple[Block, set[int], set[int], int]


@dataclass(frozen=True)
class LifeEvent:
    """One event and the block of each document that tells it."""

    kind: str
    year: int
    blocks: tuple[Block, ...]


def text_years(text: str) -> set[int]:
    """Years the text names, BC years negative (so "106 BC" is -106, as ISO's -0106 reads)."""
    years = set()
    for match in YEAR.finditer(text):
        if match["bc"]:
            years.add(-int(match["bc"]))
        else:
            years.add(int(match["ad"] or match["ce"] or match["plain"]))
    return years


def date_years(block: Block) -> set[int]:
    """Years of the block's date elements (when enrichment ran), BC years negative."""
    years = set()
    for date in block.element.iter("{*}date"):
        for attr in ("when", "from", "to", "notBefore", "notAfter"):
            found = ISO_YEAR.match(date.get(attr, ""))
            if found:
                years.add(int(found.group()))
    return years


def corpus_subject(corpus: Corpus) -> list[str]:
    """Names of the life the corpus tells, lower case: the names under which the person named
    in the most documents is tagged (persName/@ref, when enrichment ran; ties go to the one
    named more often: a letter writer's friend may be named more often than the writer, in
    fewer documents), and the corpus's most frequent capitalized word (a surname)."""
    refs: Counter[str] = Counter()
    documents: dict[str, set[str]] = defaultdict(set)
    names: dict[str, Counter[str]] = defaultdict(Counter)
    for block in corpus.blocks:
        for name in block.element.iter("{*}persName"):
            ref = (name.get("ref") or "").split(" ")[0]
            if ref:
                refs[ref] += 1
                documents[ref].add(block.doc)
                names[ref][" ".join("".join(name.itertext()).split()).lower()] += 1
    tagged = []
    if refs:
        subject = max(sorted(refs), key=lambda ref: (len(documents[ref]), refs[ref]))
        tagged = [n for n, _ in names[subject].most_common(MAX_NAMES)]
    counts: Counter[str] = Counter(
        t.surface.lower()
        for tokens in corpus.tokens.values()
        for t in tokens
        if t.surface[:1].isupper() and len(t.surface) > 2 and t.norm not in STOPWORDS
    )
    frequent = [counts.most_common(1)[0][0]] if counts else []
    return [n for n in dict.fromkeys(tagged + frequent) if n]


def sentences(corpus: Corpus) -> dict[int, list[str]]:
    """id(block) -> its sentences (units), lower case."""
    found: dict[int, list[str]] = defaultdict(list)
    for unit in corpus.units:
        tokens = corpus.block_tokens(unit.block)
        text = unit.block.text[tokens[unit.first].start : tokens[unit.last - 1].end]
        found[id(unit.block)].append(text.lower())
    return found


def _candidates(
    corpus: Corpus, said: dict[int, list[str]], trigger: re.Pattern[str], subject: re.Pattern[str]
) -> dict[str, list[Candidate]]:
    """doc -> blocks with a sentence that has a trigger word and speaks of the subject (by
    name or pronoun), with the years those sentences name (they vote for the event's year),
    the years of its context (those, else the block's, else the last year the document named
    before: a narrative's running year) and its count of trigger words."""
    found: dict[str, list[Candidate]] = defaultdict(list)
    running: dict[str, set[int]] = {}
    for block in corpus.blocks:
        block_years = _block_years(block)
        if _is_note_list(block) or len(corpus.block_tokens(block)) < MIN_WORDS:
            continue
        telling = [s for s in said.get(id(block), []) if trigger.search(s) and subject.search(s)]
        if telling:
            stated = set().union(*map(text_years, telling))
            context = stated or block_years or running.get(block.doc, set())
            hits = sum(len(trigger.findall(s)) for s in said.get(id(block), []))
            found[block.doc].append((block, stated, context, hits))
        if block_years:
            running[block.doc] = {max(block_years)}
    return found


def _is_note_list(block: Block) -> bool:
    """Bibliographies and lists of references tell no events."""
    return bool(
        block.element.xpath("ancestor-or-self::tei:listBibl | ancestor::tei:bibl", namespaces=NSMAP)
    )


def event_year(candidates: dict[str, list[Candidate]]) -> int | None:
    """The year that most documents state in a telling sentence; ties go to the year more
    passages state, then to the one more documents come near (within the slack)."""
    years_by_doc = [[c[1] for c in blocks] for blocks in candidates.values()]
    stated = Counter(y for blocks in years_by_doc for years in blocks for y in years)
    best = None
    for year in sorted(stated):
        exact = sum(any(year in ys for ys in blocks) for blocks in years_by_doc)
        near = sum(
            any(abs(y - year) <= YEAR_SLACK for ys in blocks for y in ys) for blocks in years_by_doc
        )
        key = (exact, stated[year], near)
        if near >= MIN_DOCUMENTS and (best is None or key > best[0]):
            best = (key, year)
    return best[1] if best else None


class Profile:
    """The words of each document's options, counted over documents, so that a block's
    likeness to the other documents costs one pass over its own words (linear, not pairwise):
    the IDF-weighted share of its words that the other documents also use, on average."""

    def __init__(self, corpus: Corpus, content: dict, options: dict[str, list[Block]]) -> None:
        self.corpus, self.content = corpus, content
        self.words = {
            doc: frozenset().union(*(content.get(id(b), frozenset()) for b in blocks))
            for doc, blocks in options.items()
        }
        self.counts: Counter[str] = Counter(w for words in self.words.values() for w in words)

    def likeness(self, block: Block) -> float:
        others = len(self.words) - (block.doc in self.words)
        words = self.content.get(id(block), frozenset())
        total = self.corpus.weight(words) * others
        own = self.words.get(block.doc, frozenset())
        shared = math.fsum(
            self.corpus.idf.get(w, 0.0) * (self.counts[w] - (w in own)) for w in words
        )
        return shared / total if total else 0.0


def _choose(
    profile: Profile,
    options: dict[str, list[Candidate]],
    year: int = 0,
) -> dict[str, tuple[Block, float]]:
    """In each document the option most alike to the other documents' options, a little
    helped by trigger words and by stating the year itself; with its likeness."""
    chosen = {}
    for doc, blocks in options.items():
        scored = [
            (
                profile.likeness(block)
                + HIT_WEIGHT * min(hits, MAX_HITS)
                + STATED_WEIGHT * any(abs(y - year) <= YEAR_SLACK for y in stated),
                -block.index,
                block,
            )
            for block, stated, _, hits in blocks
        ]
        if scored:
            best = max(scored, key=lambda s: s[:2])
            chosen[doc] = (best[2], profile.likeness(best[2]))
    return chosen


def _is_summary(block: Block) -> bool:
    """A block outside the narrative: a lead summary (front matter, an introduction-like div)
    or back matter (sources, reviews, bibliographies)."""
    kinds = " or ".join(f"@type='{kind}'" for kind in SUMMARY_DIVS)
    found = block.element.xpath(
        f"ancestor::tei:front | ancestor::tei:back | ancestor::tei:div[{kinds}]", namespaces=NSMAP
    )
    return bool(found)


def _prefer_narrative(options: dict[str, list[Candidate]]) -> dict[str, list[Candidate]]:
    """In each document, a lead summary's options give way to the narrative's."""
    return {
        doc: [c for c in blocks if not _is_summary(c[0])] or blocks
        for doc, blocks in options.items()
    }


def telling_pattern(trigger: re.Pattern[str], names: list[str]) -> re.Pattern[str]:
    """A phrase that ties the trigger word to the subject: "his brutal murder", "Tolstoy was
    exiled", "Tolstoy's expulsion", "the death of Tolstoy" (not "Tolstoy killed ...": who
    killed is not who died, and not "he was expelled": a pronoun may be anyone)."""
    owner = "|".join([*map(re.escape, names), "his", "her"])
    named = "|".join(map(re.escape, names))
    return re.compile(
        rf"\b(?:{owner})(?P<own>['’]s)?\s+(?P<between>(?:[\w-]+[\s,]+){{0,{BETWEEN}}}?)"
        rf"(?P<what>{trigger.pattern})|(?:{trigger.pattern})\s+of\s+(?:the\s+)?(?:{named})\b"
    )


def _tells(sentence: str, telling: re.Pattern[str]) -> bool:
    """The sentence ties the event to the subject, not to a relative or a friend of theirs,
    and the subject undergoes it: "Tolstoy was killed", not "Tolstoy killed"."""
    for match in telling.finditer(sentence):
        between = set(re.findall(r"[\w-]+", match.group("between") or ""))
        what = match.group("what") or ""
        done_to = not what.endswith("ed") or what == "died" or match.group("own")
        if not OTHERS & between and (done_to or PASSIVE & between):
            return True
    return False


def _plain_tellers(
    corpus: Corpus,
    said: dict[int, list[str]],
    options: dict[str, list[Candidate]],
    year: int,
    names: list[str],
    trigger: re.Pattern[str],
) -> dict[str, list[Candidate]]:
    """Options of documents about the subject whose sentence plainly tells the event of the
    subject and whose block names no year but (near) the event's. Only the subject's surname
    and full names count here: a bare given name ("Lev") is shared by a son and a friend."""
    own = [n for i, n in enumerate(names) if i == 0 or " " in n]
    named = re.compile(rf"\b(?:{'|'.join(map(re.escape, own))})\b")
    telling = telling_pattern(trigger, own)
    mentions = Counter(b.doc for b in corpus.blocks for _ in named.finditer(b.text.lower()))
    found = {}
    for doc, blocks in options.items():
        if mentions[doc] < ABOUT_MENTIONS:
            continue
        found[doc] = [
            c
            for c in blocks
            if named.search(c[0].text.lower())
            and all(abs(y - year) <= YEAR_SLACK for y in _block_years(c[0]))
            and any(_tells(s, telling) for s in said.get(id(c[0]), []) if trigger.search(s))
        ]
    return {doc: blocks for doc, blocks in found.items() if blocks}


def _block_years(block: Block) -> set[int]:
    return text_years(block.text) | date_years(block)


def _join_undated(
    corpus: Corpus,
    content: dict,
    said: dict[int, list[str]],
    chosen: dict[str, Block],
    undated: dict[str, list[Candidate]],
    event: tuple[str, re.Pattern[str], int],
    names: list[str],
) -> None:
    """Add to `chosen` the documents that give no year for the event: by likeness to the
    chosen passages, else by a sentence that plainly tells the event of the subject."""
    _, trigger, year = event
    unstated = {d: [c for c in cs if not c[1]] for d, cs in undated.items()}
    profile = Profile(corpus, content, {d: [b] for d, b in chosen.items()})
    for doc, (block, likeness) in _choose(profile, unstated).items():
        if likeness >= UNDATED_SIMILARITY:
            chosen[doc] = block
    rest = {d: cs for d, cs in unstated.items() if d not in chosen}
    plain = _plain_tellers(corpus, said, rest, year, names, trigger)
    for doc, (block, _) in _choose(profile, plain).items():
        chosen[doc] = block


def life_events(corpus: Corpus, content: dict[int, frozenset[str]]) -> list[LifeEvent]:
    """The birth, exile and death passages that two or more documents share."""
    events = []
    names, said = corpus_subject(corpus), sentences(corpus)
    subject = re.compile(rf"\b(?:{'|'.join([*map(re.escape, names), *PRONOUNS])})\b")
    for kind, trigger in LIFE_EVENTS:
        candidates = _candidates(corpus, said, trigger, subject)
        year = event_year(candidates)
        if year is None:
            continue
        near = {
            doc: [c for c in blocks if any(abs(y - year) <= YEAR_SLACK for y in c[2])]
            for doc, blocks in candidates.items()
        }
        dated = _prefer_narrative({doc: blocks for doc, blocks in near.items() if blocks})
        profile = Profile(corpus, content, {d: [c[0] for c in cs] for d, cs in dated.items()})
        chosen = {doc: block for doc, (block, _) in _choose(profile, dated, year).items()}
        undated = {doc: blocks for doc, blocks in candidates.items() if doc not in dated}
        _join_undated(corpus, content, said, chosen, undated, (kind, trigger, year), names)
        if len(chosen) >= MIN_DOCUMENTS:
            events.append(LifeEvent(kind, year, tuple(chosen[d] for d in sorted(chosen))))
    return events
