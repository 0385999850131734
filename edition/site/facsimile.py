"""Page images (facsimiles) beside the text, where the TEI has them.

A page break finds its image, in this order (the first candidate that can be shown wins):
- each value of `pb/@facs` in turn: a `#id` of a `surface` (its first graphic a browser can
  draw, else its first graphic), a `graphic` or a `zone` (its surface's graphic) in
  `facsimile`; or an address: a file beside the TEI, an image URL, or a IIIF Image API address
  (a base URL, its `info.json`, or a full image request); a `#id` no element has is reported;
- a `surface` whose `@start` or `@corresp` points to the page break (`#page1`);
- otherwise, when no page break names an image and the document has exactly as many
  surfaces (or facsimile graphics) as page breaks, the n-th surface is the n-th page.
A document whose facsimile images belong to no page break (a single inscription, a letter
without page breaks, surfaces that cannot be paired) shows them together before the text.

Local files go through the media policy of `graphics` (inside TEI_DIR, no hidden folders,
copied into SITE_DIR/media/); URLs through `urls` (only http and https). The pages get the
images in memory only: attributes in the build's namespace on each `pb`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from lxml import etree

from ..xmlio import NSMAP, XML_ID
from .annotate import site_attr
from .graphics import REMOTE_SCHEMES, MediaRefused, copy_media
from .urls import is_safe_url, url_scheme

# Formats every browser draws; others (TIFF, JPEG 2000) are offered as a link.
DRAWABLE = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".avif"}
IIIF_DISPLAY_SIZE = "!1000,1000"
_IIIF_REQUEST = re.compile(
    r"/(?P<region>full|square|\d+,\d+,\d+,\d+|pct:[\d.,]+)/(?P<size>[^/]+)"
    r"/(?P<rotation>!?[\d.]+)/(?P<quality>default|color|gray|bitonal|native)"
    r"\.(?P<format>jpg|jpeg|png|gif|webp|tif|tiff|jp2)$"
)


@dataclass(frozen=True)
class PageImage:
    """One page image as the page shows it: `src` to draw ('' when browsers cannot), `href`
    to open the full image, `local` when both are paths inside the site."""

    href: str
    src: str = ""
    local: bool = False
    label: str = ""


@dataclass
class FacsimileReport:
    shown: int = 0
    missing: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    unresolved: list[str] = field(default_factory=list)  # pb/@facs pointers to no element
    gallery: list[PageImage] = field(default_factory=list)
    unpaired: str = ""  # why surfaces were not given to page breaks ('' when they were)


def place_page_images(tree: etree._ElementTree, tei_dir: Path, site_dir: Path) -> FacsimileReport:
    """Mark each `pb` that has an image (e:facs-href, e:facs-src, e:facs-local) and return
    what was shown, missing or refused, and the images no page break takes."""
    report = FacsimileReport()
    root = tree.getroot()
    breaks = root.xpath("//tei:text//tei:pb", namespaces=NSMAP)
    surfaces = root.xpath(
        "//tei:facsimile//tei:surface[not(ancestor::tei:surface)] | //tei:facsimile/tei:graphic",
        namespaces=NSMAP,
    )
    addresses = _addresses(root, breaks, surfaces, report)
    for pb, candidates in zip(breaks, addresses):
        image = _first_image(candidates, tei_dir, site_dir, report)
        if image is not None:
            pb.set(site_attr("facs-href"), image.href)
            pb.set(site_attr("facs-src"), image.src)
            pb.set(site_attr("facs-local"), "yes" if image.local else "")
            report.shown += 1
    if not any(addresses):
        for number, surface in enumerate(surfaces, 1):
            url = _graphic_url(surface)
            image = _page_image(url, tei_dir, site_dir, report) if url else None
            if image is not None:
                label = (surface.get("n") or "").strip() or str(number)
                report.gallery.append(
                    PageImage(image.href, image.src, image.local, f"Image {label}")
                )
                report.shown += 1
    return report


def _first_image(
    candidates: list[str], tei_dir: Path, site_dir: Path, report: FacsimileReport
) -> PageImage | None:
    """The first of a page break's candidate addresses that can be shown (None if none)."""
    for url in candidates:
        image = _page_image(url, tei_dir, site_dir, report)
        if image is not None:
            return image
    return None


def _addresses(
    root: etree._Element,
    breaks: list[etree._Element],
    surfaces: list[etree._Element],
    report: FacsimileReport,
) -> list[list[str]]:
    """The candidate image addresses of each page break, best first ([] for none)."""
    ids = {el.get(XML_ID): el for el in root.iter() if el.get(XML_ID)}
    pointed = {}
    for surface in surfaces:
        for attr in ("start", "corresp"):
            for target in (surface.get(attr) or "").split():
                if target.startswith("#"):
                    pointed.setdefault(target[1:], surface)
    found = []
    for pb in breaks:
        candidates = [_facs_address(value, ids, report) for value in (pb.get("facs") or "").split()]
        if pb.get(XML_ID) in pointed:
            candidates.append(_graphic_url(pointed[pb.get(XML_ID)]))
        found.append([url for url in candidates if url])
    if any(found) or not surfaces or not breaks:
        return found
    if len(surfaces) != len(breaks):
        report.unpaired = (
            f"{len(surfaces)} facsimile surfaces and {len(breaks)} page breaks, none linked "
            'by pb/@facs: shown together before the text; add facs="#surface-id" to each '
            "pb to show each page's image at its page"
        )
        return found
    return [[url] if url else [] for url in map(_graphic_url, surfaces)]


def _facs_address(value: str, ids: dict[str, etree._Element], report: FacsimileReport) -> str:
    """The image address one `pb/@facs` value gives ('' for none; a `#id` that no element
    has is added to the report)."""
    if not value.startswith("#"):
        return value
    if value[1:] not in ids:
        report.unresolved.append(value)
        return ""
    return _graphic_url(ids[value[1:]])


def _graphic_url(element: etree._Element | None) -> str:
    """The image address of a graphic, a surface (its first graphic) or a zone (its
    surface's); '' when there is none."""
    if element is None:
        return ""
    name = etree.QName(element).localname
    if name == "graphic":
        return (element.get("url") or "").strip()
    if name == "zone":
        surface = next(iter(element.xpath("ancestor::tei:surface[1]", namespaces=NSMAP)), None)
        return _graphic_url(surface)
    urls = [url.strip() for url in element.xpath(".//tei:graphic/@url", namespaces=NSMAP)]
    return next((url for url in urls if _drawable(url)), urls[0] if urls else "")


def _drawable(url: str) -> bool:
    """Whether a browser can draw the image at `url` (a IIIF address is drawn as a rendition;
    a TIFF or JPEG 2000 master is not)."""
    if url_scheme(url) in REMOTE_SCHEMES:
        return bool(_remote_image(url).src)
    return PurePosixPath(urlsplit(url).path).suffix.lower() in DRAWABLE


def _page_image(
    url: str, tei_dir: Path, site_dir: Path, report: FacsimileReport
) -> PageImage | None:
    """How the page shows the image at `url`; None (and a line in the report) when it
    cannot be shown."""
    scheme = url_scheme(url)
    if scheme in REMOTE_SCHEMES and is_safe_url(url):
        return _remote_image(url)
    if scheme:
        report.refused.append(f"{url} (the {scheme}: scheme is not allowed)")
        return None
    try:
        copied = copy_media(url, tei_dir, site_dir)
    except MediaRefused as exc:
        report.refused.append(f"{url} ({exc})")
        return None
    if copied is None:
        report.missing.append(url)
        return None
    drawable = PurePosixPath(url).suffix.lower() in DRAWABLE
    return PageImage(copied, copied if drawable else "", local=True)


def _remote_image(url: str) -> PageImage:
    """An image URL, or a IIIF Image API address turned into a sized rendition to draw and
    the full image to open."""
    path = urlsplit(url).path
    request = _IIIF_REQUEST.search(path)
    if request:
        start, end = request.span("size")
        base = url[: url.index(path) + start]
        sized = base + IIIF_DISPLAY_SIZE + url[url.index(path) + end :]
        return PageImage(
            url, sized if request.group("format") not in {"tif", "tiff", "jp2"} else ""
        )
    if path.endswith("/info.json") or ("/iiif/" in path and not PurePosixPath(path).suffix):
        base = url[: url.index(path) + len(path)].removesuffix("/info.json").rstrip("/")
        return PageImage(
            f"{base}/full/max/0/default.jpg", f"{base}/full/{IIIF_DISPLAY_SIZE}/0/default.jpg"
        )
    drawable = PurePosixPath(path).suffix.lower() in DRAWABLE
    return PageImage(url, url if drawable else "")
