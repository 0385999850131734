"""Page images (facsimiles) at their page breaks: pb/@facs to surfaces, graphics, files and
IIIF addresses; surfaces pointing to page breaks; pairing in order; a gallery when no page
break takes the images; hostile addresses refused (edition/site/facsimile.py)."""

from __future__ import annotations

import os
import struct
import zlib
from pathlib import Path

import pytest

from edition.progress import Console
from edition.site import build_site
from edition.site.facsimile import _remote_image

HEADER = """<teiHeader><fileDesc><titleStmt><title>A harbour ledger</title></titleStmt>
<publicationStmt><p>Test.</p></publicationStmt><sourceDesc><p>Written for the tests.</p>
</sourceDesc></fileDesc></teiHeader>"""


def png() -> bytes:
    """A tiny valid PNG (2 x 3 pixels)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"".join(b"\x00" + b"\xc8\xb4\x8c" * 2 for _ in range(3))
    header = struct.pack(">IIBBBBB", 2, 3, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + (chunk(b"IEND", b""))
    )


def ledger(facsimile: str, body: str) -> str:
    return (
        f'<TEI xmlns="http://www.tei-c.org/ns/1.0">{HEADER}{facsimile}'
        f"<text><body>{body}</body></text></TEI>"
    )


def build(tmp_path: Path, tei_text: str, images: tuple[str, ...] = ()) -> tuple[str, Path]:
    tei = tmp_path / "tei"
    tei.mkdir(parents=True)
    for name in images:
        (tei / name).parent.mkdir(parents=True, exist_ok=True)
        (tei / name).write_bytes(png())
    (tei / "ledger.xml").write_text(tei_text, "utf-8")
    build_site(tei, tmp_path / "site", Console(1))
    return (tmp_path / "site" / "ledger.html").read_text("utf-8"), tmp_path / "site"


def images(html: str) -> list[str]:
    """The page images drawn at page breaks (the gallery's apart)."""
    from lxml import html as lxml_html

    tree = lxml_html.fromstring(html)
    at_pages = "//span[@class='facs'][not(ancestor::section[@class='facs-gallery'])]//img"
    return [img.get("src") for img in tree.xpath(at_pages)]


def test_pb_facs_points_to_surfaces_whose_files_are_copied(tmp_path: Path) -> None:
    html, site = build(
        tmp_path,
        ledger(
            '<facsimile><surface xml:id="s1"><graphic url="scans/p1.png"/></surface>'
            '<surface xml:id="s2"><zone xml:id="z2"/><graphic url="scans/p2.png"/></surface>'
            "</facsimile>",
            '<pb n="1" facs="#s1"/><p>First page.</p><pb n="2" facs="#z2"/><p>Second.</p>',
        ),
        ("scans/p1.png", "scans/p2.png"),
    )
    assert images(html) == ["media/scans/p1.png", "media/scans/p2.png"]
    assert (site / "media" / "scans" / "p2.png").read_bytes() == png()
    assert 'alt="Page image, p. 2"' in html
    assert "2 page images." in html and 'class="facs-toggle"' in html


def test_surfaces_pointing_to_page_breaks_and_pairing_in_order(tmp_path: Path) -> None:
    pointed, _ = build(
        tmp_path / "a",
        ledger(
            '<facsimile><surface corresp="#pg2"><graphic url="b.png"/></surface></facsimile>',
            '<pb n="1" xml:id="pg1"/><p>One.</p><pb n="2" xml:id="pg2"/><p>Two.</p>',
        ),
        ("b.png",),
    )
    assert images(pointed) == ["media/b.png"]
    paired, _ = build(
        tmp_path / "b",
        ledger(
            '<facsimile><graphic url="a.png"/><graphic url="b.png"/></facsimile>',
            '<pb n="1"/><p>One.</p><pb n="2"/><p>Two.</p>',
        ),
        ("a.png", "b.png"),
    )
    assert images(paired) == ["media/a.png", "media/b.png"]


def test_surfaces_that_cannot_be_paired_are_shown_apart(tmp_path: Path, capsys) -> None:
    html, _ = build(
        tmp_path,
        ledger(
            '<facsimile><graphic url="a.png"/><graphic url="b.png"/></facsimile>',
            '<pb n="1"/><p>One.</p>',
        ),
        ("a.png", "b.png"),
    )
    assert images(html) == []  # no page break gets a guessed image
    assert 'class="facs-gallery"' in html and 'src="media/b.png"' in html
    assert "facsimile-unpaired" in capsys.readouterr().err


def test_images_of_a_document_without_page_breaks_form_a_gallery(tmp_path: Path) -> None:
    html, _ = build(
        tmp_path,
        ledger('<facsimile><graphic url="stone.png"/></facsimile>', "<p>An inscription.</p>"),
        ("stone.png",),
    )
    assert 'class="facs-gallery"' in html and 'src="media/stone.png"' in html


@pytest.mark.parametrize(
    ("url", "href", "src"),
    [
        (
            "https://iiif.example.org/iiif/2/ms7/info.json",
            "https://iiif.example.org/iiif/2/ms7/full/max/0/default.jpg",
            "https://iiif.example.org/iiif/2/ms7/full/!1000,1000/0/default.jpg",
        ),
        (
            "https://iiif.example.org/iiif/2/ms7",
            "https://iiif.example.org/iiif/2/ms7/full/max/0/default.jpg",
            "https://iiif.example.org/iiif/2/ms7/full/!1000,1000/0/default.jpg",
        ),
        (
            "https://img.example.org/ms7/0,0,400,600/full/0/default.jpg",
            "https://img.example.org/ms7/0,0,400,600/full/0/default.jpg",
            "https://img.example.org/ms7/0,0,400,600/!1000,1000/0/default.jpg",
        ),
        (
            "https://example.org/scan/0419.jpg",
            "https://example.org/scan/0419.jpg",
            "https://example.org/scan/0419.jpg",
        ),
        ("https://example.org/scan/0419.tif", "https://example.org/scan/0419.tif", ""),
    ],
)
def test_remote_and_iiif_addresses(url: str, href: str, src: str) -> None:
    image = _remote_image(url)
    assert (image.href, image.src) == (href, src)


def test_a_tiff_is_offered_as_a_link_not_drawn(tmp_path: Path) -> None:
    html, _ = build(
        tmp_path,
        ledger("", '<pb n="7" facs="https://example.org/scan/0419.tif"/><p>Seven.</p>'),
    )
    assert images(html) == []
    assert 'href="https://example.org/scan/0419.tif"' in html
    assert "Page image, p. 7 (opens the image file)" in html


def test_hostile_page_image_addresses_publish_nothing(tmp_path: Path, capsys) -> None:
    outside = tmp_path / "secret.png"
    outside.write_bytes(png())
    tei = tmp_path / "tei"
    tei.mkdir()
    os.symlink(outside, tei / "link.png")
    (tei / ".edition").mkdir()
    (tei / ".edition" / "state.png").write_bytes(png())
    body = "".join(
        f'<pb n="{n}" facs="{url}"/><p>Page {n}.</p>'
        for n, url in enumerate(
            [
                "javascript:alert(1)",
                " JAVASCRIPT:alert(1)",
                "../secret.png",
                "link.png",
                ".edition/state.png",
                "data:image/png;base64,AAAA",
                "/etc/passwd",
            ],
            1,
        )
    )
    (tei / "ledger.xml").write_text(ledger("", body), "utf-8")
    build_site(tei, tmp_path / "site", Console(1))
    html = (tmp_path / "site" / "ledger.html").read_text("utf-8")
    assert 'class="facs"' not in html
    assert "javascript:" not in html.lower()
    assert not (tmp_path / "site" / "media").exists()
    assert capsys.readouterr().err.count("facsimile-refused") == 7


def test_a_missing_page_image_is_named(tmp_path: Path, capsys) -> None:
    html, _ = build(tmp_path, ledger("", '<pb n="1" facs="scans/absent.png"/><p>One.</p>'))
    assert images(html) == [] and 'class="facs-toggle"' not in html
    err = capsys.readouterr().err
    assert "facsimile-missing" in err and "scans/absent.png" in err


def test_a_surface_shows_its_drawable_graphic_before_a_tiff_master(tmp_path: Path) -> None:
    html, _ = build(
        tmp_path,
        ledger(
            '<facsimile><surface xml:id="s1"><graphic url="https://img.example.org/p1.tif"/>'
            '<graphic url="https://img.example.org/p1.jpg"/></surface>'
            '<surface xml:id="s2"><graphic url="https://img.example.org/p2.tif"/></surface>'
            "</facsimile>",
            '<pb n="1" facs="#s1"/><p>One.</p><pb n="2" facs="#s2"/><p>Two.</p>',
        ),
    )
    assert images(html) == ["https://img.example.org/p1.jpg"]  # p2 has only a TIFF: a link
    assert 'href="https://img.example.org/p2.tif"' in html


def test_each_facs_value_is_tried_and_a_pointer_to_nothing_is_named(tmp_path: Path, capsys) -> None:
    html, _ = build(
        tmp_path,
        ledger(
            '<facsimile><surface corresp="#pg3"><graphic url="c.png"/></surface></facsimile>',
            '<pb n="1" facs="#nowhere b.png"/><p>One.</p><pb n="2" facs="#gone"/><p>Two.</p>'
            '<pb n="3" xml:id="pg3" facs="absent.png"/><p>Three.</p>',
        ),
        ("b.png", "c.png"),
    )
    assert images(html) == ["media/b.png", "media/c.png"]
    err = capsys.readouterr().err
    assert "facsimile-unresolved" in err and "2 pb/@facs pointer(s)" in err and "#nowhere" in err
    assert "facsimile-missing" in err and "absent.png" in err
