"""Web-article blocks: split the text into blank-line blocks and recognise what each one is.

The tables here say what a line of site furniture looks like (boilerplate), what starts the
teaser list at the foot of a page, and what headings, bylines, captions and set-off
quotations look like. The reader (read_web_article) decides what to do with each kind.
"""

from __future__ import annotations

import re
from datetime import datetime

from . import textblocks
from .month_names import iso_day
from .shape_features import is_script_line, is_ui_line
from .textblocks import SourceBlock, normalize_space


def source_blocks(text: str) -> list[SourceBlock]:
    """Blank-line-separated blocks, each line's spaces normalized."""
    return textblocks.source_blocks(text, normalize_space)


# The label of an article's tag list ("In this article: av, consoles", "Tags: …")
TAG_LABEL = (
    r"(in this (article|story)|tags|tagged|topics|filed under|themen|schlagwörter|mots-clés)"
)
_TAG_LABEL_ALONE = re.compile(TAG_LABEL + r"\s*:", re.IGNORECASE)

# A whole line of site furniture -> the category it is logged under when removed.
BOILERPLATE: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), category)
    for pattern, category in (
        (r"advertisement|sponsored( content)?", "advertisement"),
        (r"(share|tweet|email|print)( (this|on|via) .{0,30})?", "share-buttons"),
        (r"(facebook|twitter|x|linkedin|whatsapp|reddit|telegram|copy link)", "share-buttons"),
        (r"(sign up|subscribe)\b.{0,80}|.{0,60}\bnewsletter\b.{0,60}", "newsletter-prompt"),
        (r"(read more|continue reading|click here)\W*", "read-more"),
        (r"(published|posted|updated) on\b.{0,40}", "publication-line"),
        # the article's tags: "In this article: av, consoles, …", "Tags: …", "Themen: …"
        (
            TAG_LABEL + r"\s*:\s*[^.!?]{0,300}",
            "tag-list",
        ),
    )
)

# A line that opens the list of other articles at the foot of the page: the rest is teasers.
TEASER_START = re.compile(
    r"(latest articles|more like this|related (articles|posts|stories)|you (may|might) also like"
    r"|recommended( for you)?|more from .{1,40}|read next|popular (articles|posts)"
    r"|more (stories|news|articles)|most (popular|read)( (stories|articles))?"
    # the comments under an article: "View comments (27)", "12 Comments", "Leave a reply"
    r"|((view|show|read|see) (all )?)?(\d+ )?comments( \(\d+\))?|1 comment|leave a (comment|reply)"
    r"|add (a |new )?comment|post a comment|join the discussion|kommentare|commentaires"
    r"|comentarios|kommentare lesen( \(\d+ beitr(ag|äge)\))?|meistgelesen|meistkommentiert"
    r"|auch auf .{1,40}|mehr zum thema.{0,60}|lesen sie auch|les plus lus|à lire aussi"
    r"|lo más leído|i più letti)",
    re.IGNORECASE,
)
ISSUE_LINE = re.compile(r"(this|in this|from the) issue(:?\s+(?P<date>.{4,40}))?", re.IGNORECASE)
BYLINE_PREFIX = re.compile(r"^(by|words by|written by)\s+", re.IGNORECASE)
# "Marie Curie; drawing by a staff artist", "Photo: ...", "Image credit: ..."
CAPTION = re.compile(
    r"(;|,)\s*(drawing|photograph|photo|illustration|painting|image|engraving|cartoon)s? by\s"
    r"|(^|[.)]\s+)(photo|photograph|foto|image|imagen|illustration|picture|bild)( credit)?\s*:"
    r"|^(photo|photograph|foto|picture)s?\s+(by|de|von|par)\s"
    r"|(?-i:\.\s+(?:/\s+)?[A-Z]{2,}(?:[ /][A-Z][\w.-]*){0,3}\s*$)"
    r"|(?-i:\.\s+[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?(?:/[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?){1,4}\s*$)"
    r"|(?-i:^\S+(?:\s+\S+){2,}\s(?:Photograph|Photo|Illustration|Image|Composite|Foto)s?:\s+[A-Z])",
    re.IGNORECASE,
)  # "…, photograph by X", "Photo: X", "Ann Weir. Photograph: X for the Courier", "Photo by X",
# "Ann Weir at the quay Photograph: X" (no stop before the credit; three words before it),
# and an agency's credit in capitals after the caption's sentence ("… in February. EFE", "… a
# clinic. / ANN WEIR", "… the harbour. REUTERS/Ann Weir"), or agencies split by slashes ("… in
# prison. Allstar/Harbour Pictures/Allstar")
# "The October Revolution by Roy Medvedev" / "Knopf, 240 pp., $10.00": reviewed-book lines.
REVIEWED_BOOK = re.compile(r"\b\d+\s*pp\.|\$\s?\d+(\.\d\d)?\s*$|\(paper\)|\bISBN\b")
OPEN_QUOTES = '“"‘«'
CLOSE_QUOTES = '”"’»'
END_PUNCTUATION = '.,;:!"”’)…'
QUOTE_INTRO = re.compile(
    r"\b(quot\w*|wr[io]te|writes|written|put it|says?|said|declared|follows|following|"
    r"recalled|in (his|her|their) words)\b[^.!?]*:$",
    re.IGNORECASE,
)
DIALOGUE = re.compile(r"[,.!?][”\"] +[a-z]")


MAX_BOILERPLATE = 320  # characters of a furniture line (a long tag list)


def boilerplate_category(block: SourceBlock) -> str:
    """The boilerplate category of a one-line block (or of a block of script code saved with
    the page), or "" when it is text."""
    if is_script_line(block.lines[0]) and all(_CODE_LINE.match(line) for line in block.lines):
        return "script-code"
    if len(block.text) > MAX_BOILERPLATE:
        return ""
    if len(block.lines) > 1:  # the label on a line of its own, the tags below it
        return "tag-list" if _TAG_LABEL_ALONE.fullmatch(block.lines[0].strip()) else ""
    for pattern, category in BOILERPLATE:
        if pattern.fullmatch(block.text):
            return category
    return "interface-phrase" if is_ui_line(block.text) else ""


# A line of script code: a statement ending in ";", an object's "key: value," line or braces.
_CODE_LINE = re.compile(r".*[;{(,]$|^[\w$]+\s*:\s*\S.*$|^[})\]]+[);,]*$")


def is_teaser_start(block: SourceBlock) -> bool:
    return len(block.lines) == 1 and bool(TEASER_START.fullmatch(block.text.rstrip(":")))


def is_issue_line(block: SourceBlock) -> bool:
    """ "This Issue", alone or followed by the issue date."""
    return len(block.lines) == 1 and bool(ISSUE_LINE.fullmatch(block.text.rstrip(":")))


def issue_date_text(text: str) -> str:
    """The date words of "This Issue: April 17, 1980" or of a bare "April 17, 1980" line."""
    match = ISSUE_LINE.fullmatch(text.rstrip(":"))
    return (match.group("date") or "") if match else text


def issue_date(text: str) -> str:
    """The ISO date of an issue line or date line, or ""."""
    return iso_date(issue_date_text(text))


def is_heading(block: SourceBlock) -> bool:
    """A short single line without sentence punctuation at its end (a question is allowed),
    perhaps closed by a short parenthesis ("3. Dual-Energy X-ray Absorptiometry (DXA)")."""
    text = block.text
    if len(block.lines) != 1 or len(text) > 90 or len(text.split()) > 14:
        return False
    bracketed = _HEADING_PARENTHESIS.search(text)
    if bracketed and text[: bracketed.start()].strip():
        text = text[: bracketed.start()].rstrip()  # "… (Bod Pod)": the name's short form
    if not (text[0].isupper() or text[0].isdigit()) or text[-1] in END_PUNCTUATION:
        return False
    return sum(ch.isalpha() for ch in text) >= 3


# A short parenthesis of words that closes a heading: an abbreviation, a gloss ("(DXA)", "(the
# Gold Standard)"); not a note number "(3)".
_HEADING_PARENTHESIS = re.compile(r"\s\((?=[^()]*[^\W\d_])[^().!?;]{1,40}\)$")


SENTENCE_END = re.compile(r"[.!?…][\"”’)]?$")
PARAGRAPH_LINE_CHARS = 80


def _is_prose_line(line: str) -> bool:
    return len(line) >= PARAGRAPH_LINE_CHARS and bool(SENTENCE_END.search(line))


def split_headings(blocks: list[SourceBlock]) -> list[SourceBlock]:
    """Blocks with their heading lines apart: a page saved as text often puts a subheading
    on the line right after a paragraph or an image caption (which may end without a
    stop: "…CreditJane Roe"), or right before the next paragraph, with no blank line. A heading-like line (short, capitalised, no end
    punctuation) next to a line of prose becomes a block of its own."""
    out: list[SourceBlock] = []
    for block in blocks:
        lines = block.lines
        cuts = {
            k
            for k, line in enumerate(lines)
            if len(lines) > 1
            and is_heading(SourceBlock(block.line + k, (line,)))
            and (
                (k > 0 and len(lines[k - 1]) >= PARAGRAPH_LINE_CHARS)
                or (k + 1 < len(lines) and _is_prose_line(lines[k + 1]))
                or (  # a heading above an image's caption, not the image's own label
                    k + 1 < len(lines)
                    and is_caption(lines[k + 1])
                    and not lines[k + 1].startswith(line)
                )
            )
        }
        start = 0
        for k in sorted(cuts):
            for a, b in ((start, k), (k, k + 1)):
                if a < b:
                    out.append(SourceBlock(block.line + a, lines[a:b]))
            start = k + 1
        if start < len(lines):
            out.append(SourceBlock(block.line + start, lines[start:]))
    return out


def is_byline(block: SourceBlock) -> bool:
    """A "By Jane Doe" line, or a line of capitalised names and affiliations, no full stop."""
    text = block.text
    if len(block.lines) != 1 or len(text) > 200:
        return False
    if BYLINE_PREFIX.match(text):
        return True
    words = [
        w for w in re.findall(r"[^\W\d_][\w’'.-]*", text) if w.lower() not in ("and", "of", "the")
    ]
    capitalised = sum(w[0].isupper() for w in words)
    return (
        text[-1] not in ".!?:"
        and len(words) >= 4
        and capitalised >= 0.8 * len(words)
        and ("," in text or " and " in text)
    )


def byline_authors(text: str) -> tuple[str, ...]:
    """Author names of a byline: each " and "/"&" part up to its first comma (affiliations
    follow). A part with fewer comma fields than the fullest one ran name and organisation
    together ("Rob Jones Sotsialisticheskaya Alternativa, Russia"): keep its first two words."""
    parts = re.split(r"\s+(?:and|&)\s+", BYLINE_PREFIX.sub("", text).strip())
    widest = max(part.count(",") for part in parts)
    authors = []
    for part in parts:
        name = part.split(",")[0].strip()
        if part.count(",") < widest and len(name.split()) > 2:
            name = " ".join(name.split()[:2])
        if name:
            authors.append(name)
    return tuple(authors)


def is_caption(line: str) -> bool:
    return bool(CAPTION.search(line)) and len(line) <= 300


def is_reviewed_book(block: SourceBlock) -> bool:
    """A block of short lines naming a book under review (with pages, price or ISBN)."""
    return all(len(line) <= 250 for line in block.lines) and bool(REVIEWED_BOOK.search(block.text))


def quoted_paragraph(text: str) -> str | None:
    """The text inside the quotation marks when the whole paragraph is one quotation."""
    stripped = text.rstrip(".,;")
    if len(stripped) < 40 or stripped[0] not in OPEN_QUOTES or stripped[-1] not in CLOSE_QUOTES:
        return None
    if DIALOGUE.search(text):
        return None  # “Yes,” she said, “...”: dialogue, not one quotation
    inner = stripped[1:-1].strip()
    return inner + text[len(stripped) :] if inner else None


def introduces_quotation(text: str) -> bool:
    """A paragraph ending "... wrote:" or "Here is a quotation ...:" announces a block quote."""
    return bool(QUOTE_INTRO.search(text))


DATE_FORMATS = ("%B %d, %Y", "%d %B %Y", "%b %d, %Y", "%d %b %Y", "%Y-%m-%d", "%B %Y")


def iso_date(text: str) -> str:
    """An ISO date for "April 17, 1980", "17 April 1980", "1980-04-17"; "" when none."""
    text = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text.strip().rstrip("."))
    for form in DATE_FORMATS:
        try:
            parsed = datetime.strptime(text, form)
        except ValueError:
            continue
        return parsed.strftime("%Y-%m" if form == "%B %Y" else "%Y-%m-%d")
    return iso_day(text)  # "26 декабря 2006", "3 de mayo de 2019"


def trailing_date(text: str) -> str:
    """The ISO date at the end of a "Published on April 17, 1980" line, or ""."""
    match = re.search(r"\b(on|:)\s+(.+)$", text)
    return iso_date(match.group(2)) if match else ""
