"""Whatever text a reader is given, the TEI written from it is valid against our own schema
(edition.rng and the Schematron rules), not only against tei_all."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from test_readers_properties import SOURCE_TEXT

from edition.errors import ReaderError
from edition.readers import READERS, get_reader, strip_control_characters
from edition.report import Report
from edition.validate import validate_file
from edition.validation.relaxng import SchemaSet
from edition.writers.tei import document_to_tei
from edition.xmlio import atomic_write, serialize

SCHEMAS = SchemaSet("edition")


@pytest.mark.parametrize("name", sorted(READERS))
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=SOURCE_TEXT)
def test_any_text_gives_tei_valid_against_our_schema(name: str, text: str, tmp_path: Path) -> None:
    report = Report("fuzz.txt")
    text = strip_control_characters(text, report)
    try:
        document = get_reader(name).read(text, report)
    except ReaderError:
        return  # the reader's own property test checks the error
    path = tmp_path / "fuzz.xml"
    atomic_write(path, serialize(document_to_tei(document)))
    diagnostics = validate_file(path, SCHEMAS)
    assert diagnostics == [], [d.format() for d in diagnostics]
