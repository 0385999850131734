"""Event links: one link per event across every document that tells it; a day named in a
note, a citation or a title anchors nothing; two events of one day stay apart."""

from __future__ import annotations

from pathlib import Path

from edition.align import align_corpus
from edition.xmlio import NSMAP, parse_file

FILLER = (
    "<p>The harbour town kept its markets open through the winter and sold salted fish.</p>"
    "<p>Letters from the coast spoke of storms, of debts, and of cousins who moved inland.</p>"
)


def tei(title: str, body: str) -> str:
    return (
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>'
        f"{title}</title></titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/>"
        f"</sourceDesc></fileDesc></teiHeader><text><body>{FILLER}{body}</body></text></TEI>"
    )


def write(folder: Path, **documents: str) -> None:
    for stem, body in documents.items():
        (folder / f"{stem}.xml").write_text(tei(stem.title(), body), "utf-8")


def event_links(folder: Path) -> list[list[str]]:
    """Each event link as the sorted documents of its targets."""
    tree = parse_file(folder / "parallels.xml")
    return sorted(
        sorted(t.split(".xml#")[0] for t in link.get("target").split())
        for link in tree.xpath("//tei:link[@type='event'][not(@subtype)]", namespaces=NSMAP)
    )


BURGLARY = "thieves broke into the county archive at night and carried off the ledgers"
TRIAL = "the trial of the harbour master opened before a crowded court in the capital"


def test_one_event_told_by_three_documents_is_one_link(tmp_path: Path) -> None:
    write(
        tmp_path,
        first=f"<p>On 5 August 1936 {BURGLARY}.</p>",
        second=f"<p>It was on August 5, 1936 that {BURGLARY}, the watchman said.</p>",
        third=f"<p>Late on 5 August 1936 {BURGLARY} and the town woke to the news.</p>",
    )
    align_corpus(tmp_path)
    assert event_links(tmp_path) == [["first", "second", "third"]]


def test_a_day_of_any_era_or_form_anchors_an_event(tmp_path: Path) -> None:
    """The day is read by the date grammar: the era holds ("44 BC"), "the 15th of March" is a
    day, and a tagged date gives its own day."""
    write(
        tmp_path,
        first=f"<p>On 15 March 44 BC {BURGLARY}.</p>",
        second=f"<p>It was on the 15th of March, 44 BC that {BURGLARY}, the watchman said.</p>",
        third=f'<p>Late on <date when="-0044-03-15">the Ides</date> {BURGLARY}.</p>',
    )
    align_corpus(tmp_path)
    assert event_links(tmp_path) == [["first", "second", "third"]]


def test_a_day_written_without_its_year_takes_the_year_the_story_is_in(tmp_path: Path) -> None:
    """A narrative names the year once ("In 1936 …") and its days without it ("on the 5th of
    August"): the day is of that year. A year named only in a note sets no year."""
    write(
        tmp_path,
        first=f"<p>On 5 August 1936 {BURGLARY}.</p>",
        second=(
            '<p>In <date when="1936">1936</date> the town elected a new council.</p>'
            f'<p>On <date when="--08-05">the 5th of August</date> {BURGLARY}.</p>'
        ),
        third=(
            "<p>The town elected a new council.<note>Council minutes, "
            '<date when="1936">1936</date>.</note></p>'
            f'<p>On <date when="--08-05">the 5th of August</date> {BURGLARY}.</p>'
        ),
    )
    align_corpus(tmp_path)
    assert event_links(tmp_path) == [["first", "second"]]


def test_two_events_of_one_day_are_not_linked(tmp_path: Path) -> None:
    write(
        tmp_path,
        first=f"<p>On 5 August 1936 {BURGLARY}; the mayor of the harbour town was furious.</p>",
        second=f"<p>On 5 August 1936 {TRIAL}; the mayor of the harbour town was furious.</p>",
    )
    align_corpus(tmp_path)
    assert event_links(tmp_path) == []


def test_a_day_in_a_note_citation_or_title_anchors_nothing(tmp_path: Path) -> None:
    write(
        tmp_path,
        first=f"<p>On 5 August 1936 {BURGLARY}.</p>",
        second=(
            f"<p>Later {BURGLARY}<note>Reported on 5 August 1936 by the gazette.</note>.</p>"
            f"<p>Of this, see <bibl>The Gazette, 5 August 1936</bibl>; {BURGLARY}.</p>"
            f"<p>The book <title>Night of 5 August 1936</title> says {BURGLARY}.</p>"
        ),
    )
    align_corpus(tmp_path)
    assert event_links(tmp_path) == []


QUOTED = (
    "the lamps of the harbour went out one by one that winter, and nobody in the town "
    "would climb the towers to light them again until the ships came back"
)


def test_a_passage_snaps_to_the_quote_element_leaving_the_lead_in_out(tmp_path: Path) -> None:
    write(
        tmp_path,
        first=f"<p>Years afterwards the keeper later wrote in his diary: <quote>{QUOTED}</quote></p>",
        second=f"<p>As his daughter remembered the order: <quote>{QUOTED}</quote> She wept.</p>",
    )
    align_corpus(tmp_path)
    tree = parse_file(tmp_path / "parallels.xml")
    (link,) = tree.xpath("//tei:link[@type='quotation']", namespaces=NSMAP)
    for target in link.get("target").split():
        name, _, ident = target.partition("#")
        (element,) = parse_file(tmp_path / name).xpath("//*[@xml:id=$i]", i=ident)
        assert element.tag.endswith("}quote")  # the scholar's quote, no lead-in seg around it


def test_a_short_quotation_in_two_translations_is_linked_when_both_are_quotes(
    tmp_path: Path,
) -> None:
    write(
        tmp_path,
        first="<p>The old pilot liked to say <quote>fog hides shallow rocks</quote> to novices.</p>",
        second="<p>Her saying was <quote>the fog hides the shallow rocks</quote> and it stuck.</p>",
    )
    align_corpus(tmp_path)
    tree = parse_file(tmp_path / "parallels.xml")
    assert len(tree.xpath("//tei:link[@type='quotation']", namespaces=NSMAP)) == 1


def test_one_day_told_at_different_lengths_without_a_shared_person_is_one_event(
    tmp_path: Path,
) -> None:
    """Two long paragraphs that mostly tell other things share the day, an event word near it
    and five words: one event, though no person is tagged in both."""
    first = (
        "The guild of rope makers had argued with the council over the tolls for a year, and the"
        " ferrymen refused to carry tar until the debts of the winter were paid in silver. The new"
        " symphony for the harbour choir was first performed on 7 May 1824 in the old granary hall"
        " to great acclaim. Afterwards the copyists disputed with the printer about the engraved"
        " parts, the lamps, the benches and the wages of the porters for many weeks. Merchants"
        " from the northern islands brought wool, amber, dried cod and walrus ivory, and bargained"
        " at the customs house while gulls circled the masts. Smugglers hid brandy under nets in"
        " the reed beds, and a magistrate fined three innkeepers for watering their beer."
    )
    second = (
        "The concert of the choir took place on May 7, 1824, in the granary hall, and the"
        " symphony met with great enthusiasm. Later that summer the composer moved to a small"
        " house beyond the salt marsh, wrote long letters to his publisher about money, quarrelled"
        " with his landlady about the stove, and walked every morning along the dunes. His"
        " brother, a clerk at the mint, sent him pears, tobacco and gossip from the capital, and"
        " a cousin asked for a loan to rebuild a mill that a flood had ruined. By autumn the"
        " physician forbade him wine, coffee and late hours, which he ignored cheerfully."
    )
    write(tmp_path, first=f"<p>{first}</p>", second=f"<p>{second}</p>")
    align_corpus(tmp_path)
    assert event_links(tmp_path) == [["first", "second"]]
