"""Persons come from every personography of the corpus: persons.xml and the listPerson of
any document (in its header, standOff or text), persons.xml winning for one id."""

from __future__ import annotations

from pathlib import Path

from site_helpers import page, text_of

from edition.site import build_site

LETTER = """<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt>
<title>A letter</title></titleStmt><publicationStmt><p>Test.</p></publicationStmt>
<sourceDesc><p>Written for the tests.</p></sourceDesc></fileDesc><profileDesc><particDesc>
<listPerson><person xml:id="ines"><persName>Inês de Castro</persName>
<birth when="1325"/></person></listPerson></particDesc></profileDesc></teiHeader>
<text><body><p>Dear friend, <persName ref="#ines">Inês</persName> sends her greetings.</p>
</body></text></TEI>"""


def test_a_documents_own_list_of_persons_names_its_people(tmp_path: Path) -> None:
    tei = tmp_path / "tei"
    tei.mkdir()
    (tei / "letter.xml").write_text(LETTER, "utf-8")
    build_site(tei, tmp_path / "site")
    index = text_of(page(tmp_path / "site", "persons/index.html"))
    assert "Inês de Castro" in index
    person = text_of(page(tmp_path / "site", "persons/ines.html"))
    assert "Inês de Castro" in person and "1325" in person


NOTED = """<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt>
<title>A harbour diary</title></titleStmt><publicationStmt><p>Test.</p></publicationStmt>
<sourceDesc><p>Written for the tests.</p></sourceDesc></fileDesc></teiHeader>
<text><body><p><persName ref="#tomas">Tomás Ruiz</persName> kept the light.<note n="1">
As <persName ref="#amelia">Amelia Dorn</persName> told <persName ref="#tomas">Ruiz</persName>
in a letter.</note></p></body></text></TEI>"""


def _noted_site(tmp_path: Path, settings: str | None) -> Path:
    tei = tmp_path / "tei"
    tei.mkdir()
    (tei / "diary.xml").write_text(NOTED, "utf-8")
    if settings is not None:
        (tei / "edition.toml").write_text(settings, "utf-8")
    build_site(tei, tmp_path / "site")
    return tmp_path / "site"


def test_a_person_named_only_in_notes_has_a_page_but_no_index_line(tmp_path: Path) -> None:
    site = _noted_site(tmp_path, None)
    index = text_of(page(site, "persons/index.html"))
    assert "Tomás Ruiz" in index  # in the running text (and in a note)
    assert "Amelia Dorn" not in index
    assert "all in notes" in text_of(page(site, "persons/amelia.html"))


def test_the_project_file_can_list_people_named_only_in_notes(tmp_path: Path) -> None:
    site = _noted_site(tmp_path, "[index]\nnames_in_notes = true\n")
    assert "Amelia Dorn" in text_of(page(site, "persons/index.html"))


def test_a_wrong_index_setting_is_a_one_line_error(tmp_path: Path) -> None:
    import pytest

    from edition.errors import EditionError

    with pytest.raises(EditionError, match="names_in_notes"):
        _noted_site(tmp_path, '[index]\nnames_in_notes = "yes"\n')
