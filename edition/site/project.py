"""The project file `edition.toml` beside the TEI: site title, editors, introduction, and a
short title and siglum per document. Every key is optional:

    title = "Letters of a Harbour Town"      # default: the corpus's common subject or title
    editors = ["A. Editor", "B. Editor"]      # default: none
    introduction = "Paragraphs…"              # or a path to a text file beside edition.toml

    [index]
    names_in_notes = false                    # true: people named only in notes are listed too

    [documents.letters-1850]                  # the TEI file's stem
    short_title = "Letters"
    siglum = "L"                               # default: initials of the stem, made unique
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ..errors import InputError
from ..xmlio import NSMAP

PROJECT_FILE = "edition.toml"


@dataclass(frozen=True)
class DocumentSettings:
    short_title: str = ""
    siglum: str = ""


@dataclass(frozen=True)
class Project:
    title: str = ""
    editors: tuple[str, ...] = ()
    introduction: str = ""
    documents: dict[str, DocumentSettings] = field(default_factory=dict)
    index_names_in_notes: bool = False


def _line_of(message: str) -> int | None:
    found = re.search(r"line (\d+)", message)
    return int(found.group(1)) if found else None


def _introduction(value: object, base: Path) -> str:
    text = str(value or "")
    candidate = base / text
    if text and "\n" not in text and len(text) < 200 and candidate.is_file():
        return candidate.read_text(encoding="utf-8")
    return text


def load_project(tei_dir: Path) -> Project:
    """Read TEI_DIR/edition.toml (absent: all defaults); a bad file is a one-line error."""
    path = tei_dir / PROJECT_FILE
    if not path.is_file():
        return Project()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise InputError(
            path, f"not valid TOML ({error}); fix the file or remove it", _line_of(str(error))
        ) from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(path, f"cannot be read ({error})") from None
    documents = data.get("documents", {})
    if not isinstance(documents, dict) or not all(isinstance(v, dict) for v in documents.values()):
        raise InputError(path, "[documents.<stem>] tables expected; see the README")
    editors = data.get("editors", [])
    index = data.get("index", {})
    if not isinstance(index, dict) or not isinstance(index.get("names_in_notes", False), bool):
        raise InputError(path, "[index] names_in_notes must be true or false; see the README")
    return Project(
        title=str(data.get("title", "")),
        editors=tuple(str(e) for e in ([editors] if isinstance(editors, str) else editors)),
        introduction=_introduction(data.get("introduction", ""), tei_dir),
        documents={
            stem: DocumentSettings(str(v.get("short_title", "")), str(v.get("siglum", "")))
            for stem, v in documents.items()
        },
        index_names_in_notes=index.get("names_in_notes", False),
    )


def default_sigla(stems: list[str]) -> dict[str, str]:
    """A siglum per stem from the initials of its words ('life-and-work' -> 'LAW'), made
    unique by a number when two stems share initials."""
    sigla: dict[str, str] = {}
    for stem in stems:
        words = [w for w in re.split(r"[^A-Za-z0-9]+", stem) if w]
        base = "".join(w[0] for w in words).upper()[:4] or "D"
        siglum, number = base, 2
        while siglum in sigla.values():
            siglum, number = f"{base}{number}", number + 1
        sigla[stem] = siglum
    return sigla


def paragraphs(text: str) -> list[str]:
    """The introduction as plain paragraphs (blank-line separated)."""
    return [" ".join(block.split()) for block in re.split(r"\n\s*\n", text) if block.strip()]


PRINCIPLES = (
    ("Editorial declaration", "//tei:encodingDesc/tei:editorialDecl"),
    ("Project", "//tei:encodingDesc/tei:projectDesc"),
    ("Sampling", "//tei:encodingDesc/tei:samplingDecl"),
)


def editorial_principles(tree: etree._ElementTree) -> list[tuple[str, list[str]]]:
    """(heading, paragraphs) for each editorial statement the TEI header makes."""
    found = []
    for heading, xpath in PRINCIPLES:
        for element in tree.xpath(xpath, namespaces=NSMAP):
            blocks = element.xpath(".//tei:p | .//tei:ab", namespaces=NSMAP) or [element]
            texts = [" ".join("".join(b.itertext()).split()) for b in blocks]
            if any(texts):
                found.append((heading, [t for t in texts if t]))
    return found
