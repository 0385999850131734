"""The text of a document's blocks, with a map back to the XML nodes it came from.

Alignment works on the text of block elements (p, quote, item, ab, l, head), notes excluded,
so it is robust to readers that give rough paragraphs or rich markup alike. Every character
offset in a block's text can be mapped back to a point in the tree, which is how `seg`
elements are inserted later without changing a character.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from lxml import etree

from ..xmlio import TEI_NS
from .concepts import american_spelling, word_key

BLOCK_TAGS = frozenset({"p", "item", "ab", "l", "head"})
# A quote is a block only when it holds text itself (not p children).
QUOTE_TAG = "quote"
SKIPPED_TAGS = frozenset({"note", "fw", "figDesc"})
BLOCK_CONTAINERS = frozenset(
    {
        "body",
        "front",
        "back",
        "div",
        "list",
        "cit",
        "epigraph",
        "lg",
        "floatingText",
        "figure",
        "sp",
    }
)


@dataclass(frozen=True)
class Piece:
    """A run of block text: the node holding it and whether it is that node's text or tail."""

    node: etree._Element
    is_tail: bool
    start: int
    text: str

    @property
    def container(self) -> etree._Element:
        """The element whose mixed content this text belongs to."""
        return self.node.getparent() if self.is_tail else self.node


@dataclass
class Block:
    """One block element of one document and its text (notes excluded)."""

    doc: str
    index: int
    element: etree._Element
    pieces: list[Piece] = field(default_factory=list)
    text: str = ""
    spans: dict[etree._Element, tuple[int, int]] = field(default_factory=dict)


def localname(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _is_tei(element: etree._Element) -> bool:
    return isinstance(element.tag, str) and element.tag.startswith(f"{{{TEI_NS}}}")


def _is_block(element: etree._Element) -> bool:
    name = localname(element)
    if name in BLOCK_TAGS:
        return True
    if name == QUOTE_TAG:  # a block quotation holding text directly, not inside a p
        parent = element.getparent()
        inline = parent is not None and localname(parent) in BLOCK_TAGS
        return not inline and not any(localname(c) == "p" for c in element)
    return False


def _collect(
    element: etree._Element,
    pieces: list[Piece],
    offset: int,
    spans: dict[etree._Element, tuple[int, int]],
) -> int:
    """Append the text pieces of `element` (its text, its children, their tails) and record
    the span of text each element covers."""
    start = offset
    if element.text:
        pieces.append(Piece(element, False, offset, element.text))
        offset += len(element.text)
    for child in element:
        if isinstance(child.tag, str) and localname(child) not in SKIPPED_TAGS:
            offset = _collect(child, pieces, offset, spans)
        if child.tail:
            pieces.append(Piece(child, True, offset, child.tail))
            offset += len(child.tail)
    spans[element] = (start, offset)
    return offset


def document_blocks(doc: str, tree: etree._ElementTree) -> list[Block]:
    """The blocks of the document's text, in document order, not nested in each other."""
    text = tree.getroot().find(f"{{{TEI_NS}}}text")
    if text is None:
        return []
    blocks: list[Block] = []
    for element in text.iter():
        if not _is_tei(element) or not _is_block(element):
            continue
        if any(localname(a) in SKIPPED_TAGS or _is_block(a) for a in element.iterancestors()):
            continue
        blocks.append(read_block(doc, len(blocks), element))
    return blocks


def read_block(doc: str, index: int, element: etree._Element) -> Block:
    """A block element's text pieces and the spans of its inline elements."""
    pieces: list[Piece] = []
    spans: dict[etree._Element, tuple[int, int]] = {}
    _collect(element, pieces, 0, spans)
    return Block(doc, index, element, pieces, "".join(p.text for p in pieces), spans)


WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
HYPHEN_BREAK = re.compile(r"-[ \t]*\n\s*")


@dataclass(frozen=True)
class Token:
    """A word of a block: its surface form, normalized form and character span."""

    surface: str
    norm: str
    start: int
    end: int
    key: str = ""  # what the word is compared by: stem or synonym group (concepts.concept)


def plain(word: str) -> str:
    """Lower case, no possessive, no apostrophe."""
    return word.lower().replace("’", "'").removesuffix("'s").replace("'", "")


@lru_cache(maxsize=200_000)
def normalize(word: str) -> str:
    """Lower case, no possessive, American spelling, light suffix stripping so inflected
    forms meet."""
    word = american_spelling(plain(word))
    for suffix in ("ing", "ed", "es", "ly", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _is_marker(text: str, match: re.Match) -> bool:
    """A note marker left in the text, "(12)" or "[13]": not a word of the passage."""
    start, end = match.span()
    return (
        match.group().isdigit()
        and len(match.group()) <= 3  # "(1914)" is a year, not a marker
        and 0 < start
        and end < len(text)
        and (text[start - 1], text[end]) in (("(", ")"), ("[", "]"))
    )


def tokenize(text: str) -> list[Token]:
    """Words with spans; a word hyphenated across a line break ("revolu-\\ntionary") is one;
    note markers such as "(12)" or "[13]" are no words."""
    matches = [m for m in WORD.finditer(text) if not _is_marker(text, m)]
    tokens: list[Token] = []
    skip = False
    for i, match in enumerate(matches):
        if skip:
            skip = False
            continue
        end = match.end()
        if (
            end < len(text)
            and text[end] == "-"
            and i + 1 < len(matches)
            and HYPHEN_BREAK.fullmatch(text[end : matches[i + 1].start()])
            and matches[i + 1].group()[0].islower()
        ):
            nxt = matches[i + 1]
            word = match.group() + nxt.group()
            tokens.append(_token(word, match.start(), nxt.end()))
            skip = True
            continue
        tokens.append(_token(match.group(), match.start(), match.end()))
    return tokens


def _token(word: str, start: int, end: int) -> Token:
    return Token(word, normalize(word), start, end, word_key(word))
