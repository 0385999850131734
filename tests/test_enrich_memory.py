"""Enrichment remembers the tags it made: a tag a scholar deleted is not made again."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from lxml import etree

from edition.cli import main
from edition.enrich import enrich_files
from edition.enrich.memory import load, memory_path
from edition.xmlio import NSMAP, TEI_NS, parse_file, serialize

# Invented sentences (not from the seeds).
PARAGRAPHS = [
    "Our made-up line says that Trotsky met Lenin on 7 November 1917 in a cold hall.",
    "Years later Trotsky wrote to Lenin on 3 March 1918 about a train timetable.",
]


def tei(paragraphs: list[str]) -> str:
    body = "\n".join(f"      <p>{p}</p>" for p in paragraphs)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<TEI xmlns="{TEI_NS}">\n  <teiHeader><fileDesc><titleStmt><title>Ours</title>'
        "</titleStmt></fileDesc></teiHeader>\n  <text>\n    <body>\n"
        f"{body}\n    </body>\n  </text>\n</TEI>\n"
    )


def write(folder: Path, paragraphs: list[str] = PARAGRAPHS) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "doc.xml"
    path.write_text(tei(paragraphs), encoding="utf-8")
    return path


def tags(path: Path) -> list[tuple[int, str, str]]:
    """(paragraph number, element name, text) of every persName and date, in order."""
    root = parse_file(path).getroot()
    found = []
    for number, p in enumerate(root.iterfind(".//tei:body//tei:p", NSMAP)):
        for el in p.iter(f"{{{TEI_NS}}}persName", f"{{{TEI_NS}}}date"):
            found.append((number, etree.QName(el).localname, "".join(el.itertext())))
    return found


def edit(path: Path, change) -> None:
    """Change the tree the way a scholar would in an editor, and save it."""
    tree = parse_file(path)
    change(tree.getroot())
    path.write_bytes(serialize(tree, pretty=False))


def unwrap(root: etree._Element, paragraph: int, name: str, text: str) -> None:
    """Remove the <name> around `text` in the paragraph, keeping its text."""
    p = root.findall(".//tei:body//tei:p", NSMAP)[paragraph]
    (el,) = [e for e in p.iter(f"{{{TEI_NS}}}{name}") if "".join(e.itertext()) == text]
    parent, previous = el.getparent(), el.getprevious()
    joined = (el.text or "") + (el.tail or "")
    if previous is not None:
        previous.tail = (previous.tail or "") + joined
    else:
        parent.text = (parent.text or "") + joined
    parent.remove(el)


def add_paragraph(root: etree._Element, text: str) -> None:
    body = root.find(".//tei:body", NSMAP)
    etree.SubElement(body, f"{{{TEI_NS}}}p").text = text


def delete_lenin_and_date(root: etree._Element) -> None:
    unwrap(root, 0, "persName", "Lenin")
    unwrap(root, 1, "date", "3 March 1918")


def enrich_cli(*paths: Path) -> None:
    result = CliRunner().invoke(main, ["enrich", *map(str, paths)])
    assert result.exit_code == 0, result.output


ALL_TAGS = [
    (0, "persName", "Trotsky"),
    (0, "persName", "Lenin"),
    (0, "date", "7 November 1917"),
    (1, "persName", "Trotsky"),
    (1, "persName", "Lenin"),
    (1, "date", "3 March 1918"),
]


def test_deleted_tags_stay_deleted_and_new_text_is_tagged(tmp_path: Path) -> None:
    path = write(tmp_path / "tei")
    enrich_cli(path)
    assert tags(path) == ALL_TAGS

    def scholar(root: etree._Element) -> None:
        delete_lenin_and_date(root)
        add_paragraph(root, "An added line: Lenin answered on 5 May 1919.")

    edit(path, scholar)
    enrich_cli(path)
    assert tags(path) == [
        (0, "persName", "Trotsky"),
        (0, "date", "7 November 1917"),
        (1, "persName", "Trotsky"),
        (1, "persName", "Lenin"),
        (2, "persName", "Lenin"),
        (2, "date", "5 May 1919"),
    ]


def test_without_memory_the_deleted_tags_come_back(tmp_path: Path) -> None:
    """The memory file is what keeps them out: a hand-written file is enriched normally."""
    path = write(tmp_path / "tei")
    enrich_files([path])
    edit(path, delete_lenin_and_date)
    memory_path(path.parent, str(path)).unlink()
    enrich_files([path])
    assert tags(path) == ALL_TAGS


def test_runs_after_a_deletion_are_idempotent(tmp_path: Path) -> None:
    path = write(tmp_path / "tei")
    enrich_files([path])
    edit(path, delete_lenin_and_date)
    enrich_files([path])
    memory = memory_path(path.parent, str(path))
    before = path.read_bytes(), memory.read_bytes()
    (result,) = enrich_files([path])
    assert not result.changed
    assert (path.read_bytes(), memory.read_bytes()) == before


def test_memory_lists_the_tags_made_with_context(tmp_path: Path) -> None:
    path = write(tmp_path / "tei")
    enrich_files([path])
    remembered = load(memory_path(path.parent, str(path)))
    assert sum(remembered.values()) == len(ALL_TAGS)
    # Element name, normalized text, 20 characters of context before and after.
    assert remembered[("date", "3 march 1918", "ky wrote to lenin on", "about a train timeta")] == 1


def test_changed_ref_is_kept_and_not_doubled(tmp_path: Path) -> None:
    path = write(tmp_path / "tei")
    enrich_files([path])

    def correct(root: etree._Element) -> None:
        first = root.find(".//tei:persName", NSMAP)
        first.set("ref", "persons.xml#someone-else")

    edit(path, correct)
    enrich_files([path])
    refs = [p.get("ref") for p in parse_file(path).iterfind(".//tei:persName", NSMAP)]
    assert refs[0] == "persons.xml#someone-else"
    assert tags(path) == ALL_TAGS


def test_deletion_survives_an_edit_on_one_side(tmp_path: Path) -> None:
    path = write(tmp_path / "tei")
    enrich_files([path])

    def scholar(root: etree._Element) -> None:
        delete_lenin_and_date(root)
        p = root.findall(".//tei:body//tei:p", NSMAP)[0]
        lenin_follows = p[0]  # the Trotsky tag; "met Lenin on …" is its tail
        lenin_follows.tail = lenin_follows.tail.replace(" met ", " once met ")

    edit(path, scholar)
    enrich_files([path])
    assert (0, "persName", "Lenin") not in tags(path)
    assert (1, "date", "3 March 1918") not in tags(path)


def test_convert_starts_the_memory_over(tmp_path: Path) -> None:
    source = tmp_path / "life.txt"
    source.write_text(
        "A SHORT LIFE\n\nIn this invented text Trotsky met Lenin on 7 November 1917.\n",
        encoding="utf-8",
    )
    out = tmp_path / "tei"
    runner = CliRunner()
    result = runner.invoke(main, ["convert", str(source), "-o", str(out), "-f", "wiki-text"])
    assert result.exit_code == 0, result.output
    target = out / "life.xml"
    converted = [t[1:] for t in tags(target)]
    assert ("persName", "Lenin") in converted

    edit(target, lambda root: unwrap(root, 0, "persName", "Lenin"))
    enrich_cli(target)
    assert ("persName", "Lenin") not in [t[1:] for t in tags(target)]

    # Converted again (over the edited file): fresh file, fresh memory, so Lenin is tagged.
    result = runner.invoke(
        main, ["convert", str(source), "-o", str(out), "-f", "wiki-text", "--force"]
    )
    assert result.exit_code == 0, result.output
    enrich_cli(target)
    assert [t[1:] for t in tags(target)] == converted


def test_deleted_uncertain_name_is_not_tagged_nor_reported_again(tmp_path: Path) -> None:
    # Two of the gazetteer's people by one word: the document is of its domain (see
    # persons._strangers), so "Sedov", shared by several of them, is ambiguous here.
    line = "A made-up line: Lenin told Trotsky that Sedov came to dinner on 2 June 1930."
    path = write(tmp_path / "tei", [line])
    (first,) = enrich_files([path])
    assert [d.code for d in first.report.warnings] == ["person-ambiguous"]
    edit(path, lambda root: unwrap(root, 0, "persName", "Sedov"))
    (second,) = enrich_files([path])
    assert second.report.warnings == []
    assert tags(path) == [
        (0, "persName", "Lenin"),
        (0, "persName", "Trotsky"),
        (0, "date", "2 June 1930"),
    ]
