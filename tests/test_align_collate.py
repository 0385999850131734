"""Collation: optimal word alignment over normalized words (accents, case, punctuation)."""

from __future__ import annotations

import pytest

from edition.align.collate import collations, lcs_pairs, normalize
from edition.align.normalization import load_rules
from edition.errors import InputError
from edition.xmlio import XML_ID


def apps(ab) -> list[tuple[str, str]]:
    return [(app[0].text or "", app[1].text or "") for app in ab.iter("{*}app")]


def test_accents_case_and_punctuation_are_no_variants() -> None:
    (ab,) = collations(
        "l1",
        [("w-a", "a.xml#x", "The Émigré returned,"), ("w-b", "b.xml#y", "the emigre returned")],
    )
    assert apps(ab) == [] and "Émigré" in "".join(ab.itertext())


def test_repeated_words_align_optimally() -> None:
    a = ["the", "ship", "and", "the", "crew", "and", "the", "cargo", "were", "lost"]
    b = ["the", "crew", "and", "the", "cargo", "were", "lost"]
    pairs = lcs_pairs([normalize(w) for w in a], [normalize(w) for w in b])
    assert len(pairs) == len(b)  # every word of the shorter text is matched
    (ab,) = collations("l1", [("w-a", "a.xml#x", " ".join(a)), ("w-b", "b.xml#y", " ".join(b))])
    ((lem, rdg),) = apps(ab)  # one omission of three words, not scattered variants
    assert len(lem.split()) == 3 and "ship" in lem and rdg == ""


def test_identical_copies_share_one_reading() -> None:
    text = "the lamps went out one by one"
    readings = [(f"w-{n}", f"d{n}.xml#p", text) for n in range(5)] + [
        ("w-x", "x.xml#p", "the lamps went dark one by one")
    ]
    (ab,) = collations("l1", readings)
    (app,) = ab.iter("{*}app")
    assert app[0].get("wit") == "#w-0 #w-1 #w-2 #w-3 #w-4" and app[1].get("wit") == "#w-x"
    assert (app[0].text, app[1].text) == ("out", "dark")


def test_a_moved_block_is_a_transposition_not_an_omission_and_an_addition() -> None:
    (ab,) = collations(
        "l1",
        [
            ("w-a", "a.xml#x", "at dawn the boats left the harbour for the banks"),
            ("w-b", "b.xml#y", "the boats left the harbour at dawn for the banks"),
        ],
    )
    moved = [app for app in ab.iter("{*}app") if app.get("type") == "transposition"]
    assert [(a[0].text or "", a[1].text or "") for a in moved] == [
        ("at dawn", ""),
        ("", "at dawn"),
    ]
    first, second = moved
    assert first.get("corresp") == f"#{second.get(XML_ID)}"
    assert second.get("corresp") == f"#{first.get(XML_ID)}"


def test_normalization_rules_come_from_the_project_file_and_are_recorded(tmp_path) -> None:
    (tmp_path / "edition.toml").write_text(
        '[collation]\ncase = false\n[collation.spellings]\ncolour = "color"\n', "utf-8"
    )
    rules = load_rules(tmp_path)
    (ab,) = collations(
        "l1",
        [("w-a", "a.xml#x", "The colour of Tide"), ("w-b", "b.xml#y", "the color of tide")],
        rules,
    )
    assert apps(ab) == [("The", "the"), ("Tide", "tide")]  # case counts, spelling does not
    assert "ignoring accents and punctuation" in rules.describe()
    assert "colour as color" in rules.describe()


def test_a_wrong_collation_setting_is_a_one_line_error(tmp_path) -> None:
    (tmp_path / "edition.toml").write_text('[collation]\ncase = "no"\n', "utf-8")
    with pytest.raises(InputError, match="collation"):
        load_rules(tmp_path)
