"""Every reader, on any text: schema-valid TEI or a ReaderError with a line number."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from edition.errors import ReaderError
from edition.readers import READERS, get_reader, strip_control_characters
from edition.report import Report
from edition.writers.tei import document_to_tei
from edition.xmlio import parse_bytes, serialize

# Lines built from pieces that trigger the readers' rules: markers, headings, bullets, page
# numbers, footnote stars, hyphens at line ends, boilerplate words.
PIECES = st.sampled_from(
    [
        "(1)",
        "(12)",
        "[3]",
        "[4][5]",
        "*",
        "References",
        "Primary Sources",
        "Notes",
        "- ",
        "* ",
        "ix",
        "12",
        "CHAPTER",
        "1",
        "Advertisement",
        "Published on",
        "\u00ad",
        "\ufb01",
        "-\n",
        "_title_",
        "Lenin",
        "7 November 1879",
        "\u201c",
        "\u201d",
        '"',
        "(",
        ")",
        "—",
        "\n",
        "\n\n",
    ]
)
WORDS = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12)
SOURCE_TEXT = st.lists(st.one_of(PIECES, WORDS), max_size=60).map(" ".join)


@pytest.mark.parametrize("name", sorted(READERS))
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=SOURCE_TEXT)
def test_any_text_gives_valid_tei_or_reader_error(name: str, text: str, tei_all_schema) -> None:
    report = Report("fuzz.txt")
    text = strip_control_characters(text, report)
    try:
        document = get_reader(name).read(text, report)
    except ReaderError as error:
        assert error.line is not None and error.line >= 1
        return
    data = serialize(document_to_tei(document))
    tree = parse_bytes(data)
    assert tei_all_schema.validate(tree), str(tei_all_schema.error_log)[:500]
