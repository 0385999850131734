"""Paragraph styles and list numbering of a .docx: headings, title, quotations, list kinds."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from .package import Package, w

_HEADING = re.compile(
    r"^(?:heading|ü?berschrift|titre|t[ií]tulo|titolo|kop)\s*(\d)$", re.IGNORECASE
)
_QUOTE = re.compile(r"quot|zitat|citation|cita|block ?text|extract", re.IGNORECASE)


@dataclass
class Styles:
    """Style id -> name, with each style's base style, and list format per (numId, level)."""

    names: dict[str, str] = field(default_factory=dict)
    based_on: dict[str, str] = field(default_factory=dict)
    outline: dict[str, int] = field(default_factory=dict)
    list_formats: dict[tuple[str, int], str] = field(default_factory=dict)

    def name(self, style_id: str) -> str:
        return self.names.get(style_id, style_id)

    def heading_level(self, style_id: str) -> int:
        """1-6 for Heading 1-6 (or a style based on one), 0 for Title's own level, -1 if none."""
        for sid in self._lineage(style_id):
            name = self.name(sid).strip()
            if name.lower() in ("title",):
                return 0
            found = _HEADING.match(name) or _HEADING.match(sid)
            if found and 1 <= int(found.group(1)) <= 6:
                return int(found.group(1))
            if sid in self.outline:
                return min(self.outline[sid] + 1, 6)
        return -1

    def is_quote(self, style_id: str) -> bool:
        return any(_QUOTE.search(self.name(sid)) for sid in self._lineage(style_id))

    def is_list_style(self, style_id: str) -> bool:
        return any("list" in self.name(sid).lower() for sid in self._lineage(style_id))

    def ordered(self, num_id: str, level: int) -> bool:
        return self.list_formats.get((num_id, level), "bullet") not in ("bullet", "none")

    def _lineage(self, style_id: str) -> list[str]:
        chain: list[str] = []
        while style_id and style_id not in chain and len(chain) < 10:
            chain.append(style_id)
            style_id = self.based_on.get(style_id, "")
        return chain


def read_styles(package: Package) -> Styles:
    styles = Styles()
    root = package.part("styles")
    if root is not None:
        for style in root.iter(w("style")):
            sid = style.get(w("styleId"), "")
            name = style.find(w("name"))
            styles.names[sid] = name.get(w("val"), sid) if name is not None else sid
            based = style.find(w("basedOn"))
            if based is not None:
                styles.based_on[sid] = based.get(w("val"), "")
            level = _val(style.find(w("pPr")), "outlineLvl")
            if level.isdigit() and int(level) < 6:
                styles.outline[sid] = int(level)
    numbering = package.part("numbering")
    if numbering is not None:
        styles.list_formats = _list_formats(numbering)
    return styles


def _val(props: etree._Element | None, name: str) -> str:
    found = props.find(w(name)) if props is not None else None
    return (found.get(w("val")) or "") if found is not None else ""


def _list_formats(root: etree._Element) -> dict[tuple[str, int], str]:
    """(numId, level) -> numFmt ("bullet", "decimal", ...), via each num's abstractNum."""
    abstract: dict[str, dict[int, str]] = {}
    for node in root.iter(w("abstractNum")):
        levels = {}
        for lvl in node.iter(w("lvl")):
            fmt = lvl.find(w("numFmt"))
            level = lvl.get(w("ilvl"), "0")
            if level.isdigit():
                levels[int(level)] = fmt.get(w("val"), "bullet") if fmt is not None else "bullet"
        abstract[node.get(w("abstractNumId"), "")] = levels
    formats: dict[tuple[str, int], str] = {}
    for num in root.iter(w("num")):
        ref = num.find(w("abstractNumId"))
        levels = abstract.get(ref.get(w("val"), "") if ref is not None else "", {})
        for level, fmt in levels.items():
            formats[(num.get(w("numId"), ""), level)] = fmt
    return formats
