"""Integration: `edition convert` over the five seeds in ../shared/seeds (issue 3's done-when).

The seeds are converted once, through the command line, into a temporary directory. Each seed
is then checked on its own: detected format, word 4-gram fidelity, notes resolved (counts taken
by reading the seeds; for 002 the hand annotation lists every marker), no orphan note bodies, no
line-break hyphen or running head left in the text, and validity against tei_all.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ROOT, SEED_FORMATS, seed_path
from lxml import etree

from edition.cli import main
from edition.fidelity import measure, words
from edition.xmlio import NSMAP, parse_file, tei

ANNOTATIONS = ROOT / "benchmarks" / "annotations"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


@dataclass(frozen=True)
class Expected:
    """Counts taken by reading the seed: note markers in the text and, of their bodies, how
    many the source leaves blank."""

    notes: int
    empty: int = 0


EXPECTED = {
    "000": Expected(221),  # "(1)".."(221)" in the text, one References entry each
    "001": Expected(170, empty=71),  # "[1]".."[170]"; 71 list entries are a bare "[N]"
    "002": Expected(34),  # every "*"/"†" marker, as in the 002 note annotation
    "003": Expected(0),
    "004": Expected(0),
}
SUMMARY = re.compile(
    r"^(?P<name>\S+\.xml): (?P<format>[\w-]+), (?P<paragraphs>\d+) paragraphs, "
    r"(?P<resolved>\d+) notes resolved, (?P<empty>\d+) empty, (?P<persons>\d+) persons, (?P<dates>\d+) dates, (?P<warnings>\d+) warnings?$",
    re.MULTILINE,
)
DIAGNOSTIC = re.compile(
    r"^(?P<path>.+?):(?P<line>\d+):\d+: warning\[(?P<code>[\w-]+)\]", re.MULTILINE
)


@dataclass(frozen=True)
class Run:
    exit_code: int
    stdout: str
    stderr: str
    exception: BaseException | None
    outdir: Path


@pytest.fixture(scope="module")
def run(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Run:
    """`edition convert` on every seed at once, as a user would run it."""
    sources = sorted(str(path) for path in seeds_dir.glob("*.txt"))
    outdir = tmp_path_factory.mktemp("seeds-tei")
    result = CliRunner().invoke(main, ["convert", *sources, "-o", str(outdir)])
    return Run(result.exit_code, result.stdout, result.stderr, result.exception, outdir)


def converted(run: Run, prefix: str) -> tuple[Path, Path, etree._ElementTree]:
    """(seed, its TEI file, the parsed TEI) for the seed named by `prefix`."""
    source = seed_path(prefix)
    target = run.outdir / f"{source.stem}.xml"
    assert target.is_file(), f"{target.name} not written:\n{run.stderr[-2000:]}"
    return source, target, parse_file(target)


def summary_of(run: Run, source: Path) -> dict[str, str]:
    found = {m["name"]: m.groupdict() for m in SUMMARY.finditer(run.stdout)}
    assert f"{source.stem}.xml" in found, run.stdout
    return found[f"{source.stem}.xml"]


def warning_codes(run: Run, source: Path) -> list[str]:
    return [m["code"] for m in DIAGNOSTIC.finditer(run.stderr) if Path(m["path"]) == source]


def removed_log(run: Run, source: Path) -> list[dict]:
    path = run.outdir / ".edition" / "removed" / f"{source.stem}.json"
    return json.loads(path.read_text("utf-8"))


def text_of(tree: etree._ElementTree, without: tuple[str, ...] = ("fw",)) -> str:
    """The text of TEI `text`, leaving out the named elements (their tails kept); elements
    are separated by a space so that words of different blocks never run together."""
    parts: list[str] = []

    def visit(element: etree._Element) -> None:
        if not isinstance(element.tag, str) or etree.QName(element).localname not in without:
            parts.append(element.text or "" if isinstance(element.tag, str) else "")
            for child in element:
                visit(child)
        parts.append(" " + (element.tail or ""))

    visit(tree.getroot().find(tei("text")))
    return "".join(parts)


SEEDS = sorted(EXPECTED)


def test_convert_runs_without_traceback_and_exits_0(run: Run) -> None:
    assert run.exception is None or isinstance(run.exception, SystemExit), repr(run.exception)
    assert "Traceback" not in run.stdout + run.stderr
    assert run.exit_code == 0, run.stderr[-2000:]
    assert len(SUMMARY.findall(run.stdout)) == len(EXPECTED)


@pytest.mark.parametrize("prefix", SEEDS)
def test_seed_is_detected_as_its_format(run: Run, prefix: str) -> None:
    source = seed_path(prefix)
    assert summary_of(run, source)["format"] == SEED_FORMATS[prefix]


@pytest.mark.parametrize("prefix", SEEDS)
def test_seed_fidelity_meets_the_targets(run: Run, prefix: str) -> None:
    source, _, tree = converted(run, prefix)
    removed = [(entry["line"], entry["text"]) for entry in removed_log(run, source)]
    fidelity = measure(source.read_text("utf-8"), tree, removed)
    assert fidelity.source_found >= 0.99, str(fidelity)
    assert fidelity.tei_extra <= 0.02, str(fidelity)


@pytest.mark.parametrize("prefix", SEEDS)
def test_seed_notes_are_all_resolved_and_no_body_is_orphaned(run: Run, prefix: str) -> None:
    source, _, tree = converted(run, prefix)
    expected = EXPECTED[prefix]
    notes = tree.xpath("//tei:text//tei:note", namespaces=NSMAP)
    empty = [note for note in notes if note.get("type") == "empty"]
    assert (len(notes), len(empty)) == (expected.notes, expected.empty)
    for note in notes:
        has_text = bool(words("".join(note.itertext())))
        assert has_text != (note.get("type") == "empty"), note.get(XML_ID)
        assert note.get("n") and note.get("place") in ("foot", "end")
    summary = summary_of(run, source)
    assert (int(summary["resolved"]), int(summary["empty"])) == (
        expected.notes - expected.empty,
        expected.empty,
    )
    codes = warning_codes(run, source)
    assert not [code for code in codes if "orphan" in code or "unresolved" in code], codes
    assert not tree.xpath("//tei:div[@type='orphan-notes']", namespaces=NSMAP)


def test_pdf_seed_notes_match_the_annotated_markers(run: Run) -> None:
    (annotation,) = ANNOTATIONS.glob("002_*.notes.json")
    markers = json.loads(annotation.read_text("utf-8"))["markers"]
    _, _, tree = converted(run, "002")
    notes = tree.xpath("//tei:text//tei:note", namespaces=NSMAP)
    assert sorted(note.get("n") for note in notes) == sorted(m["n"] for m in markers)


@pytest.mark.parametrize("prefix", SEEDS)
def test_seed_keeps_no_line_break_hyphen(run: Run, prefix: str) -> None:
    """A hyphen before a space whose two halves make a word the document prints whole."""
    _, _, tree = converted(run, prefix)
    text = text_of(tree)
    vocabulary = {w.lower() for w in re.findall(r"[^\W\d_]+", text)}
    left = [
        match.group(0)
        for match in re.finditer(r"([^\W\d_]+)-\s+([^\W\d_]+)", text)
        if (match.group(1) + match.group(2)).lower() in vocabulary
    ]
    assert left == []
    assert not re.search(r"\w-\n", text)


def test_pdf_seed_keeps_no_running_head_or_page_number_in_the_text(run: Run) -> None:
    source, _, tree = converted(run, "002")
    log = removed_log(run, source)
    heads = {entry["text"] for entry in log if entry["category"] == "running-head"}
    footers = [entry for entry in log if entry["category"] == "page-number"]
    assert len(heads) >= 5 and len(footers) >= 20
    text = text_of(tree, without=("fw", "note"))
    for head in heads:
        assert head not in text
    pages = tree.xpath("//tei:text//tei:pb", namespaces=NSMAP)
    assert len(pages) >= len(footers)
    kept_heads = {" ".join(words(fw.text or "")) for fw in tree.iter(tei("fw"))}
    assert kept_heads and all(kept_heads)
    for pb in pages:  # the text after a page break never opens with a running head
        after = pb.getnext().tail if _is_fw(pb.getnext()) else pb.tail
        opening = " ".join(words(after or ""))
        assert not any(head and opening.startswith(head + " ") for head in kept_heads), opening
    lines = source.read_text("utf-8").split("\n")
    stream = f" {' '.join(words(text))} "
    for footer in footers:  # the word before a page number is never followed by it
        before = next(line for line in reversed(lines[: footer["line"] - 1]) if line.strip())
        assert f" {words(before)[-1]} {footer['text']} " not in stream, footer["line"]


def _is_fw(element: etree._Element | None) -> bool:
    return element is not None and element.tag == tei("fw")


@pytest.mark.parametrize("prefix", SEEDS)
def test_seed_tei_is_valid_against_tei_all(run: Run, prefix: str, tei_all_schema) -> None:
    _, target, tree = converted(run, prefix)
    assert tree.getroot().tag == tei("TEI")
    assert tei_all_schema.validate(tree), f"{target.name}: {tei_all_schema.error_log.last_error}"


@pytest.mark.parametrize("prefix", SEEDS)
def test_seed_dates_take_no_year_from_a_distant_mention(run: Run, prefix: str) -> None:
    """The seeds tell lives of 1850-1950: a month or day date whose year the text does not
    write takes it from the narrative around it, never from a year mentioned in passing
    (a dynasty "begun in 1613")."""
    _, _, tree = converted(run, prefix)
    for date in tree.xpath("//tei:text//tei:date[@when]", namespaces=NSMAP):
        when, text = date.get("when"), "".join(date.itertext())
        if len(when) > 4 and not when.startswith("--") and when[:4] not in text:
            assert when >= "1850", f"{text!r} dated {when}"
