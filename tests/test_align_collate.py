"""Collation: optimal word alignment over normalized words (accents, case, punctuation)."""

from __future__ import annotations

from edition.align.collate import collations, lcs_pairs, normalize


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
