"""Jinja2 pages around the rendered fragments, and copying the static files."""

from __future__ import annotations

import shutil
from functools import lru_cache
from html import escape
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from ..xmlio import atomic_write
from .annotate import Context
from .urls import neutralize_page

TEMPLATES = Path(__file__).parent / "templates"
STATIC = Path(__file__).parent / "static"
SITE_TITLE = "Edition"


@lru_cache(maxsize=1)
def environment() -> Environment:
    """Templates with autoescaping on: all text from the TEI is escaped."""
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(["html"], default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["in_context"] = in_context
    return env


def in_context(context: Context) -> Markup:
    """before<mark>match</mark>after, escaped. A filter because index pages hold thousands
    of these: one call and one escape pass each instead of three (markupsafe is slow)."""
    before, match, after = (
        escape(text, quote=False) for text in (context.before, context.match, context.after)
    )
    return Markup(f"{before}<mark>{match}</mark>{after}")


def set_site_title(title: str) -> None:
    """The name every page shows in its header (from edition.toml or the corpus)."""
    environment().globals["site_title"] = title


def write_page(site_dir: Path, relative: str, template: str, **context: object) -> Path:
    """Render `template` to SITE_DIR/relative; `root` is the way back to the site root."""
    depth = relative.count("/")
    context.setdefault("root", "../" * depth)
    site_title = environment().globals.get("site_title", SITE_TITLE)
    context.setdefault("site_title", site_title)
    context.setdefault("lang", "en")
    context.setdefault("title", site_title)
    html = neutralize_page(environment().get_template(template).render(**context))
    target = site_dir / relative
    atomic_write(target, html)
    return target


def copy_static(site_dir: Path) -> None:
    """SITE_DIR/static/: the stylesheet and scripts (no CDN, no external fonts)."""
    target = site_dir / "static"
    target.mkdir(parents=True, exist_ok=True)
    for path in STATIC.iterdir():
        if path.is_file():
            shutil.copyfile(path, target / path.name)
