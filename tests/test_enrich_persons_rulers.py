"""Rulers whose name is another person's given name ("Leopold II" beside Leopold Marrin),
and a surname after a list of relatives, on paragraphs we wrote."""

from __future__ import annotations

from pathlib import Path

from test_enrich_persons import enrich, mentions, tei

from edition.enrich.personography import Person
from edition.enrich.persons_index import NameIndex
from edition.enrich.persons_tagger import DocumentTagger
from edition.enrich.text_nodes import text_slots
from edition.report import Report


def test_a_regnal_name_is_not_the_person_who_bears_its_word_as_a_given_name(
    tmp_path: Path,
) -> None:
    tree, _ = enrich(
        "<p>Leopold Marrin wrote operas for the court in Vienna. After the coronation of"
        " Leopold II in 1790, Marrin lost his post, and after the death of Leopold II in 1792"
        " he left the city. Leopold Marrin died in Graz.</p>",
        tmp_path,
    )
    ids = {text: ref for text, ref, _ in mentions(tree)}
    assert ids["Leopold II"] not in ("", ids["Leopold Marrin"]), mentions(tree)
    assert [text for text, _, _ in mentions(tree)].count("Leopold II") == 2


def test_a_surname_after_a_list_of_relatives_names_the_one_who_goes_by_it(
    tmp_path: Path,
) -> None:
    """The brothers were named last, all by the shared surname: "Quell" names none of them
    more than another, so it names the one the document calls so."""
    tree, _ = enrich(
        "<p>Thomas Quell was born in 1899. He later fought Jack Dempsey, Gene Tunney, Max Baer,"
        " Joe Louis, Jim Braddock, Max Schmeling, Primo Carnera, Jack Sharkey and Tommy"
        " Loughran.</p><p>His brothers were Michael Quell, Albert Quell, and Peter Quell. Quell"
        " left school early, and Quell became a boxer.</p>",
        tmp_path,
    )
    alone = [ref for text, ref, _ in mentions(tree) if text == "Quell"]
    owner = next(ref for text, ref, _ in mentions(tree) if text == "Thomas Quell")
    assert alone == [owner, owner], mentions(tree)


def test_a_surname_known_from_another_document_does_not_start_a_regnal_name() -> None:
    """ "Francis" names Albert Francis only where a document names him in full; before "II"
    it is no exception."""
    index = NameIndex([Person("albert-francis", "Albert Francis", ("Francis",), proposed=True)])
    tree = tei("<p>The empire passed to Francis II in 1792.</p>")
    tagger = DocumentTagger(index, Report("d.xml"))
    for slot in text_slots(tree):
        tagger.tag(slot)
    assert [ref for _, ref, _ in mentions(tree)] == []


def test_a_ruler_with_letters_beyond_a_to_z_is_one_name(tmp_path: Path) -> None:
    """ "King Władysław IV": a capitalised word of any Latin alphabet before a regnal
    number, and an id without the letters ASCII lacks ("wladyslaw-iv")."""
    tree, _ = enrich(
        "<p>Orest Valenko was sent to plead before the Polish King Władysław IV in 1637.</p>"
        "<p>Soon after, King Władysław IV summoned Orest Valenko again.</p>",
        tmp_path,
    )
    assert ("King Władysław IV", "wladyslaw-iv") in [(t, r) for t, r, _ in mentions(tree)]
