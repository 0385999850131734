"""Tagging one document's names in order, remembering who was mentioned last: a form shared
by several people goes to the one last called by that word, else the one mentioned last; when
nothing decides, cert="low", no @ref and a warning. A given name after a kinship word is the
relative the gazetteer's family ties name (persons_family)."""

from __future__ import annotations

import re

from lxml import etree

from ..corpus_files import PERSONS_FILE
from ..report import Report
from .persons_family import KinMention, family_index, kin_mentions
from .persons_index import NameIndex, NameMatch
from .persons_rules import inverted_names, is_regnal, past_byname, titled_surname_of
from .persons_words import GIVEN_NAMES, KIN, alternation, generation_epithet
from .text_nodes import Span, TextSlot, make_element, wrap_spans

PERSNAME = "persName"
RECENT = 8  # mentions: a relative called by the shared surname this recently may be meant


# "his son, ", "their 22-year-old daughter ": a relative is being introduced.
_RELATIVE_BEFORE = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|whose|(?P<owner>\w+)['’]s)\s+(?:[\w-]+\s+){0,2}(?:"
    + "|".join(re.escape(k) for k in sorted(KIN, key=len, reverse=True))
    + r")\s*,?\s*$"
)


_KIN_RIGHT_BEFORE = re.compile(rf"(?i)\b(?:{alternation(KIN)})\s+$")
# "… was also named", "his son, also named": the name after it is a namesake's ("also
# called" often gives another name of the same person instead).
_ALSO_NAMED = re.compile(r"\balso\s+named\s+\Z")
_NEE_BEFORE = re.compile(r"\b(?:née|nee|geb\.|geborene)\s+$")


class DocumentTagger:
    """Tags one document's slots in order, remembering who was mentioned last."""

    def __init__(
        self,
        index: NameIndex,
        report: Report,
        named_in_full: frozenset[str] = frozenset(),
        strangers: frozenset[str] = frozenset(),
    ) -> None:
        self.index = index
        self.report = report
        self.named_in_full = named_in_full
        self.strangers = strangers  # known people a surname alone does not name here
        self.clock = 0
        self.last_seen: dict[str, int] = {}
        self.last_called: dict[tuple[str, str], int] = {}  # (word of a name, id) -> when
        self.tagged = 0
        self.before = ""  # the last running text seen, for context across inline tags
        self.pending: dict[etree._Element, tuple[int, str, str, str]] = {}  # warnings
        self.text = ""  # the slot being tagged

    def seen(self, element: etree._Element) -> None:
        """An existing (perhaps hand-made) persName: it counts as context."""
        text = "".join(element.itertext())
        self.before = (self.before + text)[-40:]
        for ref in (element.get("ref") or "").split():
            self._mention(ref.rsplit("#", 1)[-1], text)

    def _mention(
        self, person_id: str, text: str, relative: bool = False, lent: bool = False
    ) -> None:
        """Remember who was mentioned, and by which words. A relative introduced after a
        kinship word ("his son, Ignatius Whitcombe") does not take the family's surname over:
        the surname alone goes on naming the one the text is about. A form `lent` to someone
        other than the one who goes by it is not remembered as their call."""
        self.clock += 1
        self.last_seen[person_id] = self.clock
        if lent:
            return
        words = [w.title() if w.isupper() and len(w) > 1 else w for w in text.split()]
        for word in words[:-1] if relative and len(words) > 1 else words:
            self.last_called[(word, person_id)] = self.clock  # "QUILL" calls her "Quill" too

    def tag(self, slot: TextSlot) -> None:
        text = self.text = slot.text  # read once: lxml copies a text node on every read
        found = [self._here(m) for m in self.index.find(text, self.before) if self._meant_here(m)]
        matches = [with_byname(text, m, self.index) for m in found]  # "Francis" before "II"
        for inverted in self._inverted(text):
            rest = [m for m in matches if m.start >= inverted.end or m.end <= inverted.start]
            matches = sorted([inverted, *rest], key=lambda m: m.start)
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
        names that person in full; so does the gazetteer's outside its domain (see
        persons._strangers). People from persons.xml or authority files are known
        everywhere."""
        if " " in match.text.strip() and not self._stranger_by_title(match):
            return True
        return any(self._known_here(c) for c in match.candidates)

    def _here(self, match: NameMatch) -> NameMatch:
        """A one-word name without the candidates it cannot name in this document (see
        _meant_here): "Scott" after "Robert F. Scott" is not the "Scott, Kenneth" of another
        document's bibliography."""
        if " " in match.text.strip() and not self._stranger_by_title(match):
            return match
        here = tuple(c for c in match.candidates if self._known_here(c))
        if not here or here == match.candidates:
            return match
        explicit = tuple(c for c in match.explicit if c in here)
        return NameMatch(match.start, match.end, match.text, here, explicit)

    def _stranger_by_title(self, match: NameMatch) -> bool:
        """A title and a surname ("Governor Macdonald") of gazetteer people only, none of
        them named here: as unsure as the surname alone."""
        return titled_surname_of(match.text, match.candidates, self.strangers)

    def _known_here(self, person_id: str) -> bool:
        return person_id in self.named_in_full or not (
            self.index.proposed(person_id) or person_id in self.strangers
        )

    def _inverted(self, text: str) -> list[NameMatch]:
        """An entry starting "Service, Robert (2009) …" names the person Robert Service."""
        found = []
        for name in inverted_names(text):
            candidates, explicit = self.index.candidates(name.name)
            if explicit:
                span = text[name.start : name.end]
                found.append(NameMatch(name.start, name.end, span, candidates, explicit))
        return found

    def _span(self, slot: TextSlot, match: NameMatch, kin: KinMention | None = None) -> Span:
        """A known name; one given name after a kinship word may name a relative instead
        ("their son Lev" is Lev Kuzmin, though "Lev" alone is most often Tolstoy)."""
        if _ALSO_NAMED.search(self.text, max(0, match.start - 20), match.start):
            # "Anastasio's father was also named Amerigo": a namesake, not the one so called
            return self._unresolved(slot, match.start, match.end, match.text, match.candidates)
        one_word = kin is not None and kin.end == match.end and match.start == kin.start
        person_id = (
            (self._relative(kin) or self._named_in_full_as(kin.given) if one_word else None)
            or self._birth_name_of_last(match)
            or self._resolve(match)
        )
        if person_id:
            before = self.text[max(0, match.start - 60) : match.start]
            relative = self._relative_of_namesake(before, match, person_id)
            # A surname alone lent to a relative just named by it ("Madero" after "Evaristo
            # Madero") does not renew the lease: the one who goes by it gets it back soon.
            lent = (
                " " not in match.text.strip()
                and bool(match.explicit)
                and person_id not in match.explicit
            )
            return self._linked(match.start, match.end, person_id, match.text, relative, lent)
        return self._unresolved(slot, match.start, match.end, match.text, match.candidates)

    def _birth_name_of_last(self, match: NameMatch) -> str | None:
        """ "Anna Borisovna (née Kaplan)": a surname after "née" is the birth name of the
        person named right before it, whoever else bears it."""
        before = (self.before + self.text[: match.start])[-12:]
        if len(match.candidates) < 2 or not _NEE_BEFORE.search(before) or not self.last_seen:
            return None
        last = max(self.last_seen, key=self.last_seen.__getitem__)
        return last if last in match.candidates else None

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
        if person_id is None:  # "his sister Fanny", and "Fanny Sims" further on
            person_id = self._only_one_called(kin.given) or self._named_in_full_as(kin.given)
        if person_id is None:
            return self._unresolved(slot, kin.start, kin.end, kin.given, ())
        return self._linked(kin.start, kin.end, person_id, kin.given)

    def _only_one_called(self, given: str) -> str | None:
        """The one person listed under this given name alone, or None."""
        explicit = self.index.candidates(given)[1]
        return explicit[0] if len(explicit) == 1 else None

    def _named_in_full_as(self, given: str) -> str | None:
        """The one person this document names in full with this given name first ("his
        sister Fanny" where "Fanny Sims" stands further on), or None."""
        full = sorted(self.named_in_full & self.index.full_names_starting(given))
        return full[0] if len(full) == 1 else None

    def _linked(
        self,
        start: int,
        end: int,
        person_id: str,
        text: str,
        relative: bool = False,
        lent: bool = False,
    ) -> Span:
        self._mention(person_id, text, relative, lent)
        return Span(start, end, make_element(PERSNAME, ref=f"{PERSONS_FILE}#{person_id}"))

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
        context = " ".join(self.text[max(0, start - 30) : end + 30].split())
        element = make_element(PERSNAME, cert="low")
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
        shared = self.index.surname_holders.get(word, [])
        if (
            " " not in match.text.strip()
            and len(match.explicit) == 1
            and match.explicit[0] in shared
        ):
            # A surname alone is the name of the one who goes by it ("Quill"), not of a relative
            # who shares it ("Tomas Quill"), unless that relative was named by it just before.
            # Candidates list the one who goes by the form first, so it wins when both were;
            # after a list of relatives ("Albert Capone, Matthew Capone, …") it names none.
            just_before = [c for c in called if self.clock - self.last_called[(word, c)] < RECENT]
            return just_before[0] if len(just_before) == 1 else match.explicit[0]
        if called:
            return max(called, key=lambda c: self.last_called[(word, c)])
        before = (self.before + self.text[: match.start])[-20:]
        if " " not in match.text.strip() and _KIN_RIGHT_BEFORE.search(before):
            full = self._named_in_full_as(match.text.strip())  # "sister Fanny", "Fanny Sims"
            if full in candidates:
                return full
        recent = [c for c in candidates if c in self.last_seen]
        if recent:
            return max(recent, key=self.last_seen.__getitem__)
        if len(match.explicit) == 1:
            return match.explicit[0]
        listed = [c for c in match.explicit if not self.index.proposed(c)]
        return listed[0] if len(listed) == 1 else None


def with_byname(text: str, match: NameMatch, index: NameIndex) -> NameMatch:
    """A one-word name with its epithet or regnal number after it ("Louis the Pious",
    "Louis I"): the tag takes the whole name, the person stays the one the word names,
    unless that person is known by another number ("Justin II" is not "Justin I") or bears
    the word as a given name ("Leopold II" is not Leopold Gassmann) or as a surname
    ("Moctezuma I" is not Isabel Moctezuma), or under another
    generation epithet ("Agrippina the Elder" is not Agrippina the Younger)."""
    end = past_byname(text, match.start, match.end)
    if end == match.end or text[match.end : end].split()[0] == "of":
        return match  # "Matilda of Boulogne" may be another Matilda than the one named so
    number, base = text[match.end : end].split()[0], match.text.strip()
    epithet = generation_epithet(text[match.start : end])
    surnamed = index.surname_holders.get(base, [])
    keep = tuple(
        c
        for c in match.candidates
        if not is_regnal(number)
        or number in index.numbers(c, base)
        or not (index.numbers(c, base) or index.given_name(c, base) or c in surnamed)
    )
    if epithet:  # "Agrippina the Elder" is not the person known as "Agrippina the Younger"
        keep = tuple(c for c in keep if not index.other_generation(c, base, epithet))
    explicit = tuple(c for c in match.explicit if c in keep)
    return NameMatch(match.start, end, text[match.start : end], keep, explicit)
