"""Translations: one invented letter quoted in two translations (one document writes it as
one sentence, the other as two), and a short saying whose two translations share a 4-word
core. Fixtures: tests/fixtures/align_translations (north, south, and west, which quotes
sentences about the same things that are not the letter)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from align_helpers import quotation_links

from edition.align import align_corpus
from edition.align.concepts import concept, parse_synonyms, stem, use_synonyms
from edition.errors import InputError

FIXTURES = Path(__file__).parent / "fixtures" / "align_translations"


@pytest.fixture(autouse=True)
def default_synonyms():
    """Each test starts and ends with the default synonym list (a project may choose its own)."""
    use_synonyms(None)
    yield
    use_synonyms(None)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    target = tmp_path / "tei"
    shutil.copytree(FIXTURES, target)
    return target


def link_holding(links: list[dict[str, str]], words: str) -> dict[str, str]:
    found = [link for link in links if any(words in text for text in link.values())]
    assert len(found) == 1, f"{len(found)} links hold {words!r}: {links}"
    return found[0]


def test_letter_written_as_one_and_as_two_sentences_is_linked_whole(corpus: Path) -> None:
    align_corpus(corpus)
    link = link_holding(quotation_links(corpus), "old quarry")
    assert sorted(link) == ["north", "south"]
    assert link["north"].startswith("I ask the council") and link["north"].endswith("cheap stone.")
    # both sentences of the other translation, without the lead-in "Marrow told the councillors:"
    assert link["south"].startswith("I beg the councillors")
    assert "floods of spring arrive." in link["south"] and link["south"].endswith("cheap.")


def test_short_saying_in_two_translations_is_linked(corpus: Path) -> None:
    align_corpus(corpus)
    link = link_holding(quotation_links(corpus), "doubt the wind")
    assert link == {
        "north": "The harbour stays closed to those who doubt the wind.",
        "south": "A port is shut to any man who distrusts the winds.",
    }


def test_quotations_about_the_same_things_are_not_linked(corpus: Path) -> None:
    align_corpus(corpus)
    links = quotation_links(corpus)
    assert len(links) == 2
    assert not [link for link in links if "west" in link]


def test_a_short_core_links_only_when_both_sides_are_quotations(corpus: Path) -> None:
    south = corpus / "south.xml"
    text = south.read_text("utf-8")
    marked = "<quote>A port is shut to any man who distrusts the winds.</quote>"
    assert marked in text
    south.write_text(text.replace(marked, "a port is shut to any man who distrusts the winds."))
    align_corpus(corpus)
    links = quotation_links(corpus)
    assert not [link for link in links if any("wind" in t for t in link.values())]
    assert link_holding(links, "old quarry")  # the letter still is


def test_stemmer_meets_inflected_forms() -> None:
    assert len({stem(w) for w in ("house", "houses", "housing", "housed")}) == 1
    assert stem("stopped") == stem("stop") and stem("running") == stem("run")
    assert stem("cities") == stem("city") and stem("family") == stem("families")
    assert stem("glass") == "glass" and stem("famous") == "famous"  # no plurals
    assert stem("quickly") == stem("quick") and stem("reply") == stem("replies")
    assert stem("house") != stem("horse")


def test_synonyms_join_words_of_one_group_only() -> None:
    assert concept("harbour") == concept("ports") and concept("shut") == concept("closed")
    assert concept("harbour") != concept("shut")
    assert concept("continual") == concept("continuous") != concept("continue")
    groups = parse_synonyms("# a comment\nbig, large\nhuge, large, vast\n\n")
    assert groups[stem("large")] == groups[stem("big")] == stem("big")  # its first group
    assert groups[stem("vast")] == stem("huge") and "#" not in "".join(groups)


def test_a_contraction_is_not_another_word() -> None:
    from edition.align.text import tokenize
    from edition.align.units import is_content

    tokens = {t.surface: t for t in tokenize("I'll go, she won't, we'd stay; they were ill.")}
    assert not is_content(tokens["I'll"]) and tokens["I'll"].key != tokens["ill"].key
    assert not is_content(tokens["won't"]) and not is_content(tokens["we'd"])
    assert is_content(tokens["ill"])


def test_words_in_quotation_marks_are_a_quotation_only_when_several() -> None:
    from edition.align.match import quotation_mark_spans

    text = 'He called it "petty tyranny" and left. She said: “we shall cross the river before the ice breaks”.'
    (span,) = quotation_mark_spans(text)
    assert text[span[0] : span[1]] == "we shall cross the river before the ice breaks"


def test_a_project_chooses_its_own_synonyms(corpus: Path) -> None:
    (corpus / "edition.toml").write_text("[align]\nsynonyms = false\n")
    align_corpus(corpus)
    assert not [
        link for link in quotation_links(corpus) if "north" in link and "wind" in link["north"]
    ]
    for path in FIXTURES.glob("*.xml"):
        shutil.copy(path, corpus / path.name)  # the documents as they were, without seg markup
    (corpus / "sea-words.txt").write_text("harbour, port\nclose, shut\ndoubt, distrust\n")
    (corpus / "edition.toml").write_text('[align]\nsynonyms = "sea-words.txt"\n')
    align_corpus(corpus)
    assert link_holding(quotation_links(corpus), "doubt the wind")["south"].startswith("A port")


def test_a_missing_synonym_list_is_named(corpus: Path) -> None:
    (corpus / "edition.toml").write_text('[align]\nsynonyms = "nowhere.txt"\n')
    with pytest.raises(
        InputError, match=r"edition.toml: \[align\] synonyms: cannot read .*nowhere.txt"
    ):
        align_corpus(corpus)
