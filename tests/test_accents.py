"""Accent folding: combining marks, and letters that carry their mark inside them."""

from __future__ import annotations

from edition.accents import without_accents
from edition.enrich.personography import slug


def test_marks_and_letters_with_a_mark_inside_fold_to_plain_letters() -> None:
    assert without_accents("émigré") == "emigre"
    assert without_accents("Łódź Żółkiewski") == "Lodz Zolkiewski"
    assert without_accents("Ørsted, Straße, Æsir, Þór") == "Orsted, Strasse, Aesir, Thor"


def test_ids_keep_the_letters_ascii_lacks_as_their_plain_forms() -> None:
    assert slug("Stanisław Żółkiewski") == "stanislaw-zolkiewski"
    assert slug("Hans Christian Ørsted") == "hans-christian-orsted"
