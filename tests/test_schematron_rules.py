"""The Schematron rules stay linear in the size of a document.

libxslt tests a match pattern of the form "*[predicate]" against an element's siblings one by
one, so such a rule context costs time quadratic in the number of siblings (a converted book
without chapters has all its paragraphs under <body>: 5 MB took 34 s, 100 MB hours). Rule
contexts name an element or an attribute instead."""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

SCHEMA = Path(__file__).resolve().parents[1] / "schemas" / "edition.sch"
SCH = "http://purl.oclc.org/dsdl/schematron"
WILDCARD_WITH_PREDICATE = re.compile(r"(?:^|[|(/]\s*)(?:[\w-]+:)?\*\[")


def test_no_rule_context_is_a_wildcard_element_with_a_predicate() -> None:
    contexts = [rule.get("context") for rule in etree.parse(SCHEMA).iter(f"{{{SCH}}}rule")]
    assert contexts, "edition.sch has rules"
    slow = [c for c in contexts if WILDCARD_WITH_PREDICATE.search(c)]
    assert slow == []


def test_the_pattern_finds_the_slow_forms() -> None:
    assert WILDCARD_WITH_PREDICATE.search("*[@xml:id]")
    assert WILDCARD_WITH_PREDICATE.search("tei:*[@from and @to]")
    assert WILDCARD_WITH_PREDICATE.search("@when | *[@notBefore]")
    assert not WILDCARD_WITH_PREDICATE.search("@from[parent::tei:* and ../@to]")
    assert not WILDCARD_WITH_PREDICATE.search("tei:persName[starts-with(@ref, '#')]")
