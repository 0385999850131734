"""edition align: quotation and event links, seg insertion, collation, idempotence, guard."""

from __future__ import annotations

import json
import os
import shutil
from collections import Counter
from pathlib import Path

import pytest
from lxml import etree

from edition.align import align_corpus, parallels_current
from edition.guard import EditGuard, digest
from edition.xmlio import NSMAP, parse_file

FIXTURES = Path(__file__).parent / "fixtures" / "align"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A copy of the three invented documents (alpha, beta, gamma)."""
    target = tmp_path / "tei"
    shutil.copytree(FIXTURES, target)
    return target


def links(tei_dir: Path, kind: str) -> list[list[tuple[str, etree._Element]]]:
    """Each link of a type as (document stem, target element) pairs."""
    trees: dict[str, etree._ElementTree] = {}
    result = []
    for link in parse_file(tei_dir / "parallels.xml").xpath(
        f"//tei:link[@type='{kind}']", namespaces=NSMAP
    ):
        ends = []
        for target in link.get("target").split():
            name, _, ident = target.partition("#")
            tree = trees.setdefault(name, parse_file(tei_dir / name))
            (element,) = tree.xpath("//*[@xml:id=$i]", i=ident)
            ends.append((Path(name).stem, element))
        result.append(ends)
    return result


def words(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).split())


def test_two_translations_are_linked(corpus: Path) -> None:
    align_corpus(corpus)
    pairs = [
        link
        for link in links(corpus, "quotation")
        if sorted(stem for stem, _ in link) == ["alpha", "beta"]
    ]
    assert len(pairs) == 1
    texts = {stem: words(element) for stem, element in pairs[0]}
    assert "rotten apples" in texts["alpha"] and "filthy apples" in texts["beta"]
    assert texts["alpha"].startswith("The river froze")  # the lead-in "She later wrote" is left out


def test_repeat_inside_one_document_is_linked(corpus: Path) -> None:
    align_corpus(corpus)
    repeats = links(corpus, "repeat")  # typed as a repeat, not as a quotation between documents
    assert len(repeats) == 1 and {s for s, _ in repeats[0]} == {"alpha"}
    assert not [link for link in links(corpus, "quotation") if {s for s, _ in link} == {"alpha"}]
    assert all("promises of strangers" in words(element) for _, element in repeats[0])


def test_common_phrase_is_not_a_parallel(corpus: Path) -> None:
    align_corpus(corpus)
    assert not [link for link in links(corpus, "quotation") if "gamma" in {s for s, _ in link}]


def test_collation_shows_the_variant_words(corpus: Path) -> None:
    align_corpus(corpus)
    tree = parse_file(corpus / "parallels.xml")
    apps = tree.xpath("//tei:div[@type='collation']//tei:app", namespaces=NSMAP)
    readings = {(words(app[0]), words(app[1])) for app in apps}
    assert ("rotten", "filthy") in readings
    assert ("people", "men") in readings
    lem = tree.xpath("//tei:lem[.='rotten']", namespaces=NSMAP)[0]
    assert lem.get("wit") == "#w-alpha" and lem.getparent()[1].get("wit") == "#w-beta"
    witnesses = tree.xpath("//tei:listWit/tei:witness/@corresp", namespaces=NSMAP)
    assert witnesses == ["alpha.xml", "beta.xml", "gamma.xml"]


def _shape(tree: etree._ElementTree) -> tuple[str, Counter]:
    """All text of a document and its elements, seg excluded."""
    root = tree.getroot()
    tags = Counter(etree.QName(e).localname for e in root.iter() if isinstance(e.tag, str))
    tags.pop("seg", None)
    return "".join(root.itertext()), tags


def test_documents_keep_every_character_and_element(corpus: Path) -> None:
    before = {p.name: _shape(parse_file(p)) for p in corpus.glob("*.xml")}
    align_corpus(corpus)
    for name, shape in before.items():
        assert _shape(parse_file(corpus / name)) == shape, name
    beta = parse_file(corpus / "beta.xml")
    note = beta.xpath("//tei:note", namespaces=NSMAP)[0]
    assert note.getparent().tag.endswith("}p")  # markup untouched around the new ids


def test_every_target_exists_and_seg_sits_inside_one_parent(corpus: Path) -> None:
    align_corpus(corpus)
    for link in links(corpus, "quotation") + links(corpus, "event"):
        assert len(link) >= 2
    alpha = parse_file(corpus / "alpha.xml")
    segs = alpha.xpath("//tei:seg[@type='parallel']", namespaces=NSMAP)
    assert segs, "the inline quotation in alpha needs a seg"
    quoted = next(s for s in segs if "ferrymen" in words(s))
    assert quoted.getparent().tag.endswith("}p")
    assert quoted.xpath("tei:persName", namespaces=NSMAP), "persName moved whole into the seg"


def test_align_twice_changes_nothing(corpus: Path) -> None:
    align_corpus(corpus)
    first = {p.name: p.read_bytes() for p in corpus.glob("*.xml")}
    align_corpus(corpus)
    assert {p.name: p.read_bytes() for p in corpus.glob("*.xml")} == first


def test_parallels_is_valid_tei(corpus: Path, tei_all_schema) -> None:
    align_corpus(corpus)
    for path in corpus.glob("*.xml"):
        assert tei_all_schema.validate(etree.parse(str(path))), (path, tei_all_schema.error_log)


def test_event_link_on_a_shared_day(corpus: Path) -> None:
    align_corpus(corpus)
    events = links(corpus, "event")
    assert [sorted(s for s, _ in link) for link in events] == [["alpha", "beta"]]
    assert all("1851" in words(element) for _, element in events[0])


def test_guard_checksum_follows_the_aligners_additions(corpus: Path) -> None:
    guard = EditGuard(corpus)
    for name in ("alpha.xml", "beta.xml"):
        guard.written[name] = digest((corpus / name).read_bytes())
    guard.written["gamma.xml"] = "0" * 64  # as if a scholar had edited gamma since convert
    guard.manifest_path.parent.mkdir(parents=True, exist_ok=True)
    guard.manifest_path.write_text(json.dumps(guard.written))
    align_corpus(corpus)
    after = EditGuard(corpus)
    assert not after.is_edited(corpus / "alpha.xml")
    assert not after.is_edited(corpus / "beta.xml")
    assert after.written["gamma.xml"] == "0" * 64


def test_parallels_current_only_when_newer_than_every_document(corpus: Path) -> None:
    assert not parallels_current(corpus)
    align_corpus(corpus)
    assert parallels_current(corpus)
    later = (corpus / "parallels.xml").stat().st_mtime + 10
    os.utime(corpus / "gamma.xml", (later, later))
    assert not parallels_current(corpus)


def test_align_says_what_it_changed(corpus: Path) -> None:
    from click.testing import CliRunner

    from edition.cli import main

    first = CliRunner().invoke(main, ["align", str(corpus)])
    assert first.exit_code == 0, first.output
    assert f"align: wrote {corpus / 'alpha.xml'} (" in first.output
    assert "seg(s) added" in first.output and f"wrote {corpus / 'parallels.xml'}" in first.output
    again = CliRunner().invoke(main, ["align", str(corpus)])
    assert "0 document(s) changed" in again.output and "unchanged" in again.output


def test_golden_parallels(corpus: Path, file_regression) -> None:
    align_corpus(corpus)
    file_regression.check((corpus / "parallels.xml").read_text("utf-8"), extension=".xml")
    for name in ("alpha", "beta"):  # where the segs and ids went
        file_regression.check(
            (corpus / f"{name}.xml").read_text("utf-8"),
            basename=f"test_golden_{name}",
            extension=".xml",
        )


def test_existing_element_ids_are_reused(corpus: Path) -> None:
    alpha = corpus / "alpha.xml"
    text = alpha.read_text("utf-8")
    alpha.write_text(
        text.replace(
            "<p>Maps are promises made by men",
            '<p xml:id="extract-maps">Maps are promises made by men',
        ),
        "utf-8",
    )
    align_corpus(corpus)
    targets = parse_file(corpus / "parallels.xml").xpath("//tei:link/@target", namespaces=NSMAP)
    assert any("alpha.xml#extract-maps" in t.split() for t in targets)
    ids = parse_file(alpha).xpath("//tei:seg/@xml:id", namespaces=NSMAP)
    assert ids and all(i.startswith("par-") for i in ids) and len(set(ids)) == len(ids)


def test_wrap_lifts_to_whole_elements_in_mixed_content() -> None:
    from edition.align.segs import wrap
    from edition.align.text import document_blocks

    tree = etree.ElementTree(
        etree.fromstring(
            '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>One <hi>two three</hi> four'
            "<note>n</note> five six.</p></body></text></TEI>"
        )
    )
    (block,) = document_blocks("x", tree)
    assert block.text == "One two three four five six."
    start = block.text.index("three")  # inside hi: the seg takes the whole hi
    seg = wrap(block, start, block.text.index("six") + 3, "par-x")
    p = tree.getroot()[0][0][0]
    assert etree.tostring(p, encoding="unicode").endswith(
        '<p>One <seg type="parallel" xml:id="par-x"><hi>two three</hi> four<note>n</note> five six</seg>.</p>'.replace(
            "<p>", ""
        )
    )
    assert seg.getparent() is p


def test_hyphenated_words_and_notes_do_not_hide_a_parallel() -> None:
    from edition.align.text import tokenize

    assert [t.norm for t in tokenize("the monas-\n  tery walls")] == ["the", "monastery", "wall"]


def test_epigraph_repeated_in_the_body_is_linked(tmp_path: Path) -> None:
    (tmp_path / "a.xml").write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>A</title>'
        "</titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc>"
        "</fileDesc></teiHeader><text><front><epigraph><quote>Nothing great was ever built on "
        "the marsh without stubbornness.</quote></epigraph></front><body><p>Years later she told "
        "the council that nothing great was ever built on the marsh without stubbornness, and "
        "the council laughed.</p><p>Other things happened in the harbour.</p></body></text></TEI>",
        "utf-8",
    )
    align_corpus(tmp_path)
    (link,) = links(tmp_path, "repeat")
    kinds = sorted(etree.QName(element).localname for _, element in link)
    assert kinds == ["quote", "seg"]
    assert {words(element).lower().rstrip(".") for _, element in link} == {
        "nothing great was ever built on the marsh without stubbornness"
    }


def test_note_markers_left_in_the_text_are_no_words() -> None:
    from edition.align.text import tokenize

    surfaces = [t.surface for t in tokenize("he left.(12) In 1917 [13] the war (1914)")]
    assert surfaces == ["he", "left", "In", "1917", "the", "war", "1914"]


def _tei(body: str) -> str:
    return (
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T'
        "</title></titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc>"
        f"</fileDesc></teiHeader><text><body>{body}</body></text></TEI>"
    )


def test_a_dialogue_echo_is_not_a_repeat(tmp_path: Path) -> None:
    """Two remarks sharing their words in another order are no quotation of each other."""
    (tmp_path / "a.xml").write_text(
        _tei(
            "<p>\u201cThe ferry leaves at noon, so we must pack the charts tonight,\u201d she said.</p>"
            "<p>\u201cIf we pack the charts tonight, the ferry can leave at noon without us,\u201d "
            "he answered.</p><p>Nobody on the quay knew which of them was right.</p>"
        ),
        "utf-8",
    )
    align_corpus(tmp_path)
    assert links(tmp_path, "quotation") == []


def test_a_short_repeat_of_common_words_is_found(tmp_path: Path) -> None:
    """Each of its words is too common to index, but its word pairs are not."""
    import itertools

    vocabulary = ["great", "maps", "begin", "long", "walks"]
    bigrams = set(itertools.pairwise(vocabulary))
    scrambled = [
        p for p in itertools.permutations(vocabulary) if not bigrams & set(itertools.pairwise(p))
    ]
    fillers = "".join(
        f"<p>In {1800 + i} surveyor number {i} noted {' '.join(order)} again.</p>"
        for i, order in enumerate(scrambled[:45])
    )
    (tmp_path / "a.xml").write_text(
        _tei(
            "<epigraph><quote>Great maps begin with long walks.</quote></epigraph>"
            + fillers
            + "<p>Her old teacher liked to repeat it: \u201cGreat maps begin with long walks.\u201d "
            "Then he sent her out into the marsh.</p>"
        ),
        "utf-8",
    )
    align_corpus(tmp_path)
    (link,) = links(tmp_path, "repeat")
    assert all(words(element).lower().startswith("great maps begin") for _, element in link)
