"""Interrupted quotations: an answer that one translation quotes whole and another breaks
with its attribution ("If I be not," answered Orla, "please the river ...") is linked whole.
Fixtures: tests/fixtures/align_interrupted (east quotes the answer whole, west interrupted)."""

from __future__ import annotations

import shutil
from pathlib import Path

from align_helpers import quotation_links

from edition.align import align_corpus
from edition.align.phrases import quoted_phrases
from edition.align.run import load
from edition.align.translations import interrupted
from edition.align.units import build_corpus

FIXTURES = Path(__file__).parent / "fixtures" / "align_interrupted"


def test_an_answer_broken_by_its_attribution_is_linked_whole(tmp_path: Path) -> None:
    tei = tmp_path / "tei"
    shutil.copytree(FIXTURES, tei)
    align_corpus(tei)
    (link,) = quotation_links(tei)
    assert link["east"].startswith("If I am not, may the river")
    assert link["west"].startswith('"If I be not," answered Orla, "please the river')
    assert link["west"].endswith('keep me so."')


def test_only_a_part_ending_with_a_comma_continues() -> None:
    docs = load(FIXTURES)
    corpus = build_corpus([block for doc in docs.values() for block in doc.blocks])
    joined = interrupted(corpus, quoted_phrases(corpus))
    texts = []
    for quoted in joined:
        tokens = corpus.tokens[quoted.block_key][quoted.first : quoted.last]
        texts.append(" ".join(token.surface for token in tokens))
    # "Go home now." ends its sentence: "Come back in spring," that follows is another saying
    whole = "If I be not answered Orla please the river to bring me to it and if I be please"
    assert texts == [whole + " the river to keep me so"]
