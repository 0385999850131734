"""The site's URL policy, in one place.

A link or image address that comes from a TEI file reaches a page only when it is
- a fragment (`#p12`),
- a relative path that stays inside the site (no scheme, no leading `/` or `\\`, no `..`
  above the site root), or
- an `http:`, `https:` or `mailto:` URL.
Everything else (`javascript:`, `data:`, `vbscript:`, `file:`, in any case, behind spaces,
control characters or entities) is refused: the stylesheets render the link as plain text, and
`neutralize_page` removes any such address a template or fragment still carries (a last line of
defence applied to every page the build writes).

The parse follows the WHATWG URL rules browsers use: leading and trailing C0 controls and
spaces are stripped, tabs and newlines anywhere are removed, and a scheme is letters, digits,
`+`, `-` and `.` before the first `:`.
"""

from __future__ import annotations

import hashlib
import html
import re

from lxml import etree

from .annotate import SITE_NS

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")
_IGNORED_INSIDE = re.compile(r"[\t\n\r]")
_NOT_IN_URLS = re.compile(r"[\x00-\x1f\x7f<>\"'`\\\\]")
_EDGE = "".join(chr(c) for c in range(0x21))  # C0 controls and space
_URL_ATTRIBUTE = re.compile(
    r"""(\s(?:href|src|action|formaction|poster|cite|background|xlink:href|srcset|data)\s*=\s*)"""
    r"""("[^"]*"|'[^']*'|[^\s>"']+)""",
    re.IGNORECASE,
)
REFUSED_HREF = "#refused-link"
_PAGE_STEM = re.compile(r"[A-Za-z0-9_][A-Za-z0-9._-]*")
RESERVED_PAGE_STEMS = frozenset({"index", "search", "chronology", "parallel"})


def browser_form(url: str) -> str:
    """`url` as a browser reads it: edges stripped, tabs and newlines removed."""
    return _IGNORED_INSIDE.sub("", url.strip(_EDGE))


def url_scheme(url: str) -> str:
    """The scheme a browser would see (lower case), '' for a relative URL or fragment."""
    match = _SCHEME.match(browser_form(url))
    return match.group(1).lower() if match else ""


def is_safe_url(url: str) -> bool:
    """True when `url` may be a link or image address on a page (see the module docstring)."""
    cleaned = browser_form(url)
    if not cleaned:
        return False
    scheme = url_scheme(cleaned)
    if scheme:
        return scheme in SAFE_SCHEMES
    return _inside_site(cleaned)


def _inside_site(relative: str) -> bool:
    """A relative reference that neither leaves the host (`//x`, `\\x`) nor starts at its
    root, made of characters a URL may hold (no markup, quotes, backslashes or controls).
    `..` is allowed: pages in sub-folders reach the site root through it."""
    return not relative.startswith(("/", "\\")) and not _NOT_IN_URLS.search(relative)


def safe_url(url: str) -> str:
    """`url` cleaned as a browser reads it when it is safe, else ''."""
    return browser_form(url) if is_safe_url(url) else ""


def is_safe_relative_path(path: str) -> bool:
    """A site-relative path (no scheme, no absolute start, no `..`) for copied files."""
    cleaned = browser_form(path)
    parts = cleaned.replace("\\", "/").split("/")
    return bool(cleaned) and not url_scheme(cleaned) and _inside_site(cleaned) and ".." not in parts


def _neutralize_attribute(match: re.Match[str]) -> str:
    prefix, quoted = match.group(1), match.group(2)
    value = quoted[1:-1] if quoted[:1] in "\"'" else quoted
    if "srcset" in prefix.lower():
        candidates = [c.strip().split(" ")[0] for c in html.unescape(value).split(",")]
        safe = all(is_safe_url(c) for c in candidates if c)
    else:
        safe = is_safe_url(html.unescape(value)) or html.unescape(value) == "data:,"
    return match.group(0) if safe else f'{prefix}"{REFUSED_HREF}"'


def neutralize_page(page: str) -> str:
    """Replace every unsafe address in the attributes of an HTML page by a harmless fragment."""
    return _URL_ATTRIBUTE.sub(_neutralize_attribute, page)


def person_page_stem(person_id: str) -> str:
    """File name (without .html) of a person's page: the id itself when it is a plain name
    that cannot collide with an index page, else `~` and a digest of the id (no id is valid
    with `~`, so no other person's page takes that name)."""
    if _PAGE_STEM.fullmatch(person_id) and person_id.lower() not in RESERVED_PAGE_STEMS:
        return person_id
    return "~" + hashlib.sha1(person_id.encode("utf-8")).hexdigest()[:12]


def _xslt_safe_url(_context: object, value: object) -> str:
    """XPath `e:safe-url(string)`: the address when the policy allows it, else ''."""
    if isinstance(value, list):
        value = value[0] if value else ""
    return safe_url(str(value))


def _xslt_person_page(_context: object, value: object) -> str:
    """XPath `e:person-page(string)`: the file stem of a person's page."""
    if isinstance(value, list):
        value = value[0] if value else ""
    return person_page_stem(str(value))


def register_xslt_functions() -> None:
    """Make `e:safe-url()` and `e:person-page()` (namespace urn:edition:site) available to
    the stylesheets."""
    functions = etree.FunctionNamespace(SITE_NS)
    functions["safe-url"] = _xslt_safe_url
    functions["person-page"] = _xslt_person_page
