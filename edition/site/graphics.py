"""Images of figures (and facsimiles): copy the files that exist inside TEI_DIR into the
site's own media folder and tell the stylesheets which graphics have a file, so a figure whose
image is absent renders as a placeholder naming the file instead of a broken <img>.

A local address is copied only when it resolves, symlinks followed, to a regular file inside
TEI_DIR and outside hidden folders (`.edition/` holds internal state). Copies go under
SITE_DIR/media/, so no image can replace the site's own pages, scripts or stylesheets."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import quote, unquote, urlsplit

from lxml import etree

from ..xmlio import NSMAP
from .annotate import site_attr
from .urls import is_safe_url, url_scheme

MEDIA_DIR = "media"
REMOTE_SCHEMES = {"http", "https"}


@dataclass(frozen=True)
class GraphicsReport:
    copied: int = 0
    missing: tuple[str, ...] = ()
    refused: tuple[str, ...] = ()


class MediaRefused(ValueError):
    """A local media address that must not be published (outside TEI_DIR, hidden, no file)."""


def _local_path(url: str) -> PurePosixPath | None:
    """The relative file a graphic names, or None when it names none we may copy
    (absolute paths, queries, other schemes)."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or parts.query or not parts.path:
        return None
    path = PurePosixPath(unquote(parts.path).replace("\\", "/"))
    if path.is_absolute() or path.name in ("", "."):
        return None
    return path


def media_source(url: str, tei_dir: Path) -> Path:
    """The file inside `tei_dir` that the local address `url` names, symlinks resolved.
    Raises MediaRefused saying why when it names none that may be published."""
    relative = _local_path(url.strip())
    if relative is None:
        raise MediaRefused("not a relative file path")
    root = Path(tei_dir).resolve()
    source = (root / relative).resolve()
    if not source.is_relative_to(root):
        raise MediaRefused("resolves outside the TEI directory")
    inside = source.relative_to(root).parts
    if any(part.startswith(".") for part in inside):
        raise MediaRefused("lies in a hidden file or folder")
    if not source.is_file():
        raise FileNotFoundError(url)
    return source


def copy_media(url: str, tei_dir: Path, site_dir: Path) -> str | None:
    """Copy the file `url` names (relative to `tei_dir`) to SITE_DIR/media/ and return its
    site-relative path, URL-quoted (`media/img/a%20b.png`); None when the file is absent.
    Raises MediaRefused for an address that must not be published."""
    try:
        source = media_source(url, tei_dir)
    except FileNotFoundError:
        return None
    relative = source.relative_to(Path(tei_dir).resolve())
    target = Path(site_dir, MEDIA_DIR, relative)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    return quote(PurePosixPath(MEDIA_DIR, *relative.parts).as_posix())


def _mark(graphic: etree._Element, status: str, src: str = "") -> None:
    graphic.set(site_attr("image"), status)
    if src:
        graphic.set(site_attr("src"), src)


def _place(url: str, tei_dir: Path, site_dir: Path) -> tuple[str, str]:
    """(status, src or reason) of one graphic address: ('remote', url), ('copied', path),
    ('missing', '') or ('refused', why)."""
    scheme = url_scheme(url)
    if scheme in REMOTE_SCHEMES and is_safe_url(url):
        return "remote", url
    if scheme:
        return "refused", f"the {scheme}: scheme is not allowed"
    try:
        src = copy_media(url, tei_dir, site_dir)
    except MediaRefused as exc:
        return "refused", str(exc)
    return ("copied", src) if src else ("missing", "")


def resolve_graphics(tree: etree._ElementTree, tei_dir: Path, site_dir: Path) -> GraphicsReport:
    """Mark every graphic of `tree` as `remote`, `copied` (file now in SITE_DIR/media/) or
    `missing` (absent, or refused: shown as a placeholder naming the address)."""
    copied, missing, refused = 0, [], []
    figures = "//tei:graphic[@url][not(ancestor::tei:facsimile)]"  # page images: facsimile.py
    for graphic in tree.xpath(figures, namespaces=NSMAP):
        url = graphic.get("url").strip()
        status, detail = _place(url, tei_dir, site_dir)
        if status in ("remote", "copied"):
            _mark(graphic, status, detail)
            copied += status == "copied"
            continue
        _mark(graphic, "missing")
        if status == "refused":
            refused.append(f"{url} ({detail})")
        else:
            missing.append(url)
    return GraphicsReport(copied, tuple(missing), tuple(refused))
