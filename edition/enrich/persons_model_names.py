"""Names the statistical model proposes, and the corpus-wide checks that confirm them.

The model (persons_model) reads each prose block whole; a name it calls a person is proposed
when the rules (persons_rules) and the corpus agree: it is called a person at least as often
as anything else, is no group ("the Smiths"), and a one-word name is never written in lower
case or after a preposition of place. A full name the model hesitates over is confirmed by a
relative's surname or a kinship word or title before it.
"""

from __future__ import annotations

import re
from collections import Counter

from lxml import etree

from .memory import BlockText
from .persons_evidence import whole_words
from .persons_index import NameIndex, NameMatch, same_given
from .persons_model import entities
from .persons_patronymics import PATRONYMIC, join_patronymics
from .persons_probe import relabel_cued, relabel_possessives
from .persons_rules import TITLES, ProposedName, is_regnal, model_names, name_key
from .persons_words import GENERATION_AFTER, KIN, thing_word
from .text_nodes import BLOCK_TAGS, TextSlot

CAPITAL_WORD = re.compile(r"\b[A-Z][\w-]+")


def _plural(name: str, capitalised: Counter[str]) -> bool:
    """ "Young Turks", "the Smiths": a last word that is the plural of a word the corpus
    also writes capitalised in the singular names a group."""
    last = name.split()[-1]
    return last.endswith("s") and (last[:-1] in capitalised or last[:-2] in capitalised)


def slot_entities(slots: list[TextSlot]) -> list[list[tuple[int, int, str]]]:
    """The model's entities of each slot (the caller reads them once per run), block by
    block: the model sees whole paragraphs (better context; a quotation inside a paragraph
    is read with it), and its cache is keyed by a block's text, which tags added later do not
    change, so a run after a hand edit reads only the edited paragraphs. A note is read as a
    block of its own and left out of the paragraph around it, so no text is read twice. A
    slot outside any prose block (text loose in a division) is read alone."""
    owners = [_model_block(slot) for slot in slots]
    flats: dict[etree._Element, BlockText] = {}
    for block in owners:
        if block is not None and block not in flats:
            flats[block] = _ModelText(block)
    blocks = list(flats)
    loose = [slot for slot, block in zip(slots, owners) if block is None]
    texts = [flats[b].text for b in blocks] + [slot.text for slot in loose]
    found = relabel_cued(texts, relabel_possessives(texts, entities(texts)))
    found = join_patronymics(texts, found)
    spans = dict(zip(blocks, found))
    alone = {id(slot): spans_ for slot, spans_ in zip(loose, found[len(blocks) :])}
    result = []
    for slot, block in zip(slots, owners):
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


def _model_block(slot: TextSlot) -> etree._Element | None:
    """The outermost prose block around a slot, not reaching out of a note."""
    found, node = None, slot.parent
    while node is not None:
        name = etree.QName(node).localname if isinstance(node.tag, str) else ""
        if name in BLOCK_TAGS:
            found = node
        if name == "note":
            break
        node = node.getparent()
    return found


class _ModelText(BlockText):
    """A block's flattened text without the notes inside it (each is a block of its own)."""

    def _walk(self, element: etree._Element) -> None:
        self.starts[element] = self._length
        self._add(element.text)
        for child in element:
            if isinstance(child.tag, str) and etree.QName(child).localname != "note":
                self._walk(child)
            else:  # no text here, but text after it still finds its place
                self.starts[child] = self.ends[child] = self._length
            self._add(child.tail)
        self.ends[element] = self._length


def model_labels(texts: list[str], found: list[list[tuple[int, int, str]]]) -> dict:
    """name -> how often the model gives it each label, over the corpus."""
    labels: dict[str, Counter[str]] = {}
    for text, spans in zip(texts, found):
        for start, end, label in spans:
            labels.setdefault(name_key(text[start:end]), Counter())[label] += 1
    return labels


DENIED_NORP = 2  # times the model calls a name a people or a faith, and a person never ...
DENIED_OTHER = 3  # ... or something else (it calls some full names an organisation twice)


def model_denies(name: str, labels: dict[str, Counter[str]]) -> bool:
    """Does the model call this name a people or a faith (NORP) at least twice, or something
    else at least three times, and a person never ("Roman Catholic", "Coppa Italia": to the
    rules a given name and a capitalised word)?"""
    votes = labels.get(name, Counter())
    if votes["PERSON"]:
        return False
    return votes["NORP"] >= DENIED_NORP or sum(votes.values()) >= DENIED_OTHER


def model_proposals(
    index: NameIndex,
    slots: list[TextSlot],
    words: set[str],
    found: list[list[tuple[int, int, str]]],
    labels: dict[str, Counter[str]],
    never_alone: frozenset[str] = frozenset(),
) -> list[tuple[str, str, bool]]:
    """Add the names the statistical model finds and the rules confirm (persons_model):
    (name, surname, whether the model mostly calls the surname alone a person). `found` is
    slot_entities(slots), `labels` model_labels of them, `never_alone` the words the corpus
    never writes alone (a title before one of them stays in the name).

    A name is proposed only when the model calls that string a person at least as often as
    anything else in the corpus. A one-word name ("Avicenna") needs more: the corpus never
    writes it in lower case or after a preposition of place ("in Avicenna"), and the model
    calls it a person at least twice and more than twice as often as anything else."""
    texts = [slot.text for slot in slots]
    facts = CorpusFacts(texts, words, labels)
    decided: dict[str, bool] = {}  # a name's corpus-wide checks, made once per name
    proposals = []
    for text, spans in zip(texts, found):
        known = list(index.find(text))
        for proposed in model_names(text, spans, never_alone):
            name = headline_cut(text, proposed, words)
            if name is None or not _contestable(known, name, index):
                continue
            if name.name not in decided:
                decided[name.name] = confirmed(name.name, labels, facts)
            if decided[name.name]:  # the caller decides whether the surname stands alone
                alone = labels.get(name.surname, Counter())
                person = alone["PERSON"] * 2 > sum(alone.values())
                proposals.append((name.name, name.surname, person))
    return proposals


_CONTEXT_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")


def _in_headline(text: str, name: ProposedName) -> bool:
    """Does the name stand among capitalised words ("… Japanese Atomic Cinema, 1951")? In a
    title written in title case the model's names run on into other words."""
    before = _CONTEXT_WORD.findall(text[max(0, name.start - 50) : name.start])[-4:]
    after = _CONTEXT_WORD.findall(text[name.end : name.end + 50])[:4]
    near = before + after
    capitalised = sum(word[0].isupper() for word in near)
    return len(near) >= 3 and capitalised * 4 >= len(near) * 3


def headline_cut(text: str, name: ProposedName, lower: set[str]) -> ProposedName | None:
    """In a title-case stretch, a model name made of words the corpus also writes in lower
    case is no name ("Atomic Cinema"), and such words after a full name are cut off ("Frank
    Grillo Action Sci-Fi" is "Frank Grillo")."""
    if not _in_headline(text, name):
        return name
    words = name.name.split()
    common = [w.casefold() in lower or w.split("-")[0].casefold() in lower for w in words]
    if all(common):
        return None
    keep = len(words)
    while keep > 2 and common[keep - 1]:
        keep -= 1
    if keep == len(words):
        return name
    found = re.compile(r"\s+".join(map(re.escape, words[:keep]))).match(text, name.start)
    if found is None:
        return name
    return ProposedName(name.start, found.end(), " ".join(words[:keep]), words[keep - 1])


def _contestable(known: list[NameMatch], name: ProposedName, index: NameIndex) -> bool:
    """May the model's name be proposed where known names already stand? Yes where none
    overlaps it, or where the only overlap is its last word used as a surname: of someone
    edition proposed ("Hori Parata" where "Parata" was given to "Robert Parata"), or of
    known people whose names start otherwise ("Chris Cannon" beside a listed "James
    Cannon"). A known name that covers more than a surname always says who this is."""
    overlapping = [
        m
        for m in known
        if m.start < name.end
        and name.start < m.end
        and not names_parent(name, m)
        and not _regnal_of_given_name(name, m, index)
        and not of_another_generation(name.name, name.start, m)
    ]
    given = name.name.split()[0].casefold()
    return all(
        " " not in m.text.strip()
        and m.end == name.end
        and m.start > name.start
        and all(
            index.proposed(c) or (_given_before(name, m) and not _same_first(index, c, given))
            for c in m.candidates
        )
        for m in overlapping
    )


def of_another_generation(name: str, start: int, match: NameMatch) -> bool:
    """Is a known name at the start of `name` ("Agrippina") followed there by a generation
    epithet ("Agrippina the Elder")? Then `name` is a parent or a child of that name, not
    the known person (who would bear the whole form, and be matched by it)."""
    epithet = GENERATION_AFTER.match(name, match.end - start)
    return match.start == start and bool(epithet) and epithet.end() == len(name.rstrip())


def names_parent(name: ProposedName, match: NameMatch) -> bool:
    """Is a known name inside the model's name a parent's, after a patronymic particle
    ("Uthman" in "Abdullah ibn Uthman")? It does not say who the whole name is."""
    words = name.name[: match.start - name.start].split()
    return bool(words) and PATRONYMIC.fullmatch(words[-1]) is not None


def _regnal_of_given_name(name: ProposedName, match: NameMatch, index: NameIndex) -> bool:
    """Is the model's name a known one-word name and a regnal number ("Leopold II") where
    every person the word names bears it as a given name ("Leopold Gassmann")? Then it is
    someone else, a ruler."""
    words = name.name.split()
    if len(words) != 2 or not is_regnal(words[1]) or words[0] != match.text.strip():
        return False
    return index.ruler_apart(match.candidates, words[0], words[1])


def _given_before(name: ProposedName, match: NameMatch) -> bool:
    """Is the word before a surname in the model's name a capitalised one ("Chris Cannon"),
    not a particle ("Destino di X" is a title that ends with a name)?"""
    words = name.name[: match.start - name.start].split()
    return bool(words) and words[-1][:1].isupper()


def _same_first(index: NameIndex, person_id: str, given: str) -> bool:
    return any(same_given(word.casefold(), given) for word in index.first_words(person_id))


class CorpusFacts:
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
        self.after_place: Counter[str] = Counter()  # words after "in", "at", "the", …
        self.cued: Counter[str] = Counter()  # words after a kinship word or a title
        self.cued_alone: Counter[str] = Counter()  # … that no capitalised word follows
        cues = {w.casefold() for w in (*KIN, *TITLES)}
        self.joined = "\n".join(texts)
        self.works = works_named(self.joined)
        for text in texts:
            self.capitalised.update(CAPITAL_WORD.findall(text))
            self.after_place.update(PLACE_WORD.findall(text))
            for found in _CUED.finditer(text):  # a word, then a capitalised one
                word = found.group(1).casefold()
                if word in cues or word.rsplit("-", 1)[-1] in cues:  # "his son", "step-son"
                    self.cued[found.group(2)] += 1
                    self.cued_alone[found.group(2)] += not found.group("more")


# Any word with the capitalised word after it ("son Ivan", "General Grant"), read at every
# word start (a lookahead: one pair does not hide the next); the caller checks the first word.
_CUED = re.compile(r"(?<![\w.-])(?=([\w.-]+),?\s+([A-Z][\w-]+)(?P<more>\s+[A-Z])?)")


# The model's calls of a word alone as a people or faith that make a name ending in it a
# description ("Medieval Muslim", see _described).
MIN_VOTES = 3
# A capitalised word after a preposition of place or "the" ("in al-Andalus" too), standing
# alone: "in Ada of Quill: Essays" (a title starting with a name) and "in Ada's letters" say
# nothing of "Ada".
PLACE_WORD = re.compile(
    r"\b(?:in|at|near|from|the|The)\s+((?:[a-z]{1,3}-)?[A-Z][\w-]+)"
    r"(?!['’]s\b|\s+(?:(?:of|von|van|de|du|da|di|del|ibn|bin)\s+)?[A-Z][a-z])"
)
IN_PLACE = r"\b(?:in|at|near)\s+"  # before a place, never before a person


def confirmed(name: str, labels: dict[str, Counter[str]], facts: CorpusFacts) -> bool:
    """The corpus-wide checks of a model name (see model_proposals)."""
    if _plural(name, facts.capitalised) or _described(name, labels) or called_a_work(name, facts):
        return False
    votes = labels.get(name, Counter())
    others = sum(votes.values()) - votes["PERSON"]
    if " " in name and votes["PERSON"] and others > votes["PERSON"]:
        # The model hesitates ("Hori Parata" mostly an organisation): a relative's surname
        # or a kinship word or title before the name ("his father, Hori Parata") decides.
        return name.split()[0] in facts.cued or _family_name(name, labels, facts)
    if votes["PERSON"] < others:
        return False
    if " " in name and _always_runs_on(name, facts):
        return False
    if " " in name:  # a place of two words ("born in Tamil Nadu") is no person, nor the
        # name of a body or thing mostly written after "the" ("the Golden Dawn")
        return not (_after_place_word(name, facts.joined) or _mostly_after_the(name, facts.joined))
    if name.casefold() in facts.words or _counted_thing(name, labels):
        return False
    # "in Bukhara", "the Moriori": a place or a people, unless a title or kinship word stands
    # before it as often ("President Obama" twice, "the Obama administration" twice).
    if facts.after_place[name] > facts.cued_alone[name]:
        return False
    if facts.cued_alone[name]:  # "his wife Grace", "the prophet Muhammad"
        return votes["PERSON"] >= 1
    occurrences = facts.capitalised[name]
    return (
        votes["PERSON"] >= 2
        and votes["PERSON"] > 2 * others
        and (votes["PERSON"] * 5 >= occurrences * 3)
    )


def _always_runs_on(name: str, facts: CorpusFacts) -> bool:
    """Is every occurrence of the name followed by a capitalised word the corpus never writes
    in lower case ("Ada Maria" of "Ada Maria Quill")? Then the model read part of a longer
    name, which is never written alone."""
    after = [_NEXT_WORD.match(facts.joined, end) for _, end in whole_words(facts.joined, name)]
    words = [found.group(1) if found else "" for found in after]
    return bool(words) and all(word and word.casefold() not in facts.words for word in words)


_NEXT_WORD = re.compile(r"\s+([A-Z][\w-]*)")
_ANY_NEXT_WORD = re.compile(r"\s+(\w+)")
_PLACE_CUE = re.compile(IN_PLACE + r"$")


MIN_AFTER_THE = 2  # uses after "the" that make a name a thing's, if at least half of all


def _mostly_after_the(name: str, text: str) -> bool:
    """Does the corpus write the name after "the" at least MIN_AFTER_THE times and in at least
    half of its uses ("the Golden Dawn", "the Second Order")? People's names take no article."""
    uses = list(whole_words(text, name))
    after = sum(
        text[max(0, start - 4) : start].casefold() == "the " and not _thing_word_after(text, end)
        for start, end in uses
    )
    return after >= MIN_AFTER_THE and after * 2 >= len(uses)


def _thing_word_after(text: str, end: int) -> bool:
    """Does a word that makes the name a thing's follow it ("the Li Ling affair")? Then "the"
    is the thing's article, not the name's."""
    found = _ANY_NEXT_WORD.match(text, end)
    return bool(found) and (thing_word(found.group(1)) or thing_word(found.group(1).capitalize()))


def _after_place_word(name: str, text: str) -> bool:
    """Does the name stand after "in", "at" or "near" anywhere in the text ("born in Tamil
    Nadu"), not as a possessive? str.find for the name, a regular expression only before it."""
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        after = text[end : end + 1]
        ends_word = not after or not (after.isalnum() or after in "_'’")
        if ends_word and _PLACE_CUE.search(text, max(0, start - 24), start):
            return True
        start = text.find(name, start + 1)
    return False


_WORK = (
    r"(?:film|movie|novel|novella|book|play|opera|ballet|musical|poem|song|album|painting"
    r"|sculpture|series|sitcom|blockbuster)"
)
_TITLE = r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*"
_YEAR = r"(?:\s*\(\d{4}\))?"
# "films such as Zanjeer (1973), Deewaar and Sholay", "the 1977 play Childe Byron"
_LISTED_WORKS = re.compile(
    rf"\b{_WORK}s?\s+(?:such\s+as\s+|like\s+|including\s+|titled\s+|called\s+)?"
    rf"({_TITLE}{_YEAR}(?:(?:,\s+(?:and\s+)?|\s+and\s+){_TITLE}{_YEAR})*)"
)
_SAID_WORK = re.compile(rf"(?<![\w-])({_TITLE})\s+(?:was|is)\s+an?\s+(?:[a-z]+\s+){{0,2}}{_WORK}\b")
_LIST_SEPARATOR = re.compile(rf"{_YEAR}(?:,\s+(?:and\s+)?|\s+and\s+|$)")


def works_named(text: str) -> set[str]:
    """Titles the text calls works (see called_a_work), read once per corpus."""
    works = {" ".join(found.group(1).split()) for found in _SAID_WORK.finditer(text)}
    for found in _LISTED_WORKS.finditer(text):
        works.update(" ".join(item.split()) for item in _LIST_SEPARATOR.split(found.group(1)))
    return works - {""}


def called_a_work(name: str, facts: CorpusFacts) -> bool:
    """Does the corpus call the name a work: "films such as Zanjeer, Deewaar and X", "the
    novel X", "X was a crime film"? Then it is a title, whatever the model says. A title that
    runs on ("the play Childe Byron Returns") counts for its first words too."""
    return any(work == name or work.startswith(name + " ") for work in facts.works)


def _described(name: str, labels: dict[str, Counter[str]]) -> bool:
    """A name whose last word the model calls a people, a faith or a language on its own
    ("Medieval Muslim", "Sunni Muslim") describes someone; it is no name."""
    if " " not in name:
        return False
    alone = labels.get(name.split()[-1], Counter())
    return alone["NORP"] + alone["LANGUAGE"] >= MIN_VOTES and alone["PERSON"] * 2 < sum(
        alone.values()
    )


def _counted_thing(name: str, labels: dict[str, Counter[str]]) -> bool:
    """A one-word name the corpus also counts in the plural, which the model calls a thing
    ("an Oscar" and "the Oscars"): an award, a product, an event. A family in the plural
    ("the Kennedys") is people to the model, so its name stays."""
    plural = labels.get(name + "s", Counter())
    return sum(plural.values()) > 2 * (plural["PERSON"] + plural["NORP"])


def _family_name(name: str, labels: dict[str, Counter[str]], facts: CorpusFacts) -> bool:
    """Another name of the corpus with this last word is mostly called a person."""
    last = name.split()[-1]
    return last in facts.family_names and any(
        other != name and other.split()[-1] == last and votes["PERSON"] * 2 > sum(votes.values())
        for other, votes in labels.items()
        if " " in other
    )
