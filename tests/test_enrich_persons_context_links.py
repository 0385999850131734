"""Persons found and linked from their context, on paragraphs we wrote: one-word names joined
to a known name by "and" (persons_coordination), "née", kinship words, birth names."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_enrich_persons import enrich, mentions, one_person

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


def test_a_surname_after_nee_is_the_birth_name_of_the_person_named_before_it(
    tmp_path: Path,
) -> None:
    """ "Anna Velova (née Quill)": "Quill" names Anna here, though Tomas Quill bears it."""
    tree, _ = enrich(
        "<p>Tomas Quill built the mill in 1850. Mara Velova was the daughter of Ivo Velova and"
        " his wife, Anna Velova (née Quill). Tomas Quill left the town later.</p>",
        tmp_path,
    )
    refs = [(text, ref) for text, ref, _ in mentions(tree)]
    anna = dict(refs)["Anna Velova"]
    assert ("Quill", anna) in refs, refs


def test_a_given_name_after_a_kinship_word_is_the_relative_named_in_full_later(
    tmp_path: Path,
) -> None:
    tree, _ = enrich(
        "<p>Ivo Velova lived with his mother and sister Fanny in a cottage by the river.</p>"
        "<p>Years later his older sister Fanny Marrow urged him to write, and Fanny Marrow kept"
        " his letters.</p>",
        tmp_path,
    )
    refs = [(text, ref) for text, ref, _ in mentions(tree)]
    full = dict(refs)["Fanny Marrow"]
    assert ("Fanny", full) in refs, refs


@pytest.mark.parametrize(
    "body",
    [
        # a note marker does not hide the birth name
        (
            "<p>ANN QUILL (;[1] born ALISA MARA VELOVA; – March 6, 1982) was a writer and"
            " philosopher. She moved to the city in 1926.</p><p>In 1957, Ann Quill published her"
            " best-known novel, and Quill turned to essays.</p>"
        ),
        # an export leaves "; ;" where the pronunciations stood
        (
            "<p>ANNA MARIKA QUILL (;[1] ; ; born ALISA MARA VELOVA; 7 May 1905 – 4 July 1982) was"
            " a Latvian writer.</p><p>Alisa Mara Velova left for the city in 1926. Anna Quill"
            " wrote novels there, and Quill won a prize in 1931.</p>"
        ),
        # a maiden surname after "(;": "Mira Ansela Velova"
        (
            "<p>MIRA ANSELA QUILL (; née VELOVA; 1917 – 1984) was a stateswoman.</p><p>Mira"
            " Ansela Velova studied in Lausanne. Mira Quill led the party later, and Quill won in"
            " 1966.</p>"
        ),
    ],
    ids=["note-marker", "emptied-pronunciations", "maiden-surname"],
)
def test_a_birth_name_in_the_lead_is_an_alias(body: str, tmp_path: Path) -> None:
    """ "X (;[1] ; ; born Y; …)", "X (; née Z; …)": one person, whatever stands between."""
    tree, _ = enrich(body, tmp_path)
    refs = {ref for _, ref, _ in mentions(tree)}
    assert len(refs) == 1 and "" not in refs, mentions(tree)


def test_a_name_the_lead_gives_its_subject_by_a_pronoun_is_an_alias(tmp_path: Path) -> None:
    """ "He was known as ORLO CONTRA MARE": the subject's name, not a new person who takes
    "Orlo" from him."""
    tree, _ = enrich(
        "<p>ORLO OF VESTA (c. 296 – 2 May 373) was a bishop of Vesta. He was known as ORLO"
        " CONTRA MARE for his stand against the fleet.</p><p>Orlo of Vesta wrote letters. Orlo"
        " was exiled five times, and Orlo returned each time. He wrote Contra Fluvios and"
        " Contra Ventos in exile.</p>",
        tmp_path,
    )
    refs = {ref for text, ref, _ in mentions(tree) if text.casefold().startswith("orlo")}
    assert len(refs) == 1 and "" not in refs, mentions(tree)


def test_a_pen_name_the_lead_gives_by_a_pronoun_is_an_alias(tmp_path: Path) -> None:
    """ "He is also known by his (hao), or pen-name Qīng Vashu": the subject's."""
    tree, _ = enrich(
        "<p>MA ORLO (701–762) was a poet of the harbour towns. Ma Orlo wrote a thousand poems."
        "</p><p>He is also known by his (hao), or pen-name Qīng Vashu (青蓮居士), meaning"
        " Householder of the Lotus.</p><p>Readers of Qīng Vashu loved his wine songs.</p>",
        tmp_path,
    )
    assert one_person(tree, ("Ma Orlo", "Qīng Vashu")), mentions(tree)


def test_a_name_of_one_word_and_a_place_is_a_person_and_a_council_is_not(tmp_path: Path) -> None:
    """The model calls "Hosius of Marava" an organisation, as it does "the Council of
    Marava": the council is a word the text writes in lower case, the given name is not."""
    tree, _ = enrich(
        "<p>Bishop Orlo Vane wrote to the council in 340. Meletius of Lycopolis and Hosius of"
        " Marava wrote to the council too, and the Council of Marava met in 343.</p>",
        tmp_path,
    )
    texts = [text for text, _, _ in mentions(tree)]
    assert "Hosius of Marava" in texts, mentions(tree)
    assert not any("Council" in text for text in texts), mentions(tree)


def test_variants_of_the_subjects_name_listed_after_his_name_appears(tmp_path: Path) -> None:
    """ "his name appears in variants such as Ma Taibo, Ma Tai-po": each is the subject."""
    tree, _ = enrich(
        "<p>MA ORLO (701–762) was a poet of the harbour towns. Ma Orlo wrote a thousand poems."
        "</p><p>Combining the family name with the courtesy name, his name appears in variants"
        " such as Ma Taibo, Ma Taibai, Ma Tai-po, among others.</p><p>Later readers of Ma Taibo"
        " and of Ma Tai-po knew one poet.</p>",
        tmp_path,
    )
    refs = {ref for text, ref, _ in mentions(tree) if text.startswith(("Ma ", "MA "))}
    assert len(refs) == 1 and "" not in refs, mentions(tree)


def test_one_word_names_in_a_list_of_known_persons_are_persons(tmp_path: Path) -> None:
    """A long list of names, two of them known persons: its other one-word names and names of
    one word and a place ("Quellinor of Ardes") are persons, whatever the model calls them."""
    tree, _ = enrich(
        "<p>Markos Velandri taught in the city for twenty years, and Ilvano Dresk wrote down"
        " his lessons.</p><p>The chronicle keeps the lives of Arisander, Markos Velandri,"
        " Pherastes, Quellinor of Ardes, Ilvano Dresk and Tobrenos, though few read it.</p>",
        tmp_path,
    )
    found = [text for text, _, _ in mentions(tree)]
    for name in ("Arisander", "Pherastes", "Quellinor of Ardes", "Tobrenos"):
        assert name in found, mentions(tree)


def test_a_list_with_one_known_person_adds_no_one(tmp_path: Path) -> None:
    tree, _ = enrich(
        TAUGHT + "The ships sailed for Markos Velandri, Arisander, Pherastes, Tobrenos and"
        " Quelmar.</p>",
        tmp_path,
    )
    found = [text for text, _, _ in mentions(tree)]
    assert not {"Arisander", "Pherastes", "Tobrenos", "Quelmar"} & set(found), mentions(tree)


def test_a_german_title_stays_with_the_name(tmp_path: Path) -> None:
    """ "Herr Velandri" is Markos Velandri with a title, not a new person."""
    tree, _ = enrich(TAUGHT + "Years later Herr Velandri wrote to the council.</p>", tmp_path)
    refs = {text: ref for text, ref, _ in mentions(tree)}
    assert refs.get("Herr Velandri") == refs["Markos Velandri"], mentions(tree)


def test_a_bare_domain_is_no_lower_case_use_of_a_surname(tmp_path: Path) -> None:
    """ "velandri.ws" (a web site) does not make "Velandri" a common word."""
    tree, _ = enrich(
        TAUGHT + "His letters are at velandri.ws today. Velandri wrote every week, and Velandri"
        " kept copies.</p>",
        tmp_path,
    )
    refs = [ref for text, ref, _ in mentions(tree) if text == "Velandri"]
    assert refs == ["markos-velandri", "markos-velandri"], mentions(tree)


def test_a_name_does_not_start_with_a_preposition() -> None:
    from edition.enrich.persons_rules import _looks_like_name

    assert not _looks_like_name(["Inside", "Quillbook"])
    assert _looks_like_name(["Than", "Shwe"])  # a short function word may be a name
