"""Web biography with endnotes, saved as plain text (endnotes-web).

Shape: the page title (repeated as the first heading), paragraphs one per line ending in "(N)"
note markers, short section headings, image captions standing alone between paragraphs (a
label line, often repeating the caption), a "Primary Sources" appendix of numbered extracts,
site navigation lists ("Student Activities", "Classroom Activities by Subject"), the numbered
"References" list that holds the note bodies, and the author's name on the last line. Years in
parentheses ("(1930)") are never markers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Block, Div, Document, Figure, Metadata, P, Text
from ..report import Report
from . import endnotes_web_back as back
from . import read_plain_text
from . import shape_features as shape
from .book_headings import book_blocks, chapter_heading
from .endnotes_web_blocks import caption_lines, is_caption_group, is_heading, is_label_of
from .endnotes_web_inline import MARKER, NoteResolver, has_long_quotation, parse_inline
from .textblocks import SourceBlock, source_blocks, split_trailing_headings

NORMALIZATIONS = {
    "header": "Page title and the author's name at the foot of the page moved to the header.",
    "notes": 'Note markers "(N)" replaced by notes at their positions, with bodies from the '
    'numbered "References" list; years in parentheses left as text.',
    "quotations": "Long quotations run into the text (twelve words or more) encoded as quote, "
    "their quotation marks dropped.",
    "figures": "Image captions standing alone between paragraphs encoded as figures; an image "
    "label repeating its caption dropped.",
    "primary-sources": 'The "Primary Sources" appendix encoded as back matter: one extract '
    '(cit type="extract") per numbered item, its heading as bibl, the item numbers dropped.',
    "navigation": "Site navigation lists (Student Activities, Classroom Activities) removed and "
    "logged.",
}
SOURCE_NOTE = 'Web biography saved as plain text, with "(N)" endnotes and primary sources.'
# A "(N)" marker closing a paragraph line, and a "(N) text" entry line of a numbered list.
PAGE_ENDS = 3  # this many form feeds say the text is a PDF's, not a web page's


def sniff(text: str) -> float:
    """The numbered-notes shape score (see shape_score)."""
    return shape_score(text)


@dataclass
class _Page:
    """What the reader gathers while walking the body blocks."""

    resolver: NoteResolver
    report: Report
    applied: set[str] = field(default_factory=set)
    body: list[Block] = field(default_factory=list)
    section: list[Block] | None = None
    head: str = ""
    n: str = ""
    type: str = "section"
    named: frozenset[int] = frozenset()  # lines of titles a book's contents list names

    def add(self, block: Block) -> None:
        (self.body if self.section is None else self.section).append(block)

    def open_section(self, head: str, n: str = "", type: str = "section") -> None:
        self.close_section()
        self.section, self.head, self.n, self.type = [], head, n, type
        self.report.count("headings")

    def close_section(self) -> None:
        if self.section is not None:
            head = (Text(self.head),)
            self.body.append(Div(tuple(self.section), head=head, type=self.type, n=self.n))
        self.section = None


def read(text: str, report: Report) -> Document:
    """The page as a Document: biography in the body, primary sources and notes apart."""
    blocks = split_trailing_headings(source_blocks(text))
    title, blocks = _take_title(blocks, report)
    zones = back.split_zones(blocks, report)
    bodies, leftovers = back.reference_bodies(zones.references, report)
    if not bodies and read_plain_text.note_lists(text, Report(report.path)).groups:
        return read_plain_text.read(text, report)  # notes in another convention: general reader
    page = _Page(NoteResolver(bodies, report), report)
    body_blocks, page.named = book_blocks(zones.body, text.split("\n"))
    for block in body_blocks:
        _read_block(block, page)
    page.close_section()
    _warn_missing_list(zones.body, bodies, report)
    page.resolver.warn_orphans()
    back_divs = back.primary_sources_division(zones, report)
    back_divs += back.orphan_division(page.resolver) + back.leftover_division(leftovers)
    page.applied |= _applied(title, zones, page.resolver)
    meta = Metadata(
        title=title or "Untitled",
        authors=(zones.byline,) if zones.byline else (),
        source_title=title or "Untitled",
        source_note=SOURCE_NOTE,
        normalizations=tuple(NORMALIZATIONS[k] for k in NORMALIZATIONS if k in page.applied),
    )
    return Document(meta, _with_text(page.body), back=tuple(back_divs))


def _with_text(blocks: list[Block]) -> tuple[Block, ...]:
    """TEI needs some text in a body, figures alone are not enough: add an empty paragraph."""
    if blocks and all(isinstance(block, Figure) for block in blocks):
        return (*blocks, P(()))
    return tuple(blocks)


def _applied(title: str, zones: back.Zones, resolver: NoteResolver) -> set[str]:
    applied = {"header"} if title or zones.byline else set()
    applied |= {"notes"} if resolver.resolved else set()
    applied |= {"primary-sources"} if zones.primary_head else set()
    return applied | ({"navigation"} if zones.navigation else set())


def _take_title(blocks: list[SourceBlock], report: Report) -> tuple[str, list[SourceBlock]]:
    """The first line is the page title when it looks like one; blocks repeating it go too."""
    if not blocks or not is_heading(SourceBlock(blocks[0].line, blocks[0].lines[:1])):
        report.warn(
            1,
            "no-title",
            'no title line found; the document is titled "Untitled"',
            "put the page title on the first line",
        )
        return "", blocks
    first = blocks[0]
    title = first.lines[0]
    report.remove("header-title", first.line, title)
    rest = blocks[1:]
    if len(first.lines) > 1:
        rest.insert(0, SourceBlock(first.line + 1, first.lines[1:]))
    while rest and rest[0].lines == (title,):
        report.remove("title-repeat", rest[0].line, title)
        rest = rest[1:]
    return title, rest


def _read_block(block: SourceBlock, page: _Page) -> None:
    chapter = chapter_heading(block, page.report)
    if chapter is not None:  # "CHAPTER II" and its title: the number and the heading
        number, title, rest, kind = chapter
        page.open_section(title, number, kind)
        if rest:
            _read_block(SourceBlock(block.line + len(block.lines) - len(rest), rest), page)
    elif is_heading(block) or block.line in page.named:
        page.open_section(block.text)
    elif is_caption_group(block):
        _add_figures(block, page)
    else:
        page.add(P(parse_inline(block.text, block.line, page.resolver)))
        page.report.count("paragraphs")
        if has_long_quotation(block.text):
            page.applied.add("quotations")


def _add_figures(block: SourceBlock, page: _Page) -> None:
    """One figure per caption; a label line repeating another caption of the group is
    logged as removed (an image's alt text printed above its caption)."""
    captions = caption_lines(block)
    texts = [caption for _, caption in captions]
    for index, (line, caption) in enumerate(captions):
        if is_label_of(index, texts):
            page.report.remove("image-label", line, caption)
            continue
        page.add(Figure(caption=(Text(caption),)))
        page.report.count("figures")
    page.applied.add("figures")


def _warn_missing_list(blocks: list[SourceBlock], bodies: dict, report: Report) -> None:
    """Markers in the text but no References list at all: one warning, markers kept."""
    if bodies:
        return
    for block in blocks:
        if MARKER.search(block.text) and not is_heading(block):
            report.warn(
                block.line,
                "note-list-missing",
                'the text has "(N)" note markers but no "References" list; markers kept as text',
                'add the numbered list under a "References" heading at the end',
            )
            return


def shape_score(text: str) -> float:
    """Numbered note markers ("(N)", "[N]", "*N", flattened superscripts) with a note list under a
    notes heading; wiki export traits count against (they belong to wiki-text)."""
    f = shape.measure(text)
    # a list labelled by lone numbers counts its cited labels (bare_label_run checks them)
    found = (
        f.paren_markers,
        f.bracket_markers,
        f.flat_markers // 2,
        f.starred_markers,
        f.bare_labels,
    )
    markers = shape.saturate(max(found), 6)
    listed = shape.saturate(max(f.list_entries, f.numbered_entries if f.note_heading else 0), 4)
    score = 0.45 * markers + 0.35 * listed + (0.2 if f.note_heading else 0.0)
    score -= 0.4 * len(f.wiki_traits) + (0.5 if f.page_ends >= PAGE_ENDS else 0.0)
    return max(0.0, score) if markers and listed else 0.0


def evidence(text: str) -> list[str]:
    f = shape.measure(text)
    return [
        (
            f'markers: "(N)" {f.paren_markers}, "[N]" {f.bracket_markers}, '
            f'"*N" {f.starred_markers}, flattened superscripts {f.flat_markers}'
        ),
        (
            f"note-list entries: {f.list_entries} marked ([N], (N), ^, *N, ↩, ↑, [Footnote N:]), "
            f"{f.numbered_entries} numbered"
        ),
        f"notes heading: {'yes' if f.note_heading else 'no'}",
        f"wiki traits (count against): {len(f.wiki_traits)}",
        f"page ends (form feeds, count against from {PAGE_ENDS}): {f.page_ends}",
    ]
