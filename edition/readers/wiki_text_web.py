"""An encyclopedia article saved from its web page as text: the page chrome around the
article (tabs and menus before it, "Jump to navigation", the table of contents, "[edit]" links
on headings, "Retrieved from" and the navigation after it) is removed and logged, so the
wiki-text reader sees the article alone."""

from __future__ import annotations

import re
from bisect import bisect_left

from ..report import Report
from .shape_features import is_ui_line
from .textblocks import CONTENTS_WORDS

# The page chrome of a wiki in several languages ("From Wikipedia", "出典: …『ウィキペディア』").
FROM_LINE = re.compile(
    r"(?i)^from wikipedia\b|^from [\w .-]+, the free encyclopedia$|^from [\w .'-]{1,40} wiki$"
    r"|^.{0,30}(?:ウィキペディア|维基百科|維基百科|위키백과).{0,20}$"
)
# "(Redirected from Duckling)": the page a reader came through, MediaWiki's note under the title.
REDIRECT_LINE = re.compile(
    r"(?i)^\((?:redirected from|weitergeleitet von|redirigé depuis|redirigido desde"
    r"|rinvio da|doorverwezen vanaf)\s.{1,80}\)$"
)
JUMP_LINE = re.compile(
    r"(?i)^jump to:?\s+(navigation|search|content)\b.*$|^zur navigation springen\b.*$"
    r"|^aller à la navigation\b.*$|^ir a la navegación\b.*$|^ナビゲーションに移動.*$|^跳转到.*$"
)
# "Retrieved from https://…", or the page's address alone ("「https://…/index.php?title=…」から取得")
RETRIEVED = re.compile(r'(?i)^retrieved from ["“]?https?://|^\W?https?://\S+index\.php\?title=\S*$')
_EDIT_WORDS = (
    r"\[(edit|edit source|bearbeiten|modifier|modifier le code|editar|modifica|править"
    r"|edytuj|bewerken|redigera|編集|编辑|編輯|편집)\]"
)
# A section's edit link after its heading ("History [edit]"), or before it as older skins
# printed it ("[edit] History").
EDIT_LINK = re.compile(rf"\s*{_EDIT_WORDS}\s*$|^\s*{_EDIT_WORDS}\s*(?=\S)", re.IGNORECASE)
TOC_ENTRY = re.compile(r"^\d{1,2}(\.\d{1,2})*\s+\S")
TOC_ENTRY_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\s+")
TOC_HEADS = {"contents", "inhaltsverzeichnis", "sommaire", "contenidos", "(top)", "hide",
             "índice", "indice", "sommario", "содержание", "inhoud", "innehåll", "目次", "目录",
             "목차"}  # fmt: skip
TITLE_ZONE = 12
# The language menu that follows the title in newer skins ("53 languages", "Add languages").
LANGUAGES_LINE = re.compile(
    r"(?i)^\s*(?:\d+\s+(?:languages?|sprachen|langues|idiomas|lingue|talen|språk|языка|языков)"
    r"|add languages)\b"
)
_LABEL_LINE = re.compile(r"^[\w ]{2,20}:\s")  # a label and its value, never a title
# The page's own menus after the article when no "Retrieved from" line precedes them.
END_LINE = re.compile(
    r"(?i)^(?:navigation menu|navigationsmenü|menu de navigation|menú de navegación"
    r"|menu di navigazione|this page was last (?:edited|modified) on\b|page revision:\s*\d+)"
)
CATEGORIES_LINE = re.compile(r"(?i)^(?:categories|category|kategorien|catégories|categorías):?$")
END_ZONE = 12  # a "Categories:" line this close before the menus starts the chrome


# Interface lines inside a wiki page are sentences ("Wikimedia Commons has media related to
# X."); a line of one or two words there is a section heading, whatever its words.
MIN_UI_WORDS = 3


def strip_web_chrome(lines: list[str], report: Report) -> list[str]:
    """`lines` with the page chrome blanked (each removal logged) and "[edit]" links cut."""
    out = list(lines)
    start = _article_start(out)
    if _LABEL_LINE.match(out[start].strip()):  # "Coordinates: 47°N 122°W" above the title
        start += 1
    for index in range(start):
        _drop(out, index, "site-furniture-before-article", report)
    from_line = next((i for i, line in enumerate(out) if FROM_LINE.match(line.strip())), None)
    if from_line is not None and any(LANGUAGES_LINE.match(out[i]) for i in range(start, from_line)):
        for index in range(start + 1, from_line):  # the language and tools menus of the page
            _drop(out, index, "site-furniture-before-article", report)
    menu = _language_menu(out) if from_line is None and start else None
    if menu is not None and menu.start == start + 1:  # no "From" line: the names themselves
        for index in menu:
            _drop(out, index, "site-furniture-before-article", report)
    for index, line in enumerate(out):
        stripped = line.strip()
        if RETRIEVED.match(stripped) or (index > start and END_LINE.match(stripped)):
            first = _categories_above(out, index)
            for after in range(first, len(out)):
                _drop(out, after, "site-furniture-after-article", report)
            break
        chrome = FROM_LINE.match(stripped) or REDIRECT_LINE.match(stripped)
        if JUMP_LINE.match(stripped) or chrome and index >= start:
            _drop(out, index, "page-chrome", report)
        elif index > start and len(stripped.split()) >= MIN_UI_WORDS and is_ui_line(stripped):
            _drop(out, index, "interface-phrase", report)  # "Problems playing this file? …"
        elif EDIT_LINK.search(stripped) and len(stripped) < 120:
            report.remove("edit-link", index + 1, EDIT_LINK.search(stripped).group(0).strip())
            out[index] = EDIT_LINK.sub("", line)
    _drop_contents(out, report)
    return out


def _categories_above(lines: list[str], index: int) -> int:
    """The "Categories:" line shortly above the menus at `index` (its list goes with them),
    else `index`."""
    for above in range(index - 1, max(-1, index - END_ZONE), -1):
        if CATEGORIES_LINE.match(lines[above].strip()):
            return above
    return index


# Languages as their own speakers name them, as a wiki's language menu lists them.
LANGUAGE_NAMES = frozenset(
    {
        "english", "deutsch", "español", "français", "italiano", "polski", "русский",
        "português", "nederlands", "suomi", "svenska", "norsk", "norsk bokmål", "dansk",
        "čeština", "magyar", "türkçe", "українська", "日本語", "中文", "한국어", "العربية",
        "فارسی", "עברית", "ελληνικά", "română", "català", "tiếng việt", "bahasa indonesia",
    }
)  # fmt: skip
MENU_LANGUAGES = 3  # language names in a row that make a language menu
MENU_ZONE = 400  # lines from the top where a wiki page's language menu may stand


def _language_menu(lines: list[str]) -> range | None:
    """The first run of MENU_LANGUAGES or more language names near the top (a wiki's
    language menu under the title, in skins without a "From Wikipedia" line)."""
    run: list[int] = []
    for index, line in enumerate([*lines[:MENU_ZONE], ""]):
        if line.strip().casefold() in LANGUAGE_NAMES:
            run.append(index)
            continue
        if len(run) >= MENU_LANGUAGES:
            return range(run[0], run[-1] + 1)
        run = []
    return None


def _article_start(lines: list[str]) -> int:
    """Index of the title line: the line above the language menu ("53 languages", or a run of
    language names), else the longest line in the few lines before "From Wikipedia"."""
    found = next((i for i, line in enumerate(lines) if FROM_LINE.match(line.strip())), None)
    if found is None:
        menu_run = _language_menu(lines)
        above = [i for i in range(menu_run.start) if lines[i].strip()] if menu_run else []
        if above and not is_ui_line(lines[above[-1]]):
            return above[-1]
        return _title_above_contents(lines)
    menu = next((i for i in range(found) if LANGUAGES_LINE.match(lines[i])), None)
    if menu is not None:  # newer skins: the title stands right above the language menu
        above = [i for i in range(max(0, menu - 3), menu) if lines[i].strip()]
        if above and not is_ui_line(lines[above[-1]]):
            return above[-1]
    zone = [i for i in range(max(0, found - TITLE_ZONE), found) if lines[i].strip()]
    candidates = [i for i in zone if not is_ui_line(lines[i])]
    if not candidates:
        return found
    return max(candidates, key=lambda i: (len(lines[i].strip()), i))


def _title_above_contents(lines: list[str]) -> int:
    """A page with no "From" line and no language menu (a wiki other than MediaWiki): its
    title is the last line of text above its contents list, past tool words ("Fold"); 0
    when it has no contents list."""
    lists = _contents_lists(lines)
    if not lists:
        return 0
    above = [i for i in range(lists[0].start) if lines[i].strip()]
    while above and (is_ui_line(lines[above[-1]]) or len(lines[above[-1]].split()) == 1):
        above.pop()  # "Fold", "hide": the list's own tools
    return above[-1] if above else 0


MIN_UNNUMBERED = 3  # entries of an unnumbered contents list, each found again later alone


def _contents_lists(lines: list[str]) -> list[range]:
    """The line ranges of in-page contents lists: a "Contents" line (in the usual languages)
    and the numbered entries under it ("1 History", "1.2 Early years"), two or more; or
    unnumbered entries that each stand again, in order, alone on a later line (the section
    titles of a wiki without numbers), three or more."""
    heads = TOC_HEADS | CONTENTS_WORDS
    found = []
    for index, line in enumerate(lines):
        if line.strip().lower() not in heads:
            continue
        following = index + 1
        while following < len(lines) and (
            TOC_ENTRY.match(lines[following].strip())
            or lines[following].strip().lower() in heads
            or (following > index + 1 and is_ui_line(lines[following].strip()))  # "Toggle …"
        ):
            following += 1
        if following - index < 3:
            following = index + 1 + len(_unnumbered_entries(lines, index + 1))
        if following - index >= 3:
            found.append(range(index, following))
    return found


def _unnumbered_entries(lines: list[str], start: int) -> list[int]:
    """The lines from `start` on that each recur alone later, in order, after the list: the
    longest such run of lines before a blank one (the first section's title may follow the
    list with no blank between); [] when fewer than MIN_UNNUMBERED."""
    run_end = start
    while run_end < len(lines) and lines[run_end].strip():
        run_end += 1
    places: dict[str, list[int]] = {}
    for index in range(start, len(lines)):
        places.setdefault(lines[index].strip(), []).append(index)
    for end in range(run_end, start + MIN_UNNUMBERED - 1, -1):
        position = end
        for entry in range(start, end):
            later = places.get(lines[entry].strip(), [])
            at = bisect_left(later, position)
            if at == len(later):
                break
            position = later[at] + 1
        else:
            return list(range(start, end))
    return []


def _drop_contents(lines: list[str], report: Report) -> None:
    """A "Contents" line and the numbered entries under it."""
    for entries in _contents_lists(lines):
        for entry in entries:
            _drop(lines, entry, "table-of-contents", report)


def contents_headings(lines: list[str]) -> dict[int, int]:
    """The lines an in-page contents list names, with their levels: for each entry, in order,
    the next line after the list that is its title alone ("1 Kalendarium" names a later line
    "Kalendarium", "1.2 Early years" one of level 2): the section headings, however they are
    worded ("… czy „cyklon B”?")."""
    named: dict[int, int] = {}
    for entries in _contents_lists(lines):
        at = entries.stop
        for entry in entries:
            number = TOC_ENTRY_NUMBER.match(lines[entry].strip())
            bare = lines[entry].strip()
            if number is None and (bare.lower() in TOC_HEADS | CONTENTS_WORDS or is_ui_line(bare)):
                continue  # "Contents", "Toggle Trade subsection": no entry
            title = lines[entry].strip()[number.end() if number else 0 :]
            found = next((i for i in range(at, len(lines)) if lines[i].strip() == title), None)
            if found is not None:
                named[found] = number.group(0).count(".") + 1 if number else 1
                at = found + 1
    return named


def _drop(lines: list[str], index: int, category: str, report: Report) -> None:
    if lines[index].strip():
        report.remove(category, index + 1, lines[index].strip())
        lines[index] = ""
