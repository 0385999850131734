"""Relatives named by a given name after a kinship word, linked through the gazetteer's family
ties (edition/enrich/persons_family.py), on paragraphs we wrote."""

from __future__ import annotations

from pathlib import Path

from test_enrich_persons import enrich, mentions

from edition.enrich.persons_family import FamilyIndex, KinMention, kin_mentions


def test_a_possessor_names_whose_relative_it_is(tmp_path: Path) -> None:
    tree, report = enrich(
        "<p>Trotsky's younger sister Elizabeth stayed home; Lenin's older brother Alexander "
        "was hanged; Trotsky's brother Alexander farmed.</p>",
        tmp_path,
    )
    assert mentions(tree) == [
        ("Trotsky", "trotsky", ""),
        ("Elizabeth", "elizaveta-bronstein", ""),
        ("Lenin", "lenin", ""),
        ("Alexander", "alexander-ulyanov", ""),
        ("Trotsky", "trotsky", ""),
        ("Alexander", "alexander-bronstein", ""),
    ]
    assert report.warnings == []


def test_a_pronoun_points_to_the_family_mentioned_last(tmp_path: Path) -> None:
    tree, _ = enrich(
        "<p>Trotsky left by train; his wife Natalia and their son Lev went with him. "
        "Lev later edited a paper in Paris. Lev Sedov married, and his wife Anna followed.</p>",
        tmp_path,
    )
    assert mentions(tree) == [
        ("Trotsky", "trotsky", ""),
        ("Natalia", "natalia-sedova", ""),
        ("Lev", "lev-sedov", ""),  # "Lev" alone would be Trotsky
        ("Lev", "lev-sedov", ""),  # called so just before
        ("Lev Sedov", "lev-sedov", ""),
        ("Anna", "anna-ryabukhina", ""),
    ]


def test_without_a_family_tie_the_relative_stays_uncertain(tmp_path: Path) -> None:
    tree, report = enrich(
        "<p>Our neighbour Smith's sister Klara came by; Stalin's son Lev did not.</p>", tmp_path
    )
    assert mentions(tree) == [
        ("Klara", "", "low"),
        ("Stalin", "stalin", ""),
        ("Lev", "", "low"),  # Stalin has no son Lev in the gazetteer: neither Lev is meant
    ]
    assert [w.code for w in report.warnings] == ["person-ambiguous"] * 2
    assert '"Klara"' in report.warnings[0].message


def test_a_name_cited_as_a_word_is_no_mention(tmp_path: Path) -> None:
    tree, _ = enrich(
        '<p>Lev Bronstein changed his surname to "Trotsky" and took the pseudonym Lenin '
        "seriously, unlike Lenin himself.</p>",
        tmp_path,
    )
    assert mentions(tree) == [("Lev Bronstein", "trotsky", ""), ("Lenin", "lenin", "")]


def test_kin_mentions_read_the_possessor_across_adjectives() -> None:
    found = list(kin_mentions("her half-brother Lev and Lenin’s older brother Alexander"))
    assert found == [
        KinMention(17, 20, "brother", "Lev", ""),
        KinMention(47, 56, "brother", "Alexander", "Lenin"),
    ]


def test_family_index_answers_only_when_the_family_is_unambiguous() -> None:
    family = FamilyIndex(
        [
            {"id": "a", "name": "Anna One", "kin": {"x": "wife"}},
            {"id": "b", "name": "Anna Two", "kin": {"y": "wife"}},
        ]
    )
    wife = KinMention(0, 4, "wife", "Anna", "")
    assert family.relative(wife, None, {"x": 1, "y": 2}, 3) == "b"  # y was mentioned last
    assert family.relative(wife, None, {"x": 5}, 3 + 10) is None  # x too long ago
    owned = KinMention(0, 4, "wife", "Anna", "X")
    assert family.relative(owned, "x", {"y": 2}, 3) == "a"
    assert family.relative(owned, None, {"x": 1}, 2) is None  # a possessor nobody knows
