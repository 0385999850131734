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
    """A zip holding a Word main document (checked without extracting it)."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return main_document(archive) is not None
    except (zipfile.BadZipFile, ReaderError):
        return False


def main_document(archive: zipfile.ZipFile) -> str | None:
    """The main document part: the package's officeDocument relationship, else the usual
    word/document.xml."""
    names = set(archive.namelist())
    if "_rels/.rels" in names:
        rels = _read_part(archive, "_rels/.rels", "<docx>")
        for rel in rels.iter(f"{{{PKG_REL}}}Relationship"):
            if rel.get("Type", "").endswith("/officeDocument"):
                target = rel.get("Target", "").lstrip("/")
                if target in names:
                    return target
    return DOCUMENT if DOCUMENT in names else None


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
        document = main_document(archive)
        if document is None:
            raise ReaderError(path, "zip file without a Word main document: not a .docx")
        read = lambda name: _read_part(archive, name, path)
        package = Package(read(document))
        folder, name = posixpath.split(document)
        rels = posixpath.join(folder, "_rels", f"{name}.rels")
        types: dict[str, str] = {}
        if rels in archive.namelist():
            package.links, types = _relationships(read(rels), folder)
        for part in ("footnotes", "endnotes", "comments", "styles", "numbering"):
            target = types.get(part, posixpath.join(folder, f"{part}.xml"))
            if target in archive.namelist():
                package.parts[part] = read(target)
        if "docProps/core.xml" in archive.namelist():
            package.parts["core"] = read("docProps/core.xml")
    return package


def _read_part(archive: zipfile.ZipFile, name: str, path: str) -> etree._Element:
    info = archive.getinfo(name)
    if info.file_size > MAX_PART:
        raise ReaderError(path, f"{name} is {info.file_size} bytes uncompressed; refusing")
    return parse_bytes(archive.read(name), f"{path}!{name}").getroot()


def _relationships(root: etree._Element, folder: str) -> tuple[dict[str, str], dict[str, str]]:
    """Relationship id -> target as written (links, images: "media/image1.png"), and the
    zip path of each part by relationship type ("footnotes" -> "word/footnotes.xml")."""
    links: dict[str, str] = {}
    types: dict[str, str] = {}
    for rel in root.iter(f"{{{PKG_REL}}}Relationship"):
        target = rel.get("Target", "")
        if rel.get("TargetMode") != "External":
            target = posixpath.normpath(target)
            inside = (
                target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
            )
            types[rel.get("Type", "").rsplit("/", 1)[-1]] = posixpath.normpath(inside)
        links[rel.get("Id", "")] = target
    return links, types
