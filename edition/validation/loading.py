"""Read and parse one file for validation, turning every way it can fail into one clear
diagnostic: unreadable, wrong encoding, external DTD, not well-formed, TEI P4, no TEI
namespace, not TEI at all."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ..diagnostics import Diagnostic, Severity
from ..xmlio import TEI_NS, safe_parser

DECLARED_ENCODING = re.compile(rb"^\s*<\?xml[^>]*encoding\s*=\s*[\"']([A-Za-z0-9._-]+)[\"']")
EXTERNAL_DTD = re.compile(rb"<!DOCTYPE\s+([\w.:-]+)\s+(?:SYSTEM|PUBLIC)\s+(\"[^\"]*\"|'[^']*')")


@dataclass
class Loaded:
    """A parsed tree (or None) and the diagnostics found while loading it."""

    tree: etree._ElementTree | None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    data: bytes = b""


def _diag(
    path: Path,
    line: int,
    col: int,
    code: str,
    message: str,
    hint: str = "",
    severity: Severity = Severity.ERROR,
) -> Diagnostic:
    return Diagnostic(str(path), max(line, 1), max(col, 1), severity, code, message, hint)


def _position(data: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of a byte offset."""
    line = data.count(b"\n", 0, offset) + 1
    start = data.rfind(b"\n", 0, offset) + 1
    return line, len(data[start:offset].decode("utf-8", "replace")) + 1


# "<" (or "<?") in UTF-16 without a byte order mark: the parser detects these, as `build` does.
UTF16_WITHOUT_BOM = (b"<\x00?\x00", b"\x00<\x00?")


def check_encoding(path: Path, data: bytes) -> Diagnostic | None:
    """A file declared (or defaulting to) UTF-8 whose bytes are not UTF-8."""
    match = DECLARED_ENCODING.match(data)
    declared = match.group(1).decode("ascii").lower() if match else "utf-8"
    if declared.replace("_", "-") not in ("utf-8", "utf8") or data.startswith(
        (b"\xff\xfe", b"\xfe\xff", *UTF16_WITHOUT_BOM)
    ):
        return None  # UTF-16 is recognised by its first bytes (XML 1.0, appendix F)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, col = _position(data, exc.start)
        byte = data[exc.start]
        guess = "Windows-1252" if _is_cp1252(data) else "another encoding"
        return _diag(
            path,
            line,
            col,
            "encoding",
            f"byte 0x{byte:02X} is not UTF-8, but the file declares (or defaults to) UTF-8; "
            f"it looks like {guess}",
            "re-save the file as UTF-8, or declare its real encoding, e.g. "
            '<?xml version="1.0" encoding="windows-1252"?>',
        )
    return None


def _is_cp1252(data: bytes) -> bool:
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True


def _syntax_error(path: Path, data: bytes, exc: etree.XMLSyntaxError) -> Diagnostic:
    line, col = exc.position if exc.position else (exc.lineno or 1, 1)
    message = (exc.msg or str(exc)).split(", line ")[0]
    dtd = EXTERNAL_DTD.search(data[:4096])
    if dtd and "Entity" in message and "not defined" in message:
        return _diag(
            path,
            line,
            col,
            "external-dtd",
            f"{message}: the entity is declared in the external DTD "
            f"{dtd.group(2).decode(errors='replace')}, which edition never loads",
            "replace the entity with the character it stands for, or declare it in "
            "the internal subset",
        )
    duplicate = re.match(r"ID (\S+) already defined", message)
    if duplicate:
        return _diag(
            path,
            line,
            col,
            "id-duplicate",
            f'xml:id "{duplicate.group(1)}" is used twice in this file',
            "give each element its own xml:id",
        )
    if not data.strip():
        message, hint = "the file is empty", "a TEI document needs at least a <TEI> element"
    elif "Start tag expected" in message and line <= 1:
        hint = "this is not an XML file: pass the TEI (.xml) files"
    elif line >= data.rstrip().count(b"\n") + 1:
        hint = "the file ends in the middle of the document (truncated?): restore its end"
    else:
        hint = "fix the markup at this position"
    return _diag(path, line, col, "not-well-formed", message, hint)


def check_root(path: Path, root: etree._Element) -> Diagnostic | None:
    """P4, missing namespace, or a root that is not TEI."""
    line = root.sourceline or 1
    qname = etree.QName(root)
    if qname.localname == "TEI.2":
        return _diag(
            path,
            line,
            1,
            "tei-p4",
            "this is a TEI P4 document (root <TEI.2>); edition validates TEI P5",
            "convert it with the TEI Consortium's p4top5.xsl",
        )
    if qname.localname in ("TEI", "teiCorpus") and qname.namespace != TEI_NS:
        found = f"namespace {qname.namespace}" if qname.namespace else "no namespace"
        return _diag(
            path,
            line,
            1,
            "no-tei-namespace",
            f"root <{qname.localname}> is in {found}, not the TEI namespace",
            f'add xmlns="{TEI_NS}" to the root element',
        )
    if qname.namespace != TEI_NS or qname.localname not in ("TEI", "teiCorpus"):
        return _diag(
            path,
            line,
            1,
            "not-tei",
            f"root element is <{qname.localname}>"
            f"{' in ' + qname.namespace if qname.namespace else ''}, not a TEI document",
            f'a TEI P5 document starts with <TEI xmlns="{TEI_NS}">',
        )
    return None


def undeclared_entities(
    path: Path, root: etree._Element, dtd: str, data: bytes = b""
) -> list[Diagnostic]:
    """Entity references left unexpanded because only the external DTD declares them."""
    out = []
    lines = data.split(b"\n")
    for entity in root.iter(etree.Entity):
        parent = entity.getparent()
        line = entity.sourceline or (parent.sourceline if parent is not None else 1) or 1
        text = lines[line - 1] if line <= len(lines) else b""
        col = text.find(entity.text.encode()) + 1 or 1
        out.append(
            _diag(
                path,
                line,
                col,
                "external-dtd",
                f"entity {entity.text} is declared only in the external DTD {dtd}, "
                "which edition never loads",
                "replace the entity with the character it stands for",
            )
        )
    return out


def load(path: Path) -> Loaded:
    """Read, check and parse `path`; tree is None when it cannot be validated further."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Loaded(None, [_diag(path, 1, 1, "unreadable", f"cannot read file: {exc.strerror}")])
    encoding = check_encoding(path, data)
    if encoding:
        return Loaded(None, [encoding], data)
    try:
        root = etree.fromstring(data, safe_parser(), base_url=str(path))
    except etree.XMLSyntaxError as exc:
        return Loaded(None, [_syntax_error(path, data, exc)], data)
    loaded = Loaded(root.getroottree(), [], data)
    problem = check_root(path, root)
    if problem:
        loaded.tree = None
        loaded.diagnostics.append(problem)
    elif dtd := EXTERNAL_DTD.search(data[:4096]):
        entities = undeclared_entities(path, root, dtd.group(2).decode(errors="replace"), data)
        loaded.diagnostics.extend(
            entities
            or [
                _diag(
                    path,
                    *_position(data, dtd.start()),
                    "external-dtd",
                    "the document declares an external DTD, which edition does not load "
                    "(defaults and entities from it are not applied)",
                    "remove the DOCTYPE declaration; TEI P5 is validated with RELAX NG",
                    Severity.WARNING,
                )
            ]
        )
    return loaded


class SourceLines:
    """The raw lines of a file, to give an element's diagnostics the column of its tag."""

    def __init__(self, data: bytes) -> None:
        self.lines = data.split(b"\n")

    def column(self, element: object) -> int:
        """1-based column of `<name` of the element on its line (1 when not found)."""
        if not isinstance(element, etree._Element) or not element.sourceline:
            return 1
        if element.sourceline > len(self.lines):
            return 1
        qname = etree.QName(element)
        tag = f"{element.prefix}:{qname.localname}" if element.prefix else qname.localname
        text = self.lines[element.sourceline - 1]
        match = re.search(rb"<" + re.escape(tag.encode()) + rb"[\s/>]", text)
        return len(text[: match.start()].decode("utf-8", "replace")) + 1 if match else 1
