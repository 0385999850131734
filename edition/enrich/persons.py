"""The persons pass: tag every mention of a person as <persName ref="persons.xml#id">.

Known people come from the personography (persons.xml merged with the built-in gazetteer);
full names of unknown people ("Given Surname") are proposed as new entries before tagging, so
the whole corpus is tagged against one list and a second run gives the same files. A form
shared by several people ("Kuzmin") goes to the one last called by that word in the document
("Sergei Kuzmin … Kuzmin"), else to the one mentioned last; when nothing decides, the mention
gets cert="low" and no @ref, and the report lists it. A given name after a kinship word
("Tolstoy's sister Olga", "their son Lev") is the relative the gazetteer's family ties name
(persons_family), when the possessor or the family mentioned last decides.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

from lxml import etree

from ..corpus_files import PERSONS_FILE
from ..guard import STATE_DIR
from ..report import Report
from ..xmlio import NSMAP, atomic_write
from .authority import authority_persons
from .memory import BlockText
from .personography import (
    Person,
    Personography,
    load_gazetteer,
    open_personography,
)
from .persons_aliases import leading_forms, stated_aliases
from .persons_family import KinMention, family_index, kin_mentions
from .persons_index import NameIndex, NameMatch
from .persons_model import entities
from .persons_rules import (
    TITLES,
    ProposedName,
    inverted_name,
    model_names,
    name_key,
    propose_names,
)
from .persons_words import GIVEN_NAMES, KIN
from .text_nodes import BLOCK_TAGS, SKIP_TAGS, Span, TextSlot, make_element, text_body, wrap_spans

_PERSNAME = "persName"
_CACHE_KEY = "persons"
# Names in titles of works are mentions too ("Gogol: The Court of the Red Tsar").
PERSONS_SKIP = SKIP_TAGS - {"title"}
_LOWER_WORD = re.compile(r"\b[a-z]+\b")


@dataclass
class PersonsState:
    """What the persons pass shares across a corpus run."""

    personography: Personography
    index: NameIndex
    removed: frozenset[str] = frozenset()  # ids edition added once and a scholar deleted
    proposed: list[str] = field(default_factory=list)
    bound: frozenset[str] = frozenset()  # words the corpus writes after another capital
    kept: frozenset[str] = frozenset()  # ids persons.xml held before this run: never dropped
    lower: frozenset[str] = frozenset()  # words the corpus writes in lower case
    placed: frozenset[str] = frozenset()  # capitalised words after "in", "at", "the", …
    _listed: set[str] | None = None

    def listed_names(self) -> set[str]:
        """Names (case-folded) of the entries edition did not propose."""
        if self._listed is None:
            self._listed = {
                n.casefold()
                for p in self.personography.persons.values()
                if not p.proposed
                for n in p.names
            }
        return self._listed


def persons_path(outdir: Path, persons_file: Path | None = None) -> Path:
    return persons_file or outdir / PERSONS_FILE


def added_log(path: Path) -> Path:
    """Where edition remembers the ids it added to persons.xml (beside the edit guard's
    state), so an entry a scholar deletes is not added again by the next run."""
    return path.parent / STATE_DIR / f"{path.stem}-added.json"


def _removed_by_scholar(path: Path) -> frozenset[str]:
    if not path.exists():
        return frozenset()
    try:
        added = set(json.loads(added_log(path).read_text("utf-8")))
    except (OSError, ValueError):
        return frozenset()
    present = set(Personography.open(path).persons)
    return frozenset(added - present)


def persons_state(context) -> PersonsState:  # context: EnrichContext (import cycle)
    """The corpus's personography and name index, opened once per run."""
    state = context.cache.get(_CACHE_KEY)
    if state is None:
        path = persons_path(context.outdir, context.persons_file)
        removed = _removed_by_scholar(path)
        kept = frozenset(Personography.open(path).persons) if path.exists() else frozenset()
        personography = open_personography(
            path, removed, authority_persons(tuple(context.authority))
        )
        state = PersonsState(
            personography, NameIndex(personography.persons.values()), removed, kept=kept
        )
        context.cache[_CACHE_KEY] = state
    return state


# --------------------------------------------------------------------------- corpus hooks


def propose_persons(trees: Mapping[str, etree._ElementTree], context) -> None:
    """Before tagging: add full names of people nobody listed yet, as proposed entries."""
    state = persons_state(context)
    slots = [
        item
        for name in sorted(trees)
        for kind, item in _events(trees[name].getroot())
        if kind == "slot"
    ]
    texts = [slot.text for slot in slots]
    # A surname that the corpus also writes in lower case ("conquest") is a word too: it
    # does not name the person when it stands alone.
    words = {word for text in texts for word in _LOWER_WORD.findall(text)}
    state.bound = _bound_words(texts)
    state.lower = frozenset(words)
    state.placed = frozenset(w for text in texts for w in _PLACE_WORD.findall(text))
    added = False
    for text in texts:
        known = list(state.index.find(text))
        inverted = inverted_name(text)
        if inverted and not state.index.candidates(inverted.name)[1]:
            added |= _propose(state, inverted.name, inverted.surname)
        for found in propose_names(text):
            if not any(_same_person(found, m, state) for m in known):
                alone = found.surname.casefold() not in words
                if not alone and found.name[1:2] == ".":
                    continue  # "I. Now": initials before a common word are no name
                added |= _propose(state, found.name, found.surname if alone else "")
    added |= _propose_from_model(state, slots, words)
    if added:
        state.index = NameIndex(state.personography.persons.values())
    merged = leading_forms(state.personography)
    if stated_aliases(texts, state.index, state.personography) or merged:
        state.index = NameIndex(state.personography.persons.values())


_CAPITAL_PAIR = re.compile(r"\b([A-Z][\w’'-]*)\s+([A-Z][\w-]+)")
_CAPITAL_WORD = re.compile(r"\b[A-Z][\w-]+")


def _bound_words(texts: list[str]) -> frozenset[str]:
    """Capitalised words the corpus writes mostly right after another capitalised word
    ("Zealand", "Strait"): such a word alone is not the surname of anyone."""
    total: Counter[str] = Counter()
    after_capital: Counter[str] = Counter()
    for text in texts:
        total.update(_CAPITAL_WORD.findall(text))
        after_capital.update(m.group(2) for m in _CAPITAL_PAIR.finditer(text))
    return frozenset(w for w, n in after_capital.items() if n * 4 > total[w] * 3 and n >= 3)


def _plural(name: str, capitalised: Counter[str]) -> bool:
    """ "Young Turks", "the Smiths": a last word that is the plural of a word the corpus
    also writes capitalised in the singular names a group."""
    last = name.split()[-1]
    return last.endswith("s") and (last[:-1] in capitalised or last[:-2] in capitalised)


def _slot_entities(slots: list[TextSlot]) -> list[list[tuple[int, int, str]]]:
    """The model's entities of each slot, read paragraph by paragraph: the model sees whole
    blocks (better context), and its cache is keyed by a block's text, which tags added
    later do not change, so a run after a hand edit reads only the edited paragraphs. A slot
    outside any prose block (text loose in a division) is read alone."""
    flats: dict[etree._Element, BlockText] = {}
    for slot in slots:
        block = _prose_block(slot)
        if block is not None and block not in flats:
            flats[block] = BlockText(block)
    blocks = list(flats)
    loose = [slot for slot in slots if _prose_block(slot) is None]
    found = entities([flats[b].text for b in blocks] + [slot.text for slot in loose])
    spans = dict(zip(blocks, found))
    alone = {id(slot): spans_ for slot, spans_ in zip(loose, found[len(blocks) :])}
    result = []
    for slot in slots:
        block = _prose_block(slot)
        if block is None:
            result.append(alone[id(slot)])
            continue
        offset = flats[block].slot_offset(slot.owner, slot.is_tail)
        end = offset + len(slot.text)
        result.append(
            [
                (s - offset, e - offset, lab)
                for s, e, lab in spans[block]
                if s >= offset and e <= end
            ]
        )
    return result


def _prose_block(slot: TextSlot) -> etree._Element | None:
    block = slot.block()
    return block if etree.QName(block).localname in BLOCK_TAGS else None


def _propose_from_model(state: PersonsState, slots: list[TextSlot], words: set[str]) -> bool:
    """Add the names the statistical model finds and the rules confirm (persons_model).

    A name is proposed only when the model calls that string a person at least as often as
    anything else in the corpus. A one-word name ("Avicenna") needs more: the corpus never
    writes it in lower case or after a preposition of place ("in Avicenna"), and the model
    calls it a person at least twice and more than twice as often as anything else."""
    texts = [slot.text for slot in slots]
    found = _slot_entities(slots)
    labels: dict[str, Counter[str]] = {}
    for text, spans in zip(texts, found):
        for start, end, label in spans:
            labels.setdefault(name_key(text[start:end]), Counter())[label] += 1
    facts = _CorpusFacts(texts, words, labels)
    decided: dict[str, bool] = {}  # a name's corpus-wide checks, made once per name
    added = False
    for text, spans in zip(texts, found):
        known = list(state.index.find(text))
        for name in model_names(text, spans):
            if not _contestable(known, name, state.index):
                continue
            if name.name not in decided:
                decided[name.name] = _confirmed(name.name, labels, facts)
            if decided[name.name]:
                alone = name.surname and name.surname.casefold() not in words
                added |= _propose(state, name.name, name.surname if alone else "")
    return added


def _contestable(known: list[NameMatch], name: ProposedName, index: NameIndex) -> bool:
    """May the model's name be proposed where known names already stand? Yes where none
    overlaps it, or where the only overlap is its last word used as the surname of someone
    edition proposed ("Hori Parata" where "Parata" was given to "Robert Parata"); a name
    from persons.xml, an authority file or the gazetteer always says who this is."""
    overlapping = [m for m in known if m.start < name.end and name.start < m.end]
    return all(
        " " not in m.text.strip()
        and m.end == name.end
        and m.start > name.start
        and all(index.proposed(c) for c in m.candidates)
        for m in overlapping
    )


class _CorpusFacts:
    """What the checks of model names ask of the whole corpus, gathered in one pass."""

    def __init__(self, texts: list[str], words: set[str], labels: dict[str, Counter[str]]) -> None:
        self.words = words  # lower-case words
        # Last words of names the model mostly calls persons: a family's surname.
        self.family_names = {
            name.split()[-1]
            for name, votes in labels.items()
            if " " in name and votes["PERSON"] * 2 > sum(votes.values())
        }
        self.capitalised: Counter[str] = Counter()
        self.after_place: set[str] = set()  # words after "in", "at", "the", …
        self.cued: set[str] = set()  # words after a kinship word or a title
        cues = "|".join(re.escape(w) for w in sorted({*KIN, *TITLES}, key=len, reverse=True))
        cue = re.compile(rf"\b(?i:{cues}),?\s+([A-Z][\w-]+)")
        for text in texts:
            self.capitalised.update(_CAPITAL_WORD.findall(text))
            self.after_place.update(_PLACE_WORD.findall(text))
            self.cued.update(cue.findall(text))


_PLACE_WORD = re.compile(r"\b(?:in|at|near|from|the|The)\s+([A-Z][\w-]+)")


def _confirmed(name: str, labels: dict[str, Counter[str]], facts: _CorpusFacts) -> bool:
    """The corpus-wide checks of a model name (see _propose_from_model)."""
    if _plural(name, facts.capitalised):
        return False
    votes = labels.get(name, Counter())
    others = sum(votes.values()) - votes["PERSON"]
    if " " in name and votes["PERSON"] and others > votes["PERSON"]:
        # The model hesitates ("Hori Parata" mostly an organisation): a relative's surname
        # or a kinship word or title before the name ("his father, Hori Parata") decides.
        return name.split()[0] in facts.cued or _family_name(name, labels, facts)
    if votes["PERSON"] < others:
        return False
    if " " in name:
        return True
    if name.casefold() in facts.words or name in facts.after_place:
        return False
    if name in facts.cued:  # "his wife Grace", "the prophet Muhammad"
        return votes["PERSON"] >= 1
    occurrences = facts.capitalised[name]
    return (
        votes["PERSON"] >= 2
        and votes["PERSON"] > 2 * others
        and (votes["PERSON"] * 5 >= occurrences * 3)
    )


def _family_name(name: str, labels: dict[str, Counter[str]], facts: _CorpusFacts) -> bool:
    """Another name of the corpus with this last word is mostly called a person."""
    last = name.split()[-1]
    return last in facts.family_names and any(
        other != name and other.split()[-1] == last and votes["PERSON"] * 2 > sum(votes.values())
        for other, votes in labels.items()
        if " " in other
    )


def _same_person(found: ProposedName, match: NameMatch, state: PersonsState) -> bool:
    """Does a known name inside the proposed one already say who this is? It does when it
    covers the whole stretch ("Leon Tolstoy"), or when it is the surname of someone whose
    names start with the same given name ("Lev Davydovich Tolstoy"); "David Wilson" is new."""
    if match.end <= found.start or found.end <= match.start:
        return False
    if match.start <= found.start and match.end >= found.end:
        return True
    given = found.name.split()[0].casefold()
    persons = state.personography.persons
    return any(
        _same_given(name.split()[0].casefold(), given)
        for person_id in match.candidates
        if person_id in persons
        for name in persons[person_id].names
    )


def _same_given(a: str, b: str) -> bool:
    """Spellings of one given name: Alexei/Alexey, Grigory/Gregory, A. (not Lev/Leon)."""
    if b.endswith("."):  # an initial: "A. I. Rykov" is Alexei Rykov
        return a[:1] == b[:1]
    return a == b or (len(a) > 3 and SequenceMatcher(None, a, b).ratio() >= 0.8)


def _propose(state: PersonsState, name: str, surname: str) -> bool:
    personography = state.personography
    if name.casefold() in personography.known_names():
        return False
    # The surname alone names this person only when it names nobody else yet, is no title
    # ("King, Michael" gives no "King"), and the corpus writes it alone, not mostly as the end
    # of another capitalised phrase ("Zealand" in "New Zealand").
    variants = (
        (surname,)
        if surname
        and surname.casefold() not in personography.known_names()
        and surname not in TITLES
        and surname not in state.bound
        else ()
    )
    given = _given_alone(state, name)
    variants += (given,) if given else ()
    person = Person(personography.free_id(name), name, variants, proposed=True)
    if person.id in state.removed:
        return False
    if personography.add(person):
        state.proposed.append(person.id)
        return True
    return False


def _given_alone(state: PersonsState, name: str) -> str:
    """The given name of a proposed full name, as a form of its own ("Sarah" for "Sarah
    Gille"): the tagger uses it only in documents that name the person in full, and shares
    it among the people who bear it (context decides). Not when the corpus writes the word
    in lower case ("Hope", "Will") or after "in", "at" or "the" (a place), it is a title, a particle, an initial or regnal number,
    or someone from persons.xml, an authority file or the gazetteer is called so."""
    words = name.split()
    given = words[0] if len(words) > 1 else ""
    if (
        len(given) < 3
        or not given.isalpha()
        or not given[:1].isupper()
        or not given[1:].islower()
        or given.casefold() in state.lower
        or given in state.placed
        or given in TITLES
        or given.casefold() in state.listed_names()
    ):
        return ""
    return given


def save_persons(context, trees: Mapping[str, etree._ElementTree] | None = None) -> Path | None:
    """After tagging: write persons.xml (only when something changed). Entries the gazetteer
    lent for this run are written only when a document of `trees` mentions them, so the file
    lists the corpus's people; entries it held before are always kept."""
    state = context.cache.get(_CACHE_KEY)
    if state is None:
        return None
    path = persons_path(context.outdir, context.persons_file)
    if trees is not None:
        mentioned = {
            ref.partition("#")[2]
            for tree in trees.values()
            for ref in tree.xpath("//tei:persName/@ref", namespaces=NSMAP)
        }
        state.personography.drop(set(state.personography.persons) - mentioned - state.kept)
    state.personography.save(path)
    personography = Personography.open(path)
    log = added_log(path)
    try:
        earlier = set(json.loads(log.read_text("utf-8")))
    except (OSError, ValueError):
        earlier = set()
    ours = sorted(earlier | {p.id for p in personography.persons.values() if _ours(p)})
    data = json.dumps(ours, indent=0) + "\n"
    if not log.exists() or log.read_text("utf-8") != data:
        atomic_write(log, data)
    return path


def _ours(person: Person) -> bool:
    """Entries edition added: proposed ones and the gazetteer's (scholars' are theirs)."""
    return person.proposed or person.id in _gazetteer_ids(os.environ.get("EDITION_GAZETTEER", ""))


@lru_cache(maxsize=4)
def _gazetteer_ids(choice: str) -> frozenset[str]:
    """Ids of the gazetteer in use (`choice`: $EDITION_GAZETTEER, part of the cache key)."""
    return frozenset(person.id for person in load_gazetteer())


# --------------------------------------------------------------------------- the pass


def enrich_persons(tree: etree._ElementTree, report: Report, context) -> etree._ElementTree:
    """Tag person names in one document (a pass for edition.enrich.PASSES)."""
    state = persons_state(context)
    events = _events(tree.getroot())
    # One-word names ("Avicenna") are full names: they count wherever they stand.
    mononyms = {
        p.id
        for p in state.personography.persons.values()
        if all(" " not in n.strip() for n in p.names)
    }
    named = _named_in_full(events, state.index) | mononyms
    tagger = _DocumentTagger(state.index, report, named)
    for kind, item in events:
        if kind == "name":
            tagger.seen(item)
        else:
            tagger.tag(item)
    report.count("persons", tagger.tagged)
    return tree


def _named_in_full(events: list[tuple[str, object]], index: NameIndex) -> frozenset[str]:
    """Ids of the people this document names with more than one word ("Ada Lovelace"), in
    its text or in tags already there: a surname alone may name only them, of the people
    edition proposed (one known only from another document is not meant here)."""
    named: set[str] = set()
    for kind, item in events:
        if kind == "name":
            named.update(r.rsplit("#", 1)[-1] for r in (item.get("ref") or "").split())
            continue
        for match in index.find(item.text):
            if " " in match.text.strip():
                named.update(match.explicit or match.candidates)
    return frozenset(named)


def _events(root: etree._Element) -> list[tuple[str, object]]:
    """Text slots and existing persName elements of tei:text, in document order."""
    body = text_body(root)
    return list(_walk(body)) if body is not None else []


def _walk(element: etree._Element) -> Iterator[tuple[str, object]]:
    if element.text:
        yield "slot", TextSlot(element, False)
    for child in element:
        name = etree.QName(child).localname if isinstance(child.tag, str) else ""
        if name == _PERSNAME:
            yield "name", child
        elif name and name not in PERSONS_SKIP:
            yield from _walk(child)
        if child.tail:
            yield "slot", TextSlot(child, True)


# "his son, ", "their 22-year-old daughter ": a relative is being introduced.
_RELATIVE_BEFORE = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|whose|(?P<owner>\w+)['’]s)\s+(?:[\w-]+\s+){0,2}(?:"
    + "|".join(re.escape(k) for k in sorted(KIN, key=len, reverse=True))
    + r")\s*,?\s*$"
)


class _DocumentTagger:
    """Tags one document's slots in order, remembering who was mentioned last."""

    def __init__(
        self, index: NameIndex, report: Report, named_in_full: frozenset[str] = frozenset()
    ) -> None:
        self.index = index
        self.report = report
        self.named_in_full = named_in_full
        self.clock = 0
        self.last_seen: dict[str, int] = {}
        self.last_called: dict[tuple[str, str], int] = {}  # (word of a name, id) -> when
        self.tagged = 0
        self.before = ""  # the last running text seen, for context across inline tags
        self.pending: dict[etree._Element, tuple[int, str, str, str]] = {}  # warnings

    def seen(self, element: etree._Element) -> None:
        """An existing (perhaps hand-made) persName: it counts as context."""
        text = "".join(element.itertext())
        self.before = (self.before + text)[-40:]
        for ref in (element.get("ref") or "").split():
            self._mention(ref.rsplit("#", 1)[-1], text)

    def _mention(self, person_id: str, text: str, relative: bool = False) -> None:
        """Remember who was mentioned, and by which words. A relative introduced after a
        kinship word ("his son, Ignatius Whitcombe") does not take the family's surname over:
        the surname alone goes on naming the one the text is about."""
        self.clock += 1
        self.last_seen[person_id] = self.clock
        words = text.split()
        for word in words[:-1] if relative and len(words) > 1 else words:
            self.last_called[(word, person_id)] = self.clock

    def tag(self, slot: TextSlot) -> None:
        text = slot.text
        matches = [m for m in self.index.find(text, self.before) if self._meant_here(m)]
        inverted = self._inverted(text)
        if inverted is not None:
            rest = [m for m in matches if m.start >= inverted.end or m.end <= inverted.start]
            matches = [inverted, *rest]
        kin = {k.start: k for k in kin_mentions(text, self.before)}
        alone = [
            k
            for k in kin.values()
            if not any(m.start < k.end and k.start < m.end for m in matches)
            and (k.given in GIVEN_NAMES or family_index().relatives(k.kin, k.given))
        ]
        spans = [
            self._span(slot, item, kin.get(item.start))
            if isinstance(item, NameMatch)
            else self._kin_span(slot, item)
            for item in sorted([*matches, *alone], key=lambda item: item.start)
        ]
        self.tagged += wrap_spans(slot, spans)
        for span in spans:  # warn only of the ones tagged (not left out by enrich.memory)
            warning = self.pending.pop(span.element, None)
            if warning is not None and span.element.getparent() is not None:
                self.report.warn(*warning)
        self.before = (self.before + text)[-40:]

    def _meant_here(self, match: NameMatch) -> bool:
        """A one-word name of a person edition proposed counts only in a document that
        names that person in full; people from persons.xml, authority files or the
        gazetteer are known everywhere."""
        if " " in match.text.strip():
            return True
        return any(not self.index.proposed(c) or c in self.named_in_full for c in match.candidates)

    def _inverted(self, text: str) -> NameMatch | None:
        """An entry starting "Service, Robert (2009) …" names the person Robert Service."""
        found = inverted_name(text)
        if found is None:
            return None
        candidates, explicit = self.index.candidates(found.name)
        if not explicit:
            return None
        return NameMatch(
            found.start, found.end, text[found.start : found.end], candidates, explicit
        )

    def _span(self, slot: TextSlot, match: NameMatch, kin: KinMention | None = None) -> Span:
        """A known name; one given name after a kinship word may name a relative instead
        ("their son Lev" is Lev Kuzmin, though "Lev" alone is most often Tolstoy)."""
        one_word = kin is not None and kin.end == match.end and match.start == kin.start
        person_id = (self._relative(kin) if one_word else None) or self._resolve(match)
        if person_id:
            relative = self._relative_of_namesake(slot.text[: match.start], match, person_id)
            return self._linked(match.start, match.end, person_id, match.text, relative)
        return self._unresolved(slot, match.start, match.end, match.text, match.candidates)

    def _relative_of_namesake(self, before: str, match: NameMatch, person_id: str) -> bool:
        """Is this full name a relative introduced after a kinship word ("Whitcombe and his
        son, Ignatius Whitcombe") whose surname the possessor already goes by here?"""
        found = _RELATIVE_BEFORE.search((self.before + before)[-60:])
        words = match.text.split()
        if found is None or len(words) < 2 or not self.last_seen:
            return False
        owner = found.group("owner")
        if owner:
            holders = [pid for (word, pid) in self.last_called if word == owner]
        else:  # "his", "her", "their": the one mentioned last
            holders = [max(self.last_seen, key=self.last_seen.__getitem__)]
        return any(h != person_id and (words[-1], h) in self.last_called for h in holders)

    def _kin_span(self, slot: TextSlot, kin: KinMention) -> Span:
        """A given name after a kinship word that names nobody alone ("his sister Klara"): the
        relative the family ties name, else the last one called so here, else cert="low"."""
        person_id = self._relative(kin)
        if person_id is None:
            called = [(w, pid) for (word, pid), w in self.last_called.items() if word == kin.given]
            person_id = max(called)[1] if called else None
        if person_id is None:
            return self._unresolved(slot, kin.start, kin.end, kin.given, ())
        return self._linked(kin.start, kin.end, person_id, kin.given)

    def _linked(
        self, start: int, end: int, person_id: str, text: str, relative: bool = False
    ) -> Span:
        self._mention(person_id, text, relative)
        return Span(start, end, make_element(_PERSNAME, ref=f"{PERSONS_FILE}#{person_id}"))

    def _relative(self, kin: KinMention) -> str | None:
        """Who the family ties say this relative is (see persons_family)."""
        owner = None
        if kin.owner:
            found = next(iter(self.index.find(kin.owner)), None)
            owner = self._resolve(found) if found and found.text == kin.owner else None
        person_id = family_index().relative(kin, owner, self.last_seen, self.clock)
        # An entry persons.xml no longer has (a scholar deleted it) is no answer.
        return person_id if person_id in self.index.ids else None

    def _unresolved(
        self, slot: TextSlot, start: int, end: int, text: str, candidates: tuple[str, ...]
    ) -> Span:
        """A person we cannot name for sure: cert="low", no @ref, and a line in the report."""
        who = (
            "could be " + ", ".join(f"#{c}" for c in candidates)
            if candidates
            else "names a relative that persons.xml does not list"
        )
        context = " ".join(slot.text[max(0, start - 30) : end + 30].split())
        element = make_element(_PERSNAME, cert="low")
        self.pending[element] = (
            slot.line,
            "person-ambiguous",
            f'"{text}" (in "…{context}…") {who}; tagged cert="low" without @ref',
            'add ref="persons.xml#…" by hand; the next run keeps it',
        )
        return Span(start, end, element)

    def _resolve(self, match: NameMatch) -> str | None:
        """The one person meant, or None when the context does not tell."""
        candidates = match.candidates
        if len(candidates) == 1:
            return candidates[0]
        # The last one called by this very word ("Kuzmin" after "Sergei Kuzmin"), else the last
        # one mentioned at all, else the only one who is listed under this form.
        word = match.text.split()[-1]
        called = [c for c in candidates if (word, c) in self.last_called]
        if called:
            return max(called, key=lambda c: self.last_called[(word, c)])
        recent = [c for c in candidates if c in self.last_seen]
        if recent:
            return max(recent, key=self.last_seen.__getitem__)
        if len(match.explicit) == 1:
            return match.explicit[0]
        listed = [c for c in match.explicit if not self.index.proposed(c)]
        return listed[0] if len(listed) == 1 else None
