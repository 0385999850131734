"""Blocks of the endnotes-web format: blank-line-separated groups of lines and what each is
(section heading, image caption group, navigation list item, numbered list entry, paragraph)."""

from __future__ import annotations

import re

from .endnotes_web_inline import MARKER
from .page_anchors import ANCHOR
from .textblocks import SourceBlock, capitals_with_stop

# "(12) text": an entry of the References list or the start of a Primary Sources extract.
NUMBERED = re.compile(r"^\((\d{1,3})\)[ \t]*(.*)$")
HEADING_END_PUNCTUATION = tuple(".,;:!?\"'”’")
# Site navigation blocks: their heading, then short link lines, are no part of the text.
NAV_HEADINGS = {
    "student activities",
    "classroom activities by subject",
    "classroom activities",
    "related topics",
    "related pages",
}
MAX_CAPTION_LINE = 110
MAX_CAPTION_LINES = 4
# A name on a line of its own at the very end: the page's author.
BYLINE = re.compile(r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}$")


def is_heading(block: SourceBlock) -> bool:
    """A short single line without closing punctuation (but a full stop after capitals, as
    old books print headings: "SHAMANS.") or note markers."""
    text = block.text
    return (
        len(block.lines) == 1
        and len(text) <= 90
        and len(text.split()) <= 12
        and (text[:1].isupper() or text[:1].isdigit())
        and (not text.endswith(HEADING_END_PUNCTUATION) or capitals_with_stop(text))
        and not MARKER.search(text)
        and not ANCHOR.fullmatch(text)
    )


def is_caption_group(block: SourceBlock) -> bool:
    """Two to four short lines without markers: image labels and captions between paragraphs
    (a paragraph is one long line on these pages)."""
    return (
        1 < len(block.lines) <= MAX_CAPTION_LINES
        and all(len(line) <= MAX_CAPTION_LINE for line in block.lines)
        and not MARKER.search(block.text)
        and not NUMBERED.match(block.lines[0])
    )


def caption_lines(block: SourceBlock) -> list[tuple[int, str]]:
    """The captions of a group, a line starting in lower case joined to the one before it
    (a caption wrapped over two lines), each with its source line number."""
    captions: list[tuple[int, str]] = []
    for offset, line in enumerate(block.lines):
        if captions and line[:1].islower():
            number, text = captions[-1]
            captions[-1] = (number, f"{text} {line}")
        else:
            captions.append((block.line + offset, line))
    return captions


def is_label_of(index: int, captions: list[str]) -> bool:
    """captions[index] is an image label: its words repeat a later caption of the group, or
    are part of a different earlier one (of two equal lines the first is the label)."""
    wanted = _squeeze(captions[index]).rstrip(".")
    if not wanted:
        return False
    for other_index, other in enumerate(captions):
        other = _squeeze(other)
        if other_index > index and wanted in other:
            return True
        if other_index < index and wanted in other and other.rstrip(".") != wanted:
            return True
    return False


def _squeeze(text: str) -> str:
    return " ".join(text.split()).lower()


def is_nav_heading(block: SourceBlock) -> bool:
    return len(block.lines) == 1 and block.text.lower().rstrip(":") in NAV_HEADINGS


def is_nav_item(block: SourceBlock) -> bool:
    """A link line of a navigation list: short lines without sentence punctuation."""
    return all(
        len(line.split()) <= 10
        and not line.endswith((".", ",", ";", ":"))
        and not MARKER.search(line)
        for line in block.lines
    )


def numbered(block: SourceBlock) -> tuple[int, str] | None:
    """(number, rest of the first line) for a block that starts with "(N)"."""
    match = NUMBERED.match(block.lines[0])
    return (int(match.group(1)), match.group(2).strip()) if match else None


def is_list_start(blocks: list[SourceBlock], index: int, name: str, lookahead: int = 3) -> bool:
    """blocks[index] is a heading `name` (case-insensitive) with a "(1)" entry among the
    next `lookahead` blocks (an introductory sentence may come first)."""
    block = blocks[index]
    if len(block.lines) != 1 or block.text.lower().rstrip(":") != name:
        return False
    for following in blocks[index + 1 : index + 1 + lookahead]:
        entry = numbered(following)
        if entry is not None:
            return entry[0] == 1
    return False


def is_byline(block: SourceBlock) -> bool:
    return len(block.lines) == 1 and bool(BYLINE.match(block.text))
