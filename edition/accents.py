"""Accents folded away: the one place the toolkit strips combining marks from text."""

from __future__ import annotations

import unicodedata


def without_accents(text: str) -> str:
    """`text` decomposed (NFKD) without its combining marks: "émigré" -> "emigre"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
