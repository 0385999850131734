"""Legacy TEI with DTD entities: known ones become characters on the page, unknown ones stay
visible and are reported with their count and first line."""

from __future__ import annotations

from pathlib import Path

from edition.progress import Console
from edition.site import build_site

LEGACY = """<!DOCTYPE TEI.2 SYSTEM "tei2.dtd">
<TEI.2><teiHeader><fileDesc><titleStmt><title>An old play</title></titleStmt></fileDesc>
</teiHeader><text><body>
<p>The caf&eacute; sold &aelig;ther &mdash; and &frac12; a loaf.</p>
<p>A sign read &unknownthing; twice: &unknownthing;.</p>
</body></text></TEI.2>
"""


def test_known_entities_become_characters_and_unknown_ones_are_reported(
    tmp_path: Path, capsys
) -> None:
    tei = tmp_path / "tei"
    tei.mkdir()
    (tei / "play.xml").write_text(LEGACY, "utf-8")
    build_site(tei, tmp_path / "site", Console(1))
    page = (tmp_path / "site" / "play.html").read_text("utf-8")
    assert "The café sold æther — and ½ a loaf." in page
    assert "&amp;unknownthing;" in page  # shown as written, escaped
    err = capsys.readouterr().err
    assert "warning[entity-unresolved]" in err and "play.xml:5:" in err
    assert "2 entity reference(s)" in err and "&unknownthing;" in err
