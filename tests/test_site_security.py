"""Hostile TEI: script URLs, files from outside TEI_DIR, names that collide with site files.
The built site must carry no executable address and no file from outside the TEI directory."""

from __future__ import annotations

import os
import re
from html import unescape
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import html

from edition.progress import Console
from edition.site import build_site
from edition.site.render import render
from edition.site.urls import is_safe_url, neutralize_page, person_page_stem

TEI = (
    '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>{title}'
    "</title></titleStmt></fileDesc></teiHeader><text><body>{body}</body></text></TEI>"
)
HOSTILE_TARGETS = [
    "javascript:alert(1)%2F%2F.xml#x",
    "JAVASCRIPT:alert(1)//.xml#x",
    " javascript:alert(1).xml#x",
    "java\tscript:alert(1).xml#x",
    "&#x9;&#xA; javascript:alert(1).xml#x",
    "vbscript:msgbox(1).xml#x",
    "data:text/html,<script>alert(1)</script>.xml#x",
    "file:///etc/passwd.xml#x",
    "javascript&#58;alert(1).xml#x",
    "<!--javascript:alert(1).xml#x",
]
URL_ATTRIBUTES = re.compile(r"""\s(?:href|src|action|formaction|poster|data)\s*=\s*"([^"]*)\"""")


def executable_urls(site: Path) -> list[str]:
    """Every address in the built pages that a browser would run or that leaves the policy."""
    found = []
    for page in site.rglob("*.html"):
        if "pagefind" in page.parts:
            continue
        text = page.read_text("utf-8")
        for value in URL_ATTRIBUTES.findall(text):
            value = unescape(value)
            if not (is_safe_url(value) or value == "data:,"):
                found.append(f"{page.name}: {value}")
    return found


def write_tei(tei: Path, name: str, body: str, title: str = "Hostile") -> None:
    tei.mkdir(parents=True, exist_ok=True)
    (tei / name).write_text(TEI.format(title=title, body=body), "utf-8")


def test_policy_refuses_script_urls_in_any_disguise():
    for url in [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " \x01javascript:alert(1)",
        "java\nscript:alert(1)",
        "vbscript:x",
        "data:text/html,x",
        "file:///etc/passwd",
        "//evil.example/x",
        "\\\\evil.example\\x",
        "/etc/passwd",
        "",
    ]:
        assert not is_safe_url(url), url
    for url in ["#p1", "a.html#p1", "../persons/x.html", "https://x.org/?q=1", "mailto:a@b.org"]:
        assert is_safe_url(url), url


def test_neutralize_page_replaces_unsafe_addresses_only():
    page = '<a href="javascript&#58;alert(1)">x</a><a href="a.html">y</a><img src=" data:x">'
    assert neutralize_page(page) == (
        '<a href="#refused-link">x</a><a href="a.html">y</a><img src="#refused-link">'
    )


def test_script_targets_render_as_text():
    for target in HOSTILE_TARGETS:
        body = f'<p><ref target="{target.replace("<", "&lt;")}">click</ref><ptr target="{target.replace("<", "&lt;")}"/></p>'
        fragment = render(html_free_tree(body))
        assert "<a " not in fragment.body, (target, fragment.body)
        assert "click" in fragment.body


def html_free_tree(body: str):
    from lxml import etree

    return etree.ElementTree(etree.fromstring(TEI.format(title="t", body=body)))


def test_hostile_tei_builds_a_site_with_no_executable_url_and_no_outside_file(tmp_path, capsys):
    tei, site = tmp_path / "tei", tmp_path / "site"
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "passwd").write_text("root:x:0:0")
    write_tei(tei, "a.xml", "<p>x</p>")
    (tei / "link").symlink_to(secret / "passwd")
    (tei / "dir").symlink_to(secret)
    (tei / ".edition").mkdir()
    (tei / ".edition" / "manifest.json").write_text("{}")
    (tei / "static").mkdir()
    (tei / "static" / "edition.js").write_text("alert('owned')")
    refs = "".join(
        f'<ref target="{t.replace("<", "&lt;").replace("&#", "&amp;#")}">r</ref>'
        for t in HOSTILE_TARGETS
    )
    graphics = "".join(
        f'<figure><graphic url="{u}"/></figure>'
        for u in [
            "link",
            "dir/passwd",
            ".edition/manifest.json",
            "static/edition.js",
            "javascript:alert(1)",
            "data:image/png;base64,AAAA",
            "../secret/passwd",
        ]
    )
    write_tei(tei, "b.xml", f"<p>{refs}</p>{graphics}")
    build_site(tei, site, Console(1))
    assert executable_urls(site) == []
    published = [p for p in site.rglob("*") if p.is_file()]
    assert not [p for p in published if p.read_bytes() in (b"root:x:0:0", b"{}")]
    assert "alert('owned')" not in (site / "static" / "edition.js").read_text("utf-8")
    assert (site / "media" / "static" / "edition.js").is_file()  # its own folder, no clash
    err = capsys.readouterr().err
    assert err.count("warning[image-refused]") == 6
    assert "link (resolves outside the TEI directory)" in err
    assert ".edition/manifest.json (lies in a hidden file or folder)" in err


def test_a_person_called_index_does_not_replace_the_index_of_persons(tmp_path):
    tei, site = tmp_path / "tei", tmp_path / "site"
    write_tei(tei, "a.xml", '<p><persName ref="persons.xml#index">Ann Index</persName></p>')
    (tei / "persons.xml").write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>P'
        "</title></titleStmt></fileDesc></teiHeader><text><body><listPerson>"
        '<person xml:id="index"><persName>Ann Index</persName></person>'
        "</listPerson></body></text></TEI>",
        "utf-8",
    )
    build_site(tei, site, Console(1))
    index = html.parse(str(site / "persons" / "index.html")).getroot()
    assert index.xpath("//h1") and "Ann Index" in index.text_content()
    stem = person_page_stem("index")
    assert stem != "index" and (site / "persons" / f"{stem}.html").is_file()
    reading = html.parse(str(site / "a.html")).getroot()
    assert reading.xpath("//a[@class='person']/@href") == [f"persons/{stem}.html"]
    assert index.xpath("//main//li/a/@href") == [f"{stem}.html"]


ATTRIBUTE_TEXT = st.text(
    alphabet=st.sampled_from(list("jJaAvVsScCrRiIpPtT:/.#%&;<>\"' \t\n\x01-_=()xml9")),
    max_size=40,
)
PREFIXES = st.sampled_from(
    ["", "javascript:", " JaVaScRiPt:", "data:", "vbscript:", "#", "http://"]
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(prefix=PREFIXES, text=ATTRIBUTE_TEXT, suffix=st.sampled_from(["", ".xml#x", ".xml"]))
def test_no_attribute_value_reaches_a_page_as_an_executable_url(
    tmp_path_factory, prefix, text, suffix
):
    from xml.sax.saxutils import quoteattr

    value = "".join(c for c in prefix + text + suffix if c in "\t\n" or ord(c) >= 0x20)
    attr = quoteattr(value)
    body = (
        f"<p><ref target={attr}>r</ref><ptr target={attr}/>"
        f"<persName ref={attr}>n</persName><hi rend={attr}>h</hi>"
        f"<date when={attr}>d</date><pb n={attr}/><fw type={attr}>f</fw></p>"
        f"<figure><graphic url={attr}/><figDesc>{attr[1:-1]}</figDesc></figure>"
    )
    fragment = render(html_free_tree(body))
    page = f"<html><body>{fragment.body}</body></html>"
    for found in URL_ATTRIBUTES.findall(neutralize_page(page)):
        assert is_safe_url(unescape(found)), found
    for found in URL_ATTRIBUTES.findall(fragment.body):  # the stylesheets alone are safe too
        assert is_safe_url(unescape(found)), found
    # every attribute is well quoted: the page parses to the same elements as the fragment
    parsed = html.fromstring(page)
    assert len(parsed.xpath("//ref | //ptr | //graphic")) == 0
    assert not parsed.xpath("//@*[starts-with(name(), 'on')]")


@pytest.mark.skipif(os.name != "posix", reason="symlinks need POSIX")
def test_person_page_stems_never_collide_with_index_pages():
    assert person_page_stem("ann") == "ann"
    for reserved in ["index", "INDEX", "search", "../x", "a/b", "javascript:x"]:
        assert "/" not in person_page_stem(reserved) and person_page_stem(reserved).startswith("~")
