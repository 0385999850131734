"""Word documents (.docx), read directly from their OOXML parts with lxml.

Footnotes and endnotes are placed at their references, comments become notes of type
"comment", tracked insertions and deletions become `Added`/`Deleted`, headings come from the
paragraph styles (Heading 1-6, Title, or any style with an outline level), lists from the
numbering definitions, quotations from the Quote style or a left indent.
"""

from __future__ import annotations

from ...errors import ReaderError
from ...model import Document, Metadata
from ...report import Report
from ..outline import nest_sections
from .body import BodyReader
from .package import Package, is_docx, open_package, w
from .runs import RunReader
from .styles import read_styles

__all__ = ["evidence", "is_docx", "read", "read_bytes", "sniff"]
_DC = "http://purl.org/dc/elements/1.1/"
_DCTERMS = "http://purl.org/dc/terms/"


def sniff(text: str) -> float:
    """Text is never a .docx (a .docx is detected from its bytes by `is_docx`)."""
    return 0.0


def evidence(text: str) -> list[str]:
    return []


def read(text: str, report: Report) -> Document:
    raise ReaderError(report.path, "a .docx file is binary: convert the .docx file itself", 1)


def read_bytes(data: bytes, report: Report) -> Document:
    package = open_package(data, report.path)
    runs = RunReader(package, report)
    body_element = package.document.find(w("body"))
    reader = BodyReader(runs, read_styles(package))
    items = reader.blocks(body_element) if body_element is not None else []
    _log_unread(package, report)
    meta = _metadata(package, reader.title)
    report.count("notes", runs.numbers["foot"] + runs.numbers["end"])
    report.count("comments", runs.numbers["comment"])
    return Document(meta, nest_sections(items))


_MATH = "http://schemas.openxmlformats.org/officeDocument/2006/math"
_UNREAD = {w("txbxContent"): "text box", f"{{{_MATH}}}oMath": "equation"}


def _log_unread(package: Package, report: Report) -> None:
    """Log what the reader leaves out: text boxes and equations (with their text)."""
    for tag, category in _UNREAD.items():
        for element in package.document.iter(tag):
            text = " ".join(t.text or "" for t in element.iter(w("t"), f"{{{_MATH}}}t")).strip()
            report.remove(category, 1, text or f"({category} without text)")


def _metadata(package: Package, title: str) -> Metadata:
    core = package.part("core")

    def first(namespace: str, name: str) -> str:
        found = core.find(f"{{{namespace}}}{name}") if core is not None else None
        return (found.text or "").strip() if found is not None else ""

    creator = first(_DC, "creator")
    return Metadata(
        title=first(_DC, "title") or title or "Untitled",
        authors=(creator,) if creator else (),
        pub_date=first(_DCTERMS, "created")[:10],
        language=(first(_DC, "language") or "en").split("-")[0].lower() or "en",
    )
