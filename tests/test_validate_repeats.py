"""prune.flatten_nested_repeats rewrites (A+, B*)+ as A, (A | B)* so that libxml2 checks a
long <listPerson> in linear time; the rewrite must never change a verdict or a message."""

from __future__ import annotations

import copy
import itertools
from pathlib import Path

import pytest
from conftest import TEI_ALL
from lxml import etree

from edition.validation import localize, prune
from edition.validation.localize import Localizer
from edition.validation.prune import Grammar, flatten_nested_repeats, rng
from edition.validation.relaxng import SchemaSet, relaxng_errors
from edition.xmlio import TEI_NS, parse_file

TOY = f"""<grammar xmlns="{prune.RNG_NS}">
  <start><ref name="list"/></start>
  <define name="list"><element name="list">{{content}}</element></define>
  <define name="a"><element name="a"><empty/></element></define>
  <define name="b"><element name="b"><empty/></element></define>
  <define name="c"><element name="c"><empty/></element></define>
</grammar>"""
NESTED = (
    '<zeroOrMore><ref name="c"/></zeroOrMore>'
    '<oneOrMore><oneOrMore><ref name="a"/></oneOrMore>'
    '<zeroOrMore><choice><ref name="b"/><ref name="c"/></choice></zeroOrMore></oneOrMore>'
)


def _toy(content: str) -> etree._Element:
    return etree.fromstring(TOY.format(content=content).encode())


def _children(word: tuple[str, ...]) -> etree._Element:
    return etree.fromstring(f"<list>{''.join(f'<{n}/>' for n in word)}</list>".encode())


def test_rewrite_accepts_exactly_the_same_sequences() -> None:
    """Every sequence of up to six children: same verdict before and after the rewrite."""
    original = _toy(NESTED)
    rewritten = copy.deepcopy(original)
    assert flatten_nested_repeats(rewritten) == 1
    assert not any(o.find(rng("oneOrMore")) is not None for o in rewritten.iter(rng("oneOrMore")))
    before, after = etree.RelaxNG(original), etree.RelaxNG(rewritten)
    accepted = 0
    for length in range(7):
        for word in itertools.product("abc", repeat=length):
            verdict = before.validate(_children(word))
            assert after.validate(_children(word)) == verdict, word
            accepted += verdict
    assert accepted > 100  # both accept and refuse many sequences


def test_rewrite_skipped_when_a_repeat_can_hold_an_attribute() -> None:
    with_attribute = NESTED.replace(
        '<ref name="a"/></oneOrMore>',
        '<ref name="a"/><optional><attribute name="n"/></optional></oneOrMore>',
    )
    grammar = _toy(with_attribute)
    assert flatten_nested_repeats(grammar) == 0
    etree.RelaxNG(grammar)  # still a correct schema (a repeated attribute would not be)


def _list_person(persons: int, extra: str = "") -> etree._ElementTree:
    """A TEI document whose personography has `persons` entries (and `extra` markup)."""
    entries = "".join(
        f'<person xml:id="p{i}"><persName>Person {i}</persName></person>' for i in range(persons)
    )
    text = (
        f'<TEI xmlns="{TEI_NS}"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>'
        "<publicationStmt><p>P</p></publicationStmt><sourceDesc><listPerson><head>People</head>"
        f"{entries}{extra}</listPerson></sourceDesc></fileDesc></teiHeader>"
        "<text><body><p>Text.</p></body></text></TEI>"
    )
    return etree.ElementTree(etree.fromstring(text.encode()))


@pytest.fixture
def tei_all(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> SchemaSet:
    if not TEI_ALL.is_file():
        pytest.skip("../shared/reference/tei_all.rng not found")
    monkeypatch.setenv("EDITION_TEI_ALL", str(TEI_ALL))
    monkeypatch.setenv("EDITION_CACHE_DIR", str(tmp_path / "cache"))
    return SchemaSet("tei_all")


EXTRAS = {
    "": True,
    '<relation name="knows" active="#p0" passive="#p1"/>': True,
    '<relation name="knows" active="#p0" passive="#p1"/><person><persName>X</persName></person>': True,
    "<head>Late</head>": False,
    "<p>Not here.</p>": False,
}


@pytest.mark.parametrize("extra", EXTRAS)
def test_pruned_tei_all_keeps_the_whole_schemas_verdict(
    extra: str, tei_all: SchemaSet, tei_all_schema
) -> None:
    tree = _list_person(3, extra)
    assert bool(tei_all_schema.validate(tree)) is EXTRAS[extra]
    assert (relaxng_errors(Path("t.xml"), tree, tei_all) == []) is EXTRAS[extra]


def test_pruned_tei_all_has_no_nested_repeat_for_list_person(tei_all: SchemaSet) -> None:
    tree = _list_person(2, '<relation name="knows" active="#p0" passive="#p1"/>')
    tei_all.for_document(tree)
    (grammar,) = tei_all._grammars.values()
    (define,) = Grammar(grammar).defines["listPerson"]
    assert not any(o.find(rng("oneOrMore")) is not None for o in define.iter(rng("oneOrMore")))


def test_long_personography_verdict_and_message(tei_all: SchemaSet) -> None:
    """3000 persons (seconds for libxml2 on the nested repeat); a stray <p> after them is
    still found and named precisely."""
    assert relaxng_errors(Path("t.xml"), _list_person(3000), tei_all) == []
    wrong = _list_person(3000, "<p>Not here.</p>")
    (found,) = relaxng_errors(Path("t.xml"), wrong, tei_all)
    assert (found.code, found.message) == (
        "element-not-allowed",
        "<p> is not allowed inside <listPerson>",
    )


def test_cached_grammar_is_read_back_with_the_rewrite(tei_all: SchemaSet, tmp_path: Path) -> None:
    tree = _list_person(2)
    tei_all.for_document(tree)
    (cached,) = (tmp_path / "cache").glob("tei_all-*.rng")
    again = SchemaSet("tei_all")
    assert again.for_document(tree).validate(tree)
    assert flatten_nested_repeats(parse_file(cached).getroot()) == 0  # already rewritten


def test_trial_removals_skip_repeated_siblings_without_changing_the_fault(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """localize tries removing only the first of a run of same-named siblings: for every
    refused sequence of up to six children the fault is the one found by trying them all."""
    grammar = _toy(NESTED)
    localizer = Localizer(grammar)
    compared = 0
    for length in range(7):
        for word in itertools.product("abc", repeat=length):
            element = _children(word)
            for child in element:
                child.tail = "\n"
            if localizer.valid_alone(element):
                continue
            fast = localizer.explain(element)
            with monkeypatch.context() as patch:
                patch.setattr(localize, "_repeats_previous", lambda parent, index: False)
                slow = localizer.explain(element)
            assert (fast.element, fast.code, fast.message) == (
                slow.element,
                slow.code,
                slow.message,
            ), word
            compared += fast.code == "element-misplaced"
    assert compared > 50


def test_late_head_in_a_long_personography_is_named(tei_all: SchemaSet) -> None:
    """Found by removing one child at a time: one trial per run of same-named siblings."""
    wrong = _list_person(3000, "<head>Late</head>")
    (found,) = relaxng_errors(Path("t.xml"), wrong, tei_all)
    assert found.code == "element-misplaced"
    assert found.message.startswith("<head> is not allowed at this position inside <listPerson>")


def test_dropping_dead_branches_accepts_exactly_the_same_sequences() -> None:
    """Branches that can match nothing (a pruned element) leave choices and repeats."""
    content = (
        '<zeroOrMore><choice><ref name="c"/><ref name="gone"/></choice></zeroOrMore>'
        '<oneOrMore><oneOrMore><choice><ref name="a"/><ref name="gone"/></choice></oneOrMore>'
        '<zeroOrMore><ref name="gone"/></zeroOrMore></oneOrMore>'
        '<optional><group><ref name="b"/><ref name="gone"/></group></optional>'
        '<zeroOrMore><ref name="b"/></zeroOrMore>'
    )
    original = _toy(content)
    etree.SubElement(etree.SubElement(original, rng("define"), name="gone"), rng("notAllowed"))
    simplified = copy.deepcopy(original)
    assert prune.drop_not_allowed(simplified) == 4
    assert flatten_nested_repeats(simplified) == 1
    before, after = etree.RelaxNG(original), etree.RelaxNG(simplified)
    accepted = 0
    for length in range(7):
        for word in itertools.product("abc", repeat=length):
            verdict = before.validate(_children(word))
            assert after.validate(_children(word)) == verdict, word
            accepted += verdict
    assert accepted > 20
