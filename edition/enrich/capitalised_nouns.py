"""Does a document write in a language that capitalises its nouns (German)? There a
capitalised word tells nothing: the persons rules would take "Traum" or "Über" for names."""

from __future__ import annotations

import re
from collections.abc import Iterable

# German function words: a fifth of the words of German prose, a few in a hundred of English,
# French, Czech or Spanish prose (where "die", "in", "so" occur as other words).
NOUN_CAPITALISING_WORDS = frozenset(
    {
        "der",
        "die",
        "das",
        "und",
        "ist",
        "nicht",
        "mit",
        "von",
        "zu",
        "den",
        "des",
        "dem",
        "ein",
        "eine",
        "einen",
        "sich",
        "auf",
        "auch",
        "als",
        "wie",
        "im",
        "für",
        "werden",
        "wird",
        "oder",
        "bei",
        "nach",
        "aus",
    }
)
MIN_SHARE = 0.08  # German prose: 0.13 and more; other languages: 0.03 and less
MIN_WORDS = 200  # shorter texts are not judged (too few words to tell)
_WORD = re.compile(r"[^\W\d_]+")


def capitalises_nouns(texts: Iterable[str]) -> bool:
    """Are the texts written in a language that capitalises every noun?"""
    words = [word.lower() for text in texts for word in _WORD.findall(text)]
    if len(words) < MIN_WORDS:
        return False
    return sum(word in NOUN_CAPITALISING_WORDS for word in words) >= MIN_SHARE * len(words)
