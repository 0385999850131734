"""The persons pass: tag every mention of a person as <persName ref="persons.xml#id">.

Known people come from the personography (persons.xml merged with the built-in gazetteer);
full names of unknown people ("Given Surname") are proposed as new entries before tagging, so
the whole corpus is tagged against one list and a second run gives the same files. A form
shared by several people is resolved from context (persons_tagger); names the model finds are
confirmed against the corpus (persons_model_names); names the text declares one person are
merged (persons_aliases).
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from lxml import etree

from ..corpus_files import PERSONS_FILE
from ..guard import STATE_DIR
from ..report import Report
from ..xmlio import NSMAP, atomic_write
from .authority import authority_persons
from .capitalised_nouns import capitalises_nouns
from .personography import (
    Person,
    Personography,
    load_gazetteer,
    open_personography,
)
from .persons_aliases import (
    SUFFIXES,
    attach_alias,
    full_names_in_capitals,
    initialled_names,
    lead_pronoun_aliases,
    lead_subject,
    leading_forms,
    middle_names,
    place_bynames,
    regnal_bases,
    reversed_names,
    same_generations,
    short_name_to_lead,
    spelling_forms,
    spelling_variants,
    stated_aliases,
    surname_to_subject,
    trailing_forms,
)
from .persons_capitals import capitals_names
from .persons_context import MIN_CONTEXTS, context_names, sayings, thing_acronyms, titled_names
from .persons_coordination import ROUNDS as COORDINATION_ROUNDS
from .persons_coordination import coordinated_names, things_named
from .persons_evidence import (
    CAPITAL_PAIR,
    LowerWords,
    alone_before,
    written_bare,
    written_plain,
)
from .persons_generations import generation_names
from .persons_index import SOFT_HYPHEN, NameIndex, NameMatch, same_given
from .persons_model_names import (
    CAPITAL_WORD,
    IN_PLACE,
    PLACE_WORD,
    model_denies,
    model_labels,
    model_proposals,
    of_another_generation,
    slot_entities,
)
from .persons_of_place import of_place_names
from .persons_rules import (
    CAPITALISED_WORD,
    CLAN_PARTICLES,
    PARTICLES,
    REALM,
    TITLES,
    ProposedName,
    inverted_names,
    is_regnal,
    one_word_name,
    propose_names,
    titled_surname_of,
)
from .persons_tagger import PERSNAME, DocumentTagger
from .persons_words import (
    FUNCTION_WORDS,
    GIVEN_NAMES,
    KIN,
    THING_AFTER,
    WORLD_GIVEN_NAMES,
    generation_epithet,
)
from .text_nodes import SKIP_TAGS, TextSlot, text_body

_CACHE_KEY = "persons"
# Names in titles of works are mentions too ("Gogol: The Court of the Red Tsar").
PERSONS_SKIP = SKIP_TAGS - {"title"}


@dataclass(frozen=True)
class CapitalPairs:
    """How often the corpus writes each capitalised word, after another capitalised word,
    and after each one."""

    total: Counter[str] = field(default_factory=Counter)
    after_capital: Counter[str] = field(default_factory=Counter)
    pairs: Counter[tuple[str, str]] = field(default_factory=Counter)

    def bound(self, word: str, but_after: str = "") -> bool:
        """Is `word` written mostly right after another capitalised word ("Zealand",
        "Strait"), not counting where it follows `but_after`?"""
        own = self.pairs[(but_after, word)]
        after, total = self.after_capital[word] - own, self.total[word] - own
        return after * 4 > total * 3 and after >= 3


@dataclass
class PersonsState:
    """What the persons pass shares across a corpus run."""

    personography: Personography
    index: NameIndex
    removed: frozenset[str] = frozenset()  # ids edition added once and a scholar deleted
    proposed: list[str] = field(default_factory=list)
    bound: frozenset[str] = frozenset()  # words the corpus writes after another capital
    capitals: CapitalPairs = field(default_factory=CapitalPairs)  # see _bound_words
    kept: frozenset[str] = frozenset()  # ids persons.xml held before this run: never dropped
    lower: frozenset[str] = frozenset()  # words the corpus writes in lower case
    placed: frozenset[str] = frozenset()  # capitalised words after "in", "at", "the", …
    places: frozenset[str] = frozenset()  # … written twice after "in", "at", "near" alone
    acronyms: frozenset[str] = frozenset()  # abbreviations of bodies: "(SASO)" (thing_acronyms)
    documents: tuple[str, ...] = ()  # each document's text, for where names first occur
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
            personography, NameIndex(personography.for_index()), removed, kept=kept
        )
        context.cache[_CACHE_KEY] = state
    return state


# --------------------------------------------------------------------------- corpus hooks


def propose_persons(trees: Mapping[str, etree._ElementTree], context) -> None:
    """Before tagging: add full names of people nobody listed yet, as proposed entries."""
    state = persons_state(context)
    documents = []
    for name in sorted(trees):
        document = [item for kind, item in _events(trees[name].getroot()) if kind == "slot"]
        if not capitalises_nouns(slot.text for slot in document):
            documents.append(document)
            continue
        context.reports.setdefault(name, Report(name)).warn(
            1,
            "persons-capitalised-nouns",
            "the text capitalises its nouns (German): no new persons are proposed from it, as "
            "a capital tells no name there; names already known are still tagged",
            "tag its people by hand, or pass their names with --persons FILE",
        )
    slots = [slot for document in documents for slot in document]
    texts = [slot.text for slot in slots]
    # A surname that a document naming the person also writes in lower case ("conquest") is
    # a word there: it does not name the person when it stands alone.
    lower = LowerWords([[slot.text for slot in document] for document in documents])
    words = set().union(*lower.words)
    state.bound, never_alone, state.capitals = _bound_words(texts)
    state.lower = frozenset(words)
    state.documents = tuple(lower.documents)
    state.placed = frozenset(w for text in texts for w in PLACE_WORD.findall(text))
    in_place = Counter(w for text in texts for w in _IN_PLACE_WORD.findall(text))
    state.places = frozenset(w for w, n in in_place.items() if n >= 2)
    state.acronyms = frozenset(thing_acronyms(texts))
    entities = slot_entities(slots)
    labels = model_labels(texts, entities)
    world_given = _world_given_names(words, state.placed, labels)
    added = False
    for document, document_lower in zip(lower.texts, lower.words):
        for found in capitals_names(document, document_lower):  # often a lead's subject
            if not state.index.candidates(found.name)[0]:
                added |= _propose(state, found.name, found.surname, (found.surface,))
    joined = "\n".join(texts)
    places: dict[str, bool] = {}  # name -> _a_place_there, read once over the corpus
    said = sayings(texts)
    for text in texts:
        known = list(state.index.find(text))
        for inverted in inverted_names(text):
            given = inverted.name.split()[0]
            if given in state.placed and given not in GIVEN_NAMES:
                continue  # "London, England (1990)": a place, then its country
            if not state.index.candidates(inverted.name)[1]:
                added |= _propose(state, inverted.name, inverted.surname)
        for found in propose_names(text, world_given):
            if model_denies(found.name, labels) and not any(
                said[word] for word in found.name.split()[1:]
            ):
                continue  # "Roman Catholic": a given name and a word, a faith to the model
                # (unless the corpus says of the surname what is said of people: "Governor
                # Velázquez", when the model calls every Spanish name an organisation)
            if _doubtful_world_name(text, found, words, labels, state.places):
                continue
            if found.name not in places:
                places[found.name] = _a_place_there(found.name, joined, labels)
            if places[found.name]:
                continue  # "born in Santiago de Cuba": a given name and a place, a city
            if not any(_same_person(found, m, state) for m in known):
                if found.name[1:2] == "." and found.surname.casefold() in words:
                    continue  # "I. Now": initials before a common word are no name
                alone = not lower.written(found.surname, found.name)
                added |= _propose(state, found.name, found.surname if alone else "")
    for name, surname, person in model_proposals(
        state.index, slots, words, entities, labels, never_alone
    ):
        # One lower-case use of a surname the model calls a person, and that the corpus speaks
        # of as a person, is a slip (persons_evidence.LowerWords.written)
        slips = person and said[surname] >= MIN_CONTEXTS
        added |= _propose(state, name, "" if lower.written(surname, name, slips) else surname)
    placed = Counter(w for text in texts for w in PLACE_WORD.findall(text))
    added |= _propose_titled(state, titled_names(texts, words, placed))
    for name in context_names(texts, words, placed, said):
        if name not in state.bound and not state.index.candidates(name)[0]:
            added |= _propose(state, name, "")  # said of as a person: "X's widow", "X died"
    for name in of_place_names(labels, words):  # "Eusebius of Nicomedia"
        if not state.index.candidates(name)[0]:
            added |= _propose(state, name, "")
    if added:
        state.index = NameIndex(state.personography.for_index())
    generations = []
    for name in generation_names(texts, words):  # "Agrippina the Elder", her daughter's mother
        if state.index.candidates(name)[0]:
            continue
        same = state.index.same_generation(name)  # "Agrippina Minor" is "Agrippina the Younger"
        if len(same) == 1:
            generations.append(attach_alias(state.personography, same[0], name))
        else:
            generations.append(_propose(state, name, ""))
    if any(generations):
        state.index = NameIndex(state.personography.for_index())
    rulers = [_propose(state, name, "") for name in rulers_of_given_names(texts, state.index)]
    for name, realms in titled_rulers(texts, words).items():  # "King Hiero II", "… of Aragon"
        if not state.index.candidates(name)[0] and _propose(state, name, ""):
            rulers.append(True)
            for realm in realms:
                attach_alias(state.personography, state.proposed[-1], realm)
    if any(rulers):
        state.index = NameIndex(state.personography.for_index())
    things = things_named(texts)
    for _ in range(COORDINATION_ROUNDS):  # "Attila and Bleda": joined to a person's name
        coordinated = coordinated_names(texts, state.index, words, in_place, labels, things)
        proposed = [_propose(state, name, "") for name in coordinated if name not in state.bound]
        if not any(proposed):
            break
        state.index = NameIndex(state.personography.for_index())
    merged = leading_forms(state.personography, state.lower)
    merged |= trailing_forms(state.personography)
    merged |= full_names_in_capitals(state.personography)
    merged |= middle_names(state.personography, joined)
    merged |= initialled_names(state.personography)
    merged |= place_bynames(state.personography)
    merged |= spelling_variants(state.personography)
    merged |= spelling_forms(state.personography)
    merged |= regnal_bases(state.personography)
    merged |= reversed_names(state.personography)
    merged |= same_generations(state.personography)
    merged |= surname_to_subject(state.personography, joined)
    if merged:
        state.index = NameIndex(state.personography.for_index())
    slot_texts = [[slot.text for slot in document] for document in documents]
    if short_name_to_lead(state.personography, _leads(slot_texts, state.index)):
        state.index = NameIndex(state.personography.for_index())
    # An alias may name someone by a form an earlier alias gave ("popularly known as Abu
    # Bakr", then "Abu Bakr's full name was …"): read the statements again while they add.
    for _ in range(ALIAS_ROUNDS):
        stated = stated_aliases(texts, state.index, state.personography)
        if not (lead_pronoun_aliases(slot_texts, state.index, state.personography) or stated):
            break
        state.index = NameIndex(state.personography.for_index())
    if spelling_forms(state.personography):  # "Ibn Sīnā" once the lead said "Ibn Sina"
        state.index = NameIndex(state.personography.for_index())
    # and the words of a birth name the lead gave ("born Tarvo Quellan") to the subject
    if short_name_to_lead(state.personography, _leads(slot_texts, state.index)):
        state.index = NameIndex(state.personography.for_index())


def _leads(slot_texts: list[list[str]], index: NameIndex) -> list[tuple[str, str]]:
    """(the id of the person a document is about, its text) for each document that has one."""
    return [(s, "\n".join(texts)) for texts in slot_texts if (s := lead_subject(texts, index))]


# A capitalised word and a regnal number ("Leopold II"); "I" only before punctuation, "(" or
# "of" (else it is the pronoun).
_RULER = re.compile(
    rf"(?<![\w.-])({CAPITALISED_WORD})\s+([IVX]{{2,5}}|V|X|I(?=[,.;:)]|\s+\(|\s+of\b))\b(?![\w'’-])"
)


def _world_given_names(
    lower: set[str], placed: frozenset[str], labels: dict[str, Counter[str]]
) -> frozenset[str]:
    """The world's given names (WORLD_GIVEN_NAMES) that may start a full name in this corpus:
    not words it writes in lower case ("may") or as a place ("in Florence"), nor words the
    model, reading them alone, calls something other than a person ("Roman")."""
    return frozenset(
        name
        for name in WORLD_GIVEN_NAMES
        if name.casefold() not in lower and name not in placed and not model_denies(name, labels)
    )


# Words that stand before a thing's or a people's name, never before a person's full name.
DETERMINERS = frozenset(
    ("the", "a", "an", "his", "her", "their", "its", "our", "my", "your")
    + ("this", "that", "these", "those")
)
WORLD_NAME_DENIED = 2  # times the model calls such a name something else, and never a person
_WORD_BEFORE = re.compile(r"([^\W\d_][\w’'-]*)\s+$")


def _doubtful_world_name(
    text: str,
    found: ProposedName,
    lower: set[str],
    labels: dict[str, Counter[str]],
    places: frozenset[str] = frozenset(),
) -> bool:
    """Is a name whose first word only the world's list calls a given name more likely a
    thing's: its last word one the corpus writes in lower case ("Sina Faculty") or as a place
    ("Norman Vexin" where it writes "in Vexin"), the model calling it something else twice and
    never a person, a determiner before it ("his Hami Uighurs"), or a capitalised word other
    than a title before it ("Corpus Juris Civilis")? A title before it ("General Marcus
    Claudius Marcellus") says it is a person's."""
    if found.name.split()[0].split("-")[0] in GIVEN_NAMES or found.name[1:2] == ".":
        return False  # "Charles-Marie Widor", "J. T. Murphy"
    before = _WORD_BEFORE.search(text, 0, found.start)
    word = before.group(1) if before else ""
    if word.rstrip(".") in TITLES:
        return False
    last = found.name.split()[-1]
    if last.casefold() in lower or last in places or word.casefold() in DETERMINERS:
        return True
    votes = labels.get(found.name, Counter())
    if sum(votes.values()) >= WORLD_NAME_DENIED and not votes["PERSON"]:
        return True
    return word[:1].isupper() and word not in FUNCTION_WORDS


def _a_place_there(name: str, joined: str, labels: dict[str, Counter[str]]) -> bool:
    """Does the corpus write `name` only right after "in", "at" or "near" ("born in Santiago
    de Cuba", "in San Antonio"), and the model never call it a person? A person stands there
    rarely, a possessive aside ("in Marie Curie's laboratory")."""
    if labels.get(name, Counter())["PERSON"]:
        return False
    written = re.compile(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])(?!['’]s)")
    found = [m.start() for m in written.finditer(joined)]
    return bool(found) and all(_IN_PLACE_BEFORE.search(joined[max(0, at - 8) : at]) for at in found)


_IN_PLACE_BEFORE = re.compile(IN_PLACE + r"\Z")


_RANKED_RULER = re.compile(
    rf"(?<![\w-])(?:{'|'.join(re.escape(t.rstrip('.')) for t in TITLES if t[:1].isupper())})\.?"
    rf"\s+({CAPITALISED_WORD}\s+(?:[IVX]{{2,5}}|V|X))\b(?![\w'’-])"
)


# Words numbered "I" before "of" that name parts of things, not rulers ("Book I of …").
_PARTS = frozenset(
    [
        "Part",
        "Volume",
        "Book",
        "Chapter",
        "Act",
        "Scene",
        "Section",
        "Article",
        "Schedule",
        "Title",
        "Phase",
        "Stage",
        "Level",
        "Class",
        "Type",
        "Grade",
        "Form",
        "Table",
        "Figure",
        "Plate",
        "Appendix",
        "Annex",
        "Canto",
        "Psalm",
        "Series",
        "Division",
        "War",
    ]
)


def titled_rulers(texts: list[str], lower: set[str]) -> dict[str, set[str]]:
    """Regnal names a rank stands before ("King Hiero II") or a realm follows ("Ferdinand
    II of Aragon"), which the model often calls an organisation, with the forms that name
    their realm: name -> {"Hiero II of Syracuse"}. Not "World War II" (no rank, no realm);
    "I" only with a realm ("Hiero I of Syracuse"), since "I" is mostly the pronoun."""
    found: dict[str, set[str]] = {}
    for text in texts:
        for match in _RULER.finditer(text):
            word, number = match.groups()
            if not is_regnal(number) or word.casefold() in lower:
                continue
            realm = REALM.match(text, match.end())
            if number == "I" and (not realm or word in _PARTS):
                continue  # "Hiero I of Syracuse", not "Part I of Homer's"
            ranked = _RANKED_RULER.search(text, max(0, match.start() - 20), match.end())
            if realm and realm.group(1) not in THING_AFTER | FUNCTION_WORDS:
                found.setdefault(f"{word} {number}", set()).add(
                    f"{word} {number} of {realm.group(1)}"
                )
            elif ranked and ranked.end() == match.end():
                found.setdefault(f"{word} {number}", set())
    return found


def rulers_of_given_names(texts: list[str], index: NameIndex) -> list[str]:
    """Regnal names whose first word the corpus knows only as given names ("Leopold II" where
    "Leopold" is Leopold Gassmann's and Leopold Mozart's): rulers of their own, which the
    model often calls a place or an event."""
    found: dict[str, None] = {}
    for text in texts:
        for match in _RULER.finditer(text):
            word, number = match.groups()
            if not is_regnal(number):
                continue
            if index.ruler_apart(index.candidates(word)[0], word, number):
                found[f"{word} {number}"] = None
    return list(found)


ALIAS_ROUNDS = 3  # readings of the stated aliases; each may give names the next one reads


_IN_PLACE_WORD = re.compile(IN_PLACE + r"([A-Z][\w-]+)\b(?!['’-])")


def _propose_titled(state: PersonsState, titled: list[tuple[str, str]]) -> bool:
    """Propose the people called by an honorific and a surname (titled_names, most written
    first), unless a full name already bears the surname ("Mr Mugabe" after "Robert
    Mugabe"). A one-word name proposed as the surname is merged into the first of them."""
    titles = {title.casefold() for title in TITLES}
    borne = {
        words[-1]
        for words in map(str.split, state.personography.known_names())
        if len(words) > 1 and words[0].rstrip(".") not in titles
    }
    added, first = False, set()
    for name, surname in titled:
        if surname.casefold() in borne:
            continue
        if _propose(state, name, surname) and surname not in first:
            first.add(surname)
            attach_alias(state.personography, state.proposed[-1], surname)
            added = True
    return added


def _bound_words(texts: list[str]) -> tuple[frozenset[str], frozenset[str], CapitalPairs]:
    """Capitalised words the corpus writes mostly right after another capitalised word
    ("Zealand", "Strait"): such a word alone is not the surname of anyone; and those of them
    it never writes otherwise ("Jahan" of "Shah Jahan"): a title before one is part of a name.
    Also the counts, for _bound_but_for."""
    counts = CapitalPairs()
    for text in texts:
        counts.total.update(CAPITAL_WORD.findall(text))
        counts.pairs.update(m.groups() for m in CAPITAL_PAIR.finditer(text))
    for (_, word), n in counts.pairs.items():
        counts.after_capital[word] += n
    bound = {w for w in counts.after_capital if counts.bound(w)}
    never = {w for w in bound if counts.after_capital[w] >= counts.total[w]}
    return frozenset(bound), frozenset(never), counts


def _bound_but_for(state: PersonsState, name: str, surname: str) -> bool:
    """Is `surname` bound (see _bound_words) also where it does not follow the word before it
    in `name`, a given name? A surname follows its given name: "Paul Desmond" fifty times in
    a discography, "Desmond" alone thrice, is a surname; "Aurelius" after "Titus", "Lucius"
    and "Marcus" is not one, nor "Zealand" after "New"."""
    words = name.split()
    given = words[-2] if words[1:] else ""
    if given not in GIVEN_NAMES and given not in WORLD_GIVEN_NAMES:
        given = ""
    return surname in state.bound and state.capitals.bound(surname, given)


def _same_person(found: ProposedName, match: NameMatch, state: PersonsState) -> bool:
    """Does a known name inside the proposed one already say who this is? It does when it
    covers the whole stretch ("Leon Tolstoy"), or when it is the surname of someone whose
    names start with the same given name ("Lev Davydovich Tolstoy"); "David Wilson" is new."""
    if match.end <= found.start or found.end <= match.start:
        return False
    if match.start <= found.start and match.end >= found.end:
        return True
    if of_another_generation(found.name, found.start, match):
        return False  # "Agrippina the Elder" beside a known "Agrippina": her mother
    given = found.name.split()[0].casefold()
    persons = state.personography.persons
    return any(
        same_given(name.split()[0].casefold(), given)
        for person_id in match.candidates
        if person_id in persons
        for name in persons[person_id].names
    )


# Particles a surname may be written without ("Almeida" of "de Almeida", "Humboldt" of "von
# Humboldt"), when the corpus does so (persons_evidence.written_bare).
BARE_PARTICLES = frozenset({"de", "da", "do", "dos", "das", "von"})


def _propose(state: PersonsState, name: str, surname: str, written: tuple[str, ...] = ()) -> bool:
    """Add a proposed person `name` (with `surname` alone as a form, when free, and the
    forms as `written` in capitals); False when the corpus knows the name already."""
    name, surname = name.replace(SOFT_HYPHEN, ""), surname.replace(SOFT_HYPHEN, "")
    personography = state.personography
    if name.casefold() in personography.known_names() or name in SUFFIXES or is_regnal(name):
        return False  # known already, or "Jr" of "Charles Catton, Jr." or "II" read alone
    if _acronym_first(name) or name in state.acronyms:
        return False  # "ACF Fiorentina", "BBC Radio", "SASO": a body's initials, no person
    if " of " in name and not written_plain(state.documents, name):
        return False  # "it convinced Ada of Quill's guilt" names no "Ada of Quill"
    if len(name.split()) == 2 and state.index.two_surnames(*name.split()):
        return False  # "the struggles against Quill Brennan's party": two people, a comma lost
    # The surname alone names this person only when it names nobody else yet, is no title
    # ("King, Michael" gives no "King"), and the corpus writes it alone, not mostly as the end
    # of another capitalised phrase ("Zealand" in "New Zealand").
    variants = (
        _surname_forms(name, surname)
        if surname
        and f" of {surname}" not in name  # "Ada of Quill": of a place, no surname
        and not alone_before(state.documents, name, surname)
        and surname.casefold() not in personography.known_names()
        and surname not in TITLES
        and not _bound_but_for(state, name, surname)
        and not generation_epithet(f"{name.split()[0]} {surname}")  # no "Minor" alone
        and surname not in state.places  # "G. M. Mauryan India" gives no "India"
        and not _kin_and_given(name, personography.known_names())
        else ()
    )
    particle, _, bare = variants[0].partition(" ") if variants else ("", "", "")
    if particle in BARE_PARTICLES and " " not in bare and written_bare(state.documents, bare):
        variants += (bare,)  # "Almeida" of "Francisco de Almeida", written so
    given = _given_alone(state, name)
    given = "" if given and alone_before(state.documents, name, given) else given
    variants += ((given,) if given else ()) + written
    person = Person(personography.free_id(name), name, variants, proposed=True)
    if person.id in state.removed:
        return False
    if personography.add(person):
        state.proposed.append(person.id)
        return True
    return False


_KIN_WORDS = frozenset(k.casefold() for k in KIN)


def _kin_and_given(name: str, known: set[str]) -> bool:
    """Is `name` a kinship word used as a title before a given name ("Mother Ada", where the
    corpus knows "Ada Quill")? Its last word then is no surname that names it alone."""
    first, *rest = name.casefold().split()
    return (
        len(rest) == 1
        and first in _KIN_WORDS
        and any(known_name.startswith(f"{rest[0]} ") for known_name in known)
    )


def _acronym_first(name: str) -> bool:
    """A name that starts with an acronym (capitals without dots) before words in lower case
    letters: no person is called so, an organisation is."""
    first, *rest = name.split()
    return (
        len(first) >= 2
        and first.isalpha()
        and first.isupper()
        and any(not word.isupper() for word in rest)
    )


def _surname_forms(name: str, surname: str) -> tuple[str, ...]:
    """The surname as written alone: with its particles ("de Miranda" of "Luis de Miranda",
    and "De Miranda" at the start of a sentence), else the last word itself. A particle
    joined by a hyphen may be dropped ("Mr. Bashir" for "Omar al-Bashir")."""
    words = name.split()
    particle, _, rest = surname.partition("-")
    if particle.islower() and particle in PARTICLES and rest[:1].isupper():
        return (surname, particle.capitalize() + "-" + rest, rest)
    if surname not in words:
        return (surname,)
    at = len(words) - 1 - words[::-1].index(surname)
    start = at
    while start > 1 and words[start - 1].lower() in PARTICLES - CLAN_PARTICLES:  # "De Niro"
        start -= 1
    if start == at:
        return (surname,)
    form = " ".join(words[start : at + 1])
    return (form, form[0].upper() + form[1:])


def _given_alone(state: PersonsState, name: str) -> str:
    """The given name of a proposed full name, as a form of its own ("Sarah" for "Sarah
    Gille"): the tagger uses it only in documents that name the person in full, and shares
    it among the people who bear it (context decides). Not when the corpus writes the word
    in lower case ("Hope", "Will") or after "in", "at" or "the" (a place), it is a title, a
    particle, an initial or regnal number, someone from persons.xml, an authority file or the
    gazetteer is called so, or the name has a generation epithet ("Agrippina the Elder": the
    epithet is there because another bears the word)."""
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
        or generation_epithet(name)
    ):
        return ""  # "Agrippina" alone is no more her mother's than hers: the lead decides
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
        mentioned = set(context.mentioned or ())
        mentioned.update(ref for tree in trees.values() for ref in mentioned_ids(tree))
        state.personography.drop(set(state.personography.persons) - mentioned - state.kept)
    state.personography.save(path)
    if state.personography.backup is not None:
        context.notices.append(
            f"notice[persons-backup]: {path}: had changes edition did not make; they are kept, "
            f"and the file as it was is saved as {state.personography.backup}"
        )
        state.personography.backup = None
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


def mentioned_ids(tree: etree._ElementTree) -> set[str]:
    """The person ids a document's persName/@ref point to."""
    return {ref.partition("#")[2] for ref in tree.xpath("//tei:persName/@ref", namespaces=NSMAP)}


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
    mononyms = {p.id for p in state.personography.persons.values() if p.mononym}
    named = _named_in_full(events, state.index) | mononyms
    strangers = _strangers(state, named, _gazetteer_forms_alone(events, state.index))
    tagger = DocumentTagger(state.index, report, named, strangers)
    for kind, item in events:
        if kind == "name":
            tagger.seen(item)
        else:
            tagger.tag(item)
    report.count("persons", tagger.tagged)
    return tree


# A document is of the gazetteer's domain when it names this many of its people, in full or
# by one-word forms only they bear.
GAZETTEER_DOMAIN = 2


def _strangers(
    state: PersonsState, named: frozenset[str], alone: frozenset[tuple[str, ...]]
) -> frozenset[str]:
    """The built-in gazetteer's people whose one-word name does not name them here.

    The gazetteer is one domain's knowledge. A document of that domain names several of its
    people ("Ada Lovelace and Babbage"); in any other document a surname alone ("Cannon",
    "Fischer") is more likely someone else, so only the people it names in full are meant by
    one word. `alone`: the candidates of each one-word form used here that only the
    gazetteer's people bear."""
    gazetteer = _gazetteer_ids(os.environ.get("EDITION_GAZETTEER", ""))
    full = named & gazetteer
    if len(full) + sum(not full.intersection(c) for c in alone) >= GAZETTEER_DOMAIN:
        return frozenset()
    scholars = {p.id for p in state.personography.persons.values() if p.id not in gazetteer}
    return frozenset(gazetteer - named - scholars)


def _gazetteer_forms_alone(
    events: list[tuple[str, object]], index: NameIndex
) -> frozenset[tuple[str, ...]]:
    """The candidates of each one-word form of this document that only the gazetteer's
    people bear ("Lovelace" and "Lovelace's" count once)."""
    gazetteer = _gazetteer_ids(os.environ.get("EDITION_GAZETTEER", ""))
    found: set[tuple[str, ...]] = set()
    for kind, item in events:
        if kind == "slot":
            for match in index.find(item.text):
                if one_word_name(match.text) and set(match.candidates) <= gazetteer:
                    found.add(tuple(sorted(match.candidates)))
    return frozenset(found)


def _named_in_full(events: list[tuple[str, object]], index: NameIndex) -> frozenset[str]:
    """Ids of the people this document names with more than one word ("Ada Lovelace"), in
    its text or in tags already there: a surname alone may name only them, of the people
    edition proposed (one known only from another document is not meant here)."""
    named: set[str] = set()
    gazetteer = _gazetteer_ids(os.environ.get("EDITION_GAZETTEER", ""))
    for kind, item in events:
        if kind == "name":
            named.update(r.rsplit("#", 1)[-1] for r in (item.get("ref") or "").split())
            continue
        for match in index.find(item.text):
            titled = titled_surname_of(match.text, match.candidates, gazetteer)
            if " " in match.text.strip() and not titled:
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
        if name == PERSNAME:
            yield "name", child
        elif name and name not in PERSONS_SKIP:
            yield from _walk(child)
        if child.tail:
            yield "slot", TextSlot(child, True)
