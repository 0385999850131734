"""Book text extracted from PDF (pdf-text).

Shape: hard line breaks inside paragraphs, words hyphenated across lines, ligature characters,
page-number lines and running heads at page turns (pages whose number was lost start with a line
indented by one space), chapter numbers and titles, an epigraph and preface before the first
chapter, back matter (epilogue, note on sources), block quotations closed by a blank line, and
"*"/"†" footnotes whose bodies sit at the page foot, often spliced into the last text line.
"""

from __future__ import annotations

import re
from collections import Counter

from ..model import Div, Document, Metadata, P, PageBreak, Quote, Text, inline_text
from ..report import Report
from . import pdf_text_detect as page_detect
from . import pdf_text_endnotes as endnotes
from . import pdf_text_footnotes as footnotes
from . import pdf_text_layout as layout
from . import pdf_text_pages as paged
from .note_resolver import orphan_notes
from .pdf_text_hyphens import Vocabulary
from .pdf_text_layout import chapter_of
from .pdf_text_structure import Builder, Section, join_lines, title_case
from .pdf_text_title import title_page

LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
FRONT_TYPES = {
    "preface": "preface",
    "foreword": "foreword",
    "introduction": "introduction",
    "acknowledgments": "acknowledgments",
    "prologue": "prologue",
}
BACK_TYPES = {
    "epilogue": "epilogue",
    "note on sources": "sources",
    "afterword": "afterword",
    "acknowledgments": "acknowledgments",
    "bibliography": "bibliography",
    "sources": "sources",
    "appendix": "appendix",
}
EPIGRAPH_WORDS = 60
NORMALIZATIONS = {
    "ligatures": "Ligatures (ﬁ, ﬂ, ﬀ, ﬃ, ﬄ) expanded to their letters.",
    "lines": "Line breaks inside paragraphs removed; paragraphs found from the line layout "
    "(a short line closing a sentence ends one).",
    "hyphens": "Words hyphenated across lines joined, keeping hyphens of compounds (decided by "
    "the document's own vocabulary).",
    "pages": "Page numbers and running heads replaced by page breaks (pb) with the running head "
    "kept in fw; numbers of pages whose number was lost counted from their neighbours.",
    "footnotes": "Footnote bodies moved from the page foot to their markers, and text they "
    "interrupted rejoined.",
    "quotes": "Passages set off by a blank line encoded as block quotations.",
}
SIGNALS = (
    (re.compile(r"(?m)^\d{1,3}\n\n[a-z][a-z ]+$"), 0.35),  # page number, then running head
    (re.compile(r"(?m)^ [a-z]"), 0.15),  # page start indented by one space, mid-sentence
    (re.compile(r"[a-z][*†][A-Z]"), 0.2),  # footnote body spliced into a word
    (re.compile(r"(?m)^[*†][A-Z]"), 0.1),  # footnote body at a line start
    (re.compile(r"[a-z]-\n[a-z]"), 0.1),  # line-break hyphenation
    (re.compile("[ﬁﬂﬀﬃﬄ]"), 0.1),
)


def sniff(text: str) -> float:
    """The better of the page features (page-number sequences, form feeds, running heads, line
    measure) and the layout signals (page number then running head, one-space page starts,
    spliced footnotes)."""
    sample = text[:200_000]
    score = sum(weight for pattern, weight in SIGNALS if pattern.search(sample))
    if re.search(r"(?m)^\[\d+\]|^\(\d+\) ", sample):  # numbered note lists belong to web formats
        score -= 0.3
    return max(0.0, min(max(score, page_detect.score(text)), 1.0))


def evidence(text: str) -> list[str]:
    """What the score rests on."""
    return page_detect.evidence(text)


def normalize_ligatures(text: str, report: Report) -> tuple[str, bool]:
    count = sum(text.count(char) for char in LIGATURES)
    for char, letters in LIGATURES.items():
        text = text.replace(char, letters)
    report.count("ligatures", count)
    return text, bool(count)


def read(text: str, report: Report) -> Document:
    """The book as a Document: epigraph and preface in front, chapters, back matter."""
    text, had_ligatures = normalize_ligatures(text, report)
    endnote_lists = None
    if paged.has_pages(text):
        lines, pages = paged.scan(text, report)
        lines, endnote_lists = endnotes.extract(lines, report)
    else:
        lines, pages = layout.scan(text.replace("\f", "\n"), report)
    if not lines:
        report.warn(
            1,
            "no-text",
            "no text found",
            "check that the PDF extraction produced text (a scanned PDF needs OCR first)",
        )
    text_lines, notes = footnotes.extract(lines, report)
    vocab = Vocabulary(_vocabulary_lines(text_lines, notes))
    footnotes.resolve(text_lines, notes, report)
    sections = Builder(pages, notes, vocab, report).run(text_lines)
    if endnote_lists:
        endnotes.link(sections, endnote_lists, report)
    front, body, back = _arrange(sections)
    back += _orphan_division(notes, vocab)
    back += orphan_notes(endnote_lists) if endnote_lists else []  # an uncited entry is kept
    features = {"lines", "hyphens", "quotes"} | ({"ligatures"} if had_ligatures else set())
    features |= {"pages"} if len(pages) > 1 else set()
    features |= {"footnotes"} if notes.bodies else set()
    cover = title_page(text) if paged.has_pages(text) else ("", "")
    meta = _metadata(pages, sections, features, cover)
    report.count("pages", len(pages))
    return Document(meta, tuple(body), tuple(front), tuple(back))


def _vocabulary_lines(lines: list[layout.Line], notes: footnotes.Footnotes) -> list[str]:
    """Running text and note bodies; a line cut by a spliced note counts as broken (its last
    word and the next line's first word are fragments, not words)."""
    texts = [line.text + "-" if line.kind == "spliced" else line.text for line in lines]
    return texts + [part for body in notes.bodies for part in body.parts]


def _arrange(sections: list[Section]) -> tuple[list[Div], list[Div], list[Div]]:
    """Sections before the first chapter go to the front, named back matter after it; a few
    short lines before the first heading are the book's epigraph, a front division of its own
    (it has its own page, before the preface or first chapter)."""
    opening, *rest = sections
    lead = list(opening.blocks)
    epigraph = _epigraph(lead) if rest else None
    front: list[Div] = [Div(epigraph, type="epigraph")] if epigraph else []
    body: list[Div] = [] if epigraph or not lead else [Div(tuple(lead), type="chapter")]
    back: list[Div] = []
    chapter = 0
    numbered = any("." in section.n for section in rest)  # "4.1": the book numbers its own
    for section in rest:
        name = section.head.lower()
        blocks = tuple(section.blocks)
        if not body and name in FRONT_TYPES:
            front.append(Div(blocks, (Text(section.head),), FRONT_TYPES[name]))
        elif body and name in BACK_TYPES:
            back.append(Div(blocks, (Text(section.head),), BACK_TYPES[name]))
        elif section.type:  # a part: its number runs apart from the chapters'
            body.append(Div(blocks, (Text(section.head),), section.type, section.n))
        else:
            chapter = chapter_of(section.n, chapter) if section.n else chapter + 1
            # "4.1.1" is inside chapter 4, and so is a heading without a number among them
            kind = "section" if "." in section.n or (numbered and not section.n) else "chapter"
            n = section.n or ("" if numbered else str(chapter))  # no number the book lacks
            body.append(Div(blocks, (Text(section.head),), kind, n))
    return front, body, back


def _epigraph(blocks: list) -> tuple | None:
    """Short paragraphs before the first heading as an epigraph (page break kept before it);
    a last paragraph opened by a dash is its attribution. None when the text is longer."""
    paragraphs = [block for block in blocks if isinstance(block, P)]
    texts = [inline_text(p.children).strip() for p in paragraphs]
    if (
        not paragraphs
        or len(paragraphs) + sum(isinstance(b, PageBreak) for b in blocks) != len(blocks)
        or sum(len(t.split()) for t in texts) > EPIGRAPH_WORDS
    ):
        return None
    source: tuple = ()
    if len(texts) > 1 and texts[-1].startswith(("—", "–", "-")):
        source, texts = (Text(texts[-1].lstrip("—–- ")),), texts[:-1]
    breaks = tuple(block for block in blocks if isinstance(block, PageBreak))
    return (*breaks, Quote(tuple(P((Text(t),)) for t in texts), source, kind="epigraph"))


def _orphan_division(notes: footnotes.Footnotes, vocab: Vocabulary) -> list[Div]:
    used = {id(body) for body in notes.resolved.values()}
    orphans = [body for body in notes.bodies if id(body) not in used]
    if not orphans:
        return []
    paragraphs = tuple(P((Text(f"{b.symbol} {join_lines(b.parts, vocab)}"),)) for b in orphans)
    return [Div(paragraphs, (Text("Unreferenced footnotes"),), "orphan-notes")]


def _metadata(
    pages: list[layout.Page],
    sections: list[Section],
    features: set[str],
    title_page: tuple[str, str] = ("", ""),
) -> Metadata:
    """The title and author printed on the title page (form-feed pages); else the running head
    of left-hand (even) pages; failing that, the most frequent running head that is not a
    section title."""
    section_heads = {section.head.lower() for section in sections}
    even = Counter(
        p.running_head
        for p in pages
        if p.running_head
        and p.label.isdigit()
        and int(p.label) % 2 == 0
        and p.running_head not in section_heads
    )
    other = Counter(p.running_head for p in pages if p.running_head not in section_heads)
    other.pop("", None)
    best = even or other
    title = title_case(best.most_common(1)[0][0]) if best else "Untitled book"
    title = title_page[0] or title
    return Metadata(
        title=title,
        authors=tuple(title_page[1].split(", ")) if title_page[1] else (),
        source_title=title,
        source_note="Book text extracted from a PDF (page layout, running heads and "
        "footnotes as printed).",
        normalizations=tuple(NORMALIZATIONS[key] for key in NORMALIZATIONS if key in features),
    )
