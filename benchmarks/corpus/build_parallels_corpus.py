"""Rebuild the texts of the parallels sets p1 (Beethoven), p2 (Socrates) and p3 (Joan of Arc).

Usage: python benchmarks/corpus/build_parallels_corpus.py --mirror /work/.mirror
    --out /work/devcorpus/parallels [--set p1] [--set p2] [--set p3]
writes OUT/<set>/<name>.txt (UTF-8, LF line ends) for the documents of each set (all sets when no
--set is given), deterministically from pinned commits of git mirrors (MIRROR/<owner>+<name>/repo,
a bare git directory or a checkout).

Set p1 (shared quotations and life events; Beethoven), six documents:

- wiki-beethoven.txt: Wikipedia "Ludwig van Beethoven" (2019-07-20 dump as Markdown,
  github.com/chinapedia/wikipedia.abstract.en, Page/Ludwig_van_Beethoven.md), rendered as
  build_persons_corpus_heldout6.py does (markdown-it-py; every <p>, <li>, <h2>, <h3> of eight
  words or more is one line). CC BY-SA 3.0.
- fischer-early.txt, fischer-late.txt: George Alexander Fischer, "Beethoven: A Character Study"
  (1905), Project Gutenberg #15141 (github.com/GITenberg/Beethoven-a-character-study--13-...
  _15141, 15141-8.txt): chapters I-IV, and chapters XII-XVIII. Public domain.
- wallace-vol1.txt, wallace-vol2.txt: "Beethoven's Letters 1790-1826" from the collection of
  Ludwig Nohl, translated by Lady Wallace (1866), Project Gutenberg #13065 and #13272
  (github.com/GITenberg/Beethoven-s-Letters-1790-1826-Volume-1_13065, 13065-8.txt, and
  ...-Volume-2_13272, 13272-8.txt): volume 1 from "FIRST PART." to the end of letter 68;
  volume 2 from letter 366 to the end of letter 476 (before the index). Public domain.
- hoffmann-upton.txt: Franz Hoffmann, "Ludwig van Beethoven", translated by George P. Upton
  (1904), Project Gutenberg #62742 (github.com/GITenberg/Ludwig-Van-Beethoven_62742,
  62742-0.txt): chapters "In Vienna" and "The End" with the book's footnotes (before the
  appendix). Public domain.

Set p2 (Socrates: his trial, prison and death), five documents:

- wiki-plato.txt: Wikipedia "Plato" (same dump and rendering as wiki-beethoven; the dump has no
  "Socrates" page, and the "Plato" article has a section on the trial and death of Socrates).
  CC BY-SA 3.0.
- jowett-apology.txt: Plato, "Apology", translated by Benjamin Jowett, Project Gutenberg #1656
  (github.com/GITenberg/Apology_1656, 1656.txt): Jowett's introduction and the whole dialogue
  (from "INTRODUCTION." to the Gutenberg end line). Public domain.
- cary-apology.txt, cary-crito.txt: Plato, "Apology, Crito, and Phaedo of Socrates", literally
  translated by Henry Cary, with an introduction by Edward Brooks, Jr., Project Gutenberg #13726
  (github.com/GITenberg/Apology-Crito-and-Phaedo-of-Socrates_13726, 13726-8.txt): Brooks's
  introduction and the Apology with its footnotes (from "INTRODUCTION." to "INTRODUCTION TO THE
  CRITO."); the introduction to the Crito, the Crito, its footnotes and the introduction to the
  Phaedo (up to the heading "PHÆDO;"). Public domain.
- xenophon-memorabilia.txt: Xenophon, "The Memorabilia", translated by H. G. Dakyns (1897),
  Project Gutenberg #1177 (github.com/GITenberg/The-Memorabilia_1177, 1177.txt): Book I (from
  "BOOK I" up to "BOOK II"). Public domain.

Set p3 (Joan of Arc: her mission, capture, trial and death), five documents:

- wiki-joan.txt: Wikipedia "Joan of Arc" (same dump and rendering as wiki-beethoven). CC BY-SA 3.0.
- guizot-joan.txt: François Guizot, "A Popular History of France from the Earliest Times", vol. 3,
  translated by Robert Black, Project Gutenberg #11953 (github.com/GITenberg/A-Popular-History-of-
  France-from-the-Earliest-Times-Volume-3_11953, 11953-0.txt): chapter XXIV, "The Hundred Years'
  War.--Charles VII. and Joan of Arc. 1422-1461" (up to the heading of chapter XXV). Public domain.
- richards-joan.txt: Laura E. Richards, "Joan of Arc" (1919), Project Gutenberg #45743
  (github.com/GITenberg/Joan-of-Arc_45743, 45743-8.txt): chapters V ("The Voices") to XVI
  ("Rouen") with their footnotes, up to the Gutenberg end line. Public domain.
- lang-joan.txt: Andrew Lang, "The Story of Joan of Arc" (1906), Project Gutenberg #48470
  (github.com/GITenberg/The-Story-of-Joan-of-Arc_48470, 48470-0.txt): the whole story, chapters
  I to XIX, up to the Gutenberg end line. Public domain.
- gower-trial.txt: Lord Ronald Gower, "Joan of Arc" (1893), Project Gutenberg #16933
  (github.com/GITenberg/Joan-of-Arc_16933, 16933-8.txt): chapters V ("Imprisonment and Trial")
  and VI ("Martyrdom"), up to the heading of chapter VII. Public domain.

Gutenberg texts keep their own layout (hard-wrapped lines, footnotes where the book has them);
only the encoding (ISO-8859-1 or UTF-8 with BOM) becomes UTF-8 and CRLF becomes LF. Cuts are made
at heading lines, found by their exact text, so the line numbers of
benchmarks/annotations/parallels_<set>.json refer to these files. Origins: SOURCES-parallels.md.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_persons_corpus import paragraphs
from build_persons_corpus_heldout6 import WIKI_COMMIT, wiki_pages

WIKI_REPO = "chinapedia+wikipedia.abstract.en"
WIKI_PAGES = {"Ludwig_van_Beethoven": "wiki-beethoven"}

FISCHER_REPO = "GITenberg+Beethoven-a-character-study--13-Together-with-Wagner-s-indebtedness-to-Beethoven_15141"
FISCHER = (FISCHER_REPO, "e6caab699ba7d4bd4060c1fa97b0b912f76c38d9", "15141-8.txt", "latin-1")
WALLACE1 = (
    "GITenberg+Beethoven-s-Letters-1790-1826-Volume-1_13065",
    "88db4e7af9251cfbd0bff7a02e463d46e30cf62a",
    "13065-8.txt",
    "latin-1",
)
WALLACE2 = (
    "GITenberg+Beethoven-s-Letters-1790-1826-Volume-2_13272",
    "3484c039b1416cf01897f8b517ab0228bb642fae",
    "13272-8.txt",
    "latin-1",
)
HOFFMANN = (
    "GITenberg+Ludwig-Van-Beethoven_62742",
    "da12897f09cf0116a2739c08d46901cba1347cf6",
    "62742-0.txt",
    "utf-8-sig",
)

# name -> (book, first, n, end): the cut runs from the n-th line whose stripped text equals
# `first` up to, not including, the next line after it whose stripped text equals `end`.
CUTS: dict[str, tuple[tuple[str, str, str, str], str, int, str]] = {
    "fischer-early": (FISCHER, "CHAPTER I", 1, "CHAPTER V"),
    "fischer-late": (FISCHER, "CHAPTER XII", 1, "CHAPTER XIX"),
    "wallace-vol1": (WALLACE1, "FIRST PART.", 2, "69."),
    "wallace-vol2": (WALLACE2, "366.", 1, "INDEX."),
    "hoffmann-upton": (HOFFMANN, "_In Vienna_", 1, "Appendix"),
}

# Set p2: Socrates.
P2_WIKI_PAGES = {"Plato": "wiki-plato"}
JOWETT = ("GITenberg+Apology_1656", "9d9e76f26b45c5de9c716d6ab5b3adaba175aec8", "1656.txt", "utf-8")
CARY = (
    "GITenberg+Apology-Crito-and-Phaedo-of-Socrates_13726",
    "b610aa898374f6952165605aceb4972585862004",
    "13726-8.txt",
    "latin-1",
)
DAKYNS = (
    "GITenberg+The-Memorabilia_1177",
    "96bd576fed1d4cf3613c4383bd52a518427ca520",
    "1177.txt",
    "utf-8",
)
P2_CUTS: dict[str, tuple[tuple[str, str, str, str], str, int, str]] = {
    "jowett-apology": (
        JOWETT,
        "INTRODUCTION.",
        1,
        "End of the Project Gutenberg EBook of Apology, by Plato",
    ),
    "cary-apology": (CARY, "INTRODUCTION.", 1, "INTRODUCTION TO THE CRITO."),
    "cary-crito": (CARY, "INTRODUCTION TO THE CRITO.", 1, "PHÆDO;"),
    "xenophon-memorabilia": (DAKYNS, "BOOK I", 1, "BOOK II"),
}

# Set p3: Joan of Arc.
P3_WIKI_PAGES = {"Joan_of_Arc": "wiki-joan"}
GUIZOT = (
    "GITenberg+A-Popular-History-of-France-from-the-Earliest-Times-Volume-3_11953",
    "067b79c8cf4f326f3027ee39460d49da86489d7c",
    "11953-0.txt",
    "utf-8-sig",
)
RICHARDS = (
    "GITenberg+Joan-of-Arc_45743",
    "4abfe0e06adbeb7c7516a6ab0d747572a7d504c3",
    "45743-8.txt",
    "latin-1",
)
LANG = (
    "GITenberg+The-Story-of-Joan-of-Arc_48470",
    "2a849de021736308b74c3fecdd20a61d98c9e465",
    "48470-0.txt",
    "utf-8-sig",
)
GOWER = (
    "GITenberg+Joan-of-Arc_16933",
    "2b89abe2e526bb12d74925950d4aaf24579f215b",
    "16933-8.txt",
    "latin-1",
)
P3_CUTS: dict[str, tuple[tuple[str, str, str, str], str, int, str]] = {
    "guizot-joan": (
        GUIZOT,
        "CHAPTER XXIV.----THE HUNDRED YEARS’ WAR.--CHARLES VII. AND JOAN",
        1,
        "CHAPTER XXV.----LOUIS XI.  (1461-1483.)",
    ),
    "richards-joan": (
        RICHARDS,
        "CHAPTER V",
        1,
        "End of the Project Gutenberg EBook of Joan of Arc, by Laura E. Richards",
    ),
    "lang-joan": (
        LANG,
        "CHAPTER I. THE CHILDHOOD OF JOAN OF ARC",
        1,
        "End of the Project Gutenberg EBook of The Story of Joan of Arc, by Andrew Lang",
    ),
    "gower-trial": (GOWER, "CHAPTER V.", 2, "CHAPTER VII."),
}

SETS = {
    "p1": (WIKI_PAGES, CUTS),
    "p2": (P2_WIKI_PAGES, P2_CUTS),
    "p3": (P3_WIKI_PAGES, P3_CUTS),
}


def git_dir(mirror: Path, repo: str) -> Path:
    base = mirror / repo / "repo"
    return base / ".git" if (base / ".git").exists() else base


def git_show(directory: Path, commit: str, path: str) -> bytes:
    return subprocess.run(
        ["git", f"--git-dir={directory}", "show", f"{commit}:{path}"],
        check=True,
        capture_output=True,
    ).stdout


def book_lines(mirror: Path, book: tuple[str, str, str, str]) -> list[str]:
    repo, commit, path, encoding = book
    text = git_show(git_dir(mirror, repo), commit, path).decode(encoding)
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def cut(lines: list[str], first: str, occurrence: int, end: str) -> list[str]:
    starts = [i for i, line in enumerate(lines) if line.strip() == first]
    if len(starts) < occurrence:
        raise SystemExit(f"cut start {first!r} #{occurrence} not found")
    start = starts[occurrence - 1]
    stop = next((i for i in range(start + 1, len(lines)) if lines[i].strip() == end), None)
    if stop is None:
        raise SystemExit(f"cut end {end!r} not found after {first!r}")
    part = lines[start:stop]
    while part and not part[-1].strip():
        part.pop()
    return [line.rstrip() for line in part]


def write(out: Path, name: str, lines: list[str]) -> None:
    (out / f"{name}.txt").write_text("\n".join(lines) + "\n", "utf-8")
    words = sum(len(line.split()) for line in lines)
    print(f"{out / name}.txt: {len(lines)} lines, {words} words")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mirror", type=Path, required=True, help="directory of git mirrors")
    parser.add_argument(
        "--out", type=Path, required=True, help="corpus root; files go to OUT/<set>"
    )
    parser.add_argument(
        "--set",
        action="append",
        dest="sets",
        choices=sorted(SETS),
        help="set to build (all by default)",
    )
    args = parser.parse_args()
    wiki = git_dir(args.mirror, WIKI_REPO)
    for name in args.sets or sorted(SETS):
        pages, cuts = SETS[name]
        out = args.out / name
        out.mkdir(parents=True, exist_ok=True)
        for stem, html in wiki_pages(wiki, pages):
            write(out, stem, paragraphs(html))
        for doc, (book, first, occurrence, end) in cuts.items():
            write(out, doc, cut(book_lines(args.mirror, book), first, occurrence, end))
    print(f"(Wikipedia commit {WIKI_COMMIT})")


if __name__ == "__main__":
    main()
