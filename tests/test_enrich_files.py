"""`edition enrich`: TEI files enriched in place, safely, idempotently, keeping hand edits."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from edition.cli import main
from edition.enrich import enrich_files
from edition.errors import EditionError, InputError
from edition.guard import EditGuard, OutputLock
from edition.progress import Console
from edition.xmlio import NSMAP, TEI_NS, parse_bytes, parse_file

DOC = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    f'<TEI xmlns="{TEI_NS}">\n  <teiHeader><fileDesc><titleStmt><title>Ours</title></titleStmt>'
    "</fileDesc></teiHeader>\n  <text>\n    <body>\n"
    "      <p>An invented line: Trotsky wrote to Lenin.</p>\n"
    '      <p>A scholar tagged <persName ref="persons.xml#lenin">Ilyich</persName> by hand; '
    '<persName ref="persons.xml#stalin">Koba</persName> too.</p>\n'
    "    </body>\n  </text>\n</TEI>\n"
)


def write(folder: Path, name: str = "doc.xml", text: str = DOC) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def refs(path: Path) -> list[tuple[str, str]]:
    tree = parse_file(path)
    return [
        ("".join(p.itertext()), p.get("ref", ""))
        for p in tree.xpath("//tei:persName", namespaces=NSMAP)
    ]


def test_enrich_adds_tags_in_place_and_writes_persons_xml(tmp_path: Path) -> None:
    path = write(tmp_path / "tei")
    (result,) = enrich_files([path])
    assert result.changed
    assert refs(path) == [
        ("Trotsky", "persons.xml#trotsky"),
        ("Lenin", "persons.xml#lenin"),
        ("Ilyich", "persons.xml#lenin"),
        ("Koba", "persons.xml#stalin"),
    ]
    assert (tmp_path / "tei" / "persons.xml").is_file()
    # Only markup was added: every character of the text is still there, in order.
    original = "".join(parse_bytes(DOC.encode("utf-8")).getroot().itertext())
    assert "".join(parse_file(path).getroot().itertext()) == original


def test_second_run_changes_nothing(tmp_path: Path) -> None:
    path = write(tmp_path / "tei")
    enrich_files([path.parent])
    first = path.read_bytes(), (path.parent / "persons.xml").read_bytes()
    (result,) = enrich_files([path.parent])
    assert not result.changed
    assert (path.read_bytes(), (path.parent / "persons.xml").read_bytes()) == first


def test_hand_corrected_tags_are_kept(tmp_path: Path) -> None:
    path = write(tmp_path / "tei")
    enrich_files([path])
    corrected = path.read_text("utf-8").replace(
        'ref="persons.xml#trotsky"', 'ref="persons.xml#lev-sedov"'
    )
    path.write_text(corrected, encoding="utf-8")
    enrich_files([path])
    assert refs(path)[0] == ("Trotsky", "persons.xml#lev-sedov")


def test_convert_output_stays_unedited_but_hand_edits_stay_edited(tmp_path: Path) -> None:
    folder = tmp_path / "tei"
    folder.mkdir()
    guard = EditGuard(folder)
    guard.write(folder / "generated.xml", DOC.encode("utf-8"))  # as convert would have
    edited = write(folder, "edited.xml")  # never written by convert: a scholar's file
    enrich_files([folder])
    assert not EditGuard(folder).is_edited(folder / "generated.xml")
    assert EditGuard(folder).is_edited(edited)
    assert refs(folder / "generated.xml")[0] == ("Trotsky", "persons.xml#trotsky")


def test_persons_option_names_the_personography(tmp_path: Path) -> None:
    a = write(tmp_path / "a")
    b = write(tmp_path / "b")
    with pytest.raises(EditionError, match="several folders.*--personography"):
        enrich_files([a, b])
    enrich_files([a, b], persons_file=tmp_path / "persons.xml")
    assert (tmp_path / "persons.xml").is_file()
    assert not (tmp_path / "a" / "persons.xml").exists()


def test_malformed_xml_is_reported_with_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.xml", f'<TEI xmlns="{TEI_NS}">\n<text><p>open</text></TEI>\n')
    with pytest.raises(InputError) as caught:
        enrich_files([path])
    assert caught.value.message.startswith(f"{path}:2: not well-formed XML:")
    assert caught.value.message.endswith("; fix the markup")


def test_a_file_that_is_not_tei_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "other.xml", "<html><body>Trotsky</body></html>\n")
    with pytest.raises(InputError) as caught:
        enrich_files([path])
    assert caught.value.message == (
        f"{path}: not a TEI document (root element is not tei:TEI); pass TEI files"
    )


def test_cli_enrich_prints_a_summary_per_file(tmp_path: Path) -> None:
    path = write(tmp_path / "tei")
    result = CliRunner().invoke(main, ["enrich", str(path.parent)])
    assert result.exit_code == 0, result.output
    assert result.stdout == "doc.xml: 2 persons tagged, 0 dates tagged, 0 warnings (updated)\n"
    again = CliRunner().invoke(main, ["enrich", str(path)])
    assert again.stdout == "doc.xml: 0 persons tagged, 0 dates tagged, 0 warnings (unchanged)\n"


def test_cli_enrich_reports_ambiguous_names(tmp_path: Path) -> None:
    text = DOC.replace("Trotsky wrote to Lenin.", "Sedov wrote to Lenin.")
    path = write(tmp_path / "tei", text=text)
    result = CliRunner().invoke(main, ["enrich", str(path)])
    assert result.exit_code == 0
    assert result.stderr == (
        f'{path}:6:1: warning[person-ambiguous]: "Sedov" (in "…An invented line: Sedov wrote '
        'to Lenin.…") could be #lev-sedov, #sergei-sedov, #natalia-sedova; tagged cert="low" '
        'without @ref; add ref="persons.xml#…" by hand; the next run keeps it\n'
    )


def test_a_persons_xml_laid_out_by_hand_is_not_rewritten(tmp_path: Path) -> None:
    path = write(tmp_path / "tei")
    enrich_files([path])
    persons = tmp_path / "tei" / "persons.xml"
    relaid = persons.read_text("utf-8").replace("\n  ", "\n\t")  # the scholar's indentation
    persons.write_text(relaid, "utf-8")
    enrich_files([path])
    assert persons.read_text("utf-8") == relaid


def test_a_hand_edited_persons_xml_is_backed_up_before_new_entries(tmp_path: Path) -> None:
    path = write(tmp_path / "tei")
    enrich_files([path])
    persons = tmp_path / "tei" / "persons.xml"
    edited = persons.read_text("utf-8").replace(
        '<persName type="preferred">Leon Trotsky</persName>',
        '<persName type="preferred">Leon Trotsky</persName><note>Checked by hand.</note>',
    )
    assert edited != persons.read_text("utf-8")
    persons.write_text(edited, "utf-8")
    write(tmp_path / "tei", "more.xml", DOC.replace("Trotsky wrote to Lenin", "Bukharin wrote"))
    warnings: list[str] = []

    class Collect(Console):
        def warn(self, message: str) -> None:
            warnings.append(message)

    enrich_files([tmp_path / "tei"], console=Collect(0))
    after = persons.read_text("utf-8")
    assert "Checked by hand." in after and 'xml:id="bukharin"' in after
    backups = list((tmp_path / "tei" / ".edition" / "backups").glob("persons.*.xml"))
    assert [b.read_text("utf-8") for b in backups] == [edited]
    assert any("notice[persons-backup]" in w and str(backups[0]) in w for w in warnings)


@pytest.mark.skipif(os.name != "posix", reason="advisory locks need POSIX")
def test_enrich_waits_for_another_writer_then_fails_clearly(tmp_path: Path, monkeypatch) -> None:
    path = write(tmp_path / "tei")
    monkeypatch.setenv("EDITION_LOCK_TIMEOUT", "0.3")
    with OutputLock(tmp_path / "tei", notify=lambda message: None):
        with pytest.raises(EditionError, match="another `edition convert` or `edition enrich`"):
            enrich_files([path])
    assert refs(path) == [("Ilyich", "persons.xml#lenin"), ("Koba", "persons.xml#stalin")]
