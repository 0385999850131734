"""One-word names joined to a known person's name by "and" (persons_coordination), on
paragraphs we wrote: the model calls the unfamiliar name an organisation there."""

from __future__ import annotations

from pathlib import Path

from test_enrich_persons import enrich, mentions

TAUGHT = "<p>Markos Velandri taught in the city for twenty years. "


def test_a_one_word_name_joined_to_a_person_by_and_is_a_person(tmp_path: Path) -> None:
    tree, _ = enrich(
        TAUGHT + "The council heard Markos Velandri and Arisander in 318, and the bishops"
        " sent both into exile.</p>",
        tmp_path,
    )
    refs = {text: ref for text, ref, _ in mentions(tree)}
    assert refs.get("Arisander") not in (None, "", refs["Markos Velandri"]), mentions(tree)


def test_a_comma_alone_joins_no_list(tmp_path: Path) -> None:
    tree, _ = enrich(TAUGHT + "The council heard Markos Velandri, Arisander in 318.</p>", tmp_path)
    assert "Arisander" not in [text for text, _, _ in mentions(tree)], mentions(tree)


def test_a_word_the_text_writes_after_the_is_no_person(tmp_path: Path) -> None:
    """ "the Arisander" (a guild, a party, a people) names no one, joined or not."""
    tree, _ = enrich(
        TAUGHT + "The council heard Markos Velandri and Arisander in 318. The Arisander were a"
        " guild of the city.</p>",
        tmp_path,
    )
    assert "Arisander" not in [text for text, _, _ in mentions(tree)], mentions(tree)
