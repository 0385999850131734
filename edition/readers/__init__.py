"""Reader registry: format names map to reader modules; detection picks one by sniffing.

Every reader module exposes:

- ``read(text: str, report: Report) -> Document``: turn source text into the model, adding
  warnings (with line numbers) and removed boilerplate to ``report``;
- ``sniff(text: str) -> float``: how likely (0..1) the text is in this format, judged from
  general features of the shape (marker densities, note lists, page periodicity, short
  menu-like lines), never from one document's words;
- optionally ``evidence(text: str) -> list[str]``: short human-readable lines naming the
  features found and how strongly (shown by ``edition formats --explain FILE``).

Detection lives in ``detect.py``: the best score wins (the plain fallback below MIN_SCORE);
when the best two are closer than CLOSE_MARGIN a warning names ``--format``. To add a reader,
add a ReaderSpec below and give its module ``read`` and ``sniff`` (and ``evidence``).
"""

from __future__ import annotations

import difflib
import importlib
import re
from dataclasses import dataclass, replace
from pathlib import Path
from types import ModuleType

from ..errors import InputError, UnknownFormatError
from ..model import Document
from ..report import Report
from .detect import Detection, detect
from .docx.package import is_docx
from .ebook_frame import IN_EBOOK, EbookFrame, strip_ebook_frame
from .html.parsing import html_charset
from .page_anchors import log_anchors, page_anchors


@dataclass(frozen=True)
class ReaderSpec:
    name: str
    module: str
    description: str

    def load(self) -> ModuleType:
        return importlib.import_module(self.module)


READERS: dict[str, ReaderSpec] = {
    spec.name: spec
    for spec in (
        ReaderSpec(
            "endnotes-web",
            "edition.readers.read_endnotes_web",
            'web biography with "(N)" note markers, a References list and primary sources',
        ),
        ReaderSpec(
            "wiki-text",
            "edition.readers.read_wiki_text",
            'encyclopedia article in plain text with "[N]" notes, headings and bullet lists',
        ),
        ReaderSpec(
            "pdf-text",
            "edition.readers.read_pdf_text",
            'book text extracted from PDF: page numbers, running heads, "*" footnotes',
        ),
        ReaderSpec(
            "web-article",
            "edition.readers.read_web_article",
            "web article or book review with byline and site boilerplate",
        ),
        ReaderSpec(
            "html",
            "edition.readers.html",
            "saved web page (HTML): main content, metadata, linked or numbered notes",
        ),
        ReaderSpec(
            "docx",
            "edition.readers.docx",
            "Word document (.docx): footnotes, endnotes, comments, tracked changes, styles",
        ),
        ReaderSpec(
            "markdown",
            "edition.readers.markdown",
            "Markdown (CommonMark) with [^N] footnotes, tables and YAML front matter",
        ),
        ReaderSpec(
            "plain",
            "edition.readers.read_plain_text",
            "plain text: paragraphs separated by blank lines (the fallback)",
        ),
    )
}

FALLBACK = "plain"


def get_reader(name: str) -> ModuleType:
    """The reader module for `name`; unknown names list the known ones."""
    try:
        spec = READERS[name]
    except KeyError:
        close = difflib.get_close_matches(name, READERS, n=1)
        hint = f' Did you mean "{close[0]}"?' if close else ""
        known = ", ".join(sorted(READERS))
        raise UnknownFormatError(f'unknown format "{name}".{hint} Known formats: {known}') from None
    return spec.load()


def detect_format(text: str) -> str:
    """The best-scoring format for `text`, or the plain fallback when none is confident."""
    return detection(text).chosen


def detection(text: str) -> Detection:
    """Every reader's score and evidence for `text`, the chosen format and any warning. An
    e-book (its preamble's START line) that reads most like a web article is read as a book
    saved from the web (endnotes-web: chapters, contents, notes), never as an article."""
    text, frame = strip_ebook_frame(text, Report(""))
    found = detect(text, ((name, get_reader(name)) for name in READERS), FALLBACK)
    if frame is not None and found.chosen == "web-article":
        note = f"an e-book's preamble (its START line): read as a book saved from the web, {BOOK_FORMAT}"
        return replace(found, chosen=BOOK_FORMAT, warning=None, note=note)
    return found


BOOK_FORMAT = "endnotes-web"  # the reader of books saved from the web


def read_source(path: str | Path, report: Report, format: str | None = None) -> Document:
    """Read one source file with the named reader, or the detected one."""
    path = Path(path)
    data = source_bytes(path)
    if format == "docx" or format is None and is_docx(data):
        document = get_reader("docx").read_bytes(data, report)
        return Document(document.meta, document.body, document.front, document.back, "docx")
    return read_text(decode_bytes(data, path), report, text_format(path, format))


def text_format(path: Path, format: str | None) -> str | None:
    """The reader a text source names (its option or its extension); None: detect it."""
    return format or SUFFIX_FORMATS.get(path.suffix.lower())


def read_text(text: str, report: Report, name: str | None = None) -> Document:
    """Read decoded source text with the named reader, or the one detection chooses."""
    text = strip_control_characters(text, report, keep_form_feeds=True)
    text, frame = strip_ebook_frame(text, report)
    text, soft_hyphens = strip_soft_hyphens(text, report)
    text, spaced_markers = bracket_spaced_markers(text, report)
    if name is None:
        found = detection(text)
        name = BOOK_FORMAT if frame is not None and found.chosen == "web-article" else found.chosen
        if found.warning and name == found.chosen:
            report.warn(1, "format-uncertain", found.warning, f"add --format {name} to confirm")
    if name != "pdf-text":  # only the PDF reader reads form feeds (page ends)
        text = text.replace("\f", "\n")
    framed = IN_EBOOK.set(frame is not None)
    try:
        document = _with_frame(page_anchors(get_reader(name).read(text, report), report), frame)
    finally:
        IN_EBOOK.reset(framed)
    if soft_hyphens:
        document = _normalized(document, SOFT_HYPHENS_NOTE.format(soft_hyphens))
    if spaced_markers:
        document = _normalized(document, SPACED_MARKERS_NOTE.format(spaced_markers))
    if report.counts["page-breaks"] and name != "pdf-text":
        log_anchors(text, report)
    if frame is not None and frame.title:  # the e-book's preamble titled it
        report.diagnostics[:] = [d for d in report.diagnostics if d.code != "no-title"]
    if not text.strip() and not any(d.code == "no-text" for d in report.diagnostics):
        report.warn(1, "no-text", "no text found: the file is empty", "check the source file")
    return Document(document.meta, document.body, document.front, document.back, format=name)


SOFT_HYPHEN = "\u00ad"
SOFT_HYPHENS_NOTE = "Soft hyphens (U+00AD, invisible hyphenation points) removed: {}."


def strip_soft_hyphens(text: str, report: Report) -> tuple[str, int]:
    """Text without soft hyphens, which web pages sprinkle through words ("Ab\u00adschläge")
    so that a browser may break them: invisible, they would split words, names and headings."""
    count = text.count(SOFT_HYPHEN)
    if count:
        report.count("soft-hyphens", count)
    return (text.replace(SOFT_HYPHEN, ""), count) if count else (text, 0)


SPACED_MARKERS_NOTE = (
    "Note numbers set between no-break spaces (superscripts saved as text) read as bracketed "
    'markers "[N]" and note labels: {}.'
)
# A note number between no-break spaces: a superscript a browser saved as text (" 12 ").
_SPACED_NUMBER = re.compile(r"\u00a0(\d{1,3})\u00a0")
_SPACED_LABEL = re.compile(r"(?m)^[ \t]*\u00a0\d{1,3}\u00a0[ \t]*$")
MIN_SPACED_LABELS = 3  # label lines that make the convention (a number alone is no evidence)


def bracket_spaced_markers(text: str, report: Report) -> tuple[str, int]:
    """Text whose notes are numbers between no-break spaces, in the text and alone on the
    label line above each body, with those numbers written "[N]" so that every reader knows
    them; unchanged when fewer than MIN_SPACED_LABELS label lines say that is the convention."""
    if len(_SPACED_LABEL.findall(text)) < MIN_SPACED_LABELS:
        return text, 0
    text, count = _SPACED_NUMBER.subn(r"[\1]", text)
    report.count("spaced-note-numbers", count)
    return text, count


def _normalized(document: Document, note: str) -> Document:
    """`document` with one more normalization declared in its header."""
    meta = replace(document.meta, normalizations=(*document.meta.normalizations, note))
    return replace(document, meta=meta)


def _with_frame(document: Document, frame: EbookFrame | None) -> Document:
    """The e-book's own title and author win over what the reader took for them."""
    if frame is None or not frame.title:
        return document
    meta = replace(
        document.meta,
        title=frame.title,
        source_title=frame.title,
        authors=frame.authors if frame.fields.get("Author") else document.meta.authors,
    )
    return replace(document, meta=meta)


# Extensions that state a markup format outright (detection by content decides the rest).
SUFFIX_FORMATS = {".html": "html", ".htm": "html", ".xhtml": "html", ".md": "markdown",
                  ".markdown": "markdown"}  # fmt: skip


def source_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot read source: {exc.strerror}") from None


def decode_source(path: Path) -> str:
    """Source text as str: UTF-8 (with or without BOM), else a clear error."""
    return decode_bytes(source_bytes(path), path)


def decode_bytes(data: bytes, path: Path) -> str:
    """UTF-8 (with or without BOM); for markup that is not UTF-8, the charset it declares or
    windows-1252 (as browsers read it); else an error."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        declared = html_charset(data) or ("cp1252" if data.lstrip()[:1] == b"<" else "")
        if declared:  # what a browser does: the declared charset, else windows-1252
            return data.decode(declared, errors="replace").replace("\r\n", "\n")
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            path, "not UTF-8 text; re-save the file as UTF-8 and convert again", line
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_NOT_XML_KEEP_PAGES = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffe\uffff]")


def strip_control_characters(text: str, report: Report, keep_form_feeds: bool = False) -> str:
    """Remove characters XML 1.0 cannot hold, warning once with the first line they occur on
    (form feeds, page ends of PDF text, kept when asked: the PDF reader reads them)."""
    pattern = _NOT_XML_KEEP_PAGES if keep_form_feeds else _NOT_XML
    found = pattern.search(text)
    if not found:
        return text
    count = len(pattern.findall(text))
    line = text.count("\n", 0, found.start()) + 1
    report.warn(
        line,
        "control-character",
        f"removed {count} control character(s) that XML cannot contain",
        "they are not text; check the source was exported correctly",
    )
    return pattern.sub("", text)
