"""Rules for persons: titles, words that make a name a thing, and proposing
people the personography does not know yet ("Given Surname" with a known given name)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .persons_words import (
    FUNCTION_WORDS,
    GENERATION_AFTER,
    GIVEN_NAMES,
    NOT_SURNAMES,
    PLACE_BEFORE,
    TITLES,
    generation_epithet,
    thing_follows,
    thing_word,
)

# Letters of the Latin, Greek and Cyrillic alphabets, upper and lower case, for patterns of a
# capitalised word in any of them ("Władysław", "Żółkiewski", "Богдан"), not only A-Z a-z.
_ALPHABETS = [
    chr(code) for code in (*range(0x41, 0x7B), *range(0xC0, 0x530)) if chr(code).isalpha()
]
UPPER_LETTER = "[" + "".join(c for c in _ALPHABETS if c.isupper()) + "]"
LOWER_LETTER = "[" + "".join(c for c in _ALPHABETS if c.islower()) + "]"
CAPITALISED_WORD = f"{UPPER_LETTER}{LOWER_LETTER}+"

TITLE_PATTERN = r"(?:Grand\s+Duke|" + "|".join(re.escape(t) for t in TITLES) + r")"

# "Order of Pushkin", "Museum of Tolstoy": the name after these words is a thing's name.
_THING_BEFORE = re.compile(
    r"(?:Order|Museum|Institute|Library|Prize|Street|Square|Avenue|Fort|Cape|Lake|Mount)\s+of"
    r"(?:\s+the)?\s+$|(?:\bSt\.?|\bSaint|\bSan|\bSanta)\s+$"
    # a work's title after the kind of work: "the 1977 play Childe Byron", "his film Ikiru"
    r"|\b(?:play|novel|novella|film|movie|opera|operetta|ballet|musical|poem|book|song|album"
    r"|painting|sculpture|collage|symphony|sitcom|TV series)\s+[\"“‘'_]?$"
)
# A one-word name cited as a word is not a mention either: 'the name "Kuzmin"', 'his name
# was Lyova', 'changed his surname to "Tolstoy"' (but "the name of Engels" is about the man,
# and "his full name was Abdullah ibn Uthman" gives the man's whole name).
_CITED_BEFORE = re.compile(
    r"\b(?:(?:sur|nick)?names?|pseudonyms?)(?:\s+(?:was|is|as|to))?\s*[\"“‘'_]?\s*$"
)


def one_word_name(name: str) -> bool:
    """Is the name one word after its titles ("Macdonald", "Governor Macdonald", "Mr.
    Macdonald")? A title and a surname name nobody in full."""
    words = name.split()
    while len(words) > 1 and words[0].rstrip(".") in TITLES:
        words = words[1:]
    return len(words) == 1


def titled_surname_of(name: str, candidates, people: frozenset[str]) -> bool:
    """Is the name a title and one word ("Governor Macdonald") that only `people` bear? It
    names none of them in full."""
    return one_word_name(name) and set(candidates) <= people


def thing_before(preceding: str, name: str) -> bool:
    """Does `preceding` (the text just before a name) make the name a thing's ("Order of
    X", "the film X") or, for a one-word name, a word cited ("the name X")?"""
    if _THING_BEFORE.search(preceding):
        return True
    return " " not in name.strip() and _CITED_BEFORE.search(preceding) is not None


_QUOTE_OPEN = '"“‘«'
_QUOTE_CLOSE = re.compile(r"[.,;:!?]?[\"”’»]")


def quoted_whole(text: str, start: int, end: int) -> bool:
    """Is text[start:end] all that a pair of quotation marks holds (the film “Judy.”, the
    show “Mrs Maisel”)? A name quoted alone is a title or a word cited, not a mention."""
    return (
        start > 0 and text[start - 1] in _QUOTE_OPEN and _QUOTE_CLOSE.match(text, end) is not None
    )


@dataclass(frozen=True)
class ProposedName:
    """A "Given [Patronymic|Initial] Surname" stretch that looks like an unknown person."""

    start: int
    end: int
    name: str
    surname: str


_WORD = r"[A-ZÀ-Ý][a-zà-ÿ]+"
_PARTICLE = r"(?:de|de['’]|von|van|Van|del|de\s+la|la|Le|le|Don)"  # "Lorenzo de' Medici"
_PROPOSE = re.compile(
    rf"(?<![\w’'.-])(?P<given>{_WORD}(?:-{_WORD})?)"
    rf"(?P<middle>(?:\s+(?:(?:[A-Z]\.)+|{_WORD}(?:vich|vna|ich|ovna)))*)"
    rf"(?P<surname>(?:\s+(?:{_PARTICLE}\s+)?{_WORD}(?:-{_WORD})?){{1,2}})(?![\w-])"
)


_INITIALS = re.compile(
    rf"(?<![\w’'.-])(?:[A-Z]\.\s?){{1,3}}(?P<surname>{_WORD}(?:-{_WORD})?)(?![\w-])"
)


def propose_names(text: str, more_given: frozenset[str] = frozenset()) -> Iterator[ProposedName]:
    """Stretches of `text` that look like a person's full name: a known given name (of
    GIVEN_NAMES or `more_given`) and a surname ("Lillian Pollak"), or initials and a surname
    ("J. T. Murphy")."""
    full = list(_given_names(text, more_given))
    yield from full
    for match in _INITIALS.finditer(text):
        if any(f.start < match.end() and match.start() < f.end for f in full):
            continue  # "Elizabeth A. Wood" is one name, not also "A. Wood"
        surname = match.group("surname")
        if (
            surname not in NOT_SURNAMES | GIVEN_NAMES
            and not thing_word(surname)
            and surname not in TITLES
            and not thing_follows(text, match.end())
        ):  # not "U.S. President"
            name = " ".join(match.group(0).split())
            yield ProposedName(match.start(), match.end(), name, surname)


def _overlapping(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Matches that may start inside an earlier one ("Rabbi Jacob Mase" -> "Jacob Mase")."""
    position = 0
    while (match := pattern.search(text, position)) is not None:
        yield match
        position = match.end("given")


_WEB_ADDRESS = re.compile(r"\.[a-z]{2,}\b")


def _given_names(text: str, more_given: frozenset[str]) -> Iterator[ProposedName]:
    taken = 0  # end of the last name proposed: "Mary Ann Smith" is not also "Ann Smith"
    files = [m.span() for m in FILE_NAME.finditer(text)]
    for match in _overlapping(_PROPOSE, text):
        given = match.group("given").split("-")[0]
        if match.start() < taken or (given not in GIVEN_NAMES and given not in more_given):
            continue
        if any(a <= match.start() < b for a, b in files):
            continue  # "File:Berthe Morisot Kind zwischen Stockrosen.jpg": a file's name
        if re.search(
            r"(?:\bSt\.?|\bSaint|\bSan|\bSanta)\s+$",
            text[max(0, match.start() - 12) : match.start()],
        ):
            continue  # "St. Louis Post-Dispatch" is a newspaper
        words = match.group("surname").split()
        if _WEB_ADDRESS.match(text, match.end("surname")) or _NAMESPACE.match(
            text, match.end("surname")
        ):
            words.pop()  # "Ada Quill Tate.org.uk", "Ada Quill Image:…": a web address, a file
        while words and words[-1] in NOT_SURNAMES:
            words.pop()  # "Simon Sebag Montefiore" keeps three words; "Ivan Smirnov The" two
        if any(thing_word(word) for word in words):
            continue  # "Leon Tolstoy Memorial" is a thing
        if len(words) > 1 and words[0] in TITLES:
            continue  # "Roman General Stilicho": an adjective and a title, not a given name
        if not words:
            continue
        # "Victor Hugo", "Anna Maria": a surname that is also a given name may be neither, so
        # the name is proposed whole and its last word alone names nobody
        given_twice = len(words) == 1 and words[0] in GIVEN_NAMES and not match.group("middle")
        end = match.start("surname") + match.group("surname").index(words[-1]) + len(words[-1])
        if thing_follows(text, end):
            continue
        surname, realm = "" if given_twice else words[-1], _past_realm(text, match.start(), end)
        if realm != end:  # "John II of Portugal": no surname
            end, surname = realm, ""
        name = " ".join(text[match.start() : end].split())
        taken = end
        yield ProposedName(match.start(), end, name, surname)


# What may stand before a reference-list entry: list marks, note numbers, a wiki's back-links
# ("^ ", "* ", "12. ", "[12] ", "Jump up to: a b ").
_ENTRY_LEAD = re.compile(
    r"\s*(?:(?:\^|[*•·–-]|\[\d{1,4}\]|\d{1,4}[.)])\s*)*(?:Jump up to:?\s*(?:[a-z]{1,2}\s+)*)?"
)
# A surname as reference lists write it: "Hall", "Smith-Jones", "McCartney", "D'Alessandro",
# "de la Cruz", "van Gogh".
_SURNAME = (
    rf"(?:(?:{_PARTICLE}|d[ae]|d[iu])\s+)?[A-ZÀ-Ý](?:[a-zà-ÿ]+|['’][A-ZÀ-Ý][a-zà-ÿ]+)"
    r"(?:[A-Z][a-zà-ÿ]+)?(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?"
)
_INVERTED = re.compile(
    rf"(?P<surname>{_SURNAME}),\s+(?P<given>{_WORD}(?:-{_WORD})?)"
    r"(?P<initials>(?:\s+[A-Z]\.)*)(?P<suffix>,?\s+(?:Jr|Sr)\.?|\s+(?:II|III|IV)\b)?"
    r"(?=\s*[(.,;&]|\s+and\s|\s+\d|\s*$)"
)
# After an author in an entry: a date in brackets, a quoted title, or the next author.
_ENTRY_AFTER = re.compile(r"\.?\s*(?:\([^()]{0,40}\d[^()]{0,40}\)|[\"“‘]|;|&|,?\s+and\s)")
_NEXT_AUTHOR = re.compile(r"\s*(?:;|&|,?\s+and\s)\s*")


def inverted_names(text: str) -> list[ProposedName]:
    """The authors that start a bibliography entry, written "Gilbert, Helen (2003)" or
    "^ Hall, Jacob; Ruiz, Ana (2010)": each name in reading order. The given name is
    any capitalised word when the entry's shape says "author" (a date in brackets, a quoted
    title or a next author follows); without that shape it must be a known given name."""
    names: list[ProposedName] = []
    position = _ENTRY_LEAD.match(text).end()
    while (match := _INVERTED.match(text, position)) is not None:
        found = _inverted(text, match)
        if found is None:
            break
        names.append(found)
        lead = _NEXT_AUTHOR.match(text, match.end())
        if lead is None:
            break
        position = lead.end()
    return names


def _inverted(text: str, match: re.Match[str]) -> ProposedName | None:
    given, surname = match.group("given"), match.group("surname")
    last = surname.split()[-1]
    if last in NOT_SURNAMES or last in GIVEN_NAMES or given in NOT_SURNAMES or thing_word(given):
        return None
    if given not in GIVEN_NAMES and not _ENTRY_AFTER.match(text, match.end()):
        return None
    suffix = (match.group("suffix") or "").strip(" ,")
    words = [given, *match.group("initials").split(), surname, *([suffix] if suffix else [])]
    return ProposedName(match.start("surname"), match.end(), " ".join(words), last)


# Lower-case words a person's name may hold: "Ibn Sina", "Leonardo da Vinci", "Harun al-Rashid".
# "no" joins a Japanese clan to a given name ("Soga no Iruka"): the given name stands alone,
# not "no Iruka" as "de Miranda" does.
CLAN_PARTICLES = frozenset({"no"})
PARTICLES = (
    frozenset(
        "ibn bin bint ben abu al el ad ar as ash az da das de del della dei der di do dos du la le "
        "van von y zu ter ten den of de' de’".split()
    )
    | CLAN_PARTICLES
)
_ROMAN = re.compile(r"^(?=[MDCLXVI])M*(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_NOTE_MARKER = re.compile(r"\[[0-9]")  # a note's marker a model span runs into
# An image's file name left in a wiki export ("File:Morisot Lady at her Toilette.jpg",
# "Image:Berthe Morisot Manet Lille 2918.jpg"): its words name a file, not a person.
FILE_NAME = re.compile(
    r"(?i)\b(?:file|image|datei|bild|fichier|archivo|imagen):[^|\]\n]{1,200}?"
    r"\.(?:jpe?g|png|gif|svg|tiff?|webp)\b"
)
_NAMESPACE = re.compile(r":[^\W_]")  # a word glued to a colon and a word: "Image:Berthe"
_TRAILING = re.compile(r"(?:['’]s?|[.,;:\"”“])+$")


def is_regnal(word: str) -> bool:
    """A regnal number: "VIII" in "Henry VIII"."""
    return len(word) <= 6 and bool(_ROMAN.match(word))


# An adjective of a people or a quarter before a title: "Roman", "Western", "Frankish", "Ottoman".
_REALM_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:an|ern|ish|ese|ic|ine)")


def without_realm_adjective(words: list[str]) -> list[str]:
    """A name's words without an adjective of a people or a quarter that opens its title
    ("Roman General Stilicho", "Western Emperor Honorius"), which the model takes in."""
    if len(words) >= 3 and _REALM_ADJECTIVE.fullmatch(words[0]) and words[1] in TITLES:
        return words[1:]
    return words


def name_key(text: str) -> str:
    """A written name as the corpus-wide checks count it: no possessive, no leading title
    ("President Mugabe's" counts as "Mugabe")."""
    words = _TRAILING.sub("", text.strip()).split()
    while len(words) > 1 and words[0].rstrip(".") in TITLES:
        words = words[1:]
    return " ".join(words)


def model_names(
    text: str, spans: list[tuple[int, int, str]], never_alone: frozenset[str] = frozenset()
) -> Iterator[ProposedName]:
    """The model's PERSON entities of `text` that the rules confirm as names of people.

    Rejected: stretches with digits or lower-case words other than particles, names of
    things ("Nobel Prize", "the Order of X"), names cited as words. A leading title stays
    out of the name ("General Grant" proposes "Grant"), unless what is left is one word the
    corpus never writes alone (`never_alone`: "Shah Jahan", "Jahan" always after a capital); a
    regnal name takes its realm ("John II of Portugal"); possessives are cut ("Newton's")."""
    files = [m.span() for m in FILE_NAME.finditer(text)]
    for start, end, label in spans:
        if label != "PERSON" or any(a <= start < b for a, b in files):
            continue  # "Image:Berthe Morisot Manet Lille 2918.jpg": a file's name
        if text[start - 1 : start] == ":":
            continue  # "Category:Mevlevi Order": a wiki's category or link, not prose
        span_start, span_end = start, end
        end = start + len(text[start:end].split("/")[0])  # "Thomas Coex/AFP/Getty Images"
        end = start + len(_NOTE_MARKER.split(text[start:end])[0])  # "Ada Quill.[8"
        end = start + len(text[start:end].split(",")[0])  # "Ada Quill, Tate Modern": two names
        end = _before_colon(text, start, end)
        end = _past_trailing_of(text, start, end)
        end = _past_elided_particle(text, start, end)
        end = _past_realm(text, start, end)
        end = past_byname(text, start, end)
        words = _TRAILING.sub("", text[start:end].rstrip()).split()
        words = without_realm_adjective(words)  # "Roman General Stilicho": "General Stilicho"
        while words and words[0].rstrip(".") in TITLES:
            if len(words) == 2 and words[1] in never_alone:
                break  # "Shah Jahan": the title is part of the name
            words = words[1:]
        while len(words) > 1 and words[-1] in PARTICLES:
            words = words[:-1]  # "Henry I of" with no place after it
        if not words or not _looks_like_name(words):
            continue
        found = re.search(r"\s+".join(map(re.escape, words)), text[start:end])
        if found is None:
            continue
        start, end = start + found.start(), start + found.end()
        if thing_follows(text, end) or thing_before(
            text[max(0, start - 60) : start], " ".join(words)
        ):
            continue
        if _THE_BEFORE.search(text[max(0, start - 8) : start]):
            continue  # "the Old Guard", "the Smiths": groups and things, not a person
        if quoted_whole(text, span_start, span_end):
            continue  # “Mrs Maisel”: a show's title
        name = " ".join(text[start:end].split())
        # "England" alone is not Henry I of England, nor "Bold" Philip the Bold
        of_place = len(words) > 2 and words[-2] in ("of", "the")
        surname = "" if len(words) == 1 or is_regnal(words[-1]) or of_place else words[-1]
        yield ProposedName(start, end, name, surname)


def _before_colon(text: str, start: int, end: int) -> int:
    """Where a span ends at a colon: before it ("Ann Weir: Drawings, Pastels": a subtitle),
    and before the word glued to it when a word follows it unspaced, a wiki's namespace
    ("Édouard Manet Image:Berthe …", "Weil der Stadt Category:16th-century …")."""
    colon = text.find(":", start, end + 1)
    if colon < 0:
        return end
    if colon + 1 < len(text) and text[colon + 1].isalnum() and text[colon - 1 : colon].strip():
        words = text[start:colon]
        return start + len(words.rsplit(None, 1)[0]) if " " in words.strip() else start
    return colon


_OF_PLACE = re.compile(r"\s+([A-Z][\w’'-]*[^\W\d_])")
REALM = re.compile(r"\s+of\s+([A-Z][\w’'-]*[^\W\d_])")  # "… of Portugal"


def _past_realm(text: str, start: int, end: int) -> int:
    """A regnal name takes the realm after it: "John II of Portugal", "Louis XIV of France"."""
    words = text[start:end].split()
    if len(words) < 2 or not is_regnal(words[-1]):
        return end
    realm = REALM.match(text, end)
    return realm.end() if realm and not thing_word(realm.group(1)) else end


_AFTER_ELISION = re.compile(r"\s*([A-Z][\w’'-]*[^\W\d_])")
_SECOND_SURNAME = re.compile(r"\s+y\s+([A-Z][\w’'-]*[^\W\d_])")  # "… y Cajal"


def _past_elided_particle(text: str, start: int, end: int) -> int:
    """A span the model ends with an elided particle takes the capitalised word after it:
    "Lorenzo de' Medici" (the model's tokens split "de'" from "Medici"); a name of two words
    or more takes a second surname joined by "y" ("Santiago Ramón y Cajal", the Spanish
    form the model cuts before "y")."""
    words = text[start:end].split()
    if len(words) >= 2 and (joined := _SECOND_SURNAME.match(text, end)):
        return end if thing_word(joined.group(1)) else joined.end()
    if len(words) < 2 or words[-1].lower() not in ("de'", "de’"):
        return end
    after = _AFTER_ELISION.match(text, end)
    return after.end() if after else end


def _past_trailing_of(text: str, start: int, end: int) -> int:
    """A span the model ends with "of" takes the capitalised word after it: "Henry I of
    England", "Matilda of Boulogne" (a place in a person's name)."""
    if not text[start:end].rstrip().endswith(" of"):
        return end
    place = _OF_PLACE.match(text, end)
    return place.end() if place and not thing_word(place.group(1)) else end


# After a one-word name: a place ("Blanche of Castile"), an epithet ("Philip the Bold") or a
# regnal number ("Christian X"; "I" only before punctuation, "(" or "of", else it is a pronoun).
_BYNAME = re.compile(
    r"\s+(?:of\s+[A-Z][^\W\d_]+\b(?!\s+[A-Z])"
    r"|the\s+[A-Z][^\W\d_]+\b(?!\s+[A-Z]|\s+of\b)"
    r"|(?:(?!I\b)[IVXL]{1,5}\b|I(?=[,.;:)]|\s+\(|\s+of\b|['’]s\b))(?:\s+of\s+[A-Z][^\W\d_]+\b)?)"
)


def past_byname(text: str, start: int, end: int) -> int:
    """A one-word name the model ends too soon takes its byname: "Isabeau of Bavaria",
    "John the Fearless", "Louis I", "Henry IV of France"; a name of any length takes a
    generation epithet ("Pliny the Elder", "Domitia Lepida the Younger")."""
    generation = GENERATION_AFTER.match(text, end)
    if generation and text[start:end].strip():
        return generation.end()  # "Domitia Lepida the Younger": a child of the same name
    words = text[start:end].split()
    if len(words) == 2 and words[0].rstrip(".") in TITLES:
        words = words[1:]  # "Sultan Murad II": the title before the name does not count
    if len(words) != 1:
        return end
    found = _BYNAME.match(text, end)
    if found is None:
        return end
    words = found.group(0).split()
    if any(thing_word(w) or w in TITLES for w in words):
        return end  # "Ashoka the Emperor" is a title, "Bohr of Physics" no byname
    if words[0] not in ("the", "of") and not is_regnal(words[0]):
        return end
    return found.end()


def _looks_like_name(words: list[str]) -> bool:
    """Capitalised words, regnal numbers and particles only; not a thing's name."""
    if any(ch.isdigit() for word in words for ch in word):
        return False
    if not words[0][:1].isupper() and not re.match(r"[a-z]+-[A-Z]", words[0]):
        return False  # "al-Biruni" may start a name in lower case
    if (
        any(thing_word(w) for w in words)
        or words[0] in NOT_SURNAMES
        or words[0].rstrip(".") in PLACE_BEFORE
        or (words[0] in FUNCTION_WORDS and len(words[0]) > 4)  # "Inside Firefox", a blog
    ):
        return False
    for word in words:
        if word[:1].isupper():
            if word.isupper() and len(word) > 3 and not is_regnal(word):
                return False  # "NASA", a heading in capitals
        elif not _lower_in_name(word, words):
            return False
    return True


def _lower_in_name(word: str, words: list[str]) -> bool:
    """A particle ("da", "al-"), or "the" in an epithet ("Philip the Bold", "Domitia Lepida
    the Younger")."""
    if word.lower() in PARTICLES or word.split("-")[0].lower() in PARTICLES:
        return True
    if word == "the" and len(words) > 3:
        return bool(generation_epithet(" ".join(words)))
    return word == "the" and len(words) == 3 and words[0] == words[0].title()
