"""Structure of PDF-extracted text: sections from headings, paragraphs from the line layout.

Lines of a paragraph are joined (hyphens at line ends resolved, text cut by a spliced footnote
rejoined); a paragraph ends after a short line closing a sentence; a blank line inside the text
closes a block quotation (set off by space in the book), which may take back paragraphs whose
start was only inferred (see pdf_text_quotes for where it starts); page breaks sit inline where the page
turns, or between blocks when the page turns at a paragraph start.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Block, Inline, Note, P, PageBreak, Quote, Text
from ..report import Report
from .pdf_text_footnotes import PLACEHOLDER, Footnotes
from .pdf_text_hyphens import FIRST_WORD, LINE_END_HYPHEN, Vocabulary
from .pdf_text_layout import Line, Page, chapter_of, page_break
from .pdf_text_quotes import SENTENCE_END, SHORT_LINE, is_glued, last_line_length, quotation_start

ROOM = 62  # characters a printed line holds (justified lines run 54-66)
LAST_WORD = re.compile(r"[^\W\d_]+$")
SMALL_WORDS = {"a", "an", "and", "of", "on", "the", "in", "to", "for"}


@dataclass
class Section:
    head: str = ""
    n: str = ""
    type: str = ""  # "part" for a division above the chapters; else the arrangement decides
    blocks: list[Block] = field(default_factory=list)


def title_case(text: str) -> str:
    """Small-capital heads come out lower-cased: "note on sources" -> "Note on Sources",
    "a. the history" -> "A. The History"."""
    if not text.islower():
        return text
    words = text.split()
    first = 1 if re.match(r"^[a-z]\.$", words[0]) and len(words) > 1 else 0  # "a. the history"
    return " ".join(
        w if (k > first and w in SMALL_WORDS) else w[:1].upper() + w[1:]
        for k, w in enumerate(words)
    )


class Builder:
    """Turns the stream of text lines into sections of blocks."""

    def __init__(self, pages: list[Page], notes: Footnotes, vocab: Vocabulary, report: Report):
        self.pages, self.notes, self.vocab, self.report = pages, notes, vocab, report
        self.sections: list[Section] = [Section()]
        self.lines: list[Line] = []
        self.previous: Line | None = None
        self.chapter = 0
        self.pending_n = ""
        self.pending_type = ""
        self.pending_break: Line | None = None
        self.soft_start = False  # the open paragraph's start was inferred, not seen
        self.closed: list[tuple[Block, list[Line], bool]] = []  # paragraphs, lines, soft start

    def run(self, lines: list[Line]) -> list[Section]:
        for line in lines:
            HANDLERS.get(line.kind, Builder._text)(self, line)
        self._close_paragraph()
        return self.sections

    # ----------------------------------------------------------------------- headings

    def _number(self, line: Line) -> None:
        self._close_paragraph()
        self.pending_n = line.text.strip().rstrip(".")
        self.pending_type = ""
        self.pending_break = line if line.page_start else None

    def _part_number(self, line: Line) -> None:
        """ "part II": the next heading titles a part, numbered apart from the chapters."""
        kind, number = line.text.split(maxsplit=1)  # "part TWENTY ONE"
        self._number(Line(line.no, number, line.page, line.page_start))
        self.pending_type = kind

    def _heading(self, line: Line) -> None:
        self._close_paragraph()
        start = self.pending_break or (line if line.page_start else None)
        if self.pending_n and not self.pending_type:
            self.chapter = chapter_of(self.pending_n, self.chapter)
        section = Section(title_case(line.text), self.pending_n, type=self.pending_type)
        if start is not None:
            section.blocks.append(page_break(self.pages, start.page))
        self.sections.append(section)
        self.pending_n, self.pending_type, self.pending_break = "", "", None
        self.previous = None
        self.closed = []  # a quotation never runs back into an earlier section
        self.report.count("headings")

    # -------------------------------------------------------------------------- text

    def _text(self, line: Line) -> None:
        start = "hard" if self.previous is None else self._paragraph_break(line)
        if start:
            self._close_paragraph(quote=line.blank_before)
            self.soft_start = start == "soft"
            if line.page_start and not (self.previous is None and self._section_opened()):
                self.sections[-1].blocks.append(page_break(self.pages, line.page))
            line = Line(line.no, line.text, line.page, False, line.blank_before, line.kind)
        self.lines.append(line)
        self.previous = line

    def _section_opened(self) -> bool:
        blocks = self.sections[-1].blocks
        return len(blocks) == 1 and isinstance(blocks[0], PageBreak)

    def _paragraph_break(self, line: Line) -> str:
        """Whether the line starts a paragraph: "hard" when the layout shows it (a blank line,
        a short line closing a sentence), "soft" when it is only inferred (the next word would
        have fitted, or a glued line's short last line is estimated), "" when it runs on."""
        previous = self.previous
        if line.blank_before:
            return "hard"
        if previous.kind == "spliced" or previous.text.endswith("-"):
            return ""
        if not SENTENCE_END.search(previous.text):
            return ""
        last = last_line_length(previous.text)
        word = line.text.split(maxsplit=1)[0] if line.text.strip() else ""
        # the next line's first word would have fitted on a line closing a sentence: it was
        # left short on purpose
        fits = last + 1 + len(word) <= ROOM and word[:1].isupper()
        if last < SHORT_LINE:
            return "soft" if is_glued(previous.text) else "hard"
        return "soft" if fits else ""

    def _close_paragraph(self, quote: bool = False) -> None:
        lines, self.lines = self.lines, []
        if not lines:
            return
        blocks = self.sections[-1].blocks
        if quote:  # a blank line after it: the passage ends a quotation set off in the book
            lines, starts = self._absorb_soft_paragraphs(lines)
            split = quotation_start(lines)
            for begin, end in zip(starts, [*starts[1:], len(lines)]):
                if begin < split:  # prose before the quotation keeps its paragraphs
                    self._paragraph(lines[begin : min(end, split)])
            blocks.append(Quote((P(self._inlines(lines[split:])),)))
            self.report.count("block quotations")
        else:
            self._paragraph(lines)
            self.closed.append((blocks[-1], lines, self.soft_start))

    def _paragraph(self, lines: list[Line]) -> None:
        self.sections[-1].blocks.append(P(self._inlines(lines)))
        self.report.count("paragraphs")

    def _absorb_soft_paragraphs(self, lines: list[Line]) -> tuple[list[Line], list[int]]:
        """A quotation may run back over paragraph starts that were only inferred (a question
        ending a full line, a guessed glued line): take those paragraphs back so the
        quotation's start is searched in the whole passage. Returns the lines and where each
        paragraph taken back (and the closing passage) starts among them."""
        blocks = self.sections[-1].blocks
        soft, starts = self.soft_start, [0]
        while soft and self.closed and blocks and blocks[-1] is self.closed[-1][0]:
            _, earlier, soft = self.closed.pop()
            blocks.pop()
            self.report.count("paragraphs", -1)
            lines, starts = earlier + lines, [0] + [k + len(earlier) for k in starts]
        return lines, starts

    def _inlines(self, lines: list[Line]) -> tuple[Inline, ...]:
        parts: list[str | PageBreak] = []
        previous: Line | None = None
        for line in lines:
            if previous is None:
                parts += (
                    [page_break(self.pages, line.page), line.text]
                    if line.page_start
                    else [line.text]
                )
            else:
                self._join(parts, previous, line)
            previous = line
        out: list[Inline] = []
        for part in parts:
            out += [part] if isinstance(part, PageBreak) else self._text_and_notes(part)
        return tuple(_merge_text(out))

    def _join(self, parts: list[str | PageBreak], previous: Line, line: Line) -> None:
        """Append a line: a line-end hyphen or a spliced footnote decides the glue; a page
        turn goes after the first word when that word was broken across it."""
        last = parts[-1] if isinstance(parts[-1], str) else ""
        text, word, glue = line.text, FIRST_WORD.match(line.text), " "
        broken = LINE_END_HYPHEN.search(last)
        if word and broken:
            keep = self.vocab.keeps_hyphen(broken.group(1), word.group())
            parts[-1], glue = (last if keep else last[:-1]), ""
        elif word and previous.kind == "spliced" and LAST_WORD.search(last):
            joined = self.vocab.joins_splice(LAST_WORD.search(last).group(), word.group())
            glue = "" if joined else " "
        if not line.page_start:
            parts.append(glue + text)
            return
        cut = word.end() if word and not glue else 0
        parts += [glue + text[:cut], page_break(self.pages, line.page), text[cut:]]

    def _text_and_notes(self, text: str) -> list[Inline]:
        out: list[Inline] = []
        last = 0
        for match in PLACEHOLDER.finditer(text):
            out.append(Text(text[last : match.start()]))
            out.append(self._note(int(match.group(1))))
            last = match.end()
        out.append(Text(text[last:]))
        return out

    def _note(self, key: int) -> Inline:
        body = self.notes.resolved.get(key)
        if body is None:
            return Text(self.notes.unresolved.get(key, ""))
        self.report.count("notes")
        return Note(body.symbol, (Text(join_lines(body.parts, self.vocab)),), place=body.place)


def join_lines(lines: list[str], vocab: Vocabulary) -> str:
    """Lines of a note body as one text, line-end hyphens resolved like the running text."""
    text = ""
    for line in lines:
        word = FIRST_WORD.match(line)
        broken = LINE_END_HYPHEN.search(text)
        if text and broken and word:
            keep = vocab.keeps_hyphen(broken.group(1), word.group())
            text = (text if keep else text[:-1]) + line
        else:
            text = f"{text} {line}" if text else line
    return text


def _merge_text(nodes: list[Inline]) -> list[Inline]:
    merged: list[Inline] = []
    for node in nodes:
        if isinstance(node, Text) and merged and isinstance(merged[-1], Text):
            merged[-1] = Text(merged[-1].text + node.text)
        elif not (isinstance(node, Text) and not node.text):
            merged.append(node)
    return merged


HANDLERS = {
    "number": Builder._number,
    "section-number": Builder._number,  # "4.1.1", kept in the heading's text as well
    "part-number": Builder._part_number,
    "heading": Builder._heading,
    "text": Builder._text,
    "spliced": Builder._text,
}
