"""Safe HTML parsing (no network, no huge trees, comments and processing instructions
dropped) and the plain text of an HTML fragment."""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

_SPACE = re.compile(r"\s+")


def html_parser() -> lxml.html.HTMLParser:
    """An HTML parser that never fetches anything and refuses entity or size blow-ups."""
    return lxml.html.HTMLParser(
        no_network=True,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        recover=True,
        default_doctype=False,
    )


def parse_html(text: str) -> etree._Element:
    """The root `html` element of a page (an empty page, or one with nothing but markup the
    parser drops, such as a stray "<?", gets an empty body)."""
    empty = "<html><body></body></html>"
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    try:
        return lxml.html.document_fromstring(text if text.strip() else empty, parser=html_parser())
    except etree.ParserError:  # "Document is empty"
        return lxml.html.document_fromstring(empty, parser=html_parser())


def html_fragment_text(fragment: str) -> str:
    """The text of an HTML fragment, whitespace collapsed (scripts and styles left out)."""
    if not fragment.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div", parser=html_parser())
    except etree.ParserError:
        return ""
    for bad in root.xpath(".//script|.//style"):
        bad.drop_tree()
    return _SPACE.sub(" ", root.text_content()).strip()


_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)


def html_charset(data: bytes) -> str:
    """The character set an HTML page declares in a `<meta>` (when Python knows it), or ""."""
    import codecs

    found = _CHARSET.search(data[:4096])
    if not found:
        return ""
    name = found.group(1).decode("ascii")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return ""


_URI_SCHEMA: list[etree.RelaxNG] = []


def is_valid_uri(url: str) -> bool:
    """Whether `url` is a URI reference as XML Schema's anyURI (libxml2's parser) accepts it:
    the type of TEI's pointing attributes, so an address that fails here would make the
    TEI invalid."""
    if not _URI_SCHEMA:
        grammar = (
            '<element name="a" xmlns="http://relaxng.org/ns/structure/1.0" datatypeLibrary='
            '"http://www.w3.org/2001/XMLSchema-datatypes"><attribute name="u"><data '
            'type="anyURI"/></attribute></element>'
        )
        _URI_SCHEMA.append(etree.RelaxNG(etree.fromstring(grammar)))
    return _URI_SCHEMA[0].validate(etree.Element("a", u=url))
