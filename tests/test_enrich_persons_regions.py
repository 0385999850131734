"""The model reads only the regions around capitalised words: what they cover, and how the
entities found in them are placed back on the text."""

from __future__ import annotations

import re
from pathlib import Path

from edition.enrich import persons_model
from edition.enrich.persons_model import joined_regions, regions, to_text

TEXT = (
    "The ferry left at dawn and crossed the grey water slowly while the gulls followed it "
    "for a long time over the waves, and then Mara Quill stepped onto the quay of the old "
    "harbour where nobody was waiting for her at all that cold morning, as she had feared; "
    "much later, long after the market had closed and the lamps were lit along the "
    "street, a letter from Tomas Verhoeven reached her."
)


def test_every_capitalised_word_is_read_with_two_words_each_side() -> None:
    found = regions(TEXT)
    assert [region for _, region in found] == [
        "and then Mara Quill stepped onto",
        "letter from Tomas Verhoeven reached her.",
    ]
    for offset, region in found:
        assert TEXT[offset : offset + len(region)] == region
    words = TEXT.split()
    covered = " ".join(region for _, region in found).split()
    for index, word in enumerate(words):
        if word[0].isupper() and word != "The":
            context = words[max(0, index - 2) : index + 3]
            assert " ".join(context) in " ".join(region for _, region in found)
    assert "The" not in covered  # a function word starting a sentence makes no region


def test_regions_that_overlap_or_touch_are_one() -> None:
    text = "one two Anna three four five six seven eight Boris nine ten"
    assert regions(text, context=2) == [
        (0, "one two Anna three four"),
        (text.index("seven"), "seven eight Boris nine ten"),
    ]
    # with three words each side, "five" ends one region and "six" starts the next: one
    assert regions(text, context=3) == [(0, text)]


def test_an_uppercase_letter_inside_a_word_makes_a_region() -> None:
    text = "the commentary of al-Farabi on the book was copied by hand in the city"
    assert regions(text, context=1) == [(15, "of al-Farabi on")]


def test_a_text_without_capitals_has_no_region_and_is_not_read(monkeypatch) -> None:
    text = "nobody came to the harbour that morning, and the gulls slept on the roofs."
    assert regions(text) == []
    assert joined_regions(text) == ("", [])

    def no_model() -> None:
        raise AssertionError("the model was loaded")

    monkeypatch.setattr(persons_model, "_nlp", no_model)
    assert persons_model._read([text]) == {text: []}


def test_an_entity_found_in_the_joined_regions_lands_on_the_same_characters() -> None:
    joined, places = joined_regions(TEXT)
    assert joined == (
        "and then Mara Quill stepped onto\n\nletter from Tomas Verhoeven reached her."
    )
    spans = []
    for name in ("Mara Quill", "Tomas Verhoeven"):
        start = joined.index(name)
        spans.append((start, start + len(name), "PERSON"))
    crossing = (joined.index("onto"), joined.index("letter") + 6, "ORG")  # over the separator
    placed = to_text([*spans, crossing], places)
    assert [TEXT[start:end] for start, end, _ in placed] == ["Mara Quill", "Tomas Verhoeven"]
    assert [label for _, _, label in placed] == ["PERSON", "PERSON"]


def test_the_model_reads_the_regions_and_answers_in_offsets_of_the_text(
    tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("EDITION_CACHE_DIR", str(tmp_path))
    read: list[str] = []
    real = persons_model._entities_of

    def spy(strings: list[str], batch: int) -> list[list[persons_model.Entity]]:
        read.extend(strings)
        return real(strings, batch)

    monkeypatch.setattr(persons_model, "_entities_of", spy)
    [found] = persons_model.entities([TEXT])
    assert read == [joined_regions(TEXT)[0]]
    names = {TEXT[start:end] for start, end, label in found if label == "PERSON"}
    assert names and names <= {"Mara Quill", "Tomas Verhoeven"}


def test_the_cache_version_names_the_reading_method() -> None:
    if persons_model.model_version():
        assert persons_model.model_version().endswith("+" + persons_model.READING)
    assert re.fullmatch(r"regions\d+", persons_model.READING)
