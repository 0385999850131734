"""Builds small .docx files (OOXML zips) for the docx reader's tests: python-docx cannot
write footnotes, endnotes, comments or tracked changes, so the parts are written here."""

from __future__ import annotations

import io
import zipfile

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_ROOT = f'xmlns:w="{W_NS}" xmlns:r="{R_NS}"'
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

STYLES = f"""<w:styles {_ROOT}>
<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>
<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/></w:style>
<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/></w:style>
</w:styles>"""

NUMBERING = f"""<w:numbering {_ROOT}>
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl>
<w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>"""


def para(text: str = "", style: str = "", runs: str = "", props: str = "") -> str:
    """A paragraph with an optional style and either plain text or raw run XML."""
    style_xml = f'<w:pStyle w:val="{style}"/>' if style else ""
    ppr = f"<w:pPr>{style_xml}{props}</w:pPr>" if style_xml or props else ""
    body = runs or (f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>' if text else "")
    return f"<w:p>{ppr}{body}</w:p>"


def run(text: str, props: str = "") -> str:
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'


def notes_part(kind: str, bodies: dict[int, str]) -> str:
    """footnotes.xml or endnotes.xml (kind "footnote"/"endnote") with separator entries."""
    items = [
        f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>',
        (
            f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r>'
            f"<w:continuationSeparator/></w:r></w:p></w:{kind}>"
        ),
    ]
    for number, text in bodies.items():
        ref = "footnoteRef" if kind == "footnote" else "endnoteRef"
        items.append(
            f'<w:{kind} w:id="{number}"><w:p><w:r><w:{ref}/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:{kind}>'
        )
    return f"<w:{kind}s {_ROOT}>{''.join(items)}</w:{kind}s>"


def comments_part(bodies: dict[int, str]) -> str:
    items = "".join(
        f'<w:comment w:id="{n}" w:author="A Reviewer"><w:p>{run(text)}</w:p></w:comment>'
        for n, text in bodies.items()
    )
    return f"<w:comments {_ROOT}>{items}</w:comments>"


def _relationship(rid: str, target: str) -> str:
    external = "://" in target
    kind = "hyperlink" if external else "image"
    mode = ' TargetMode="External"' if external else ""
    return f'<Relationship Id="{rid}" Type="{_REL}/{kind}" Target="{target}"{mode}/>'


def build_docx(
    body: str,
    footnotes: dict[int, str] | None = None,
    endnotes: dict[int, str] | None = None,
    comments: dict[int, str] | None = None,
    links: dict[str, str] | None = None,
    core_title: str = "",
) -> bytes:
    """The bytes of a .docx whose document body is `body` (paragraph and table XML)."""
    parts = {
        "word/document.xml": f"<w:document {_ROOT}><w:body>{body}<w:sectPr/></w:body></w:document>",
        "word/styles.xml": STYLES,
        "word/numbering.xml": NUMBERING,
    }
    if footnotes:
        parts["word/footnotes.xml"] = notes_part("footnote", footnotes)
    if endnotes:
        parts["word/endnotes.xml"] = notes_part("endnote", endnotes)
    if comments:
        parts["word/comments.xml"] = comments_part(comments)
    if core_title:
        parts["docProps/core.xml"] = (
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
            'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f"<dc:title>{core_title}</dc:title><dc:creator>Jo Author</dc:creator>"
            "</cp:coreProperties>"
        )
    rels = "".join(_relationship(rid, target) for rid, target in (links or {}).items())
    parts["word/_rels/document.xml.rels"] = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f"{rels}</Relationships>"
    )
    parts["[Content_Types].xml"] = (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="xml" ContentType="application/xml"/></Types>'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, xml in parts.items():
            archive.writestr(name, _DECL + xml)
    return buffer.getvalue()
