"""Parallel texts: two translations of one work are aligned sentence by sentence, while two
accounts of one life told in the same order (same names and years, other words) are not."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from align_helpers import quotation_links

from edition.align import align_corpus
from edition.align.parallel_texts import MAX_GAP, chains

FIXTURES = Path(__file__).parent / "fixtures" / "align_parallel_texts"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return Path(shutil.copytree(FIXTURES, tmp_path / "tei"))


# The first words of each sentence pair of the two translations (hale, quist).
SENTENCES = [
    ("Of all their lies", "What astonished me most"),
    ("I am past sixty winters", "I have lived more than sixty winters"),
    ("These rumours were spread", "Those rumours were spread"),
    ("Ask the toll keeper", "Ask the toll keeper"),
    ("When the bridge fell", "When the bridge collapsed"),
    ("You may condemn me", "Condemn me if you will"),
]


def test_two_translations_of_one_speech_are_linked_sentence_by_sentence(corpus: Path) -> None:
    align_corpus(corpus)
    links = [link for link in quotation_links(corpus) if set(link) == {"hale", "quist"}]
    for hale, quist in SENTENCES:
        found = [
            link
            for link in links
            if link["hale"].startswith(hale) and link["quist"].startswith(quist)
        ]
        assert found, f"no link joins {hale!r} and {quist!r}: {links}"
    # each link joins the sentence and its own translation, never a neighbour
    pairs = {(link["hale"][:12], link["quist"][:12]) for link in links}
    assert ("Of all their", "How strongly") not in pairs
    # a heading of five words is no translation of the long sentence beside it
    assert not [link for link in links if link["hale"].startswith("The toll keeper of")]


def test_two_lives_told_in_the_same_order_are_not_linked(corpus: Path) -> None:
    align_corpus(corpus)
    links = quotation_links(corpus)
    assert not [link for link in links if "life_one" in link or "life_two" in link]


def test_a_chain_steps_forward_in_both_documents_within_the_gap() -> None:
    pairs = [(1, 11, 0.5), (2, 12, 0.5), (3, 10, 0.9), (4, 13, 0.5), (4 + MAX_GAP + 1, 30, 0.5)]
    found = chains(pairs)
    assert found[0] == [(1, 11, 0.5), (2, 12, 0.5), (4, 13, 0.5)]
    assert [(3, 10, 0.9)] in found and [(4 + MAX_GAP + 1, 30, 0.5)] in found
