"""The main content of a page, with site furniture removed and logged.

Our own rules rather than an extraction library's: they keep the element ids that note markers
point at (trafilatura rebuilds the tree and drops them) and every removal is logged with its
text. The main content is the page's `main`/`article`/known content container, else the body;
inside it, navigation, forms, share/comment widgets, ads and similar are dropped.
"""

from __future__ import annotations

import re

from lxml import etree

from ...report import Report
from .inlines import image_url
from .metadata import clean

_MAIN_XPATHS = (
    "//*[@id='mw-content-text']//*[contains(@class,'mw-parser-output')]",
    "//*[@id='mw-content-text']",
    "//*[@role='main']",
    "//main",
    "//article",
    "//*[@itemprop='articleBody']",
    "//*[contains(concat(' ',normalize-space(@class),' '),' entry-content ')]",
    "//*[contains(concat(' ',normalize-space(@class),' '),' post-content ')]",
    "//*[@id='content']",
)
# Elements that are never text of the document.
_ALWAYS_DROP = {
    "script": "script",
    "style": "script",
    "noscript": "script",
    "template": "script",
    "iframe": "embedded frame",
    "object": "embedded frame",
    "embed": "embedded frame",
    "form": "form",
    "button": "form",
    "input": "form",
    "select": "form",
    "textarea": "form",
    "svg": "graphic markup",
    "canvas": "graphic markup",
    "nav": "navigation",
    "menu": "navigation",
}
_FURNITURE = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navbox|navigation|menu|breadcrumbs?|sidebar|share|sharing|"
    r"social|comments?|comment-list|respond|ads?|advert\w*|sponsor\w*|promo|newsletter|"
    r"subscribe|cookie\w*|related|recommended|popular|trending|widget|toolbar|skip-link|"
    r"mw-editsection|mw-jump-link|printfooter|catlinks|mw-indicators|"
    r"site-header|site-footer|masthead|banner|pagination|pager|tags|tag-list)(?:$|[\s_-])",
    re.IGNORECASE,
)
_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "menu"}
_NOTE_CONTAINER = re.compile(r"foot|endnote|note|reflist|references|citation", re.IGNORECASE)


def main_content(root: etree._Element) -> etree._Element:
    """The element holding the main text: the first known container with enough text."""
    body = root.find("body")
    body = body if body is not None else root
    total = len(clean(body.text_content()))
    for xpath in _MAIN_XPATHS:
        candidates = [e for e in root.xpath(xpath) if isinstance(e.tag, str)]
        if not candidates:
            continue
        best = max(candidates, key=lambda e: len(clean(e.text_content())))
        if len(clean(best.text_content())) >= 0.3 * total:
            return best
    return body


def drop_furniture(content: etree._Element, keep: set[etree._Element], report: Report) -> None:
    """Remove elements that are site furniture, logging their text; `keep` holds note bodies
    and markers, which are never removed (nor anything containing them)."""
    protected = {a for element in keep for a in element.iterancestors()} | keep
    for element in list(content.iter()):
        if not isinstance(element.tag, str) or element is content or element in protected:
            continue
        if element.getparent() is None or _removed(element, content):
            continue
        category = furniture_category(element)
        if category:
            text = removed_text(element)
            if text:
                report.remove(category, element.sourceline or 1, text)
            element.drop_tree()


def _removed(element: etree._Element, content: etree._Element) -> bool:
    """Whether an ancestor was already dropped (the element is detached from content)."""
    for ancestor in element.iterancestors():
        if ancestor is content:
            return False
    return True


def furniture_category(element: etree._Element) -> str:
    """Why an element is furniture ("navigation", "share or comment widget", ...) or ""."""
    tag = element.tag.lower() if isinstance(element.tag, str) else ""
    if tag in _ALWAYS_DROP:
        return _ALWAYS_DROP[tag]
    if (element.get("role") or "").lower() in _ROLES:
        return "navigation"
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return "hidden element"
    if "display:none" in (element.get("style") or "").replace(" ", ""):
        return "hidden element"
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    if tag in ("header", "footer") and element.find(".//nav") is not None:
        return "page header or footer"
    if tag == "aside" and not _NOTE_CONTAINER.search(names):
        return "sidebar"
    if _FURNITURE.search(names) and not _NOTE_CONTAINER.search(names):
        return "share, comment, ad or navigation widget"
    return ""


def log_outside_content(
    body: etree._Element, content: etree._Element, keep: set[etree._Element], report: Report
) -> None:
    """Log the page text outside the main content (site header, menus, footer) as removed;
    subtrees holding note bodies are entered so that only their other text is logged."""
    if content is not body:
        enter = {content, *content.iterancestors()}
        enter |= {a for element in keep for a in element.iterancestors()}
        _log_outside(body, content, enter, keep, report)


def _log_outside(
    element: etree._Element,
    content: etree._Element,
    enter: set[etree._Element],
    keep: set[etree._Element],
    report: Report,
) -> None:
    for child in element:
        if not isinstance(child.tag, str) or child is content or child in keep:
            continue
        if child in enter:
            _log_outside(child, content, enter, keep, report)
            continue
        text = removed_text(child) if child.tag not in ("script", "style") else ""
        if text:
            category = furniture_category(child) or "outside the main content"
            report.remove(category, child.sourceline or 1, text)


def removed_text(element: etree._Element) -> str:
    """What the removal log keeps of an element: its text and the addresses of its images."""
    images = [re.sub("^//", "https://", image_url(img)) for img in element.iter("img")]
    return clean(" ".join([element.text_content(), *images]))
