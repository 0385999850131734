"""Images of figures: copy the ones that exist beside the TEI into the site and tell the
stylesheets which graphics have a file, so a figure whose image is absent renders as a
placeholder naming the file instead of a broken <img>."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import quote, unquote, urlsplit

from lxml import etree

from ..xmlio import NSMAP
from .annotate import site_attr

REMOTE_SCHEMES = {"http", "https", "data"}


@dataclass(frozen=True)
class GraphicsReport:
    copied: int = 0
    missing: tuple[str, ...] = ()


def _local_path(url: str) -> PurePosixPath | None:
    """The relative file a graphic names, or None when it names none we may copy
    (absolute paths, parent directories, queries, other schemes)."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or parts.query or not parts.path:
        return None
    path = PurePosixPath(unquote(parts.path))
    if path.is_absolute() or ".." in path.parts or path.name in ("", "."):
        return None
    return path


def _mark(graphic: etree._Element, status: str, src: str = "") -> None:
    graphic.set(site_attr("image"), status)
    if src:
        graphic.set(site_attr("src"), src)


def resolve_graphics(tree: etree._ElementTree, tei_dir: Path, site_dir: Path) -> GraphicsReport:
    """Mark every graphic of `tree` as `remote`, `copied` (file now in the site) or `missing`,
    copying the files found beside the TEI to the same relative path in the site."""
    copied, missing = 0, []
    for graphic in tree.xpath("//tei:graphic[@url]", namespaces=NSMAP):
        url = graphic.get("url").strip()
        if urlsplit(url).scheme.lower() in REMOTE_SCHEMES:
            _mark(graphic, "remote", url)
            continue
        relative = _local_path(url)
        source = Path(tei_dir, relative) if relative else None
        if source is None or not source.is_file():
            _mark(graphic, "missing")
            missing.append(url)
            continue
        target = Path(site_dir, relative)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        _mark(graphic, "copied", quote(relative.as_posix()))
        copied += 1
    return GraphicsReport(copied, tuple(missing))
