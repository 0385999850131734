"""General features of text shapes, measured once and shared by the readers' sniffers.

Nothing here names a document: markers, note lists, headings, line lengths, interface phrases
(a replaceable data file, edition/data/ui_phrases.txt) and wiki export traits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .note_resolver import MIN_UP_ARROW_RUN, NOTE_LIST_HEADING, bare_label_run

SAMPLE_LIMIT = 200_000
BRACKET_MARKER = re.compile(r"(?<=\S)\s?\[(\d{1,3})\]")
PAREN_MARKER = re.compile(r"(?<=\S)\s?\((\d{1,3})\)(?=\s|$)")
FLAT_MARKER = re.compile(r"(?<=[a-z][.,;:’'\")])(\d{1,3})(?=\s+[A-Z]|\s*$)", re.MULTILINE)
STARRED_MARKER = re.compile(r"(?<=\S)\*(\d{1,3})(?!\d)")  # "word*3": an asterisk with a number
LIST_ENTRY = re.compile(
    r"(?m)^\s*(?:\[\d{1,3}\]|\(\d{1,3}\)|\^|↑|\*\d{1,3}(?=\s))\s*\S|^\S.*\S\s*\[?[↩⤴]\]?[ \t]*$"
    r"|^\s*\[(?i:foot)?(?i:note)\s+\S{1,4}:"
)  # "[3] text", "(3) text", "^ text", "*3 text", "text ↩" (a list that lost its numbers) and
# "[Footnote 3: text]" (a body printed after its paragraph)
NUMBERED_ENTRY = re.compile(r"(?m)^\s*\d{1,3}\.\s+\S")
UP_ARROW_ENTRY = re.compile(r"(?m)^\S.*\S\s*\[?↑\]?[ \t]*$")  # "text ↑", a web page's back link
WIKI_TRAITS = (
    ("category line", re.compile(r"(?m)^\S*\s?Categor(?:y|ies)\s?:")),
    ('"[edit]" headings', re.compile(r"(?m)^\S.{0,80}\[edit\]\s*$")),
    ('"From Wikipedia" line', re.compile(r"(?im)^from wikipedia\b|^from [\w .-]+, the free encyc")),
    ("image file names", re.compile(r"(?im)^\S+\.(?:jpe?g|png|gif|svg)\b")),
    ('"Retrieved from" footer', re.compile(r"(?m)^Retrieved from ")),
    ('"^" note back-links', re.compile(r"(?m)^\^ ")),
    # the footer of a wiki engine: "Powered by Wikidot.com", "page revision: 8, last edited: …"
    (
        "wiki engine footer",
        re.compile(
            r"(?im)^\s*powered by (?:mediawiki|wikidot|dokuwiki|pmwiki|tiki|foswiki|xwiki)"
            r"|^\s*page revision:\s*\d+|^\s*this page was last (?:edited|modified) on\b"
        ),
    ),
    # a wiki page's tools in a row: "Edit History Tags Source", "Edit | History | Print"
    (
        "page tools line",
        re.compile(
            r"(?m)^(?:(?:Edit|History|Source|Tags|Files|Print|Discuss(?:ion)?|Talk|View source"
            r"|View history|Watch|Rename)(?:[ \t]*[|·][ \t]*|[ \t]+|$)){3,}"
        ),
    ),
    # "… 08:23, 29 wrz 2018 (CEST)", "… 9 octobre 2017 à 14:39 (CEST)": a talk page's signatures
    (
        "talk-page signatures",
        re.compile(
            r"(?m)(?:\d{1,2}:\d{2},?\s.{0,24}?\d{4}|\d{4}\D{0,12}\d{1,2}:\d{2})"
            r"\s*\([A-Z]{2,5}(?:[+-]\d{1,2})?\)\s*$"
        ),
    ),
)
MIN_TRAIT = {"talk-page signatures": 3}  # a single timestamp may stand anywhere
BYLINE = re.compile(r"(?im)^\s*(?:by|von|par|por|di)\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}")


PREFIX_MARK = "…"
MAX_PREFIXED_WORDS = 12  # "Related: <a headline>" is a teaser; a long line is text
# A prefix set off by a mark ("À lire aussi » <headline>", "En vidéo, <headline>") announces
# a teaser whatever its length, within reason.
MAX_MARKED_WORDS = 24


@lru_cache(maxsize=1)
def _ui_entries() -> tuple[frozenset[str], re.Pattern[str]]:
    """Whole-line phrases, and a pattern of the line prefixes (entries ending in "…") with
    the mark that may set them off ("»", ":", ","), from the data file."""
    text = resources.files("edition").joinpath("data/ui_phrases.txt").read_text("utf-8")
    entries = [line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"]
    phrases = frozenset(_phrase_key(e) for e in entries if not e.endswith(PREFIX_MARK))
    prefixes = sorted(
        {e[: -len(PREFIX_MARK)].strip().lower() for e in entries if e.endswith(PREFIX_MARK)},
        key=len,
        reverse=True,
    )
    alternatives = "|".join(re.escape(p) for p in prefixes) or "(?!)"
    return phrases, re.compile(rf"(?:{alternatives})(?P<mark>\s*[,:;»›|–—-]+)?\s")


def ui_phrases() -> frozenset[str]:
    """Interface phrases (site furniture) from the data file, lower-cased."""
    return _ui_entries()[0]


_COUNT_AFTER = re.compile(r"\s*\(\d{1,5}\)$")  # "Comments (12)", "Vos réactions (11)"


def _phrase_key(line: str) -> str:
    return _COUNT_AFTER.sub("", line.strip()).rstrip(".:!|»›>/").strip().lower()


# a gallery's or pager's "1 of 24"; a count of comments ("61 commentaires", "12 Kommentare"),
# shares, views or related articles ("2192 Shares", "3 related articles"); a reading time
# ("5 min read", "Lesezeit: 4 Minuten", "Temps de lecture : 3 min")
_COUNTER = re.compile(
    r"\d{1,3}\s*(?:of|/)\s*\d{1,3}"
    r"|(?i:[\d.,]{1,6}k?\s+(?:comments?|responses?|replies|commentaires?|réponses?|kommentare?"
    r"|antworten|comentarios?|respuestas?|commenti|reacties|shares?|views?|likes?"
    r"|related\s+(?:articles?|stories|posts?)))"
    r"|(?i:\d{1,3}[-\s]*min(?:ute)?s?\.?\s+(?:read|reading|de\s+lecture|lettura|lectura))"
    r"|(?i:(?:lesezeit|temps\s+de\s+lecture|reading\s+time|tiempo\s+de\s+lectura)\s*:?\s*"
    r"\d{1,3}\s*(?:min(?:uten|utes?)?\.?)?)"
)
# a short line that asks for a click ("To hear this music (MIDI), click here.")
_CLICK_HERE = re.compile(
    r"(?i)^(?:.{0,80}[\s,])?(?:click|tap)\s+here[.!:]?$|^(?:click|tap)\s+here\s+(?:to|for)\b.{0,80}$"
)
# a social-media handle alone ("Twitter: @ann_weir", "Follow @annweir")
_HANDLE = re.compile(
    r"(?i)^(?:(?:twitter|x|instagram|threads|mastodon|bluesky|tiktok)\s*:\s*|follow\s+(?:me\s+)?)"
    r"@[\w.]+(?:@[\w.]+)?$"
)
# a line of script code saved with the page ("window._taboola = window._taboola || [];")
_SCRIPT = re.compile(r"^(?:(?:var|let|const)\s+)?[\w$]+(?:\.[\w$]+)+\s*=[^=].*;$|^\}\)\(?\)?;$")
# "Print · Share", "Share  Tweet", and button labels saved glued ("Copy Link URLCopied!")
_SEPARATORS = re.compile(r"\s+[|·•]\s+|\s{2,}|(?<=[a-z])(?=[A-Z])|(?<=[A-Z]{2})(?=[A-Z][a-z])")


MAX_UI_WORDS = 6  # one-word buttons side by side


@lru_cache(maxsize=16384)
def is_ui_line(line: str) -> bool:
    """A whole line that is a known interface phrase ("Share", "Read Later", "Copied!"), a
    short line that starts with a known prefix ("Related: <headline>", "Powered by X"), or a
    teaser cut short before its button ("… Read more"). Cached: the frame finder asks about
    every line of a page once per candidate title."""
    phrases, prefixes = _ui_entries()
    stripped = line.strip()
    if _phrase_key(line) in phrases or _COUNTER.fullmatch(stripped):
        return True
    if _CLICK_HERE.match(stripped) or _HANDLE.match(stripped) or is_script_line(stripped):
        return True
    parts = _SEPARATORS.split(line)
    if len(parts) >= 2 and all(_phrase_key(part.strip(" «»‹›<>")) in phrases for part in parts):
        return True  # "« Previous | Next »", "Print · Share": interface words side by side
    words = stripped.split()
    if 2 <= len(words) <= MAX_UI_WORDS and all(_phrase_key(word) in phrases for word in words):
        return True  # "Enviar Imprimir": buttons of one word each, a space apart
    text = " ".join(line.split()).lower() + " "
    prefixed = prefixes.match(text)
    limit = MAX_MARKED_WORDS if prefixed and prefixed.group("mark") else MAX_PREFIXED_WORDS
    if prefixed and len(text.split()) <= limit:
        return True
    return _teaser(text.strip(), phrases)


def is_script_line(line: str) -> bool:
    """A statement of script code saved with the page ("window._taboola = … || [];")."""
    return bool(_SCRIPT.match(line.strip()))


def _teaser(text: str, phrases: frozenset[str]) -> bool:
    """A teaser cut short and its button: "Many people don't invest because … Read more", the
    button's words once or repeated (a link and its label both saved)."""
    cut = max(text.rfind("…"), text.rfind("..."))
    tail = text[cut:].lstrip(".… ") if cut >= 0 else ""
    return bool(tail) and any(
        " ".join([phrase] * times) == tail
        for phrase in phrases
        if " " in phrase
        for times in (1, 2)
    )


def is_menu_like(line: str) -> bool:
    """Short line without sentence punctuation: a menu item, button or label."""
    words = line.split()
    return 0 < len(words) <= 4 and not re.search(r"[.!?;:,\"”]$", line.strip())


@dataclass(frozen=True)
class Features:
    bracket_markers: int
    paren_markers: int
    flat_markers: int
    starred_markers: int
    list_entries: int
    bare_labels: int  # entries of a note list labelled by lone numbers, cited above it
    numbered_entries: int
    note_heading: bool
    wiki_traits: tuple[str, ...]
    ui_lines: int
    menu_share: float
    byline: bool
    page_ends: int  # form feeds: pdftotext's page ends, which no web page saved as text has


def _up_arrow_entries(sample: str) -> int:
    """Lines ending in a "↑" back link, when there are MIN_UP_ARROW_RUN of them or more (an
    ordered list that lost its numbers); a lone "Back to top ↑" is no note list."""
    found = len(UP_ARROW_ENTRY.findall(sample))
    return found if found >= MIN_UP_ARROW_RUN else 0


@lru_cache(maxsize=8)
def measure(text: str) -> Features:
    """The features of `text` (SAMPLE_LIMIT characters of it: its start, and its end, where
    a long page keeps its note list)."""
    sample = sample_of(text)
    lines = [line for line in sample.split("\n") if line.strip()]
    bare = _bare_labels(sample)
    return Features(
        bracket_markers=len(BRACKET_MARKER.findall(sample)),
        paren_markers=len(PAREN_MARKER.findall(sample)),
        flat_markers=len(FLAT_MARKER.findall(sample)) + _glued_in_sequence(sample),
        starred_markers=len(STARRED_MARKER.findall(sample)),
        list_entries=len(LIST_ENTRY.findall(sample)) + bare + _up_arrow_entries(sample),
        bare_labels=bare,
        numbered_entries=len(NUMBERED_ENTRY.findall(sample)),
        note_heading=any(NOTE_LIST_HEADING.match(line) for line in lines),
        wiki_traits=tuple(
            name for name, rx in WIKI_TRAITS if len(rx.findall(sample)) >= MIN_TRAIT.get(name, 1)
        ),
        ui_lines=sum(is_ui_line(line) for line in lines),
        menu_share=sum(is_menu_like(line) for line in lines) / len(lines) if lines else 0.0,
        byline=bool(BYLINE.search("\n".join(lines[:60]))),
        page_ends=sample.count("\f"),
    )


def _bare_labels(sample: str) -> int:
    """Entries of a note list labelled by numbers alone on their lines ("1" above its body),
    cited in the text above it (note_resolver.bare_label_run)."""
    run = bare_label_run(sample.split("\n"))
    return len(run.bodies) if run is not None else 0


def sample_of(text: str, limit: int = SAMPLE_LIMIT) -> str:
    """`text`, or when longer than `limit`: its first three quarters of `limit` and its last
    quarter, so that a book-length page's note list at the end is seen too."""
    if len(text) <= limit:
        return text
    return text[: limit * 3 // 4] + "\n\n" + text[-(limit // 4) :]


def saturate(count: float, full: float) -> float:
    """0..1: `count` as a share of `full`, capped at 1."""
    return min(1.0, count / full) if full else 0.0


def _glued_in_sequence(sample: str) -> int:
    """Markers glued to a word ("tools1") that count up in reading order with the flattened
    ones ("word,2") (note_resolver.in_sequence)."""
    from .note_resolver import MARKERS, glued_after_word, in_sequence

    last = count = 0
    for match in MARKERS.finditer(sample):
        if match.lastgroup == "flat":
            last = int(match.group("flat"))
        elif (
            match.lastgroup == "glued"
            and glued_after_word(sample, match)
            and in_sequence(int(match.group("glued")), last)
        ):
            last, count = int(match.group("glued")), count + 1
    return count
