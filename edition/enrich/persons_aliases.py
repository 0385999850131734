"""Other names of one person that the text itself states.

Named outright: "X, also known as Y", "courtesy name Z", "variant spellings include A and B".

A birth name: "Ellen Mary Gille (née Fetter)" is also "Ellen Fetter" and "Ellen Mary Fetter"
(a title between name and "née" may stand set off by commas). A married name: after
"Ellen Fetter married John Gille", a corpus that writes "Ellen Gille" means her; which of the
two took the other's surname is read from the corpus (the form that occurs), not assumed.
A shorter form: "Te Kaurinui" is "Te Kaurinui Robert Parata" when the corpus proposes
no one else whose name starts so. Only entries edition proposed are merged: a scholar's or the gazetteer's entries stay as
they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from ..accents import without_accents
from .personography import Personography
from .persons_evidence import uses_alone, whole_words
from .persons_index import LETTER_MARKS, NameIndex, NameMatch, same_given
from .persons_patronymics import PATRONYMIC
from .persons_rules import PARTICLES, TITLES, is_regnal, name_key
from .persons_words import GIVEN_NAMES, WORLD_GIVEN_NAMES, split_generation, thing_word

SUFFIXES = frozenset({"Jr", "Jr.", "Sr", "Sr.", "Junior", "Senior"})

_MARRIED_BETWEEN = re.compile(r"\s+(?:had\s+|has\s+|was\s+|later\s+)?(?:married|wed)\s+(?:to\s+)?$")
# "(née Fetter)", "(; née FETTER;", ", born Fetter", and after a title set off by commas:
# ", LADY QUILL, (née …"
_BORN_AFTER = re.compile(
    r"(?:\s*,\s*[^,;()\n]{1,40}?,)?\s*(?:[,(;]\s*)*(?:née|nee|né|born)\s+(?P<surname>[A-Z][\w’'-]+)"
)


# "(born Frederick Augustus Washington Bailey", "(; born TYGE OTTESEN BRAHE;", "was born Margaret
# Louise Higgins in", "married the novelist Sam Quill,[5] né Samuel Quillan.": a birth name of two
# to five capitalised words right after the name.
_BORN_NAME = re.compile(
    r"(?:\s*(?:[,(;]\s*|\[\d{1,4}\]\s*)+|\s+was\s+)"  # "(;[1] ; ; born", "was born"
    r"(?:born|née|nee|né)\s+"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,4})"
    r"(?=\s*[;,()]|\s+(?:on|in|into)\b|\.(?:\s|\[|$))"
)


def stated_aliases(texts: Iterable[str], index: NameIndex, personography: Personography) -> bool:
    """Add the birth and married names the texts state to the proposed entries they belong
    to, merging an entry proposed under such a name into its person. True when anything
    changed (the caller rebuilds its name index)."""
    texts = list(texts)
    corpus = "\n".join(texts)
    changed = False
    for text in texts:
        found = [m for m in index.find(text) if len(m.explicit) == 1]
        for match in found:
            birth_name = _BORN_NAME.match(text, match.end)
            if birth_name:  # "TYCHO BRAHE (; born TYGE OTTESEN BRAHE; …)": a whole birth name
                alias = " ".join(_uncapped(w) for w in birth_name.group("name").split())
                changed |= attach_alias(personography, match.explicit[0], alias)
                continue
            if " " not in name_key(match.text):
                continue  # "Chopin was born FRYDERYK …" only: a surname alone tells no given name
            born = _BORN_AFTER.match(text, match.end)
            if born:
                surname = _uncapped(born.group("surname"))
                names = [_uncapped(w) for w in name_key(match.text).split()]
                # "Ellen Fetter", and with the middle names "Ellen Mary Fetter"
                for alias in dict.fromkeys(
                    [f"{names[0]} {surname}", " ".join([*names[:-1], surname])]
                ):
                    changed |= attach_alias(personography, match.explicit[0], alias)
        for match in index.find(text):
            if len(match.explicit) == 1:
                opens = not text[: match.start].strip()
                aliases = named_aliases(text, match.end, opens)
                for alias in aliases + _titled_forms(text, match, corpus):
                    changed |= attach_alias(personography, match.explicit[0], alias)
        full = [m for m in found if " " in name_key(m.text)]
        for first, second in pairwise(full):
            if _MARRIED_BETWEEN.search(text[first.end : second.start]) is None:
                continue
            for who, other in ((first, second), (second, first)):
                alias = f"{_given(who)} {_surname(other)}"
                if _written(alias, corpus):
                    changed |= attach_alias(personography, who.explicit[0], alias)
    return changed


# ", COUNTESS OF LOVELACE", ", Duke of Wellington": a title of a place right after a name.
_TITLE_OF_PLACE = re.compile(
    r",\s*(?:[A-Z][\w’'-]*\s+){1,3}(?:of|OF)\s+(?P<place>[A-Z][\w’'-]*[^\W\d_])(?![\w’'-])"
)


def _titled_forms(text: str, match: NameMatch, corpus: str) -> list[str]:
    """The names a title of a place after a full name gives its bearer, when the corpus
    writes them: "AUGUSTA ADA KING, COUNTESS OF LOVELACE" is also "Ada Lovelace" (a given
    name and the place)."""
    titled = _TITLE_OF_PLACE.match(text, match.end)
    words = name_key(match.text).split()
    if titled is None or len(words) < 2:
        return []
    place = _uncapped(titled.group("place"))
    forms = [f"{_uncapped(w)} {place}" for w in words[:-1]]
    return [f for f in forms if _written(f, corpus)]


# "X (701–762), also known as Y, courtesy name Z": other names the text gives X.
_PARENTHESIS = r"(?:\[\d{1,4}\]\s*)?(?:\([^()]{0,80}\)\s*)?(?:,?\s*\[\d{1,4}\])?"  # "[1] (…),[2]"
# "often known in the west as", "more popularly simply as", "commonly called"
_KNOWN_AS = (
    r"(?:(?:often|commonly|more|most|popularly|simply|usually|widely|better|also)\s+)*"
    r"(?:(?:known|called|referred\s+to)\s+)?(?:in\s+the\s+\w+\s+|in\s+English\s+)?"
    r"(?:simply\s+)?as"
)
_ALIAS_CUE = re.compile(
    rf"\s*{_PARENTHESIS},?\s*\(?\s*(?:(?:and|or)\s+)?(?:also\s+known\s+as|also\s+called"
    r"|better\s+known\s+as|also\s+spelled|variant\s+spellings\s+include"
    # "better known by his regnal name SHAH JAHAN", "known by the pen name X"
    r"|(?:better\s+|also\s+|commonly\s+)?known\s+by\s+(?:his|her|their|the)\s+"
    r"(?:regnal|pen|stage|religious|monastic|throne|adopted)\s+(?:name|title)"
    r"|(?:courtesy|pen|art)\s+name"
    r"|(?i:romani[sz]ed|transliterated|latini[sz]ed|angli[cs]i[sz]ed|helleni[sz]ed)"
    r"(?:\s+[\w–-]+){0,3}?\s+as"
    rf"|(?:often|commonly|popularly|usually|widely)\s+{_KNOWN_AS}"
    r"|['’]s\s+(?:full|real|birth|original|complete)\s+name\s+(?:was|is)"
    # "Naka no Tarvo reigned as Emperor Tenvo": a ruler's name on the throne
    r"|(?:reigned|ruled)(?:\s+\w+){0,2}?\s+as)\s+"
)
_QUOTES = re.compile(r"\s*[\"'‘’“”]*\s*")  # quotation marks or markup left around an alias
_CLOSING_QUOTES = re.compile(r"\s*[\"'‘’“”]+")
# An alias: up to four capitalised words, and parents' names after a patronymic particle
# ("Abdullah ibn Uthman ibn Aamir … al-Quraishi").
_ALIAS_WORD = r"(?:[a-z]{1,3}-)?[A-ZÀ-Ý][\w’'/-]*"
_ALIAS = re.compile(
    rf"{_ALIAS_WORD}(?:\s+{_ALIAS_WORD}){{0,3}}"
    rf"(?:\s+{PATRONYMIC.pattern}\s+{_ALIAS_WORD}(?:\s+{_ALIAS_WORD}){{0,2}})*"
)
# Between two aliases: a comma or "and"/"or", after the first one's parenthesis, and before the
# next one a cue of its own ("and often known in the west as AVICENNA").
_ALIAS_JOIN = re.compile(
    rf"\s*{_PARENTHESIS}(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
    rf"(?:(?:often|commonly|more|most|popularly|simply|usually|widely)\s+{_KNOWN_AS}\s+)?"
)


# After a cue, "and" right after its first alias names someone else ("better known as
# Metastasio, and Christoph Gluck"), unless the cue introduces a list ("variant spellings
# include A and B") or a cue of its own follows ("A, and often known in the west as B"); in a
# list already begun ("known as A, B and C") it joins the next alias.
_LIST_CUE = re.compile(r"include|spelled")
_NAMING_JOIN = re.compile(r"\bor\b|\bas\s*$")
_AND = re.compile(r"\band\b")


# A word made from a name for a teaching or its followers is no name of the person.
_DOCTRINE = re.compile(r"(?:ism|ists?|ians?)$", re.IGNORECASE)


# "Mahendra (Pali: Mahinda)": the name in another language, in brackets right after it.
_LANGUAGE_ALIAS = re.compile(
    r"\s*\((?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?):\s+"
    r"([A-ZÀ-Ý][\w’'-]*(?:\s+[A-ZÀ-Ý][\w’'-]*){0,3})\)"
)


# "ANTOINE-LAURENT DE LAVOISIER (also ANTOINE LAVOISIER after the French Revolution": a name
# of two words or more, not a language ("(also Greek: …").
_ALSO_ALIAS = re.compile(
    r"\s*\(\s*also\s+([A-ZÀ-Ý][\w’'-]*(?:\s+[A-ZÀ-Ý][\w’'-]*){1,3})(?=\s*[,;)]|\s+[a-z])"
)


# "CHARLEMAGNE (…)[1] or CHARLES THE GREAT (742 – 814) was": a lead's second name for its
# subject, before the dates or the verb.
_LEAD_OR = re.compile(
    rf"\s*{_PARENTHESIS}\s*or\s+({_ALIAS_WORD}(?:\s+{_ALIAS_WORD}){{0,3}})"
    r"(?=\s*[(,]|\s+(?:was|is)\b)"
)


def named_aliases(text: str, end: int, opens: bool = False) -> list[str]:
    """The names a cue right after a name at `end` gives it ("also known as LI BO, courtesy
    name TAIBAI", "variant spellings include A, B and C", "(Pali: Mahinda)", "(also ANTOINE
    LAVOISIER after …"; after the name a paragraph `opens` with, "or CHARLES THE GREAT (742 –
    814) was"), in title case when in capitals."""
    stated = _LANGUAGE_ALIAS.match(text, end) or _ALSO_ALIAS.match(text, end)
    other = stated or (_LEAD_OR.match(text, end) if opens else None)
    if other:
        aliases = [_uncapped(other.group(1))]
    else:
        aliases = []
        position = end
        while (cue := _ALIAS_CUE.match(text, position)) is not None:
            listing = _LIST_CUE.search(cue.group(0)) is not None
            found, position = alias_list(text, cue.end(), listing)
            if _THRONE_CUE.search(cue.group(0)):  # "reigned as Emperor Tenvo": "Tenvo"
                found = [n for name in found if (n := name_key(name)).rstrip(".") not in TITLES]
            aliases += found
    # "Avicenna (New York: Columbia University Press)": a place and a publisher, no name
    return [alias for alias in aliases if not thing_word(alias.split()[-1])]


_THRONE_CUE = re.compile(r"(?:reigned|ruled)")


def alias_list(text: str, position: int, listing: bool = False) -> tuple[list[str], int]:
    """The names a cue ending at `position` gives, and where they end: "A", "A, B and C" when
    `listing` (the cue introduces a list), else "A" and the names a cue of their own joins."""
    aliases: list[str] = []
    while (found := _ALIAS.match(text, _QUOTES.match(text, position).end())) is not None:
        name = found.group(0).rstrip("'’")  # a closing quotation mark is no part of it
        if not _DOCTRINE.search(name):  # "Confucius, also known as Confucianism"
            aliases.append(_uncapped(name))
        position = found.end()
        closing = _CLOSING_QUOTES.match(text, position)
        position = closing.end() if closing else position
        joined = _ALIAS_JOIN.match(text, position)
        if joined is None or not _ALIAS.match(text, _QUOTES.match(text, joined.end()).end()):
            break
        first_and = _AND.search(joined.group(0)) and len(aliases) == 1
        if first_and and not listing and not _NAMING_JOIN.search(joined.group(0)):
            break  # "better known as Metastasio, and Christoph Gluck": another person
        position = joined.end()
    return aliases, position


_SMALL_WORDS = frozenset(("the", "of", "and", "de", "da", "di", "du", "von", "van", "der", "den"))


def _uncapped(name: str) -> str:
    """A name in capitals in title case, its small words in lower case ("CHARLES THE GREAT"
    -> "Charles the Great", "LOVELACE" -> "Lovelace"); others as written."""
    if not name.isupper():
        return name
    first, *rest = name.title().split(" ")
    return " ".join([first, *(w.lower() if w.lower() in _SMALL_WORDS else w for w in rest)])


def _given(match: NameMatch) -> str:
    return name_key(match.text).split()[0]


def _surname(match: NameMatch) -> str:
    return name_key(match.text).split()[-1]


# "He was known as ATHANASIUS CONTRA MUNDUM", "She is also called X": a name given to the
# person a lead is about, named by a pronoun.
_PRONOUN_CUE = re.compile(
    r"\b(?:He|She)\s+(?:was|is|has\s+been)\s+(?:also\s+|often\s+|sometimes\s+)?"
    r"(?:known|called|nicknamed|referred\s+to)\s+as\s+"
    r"|\b(?:[Hh]is|[Hh]er)\s+name\s+(?:also\s+)?(?:appears|is\s+(?:also\s+)?(?:written|spelled))"
    r"\s+(?P<list>in\s+variants\s+such\s+as|as)\s+"
    # "He is also known by his (hao), or pen-name X"
    r"|\b(?:He|She)\s+(?:is|was)\s+(?:also\s+)?known\s+by\s+(?:his|her)\s+"
    r"(?:\([^()]{1,20}\),?\s+(?:or\s+)?)?(?:regnal|pen|stage|religious|monastic|throne|art)"
    r"[\s-](?:name|title)\s+"
    # "She has also published under the married name X"
    r"|\b(?:He|She)\s+(?:has\s+|had\s+)?(?:also\s+)?(?:published|wrote|written|performed|"
    r"appeared|worked|exhibited|recorded)\s+under\s+(?:the\s+|a\s+)?"
    r"(?:(?:married|maiden|birth|pen|stage|assumed)\s+)?(?:name|pseudonym)\s+"
)  # "his name appears in variants such as Li Taibo, Li Tai-po, among others"
LEAD_PARAGRAPHS = 8  # paragraphs at a document's start where "he" is the person it is about


def lead_pronoun_aliases(
    documents: list[list[str]], index: NameIndex, personography: Personography
) -> bool:
    """Names a document's lead gives its subject by a pronoun ("He was known as X"): the
    subject is the first person its first paragraph names in full. True when any was added."""
    changed = False
    for texts in documents:
        subject = lead_subject(texts, index)
        if subject is None:
            continue
        for text in texts[:LEAD_PARAGRAPHS]:
            for cue in _PRONOUN_CUE.finditer(text):
                for alias in alias_list(text, cue.end(), bool(cue.group("list")))[0]:
                    alias = " ".join(_uncapped(w) for w in alias.split())
                    changed |= attach_alias(personography, subject, alias)
    return changed


# A paragraph of prose ends a sentence, maybe before a note marker: "… in 1941.[2]"
_SENTENCE_END = re.compile(r"[.!?…][\"'’”)]*(?:\s*\[\w{1,4}\])*\s*$")


def lead_subject(texts: list[str], index: NameIndex) -> str | None:
    """The person a document is about: the one its lead opens with, even by one name
    ("CHARLEMAGNE (742 – 814) was …"), else the first one it names in full. The lead is its
    first paragraph of prose, not a remnant of an infobox or a heading above it."""
    lead = next((t for t in texts[:3] if _SENTENCE_END.search(t)), texts[0] if texts else None)
    if lead is None:
        return None
    first = next(
        (
            m
            for m in index.find(lead)
            if len(m.explicit) == 1 and (" " in m.text.strip() or not lead[: m.start].strip())
        ),
        None,
    )
    return first.explicit[0] if first else None


def short_name_to_lead(personography: Personography, leads: list[tuple[str, str]]) -> bool:
    """The word of its subject's name a document uses alone most often, three times at least
    ("Madero" of "Francisco Ignacio Madero González", "Cortés" of "Hernán Cortés de Monroy y
    Pizarro Altamirano"), names the subject, not a relative who bears it ("Evaristo Madero")
    and is named in full more often than the subject, nor a person of its own proposed under
    that word alone ("Tycho" of "Tycho Brahe"). `leads`: (the subject's id from
    lead_subject, the document's text). Only a word that is already a form of some name;
    not when the subjects of two documents share it; scholars' and the gazetteer's entries
    stay as they are. True when anything changed."""
    proposed = {p.id: p for p in personography.persons.values() if p.proposed}
    claims: dict[str, set[str]] = {}
    for subject, text in leads:
        if subject in proposed:
            word = _short_name(proposed[subject], text)
            if word:
                claims.setdefault(word, set()).add(subject)
    changed = False
    for word, subject in _sole_claims(claims):
        others = [
            p
            for p in personography.persons.values()
            if p.id != subject
            and p.proposed
            and (word in p.variants or p.name == word or _bears(p, word))
        ]
        if not others or not any(word in p.names for p in personography.persons.values()):
            continue  # nobody shares it, or it is no form of a name here (a word it writes)
        changed |= _give_to_subject(personography, subject, word, [p.id for p in others])
    return _words_to_lead(personography, leads) or changed


def _give_to_subject(
    personography: Personography, subject: str, word: str, others: Iterable[str]
) -> bool:
    """Take `word` from the other people's variants and give it to the subject, merging an
    entry proposed under it alone."""
    changed = False
    for other in others:
        changed |= personography.remove_variant(other, word)
    return attach_alias(personography, subject, word) or changed


def _words_to_lead(personography: Personography, leads: list[tuple[str, str]]) -> bool:
    """Merge into a document's subject an entry proposed under one word of the subject's
    names alone, which the document uses alone three times or more ("Ada" beside "Ada
    Quill", whose surname is her short name): the word the subject goes by besides the
    short name. So too the name of a ruler without his number ("Abd al-Tarvo" in the
    document on "Abd al-Tarvo III"). Another person who holds the word as a variant (a
    godfather the subject was named after) gives it up. Not when the subjects of two
    documents bear it."""
    proposed = {p.id: p for p in personography.persons.values() if p.proposed}
    holders: dict[str, set[str]] = {}
    for person in proposed.values():
        for name in person.names:
            holders.setdefault(name, set()).add(person.id)
    claims: dict[str, set[str]] = {}
    for subject, text in leads:
        if subject not in proposed:
            continue
        for name in proposed[subject].names:
            for word in [_uncapped(w) for _, w in _name_words(name)] + _regnal_base(name):
                held = holders.get(word, set()) - {subject}
                if held and uses_alone(text, word) >= SUBJECT_MIN:
                    claims.setdefault(word, set()).add(subject)
    changed = False
    for word, subject in _sole_claims(claims):
        changed |= _give_to_subject(personography, subject, word, sorted(holders[word] - {subject}))
    return changed


def _sole_claims(claims: dict[str, set[str]]) -> list[tuple[str, str]]:
    """(word, subject) for each word that one document's subject alone claims, in word order:
    a word the subjects of two documents claim stays where it is."""
    return [
        (word, next(iter(subjects)))
        for word, subjects in sorted(claims.items())
        if len(subjects) == 1
    ]


def _regnal_base(name: str) -> list[str]:
    """A ruler's name of two words or more without its number ("Abd al-Tarvo III" -> "Abd
    al-Tarvo"), or nothing."""
    *base, last = _uncapped(name).split()
    return [" ".join(base)] if len(base) >= 2 and is_regnal(last) else []


def _short_name(person, text: str) -> str | None:
    """The word of the person's names that `text` uses alone most often (not beside another
    capitalised word), when it does so three times or more and no other word as often: a
    surname, a family name written first, a ruler's name. Not a place or an epithet after
    "of" or "the" ("Alcuin of York")."""
    words = {
        _uncapped(word)
        for name in person.names
        for before, word in _name_words(name)
        if len(word) >= 3
        and word.isalpha()
        and word[:1].isupper()
        and not is_regnal(word)
        and before.casefold() not in ("of", "the")
    }
    counts = {word: uses_alone(text, word) for word in words}
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    if not ranked or ranked[0][1] < SUBJECT_MIN:
        return None
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


def _name_words(name: str) -> list[tuple[str, str]]:
    """(word before, word) for each word of a name, the first one with "" before it: a
    family name may come first ("Deng" of "Deng Xiaoping"), a ruler's name before his number
    or epithet ("Moctezuma II", "Charles the Great"), and a subject may go by a given name."""
    words = name.split()
    pairs = list(pairwise(words))
    if len(words) > 1:
        pairs.append(("", words[0]))
    return pairs


def attach_alias(personography: Personography, person_id: str, alias: str) -> bool:
    """`alias` names `person_id`: a variant of a proposed entry, or a name stated for this
    run for an entry edition does not own (Personography.state_name); an entry proposed
    under that name is merged into it."""
    persons = personography.persons
    if person_id not in persons:
        return False
    holders = [p for p in persons.values() if alias.casefold() in {n.casefold() for n in p.names}]
    if any(p.id == person_id for p in holders):
        return False
    if any(not p.proposed for p in holders):
        return False  # a scholar's or the gazetteer's person bears that name
    personography.drop({p.id for p in holders})
    if not persons[person_id].proposed:  # a scholar's or the gazetteer's entry stays as it is
        names = [alias, *(name for holder in holders for name in holder.names)]
        stated = [personography.state_name(person_id, name) for name in names]
        return any(stated) or bool(holders)
    changed = personography.add_variant(person_id, alias)
    for holder in holders:
        for name in holder.names:
            if name != alias:
                personography.add_variant(person_id, name)
    return changed or bool(holders)


def leading_forms(personography: Personography, lower: frozenset[str] = frozenset()) -> bool:
    """Merge a proposed name of two or more words into the one proposed name that starts
    with the same words ("Te Kaurinui" into "Te Kaurinui Robert Parata"); never across a
    generation ("John Smith" and "John Smith Jr" or "Henry VIII" stay apart), nor into a
    title that goes on with a word the corpus writes in lower case ("Ada Quill Plays", an
    album: `lower`), a particle aside ("Diego Velázquez" into "Diego Velázquez de Cuéllar")."""
    proposed = [p for p in personography.persons.values() if p.proposed]
    starting: dict[tuple[str, ...], list] = {}  # the first words of a name -> longer names
    for person in proposed:
        words = tuple(person.name.split())
        for size in range(2, len(words)):
            starting.setdefault(words[:size], []).append(person)
    changed = False
    for short in proposed:
        words = tuple(short.name.split())
        longer = starting.get(words, []) if len(words) >= 2 else []
        rest = longer[0].name.split()[len(words) :] if len(longer) == 1 else []
        if not rest or any(
            _generation(w) or (w.casefold() in lower and w.casefold() not in PARTICLES)
            for w in rest
        ):
            continue  # "Ada Quill Plays": an album; "Diego Velázquez de Cuéllar" goes on
        changed |= attach_alias(personography, longer[0].id, short.name)
    return changed


def trailing_forms(personography: Personography) -> bool:
    """Merge a proposed name into the one proposed name that ends with the same words: a name
    that opens with a particle ("Ibn al-Haytham" into the lead's "Ḥasan ibn Al-Haytham",
    whatever the case), or a double surname written without two given names ("Pino Suárez"
    into "José María Pino Suárez"). An entry that has such a form merges whole. Not a father's
    name inside his son's ("Muhammad ibn Abu Bakr" in "Qasim ibn Muhammad ibn Abu Bakr"), a
    name after one given name ("Fridtjof Nansen" and "Baldur Fridtjof Nansen" may be son and
    father), nor one that starts with a given name."""
    proposed = [p for p in personography.persons.values() if p.proposed]
    ending: dict[tuple[str, ...], list] = {}  # the last words of a name -> longer names
    for person in proposed:
        words = tuple(person.name.casefold().split())
        for size in range(2, len(words)):
            ending.setdefault(words[-size:], []).append(person)
    changed = False
    for short in proposed:
        for name in short.names:  # "Ibn al-Haytham", a form of "Ibn al-Haytham al-Basri"
            longer = ending.get(tuple(name.casefold().split()), [])
            if (
                len(longer) != 1
                or longer[0].id == short.id
                or short.id not in personography.persons
            ):
                continue  # none, or several ("ibn Ayyub" ends two brothers' names)
            if _trailing_form(name.split(), longer[0].name.split()):
                changed |= attach_alias(personography, longer[0].id, name)
    return changed


def _trailing_form(words: list[str], full: list[str]) -> bool:
    """Is `words` (two or more) a form of the name `full` ends with (see trailing_forms)?"""
    front = full[: -len(words)]
    if len(words) < 2 or not front or any(_generation(w) for w in full):
        return False
    if front[-1].casefold() in PARTICLES or not all(w[:1].isupper() for w in front):
        return False  # "Qasim ibn" before the father's name
    if words[0].casefold() in PARTICLES:
        return True  # "Ibn al-Haytham"
    given = words[0] in GIVEN_NAMES or words[0] in WORLD_GIVEN_NAMES
    return len(front) >= 2 and not given  # "José María" before "Pino Suárez"


def full_names_in_capitals(personography: Personography) -> bool:
    """Merge a proposed name into the one proposed full name written in capitals (a lead:
    "ADA MARIA QUILL BRENNAN") that holds all its words in order and starts with the same
    word ("Ada Quill"), or is its second given name and surname ("Maria Brennan"): the lead
    gives the whole name of the person the text calls so."""
    proposed = [p for p in personography.persons.values() if p.proposed]
    leads = [p for p in proposed if any(n.isupper() and " " in n for n in p.names)]
    changed = False
    for short in proposed:
        words = short.name.split()
        if len(words) < 2 or short in leads:
            continue
        holders = [lead for lead in leads if _in_lead(words, lead.name.split())]
        if len(holders) == 1 and not any(_generation(w) for w in holders[0].name.split()):
            changed |= attach_alias(personography, holders[0].id, short.name)
    return changed


def reversed_names(personography: Personography) -> bool:
    """Merge a proposed two-word name into the proposed person whose name is the same two
    words in the other order ("Kurosawa Akira" and "Akira Kurosawa": family name first, as
    East Asian names are written, and given name first): one person, one id. The entry with
    more forms keeps the other."""
    proposed = sorted(
        (p for p in personography.persons.values() if p.proposed),
        key=lambda p: (-len(p.names), p.id),
    )
    by_name = {p.name.casefold(): p for p in reversed(proposed)}
    changed = False
    for person in proposed:
        words = person.name.split()
        if len(words) != 2 or person.id not in personography.persons:
            continue
        other = by_name.get(f"{words[1]} {words[0]}".casefold())
        if other is not None and other.id != person.id and other.id in personography.persons:
            changed |= attach_alias(personography, person.id, other.name)
    return changed


_INITIALS = re.compile(r"^((?:[A-Z]\.\s?){1,3})\s*(\S.*)$")  # "J. S. Bach", "J.S. Bach"


def initialled_names(personography: Personography) -> bool:
    """Merge a proposed name of initials and a surname ("J. S. Bach") into the one proposed
    person whose full name has that surname and given names with those initials ("Johann
    Sebastian Bach"); with two such people ("C. P. E. Bach" beside two sons) nothing merges."""
    proposed = [p for p in personography.persons.values() if p.proposed]
    changed = False
    for short in proposed:
        found = _INITIALS.match(short.name)
        if not found or short.id not in personography.persons:
            continue
        letters = [c for c in found.group(1) if c.isupper()]
        surname = found.group(2).casefold()
        holders = [
            p
            for p in proposed
            if p.id != short.id
            and p.id in personography.persons
            and any(_initials_of(name, surname) == letters for name in p.names)
        ]
        if len(holders) == 1:
            changed |= attach_alias(personography, holders[0].id, short.name)
    return changed


def _initials_of(name: str, surname: str) -> list[str]:
    """The initials of a full name's given names when its surname is `surname`
    ("Johann Sebastian Bach", "bach" -> ["J", "S"]), else []."""
    words = name.split()
    if len(words) < 2 or " ".join(words[-len(surname.split()) :]).casefold() != surname:
        return []
    given = words[: -len(surname.split())]
    if not given or any(not w[:1].isupper() or w.endswith(".") for w in given):
        return []
    return [w[0] for w in given]


def place_bynames(personography: Personography) -> bool:
    """Merge a proposed one-word name ("Archimedes") into the one proposed person named by it
    and a place ("Archimedes of Syracuse", "ARCHIMEDES OF SYRACUSE" in a lead): the text's
    short form of his name. With two ("Conon of Samos", "Conon of Athens"), or when the word
    is a common given name, nothing merges."""
    proposed = [p for p in personography.persons.values() if p.proposed]
    of_place: dict[str, set[str]] = {}
    for person in proposed:
        for name in person.names:
            words = name.split()
            if len(words) == 3 and words[1].casefold() == "of" and words[0][:1].isupper():
                of_place.setdefault(words[0].casefold(), set()).add(person.id)
    changed = False
    for short in proposed:
        holders = of_place.get(short.name.casefold(), set()) - {short.id}
        if short.name in GIVEN_NAMES or short.name in WORLD_GIVEN_NAMES:
            continue  # "Maria" alone may be any Maria of the text, not "Maria of Bulgaria"
        if " " not in short.name and len(holders) == 1 and short.id in personography.persons:
            changed |= attach_alias(personography, holders.pop(), short.name)
    return changed


def spelling_variants(personography: Personography) -> bool:
    """Merge two proposed names whose given names are spellings of one (persons_index.same_given,
    the same last letter: "Afonso de Albuquerque" and "Alfonso de Albuquerque"; or one
    skeleton: "Ken'ichi Enomoto" and "Kenichi Enomoto", "Rudolph II" and "Rudolf II") before
    the same surname or regnal number; the entry with more forms keeps the other. Given names
    of four letters or more only ("Ana"/"Anna" may be two), never "Maria"/"Mario"."""
    proposed = sorted(
        (p for p in personography.persons.values() if p.proposed),
        key=lambda p: (-len(p.names), p.id),
    )
    by_rest: dict[str, list] = {}
    for person in proposed:
        words = person.name.split()
        if len(words) >= 2 and len(words[0]) >= 4:
            by_rest.setdefault(" ".join(words[1:]).casefold(), []).append(person)
    changed = False
    for people in by_rest.values():
        for k, person in enumerate(people):
            for other in people[k + 1 :]:
                given, other_given = person.name.split()[0], other.name.split()[0]
                numbered = any(_generation(w) for w in person.name.split())
                similar = (
                    same_given(given.casefold(), other_given.casefold())
                    and given[-1] == other_given[-1]  # not "Maria" and "Mario", two people
                    and not numbered
                )
                if (
                    (similar or _skeleton(given) == _skeleton(other_given))
                    and person.id in personography.persons
                    and other.id in personography.persons
                ):
                    changed |= attach_alias(personography, person.id, other.name)
    return changed


# The Arabic article before a "sun letter" is written as it sounds: "ar-Rahman", "ad-Din",
# "as-Salih" and "an-Nasir" spell "al-Rahman", "al-Din", "al-Salih" and "al-Nasir".
_ASSIMILATED = re.compile(r"(?<![\w-])a(?:[dnrstz]|sh|dh|th)-(?=\w)", re.IGNORECASE)


def spelling_forms(personography: Personography) -> bool:
    """Merge a proposed name that spells another person's name otherwise into the one
    person who has that name: with the Arabic article written as it sounds ("Abd ar-Rahman"
    for "Abd al-Rahman") or with accents dropped or added ("Ibn Sina", "Ibn Sīnā"). When two
    persons have the name, it stays apart, unless one of them alone writes it plain ("al-",
    no accents). A long word after the first may change its vowels ("Dara Shikoh", "Dara
    Shukoh"). Of two proposed spellings, the one with fewer forms joins the other; at a
    tie, the one written plain stays."""
    holders: dict[str, set[str]] = {}
    for person in personography.persons.values():
        for name in person.names:
            holders.setdefault(_spelling_key(name), set()).add(person.id)
    persons = personography.persons

    def rank(person) -> tuple[int, bool]:
        return len(person.names), _plain(person.name) == person.name.casefold()

    changed = False
    proposed = [p for p in persons.values() if p.proposed]
    for person in sorted(proposed, key=lambda p: (rank(p), p.id)):
        if person.id not in persons:
            continue
        others = {i for i in holders.get(_spelling_key(person.name), ()) if i in persons}
        others.discard(person.id)
        if len(others) > 1:  # three spellings: the one person who writes the name plain
            plain = _plain(person.name)
            others = {i for i in others if plain in {n.casefold() for n in persons[i].names}}
        if len(others) != 1:
            continue
        other = persons[others.pop()]
        if other.proposed and rank(other) < rank(person):
            continue  # the other spelling joins this one when its turn comes
        changed |= attach_alias(personography, other.id, person.name)
    return changed


def _spelling_key(name: str) -> str:
    """A name less what its spellings vary in: the Arabic article, accents, case, and the
    vowels of a long word after the first, as transliterations write them ("Dara Shikoh",
    "Dara Shukoh"); in a name of three words or more, the first word's too ("Mohammad ibn
    Abd al-Wahhab")."""
    words = _plain(name).split(" ")
    vary = 0 if len(words) >= _LONG_NAME else 1
    return " ".join(
        _VOWELS.sub("*", word) if k >= vary and len(word) >= _TRANSLITERATED else word
        for k, word in enumerate(words)
    )


# "Abdul Wahhab", "Abd-al-Wahhab": the article run into the word before it ("Abd al-Wahhab").
_JOINED_ARTICLE = re.compile(r"(?<=\babd)(?:ul|el|-al)(?=[\s-]\w)", re.IGNORECASE)
# The article written apart ("Abd al Wahhab") or joined by a hyphen and spaces.
_SPACED_ARTICLE = re.compile(r"\bal[\s-]+(?=\w)", re.IGNORECASE)
# An ayn or a hamza before a word ("Ibn ʿAbd", "'Ali") is no letter of its spelling.
_LETTER_MARK = re.compile(rf"(?<!\w)[{LETTER_MARKS}](?=\w)")


def _plain(name: str) -> str:
    """A name with "al-" for the article (apart from the word before it), without accents,
    ayn or hamza marks, in lower case."""
    name = _JOINED_ARTICLE.sub(" al ", _LETTER_MARK.sub("", name))
    name = _SPACED_ARTICLE.sub("al-", _ASSIMILATED.sub("al-", name))
    return without_accents(name).casefold()


_VOWELS = re.compile(r"[aeiouy]")
_TRANSLITERATED = 5  # letters a word needs before its vowels may vary
_LONG_NAME = 3  # words a name needs before its first word's vowels may vary too


def _skeleton(word: str) -> str:
    """A given name without what spellings of it vary in: accents, apostrophes and hyphens,
    "ph" for "f", doubled letters ("Ken'ichi" and "Kenichi", "Rudolph" and "Rudolf")."""
    plain = re.sub(r"[’'‘-]", "", without_accents(word).casefold()).replace("ph", "f")
    return re.sub(r"(.)\1", r"\1", plain)


def middle_names(personography: Personography, corpus: str = "") -> bool:
    """Merge a proposed name with middle names ("Ada Maria Quill") or a hyphenated given name
    ("Ada-Maria Quill") into the one person who bears its first given name and last word as a
    name ("Ada Quill"): one person, one id; not when that person bears other middle names
    ("Alexander Melville Bell" beside "Alexander Graham Bell": a father and his son). The
    bearer is a proposed person, or one from the gazetteer or an authority file whose name
    the `corpus` writes so ("Ada Quill" beside "Ada Maria Quill")."""
    proposed = [p for p in personography.persons.values() if p.proposed]
    bearers: dict[str, list] = {}
    for person in personography.persons.values():
        for name in {n for n in person.names if len(n.split()) == 2}:
            if person.proposed or _written(name, corpus):
                bearers.setdefault(name.casefold(), []).append(person)
    changed = False
    for person in proposed:
        words = person.name.split()
        if any(_generation(w) or w[:1].islower() for w in words):
            continue
        if len(words) == 2 and "-" in words[0].strip("-"):
            words = [words[0].split("-")[0], words[1]]  # "Ada-Maria Quill" is "Ada Quill"
        elif len(words) < 3:
            continue
        holders = [h for h in bearers.get(f"{words[0]} {words[-1]}".casefold(), []) if h != person]
        if len(holders) == 1 and _other_middle(words, holders[0]):
            continue  # "Alexander Melville Bell" is not "Alexander Graham Bell", his son
        if len(holders) == 1 and person.id in personography.persons:
            changed |= attach_alias(personography, holders[0].id, person.name)
    return changed


def _written(name: str, corpus: str) -> bool:
    """Does the corpus write `name` as a whole name (no letter or hyphen at either end)?"""
    return next(whole_words(corpus, name), None) is not None


def _other_middle(words: list[str], holder) -> bool:
    """Does `holder` bear a name with the same first and last words as `words` and other
    middle names, neither set holding the other ("Alexander Graham Bell" beside "Alexander
    Melville Bell"; "Edward Lorenz" and "Edward Norton Lorenz" hold no conflict)?"""
    first, last = words[0].casefold(), words[-1].casefold()
    middle = {w.casefold() for w in words[1:-1]}
    for name in holder.names:
        other = name.casefold().split()
        if len(other) >= 3 and other[0] == first and other[-1] == last:
            theirs = set(other[1:-1])
            if not (theirs <= middle or middle <= theirs):
                return True
    return False


def regnal_bases(personography: Personography) -> bool:
    """Merge a proposed one-word name ("Justinian") into the one proposed person who bears it
    with a regnal number ("Justinian I"); with two such people ("Justin I", "Justin II") the
    word alone stays apart, for the tagger to decide or leave unlinked."""
    proposed = [p for p in personography.persons.values() if p.proposed]
    numbered: dict[str, set[str]] = {}
    for person in proposed:
        for name in person.names:
            words = name.split()
            if len(words) == 2 and is_regnal(words[1]) and words[0][:1].isupper():
                numbered.setdefault(words[0], set()).add(person.id)
    changed = False
    for person in proposed:
        holders = numbered.get(person.name, set()) - {person.id}
        if " " not in person.name and len(holders) == 1:
            changed |= attach_alias(personography, holders.pop(), person.name)
    return changed


def same_generations(personography: Personography) -> bool:
    """Merge proposed people known by one name and epithets of one generation ("Agrippina
    Minor" and "Agrippina the Younger" say the same): one person, one id. The entry with
    more forms keeps the others. A name with an epithet no other generation of it needs
    ("Seneca the Younger", no "Seneca the Elder") joins the one person known by the plain
    name ("Seneca")."""
    proposed = sorted(
        (p for p in personography.persons.values() if p.proposed),
        key=lambda p: (-len(p.names), p.id),
    )
    holders: dict[tuple[str, str], str] = {}  # (base, generation) -> the first holder's id
    changed = False
    for person in proposed:
        for name in person.names:
            base, generation = split_generation(name)
            if not generation:
                continue
            holder = holders.setdefault((base.casefold(), generation), person.id)
            if holder != person.id and person.id in personography.persons:
                changed |= attach_alias(personography, holder, person.name)
                break
    generations: dict[str, set[str]] = {}
    for base, generation in holders:
        generations.setdefault(base, set()).add(generation)
    plain: dict[str, list[str]] = {}
    for person in proposed:
        for name in {n.casefold() for n in person.names if not split_generation(n)[1]}:
            plain.setdefault(name, []).append(person.id)
    for (base, _), holder in holders.items():
        bearers = plain.get(base, [])
        if len(generations[base]) == 1 and len(bearers) == 1 and holder in personography.persons:
            changed |= attach_alias(personography, bearers[0], personography.persons[holder].name)
    return changed


SUBJECT_SHARE = 2  # the subject is named in full at least this many times as often ...
SUBJECT_MIN = 3  # ... and at least this many times


def surname_to_subject(personography: Personography, corpus: str) -> bool:
    """A surname alone that a proposed entry holds ("Moctezuma", "Brubeck") goes to the one
    of the people bearing it whom the corpus names in full far more often (a biography's
    subject: "Moctezuma II", not his daughter "Isabel Moctezuma" nor a record title read as
    a name), since a text calls its subject by the surname and relatives by given names; a
    one-word entry ("Malcolm") joins that person too ("Malcolm III", not "Malcolm II"), and
    so does a family name written first ("Sima" of "Sima Qian", not of his father "Sima
    Tan")."""
    proposed = [p for p in personography.persons.values() if p.proposed]
    changed = False
    for alone in [p for p in proposed if " " not in p.name]:  # "Malcolm" beside "Malcolm III"
        bearers = [
            p
            for p in proposed
            if p.id != alone.id
            and (_bears(p, alone.name) or _family_name_first(p, alone.name, corpus))
        ]
        counts = {p.id: _named_in_full(p, corpus) for p in bearers}
        best = max(bearers, key=lambda p: (counts[p.id], p.id), default=None)
        others = max((n for i, n in counts.items() if best and i != best.id), default=0)
        if best and counts[best.id] >= max(SUBJECT_MIN, SUBJECT_SHARE * others):
            changed |= attach_alias(personography, best.id, alone.name)
    proposed = [p for p in personography.persons.values() if p.proposed]
    for holder in proposed:
        for word in [v for v in holder.variants if " " not in v and v[:1].isupper()]:
            bearers = [p for p in proposed if p.id != holder.id and _bears(p, word)]
            if not bearers:
                continue
            counts = {p.id: _named_in_full(p, corpus) for p in [holder, *bearers]}
            best = max(bearers, key=lambda p: (counts[p.id], p.id))
            if counts[best.id] >= max(SUBJECT_MIN, SUBJECT_SHARE * counts[holder.id]):
                changed |= personography.remove_variant(holder.id, word)
                changed |= personography.add_variant(best.id, word)
    return changed


def _bears(person, word: str) -> bool:
    """Is `word` the surname of one of the person's names of two words or more ("Isabel
    Moctezuma"), or the name a regnal number follows ("Moctezuma II")? A parent's name after
    "ibn" is no surname ("Tarvo ibn Quell" is Quell's son)."""
    for name in person.names:
        words = name.split()
        surname = words[-1] == word and not PATRONYMIC.fullmatch(words[-2] if words[1:] else "")
        if len(words) >= 2 and (surname or (words[0] == word and is_regnal(words[-1]))):
            return True
    return False


def _family_name_first(person, word: str, corpus: str) -> bool:
    """Is `word` the family name of a name written family name first ("Sima" of "Sima
    Qian")? The name has two words, `word` first, and the corpus never writes the second
    alone, as it would a given name after a surname ("Jackson" of "Andrew Jackson")."""
    for name in person.names:
        words = name.split()
        if len(words) == 2 and words[0] == word and words[1][:1].isupper():
            alone = re.compile(
                rf"(?<![\w’'-])(?<!{re.escape(word)} ){re.escape(words[1])}(?![\w-])"
            )
            if not alone.search(corpus):
                return True
    return False


def _named_in_full(person, corpus: str) -> int:
    return sum(corpus.count(name) for name in set(person.names) if " " in name)


def _in_lead(words: list[str], lead: list[str]) -> bool:
    """`words` appear in the lead's name in order, its first word first; or they are its
    second given name and its surname ("Ada King" of "AUGUSTA ADA KING": a person may go by
    the second name, not by a later one, which is often a parent's)."""
    if len(lead) >= 3 and words[0] == lead[1] and words[-1] == lead[-1]:
        rest = iter(lead[2:])  # "Ada King", "Ada Maria King" of "AUGUSTA ADA MARIA KING"
        return all(word in rest for word in words[1:])
    return _in_order(words, lead)


def _in_order(words: list[str], longer: list[str]) -> bool:
    """`words` appear in `longer` in the same order, the first word first."""
    if len(longer) <= len(words) or longer[0] != words[0]:
        return False
    rest = iter(longer[1:])
    return all(word in rest for word in words[1:])


def _generation(word: str) -> bool:
    return word in SUFFIXES or is_regnal(word.rstrip(".,"))
