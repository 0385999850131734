"""Names chained by a patronymic particle ("Yahya ibn Qasim ibn Tariq", "Zubayda bint
Rashid") are one person's name, on paragraphs we wrote."""

from __future__ import annotations

from pathlib import Path

from test_enrich_persons import enrich, mentions, one_person

from edition.enrich.personography import Person
from edition.enrich.persons_capitals import capitals_names
from edition.enrich.persons_index import NameIndex
from edition.enrich.persons_patronymics import join_patronymics
from edition.enrich.persons_rules import thing_before

LEAD = (
    "<p>QASIM IBN TARIQ AL-WASITI (1021–1087), popularly known as Abu Salim, was a judge of "
    "Wasit.</p>"
    "<p>Abu Salim's full name was Qasim ibn Tariq ibn Yahya ibn Hamid al-Wasiti.</p>"
    "<p>His son Yahya ibn Qasim ibn Tariq taught in Basra, and Abu Salim visited him there "
    "with Zubayda bint Rashid, his wife.</p>"
    "<p>After Yahya ibn Qasim ibn Tariq died, Zubayda bint Rashid went home.</p>"
)


def test_a_chain_of_names_is_one_person_and_a_stated_full_name_is_the_subject(
    tmp_path: Path,
) -> None:
    tree, _ = enrich(LEAD, tmp_path)
    found = mentions(tree)
    names = [text for text, _, _ in found]
    assert names.count("Yahya ibn Qasim ibn Tariq") == 2, found
    assert names.count("Zubayda bint Rashid") == 2, found
    assert "Qasim" not in names and "Tariq" not in names, found
    ids = {text: ref for text, ref, _ in found}
    subject = ids["Abu Salim"]
    assert ids["Qasim ibn Tariq ibn Yahya ibn Hamid al-Wasiti"] == subject
    assert ids["Yahya ibn Qasim ibn Tariq"] not in ("", subject)
    assert ids["Zubayda bint Rashid"] not in ("", subject, ids["Yahya ibn Qasim ibn Tariq"])


def test_the_model_s_parts_of_a_chain_become_one_person_span() -> None:
    text = "After Harun ibn Yusuf al-Tamimi died, Layla bint Umar wrote to Basra."
    spans = [(6, 11, "PERSON"), (16, 31, "ORG"), (38, 43, "PERSON"), (63, 68, "GPE")]
    joined = join_patronymics([text], [spans])[0]
    assert [(text[s:e], label) for s, e, label in joined] == [
        ("Harun ibn Yusuf al-Tamimi", "PERSON"),
        ("Layla bint Umar", "PERSON"),
        ("Basra", "GPE"),
    ]
    # a chain the model marked nowhere is left alone; a place that reaches past it holds it
    assert join_patronymics([text], [[]]) == [[]]
    held = [(0, 31, "FAC")]
    assert join_patronymics([text], [held]) == [held]


def test_a_gaelic_patronymic_joins_the_model_s_parts_too() -> None:
    """ "Máel Tarvo mac Quellan": one king, not "Máel Tarvo" and a place "Quellan"."""
    text = "In 1054 Máel Tarvo mac Quellan took the throne."
    spans = [(8, 18, "PERSON"), (23, 30, "GPE")]
    joined = join_patronymics([text], [spans])[0]
    assert [(text[s:e], label) for s, e, label in joined] == [("Máel Tarvo mac Quellan", "PERSON")]


def test_a_japanese_clan_name_with_no_is_one_name_whose_given_name_stands_alone(
    tmp_path: Path,
) -> None:
    """ "Kawa no Tarumi": one person, who is "Tarumi" alone, never "no Tarumi"; "Kawa no
    Tarumi reigned as Emperor Tenmu" gives him his name on the throne."""
    text = "In 645, Kawa no Tarumi rose."
    spans = [(8, 12, "PERSON"), (16, 22, "GPE")]
    joined = join_patronymics([text], [spans])[0]
    assert [(text[s:e], label) for s, e, label in joined] == [("Kawa no Tarumi", "PERSON")]
    tree, _ = enrich(
        "<p>In 645, Kawa no Tarumi rose against the clan. Tarumi won.</p>"
        "<p>Kawa no Tarumi reigned as Emperor Tenmu from 661. Tenmu built roads, and"
        " Tenmu died in 672.</p>",
        tmp_path,
    )
    assert one_person(tree, ("Kawa no Tarumi", "Tenmu")), mentions(tree)
    persons = (tmp_path / "persons.xml").read_text("utf-8")
    assert ">no Tarumi<" not in persons and ">Emperor Tenmu<" not in persons


def test_a_particle_matches_in_either_case() -> None:
    index = NameIndex([Person("qasim", "Qasim Ibn Tariq", ())])
    found = list(index.find("He asked Qasim ibn Tariq about it."))
    assert [(m.text, m.candidates) for m in found] == [("Qasim ibn Tariq", ("qasim",))]


def test_a_parent_s_name_in_capitals_is_no_surname() -> None:
    text = (
        "HARUN BIN ABI SALIM was a judge. Harun met Ali ibn Abi Talib and Umar ibn Abi Rabia, "
        "and Salim lived near the gate of Abi Talib. Salim died in Kufa."
    )
    found = capitals_names([text], {"was", "a", "judge"})
    assert [(f.name, f.surname) for f in found] == [("Harun bin Abi Salim", "Salim")]


def test_a_whole_name_after_full_name_was_is_a_mention_a_cited_word_is_not() -> None:
    assert not thing_before("His full name was ", "Qasim ibn Tariq")
    assert thing_before("changed his surname to ", "Harun")
    assert thing_before("the Order of ", "Harun ibn Yusuf")
