"""Life events: the passages telling the subject's birth, exile and death are linked across
documents even in different words, with the year stated or implied by the narrative."""

from __future__ import annotations

from pathlib import Path

import pytest

from edition.align import align_corpus
from edition.xmlio import NSMAP, parse_file

HEADER = (
    '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>{title}'
    "</title></titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc>"
    "</fileDesc></teiHeader><text><body>{body}</body></text></TEI>"
)
# Three invented lives of one invented cartographer, told in different words.
DOCUMENTS = {
    "first": [
        (
            "Votan was born in the harbour town of Keszla in 1851, the third daughter of a rope "
            "maker who sold tar to the ferrymen of the lagoon."
        ),
        (
            "Her brother died in 1880 of a fever, and the family sold the workshop to pay the debts "
            "that the long winter had left them."
        ),
        (
            "In 1890 the governor had Votan exiled to the salt islands for printing a map that showed "
            "the smugglers' channels, and she stayed there for six years."
        ),
        (
            "She died in Keszla in 1903, in the room above the old workshop, while her last chart of "
            "the lagoon was still being engraved."
        ),
    ],
    "second": [
        (
            "The daughter of a rope maker, Mirela Votan was born at Keszla on the lagoon in the spring "
            "of 1851 and grew up among ferrymen and tar boilers."
        ),
        (
            "Her atlas of the lagoon appeared in 1887 and was praised for its soundings and for the "
            "honest blank spaces where nobody had measured the water."
        ),
        (
            "The governor banished Votan to the salt islands in 1891, because her chart had shown the "
            "smugglers' channels to anyone who could read it."
        ),
        (
            "Votan died in 1903 at Keszla, above the workshop where she had been a child, before the "
            "engravers finished her last chart of the lagoon."
        ),
    ],
    "third": [
        (
            "Keszla, where Votan was born in 1851, lived from rope, tar and the ferry trade, and her "
            "father was one of its rope makers."
        ),
        (
            "Exiled to the salt islands by the governor in 1890 for mapping the smugglers' channels, "
            "Votan spent six years measuring the shallows around them."
        ),
        "Back in Keszla she kept working on a last chart of the whole lagoon for the engravers.",
        (
            "Votan died there, above the workshop, before the engravers had finished it; the town "
            "buried her beside the ferrymen."
        ),
    ],
}


def write_corpus(tei_dir: Path, years: dict[str, str] | None = None) -> None:
    """The three lives as TEI; `years` rewrites each year of the text (another era)."""
    tei_dir.mkdir(exist_ok=True)
    for stem, paragraphs in DOCUMENTS.items():
        body = "".join(f"<p>{text}</p>" for text in paragraphs)
        for year, other in (years or {}).items():
            body = body.replace(year, other)
        (tei_dir / f"{stem}.xml").write_text(HEADER.format(title=stem, body=body), "utf-8")


def life_links(tei_dir: Path) -> dict[str, tuple[str, dict[str, str]]]:
    """subtype -> (year, {document stem: text of the linked passage})."""
    result = {}
    for link in parse_file(tei_dir / "parallels.xml").xpath(
        "//tei:link[@type='event'][@subtype]", namespaces=NSMAP
    ):
        texts = {}
        for target in link.get("target").split():
            name, _, ident = target.partition("#")
            (element,) = parse_file(tei_dir / name).xpath("//*[@xml:id=$i]", i=ident)
            texts[Path(name).stem] = " ".join("".join(element.itertext()).split())
        result[link.get("subtype")] = (link.get("n"), texts)
    return result


def test_birth_exile_and_death_are_linked_across_all_documents(tmp_path: Path) -> None:
    write_corpus(tmp_path)
    align_corpus(tmp_path)
    events = life_links(tmp_path)
    assert sorted(events) == ["birth", "death", "exile"]
    assert events["birth"][0] == "1851" and events["death"][0] == "1903"
    assert events["exile"][0] in {"1890", "1891"}  # the documents differ by a year
    for kind, (_, texts) in events.items():
        assert sorted(texts) == ["first", "second", "third"], kind
    assert all("born" in t for t in events["birth"][1].values())
    assert all("salt islands" in t for t in events["exile"][1].values())
    assert all("died" in t and "brother" not in t for t in events["death"][1].values())
    # the third document states no year for the death: its passage joins on likeness alone


@pytest.mark.parametrize(
    ("era", "birth", "exile", "death"),
    [
        (
            {
                "1851": "85 BC",
                "1880": "55 BC",
                "1887": "52 BC",
                "1890": "50 BC",
                "1891": "49 BC",
                "1903": "43 BC",
            },
            "85 BC",
            {"50 BC", "49 BC"},
            "43 BC",
        ),
        (
            {
                "1851": "1151",
                "1880": "1180",
                "1887": "1187",
                "1890": "1190",
                "1891": "1191",
                "1903": "1203",
            },
            "1151",
            {"1190", "1191"},
            "1203",
        ),
    ],
    ids=["before Christ", "twelfth century"],
)
def test_life_events_of_any_era_are_linked(
    tmp_path: Path, era: dict[str, str], birth: str, exile: set[str], death: str
) -> None:
    write_corpus(tmp_path, era)
    align_corpus(tmp_path)
    events = life_links(tmp_path)
    assert events["birth"][0] == birth and events["death"][0] == death
    assert events["exile"][0] in exile
    for kind, (_, texts) in events.items():
        assert sorted(texts) == ["first", "second", "third"], kind


def test_a_life_event_in_only_one_document_is_no_link(tmp_path: Path) -> None:
    write_corpus(tmp_path)
    for stem in ("second", "third"):
        path = tmp_path / f"{stem}.xml"
        text = path.read_text("utf-8")
        path.write_text(text.replace("born", "raised").replace("Exiled", "Sent"), "utf-8")
    path = tmp_path / "second.xml"
    path.write_text(path.read_text("utf-8").replace("banished", "sent"), "utf-8")
    align_corpus(tmp_path)
    events = life_links(tmp_path)
    assert "birth" not in events and "exile" not in events
    assert sorted(events["death"][1]) == ["first", "second", "third"]


def test_align_command_on_an_unwritable_directory_says_so(tmp_path: Path, monkeypatch) -> None:
    from click.testing import CliRunner

    from edition.cli import main

    write_corpus(tmp_path)

    def refuse(path, data):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr("edition.align.run.atomic_write", refuse)
    monkeypatch.setattr(
        "edition.align.run.EditGuard.write", lambda self, path, data: refuse(path, data)
    )
    result = CliRunner().invoke(main, ["align", str(tmp_path)])
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {tmp_path}/")
    assert "cannot write (Permission denied); align a writable copy of" in result.output
    assert "Traceback" not in result.output


# A review that speaks of Votan's exile and death without a year and in few words.
REVIEW = [
    (
        "The new book on Votan is long and affectionate, and it reproduces the charts of Votan in "
        "colour, with pages of the notes Votan kept in an appendix."
    ),
    (
        "The author is weakest on her long years of exile, which Votan hardly described in the "
        "letters she kept, so the reader has to guess."
    ),
    (
        "Votan's sister was murdered by robbers, the author claims, though no record of it "
        "survives among the papers of the harbour office."
    ),
    (
        "Of her death the book says little, and the reviewer would have liked a page or two more "
        "on it; Votan deserved better."
    ),
]


def test_a_document_without_years_joins_when_it_plainly_tells_the_event(tmp_path: Path) -> None:
    write_corpus(tmp_path)
    body = "".join(f"<p>{text}</p>" for text in REVIEW)
    (tmp_path / "review.xml").write_text(HEADER.format(title="review", body=body), "utf-8")
    align_corpus(tmp_path)
    events = life_links(tmp_path)
    assert "long years of exile" in events["exile"][1]["review"]
    assert events["death"][1]["review"].startswith("Of her death")  # not the sister's murder
    assert "review" not in events["birth"][1]


def test_a_relatives_death_without_the_events_year_is_no_link(tmp_path: Path) -> None:
    write_corpus(tmp_path)
    body = "".join(f"<p>{text}</p>" for text in REVIEW[:3])
    (tmp_path / "review.xml").write_text(HEADER.format(title="review", body=body), "utf-8")
    align_corpus(tmp_path)
    assert "review" not in life_links(tmp_path)["death"][1]


def test_a_lead_summary_gives_way_to_the_narrative(tmp_path: Path) -> None:
    write_corpus(tmp_path)
    lead = (
        '<div type="introduction"><p>Votan, the daughter of a rope maker of Keszla, was born there '
        "in 1851 and mapped the whole lagoon.</p><p>Votan died at Keszla in 1903, above the "
        "workshop, before the engravers had finished her last chart of the lagoon.</p></div><div>"
    )
    path = tmp_path / "first.xml"
    text = (
        path.read_text("utf-8")
        .replace("<body>", f"<body>{lead}")
        .replace("</body>", "</div></body>")
    )
    path.write_text(text, "utf-8")
    align_corpus(tmp_path)
    events = life_links(tmp_path)
    assert events["death"][1]["first"].startswith("She died in Keszla in 1903")
    assert events["exile"][1]["first"].startswith("In 1890 the governor")


def test_the_subject_is_the_person_named_in_most_documents(tmp_path: Path) -> None:
    """A friend named often in one document (letters to him) is not the corpus's subject."""
    from edition.align.life import corpus_subject
    from edition.align.run import load
    from edition.align.units import build_corpus

    write_corpus(tmp_path)
    for stem in DOCUMENTS:
        path = tmp_path / f"{stem}.xml"
        text = path.read_text("utf-8").replace(
            "Votan", '<persName ref="persons.xml#votan">Votan</persName>'
        )
        if stem == "first":
            friend = '<persName ref="persons.xml#ilo-brask">Ilo Brask</persName>'
            text = text.replace(
                "</body>", f"<p>{' and '.join([friend] * 20)} wrote often.</p></body>"
            )
        path.write_text(text, "utf-8")
    blocks = [block for loaded in load(tmp_path).values() for block in loaded.blocks]
    assert corpus_subject(build_corpus(blocks))[0] == "votan"
