"""The frame of a web page saved as text: where the article sits among the site furniture.

General means only: the first paragraph is the first long line ending like a sentence; the
title is the best title-like line just before it (next to a date or byline, several words, no
final period, not an interface phrase); everything before the title is page furniture; after
the last paragraph, short lines are footer furniture; inside the article, known interface
phrases (edition/data/ui_phrases.txt) and short lines repeated elsewhere on the page go too.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from .ebook_frame import IN_EBOOK
from .month_names import MONTHS
from .shape_features import is_menu_like, is_ui_line
from .textblocks import CONTENTS_WORDS, contents_keys, title_key
from .web_article_blocks import TEASER_START, is_caption

DATE = re.compile(
    rf"(?i)\b(?:\d{{1,2}}\.?\s+(?:de\s+)?(?:{MONTHS})\.?,?\s+(?:de\s+)?\d{{4}}"
    rf"|(?:{MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}}|"
    r"\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?)\b"
)  # an ISO date may carry its time: "Posted at 2013-12-30T14:42:01-0700"
BYLINE = re.compile(
    r"(?i)^(?:[/|•·—–-]+\s*)?(?:(?:written|reported|words|text|story)\s+)?"
    r"(?P<lead>(?:an?|ein|eine|un|une|una|uno|een|ett|en)\s+[^\W\d_]{3,20}\s+)?"
    r"(?:by|von|par|por|di|door|av)(?:\s*:)?\s+(?=\S)"
)  # "// By X", "Written by X", "A recipe by X", "Ein Rezept von X" too
# A reporter's sign-off in Korean, Japanese or Chinese: the name and the word for reporter
# ("최윤호 기자 uknow@donga.com", "山田太郎記者"), or the word first ("记者 王芳"), or a Chinese
# column's "text by" line ("【文/观察者网专栏作者 王文】").
REPORTER = re.compile(
    r"^(?:(?P<name>[^\W\d_]{2,5})\s?(?:기자|記者|记者)|(?:记者|記者)\s?(?P<after>[^\W\d_]{2,4})"
    # "【文/观察者网专栏作者 王文】": "text by" (文), the outlet and role, then the name
    r"|[【\[]?\s*文\s*/\s*(?:\S*\s+)?(?P<writer>[^\W\d_]{2,4})\s*[】\]]?)"
    r"(?:\s+\S+@\S+\.\w+)?$"
)
# "Dan Goodin - Apr 16, 2015", "Ana Ruiz | 3 May 2019": a name, a separator, a date.
NAME_THEN_DATE = re.compile(r"^(?P<name>[^|–—·•-]{4,60}?)\s+[|–—·•-]\s+(?P<rest>.+)$")
# "AFP 30 avril 2015 à 07:19", "AP — May 4, 2015": a news agency's initials, then the date.
AGENCY_THEN_DATE = re.compile(
    r"^(?P<name>[A-Z]{2,6}(?:/[A-Z]{2,6})?)\s*[|–—·•,-]?\s+(?P<rest>[0-9A-Za-zÀ-ÿ].+)$"
)
# "Ann Weir, Reuters", "Ann Weir,TIME": a name and the agency or paper it writes for.
NAME_THEN_SOURCE = re.compile(r"^(?P<name>[^,]{4,60}),\s*(?P<source>[A-Z][A-Za-z&.]{1,15})$")
# "From: Herald Sun", "Source: Supplied": a label and its value, no title.
LABEL_LINE = re.compile(r"^[\w’' ]{2,20}:\s+\S+(?:\s+\S+){0,2}$")  # not "Topic: a title"
# A title may end with an abbreviation's period ("… Underneath N.Y.C.", "… in the U.S.").
ABBREVIATION_END = re.compile(r"\b(?:[A-Z]\.){2,}$")
# A sentence's end inside closing quotation marks, perhaps with a note marker after it
# ('"… die wir nicht nutzen."1'): an epigraph or a quotation, no title.
QUOTED_SENTENCE_END = re.compile(r"[.!?…][”\"’'»]+(?:\d{1,3}|\[\d{1,3}\]|\*)?$")
NAME_BELOW = 0.4  # a title's score for a line of just a name right below it
FIRST_PARAGRAPH_CHARS = 150
TITLE_WINDOW = 15
MENU_LABEL_WORDS = 6  # lines above an unsigned title: menu items, the site's name, labels
UNSIGNED_TITLE = 0.75  # the score a title right under the menus needs, with no byline or date
MAX_TITLE_CHARS = 160
STANDFIRST_CHARS = 100  # a title-like line this long after a headline is its standfirst
SHORT_STANDFIRST_CHARS = 60  # … and one this long after a shorter headline
MAX_STARTS = 12  # paragraph-like lines tried as the article's first paragraph
MAX_FOOTER_PARAGRAPHS = 12  # sentence-long lines a site's footer never reaches
MAX_GAP = 12  # short lines in a row that end the article (menus, teasers, footers)


@dataclass
class Frame:
    """Line indexes (0-based) of the title, byline and date, the article's last line, and
    the lines to remove with their category."""

    title: int | None = None
    byline: int | None = None
    date: int | None = None
    end: int = 0
    removals: dict[int, str] = field(default_factory=dict)


# Latin and CJK sentence ends, a note marker after them ("… teaches.[3]") or not
SENTENCE_END = r"[.!?…\"”»)。！？」』](?:\[\d{1,4}\])?$"


def is_paragraph(line: str) -> bool:
    return len(line) >= FIRST_PARAGRAPH_CHARS and bool(re.search(SENTENCE_END, line))


CJK_DATE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月")  # "2019年2月13日"


def is_date_line(line: str) -> bool:
    """A short line with a date, or a longer one that opens with its date ("Thursday 24
    April 2014 10.26 BST Last modified on Saturday 21 June 2014 00.41 BST")."""
    found = DATE.search(line)
    if len(line) > 80:
        return bool(found) and found.start() <= DATE_LEAD and len(line) <= 2 * 80
    return bool(found or CJK_DATE.search(line))


DATE_LEAD = 12  # characters before a long date line's date (a weekday's name)
BYLINE_WORDS = 4  # words of a name alone over the date ("Ann de la Weir")


def _byline_segment(line: str) -> str:
    """The "By Name …" segment of a publication line ("Le Monde | 04.05.2015 | Par Ana
    Ruiz"), the word after the prefix capitalised; "" when there is none."""
    for segment in re.split(r"\s+[|•·–-]\s+", line)[1:]:  # "Article - by Ann Weir"
        found = BYLINE.match(segment)
        if found and segment[found.end() : found.end() + 1].isupper():
            return segment
    return ""


def is_byline_line(line: str) -> bool:
    """ "By Name", "by: Name", "Von Name", "par Name": the word after the prefix
    capitalised; or a name line followed by a separator and a date ("Dan Goodin - Apr 16,
    2015 8:02 pm UTC"), or an agency's initials by the date ("AFP 30 avril 2015 à 07:19");
    or a publication line with such a segment."""
    found = BYLINE.match(line)
    if len(line) > 200:
        return False
    if REPORTER.match(line):
        return True
    if found and found["lead"]:  # "A recipe by Ann Weir", not "A Walk by Night"
        return is_name_line(byline_name(line))
    if found:
        return line[found.end() : found.end() + 1].isupper()
    if _byline_segment(line):
        return True
    dated = NAME_THEN_DATE.match(line)
    if dated and is_name_line(dated["name"]) and is_date_line(dated["rest"]):
        return True
    agency = AGENCY_THEN_DATE.match(line)
    if agency and DATE.match(agency["rest"]):
        return True
    sourced = NAME_THEN_SOURCE.match(line)  # "Ann Weir, Reuters", "Ann Weir,TIME"
    if sourced and is_name_line(sourced["name"]) and not is_name_line(line):
        return True
    return _name_glued_to_date(line)


# After a byline's date, at most its time ("в 12:10", "at 10:02 pm", "um 08:15 Uhr").
TIME_AFTER = re.compile(r"(?i)^,?\s*(?:[^\W\d_]{1,3}\s+)?\d{1,2}[:.]\d{2}(?:\s*[^\W\d_]{1,3})?\s*$")


# Words that say when a page was written, never who wrote it.
DATING_WORD = re.compile(
    r"(?i)\b(?:updated|published|posted|modified|created|edited|last|on|date[d]?|"
    r"aktualisiert|veröffentlicht|actualizado|publicado|publié|mis|pubblicato|aggiornato|"
    r"опубликовано|обновлено|"
    # a weekday before the date: "Thursday 24 April 2014 10.26 BST"
    r"mon|tue|wed|thu|fri|sat|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|"
    r"donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|"
    r"domingo|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)\b"
)


def _name_glued_to_date(line: str) -> bool:
    """A name or a user's handle right before a date, no separator, perhaps the time after it
    ("Maxime 26 декабря 2006 в 12:10", "Ana Ruiz 3 May 2019"): a blog platform's byline."""
    date = DATE.search(line)
    if date is None or date.start() == 0:
        return False
    name, after = line[: date.start()].strip(), line[date.end() :]
    if (after.strip() and not TIME_AFTER.match(after)) or DATING_WORD.search(name):
        return False  # "Updated March 28, 2022" names when, not who
    return is_name_line(name) or (bool(HANDLE.match(name)) and name[:1].isalpha())


_NAME_WORD = re.compile(
    r"^(?:[A-ZÀ-Ý][a-zà-ÿ’'-]+|(?:[A-Z]\.){1,3}|\((?:[A-Z]\.){1,3}\)|\([A-Z][a-z]+\)"
    r"|de|van|von|der|den|da|di|du|del|la|le|ibn|bin|al-[A-Z][a-z]+)$"
)
AUTHOR_LABEL = re.compile(
    r"(?i)^(?:authors?|written by|words by|text|texte|autor(?:in)?|auteur|投稿者|著者)\s*:?\s+"
)
# An author box's label after the name ("Ana Ruiz Autorin", "Ana Ruiz, Author").
AUTHOR_AFTER = re.compile(r"(?i),?\s+(?:author|autor(?:in)?|auteur|autrice|autore|autora)$")


def without_author_label(line: str) -> str:
    """ "Author: Ana Ruiz", "投稿者 Ana Ruiz", "Ana Ruiz Autorin", "Ana Ruiz*" (the mark of
    a note on the author) -> "Ana Ruiz"."""
    return AUTHOR_AFTER.sub("", AUTHOR_LABEL.sub("", line)).rstrip().rstrip("*†‡∗").rstrip()


def is_author_box(line: str) -> bool:
    """A name with an author label before or after it: an author box, wherever it stands."""
    labelled = bool(AUTHOR_LABEL.match(line) or AUTHOR_AFTER.search(line))
    return labelled and is_name_line(line)


def is_name_line(line: str) -> bool:
    """A line that is only a person's name: two to five words, capitalised, initials, a
    nickname in parentheses or particles ("Richard (R.J.) Eskow", "Ana de la Cruz"); or
    "Author: Name". No digits, no interface phrase."""
    name = without_author_label(line)
    words = name.split()
    if not 2 <= len(words) <= 5 or any(ch.isdigit() for ch in name) or is_ui_line(line):
        return False
    return words[0][:1].isupper() and all(_NAME_WORD.match(word) for word in words)


NAME_SEPARATOR = re.compile(r",\s*(?:and\s+|&\s+)?|\s+(?:and|&|und|et|y|e)\s+")
MAX_NAMES = 6  # names a byline lists


def byline_names(line: str) -> list[str]:
    """The names of a line that lists two to six people and nothing else ("Ibtisam Mahdi,
    Ruwaida Kamal Amer", "María R. Sahuquillo y Emilio de Benito"); [] for any other line."""
    parts = [part.strip() for part in NAME_SEPARATOR.split(without_author_label(line))]
    if not 2 <= len(parts) <= MAX_NAMES or not all(is_name_line(part) for part in parts):
        return []
    return parts


CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _words(line: str) -> int:
    """Words of a line; in Chinese, Japanese or Korean, which need no spaces, about one
    per two characters."""
    return max(len(line.split()), len(line) // 2) if CJK.search(line) else len(line.split())


def _cjk_menu(line: str) -> bool:
    """Words of at most three Chinese, Japanese or Korean characters side by side ("编辑 锁定
    讨论"): a menu, not a title."""
    tokens = line.split()
    return len(tokens) > 1 and all(len(t) <= 3 and CJK.search(t) for t in tokens)


# A sentence and a name after it: a caption with its photographer's name, never a title.
CREDITED = re.compile(r"[a-zà-ÿ]{3,}\.\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s*$")


# A line that starts with a lower-case word ("envoyer par mail") is no title; "iPhone" is.
LOWER_START = re.compile(r"[a-zà-ÿ](?![A-Z])")


def _tag_list(line: str) -> bool:
    """ "Politics, Justice, Ann Weir": three or more short capitalised items set off by
    commas, the article's tags or topics, not its title."""
    items = [item.strip() for item in line.split(",")]
    return len(items) >= 3 and all(item[:1].isupper() and len(item.split()) <= 4 for item in items)


# A title does not end in an article, a conjunction or "of"/"with" (a label before a logo).
OPEN_WORD_END = re.compile(r"(?i)\s(?:the|a|an|and|or|of|with)$")


def _title_shaped(line: str, words: int = 3) -> bool:
    """`words` words or more, not too long, no interface phrase, date, byline, caption, label
    ("From: Herald Sun") or insert ("[Get X in your inbox.]"), no sentence's end."""
    return not (
        _words(line) < words
        or LOWER_START.match(line)
        or _tag_list(line)
        or _cjk_menu(line)
        or len(line) > MAX_TITLE_CHARS
        or is_ui_line(line)
        or is_date_line(line)
        or is_byline_line(line)
        or is_caption(line)  # "Hori Parata. Photograph: Ann Weir"
        or CREDITED.search(line)  # "Two scientists on the bay. Ann Weir": a photo's caption
        or re.search(r"[,;:]$", line)
        or OPEN_WORD_END.search(line)  # "In partnership with": a label before a logo
        or (line.endswith(".") and not ABBREVIATION_END.search(line))
        or QUOTED_SENTENCE_END.search(line)
        or LABEL_LINE.match(line)
        or (line.startswith("[") and line.endswith("]"))
        or (line.startswith("(") and line.endswith(")"))  # "(Ann Weir / Reuters)": a credit
    )


def title_score(lines: list[str], index: int, paragraph: int) -> float:
    """How title-like line `index` is, close to the first paragraph. Distances count lines
    with text other than interface phrases (blank lines and share buttons between a title,
    its image and its byline do not matter)."""
    line = lines[index].strip()
    filled = [i for i, text in enumerate(lines) if text.strip() and not is_ui_line(text.strip())]
    if index not in filled:
        return 0.0  # a blank line or interface text
    at = filled.index(index)
    if not _title_shaped(line) and not _short_title(lines, filled, at):
        return 0.0
    named = is_name_line(line) and len(line.split()) <= BYLINE_WORDS or byline_names(line)
    if named and at + 1 < len(filled) and is_date_line(lines[filled[at + 1]].strip()):
        return 0.0  # "Ann Weir" (or "Ann Weir, Jo Quill") over the date: a byline
    score = 1.0 + (0.5 if _words(line) >= 5 else 0.0)
    for offset, weight in ((1, 2.0), (2, 1.0), (3, 0.5)):
        for near in (at + offset, at - offset):
            if 0 <= near < len(filled) and _is_meta(lines[filled[near]].strip()):
                score += weight + (0.5 if near > at else 0.0)
                break
    headline = len(re.findall(r"[^\W\d_]+", line)) >= 5  # not "Sign in / Sign up"
    if headline and at + 1 < len(filled) and is_name_line(lines[filled[at + 1]].strip()):
        score += NAME_BELOW  # "Learning from History" / "Ann Weir": a headline and its author
    between = sum(1 for i in filled if index < i < paragraph)
    return score - 0.05 * between


def _short_title(lines: list[str], filled: list[int], at: int) -> bool:
    """A two-word title in sentence case ("Buy wisely", "Memory management") with a date or
    byline right after it (a name, a brand or a menu item is in title case)."""
    line = lines[filled[at]].strip()
    after = filled[at + 1] if at + 1 < len(filled) else None
    return (
        len(line.split()) == 2
        and _title_shaped(line, 2)
        and line.split()[1][:1].islower()  # sentence case: no name, no brand ("ABC News")
        and after is not None
        and _is_meta(lines[after].strip())
    )


def _under_menus(lines: list[str], index: int) -> bool:
    """Does line `index` stand right under the site's menus (site furniture above it and
    nothing longer than a label)? Then it is the title even with no byline or date."""
    above = (line for line in itertools.islice(lines, index) if line.strip())
    short = all(len(line.split()) <= MENU_LABEL_WORDS or is_ui_line(line) for line in above)
    return short and has_furniture_before(lines, index)


def has_furniture_before(lines: list[str], title: int) -> bool:
    """Site furniture above the title: at least three lines, most of them menu-like."""
    above = [line.strip() for line in lines[:title] if line.strip()]
    menu = sum(is_menu_like(line) or is_ui_line(line) for line in above)
    return len(above) >= 3 and menu >= 0.6 * len(above)


def _is_label(line: str) -> bool:
    """A short line without sentence punctuation (up to eight words): a repeated label."""
    return len(line.split()) <= 8 and not re.search(r"[.!?\"”]$", line)


def _is_meta(line: str) -> bool:
    return (
        is_date_line(line)
        or is_byline_line(line)
        or is_author_box(line)
        or bool(byline_names(line))
    )


def find_frame(lines: list[str], title: int | None = None) -> Frame | None:
    """The article frame of `lines`, or None when no first paragraph is found. The first
    paragraph is the first paragraph-like line with a title before it: a teaser in the
    site's menus (a long line with no title above it) is passed over, and one with a byline
    between its title and itself wins over those without. A `title` line given (an e-book's,
    from its library's preamble) is the title, and the first paragraph the first after it."""
    stripped = [line.strip() for line in lines]
    split = _split_bylines(stripped)
    if title is not None:
        after = (i for i in range(title + 1, len(stripped)) if is_paragraph(stripped[i]))
        first = next(after, None)
        found = [(first, title)] if first is not None else []
    else:
        paragraphs = [i for i, line in enumerate(stripped) if is_paragraph(line)][:MAX_STARTS]
        found = [(p, t) for p in paragraphs if (t := _best_title(stripped, p)) is not None]
    signed = [(p, t) for p, t in found if _byline_between(stripped, t, p)]
    paragraph, title = (signed or found or [(None, None)])[0]
    if paragraph is None:
        return None
    frame = Frame()
    frame.title = title
    box = next(
        (i for i in range(title + 1, paragraph) if _RELATED_BOX.fullmatch(stripped[i].rstrip(":"))),
        None,
    )
    if box is not None:  # a box of related articles between the title and the text
        frame.removals.update({i: "related-articles" for i in range(box, paragraph) if stripped[i]})
    _find_meta(stripped, frame, paragraph if box is None else box, 4 if box is None else 0)
    tabbed = {i for i, line in enumerate(lines) if "\t" in line}
    frame.end = _article_end(stripped, paragraph, tabbed)
    below = _dated_byline_below(stripped, frame.end)
    if below is not None and (frame.byline is None or frame.byline > frame.end):
        frame.byline = below  # "Written by Ann Weir, PhD on April 29, 2018" under the text
    _mark_removals(stripped, frame)
    frame.removals.update(
        {by: "header-byline" for by, name in split.items() if name == frame.byline}
    )
    return frame


def _dated_byline_below(lines: list[str], end: int) -> int | None:
    """The first byline with a date, or a reporter's sign-off (REPORTER), within MAX_GAP
    lines after the article's end: the article's own (related stories below it carry
    bylines without dates)."""
    below = range(end + 1, min(len(lines), end + 1 + MAX_GAP))
    return next(
        (
            i
            for i in below
            if (is_byline_line(lines[i]) and DATE.search(lines[i])) or REPORTER.match(lines[i])
        ),
        None,
    )


_BARE_BY = re.compile(r"(?i)^(?:by|von|par|por|di|door|av|af):?$")


def _split_bylines(lines: list[str]) -> dict[int, int]:
    """A byline split over two lines ("By" / "Jacob Wade"), joined in `lines` on the name's
    line (the "By" line blanked); returns the "By" line -> the name line."""
    split = {}
    for index, line in enumerate(lines):
        if not _BARE_BY.match(line):
            continue
        following = next(
            (i for i in range(index + 1, min(len(lines), index + 3)) if lines[i]), None
        )
        if following is not None and is_name_line(lines[following]):
            lines[following] = f"{line} {lines[following]}"
            lines[index] = ""
            split[index] = following
    return split


def _lines_above(lines: list[str], index: int, count: int) -> int:
    """The index `count` lines of text above `index`, blank lines and interface phrases (a
    gallery's "Full Screen", "Skip Ad") not counted."""
    seen = 0
    while index > 0 and seen < count:
        index -= 1
        seen += bool(lines[index]) and not is_ui_line(lines[index])
    return index


def _byline_between(lines: list[str], title: int, paragraph: int) -> bool:
    """Does a byline stand between a title and its first paragraph? A signed article's start
    wins over a teaser in the site's menus that has a heading above it."""
    return any(is_byline_line(line) for line in lines[title + 1 : paragraph])


# The label of a box of related articles between a title and its text ("Sur le même sujet"):
# the titles and bylines under it are teasers.
_RELATED_BOX = re.compile(
    r"(?i)(?:sur le même sujet|à lire aussi|lire aussi|on the same (?:subject|topic)|related"
    r"(?: articles| stories| coverage)?|read (?:also|more)|zum (?:selben )?thema|mehr zum thema"
    r"|sobre el mismo tema|sullo stesso (?:argomento|tema)|leia também|see also)"
)


TAG_LABEL = re.compile(r"^[^\W\d_][\w ]{0,30}:$")  # "Archivado en:", "Filed under:", "Tags:"
TAG_WORDS = 5  # words a tag may have


def tag_lines(lines: list[str]) -> set[int]:
    """The lines of tag lists: a short label ending in a colon, then short lines up to the
    next blank line (topics a page files the article under)."""
    found: set[int] = set()
    for start, line in enumerate(lines):
        if not TAG_LABEL.match(line.strip()) or len(line.split()) > 4:
            continue
        end = start + 1
        while end < len(lines) and lines[end].strip() and len(lines[end].split()) <= TAG_WORDS:
            end += 1
        if end - start > 2:  # a label and two tags at least
            found.update(range(start, end))
    return found


def _best_title(lines: list[str], paragraph: int) -> int | None:
    """The most title-like line just before `paragraph`, if any is title-like enough."""
    # share buttons, tag lists and the like between the title and the text do not count
    tags = tag_lines(lines[:paragraph])
    window = [
        i for i in range(paragraph) if lines[i] and not is_ui_line(lines[i]) and i not in tags
    ][-TITLE_WINDOW:]
    boxes = [i for i in window if _RELATED_BOX.fullmatch(lines[i].rstrip(":"))]
    if boxes:  # the teasers of a related box are no title: look above its label
        above = [i for i in range(boxes[-1]) if lines[i] and not is_ui_line(lines[i])]
        window = above[-TITLE_WINDOW:]
    score, index = max(((title_score(lines, i, paragraph), i) for i in window), default=(0, None))
    if (
        index is None
        or score <= UNSIGNED_TITLE
        or (score <= 1.0 and not _under_menus(lines, index))
    ):
        return None
    before = [i for i in window if i < index and not is_caption(lines[i])]  # an image between
    if before and len(lines[index]) >= STANDFIRST_CHARS and _headline(lines, before[-1], paragraph):
        return before[-1]  # a title, then its long standfirst next to the byline
    # a title, then a stack of standfirsts over the byline, each longer than the one above it
    below = (line.strip() for line in lines[index + 1 :])
    stacked = _is_meta(next((line for line in below if line and not is_ui_line(line)), ""))
    while (
        stacked
        and before
        and len(lines[before[-1]]) < len(lines[index]) >= SHORT_STANDFIRST_CHARS
        and _headline(lines, before[-1], paragraph)
    ):
        index = before.pop()
    return index


def _headline(lines: list[str], index: int, paragraph: int) -> bool:
    """A title-like line of four words or more that ends in a letter, a question or an
    exclamation mark or a closing quotation mark (a section label such as "Science —" does
    not)."""
    line = lines[index]
    return (
        title_score(lines, index, paragraph) > 0
        and len(line.split()) >= 4
        and (line[-1:].isalnum() or line[-1:] in HEADLINE_ENDS)
    )


HEADLINE_ENDS = '?!”’"»'


# "© Ann Weir 2016-2020", "Copyright 2019 Ann Weir": who holds the page's copyright.
# A user name alone on its line ("theahura", "@ann.weir"), as blogs print the author's handle.
HANDLE = re.compile(r"^@?(?=[\w.-]*[^\W\d_])[\w.-]{3,30}$")
_YEARS = r"\d{4}(?:\s*[-–]\s*\d{4})?"
COPYRIGHT = re.compile(
    rf"(?i)^\s*(?:©|\(c\)|copyright\b)\s*©?\s*(?:{_YEARS},?\s+)?(?P<name>[^\d©,]+?)"
    rf"[\s,.]*(?:{_YEARS})?\.?\s*$"
)


def _find_meta(lines: list[str], frame: Frame, paragraph: int, after: int = 4) -> None:
    """The byline and the date around the title, before `paragraph` (the text, or the label
    of a related box between the two, `after` 0) or up to `after` lines after it."""
    zone = range(_lines_above(lines, frame.title, 3), min(len(lines), paragraph + after))
    bylines = [i for i in zone if is_byline_line(lines[i])]
    # of two bylines before the text, the later one: a syndicated story's own author ("By:
    # CNN Wire" / "Posted at …" / "By Leigh Ann Caldwell", then the text)
    before = [i for i in bylines if i < paragraph]
    frame.byline = before[-1] if before else next(iter(bylines), None)
    title = lines[frame.title].strip()
    if frame.byline is None:  # a line of just a name between the title and the text
        between = range(frame.title + 1, paragraph)
        frame.byline = next(
            (
                i
                for i in between
                if (is_name_line(lines[i]) or byline_names(lines[i]))
                and lines[i].strip() not in title
            ),
            None,
        )
    if frame.byline is None:  # a handle between the title and the date ("theahura" / "Mar 6")
        after = [i for i in range(frame.title + 1, min(len(lines), frame.title + 4)) if lines[i]]
        if (
            len(after) >= 2
            and HANDLE.match(lines[after[0]].strip())
            and not is_ui_line(lines[after[0]])
            and is_date_line(lines[after[1]])
        ):
            frame.byline = after[0]
    if frame.byline is None:  # a name the page's header repeats above the title
        above = range(max(0, frame.title - TITLE_WINDOW), frame.title)
        names = [i for i in above if is_name_line(lines[i]) and lines[i].strip() not in title]
        frame.byline = next(
            (i for i in names if sum(lines[j].strip() == lines[i].strip() for j in names) > 1),
            None,
        )
    if frame.byline is None:  # a personal site: its owner above the title and in "© Name 2020"
        owners = {found.group("name") for line in lines if (found := COPYRIGHT.match(line))}
        above = range(max(0, frame.title - TITLE_WINDOW), frame.title)
        frame.byline = next(
            (i for i in above if is_name_line(lines[i]) and lines[i].strip() in owners), None
        )
    if frame.byline is None:  # an author box further down ("Ana Ruiz Autorin")
        frame.byline = next((i for i, line in enumerate(lines) if is_author_box(line)), None)
    frame.date = next((i for i in zone if is_date_line(lines[i]) and i != frame.byline), None)
    if frame.date is None and frame.byline is not None and DATE.search(lines[frame.byline]):
        frame.date = frame.byline  # "Maxime 26 декабря 2006 в 12:10": the byline dates it


def _article_end(lines: list[str], start: int, tabbed: set[int] = frozenset()) -> int:
    """Index of the last paragraph-like line (long, ending like a sentence) reached from the
    first paragraph without crossing a long run of short lines (the footer's menus) or a
    line that opens a teaser list ("More stories"). A run of short lines with more of the
    text's paragraphs after it than before it (a book's table of contents, a long list), or
    more than MAX_FOOTER_PARAGRAPHS (a book's verses and recipes), is inside the text: a
    page's footer is never most of the page, nor a chapter's worth of prose. Short lines next
    to a line with a tab (`tabbed`: a table saved one cell per line) are cells, and lines of
    a program listing are code (CODE_LINE), no gap."""
    paragraphs = sum(_sentence_line(line) for line in lines[start:])
    last, gap, seen = start, 0, 0
    for index in range(start, len(lines)):
        line = lines[index]
        if not line:
            continue
        if TEASER_START.fullmatch(line.rstrip(":")):
            break  # "More stories", "Related articles": teasers follow, not the article
        if _sentence_line(line):
            last, gap, seen = index, 0, seen + 1
        elif CODE_LINE.search(line):
            continue  # a program listing inside the text: no footer's menu
        elif not any(near in tabbed for near in range(index - 2, index + 3)):  # table cells
            gap += 1
            if gap > MAX_GAP and paragraphs - seen <= min(seen, MAX_FOOTER_PARAGRAPHS):
                break
    return last


# A line of a program listing: a statement's or block's end, a comment, a keyword opening it.
CODE_LINE = re.compile(
    r"[;{}]$|^(?://|/\*|#include\b)"
    r"|^(?:var|let|const|function|return|def|import|class|if|for|while|elif|else)\b[^.!?]*$"
)


def _sentence_line(line: str) -> bool:
    """A paragraph-like line: long, ending like a sentence, or like a sentence and its
    source ("… since February. — Bloomberg’s Julian Lee", as newsletters credit items)."""
    return len(line) >= 80 and bool(
        re.search(SENTENCE_END, line) or line.endswith(":") or CREDIT_END.search(line)
    )


# A sentence's end, then a dash and the source it is credited to (up to 12 words, no stop).
CREDIT_END = re.compile(r"[.!?…][\"”’)]?\s+[—–]\s*[^.!?—–]{2,80}$")


# A line that only credits a photograph ("Photo by Ann Weir", "Foto: LA NACION", "© A. Weir /
# Agency"): no caption.
PHOTO_CREDIT = re.compile(
    r"(?i)^(?:photo|photograph|foto|image|imagen|picture|bild)s?(?:\s+credits?)?"
    r"\s*(?::|by\b|de\b|von\b|par\b)\s*\S.{0,60}$"
    r"|^©\s*[^\d\s][^.!?]{0,40}\s/\s[^.!?]{1,40}$"
)


def _mark_removals(lines: list[str], frame: Frame) -> None:
    counts = Counter(line for line in lines if line)
    contents = _in_page_contents(lines, frame)
    listed = {lines[i] for i in contents}
    in_book_contents = contents_keys(lines)  # a part's title listed there is a heading
    for index, line in enumerate(lines):
        if not line or index in (frame.title, frame.byline, frame.date):
            continue
        if index in contents:
            frame.removals[index] = "contents-list"
        elif line in listed and index <= frame.end:
            continue  # the heading an in-page contents list points to
        elif index < frame.title:
            frame.removals[index] = "site-furniture-before-title"
        elif index > frame.end:
            frame.removals[index] = "site-furniture-after-article"
        elif is_ui_line(line):
            frame.removals[index] = "interface-phrase"
        elif PHOTO_CREDIT.match(line):
            frame.removals[index] = "photo-credit"
        elif counts[line] > 1 and _is_label(line) and title_key(line) not in in_book_contents:
            frame.removals[index] = "repeated-short-line"
    _mark_labels_among_furniture(lines, frame)


MIN_CONTENTS = 3  # entries of an in-page contents list


def _in_page_contents(lines: list[str], frame: Frame) -> set[int]:
    """The lines of an in-page table of contents: a run of MIN_CONTENTS or more short lines
    with no blank line between them, near the top of the article, whose lines from some
    point on each come back later, in the same order, as a line standing alone (the section
    headings); the lines of the run before that point (a caption, a "Contents" label) are
    not entries, but a contents label just above the entries goes with them."""
    top = range(frame.title + 1, min(frame.end, frame.title + 40))
    run: list[int] = []
    for index in [*top, -1]:
        if index in (frame.byline, frame.date):
            continue
        if index >= 0 and lines[index] and _is_label(lines[index]):
            run.append(index)
            continue
        for first in range(max(0, len(run) - MIN_CONTENTS + 1)):
            if _comes_back_in_order(lines, run[first:], frame.end):
                label = run[first - 1 : first] if first else []
                return set(run[first:]) | {
                    i for i in label if lines[i].strip().rstrip(":").casefold() in CONTENTS_WORDS
                }
        run = []
    return set()


def _comes_back_in_order(lines: list[str], run: list[int], end: int) -> bool:
    """Does each line of `run` come back after it, in order, standing alone (a blank line
    before or after it)?"""
    at = run[-1]
    for index in run:
        found = (
            i
            for i in range(at + 1, end + 1)
            if lines[i] == lines[index]
            and (not lines[i - 1] or not lines[i + 1 : i + 2] or not lines[i + 1])
        )
        at = next(found, -1)
        if at < 0:
            return False
    return True


def _mark_labels_among_furniture(lines: list[str], frame: Frame) -> None:
    """A label-like line with furniture (or header lines) on both sides is furniture too."""
    gone = set(frame.removals) | {frame.title, frame.byline, frame.date}
    filled = [i for i, line in enumerate(lines) if line]
    for before, index, after in zip(filled, filled[1:], filled[2:]):
        if index in gone or not _is_label(lines[index]) or index > frame.end:
            continue
        if before in gone and after in gone:
            frame.removals[index] = "label-among-furniture"


@dataclass(frozen=True)
class PageHeader:
    title: str
    byline: str
    date: str


def strip_frame(
    lines: list[str], report, keep: set[int] = frozenset()
) -> tuple[list[str], PageHeader | None]:
    """`lines` with the page furniture blanked (each removal logged) and the header lines
    taken out; `keep` are line indexes never removed (a note list). None when no frame. An
    e-book's title is its first line (ebook_frame.IN_EBOOK): its title page, contents and a
    part's title before the first paragraph are the book's, not a website's."""
    title = (
        next((i for i, line in enumerate(lines) if line.strip()), None) if IN_EBOOK.get() else None
    )
    frame = find_frame(lines, title)
    if frame is None:
        return lines, None
    out = list(lines)
    taken = {frame.title: "header-title", frame.byline: "header-byline", frame.date: "header-date"}
    for index, category in sorted({**frame.removals, **taken}.items(), key=_by_line):
        if index is None or index in keep:
            continue
        report.remove(category, index + 1, lines[index].strip())
        out[index] = ""
    text = lambda i: lines[i].strip() if i is not None else ""
    byline = text(frame.byline)
    named = (is_name_line(byline) or bool(byline_names(byline))) and not is_byline_line(byline)
    author = without_author_label(byline) if named else byline_name(byline)
    return out, PageHeader(text(frame.title), author, text(frame.date))


# What follows the name in a byline: a social-media handle, a publication word, the edition.
BYLINE_TAIL = re.compile(
    r"(?i)\s*@\w+|\s+(?:last\s+)?(?:updated|published|posted|modified|aktualisiert|"
    r"actualizado|mis à jour|publié)\b"
    r"|\s+(?:(?:online|print|digital)\s+)?(?:edition|volume|issue)\b"  # "… Online Edition"
)


def byline_name(line: str) -> str:
    """The author's name in a byline: "By" and what follows the name (date, role) dropped."""
    reporter = REPORTER.match(line)
    if reporter:
        return reporter["name"] or reporter["after"] or reporter["writer"]
    name = BYLINE.sub("", line if BYLINE.match(line) else _byline_segment(line) or line)
    date = DATE.search(name) or re.search(rf"(?i)\b(?:{MONTHS})\.?\s+\d", name)
    name = name[: date.start()] if date else name
    name = BYLINE_TAIL.split(name, maxsplit=1)[0]  # "Ann Weir@annweir Updated"
    name = re.split(r"\s*(?:[,•|(]|\s-\s|\s–\s|\s—)", name, maxsplit=1)[0].strip()
    agency = AGENCY_THEN_DATE.match(line)
    if agency and name == agency["name"]:
        return name  # "AFP", "AP": an agency's initials stay in capitals
    return name.title() if name.isupper() else name


def _by_line(item: tuple[int | None, str]) -> int:
    return -1 if item[0] is None else item[0]
