"""Accents folded away: the one place the toolkit strips combining marks from text."""

from __future__ import annotations

import unicodedata

# Letters that carry their mark inside them and so do not decompose ("Łódź", "Ørsted",
# "Straße", "Þór"): the letters a reader without them writes instead.
_UNDECOMPOSED = str.maketrans(
    {
        "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
        "ħ": "h", "Ħ": "H", "ı": "i", "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe",
        "þ": "th", "Þ": "Th",
    }
)  # fmt: skip


def without_accents(text: str) -> str:
    """`text` decomposed (NFKD) without its combining marks, and with the letters that keep
    a mark inside them replaced: "émigré" -> "emigre", "Łódź" -> "Lodz"."""
    folded = unicodedata.normalize("NFKD", text).translate(_UNDECOMPOSED)
    return "".join(c for c in folded if not unicodedata.combining(c))
