"""One canonical document that uses every model node (as pandoc's canonical test document)."""

from __future__ import annotations

from edition.model import (
    Div,
    Document,
    Figure,
    Hi,
    Item,
    List,
    Metadata,
    Note,
    P,
    PageBreak,
    Quote,
    Quoted,
    Ref,
    Text,
    Title,
)

CANONICAL = Document(
    meta=Metadata(
        title="A Canonical Life",
        authors=("Ada Example",),
        source_title="A Canonical Life (web page)",
        publisher="Example Press",
        pub_date="2001",
        source_url="https://example.org/life",
        source_note="Invented for the test suite.",
        keywords=("Tests", "Examples"),
        normalizations=("Line-break hyphens joined.",),
    ),
    front=(
        Div(
            (
                Quote(
                    (P((Text("Every node once."),)),), source=(Text("The Maker"),), kind="epigraph"
                ),
            ),
            type="epigraph",
        ),
    ),
    body=(
        Div(
            (
                P(
                    (
                        Text("She read "),
                        Title((Text("The Book"),)),
                        Text(" in "),
                        Hi((Text("one"),), "italic"),
                        Text(" night."),
                        Note("1", (Text("A note with "), Title((Text("a title"),)), Text("."))),
                        Text(" Then she"),
                        PageBreak("2", "A CANONICAL LIFE"),
                        Text(" wrote: "),
                        Quoted((Text("words of her own"),)),
                        Text("."),
                    )
                ),
                Figure("portrait.jpg", (Text("A portrait; drawing by nobody"),)),
                Quote((P((Text("A block quotation."),)),)),
                Quote((P((Text("A cited one."),)),), source=(Text("Letters, p. 3"),)),
                List(
                    (
                        Item((Text("first"),)),
                        Item((Text("second"),), List((Item((Text("nested"),)),), ordered=True)),
                        Item(()),
                    )
                ),
                P(
                    (
                        Text("See "),
                        Ref("https://example.org", (Text("the site"),)),
                        Note("2", (), empty=True),
                        Text("."),
                    )
                ),
                Div((P((Text("Inner section."),)),), head=(Text("Part (1900–1901)"),)),
                P((Text("A paragraph after a sub-division."),)),
            ),
            head=(Text("Early years"),),
            type="chapter",
            n="1",
        ),
        PageBreak("3"),
    ),
    back=(
        Div(
            (Quote((P((Text("An extract."),)),), source=(Text("Source 1"),), kind="extract"),),
            head=(Text("Primary Sources"),),
            type="sources",
        ),
    ),
    format="canonical",
)
