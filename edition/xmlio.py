"""Safe XML parsing and atomic writes: the only place files are parsed or written."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from lxml import etree

from .errors import InputError

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
NSMAP = {"tei": TEI_NS}


def safe_parser(*, remove_blank_text: bool = False) -> etree.XMLParser:
    """A parser that never loads DTDs, resolves external entities, touches the network
    or expands entity bombs."""
    return etree.XMLParser(
        resolve_entities=False,
        load_dtd=False,
        dtd_validation=False,
        no_network=True,
        huge_tree=False,
        remove_blank_text=remove_blank_text,
        remove_comments=False,
    )


def parse_bytes(data: bytes, path: str | Path = "<string>") -> etree._ElementTree:
    """Parse XML bytes safely; raise InputError naming the file and line on failure."""
    try:
        root = etree.fromstring(data, safe_parser(), base_url=str(path))
    except etree.XMLSyntaxError as exc:
        line = exc.lineno or (exc.position[0] if exc.position else None)
        message = exc.msg or str(exc)
        raise InputError(path, f"not well-formed XML: {message}; fix the markup", line) from None
    return root.getroottree()


def parse_file(path: str | Path) -> etree._ElementTree:
    """Read and safely parse one XML file."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot read file: {exc.strerror}") from None
    return parse_bytes(data, path)


def serialize(tree: etree._ElementTree | etree._Element, *, pretty: bool = True) -> bytes:
    """UTF-8 bytes with an XML declaration, indented when `pretty`."""
    if pretty:
        root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
        indent_element_only(root)
    return etree.tostring(tree, encoding="UTF-8", xml_declaration=True, pretty_print=pretty)


def current_umask() -> int:
    """The process umask (reading it means setting it, so it is set straight back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def atomic_write(path: str | Path, data: bytes | str) -> None:
    """Write to a temporary file beside `path`, then rename it into place."""
    with atomic_stream(path) as handle:
        handle.write(data.encode("utf-8") if isinstance(data, str) else data)


@contextmanager
def atomic_stream(path: str | Path) -> Iterator[BinaryIO]:
    """A binary file to write `path` through: a temporary file beside it, renamed into place
    when the block ends without error (removed otherwise), so `path` is never half written.

    The file keeps the mode of the one it replaces; a new file gets the usual mode for the
    user's umask (mkstemp alone would leave it readable by its owner only)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = path.stat().st_mode & 0o7777 if path.exists() else 0o666 & ~current_umask()
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror, str(path)) from None  # the user's file, not ours
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
        os.chmod(tmp, mode)
        crash_point()
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OSError(exc.errno, exc.strerror, str(path)) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    crash_point()


CRASH_ENV = "EDITION_CRASH_AT"
_crash_points = 0


def crash_point() -> None:
    """Fault injection for the crash tests: with EDITION_CRASH_AT=N in the environment, the
    process kills itself (SIGKILL, as a power cut would stop it) at the N-th crash point,
    i.e. between two writes. Does nothing otherwise."""
    global _crash_points
    wanted = os.environ.get(CRASH_ENV)
    if not wanted:
        return
    _crash_points += 1
    if _crash_points == int(wanted):
        import signal

        os.kill(os.getpid(), signal.SIGKILL)


def tei(tag: str) -> str:
    """Clark name of a TEI element: tei('p') -> '{http://www.tei-c.org/ns/1.0}p'."""
    return f"{{{TEI_NS}}}{tag}"


XML_ID = f"{{{XML_NS}}}id"


# TEI elements whose content is text (mixed content): whitespace inside them is significant,
# so the pretty-printer never adds any there, even when they happen to hold only elements.
MIXED_CONTENT = frozenset(
    [
        "p",
        "head",
        "item",
        "note",
        "hi",
        "title",
        "quote",
        "q",
        "persName",
        "placeName",
        "orgName",
        "name",
        "rs",
        "date",
        "ref",
        "bibl",
        "l",
        "label",
        "cell",
        "seg",
        "emph",
        "foreign",
        "term",
        "resp",
        "change",
        "byline",
        "docAuthor",
        "salute",
        "signed",
        "addrLine",
        "trailer",
        "ab",
        "lem",
        "rdg",
        "said",
        "cit",
        "mentioned",
        "soCalled",
        "num",
        "measure",
        "abbr",
        "expan",
        "sic",
        "corr",
        "reg",
        "orig",
        "add",
        "del",
        "unclear",
        "supplied",
        "gap",
        "idno",
        "fw",
        "docTitle",
        "titlePart",
        "dateline",
        "opener",
        "closer",
        "epigraph",
        "surname",
        "forename",
        "roleName",
        "addName",
        "genName",
        "birth",
        "death",
        "event",
        "desc",
        "figDesc",
        "caption",
    ]
)


def _is_element_only(element: etree._Element) -> bool:
    """True when an element holds only child elements and whitespace (no mixed text)."""
    if len(element) == 0 or (element.text and element.text.strip()):
        return False
    if etree.QName(element).localname in MIXED_CONTENT:
        return False
    return all(not (child.tail and child.tail.strip()) for child in element)


def indent_element_only(element: etree._Element, level: int = 0, space: str = "  ") -> None:
    """Pretty-print indentation that never touches mixed content, so no text changes."""
    if not _is_element_only(element):
        return
    inner = "\n" + space * (level + 1)
    element.text = inner
    for child in element:
        if isinstance(child.tag, str):
            indent_element_only(child, level + 1, space)
        child.tail = inner
    element[-1].tail = "\n" + space * level
