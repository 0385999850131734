"""The dates pass on TEI: context, hand-made tags, idempotence, the Julian calendar header."""

from __future__ import annotations

from conftest import seed_path
from lxml import etree

from edition.enrich.dates import enrich_dates
from edition.enrich.dates_calendar import old_style_default, set_old_style_default
from edition.report import Report
from edition.xmlio import NSMAP, parse_bytes, serialize

HEADER = """<teiHeader><fileDesc><titleStmt><title>Dates sample</title></titleStmt>
<publicationStmt><p>Test document.</p></publicationStmt><sourceDesc><p>Written for the tests.</p>
</sourceDesc></fileDesc>{profile}</teiHeader>"""

BODY = """<text><body>
<p>Lev was born on 7th November, 1879 on a farm. In 1896 he met Marxists, and on 28 January
he was arrested<note place="foot" n="1">See <title>Notes of 1905</title> (1930), p. 1917.</note>.</p>
<p>On 3 March the police moved him to Odessa.</p>
<p><date when="1905">That year</date> the strike began, and on 9 January the march came.</p>
<p>His birthday is given as <date when="1879-10-26" cert="low">26 October 1879</date> by one
source; the city rose on 25 October (7 November) 1917 and he had 4700 rubles.</p>
</body></text>"""


def document(body: str = BODY, profile: str = "") -> etree._ElementTree:
    text = f'<TEI xmlns="http://www.tei-c.org/ns/1.0">{HEADER.format(profile=profile)}{body}</TEI>'
    return parse_bytes(text.encode("utf-8"))


def dates_of(tree: etree._ElementTree) -> list[dict[str, str]]:
    return [
        {"text": " ".join("".join(d.itertext()).split()), **dict(d.attrib)}
        for d in tree.getroot().xpath("//tei:text//tei:date", namespaces=NSMAP)
    ]


def test_sample_document_dates(data_regression) -> None:
    tree = document()
    report = Report("sample.xml")
    enrich_dates(tree, report)
    data_regression.check({"dates": dates_of(tree), "tagged": report.counts["dates"]})


def test_context_year_comes_from_the_block_or_the_block_before() -> None:
    tree = enrich_dates(document(), Report("x"))
    values = {d["text"]: d.get("when") for d in dates_of(tree)}
    assert values["28 January"] == "1896-01-28"  # same paragraph
    assert values["3 March"] == "1896-03-03"  # the paragraph before


def test_a_year_mentioned_in_passing_is_not_carried_to_later_paragraphs() -> None:
    body = """<text><body>
<p>In February 1848 the crowds gathered, and on 24 February the king left.</p>
<p>On 26 February the new ministers met. Founded in 1589, the dynasty was over.</p>
<p>On 4 May the assembly opened; in 1789 another had opened too, and on 5 May it sat.</p>
<p>On 6 May the delegates argued.</p>
</body></text>"""
    tree = enrich_dates(document(body), Report("x"))
    values = {d["text"]: d.get("when") for d in dates_of(tree)}
    assert values["24 February"] == "1848-02-24"
    assert values["26 February"] == "1848-02-26"
    assert values["4 May"] == "1848-05-04"  # not 1589: that year was said in passing
    assert values["5 May"] == "1789-05-05"  # the same paragraph's nearest year
    assert values["6 May"] == "1789-05-06"  # a date took 1789: the narrative runs in it


def test_hand_made_date_gives_context_and_is_kept() -> None:
    tree = enrich_dates(document(), Report("x"))
    dates = dates_of(tree)
    assert {"text": "That year", "when": "1905"} in dates
    assert {"text": "9 January", "when": "1905-01-09"} in dates
    # a hand-corrected value is never overwritten, nor is a date nested inside it
    assert {"text": "26 October 1879", "when": "1879-10-26", "cert": "low"} in dates
    assert sum(d["text"] == "26 October 1879" for d in dates) == 1


def test_titles_page_numbers_and_amounts_stay_untagged() -> None:
    texts = [d["text"] for d in dates_of(enrich_dates(document(), Report("x")))]
    assert "1905" not in texts and "1917" not in texts and "4700" not in texts
    assert "1930" in texts


def test_second_run_changes_nothing() -> None:
    tree = enrich_dates(document(), Report("x"))
    first = serialize(tree)
    report = Report("x")
    enrich_dates(tree, report)
    assert serialize(tree) == first
    assert report.counts["dates"] == 0


def test_julian_calendar_entry_added_once_when_used() -> None:
    tree = enrich_dates(document(), Report("x"))
    enrich_dates(tree, Report("x"))
    entries = tree.getroot().xpath(
        "tei:teiHeader/tei:profileDesc/tei:calendarDesc/tei:calendar[@xml:id='julian']",
        namespaces=NSMAP,
    )
    assert len(entries) == 1
    assert "Julian" in "".join(entries[0].itertext())


def test_no_calendar_entry_without_julian_dates() -> None:
    tree = document("<text><body><p>He left in 1902.</p></body></text>")
    enrich_dates(tree, Report("x"))
    assert not tree.getroot().xpath("//tei:calendarDesc", namespaces=NSMAP)


def test_old_style_setting_in_the_header() -> None:
    profile = (
        '<profileDesc><calendarDesc><calendar xml:id="julian" type="old-style-default">'
        "<p>Julian calendar (Old Style)</p></calendar></calendarDesc></profileDesc>"
    )
    tree = document("<text><body><p>Born on October 26, 1879.</p></body></text>", profile)
    assert old_style_default(tree.getroot())
    enrich_dates(tree, Report("x"))
    assert dates_of(tree) == [
        {
            "text": "October 26, 1879",
            "when": "1879-11-07",
            "when-custom": "1879-10-26",
            "datingMethod": "#julian",
        }
    ]


def test_set_old_style_default_is_idempotent_and_reversible() -> None:
    tree = document()
    root = tree.getroot()
    set_old_style_default(root)
    set_old_style_default(root)
    assert old_style_default(root)
    assert len(root.xpath("//tei:calendar", namespaces=NSMAP)) == 1
    set_old_style_default(root, on=False)
    assert not old_style_default(root)


def test_enriched_document_is_valid_tei_all(tei_all_schema) -> None:
    tree = enrich_dates(document(), Report("x"))
    valid = tei_all_schema.validate(tree)
    assert valid, tei_all_schema.error_log.last_error


def test_seed_with_julian_marker(tmp_path) -> None:
    from edition.convert import convert

    source = seed_path("001")
    convert([source], tmp_path)
    tree = parse_bytes((tmp_path / f"{source.stem}.xml").read_bytes())
    enrich_dates(tree, Report(source.name))
    first = serialize(tree)
    enrich_dates(tree, Report(source.name))
    assert serialize(tree) == first
    julian = [d for d in dates_of(tree) if d.get("datingMethod") == "#julian"]
    assert {
        "text": "3 January 1905 (Julian Calendar)",
        "when": "1905-01-16",
        "when-custom": "1905-01-03",
        "datingMethod": "#julian",
    } in julian
    assert len(dates_of(tree)) > 300
