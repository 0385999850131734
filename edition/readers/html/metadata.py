"""A web page's title, authors, date, site and URL: from `<meta>` (Open Graph, Dublin Core,
citation_*, article:*), schema.org JSON-LD, `<title>`, and a byline in the content."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

from lxml import etree

from ...model import Metadata

_SPACE = re.compile(r"\s+")
_TITLE_KEYS = ("citation_title", "dc.title", "dcterms.title", "og:title", "twitter:title")
_AUTHOR_KEYS = ("citation_author", "dc.creator", "dcterms.creator", "author", "article:author")
_DATE_KEYS = (
    "citation_publication_date",
    "citation_date",
    "dc.date",
    "dcterms.date",
    "dcterms.issued",
    "article:published_time",
    "date",
    "pubdate",
)
_SITE_KEYS = ("og:site_name", "citation_journal_title", "dc.publisher", "application-name")
_BYLINE = re.compile(r"^\s*(?:by|von|par|por|di)\s+(.{3,80}?)\s*$", re.IGNORECASE)


def clean(text: str | None) -> str:
    return _SPACE.sub(" ", text or "").strip()


def meta_values(root: etree._Element) -> dict[str, list[str]]:
    """Every `<meta name|property|itemprop=... content=...>` by lower-cased key."""
    values: dict[str, list[str]] = {}
    for meta in root.iter("meta"):
        key = meta.get("name") or meta.get("property") or meta.get("itemprop") or ""
        content = clean(meta.get("content"))
        if key and content:
            values.setdefault(key.strip().lower(), []).append(content)
    return values


def json_ld(root: etree._Element) -> list[dict]:
    """schema.org objects from `<script type="application/ld+json">` (bad JSON ignored)."""
    found: list[dict] = []
    for script in root.iter("script"):
        if "ld+json" not in (script.get("type") or ""):
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        found.extend(_objects(data))
    return found


def _objects(data: object) -> Iterable[dict]:
    if isinstance(data, list):
        for item in data:
            yield from _objects(item)
    elif isinstance(data, dict):
        yield data
        yield from _objects(data.get("@graph", []))


def _names(value: object) -> list[str]:
    if isinstance(value, str):
        return [clean(value)] if clean(value) else []
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    return []


def _first(values: dict[str, list[str]], keys: Iterable[str]) -> str:
    return next((values[key][0] for key in keys if values.get(key)), "")


def _article(objects: list[dict]) -> dict:
    for obj in objects:
        kind = obj.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if any(isinstance(k, str) and k.endswith(("Article", "Posting", "Page")) for k in kinds):
            return obj
    return objects[0] if objects else {}


def page_metadata(root: etree._Element, byline: str = "") -> Metadata:
    """Header metadata for a page; `byline` is an author line found in the content."""
    values = meta_values(root)
    article = _article(json_ld(root))
    title_element = root.find(".//title")
    page_title = clean(title_element.text_content()) if title_element is not None else ""
    headings = [clean(h.text_content()) for h in root.iter("h1")]
    only_h1 = headings[0] if len(headings) == 1 and page_title.startswith(headings[0]) else ""
    title = (
        _first(values, _TITLE_KEYS)
        or clean(str(article.get("headline") or ""))
        or only_h1
        or page_title
    )
    authors = [a for key in _AUTHOR_KEYS for a in values.get(key, []) if "://" not in a]
    authors = authors or _names(article.get("author")) or ([byline] if byline else [])
    date = _first(values, _DATE_KEYS) or clean(str(article.get("datePublished") or ""))
    site = _first(values, _SITE_KEYS) or next(iter(_names(article.get("publisher"))), "")
    url = _first(values, ("og:url", "citation_public_url", "dc.identifier"))
    canonical = root.xpath("//link[@rel='canonical']/@href")
    language = (root.get("lang") or root.get("xml:lang") or "en").split("-")[0].lower()
    return Metadata(
        title=title or "Untitled",
        authors=tuple(dict.fromkeys(authors)),
        source_title=page_title if page_title != title else "",
        publisher=site,
        pub_date=date,
        source_url=url or (canonical[0] if canonical else ""),
        language=language if re.fullmatch(r"[a-z]{2,3}", language) else "en",
    )


def byline_author(text: str) -> str:
    """The author named by a byline ("By Ada Example"), or ""."""
    found = _BYLINE.match(clean(text))
    return found.group(1) if found else ""
