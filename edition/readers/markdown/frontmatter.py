"""YAML front matter (`---` ... `---`) to document metadata, parsed with PyYAML's safe loader
(plain data only: no tags that build Python objects)."""

from __future__ import annotations

import datetime as dt

import yaml

from ...model import Metadata
from ...report import Report


def parse_front_matter(content: str, report: Report) -> dict[str, object]:
    """The front matter as a mapping; malformed YAML is a warning and an empty mapping."""
    try:
        data = yaml.safe_load(content)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        report.warn(
            line,
            "front-matter",
            "front matter is not valid YAML; ignored",
            "fix the YAML between the --- lines (quote values that contain ':')",
        )
        return {}
    if not isinstance(data, dict):
        report.warn(1, "front-matter", "front matter is not a mapping of keys; ignored")
        return {}
    return {str(key).lower(): value for key, value in data.items()}


def _strings(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, (list, tuple)):
        return tuple(s for item in value for s in _strings(item))
    if isinstance(value, dict):
        name = value.get("name")
        return (str(name),) if name else ()
    return (str(value).strip(),) if str(value).strip() else ()


def _date(value: object) -> str:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return _strings(value)[0] if _strings(value) else ""


def metadata_from(front: dict[str, object], fallback_title: str) -> Metadata:
    """Header metadata: title, authors, date, language, keywords, source URL."""
    title = next(iter(_strings(front.get("title"))), "") or fallback_title or "Untitled"
    authors = _strings(front.get("author")) or _strings(front.get("authors"))
    language = next(iter(_strings(front.get("lang") or front.get("language"))), "en")
    return Metadata(
        title=title,
        authors=authors,
        pub_date=_date(front.get("date")),
        publisher=next(iter(_strings(front.get("publisher"))), ""),
        source_url=next(iter(_strings(front.get("url") or front.get("source"))), ""),
        keywords=_strings(front.get("keywords")) or _strings(front.get("tags")),
        language=language,
    )
