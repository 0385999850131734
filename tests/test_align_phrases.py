"""Shared quoted phrases (edition.align.phrases): a short quotation that another document
quotes too, or that one document quotes and later reuses unmarked, is linked; a common
phrase, a quoted title or a quoted name is not. Documents are invented here."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from edition.align import align_corpus
from edition.align.phrases import single_quote_spans
from edition.xmlio import NSMAP, parse_file

TEI = """<?xml version='1.0' encoding='UTF-8'?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc>
<titleStmt><title>{title}</title></titleStmt>
<publicationStmt><p>Invented.</p></publicationStmt>
<sourceDesc><p>Written for the tests.</p></sourceDesc></fileDesc></teiHeader>
<text><body>{body}</body></text></TEI>
"""

HARBOUR = [
    "Odile Varn kept the lighthouse at Skerrow for thirty years and wrote four books of tides.",
    "Her rival called the new breakwater “a monument to wet cement” in a letter to the board.",
    "The board built it anyway, and the village of Skerrow grew around the quay.",
    "Every winter the storms tested the Skerrow quay and the fishing fleet that sheltered there.",
]
MARSH = [
    "Petra Lund wrote the history of the marsh villages from the parish books.",
    (
        "She quotes the old complaint that the breakwater was \u201ca monument to wet cement\u201d and"
        " adds that it has stood for a century."
    ),
    "The history of the marsh villages is the history of the fishing fleet and the quay.",
]
ESSAY = [
    "Critics dismissed the harbour plan as ‘a drowned man’s ledger’ before the first stone.",
    (
        "Decades later the engineers admitted that the plan had been a drowned man’s ledger"
        " all along, kept by clerks who never saw the sea."
    ),
    "She liked to say that the fishing fleet was the history of the quay.",
]


def write(folder: Path, name: str, paragraphs: list[str]) -> None:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    (folder / f"{name}.xml").write_text(TEI.format(title=name, body=body), "utf-8")


def links(tei_dir: Path) -> list[tuple[str, list[str]]]:
    """(type, [target text, ...]) of every quotation or repeat link."""
    trees: dict[str, etree._ElementTree] = {}
    result = []
    for link in parse_file(tei_dir / "parallels.xml").xpath(
        "//tei:link[@type='quotation' or @type='repeat']", namespaces=NSMAP
    ):
        texts = []
        for target in link.get("target").split():
            name, _, ident = target.partition("#")
            tree = trees.setdefault(name, parse_file(tei_dir / name))
            (element,) = tree.xpath("//*[@xml:id=$i]", i=ident)
            texts.append(" ".join("".join(element.itertext()).split()))
        result.append((link.get("type"), texts))
    return result


def aligned(tmp_path: Path, documents: dict[str, list[str]]) -> list[tuple[str, list[str]]]:
    folder = tmp_path / "tei"
    folder.mkdir()
    for name, paragraphs in documents.items():
        write(folder, name, paragraphs)
    align_corpus(folder)
    return links(folder)


def test_short_quotation_shared_by_two_documents_is_linked(tmp_path: Path) -> None:
    found = aligned(tmp_path, {"harbour": HARBOUR, "marsh": MARSH})
    assert ("quotation", ["a monument to wet cement", "a monument to wet cement"]) in found


def test_common_phrase_in_both_documents_is_not_linked(tmp_path: Path) -> None:
    found = aligned(tmp_path, {"harbour": HARBOUR, "marsh": MARSH})
    assert not any("fishing fleet" in text for _, texts in found for text in texts), found


def test_quotation_reused_unmarked_in_one_document_is_a_repeat(tmp_path: Path) -> None:
    found = aligned(tmp_path, {"essay": ESSAY})
    assert found == [("repeat", ["a drowned man’s ledger", "a drowned man’s ledger"])]


def test_a_function_word_added_still_matches(tmp_path: Path) -> None:
    first = ["The inspector found the pumps “rusted, idle, cold, flooded” on his second visit."]
    second = ["His report called the pumps “rusted, idle, cold and flooded” and was not printed."]
    found = aligned(tmp_path, {"first": first, "second": second})
    expected = ["rusted, idle, cold, flooded", "rusted, idle, cold and flooded"]
    assert [texts for _, texts in found] == [expected]


def test_quoted_title_of_names_is_not_a_quotation(tmp_path: Path) -> None:
    first = ["She wrote “The Lighthouse of Skerrow Harbour” in one winter."]
    second = ["Her best book, “The Lighthouse of Skerrow Harbour”, sold well."]
    assert aligned(tmp_path, {"first": first, "second": second}) == []


def test_single_quotation_marks_are_not_apostrophes() -> None:
    text = "Her clerks' ledgers said 'the sea keeps no accounts’ and the board's reply didn't."
    assert [text[s:e] for s, e in single_quote_spans(text)] == ["the sea keeps no accounts"]


def test_a_short_saying_in_two_translations_is_linked(tmp_path: Path) -> None:
    """Both sides mark the saying and share its rare words in another order."""
    first = [
        "The guild adopted the motto “tolls without tariffs or levies, trade without masters”.",
        "Its ships carried salt and tar along the coast for fifty years.",
    ]
    second = [
        "Their banners demanded trade “without levies or harbour tariffs” for every crew.",
        "The harbour masters answered with new tolls on salt.",
    ]
    found = aligned(tmp_path, {"first": first, "second": second})
    assert [("quotation", texts) for _, texts in found] == [
        (
            "quotation",
            [
                "tolls without tariffs or levies, trade without masters",
                "without levies or harbour tariffs",
            ],
        )
    ]


def test_two_lists_of_epithets_sharing_two_words_are_not_one_text(tmp_path: Path) -> None:
    first = ["The paper called him “a smuggler, forger, and foreign agent” in May."]
    second = ["They were jailed with “thieves, smugglers, forgers, poachers, brawlers, cheats”."]
    assert aligned(tmp_path, {"first": first, "second": second}) == []


FILLER = [
    "Each time the crew succeeded in landing, the men could feel the shore under them.",
    "She could feel that the time for waiting had passed, and the plan succeeded.",
    "Nobody succeeded the old keeper for a long time; the village could feel his absence.",
    "At the time the clerks did not feel the harbour tax had succeeded.",
    "The second time the board tried, it succeeded, though few could feel any change.",
    "He did not feel the time was right, yet the venture succeeded in the spring.",
    "They feel that the ferry succeeded where the bridge failed for a long time.",
    "In time the school succeeded, and the parents began to feel proud of it.",
    "The mayor said he could feel the time of the storms coming; the dyke succeeded.",
    "For a time nothing succeeded, and the fishermen began to feel the hunger.",
]


def test_a_very_short_remark_in_two_translations_is_linked(tmp_path: Path) -> None:
    """Both sides mark the remark; its words are common in the corpus (none rare), but the two
    quotations have the same content words in the same order."""
    first = [
        "The doctor called the wound slight.",
        "She turned to her son and said, “I feel it here... This time they have succeeded.”",
    ]
    second = ["She knew the blow was fatal. “I feel that this time they succeeded,” she said."]
    found = aligned(tmp_path, {"first": first, "second": second, "filler": FILLER})
    assert (
        "quotation",
        ["I feel it here... This time they have succeeded", "I feel that this time they succeeded"],
    ) in found


def test_a_sentence_in_two_translations_that_share_its_function_words_is_linked(
    tmp_path: Path,
) -> None:
    """Both sides mark the answer; its content words differ ("put"/"place", "hold"/"keep"),
    one alone is shared, but most of its words, function words and all, stand in the same
    order."""
    first = [
        "The keeper was asked whether the harbour was safe.",
        (
            "He answered, “If it is not, may the sea put it there; and if it is, may the sea"
            " so hold it.”"
        ),
    ]
    second = [
        (
            "Questioned about the harbour, the keeper replied: “If it is not, may the sea"
            " place it there; if it is already, may it keep it so.”"
        ),
    ]
    third = [
        "The inspector wrote, “It is not the keeper who may save the harbour, but the sea wall.”"
    ]
    found = aligned(tmp_path, {"first": first, "second": second, "third": third, "filler": FILLER})
    pairs = [texts for kind, texts in found if kind == "quotation"]
    assert any(
        any(t.startswith("If it is not, may the sea put") for t in texts)
        and any(t.startswith("If it is not, may the sea place") for t in texts)
        for texts in pairs
    ), found
    assert not [
        texts for texts in pairs if any(t.startswith("It is not the keeper") for t in texts)
    ]


def test_remarks_with_the_same_words_in_another_order_are_not_one_text(tmp_path: Path) -> None:
    first = ["She said, “I feel that this time they succeeded.”"]
    second = ["He wrote, “They succeeded this time, I feel.”"]
    found = aligned(tmp_path, {"first": first, "second": second, "filler": FILLER})
    assert not [texts for _, texts in found if all("I feel" in t for t in texts)]


def test_a_sentence_that_the_other_translation_splits_in_two_starts_a_passage(
    tmp_path: Path,
) -> None:
    """No word is rare (every word weighs the same) and neither of the first translation's
    sentences is alike enough to the other's one sentence on its own; joined with its
    neighbour it is, so the pair starts a passage."""
    from edition.align.passages import unit_pairs
    from edition.align.run import load
    from edition.align.units import build_corpus

    first = (
        "Their leaders and their loyal young friends have already been poisoned by the rotten"
        " venom of power. The proof is their open contempt for the freedom of the press and for"
        " all the noble ideals for which the republic was fighting."
    )
    second = (
        "They have already become poisoned with the filthy venom of power, and this is shown by"
        " their shameful contempt for the freedom of the press, the person, and all those other"
        " liberties for which the republic struggled."
    )
    folder = tmp_path / "tei"
    folder.mkdir()
    write(folder, "first", [first])
    write(folder, "second", [second])
    docs = load(folder)
    corpus = build_corpus([block for doc in docs.values() for block in doc.blocks])
    corpus.idf = dict.fromkeys(corpus.idf, 0.1)  # the same weight for all, below "rare"
    starts = {(a.doc, a.first, b.doc) for a, b, _ in unit_pairs(corpus)}
    assert ("first", 0, "second") in starts  # "... poisoned by the rotten venom of power."


def test_a_capitalised_slogan_requoted_in_lower_case_is_a_repeat(tmp_path: Path) -> None:
    """The slogan is Title Case where first quoted; a later quotation writes it in lower case,
    so it is ordinary words, not a name."""
    essay = [
        "The dockers marched under the slogan “Salt, Rope and Shelter” through the winter.",
        (
            "A clerk wrote that the crowd wanted “nothing but an end to fear, and salt, rope and"
            " shelter for every crew” before the spring."
        ),
    ]
    found = aligned(tmp_path, {"essay": essay})
    assert ("repeat", ["Salt, Rope and Shelter", "salt, rope and shelter"]) in [
        (kind, [t.rstrip(",") for t in texts]) for kind, texts in found
    ], found


def test_a_quoted_name_written_unmarked_elsewhere_is_not_a_quotation(tmp_path: Path) -> None:
    first = ["In May an independent “Board of Harbour Inquiry” heard the dockers."]
    second = ["The dockers asked for a board of harbour inquiry into the tolls."]
    assert aligned(tmp_path, {"first": first, "second": second}) == []


def test_british_and_american_spellings_of_a_quotation_meet(tmp_path: Path) -> None:
    first = ["The council named the warehouse “the grey theatre of rumour” in its minutes."]
    second = ["A visitor called it “the grey theater of rumor” and never came back."]
    found = aligned(tmp_path, {"first": first, "second": second})
    assert found == [("quotation", ["the grey theatre of rumour", "the grey theater of rumor"])]


def test_a_two_word_label_quoted_by_two_documents_is_linked(tmp_path: Path) -> None:
    first = ["The pamphlet dismissed the ferrymen as “tidal loafers”, and the name stuck."]
    second = ["Every ferryman resented being called one of the “tidal loafers” by the board."]
    found = aligned(tmp_path, {"first": first, "second": second, "filler": FILLER})
    assert ("quotation", ["tidal loafers", "tidal loafers"]) in found


def test_two_common_words_inside_a_longer_quotation_are_not_linked(tmp_path: Path) -> None:
    """“mass meeting” recurs inside “one continual mass meeting”, but neither word is rare."""
    meetings = [f"The mass of the crews came to meeting {n} at the quay." for n in range(12)]
    first = ["A notice announced a “mass meeting” at the harbour hall."]
    second = ["He called the crossing “one continual mass meeting” in his diary."]
    found = aligned(tmp_path, {"first": first, "second": second, "filler": meetings})
    assert not [texts for _, texts in found if "mass meeting" in texts], found


HARBOUR_FILLER = [f"Ships came to harbour {n} and the harbour fed the ships." for n in range(12)]


def test_a_slogan_quoted_in_many_places_is_one_cluster_of_its_quoted_places(
    tmp_path: Path,
) -> None:
    """Six places quote a four-word slogan of common words (more places than a common phrase
    may have): as most of its places quote it, it is a slogan, and its places form one link,
    with the one that repeats it unmarked."""
    documents = {"filler": HARBOUR_FILLER} | {
        f"doc{n}": [f"In the {year} crisis the minister preached “ships in one harbour” to all."]
        for n, year in enumerate(["dry", "wet", "long", "cold", "grey", "late"])
    }
    documents["plain"] = ["Nobody remembers the policy of ships in one harbour any more."]
    found = aligned(tmp_path, documents)
    assert found == [("quotation", ["ships in one harbour"] * 7)], found


def test_a_slogan_rendered_with_other_small_words_joins_its_cluster(tmp_path: Path) -> None:
    """Another translator's "ships in a single harbour" (same first and last words, a word of
    the middle shared, one word longer) is the slogan quoted once more."""
    documents = {"filler": HARBOUR_FILLER} | {
        f"doc{n}": [f"In the {year} crisis the minister preached “ships in one harbour” to all."]
        for n, year in enumerate(["dry", "wet", "long"])
    }
    documents["other"] = ["His rival mocked the “ships in a single harbour” of the minister."]
    documents["unlike"] = ["A sailor sang of “ships from a far harbour” all night."]
    found = aligned(tmp_path, documents)
    assert [sorted(texts) for _, texts in found] == [
        ["ships in a single harbour"] + ["ships in one harbour"] * 3
    ], found


def test_a_quotation_s_last_clause_written_again_unmarked_is_a_repeat(tmp_path: Path) -> None:
    """The slogan is the last clause of a longer quotation; a history writes that clause,
    unmarked, with a word added: too short a share of the quotation, but a whole clause."""
    documents = {
        "speech": [
            (
                "The minister said that “the old order is wrong - the order must be, send the"
                " idle barges to every cannery.” The crowd cheered."
            )
        ],
        "history": ["He urged them to send the idle barges to every cannery on the coast."],
        "filler": HARBOUR_FILLER,
    }
    found = aligned(tmp_path, documents)
    assert [texts for _, texts in found] == [
        ["send the idle barges to every cannery", "send the idle barges to every cannery"]
    ], found


def test_a_phrase_written_unmarked_in_most_places_is_no_slogan(tmp_path: Path) -> None:
    documents = {"filler": HARBOUR_FILLER} | {
        f"doc{n}": [f"The {year} report found ships in one harbour at the end of the season."]
        for n, year in enumerate(["dry", "wet", "long", "cold", "grey"])
    }
    documents["first"] = ["A notice spoke of “ships in one harbour” at the hall."]
    documents["second"] = ["The clerk wrote “ships in one harbour” in the ledger."]
    found = aligned(tmp_path, documents)
    assert not [texts for _, texts in found if "ships in one harbour" in texts], found


def test_a_short_stretch_of_rare_words_in_a_long_quotation_is_linked(tmp_path: Path) -> None:
    """Two renderings of one note share only "with your lantern in your satchel"; a letter
    quoted in a life and printed unmarked in the letters shares "pickled, salted and smoked".
    Rare words make such short stretches of long quotations count."""
    documents = {
        "life": [
            (
                "The warden wrote, “If you can call on Tuesday week I shall be delighted to"
                " receive you after the vespers bell; come at eight in the evening with your"
                " lantern in your satchel, and bring the copper ledger.” He came."
            ),
            (
                "Later she complained to her sister: “After these nine weeks of squabbling"
                " with glaziers, tanners and the bishop's bailiffs, I feel thoroughly pickled,"
                " salted and smoked.” The verdict came in May."
            ),
        ],
        "memoir": [
            (
                "The note ran: “Dear friend, unless some accident prevents it, the porter expects"
                " you about nine tonight at the orchard gate, with your lantern in your satchel.”"
                " It was unsigned."
            )
        ],
        "letters": [
            "Our quarrels with every tradesman in town have lasted since Lent; I am fairly"
            " pickled, salted, and smoked. What will the verdict be if nobody pays the clerks?"
        ],
        # a corpus large enough for a word in few sentences to be rare (see phrases.has_rare)
        "filler": [f"Ships came to harbour {n} and the harbour fed the ships." for n in range(900)],
    }
    found = aligned(tmp_path, documents)
    texts = [" | ".join(t) for _, t in found]
    assert any("lantern in your satchel" in t and t.count("satchel") == 2 for t in texts), found
    assert any("pickled" in t and t.count("smoked") == 2 for t in texts), found
