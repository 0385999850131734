"""Web article or book review saved as plain text (web-article).

Shape: a title line (or, in a review, an image label and its "X; drawing by Y" caption), a
"Published on ..." line, a standfirst, a byline of names and affiliations, then one line per
paragraph with short section headings between them. Quotations are set as paragraphs of
their own, in quotation marks or after a paragraph ending "...:". Site furniture
("Advertisement", share buttons, newsletter prompts) sits between paragraphs, and the page
ends with "Latest articles" / "MORE LIKE THIS" and a teaser list, or with "This Issue" and
the issue date. Title, byline, dates and reviewed books go to the header; furniture is logged
as removed. A page with a note list (a footnote or two under "Notes", or a list of lines
ending in "↩") has its markers resolved as the general reader does (note_resolver).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Block, Div, Document, Figure, Inline, Metadata, P, Quote, Text
from ..report import Report
from . import shape_features as shape
from . import web_article_blocks as wab
from .note_resolver import GeneralNotes, NoteList, orphan_notes, spaced_in_order
from .read_plain_text import note_lists
from .textblocks import SourceBlock
from .web_article_frame import DATE, byline_names, find_frame, has_furniture_before, strip_frame

NORMALIZATIONS = {
    "header": "Title, byline and publication date moved from the text to the header.",
    "figures": 'Image captions and credits ("X; drawing by Y") encoded as figures; an image '
    "label repeating the caption's start dropped.",
    "quotations": "Paragraphs that are one quotation encoded as block quotations, their outer "
    "quotation marks dropped.",
    "reviewed": "Lines naming the books under review moved to the source description.",
    "boilerplate": "Site furniture (advertisements, share buttons, newsletter prompts, teaser "
    "lists of other articles, issue line) removed and logged.",
}
# Note apparatus of the other formats: "[N]", "(N)", page-number lines, "*" footnotes.
APPARATUS = re.compile(r"\[\d{1,4}\]|\(\d{1,3}\)|^\s*\d{1,4}\s*$|\*", re.MULTILINE)
HEADER_CATEGORIES = {
    "header-title",
    "header-byline",
    "publication-line",
    "header-issue-date",
    "header-reviewed-books",
}
HEADER_ZONE = 6  # the title, dates and byline sit in the first few blocks of a page


@dataclass
class _Article:
    """What the reader gathers while walking the blocks."""

    report: Report
    title: str = ""
    authors: list[str] = field(default_factory=list)
    pub_date: str = ""
    notes: list[str] = field(default_factory=list)
    applied: set[str] = field(default_factory=set)
    body: list[Block] = field(default_factory=list)
    section: list[Block] | None = None
    head: str = ""
    markers: GeneralNotes | None = None  # the page's note lists, when it has any

    def inlines(self, text: str, line: int) -> tuple[Inline, ...]:
        """The text with its note markers resolved (when the page has a note list)."""
        return tuple(self.markers.inlines(text, line)) if self.markers else (Text(text),)

    def drop(self, block: SourceBlock, category: str) -> None:
        for offset, line in enumerate(block.lines):
            self.report.remove(category, block.line + offset, line)
        self.applied.add("header" if category in HEADER_CATEGORIES else "boilerplate")

    def add(self, block: Block) -> None:
        (self.body if self.section is None else self.section).append(block)

    def open_section(self, head: str) -> None:
        self.close_section()
        self.section, self.head = [], head
        self.report.count("sections")

    def close_section(self) -> None:
        if self.section is not None:
            self.body.append(Div(tuple(self.section), head=(Text(self.head),)))
        self.section = None


def sniff(text: str) -> float:
    """The larger of the page-furniture shape score and the seed-era signals."""
    return max(shape_score(text), _seed_signals(text))


def _seed_signals(text: str) -> float:
    """Site furniture lines, a byline, long one-line paragraphs and no note apparatus."""
    blocks = wab.source_blocks(text[:200_000])
    if not blocks:
        return 0.0
    furniture = sum(
        1
        for b in blocks
        if wab.boilerplate_category(b) or wab.is_teaser_start(b) or wab.is_issue_line(b)
    )
    score = min(0.6, 0.3 * furniture)
    score += 0.15 if any(wab.is_byline(b) for b in blocks[:HEADER_ZONE]) else 0.0
    score += 0.15 if any(any(wab.is_caption(line) for line in b.lines) for b in blocks[:3]) else 0.0
    single_line = sum(len(b.lines) == 1 for b in blocks) / len(blocks)
    score += 0.1 if single_line > 0.9 else 0.0
    if len(APPARATUS.findall(text[:200_000])) > 10:
        score -= 0.5
    return max(0.0, min(1.0, score))


def read(text: str, report: Report) -> Document:
    """The article as a Document: header metadata apart, boilerplate logged, sections kept."""
    article = _Article(report)
    text = _take_note_lists(text, article)
    text = _strip_page_frame(text, article)
    blocks = wab.split_headings(wab.source_blocks(text))
    blocks = _drop_trailer(blocks, article)
    blocks = _read_header(blocks, article) if not article.title else blocks
    previous = ""
    for block in blocks:
        previous = _read_block(block, previous, article)
    article.close_section()
    if not article.title:
        report.warn(
            1,
            "no-title",
            'no title line found; the document is titled "Untitled"',
            "put the article title on the first line",
        )
    meta = Metadata(
        title=article.title or "Untitled",
        authors=tuple(article.authors),
        pub_date=article.pub_date,
        source_note=" ".join(article.notes),
        normalizations=tuple(
            NORMALIZATIONS[key] for key in NORMALIZATIONS if key in article.applied
        ),
    )
    back = tuple(orphan_notes(article.markers)) if article.markers else ()
    return Document(meta, tuple(article.body), back=back)


def _take_note_lists(text: str, article: _Article) -> str:
    """The text without its note lists (found as the general reader finds them), which now
    resolve the markers."""
    lists: NoteList = note_lists(text, article.report)
    if not lists.groups:
        return text
    lines = ["" if i in lists.lines else line for i, line in enumerate(text.split("\n"))]
    article.markers = GeneralNotes(lists, article.report, spaced_in_order(lines, lists))
    return "\n".join(lines)


def _strip_page_frame(text: str, article: _Article) -> str:
    """A page whose title sits below site furniture: furniture removed (logged), title, byline
    and date to the header. A page that starts with its title is left to _read_header."""
    lines = text.split("\n")
    frame = find_frame(lines)
    if frame is None:
        return text
    above = any(line.strip() for line in lines[: frame.title])
    if not (has_furniture_before(lines, frame.title) or above and _signed(frame)):
        return text
    framed, header = strip_frame(lines, article.report)
    article.title = header.title
    article.authors.extend(byline_names(header.byline) or [header.byline] if header.byline else [])
    found = DATE.search(header.date)
    article.pub_date = wab.iso_date(found.group(0)) if found else ""
    article.notes.append(f"Published: {header.date}." if header.date else "")
    article.applied |= {"header", "boilerplate"}
    return "\n".join(framed)


SIGNED_WITHIN = 2  # lines between a title and its byline or date that make it the page's title


def _signed(frame) -> bool:
    """Does a byline or a date stand right after the frame's title? Then the lines above the
    title are the site's, however few of them look like menus."""
    meta = [i for i in (frame.byline, frame.date) if i is not None]
    return any(0 < i - frame.title <= SIGNED_WITHIN for i in meta)


def _drop_trailer(blocks: list[SourceBlock], article: _Article) -> list[SourceBlock]:
    """Cut the foot of the page: the "This Issue" line (its date kept) and the teaser list."""
    return _drop_teasers(_take_issue_line(blocks, article), article)


def _take_issue_line(blocks: list[SourceBlock], article: _Article) -> list[SourceBlock]:
    """ "This Issue" and the date after it (on its line or the next) go to the header."""
    for index, block in enumerate(blocks):
        if not index or not wab.is_issue_line(block):
            continue
        dated = [block] + blocks[index + 1 : index + 2]
        date_block = next((b for b in reversed(dated) if wab.issue_date(b.text)), None)
        if date_block is not None:
            article.pub_date = article.pub_date or wab.issue_date(date_block.text)
            article.notes.append(f"Issue of {wab.issue_date_text(date_block.text)}.")
        if date_block is not None and date_block is not block:
            article.drop(date_block, "header-issue-date")
        article.drop(block, "issue-line" if date_block is not block else "header-issue-date")
        skip = 2 if date_block is not None and date_block is not block else 1
        return blocks[:index] + blocks[index + skip :]
    return blocks


def _drop_teasers(blocks: list[SourceBlock], article: _Article) -> list[SourceBlock]:
    """From a "Latest articles"/"MORE LIKE THIS" line in the second half on: teasers."""
    for index, block in enumerate(blocks):
        if index >= len(blocks) // 2 and wab.is_teaser_start(block):
            for teaser in blocks[index:]:
                category = "teaser-heading" if wab.is_teaser_start(teaser) else "teaser-list"
                article.drop(teaser, category)
            return blocks[:index]
    return blocks


def _read_header(blocks: list[SourceBlock], article: _Article) -> list[SourceBlock]:
    """Take the title, publication line, byline and reviewed books from the top blocks."""
    if not blocks:
        return blocks
    first, rest = blocks[0], list(blocks[1:])
    if any(wab.is_caption(line) for line in first.lines):
        article.title = first.lines[0].split(";")[0].strip()
        article.report.warn(
            first.line,
            "title-from-caption",
            f'no title line; title taken from the image label "{article.title}"',
            "put the article title on the first line",
        )
        rest.insert(0, first)
    elif wab.boilerplate_category(first) or len(first.lines[0]) > 200:
        rest.insert(0, first)
    else:
        article.title = first.lines[0]
        article.drop(SourceBlock(first.line, first.lines[:1]), "header-title")
        if len(first.lines) > 1:
            rest.insert(0, SourceBlock(first.line + 1, first.lines[1:]))
    kept = []
    for index, block in enumerate(rest):
        if index >= HEADER_ZONE or not _header_block(block, article):
            kept.append(block)
    return kept


def _header_block(block: SourceBlock, article: _Article) -> bool:
    """Move one header block into the metadata; False when it is not header matter."""
    category = wab.boilerplate_category(block)
    if category == "publication-line":
        article.pub_date = article.pub_date or wab.trailing_date(block.text)
        article.drop(block, category)
        return True
    if wab.is_reviewed_book(block):
        article.notes.append("Review of: " + "; ".join(block.lines) + ".")
        article.drop(block, "header-reviewed-books")
        article.applied.add("reviewed")
        return True
    if not article.authors and wab.is_byline(block) and not _looks_like_heading_only(block):
        article.authors.extend(wab.byline_authors(block.text))
        article.notes.append(f"Byline: {block.text}.")
        article.drop(block, "header-byline")
        return True
    return False


def _looks_like_heading_only(block: SourceBlock) -> bool:
    """A byline needs a "By" or several names; a short two-word line is a heading."""
    return not wab.BYLINE_PREFIX.match(block.text) and len(block.text.split()) < 4


def _read_block(block: SourceBlock, previous: str, article: _Article) -> str:
    """Add one body block to the article; returns its text (for quotation introductions)."""
    category = wab.boilerplate_category(block) or (
        "teaser-heading" if wab.is_teaser_start(block) else ""
    )
    if category:
        article.drop(block, category)
        return previous
    if any(wab.is_caption(line) for line in block.lines):
        _add_figure(block, article)
    elif wab.is_heading(block):
        article.open_section(block.text)
    elif (inner := wab.quoted_paragraph(block.text)) is not None:
        _add_quote(inner, block.line, article)
    elif wab.introduces_quotation(previous) and block.text[0] not in '“"':
        _add_quote(block.text, block.line, article)
    else:
        article.add(P(article.inlines(block.text, block.line)))
        article.report.count("paragraphs")
    return block.text


def _add_figure(block: SourceBlock, article: _Article) -> None:
    """A caption line becomes a figure; an image label repeating its start is dropped."""
    captions = [line for line in block.lines if wab.is_caption(line)]
    for offset, line in enumerate(block.lines):
        if wab.is_caption(line):
            continue
        if any(caption.startswith(line) for caption in captions):
            article.report.remove("image-label", block.line + offset, line)
        else:
            article.add(P((Text(line),)))
            article.report.count("paragraphs")
    for caption in captions:
        article.add(Figure(caption=(Text(caption),)))
        article.report.count("figures")
    article.applied.add("figures")


def _add_quote(text: str, line: int, article: _Article) -> None:
    article.add(Quote((P(article.inlines(text, line)),)))
    article.report.count("quotations")
    article.applied.add("quotations")


def shape_score(text: str) -> float:
    """Interface phrases, a share of short menu-like lines and a byline; a note apparatus or
    wiki traits count against."""
    f = shape.measure(text)
    score = 0.45 * shape.saturate(f.ui_lines, 4) + 0.35 * shape.saturate(f.menu_share, 0.3)
    score += 0.2 if f.byline else 0.0
    markers = max(f.bracket_markers, f.paren_markers, f.starred_markers, f.bare_labels)
    if f.list_entries >= 3 and markers >= 3:
        score -= 0.4
    return max(0.0, score - 0.2 * len(f.wiki_traits))


def evidence(text: str) -> list[str]:
    f = shape.measure(text)
    return [
        f"interface-phrase lines: {f.ui_lines}",
        f"short menu-like lines: {f.menu_share:.0%}",
        f"byline near the top: {'yes' if f.byline else 'no'}",
        f"note apparatus (counts against): {f.list_entries} list entries",
    ]
