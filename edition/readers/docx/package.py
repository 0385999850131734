"""A Word (.docx) file opened as what it is: a zip of OOXML parts, read safely.

Only the parts the reader needs are parsed (with the project's safe XML parser), each refused
when its uncompressed size is absurd (a zip bomb); nothing outside the zip is ever opened.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from dataclasses import dataclass, field

from lxml import etree

from ...errors import ReaderError
from ...xmlio import parse_bytes

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
V = "urn:schemas-microsoft-com:vml"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
NS = {"w": W, "r": R, "a": A, "v": V}
MAX_PART = 200 * 1024 * 1024
DOCUMENT = "word/document.xml"


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def is_docx(data: bytes) -> bool:
    """A zip whose entries include word/document.xml (checked without extracting)."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return DOCUMENT in archive.namelist()
    except zipfile.BadZipFile:
        return False


@dataclass
class Package:
    """The parsed parts of one .docx: document, notes, comments, styles, numbering, links."""

    document: etree._Element
    parts: dict[str, etree._Element] = field(default_factory=dict)
    links: dict[str, str] = field(default_factory=dict)  # relationship id -> target

    def part(self, name: str) -> etree._Element | None:
        return self.parts.get(name)


def open_package(data: bytes, path: str = "<docx>") -> Package:
    """Parse a .docx's parts; a damaged zip is a ReaderError naming the file."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise ReaderError(path, "not a valid .docx (damaged zip); re-save it from Word") from None
    with archive:
        names = set(archive.namelist())
        if DOCUMENT not in names:
            raise ReaderError(path, "zip file without word/document.xml: not a Word document")
        read = lambda name: _read_part(archive, name, path)
        package = Package(read(DOCUMENT))
        for name in ("footnotes", "endnotes", "comments", "styles", "numbering"):
            if f"word/{name}.xml" in names:
                package.parts[name] = read(f"word/{name}.xml")
        if "docProps/core.xml" in names:
            package.parts["core"] = read("docProps/core.xml")
        rels = "word/_rels/document.xml.rels"
        if rels in names:
            package.links = _relationships(read(rels))
    return package


def _read_part(archive: zipfile.ZipFile, name: str, path: str) -> etree._Element:
    info = archive.getinfo(name)
    if info.file_size > MAX_PART:
        raise ReaderError(path, f"{name} is {info.file_size} bytes uncompressed; refusing")
    return parse_bytes(archive.read(name), f"{path}!{name}").getroot()


def _relationships(root: etree._Element) -> dict[str, str]:
    """Relationship id -> target; internal targets made relative to the zip root
    ("media/image1.png" -> "word/media/image1.png" is kept as Word wrote it: "media/...")."""
    links: dict[str, str] = {}
    for rel in root.iter(f"{{{PKG_REL}}}Relationship"):
        target = rel.get("Target", "")
        if rel.get("TargetMode") != "External":
            target = posixpath.normpath(target)
        links[rel.get("Id", "")] = target
    return links
