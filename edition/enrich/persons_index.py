"""Every written form of every person's name, compiled into one regular expression.

A form may belong to several people ("Quill": Ada and Tomas; "Brennan": an author and her
father); such forms carry all their candidates and the tagger decides from context.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher

from .personography import Person
from .persons_rules import (
    PARTICLES,
    TITLE_PATTERN,
    is_regnal,
    quoted_whole,
    thing_before,
)
from .persons_words import (
    GIVEN_NAMES,
    NOT_SURNAMES,
    TITLES,
    generation_epithet,
    split_generation,
    thing_follows,
)

_CAPS_MIN_LENGTH = 4  # all-caps forms ("LEON TOLSTOY") only for names, not initials


@dataclass(frozen=True)
class NameMatch:
    """A name found in a text: where, as written, and who it can be."""

    start: int
    end: int
    text: str
    candidates: tuple[str, ...]
    explicit: tuple[str, ...]  # candidates that list this exact form (not only the surname)


# An ayn or a hamza written before a word's capital ("Ibn ʿAbd al-Wahhab", "'Ali"): no letter.
LETTER_MARKS = "ʿʾ'‘’`"


def _form_key(form: str) -> str:
    """A form as the index keeps it: single spaces, particles after the first word in lower
    case ("Qasim Ibn Muhammad" and "Qasim ibn Muhammad" are one form), no ayn or hamza before
    a word ("Ibn 'Abd" and "Ibn Abd" are one form)."""
    words = [w.lstrip(LETTER_MARKS) if w[1:2].isupper() else w for w in form.split()]
    return " ".join(
        w.casefold() if i and w.casefold() in PARTICLES else w for i, w in enumerate(words)
    )


def _spaced(form: str) -> str:
    """A form as a pattern that allows any run of spaces between its words and particles
    after the first word in either case."""
    return r"\s+".join(
        f"(?i:{re.escape(w)})" if i and w in PARTICLES else re.escape(w)
        for i, w in enumerate(form.split())
    )


TITLE_WORD = re.compile(rf"{TITLE_PATTERN}\s")


def same_given(a: str, b: str) -> bool:
    """Spellings of one given name: Alexei/Alexey, Grigory/Gregory, A. (not Lev/Leon)."""
    if b.endswith("."):  # an initial: "A. I. Rykov" is Alexei Rykov
        return a[:1] == b[:1]
    return a == b or (len(a) > 3 and SequenceMatcher(None, a, b).ratio() >= 0.8)


class NameIndex:
    """Forms -> person ids, and a matcher that finds them in running text."""

    def __init__(self, persons: Iterable[Person]) -> None:
        self.forms: dict[str, list[str]] = {}
        self._proposed: set[str] = set()
        self.ids: set[str] = set()
        for person in persons:
            self.ids.add(person.id)
            if person.proposed:
                self._proposed.add(person.id)
            for name in person.names:
                self._add(_form_key(name), person.id)
                if person.mononym and len(name) >= _CAPS_MIN_LENGTH:  # "SAPPHO" opening a lead
                    self._add(_form_key(name.upper()), person.id)
        self.surname_holders = self._surname_holders()
        self._first_words: dict[str, frozenset[str]] | None = None
        self._full_starts: dict[str, frozenset[str]] | None = None
        self._numbers: dict[tuple[str, str], frozenset[str]] | None = None
        self._word_pairs: frozenset[tuple[str, str]] | None = None
        self.pattern = self._compile()
        # find's answers by (text, before): the index never changes once built, and every
        # pass of a run asks it about the same paragraphs.
        self._found: dict[tuple[str, str], tuple[NameMatch, ...]] = {}

    def _add(self, form: str, person_id: str) -> None:
        if not form:
            return
        ids = self.forms.setdefault(form, [])
        if person_id not in ids:
            ids.append(person_id)
        upper = _form_key(form.upper())
        if upper != form and len(form) >= _CAPS_MIN_LENGTH and " " in form:
            self._add(upper, person_id)

    def _surname_holders(self) -> dict[str, list[str]]:
        """One-word form -> people whose longer names end with it ("Brennan" -> the father)."""
        holders: dict[str, list[str]] = {}
        for form, ids in self.forms.items():
            words = form.split()
            if TITLE_WORD.match(form) or (len(words) > 2 and words[-2] == "of"):
                continue  # "Lady Byron" is not who "Byron" alone names, nor "Ada of Quill" "Quill"
            if len(words) > 1 and words[-1] in self.forms:
                for person_id in ids:
                    if person_id not in holders.setdefault(words[-1], []):
                        holders[words[-1]].append(person_id)
        return holders

    def _compile(self) -> re.Pattern[str]:
        forms = sorted(self.forms, key=lambda f: (-len(f), f))
        alternation = "|".join(_spaced(f) for f in forms)
        # A title is read as a title unless title and name are one listed form ("Lady Byron"
        # and "Lord Byron" are two people).
        titled = "|".join(_spaced(f) for f in forms if TITLE_WORD.match(f))
        keep = rf"(?!(?:{titled})(?![\w-]))" if titled else ""
        return re.compile(
            rf"(?<![\w’'.-])(?:{keep}{TITLE_PATTERN}\s+)?(?P<name>{alternation})"
            r"(?![\w-]|’\w\w|'\w\w)"
        )

    def first_words(self, person_id: str) -> frozenset[str]:
        """The words a person's listed forms start with ("James" for "James P. Cannon")."""
        if self._first_words is None:
            firsts: dict[str, set[str]] = {}
            for form, ids in self.forms.items():
                for pid in ids:
                    firsts.setdefault(pid, set()).add(form.split()[0])
            self._first_words = {pid: frozenset(words) for pid, words in firsts.items()}
        return self._first_words.get(person_id, frozenset())

    def full_names_starting(self, word: str) -> frozenset[str]:
        """Ids of the people listed under a name of two words or more that starts with
        `word` ("Fanny Sims" for "Fanny")."""
        if self._full_starts is None:
            starts: dict[str, set[str]] = {}
            for form, ids in self.forms.items():
                if " " in form:
                    starts.setdefault(form.split()[0], set()).update(ids)
            self._full_starts = {w: frozenset(ids) for w, ids in starts.items()}
        return self._full_starts.get(word, frozenset())

    def numbers(self, person_id: str, base: str) -> frozenset[str]:
        """The regnal numbers a person's forms give `base` ("I" of "Justin I")."""
        if self._numbers is None:
            numbers: dict[tuple[str, str], set[str]] = {}
            for form, ids in self.forms.items():
                words = form.split()
                if len(words) == 2 and is_regnal(words[1]):
                    for pid in ids:
                        numbers.setdefault((pid, words[0]), set()).add(words[1])
            self._numbers = {key: frozenset(found) for key, found in numbers.items()}
        return self._numbers.get((person_id, base), frozenset())

    def given_name(self, person_id: str, word: str) -> bool:
        """Does the person bear `word` as a given name, before a surname ("Leopold" of
        "Leopold Gassmann"), not before a regnal number, an epithet or a place?"""
        return any(
            len(words) > 1
            and words[0] == word
            and not is_regnal(words[1])
            and words[1] not in ("the", "of")
            for form, ids in self.forms.items()
            if person_id in ids
            for words in [form.split()]
        )

    def other_generation(self, person_id: str, base: str, epithet: str) -> bool:
        """Is the person known by `base` with a generation epithet other than `epithet`
        ("Agrippina the Younger" when the text says "Agrippina the Elder")?"""
        return any(
            person_id in ids and found not in ("", epithet) and form.startswith(base + " ")
            for form, ids in self.forms.items()
            for found in [generation_epithet(form)]
        )

    def same_generation(self, name: str) -> list[str]:
        """The people known by the base of `name` with an epithet of its generation
        ("Agrippina Minor" for "Agrippina the Younger")."""
        base, generation = split_generation(name)
        return sorted(
            {
                person_id
                for form, ids in self.forms.items()
                if generation and split_generation(form) == (base, generation)
                for person_id in ids
            }
        )

    def ruler_apart(self, candidates: tuple[str, ...], word: str, number: str) -> bool:
        """Is `word` with the regnal `number` ("Leopold II") someone other than all its
        `candidates`: each bears the word as a given name, none is known by that number?"""
        return bool(candidates) and all(
            self.given_name(c, word) and number not in self.numbers(c, word) for c in candidates
        )

    def proposed(self, person_id: str) -> bool:
        """True for entries proposed from the text (not the gazetteer's or a scholar's)."""
        return person_id in self._proposed

    def candidates(self, form: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(all candidates, those listing the form itself) for a form as written."""
        explicit = tuple(self.forms.get(form, ()))
        more = self.surname_holders.get(form, []) if " " not in form else []
        return tuple(dict.fromkeys([*explicit, *more])), explicit

    def find(self, text: str, before: str = "") -> Iterator[NameMatch]:
        """Names in `text`, leftmost-longest, skipping names of things ("Pushkin Prize") and
        names cited as words ("the name Quill"); `before` is the running text just before.
        Soft hyphens ("Netan\u00adyahu", invisible) do not hide a name."""
        key = (text, before[-40:])
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = tuple(self._find(text, before))
        return iter(found)

    def _find(self, text: str, before: str) -> Iterator[NameMatch]:
        skipped = _skipped(text)
        if skipped:  # matched in the text without them, found where they stand
            kept = [i for i in range(len(text)) if i not in skipped]
            for found in self._find("".join(text[i] for i in kept), before):
                start, end = kept[found.start], kept[found.end - 1] + 1
                yield NameMatch(start, end, text[start:end], found.candidates, found.explicit)
            return
        for match in self._matches(text):
            form = _form_key(match.group("name"))
            preceding = (before + text[max(0, match.start() - 40) : match.start()])[-40:]
            if thing_before(preceding, form) or self._runs_on(text, match.end(), form):
                continue
            if " " not in form and _after_unknown_name_word(preceding, self.forms):
                continue
            if " " not in form and form.isupper() and _in_capitals_run(text, match):
                continue  # "COUNTESS OF PENN": a title or a heading in capitals, not "Penn"
            if quoted_whole(text, match.start(), match.end()):
                continue
            candidates, explicit = self.candidates(form)
            yield NameMatch(match.start(), match.end(), match.group(0), candidates, explicit)

    def _matches(self, text: str) -> Iterator[re.Match[str]]:
        """Leftmost-longest matches, tried only where a capital letter starts a word: much
        faster than letting one alternation of a thousand names scan every character."""
        end = 0
        for capital in _WORD_CAPITAL.finditer(text):
            if capital.start() < end:
                continue
            match = self.pattern.match(text, capital.start())
            if match is not None:
                end = match.end()
                yield match

    def _runs_on(self, text: str, end: int, form: str) -> bool:
        """Names of things ("Pushkin Prize"); and a lone surname running on into another
        capitalised word is part of a name we do not know: one that starts no known name
        ("Farrell Dobbs"), or a known one-word name ("Aurelius Victor"), unless the two are
        surnames of different people (see two_surnames)."""
        lone = " " not in form and _NEXT_CAPITAL.match(text, end)
        following = self.pattern.match(text, end + 1) if lone else None
        if following is not None and " " not in following.group("name").strip():
            return not self.two_surnames(form, _form_key(following.group("name")))
        return bool(lone and following is None) or thing_follows(text, end)

    def two_surnames(self, first: str, second: str) -> bool:
        """Are both words the surnames of known people, none of them both, and no known name
        holds the two in a row ("against Quill Brennan's": two people, a comma lost; not
        "Vandrell Victor" of "Sextus Vandrell Victor")?"""
        holders = [set(self.surname_holders.get(word, ())) for word in (first, second)]
        if not (holders[0] and holders[1]) or holders[0] & holders[1]:
            return False
        if self._word_pairs is None:
            self._word_pairs = frozenset(
                pair for form in self.forms for pair in itertools.pairwise(form.split())
            )
        return (first, second) not in self._word_pairs


_CAPITALS_WORD = re.compile(r"[^\W\d_a-z]{2,}")


def _in_capitals_run(text: str, match: re.Match[str]) -> bool:
    """Does a word in capitals stand right before or after the match ("OF PENN", "SAPPHO
    AND")? A name alone in capitals opening a lead ("SAPPHO (Greek: …) was") has none."""
    before = text[: match.start()].split()[-1:]
    after = text[match.end() :].split()[:1]
    return any(_CAPITALS_WORD.fullmatch(word.strip(",.;:()")) for word in before + after)


def _after_unknown_name_word(preceding: str, forms: dict[str, list[str]]) -> bool:
    """A lone given name or surname right after a capitalised word that opens no known name,
    is neither a title nor a common word, and follows a lower-case word ("daughter of Yunus
    Khan", "son of Genghis Khan") is the end of a longer name no list knows, not the person
    known as "Khan". After a run of capitalised words ("the First World War Quill") or a
    known name ("against Brennan Quill's") it is still a name."""
    words = preceding.split()
    if len(words) < 2 or not preceding[-1:].isspace():
        return False
    word, before = words[-1], words[-2]
    ended = re.sub(r"(?:\[\w+\])+$", "", before).rstrip("\"'”’)")  # "coastline.[31]"
    after_title = ended.rstrip(".") in TITLES  # "Prince Sulaiman Quill"
    if not (word[:1].isupper() and word.isalpha() and (before[:1].islower() or after_title)):
        return False
    if ended[-1:] in ".!?" and not after_title:
        return False
    known = word in forms or word in GIVEN_NAMES  # "against Brennan Quill's", "James Quill"
    return not known and word.rstrip(".") not in TITLES and word not in NOT_SURNAMES


SOFT_HYPHEN = "\u00ad"
# Characters a name is matched without: soft hyphens, and an ayn or a hamza before a word's
# capital ("Ibn ʿAbd al-Wahhab" is the form "Ibn Abd al-Wahhab").
_SKIPPED = re.compile(rf"{SOFT_HYPHEN}|(?<!\w)[{LETTER_MARKS}](?=[^\W\d_])")


def _skipped(text: str) -> set[int]:
    """Where `text` has a character that names are matched without."""
    return {
        m.start()
        for m in _SKIPPED.finditer(text)
        if m.group() == SOFT_HYPHEN or text[m.end()].isupper()
    }


_NEXT_CAPITAL = re.compile(r" [A-Z][a-z]")
# Where a name may start: a capital of any alphabet, or a lower-case particle ("von Humboldt",
# "ibn Khaldun", "al-Biruni").
_WORD_CAPITAL = re.compile(
    r"(?<![\w’'.-])(?:[^\W\d_a-z]|(?:von|van|de|del|della|du|da|di|la|le|ibn|bin|abu|al|el|ad|ar"
    r"|as|ash|az)[\s-])"
)
