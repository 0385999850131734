"""Safe parsing and atomic writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from edition.errors import InputError
from edition.xmlio import atomic_write, parse_bytes, serialize


def test_external_entities_are_not_loaded(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET", encoding="utf-8")
    doc = (f'<!DOCTYPE r [<!ENTITY x SYSTEM "file://{secret}">]><r>&x;</r>').encode()
    tree = parse_bytes(doc, "x.xml")
    assert "TOP SECRET" not in serialize(tree).decode()


def test_entity_expansion_bomb_is_not_expanded() -> None:
    bomb = (
        b'<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
        + b"".join(
            f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">'.encode() for i in range(8)
        )
        + b"]><r>&i;</r>"
    )
    try:
        tree = parse_bytes(bomb, "bomb.xml")
    except InputError:
        return  # refusing is as good as not expanding
    assert len(serialize(tree)) < 10_000


def test_malformed_xml_names_file_and_line() -> None:
    with pytest.raises(InputError) as info:
        parse_bytes(b"<a>\n<b>\n</a>", "broken.xml")
    assert info.value.message.startswith("broken.xml:3: not well-formed XML:")


def test_atomic_write_leaves_no_temp_files(tmp_path: Path) -> None:
    target = tmp_path / "out.xml"
    atomic_write(target, "first")
    atomic_write(target, "second")
    assert target.read_text(encoding="utf-8") == "second"
    assert [p.name for p in tmp_path.iterdir()] == ["out.xml"]


def test_pretty_printing_never_changes_mixed_content() -> None:
    tree = parse_bytes(b"<TEI><text><p><hi>a</hi><hi>b</hi> c</p></text></TEI>")
    assert b"<p><hi>a</hi><hi>b</hi> c</p>" in serialize(tree)


def test_atomic_write_gives_new_files_the_umask_mode_and_keeps_an_old_files_mode(tmp_path):
    from edition.xmlio import current_umask

    fresh = tmp_path / "fresh.xml"
    atomic_write(fresh, "<a/>")
    assert fresh.stat().st_mode & 0o777 == 0o666 & ~current_umask()  # not mkstemp's 0600
    kept = tmp_path / "kept.xml"
    kept.write_text("<a/>")
    kept.chmod(0o640)
    atomic_write(kept, "<b/>")
    assert kept.stat().st_mode & 0o777 == 0o640 and kept.read_text() == "<b/>"


def test_a_full_disk_names_the_target_not_the_temporary_file(tmp_path, monkeypatch):
    import errno
    import os

    from edition.xmlio import atomic_write

    def full(*_args):
        raise OSError(
            errno.ENOSPC, "No space left on device", str(tmp_path / ".doc.xml.ab12cd.tmp")
        )

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(OSError) as caught:
        atomic_write(tmp_path / "doc.xml", b"<x/>")
    assert caught.value.filename == str(tmp_path / "doc.xml")
    assert caught.value.errno == errno.ENOSPC
    assert list(tmp_path.iterdir()) == []
