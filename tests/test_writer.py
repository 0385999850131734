"""The TEI writer on the canonical document: golden output, determinism, TEI validity."""

from __future__ import annotations

from canonical import CANONICAL

from edition.writers.tei import document_to_tei
from edition.xmlio import NSMAP, serialize


def test_canonical_document_golden(file_regression) -> None:
    file_regression.check(serialize(document_to_tei(CANONICAL)).decode(), extension=".xml")


def test_writing_is_deterministic() -> None:
    assert serialize(document_to_tei(CANONICAL)) == serialize(document_to_tei(CANONICAL))


def test_canonical_tei_is_valid_against_tei_all(tei_all_schema) -> None:
    tree = document_to_tei(CANONICAL)
    assert tei_all_schema.validate(tree), tei_all_schema.error_log


def test_notes_are_numbered_in_document_order() -> None:
    tree = document_to_tei(CANONICAL)
    ids = tree.xpath("//tei:note/@xml:id", namespaces=NSMAP)
    assert ids == ["note-1", "note-2"]
    assert tree.xpath("//tei:note[@type='empty']/@n", namespaces=NSMAP) == ["2"]


def test_paragraph_after_subdivision_is_wrapped_to_stay_valid() -> None:
    tree = document_to_tei(CANONICAL)
    wrapped = tree.xpath("//tei:div[@type='continued']/tei:p/text()", namespaces=NSMAP)
    assert wrapped == ["A paragraph after a sub-division."]
