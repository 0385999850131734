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
