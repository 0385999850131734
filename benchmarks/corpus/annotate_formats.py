"""Draft the expected counts in formats-annotations.tsv from what each file states.

    python benchmarks/corpus/annotate_formats.py [CORPUS_DIR] > benchmarks/corpus/formats-annotations.tsv

Independent of the readers (no code of edition/): Word notes are w:footnoteReference,
w:endnoteReference and w:commentReference elements, headings paragraphs styled "heading N" or
"Title"; Markdown notes are distinct [^label] references (definitions at a line start are not
counted) and ^[inline] notes, headings ATX lines and "=" setext underlines outside code fences
and front matter; HTML notes are sup.reference links, #fn/#_ftn/footnote-ref links and
easy-footnote links. The drafts were then checked by eye on the files with notes.
"""

import io
import re
import sys
import zipfile
from pathlib import Path

from lxml import etree
from lxml import html as lhtml

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
root = (
    Path(sys.argv[1])
    if len(sys.argv) > 1
    else Path(__file__).resolve().parents[3] / "devcorpus" / "formats"
)
rows = []
for split in ("dev", "held-out"):
    for fmt in ("html", "docx", "markdown"):
        for p in sorted((root / split / fmt).glob("*")):
            data = p.read_bytes()
            if fmt == "docx":
                z = zipfile.ZipFile(io.BytesIO(data))
                doc = etree.fromstring(z.read("word/document.xml"))
                notes = (
                    len(doc.findall(f".//{W}footnoteReference"))
                    + len(doc.findall(f".//{W}endnoteReference"))
                    + len(doc.findall(f".//{W}commentReference"))
                )
                names = {}
                if "word/styles.xml" in z.namelist():
                    st = etree.fromstring(z.read("word/styles.xml"))
                    for s in st.iter(f"{W}style"):
                        n = s.find(f"{W}name")
                        names[s.get(f"{W}styleId")] = n.get(f"{W}val") if n is not None else ""
                heads = 0
                for ps in doc.iter(f"{W}pStyle"):
                    nm = names.get(ps.get(f"{W}val"), ps.get(f"{W}val")).lower()
                    if re.match(r"(heading \d|title)$", nm):
                        heads += 1
            elif fmt == "markdown":
                t = data.decode("utf-8", "replace")
                t = re.sub(r"(?ms)^(```|~~~).*?^\1", "", t)
                t = re.sub(r"\A---\n.*?\n---\n", "", t, flags=re.DOTALL)
                notes = len(set(re.findall(r"(?<!^)(?<!\n)\[\^([^\]]+)\]", t))) + len(
                    re.findall(r"\^\[", t)
                )
                heads = len(re.findall(r"(?m)^#{1,6}\s+\S", t)) + len(
                    re.findall(r"(?m)^\S.*\n=+\s*$", t)
                )
            else:
                doc = lhtml.document_fromstring(data)
                refs = doc.xpath(
                    "//sup[contains(concat(' ',@class,' '),' reference ')]//a[contains(@href,'#')]"
                )
                fn = doc.xpath(
                    "//a[starts-with(@href,'#fn') and not(starts-with(@href,'#fnref'))]|//a[contains(@class,'footnote-ref')]|//a[starts-with(@href,'#_ftn') and not(starts-with(@href,'#_ftnref'))]|//sup/a[starts-with(@href,'#') and not(contains(@href,'ref'))]|//*[contains(concat(' ',@class,' '),' easy-footnote ')]/a[contains(@href,'#')]"
                )
                notes = len(set(map(id, refs)) | set(map(id, fn)))
                heads = -1
            rows.append((p.name, notes, heads, split, fmt))
print("# file\tnotes expected\theadings expected (-1: not annotated)\tsplit\tformat")
for r in rows:
    print("\t".join(map(str, r)))
