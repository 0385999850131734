"""The web-article reader: web articles and book reviews with site furniture."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ROOT, seed_path
from hypothesis import given, settings
from hypothesis import strategies as st

from edition.errors import ReaderError
from edition.fidelity import measure
from edition.model import Div, Document, Figure, P, Quote, inline_text
from edition.readers import decode_source, detect_format, read_web_article, strip_control_characters
from edition.report import Report
from edition.writers.tei import document_to_tei
from edition.xmlio import parse_bytes, serialize

FIXTURES = Path(__file__).parent / "fixtures" / "web-article"
SAMPLE = ROOT / "samples" / "web-article.txt"


def read_text(text: str, name: str = "test.txt") -> tuple[Document, Report]:
    report = Report(name)
    return read_web_article.read(text, report), report


def read_fixture(name: str) -> tuple[Document, Report]:
    return read_text((FIXTURES / name).read_text("utf-8"), name)


def walk(node: object) -> Iterator[object]:
    """Every model node under `node` (itself included), in document order."""
    yield node
    for name in ("body", "children", "blocks"):
        for child in getattr(node, name, ()) or ():
            yield from walk(child)


def body_text(document: Document) -> str:
    return " ".join(inline_text(node.children) for node in walk(document) if isinstance(node, P))


def removed(report: Report) -> dict[int, str]:
    return {entry.line: entry.category for entry in report.removed}


# ------------------------------------------------------------------------------ header


def test_title_byline_and_date_go_to_the_header() -> None:
    document, report = read_fixture("header.txt")
    meta = document.meta
    assert meta.title == "A Winter Journey Across the Steppe"
    assert meta.authors == ("Olga Example", "Piotr Placeholder")
    assert meta.pub_date == "2023-02-02"
    assert "Byline: By Olga Example and Piotr Placeholder." in meta.source_note
    assert removed(report) == {1: "header-title", 3: "publication-line", 7: "header-byline"}
    text = body_text(document)
    assert "Winter Journey" not in text and "Olga" not in text and "Posted" not in text
    assert text.startswith("A short introduction")  # the standfirst stays text


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By Jane Doe", ("Jane Doe",)),
        (
            "Anna Field, The Quarterly, UK and Ben Stone, Weekly Courier, US",
            ("Anna Field", "Ben Stone"),
        ),
        # a second part without a comma between name and organisation keeps two words
        (
            "Carla Moss Vale, Free Press, UK and Dan Roe Svobodnaya Gazeta, Russia",
            ("Carla Moss Vale", "Dan Roe"),
        ),
    ],
)
def test_byline_authors(byline: str, authors: tuple[str, ...]) -> None:
    document, _ = read_text(f"Title of the Piece\n\n{byline}\n\nA paragraph of body text here.\n")
    assert document.meta.authors == authors


# -------------------------------------------------------------------------- boilerplate


def test_site_furniture_is_removed_and_logged_by_category() -> None:
    document, report = read_fixture("boilerplate.txt")
    assert removed(report) == {
        1: "header-title",
        5: "advertisement",
        7: "share-buttons",
        9: "share-buttons",
        11: "newsletter-prompt",
        15: "read-more",
        21: "teaser-heading",
        23: "teaser-heading",
        25: "teaser-list",
        27: "teaser-list",
    }
    assert [type(block) for block in document.body] == [P] * 4
    assert report.counts["paragraphs"] == 4
    tei = serialize(document_to_tei(document, report.removed_summary())).decode()
    for furniture in ("Advertisement", "Tweet", "newsletter", "MORE LIKE THIS", "teaser"):
        assert furniture not in body_text(document)
    assert "advertisement (1 lines)" in tei  # the header says what was removed


def test_teaser_heading_near_the_top_is_not_a_trailer() -> None:
    text = "Title Line\n\nLatest articles\n\n" + "".join(
        f"Paragraph {n} says something about the subject at hand.\n\n" for n in range(4)
    )
    document, report = read_text(text)
    assert [type(block) for block in document.body] == [P] * 4  # not a cut, still furniture
    assert removed(report)[3] == "teaser-heading"


# ------------------------------------------------------------------------------- review


def test_review_caption_books_quotation_and_issue_date() -> None:
    document, report = read_fixture("review.txt")
    meta = document.meta
    assert meta.pub_date == "1988-05-05"
    assert "Review of: The Long March of an Idea; by Walter Madeup;" in meta.source_note
    assert "Issue of May 5, 1988." in meta.source_note
    figure = document.body[0]
    assert isinstance(figure, Figure)
    assert inline_text(figure.caption) == "Gregor Sample; drawing by Ada Penwork"
    assert removed(report) == {
        1: "image-label",
        6: "header-reviewed-books",
        7: "header-reviewed-books",
        8: "header-reviewed-books",
        18: "issue-line",
        20: "header-issue-date",
    }
    quotes = [block for block in document.body if isinstance(block, Quote)]
    assert len(quotes) == 1 and inline_text(quotes[0].blocks[0].children).startswith("We walked")
    assert [(d.line, d.code) for d in report.warnings] == [(1, "title-from-caption")]
    assert "Madeup" not in body_text(document)


def test_issue_date_on_the_issue_line_itself() -> None:
    text = "Short Title\n\nA paragraph of body text.\n\nAnother paragraph here.\n\nThis Issue: 3 May 1990\n"
    document, report = read_text(text)
    assert document.meta.pub_date == "1990-05-03"
    assert removed(report)[7] == "header-issue-date"
    assert len(document.body) == 2


def test_missing_title_is_a_warning_with_a_line_number() -> None:
    document, report = read_text("Advertisement\n\nA paragraph of body text follows here.\n")
    assert document.meta.title == "Untitled"
    assert [(d.line, d.code) for d in report.warnings] == [(1, "no-title")]
    assert removed(report) == {1: "advertisement"}


# -------------------------------------------------------------------- sections, quotes


def test_headings_open_sections_and_quotations_are_set_off() -> None:
    document, _ = read_fixture("sections_quotes.txt")
    divs = [block for block in document.body if isinstance(block, Div)]
    assert [inline_text(div.head) for div in divs] == ["The vote", "What happened next?"]
    first = divs[0].children
    assert [type(block) for block in first] == [P, P, Quote, P]
    quoted = inline_text(first[2].blocks[0].children)
    assert quoted.startswith("We had come") and quoted.endswith("idle.")  # marks dropped
    assert inline_text(first[3].children).startswith("“Not yet,”")  # dialogue stays text


# ---------------------------------------------------------------------- sample, golden


def test_sample_golden_tei(file_regression) -> None:
    document, report = read_text(SAMPLE.read_text("utf-8"), SAMPLE.name)
    tree = document_to_tei(document, report.removed_summary())
    file_regression.check(serialize(tree).decode("utf-8"), extension=".xml")


def test_sample_and_fixtures_are_detected_as_web_articles() -> None:
    for path in [
        SAMPLE,
        *(FIXTURES / name for name in ("header.txt", "boilerplate.txt", "review.txt")),
    ]:
        assert detect_format(decode_source(path)) == "web-article", path.name


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Advertisement",
                "Published on May 1, 2020",
                "By Ann Bee",
                "This Issue",
                "June 3, 1999",
                "Latest articles",
                "MORE LIKE THIS",
                "Héading Line",
                "X; drawing by Y",
                "“quoted words here”",
                "He wrote:",
                "212 pp., $9.99",
                "",
                "\n",
                "plain words.",
                "<&>",
                "\u00a0",
            ]
        )
        | st.text(max_size=30),
        max_size=30,
    ).map("\n".join)
)
def test_any_text_gives_well_formed_tei(text: str) -> None:
    text = strip_control_characters(text, Report("fuzz.txt"))
    try:
        document, _ = read_text(text)
    except ReaderError as error:
        assert error.line is not None and error.line >= 1
        return
    parse_bytes(serialize(document_to_tei(document)))


# ------------------------------------------------------------------------------- seeds


def read_seed(prefix: str) -> tuple[str, Document, Report]:
    path = seed_path(prefix)
    text = decode_source(path)
    document, report = read_text(text, path.name)
    return text, document, report


def test_seed_web_article() -> None:
    text, document, report = read_seed("003")
    meta = document.meta
    assert meta.title.startswith("Thousands of Nameless")
    assert len(meta.authors) == 2
    divs = [block for block in document.body if isinstance(block, Div)]
    assert len(divs) == 20 and all(div.head for div in divs)
    assert sum(isinstance(n, Quote) for n in walk(document)) == 2
    categories = {entry.category for entry in report.removed}
    assert {
        "teaser-heading",
        "teaser-list",
        "publication-line",
        "header-byline",
        "header-title",
    } <= categories
    assert "MORE LIKE THIS" not in body_text(document)
    assert not report.warnings
    tree = document_to_tei(document)
    logged = [entry.text for entry in report.removed]
    fidelity = measure(text, tree, logged)
    assert fidelity.source_found >= 0.99 and fidelity.tei_extra <= 0.02


def test_seed_book_review() -> None:
    text, document, report = read_seed("004")
    assert document.meta.pub_date == "1980-04-17"
    assert isinstance(document.body[0], Figure)
    assert sum(isinstance(n, Quote) for n in walk(document)) == 1
    assert removed(report) == {
        1: "image-label",
        18: "advertisement",
        30: "advertisement",
        62: "issue-line",
        64: "header-issue-date",
    }
    assert report.counts["paragraphs"] == 26  # 29 blocks: 2 adverts, 1 quotation
    assert "Advertisement" not in body_text(document)
    fidelity = measure(text, document_to_tei(document), [e.text for e in report.removed])
    assert fidelity.source_found >= 0.99 and fidelity.tei_extra <= 0.02


HANDLE_PAGE = """\
Harbour Notes
Subscribe
Tide Tables and the Pilots Who Kept Them
orla_penhallow
Mar 06, 2025

The harbour kept two tide tables, one for the pilots and one for the fishermen, and nobody \
compared them until the winter storm of 1911 made it necessary to do so.

© Ann Weir / Harbour Archive

The fishermen's table was right more often, which the pilots never admitted in public or \
in the minutes of the harbour board.

Share
"""


def test_a_handle_between_title_and_date_is_the_byline_and_a_credit_line_goes() -> None:
    from edition.readers.web_article_frame import find_frame

    lines = HANDLE_PAGE.split("\n")
    frame = find_frame(lines)
    assert (frame.title, frame.byline, frame.date) == (2, 3, 4)
    assert frame.removals[lines.index("© Ann Weir / Harbour Archive")] == "photo-credit"


SPLIT_BYLINE_PAGE = """\
Home
Markets
Ferries vs. Tugboats
By
Orla Penhallow
Full Bio
Verified by
Ann Weir
Updated March 28, 2022

Facebook
Twitter
Pinterest
Linkedin
Whatsapp
Email
Print
Share
61 comments
Getty Images

Ferries carry people and tugboats pull ships, and the harbour needs both of them every day \
of the year, whatever the weather brings in, and whatever the tide tables of the pilots say.

The ferries were older than the tugboats, and the pilots said so in every meeting of the \
harbour board that winter.
"""


def test_a_byline_split_over_two_lines_and_share_buttons_before_the_text() -> None:
    """ "By" alone above the name is a byline; share buttons between the title and the text
    do not push the title out of reach; review cards and a comment count are furniture."""
    from edition.readers.web_article_frame import find_frame

    lines = SPLIT_BYLINE_PAGE.split("\n")
    frame = find_frame(lines)
    assert lines[frame.title] == "Ferries vs. Tugboats"
    assert lines[frame.byline] == "Orla Penhallow"
    assert frame.removals[lines.index("By")] == "header-byline"
    for furniture in ("Verified by", "Full Bio", "61 comments", "Getty Images"):
        assert lines.index(furniture) in frame.removals, furniture


# A Spanish news page: the headline with a question mark, its standfirst, a row of share and
# save buttons, the byline and date, then a photo's caption credited to its photographer or
# to an agency in capitals, right above the first paragraph.
CREDITED_CAPTION_PAGE = """\
Secciones
Internacional
Opinión
España
Economía
Ciencia
¿Ha vuelto realmente el hielo al puerto de Valdivia?
Los científicos dudan del récord de frío y advierten de que lo importante es la tendencia de los últimos sesenta años en toda la costa
Compartir en Facebook Compartir en Twitter
Otros
Cerrar Compartir en Linkedin Compartir en Pinterest
Ver comentarios
Guardar
Imprimir
Ana Quill
Twitter
19 FEB 2020 - 18:37 CET
Dos pescadores caminan por el muelle helado, en el extremo sur del puerto. Tomás Quill

Que en el puerto se registren temperaturas bajo cero y haya que salir con abrigo no tiene por qué deberse a un cambio duradero del clima, explican los técnicos del observatorio costero, que llevan décadas midiendo el frío del muelle.

El pasado 6 de febrero, un termómetro del muelle alcanzó una temperatura mínima que no se veía desde hacía cuarenta años, según informó el servicio meteorológico.
Un grupo de gaviotas, sobre el hielo del muelle el 11 de febrero pasado. EFE
"""


def test_a_headline_above_share_buttons_wins_over_a_credited_caption() -> None:
    report = Report("credited.txt")
    document = read_web_article.read(CREDITED_CAPTION_PAGE, report)
    assert document.meta.title == "¿Ha vuelto realmente el hielo al puerto de Valdivia?"
    assert document.meta.authors == ("Ana Quill",)
    text = body_text(document)
    assert "Compartir" not in text and "Guardar" not in text
    assert "Que en el puerto" in text


# A news page that stacks two standfirsts between its headline and its byline, each longer
# than the line above it; below the byline a photograph's caption holds a date.
STACKED_PAGE = """\
Portada
Internacional
Sociedad
Más temas »
Las mareas crecen en el norte
Los diques del puerto no bastan para la marea de este invierno
El número de almacenes inundados en el muelle crece un 40% en un solo mes
Ana Quill / Tomás Vela Valdivia 27 OCT 2012 - 12:14 CET
Archivado en:
Puertos

La autoridad del puerto informó el lunes de que las mareas del norte alcanzaron su nivel más alto en cuarenta años, y los aseguradores de los almacenes del muelle ya cuentan los daños.

El alcalde dijo que el dique se elevará un metro antes de las tormentas, aunque el consejo aún no ha acordado quién pagará las obras de los muelles del este.
"""


def test_a_headline_over_a_stack_of_standfirsts_is_the_title() -> None:
    document = read_web_article.read(STACKED_PAGE, Report("stacked.txt"))
    assert document.meta.title == "Las mareas crecen en el norte"
    assert "Los diques del puerto" in body_text(document)  # a standfirst stays text


# A newsletter whose last section's items end with their sources' credits, not a full stop.
NEWSLETTER = """\
Home
Newsletters
Harbour Money
Ports
Markets
Tides Set Records Along the Northern Coast
By ANN QUILL
10/11/2022 10:00 AM EDT

The harbour authority reported on Monday that tides along the northern coast reached their highest level in forty years, and the insurers of the warehouses on the quay have begun to count the cost of the flooding.

The mayor said the sea wall would be raised by a metre before the winter storms, though the council has not yet agreed on who should pay for the work on the eastern piers.

Quick Hits

Ferry companies will have to publish their timetables for the winter by the end of the month under rules the ministry presented yesterday in the capital. — Our Tomas Kell

Salt prices fell for a third week as the new pans on the southern marshes came into use after the dry summer that ended in the first days of October. — The Ledger’s Mara Vell

Follow us on Twitter
Ann Quill @annquill
About Us
Careers
"""


def test_newsletter_items_credited_to_their_sources_stay_in_the_article() -> None:
    report = Report("newsletter.txt")
    document = read_web_article.read(NEWSLETTER, report)
    text = body_text(document)
    assert "Ferry companies will have to publish" in text
    assert "Salt prices fell" in text
    assert "Careers" not in text and "Follow us on Twitter" not in text


# A personal blog: the site's name above a two-word title in sentence case, the date right
# after it, no menus; the footer lists other posts.
SHORT_TITLE_BLOG = """\
Orla Penhallow / Notes from the Harbour
Mend often
March 3, 2024 · 4 minute read

Whenever a rope frays I try to splice it before buying a new one, and the habit has saved me more money over the years than any other thing I learned from the old ferrymen on the quay.

The tools

A fid, a knife and a length of whipping twine are all a splice needs, and none of them costs much more than a coil of cheap rope bought in a hurry before a storm comes in from the west.

You might also enjoy
Tides are patient
Salt in the engine
Receive my updates
"""


def test_a_two_word_title_above_its_date_and_the_footer_of_a_blog() -> None:
    """A sentence-case title of two words with the date right after it is the title; the
    site's line above it and the list of other posts after the text are furniture."""
    report = Report("blog.txt")
    document = read_web_article.read(SHORT_TITLE_BLOG, report)
    assert document.meta.title == "Mend often"
    assert document.meta.pub_date == "2024-03-03"
    text = body_text(document)
    assert "Whenever a rope frays" in text and "A fid, a knife" in text
    for furniture in ("Notes from the Harbour", "Tides are patient", "Receive my updates"):
        assert furniture not in text, furniture


# A magazine page: a few teaser headlines glued to their labels above the title (too few
# menu-like lines to call them menus), a byline glued to the paper it writes for, a date.
SIGNED_PAGE = """\
Tech
Search
ferriesHarbour Board Slams New Timetable for Winter Crossings
tidesNote to Sailors: Don’t Trust the Old Charts This Year
Six Ways the Harbour Is Changing This Winter
Ann Quill,LEDGER
Updated: Dec 15, 2016 2:57 PM UTC

The harbour board presented its plans for the winter on Monday, and the ferry companies, the fishermen and the owners of the warehouses on the quay all found something in them to complain about.

Share (12)

The new timetable cuts the early crossing to the islands, which the fishermen had asked the board to keep for the market boats that leave before dawn in the winter months.
"""


def test_a_title_signed_right_below_it_makes_the_lines_above_it_furniture() -> None:
    report = Report("signed.txt")
    document = read_web_article.read(SIGNED_PAGE, report)
    assert document.meta.title == "Six Ways the Harbour Is Changing This Winter"
    assert document.meta.authors == ("Ann Quill",)
    text = body_text(document)
    assert "Slams New Timetable" not in text and "Old Charts" not in text
    assert "Share (12)" not in text
    assert "The new timetable cuts" in text


@pytest.mark.parametrize("line", ["Politics, Justice, Ann Quill", "envoyer par mail au rédacteur"])
def test_tag_lists_and_lower_case_lines_are_no_titles(line: str) -> None:
    from edition.readers.web_article_frame import title_score

    lines = ["Home", line, "By Ann Quill", "", "x" * 160 + "."]
    assert title_score(lines, 1, 4) == 0.0


@pytest.mark.parametrize(
    "line",
    [
        "Version imprimable",
        "Vos réactions (11)",
        "Comments (3)",
        "2 responses",
        "Fact checked by Ann Quill",
        "Verified by",
        "Many harbours charge a fee for every mooring, and the fees … Read more Read more",
        # a known prefix set off by a mark announces a teaser of any usual length
        "À lire aussi » Marées, courants... Quel est votre profil de navigateur et comment y"
        " remédier ?",
        "En vidéo, 4 nœuds à connaître pour mieux amarrer",
    ],
)
def test_interface_phrases_counts_reviewer_labels_and_cut_teasers(line: str) -> None:
    from edition.readers.shape_features import is_ui_line

    assert is_ui_line(line)


def test_an_ellipsis_in_a_sentence_is_no_teaser() -> None:
    from edition.readers.shape_features import is_ui_line

    assert not is_ui_line("He paused... read more carefully next time, the keeper said.")
    assert not is_ui_line(
        "More on the harbour dues later: the keeper said that every mooring paid a fee, and"
        " that the fees rose each spring while the fishermen complained to the town council."
    )


# A health magazine's feature: numbered subheadings, some closed by an abbreviation in
# brackets; the byline with its date only under the text, above related stories whose cards
# carry bylines of their own.
NUMBERED_FEATURE = """\
Skip to main content
Menu
Search
Subscribe
Sign in
Nutrition
Four Ways to Measure the Tide

Harbour masters have measured the tide for centuries, and the ways they do it differ in cost, in accuracy and in the skill they ask of whoever reads the gauge on a cold morning.

1. Tide Poles

A tide pole is a painted post set in the water, read by eye at fixed hours of the day and noted in the harbour book by the master or his clerk.

2. Float Gauges (Stilling Wells)

A float in a well follows the water while the well calms the waves, and a pen draws the level on a drum of paper that turns once a day.

3. Pressure Sensors (the Modern Standard)

A sensor on the sea bed weighs the water above it and sends the level to the office every minute, day and night, in any weather.

Which Method Is Best for You?

A small harbour does well with a pole and a careful clerk; a busy port needs a sensor and someone to check it against the pole each week.

Written by Ann Quill, MSc on March 3, 2019
related stories
Why the Tide Turns Twice a Day
Written by Tomas Weir, BSc
How Harbours Were Built
Written by Ana Ruiz
"""


def test_numbered_subheadings_and_a_dated_byline_under_the_text() -> None:
    report = Report("feature.txt")
    document = read_web_article.read(NUMBERED_FEATURE, report)
    heads = [inline_text(d.head) for d in document.body if isinstance(d, Div) and d.head]
    assert heads == [
        "1. Tide Poles",
        "2. Float Gauges (Stilling Wells)",
        "3. Pressure Sensors (the Modern Standard)",
        "Which Method Is Best for You?",
    ]
    assert document.meta.authors == ("Ann Quill",)


# A local station's page carrying a wire story: menus and share buttons, the headline, the
# feed's credit, a timestamp in ISO form, then the story's own byline right above the text.
SYNDICATED_PAGE = """\
Weather
Traffic
Contests
2 weather alerts 1 closings/delays
News
Facebook
Tweet
Email
Harbour tolls rise for the first time in a decade
 
By: Coast Wire
Posted at 2019-03-04T09:15:00-0500
and last updated 2019-03-04 11:02:00-05
By Orla Penhallow

COASTVILLE (Coast Wire) — The harbour board voted on Monday to raise the tolls that ferries and tugboats pay at the outer pier, the first increase in ten years.

The board said the money would go to the repair of the breakwater, which the winter storms damaged twice, and to new lights on the pier.
"""


def test_a_timestamp_is_no_title_and_the_story_byline_wins_over_the_feed_credit() -> None:
    """ "Posted at 2019-03-04T09:15:00-0500" is a date line, not the headline; of two bylines
    before the text, the later one is the story's author ("By: Coast Wire" credits the feed)."""
    from edition.readers.web_article_frame import find_frame

    lines = SYNDICATED_PAGE.split("\n")
    frame = find_frame(lines)
    assert lines[frame.title] == "Harbour tolls rise for the first time in a decade"
    assert lines[frame.byline] == "By Orla Penhallow"


# A Korean newspaper page (written for the test): menus, the headline, the text, then the
# reporter's sign-off with the word for reporter (기자) and an e-mail address, then teasers.
KOREAN_PAGE = """\
뉴스
경제
오피니언
항구 통행료, 10년 만에 오른다
입력 2019-03-04 09:15

항만위원회는 월요일 외곽 부두를 이용하는 여객선과 예인선의 통행료를 올리기로 했다. 10년 만의 첫 인상이다. 위원회 대변인은 부두의 유지비가 지난 몇 년 동안 크게 늘었고, 통행료만으로는 더 이상 비용을 감당할 수 없다고 설명했다. 그는 또 인상된 통행료가 내년 1월부터 적용되며, 지역 어선은 지금처럼 면제된다고 밝혔다.

위원회는 이 돈을 겨울 폭풍으로 두 번 부서진 방파제의 수리와 부두의 새 조명에 쓰겠다고 밝혔다. 공사는 내년 봄에 시작되어 여름이 끝나기 전에 마무리될 예정이며, 그동안 부두의 일부는 밤에 닫힌다. 위원회는 공사 기간 동안 여객선 운항 시간표를 조정하고, 야간 입항은 안쪽 부두로 옮기겠다고 덧붙였다.

선주들은 인상 폭이 너무 크다며 다음 달 회의에서 다시 논의해 달라고 요청했다. 작은 예인선 회사들은 새 통행료가 그들의 이익을 거의 모두 가져갈 것이라고 말했다.

김하늘 기자 sky@harbour-news.kr

많이 본 뉴스
연재 더보기
"""


def test_a_reporter_s_sign_off_under_the_text_is_the_byline() -> None:
    document, _ = read_text(KOREAN_PAGE, "korean.txt")
    assert document.meta.authors == ("김하늘",)
    assert "sky@harbour-news.kr" not in body_text(document)


BLOG_PAGE = """\
Feed
Posts
Users
Log in  Sign up
 {byline}
Ferries vs. Tugboats — a comedy of errors
Harbours
Ferries carry people and tugboats pull ships, and the harbour needs both of them every day \
of the year, whatever the weather brings in, and whatever the tide tables of the pilots say.

The ferries were older than the tugboats, and the pilots said so in every meeting of the \
harbour board that winter.
Tags:
ferries
"""


@pytest.mark.parametrize(
    ("byline", "author", "day"),
    [
        ("annweir 26 декабря 2006 в 12:10", "annweir", "2006-12-26"),  # a handle, in Russian
        ("Ana Ruiz 3 de mayo de 2019", "Ana Ruiz", "2019-05-03"),
        ("Ana Ruiz 3 maggio 2019, 08:15", "Ana Ruiz", "2019-05-03"),
        ("Genova 3 maggio 2019 nel porto", "", "2019-05-03"),  # more than a time: no byline
        ("Thursday 24 April 2014 10.26 BST", "", "2014-04-24"),  # a weekday is no name
    ],
)
def test_a_name_or_handle_glued_to_a_date_in_any_language_is_a_byline(
    byline: str, author: str, day: str
) -> None:
    document, _ = read_text(BLOG_PAGE.format(byline=byline))
    assert document.meta.title == "Ferries vs. Tugboats — a comedy of errors"
    assert document.meta.authors == ((author,) if author else ())
    assert document.meta.pub_date == day


def test_month_names_of_many_languages_give_iso_days() -> None:
    from edition.readers.month_names import iso_day

    assert iso_day("26 декабря 2006 в 12:10") == "2006-12-26"
    assert iso_day("le 30 avril 2015") == "2015-04-30"
    assert iso_day("3 de mayo de 2019") == "2019-05-03"
    assert iso_day("12 października 2020") == "2020-10-12"
    assert iso_day("Sept. 4, 1999") == "1999-09-04"
    assert iso_day("30 февраля 2006") == ""  # no such day
    assert iso_day("in 2006") == ""


def test_a_heading_right_above_an_image_caption_credited_to_agencies_stands_alone() -> None:
    """ "Romance" over "Loyal in love … Ann Weir as his wife. Allstar/Harbour Pictures/Allstar"
    (no blank line between): the caption, credited with agencies split by slashes, is no part
    of the heading's paragraph."""
    from edition.readers.web_article_blocks import is_caption

    caption = "Loyal in love … Ann Weir as his wife. Allstar/Harbour Pictures/Allstar"
    assert is_caption(caption)
    assert not is_caption("The keeper left in May. Then he/she wrote the log.")
    prose = (
        "The ferries were older than the tugboats, and the pilots said so in every meeting "
        "of the harbour board that winter, whatever the tide tables said."
    )
    text = f"Ferries and Tugboats\n\nBy Ann Weir\n\n{prose}\n\nRomance\n{caption}\n\n{prose}\n"
    document, _ = read_text(text)
    heads = [inline_text(div.head) for div in walk(document) if isinstance(div, Div) and div.head]
    assert "Romance" in heads


PARTNER_PAGE = """\
Politics
Justice
World
Donate Become
a member
 Ferries and Tugboats of the Northern Coast
The pilot examines a damaged ferry at the north quay after the storm hit the harbour, on Oct. \
21, 2023. Photo: Ann Weir
Ferries and Tugboats of the Northern Coast

With most ferries laid up, the pilots struggle to keep the harbour open — often at night.

Ibtisam Quill, Ruwaida Kamal Weir
November 8 2023, 3:18 p.m.

In partnership with

Donate

NORTH HARBOUR — The ferries were older than the tugboats, and the pilots said so in every \
meeting of the harbour board that winter, whatever the tide tables said.
"""


def test_a_line_listing_names_over_the_date_is_the_byline_and_no_label_is_the_title() -> None:
    """ "Ibtisam Quill, Ruwaida Kamal Weir" over the date names two authors (no title); "In
    partnership with" ends in a small word, a label before a logo, no title either."""
    from edition.readers.web_article_frame import byline_names

    document, _ = read_text(PARTNER_PAGE)
    assert document.meta.title == "Ferries and Tugboats of the Northern Coast"
    assert document.meta.authors == ("Ibtisam Quill", "Ruwaida Kamal Weir")
    assert document.meta.pub_date == "2023-11-08"
    assert byline_names("Ann Weir and Jo de la Quill") == ["Ann Weir", "Jo de la Quill"]
    assert byline_names("Ferries, Tugboats") == []  # one word each: no names
    assert byline_names("Ann Weir") == []  # one name: is_name_line's
