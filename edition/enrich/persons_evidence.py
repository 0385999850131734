"""What the documents themselves say about a word of a name: whether they write it in lower
case (a common word there, not a name), and whether they say it alone before it first stands in
a name (then it names someone else)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

from .persons_rules import PARTICLES

_LOWER_WORD = re.compile(r"\b[a-z]+\b")
# A capitalised hyphenated name ("Kuo-chen", "Kai-shek"): its lower-case parts are no words.
_CAPITAL_COMPOUND = re.compile(r"\b[A-Z][\w’']*(?:-[\w’']+)+")
# A web address, a bare domain or an e-mail address ("www.example.org/ada-quill-letters",
# "quill.ws", "ada@quill.org"): its words are no prose.
_ADDRESS = re.compile(
    r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}\b(?:/\S*)?"
)
CAPITAL_PAIR = re.compile(r"\b([A-Z][\w’'-]*)\s+([A-Z][\w-]+)")
_WORD_PAIR = re.compile(r"\b([A-Z][a-z]+)\s+([a-z]+)\b")


def _lower_words(text: str) -> set[str]:
    """Words `text` writes in lower case, less those written so only right after a word that
    `text` also writes before them capitalised: "Ada quill" where the text has "Ada Quill" (a
    slip, or a file name "File:Ada quill, portrait.jpg") leaves "quill" a name there; the
    parts of a capitalised hyphenated name ("Wu Kuo-chen") and the words of a web address or
    a bare domain ("…/ada-quill-letters", "quill.ws") are not counted either."""
    lower = Counter(_LOWER_WORD.findall(_CAPITAL_COMPOUND.sub(" ", _ADDRESS.sub(" ", text))))
    capitalised = set(CAPITAL_PAIR.findall(text))
    for first, word in _WORD_PAIR.findall(text):
        if (first, word.capitalize()) in capitalised:
            lower[word] -= 1
    return {word for word, n in lower.items() if n > 0}


class LowerWords:
    """Words each document writes in lower case, asked about per name."""

    def __init__(self, documents: list[list[str]]) -> None:
        self.texts = documents
        self.documents = [" ".join(texts) for texts in documents]
        self.words = [_lower_words(text) for text in self.documents]

    def written(self, word: str, name: str, slips: bool = False) -> bool:
        """Does a document that writes `name` write `word` in lower case (any document,
        when none writes the name as such)? With `slips`, one lower-case use where the word
        stands capitalised SLIP_AMONG times or more does not count ("had musashi" in an
        article that says "Musashi" eighty times)."""
        key = word.casefold()
        if not key:
            return False
        near = [i for i, text in enumerate(self.documents) if name in text]
        return any(
            key in self.words[i] and not (slips and self._slip(i, key, word))
            for i in near or range(len(self.documents))
        )

    def _slip(self, index: int, key: str, word: str) -> bool:
        document = self.documents[index]
        return _count_word(document, key) == 1 and _count_word(document, word) >= SLIP_AMONG


SLIP_AMONG = 10


def _count_word(text: str, word: str) -> int:
    """Uses of `word` as _LOWER_WORD finds words (a part of "baggio-record" counts)."""
    return len(re.findall(rf"\b{re.escape(word)}\b", text))


ALONE_BEFORE = 3  # lone uses of a name's word before the name that make it someone else's
# "Ada", "E.", "J.R.", "St.", "de"; not a word ending a sentence ("… Ada Quill. Ada wrote")
_NAME_WORD = (
    rf"(?:[A-Z](?:\.[A-Z])*\.|[A-Z][a-z]{{0,2}}\.|[A-Z][\w’'-]*(?![\w.’'-])"
    rf"|{'|'.join(sorted(PARTICLES))})"
)
_NAME_BEFORE = re.compile(rf"{_NAME_WORD}\s+$")
_NAME_AFTER = re.compile(r"\s+[A-Z]")


def uses_alone(text: str, word: str) -> int:
    """How often `text` writes `word` alone: not right after a word of a name (capitalised,
    an initial or a particle) nor before a capitalised word ("Madero won", not "Evaristo
    Madero" nor "Madero González")."""
    return sum(
        not _NAME_BEFORE.search(text, max(0, start - 40), start)
        and not _NAME_AFTER.match(text, end)
        for start, end in whole_words(text, word)
    )


def written_plain(documents: tuple[str, ...], name: str) -> bool:
    """Does a document write `name`, in any case, once at least with no possessive after it
    ("it convinced Ada of Quill's guilt" alone does not)?"""
    for document, lowered in zip(documents, _lowered(documents)):
        for _, stop in _whole_words(document, lowered, name):
            if document[stop : stop + 1] not in ("'", "’"):
                return True
    return False


def alone_before(documents: tuple[str, ...], name: str, word: str) -> bool:
    """Does a document that writes the full name use its surname or given name alone
    ALONE_BEFORE times before it first stands in a name ("Ada Quill", "ADA M. QUILL")? A text
    introduces a person in full and then says the one word; a one-word name said a hundred
    times before "E. P. Saladin" appears in the references is someone else's."""
    for document, folded in zip(documents, _lowered(documents)):
        if name not in document or not word:
            continue
        lone = 0
        for start, end in _whole_words(document, folded, word):
            before = _NAME_BEFORE.search(document, max(0, start - 40), start)
            if before or _NAME_AFTER.match(document, end):
                break  # the word first stands in a name here
            lone += document[start:end] == word
        if lone >= ALONE_BEFORE:
            return True
    return False


@lru_cache(maxsize=4)
def _lowered(documents: tuple[str, ...]) -> tuple[str | None, ...]:
    """Each document in lower case, or None where lower case moves characters ("İ")."""
    lowered = (document.lower() for document in documents)
    return tuple(low if len(low) == len(doc) else None for low, doc in zip(lowered, documents))


def _whole_words(document: str, lowered: str | None, word: str) -> Iterator[tuple[int, int]]:
    """Where `word`, in any case, stands in the document with no letter, digit or hyphen on
    either side: str.find in the lower-cased document, a regular expression without one."""
    if lowered is None:
        pattern = re.compile(rf"(?<![\w-])(?i:{re.escape(word)})(?![\w-])")
        yield from (found.span() for found in pattern.finditer(document))
        return
    yield from whole_words(lowered, word.lower())


def whole_words(text: str, key: str) -> Iterator[tuple[int, int]]:
    """Where `key`, as written, stands in `text` with no letter, digit, "_" or hyphen on
    either side (str.find: much faster than a regular expression per word over a corpus)."""
    start = text.find(key)
    while start >= 0:
        stop = start + len(key)
        if not _joined(text[start - 1 : start]) and not _joined(text[stop : stop + 1]):
            yield start, stop
        start = text.find(key, start + 1)


def _joined(char: str) -> bool:
    return bool(char) and (char.isalnum() or char in "_-")


BARE_MIN = 2  # uses of a surname without its particle that make it a form of its own


def written_bare(documents: tuple[str, ...], word: str) -> bool:
    """Does a document use `word` (the last word of a surname with a particle: "Almeida" of
    "de Almeida") alone BARE_MIN times, neither after a particle nor after another
    capitalised word? Portuguese and German surnames are so written ("Almeida", "Humboldt"),
    French and Dutch ones mostly not ("de Gaulle", "van Gogh")."""
    pattern = re.compile(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])")
    for document in documents:
        bare = 0
        for found in pattern.finditer(document):
            before = document[max(0, found.start() - 30) : found.start()].split()[-1:]
            previous = before[0] if before else ""
            if previous in PARTICLES or (previous[:1].isupper() and previous[-1:] not in ".!?"):
                continue
            bare += 1
            if bare >= BARE_MIN:
                return True
    return False
