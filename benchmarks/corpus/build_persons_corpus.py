"""Rebuild the persons/dates held-out texts (see benchmarks/annotations/SOURCES-persons.md).

Usage: python benchmarks/corpus/build_persons_corpus.py READABILITY_CHECKOUT [OUT_DIR]
    [--trafilatura TRAFILATURA_CHECKOUT]
READABILITY_CHECKOUT is a checkout (or a git directory) of github.com/mozilla/readability at
commit ab4027a8b37669745016869a37a504727992b2ba; OUT_DIR defaults to ../devcorpus/persons.
TRAFILATURA_CHECKOUT (optional) is one of github.com/adbar/trafilatura at commit
e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5, for the pages of TRAFILATURA_PAGES.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from lxml import html

PAGES = (
    "wikipedia-2",
    "telegraph",
    "wapo-1",
    "quanta-1",
    "guardian-1",
    # heldout3 (any_corpus_heldout3.json)
    "citylab-1",
    "wapo-2",
    "seattletimes-1",
    # heldout4 (any_corpus_heldout4.json)
    "wikipedia",
    "nytimes-1",
    "wikipedia-4",
    "aktualne",
    # heldout5 (any_corpus_heldout5.json)
    "nytimes-4",
)
# Pages of github.com/adbar/trafilatura (tests/cache/<name>.html) -> <file>.txt, same paragraphs.
TRAFILATURA_PAGES = {"reuters.com.parasite": "reuters-parasite"}
TRAFILATURA_COMMIT = "e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5"
COMMIT = "ab4027a8b37669745016869a37a504727992b2ba"


def expected_html(checkout: Path, page: str) -> bytes:
    return git_file(checkout, COMMIT, f"test/test-pages/{page}/expected.html")


def paragraphs(data: bytes) -> list[str]:
    tree = html.fromstring(data.decode("utf-8"))
    lines = [" ".join("".join(e.itertext()).split()) for e in tree.xpath("//p|//li|//h2|//h3")]
    return [line for line in lines if len(line.split()) >= 8]


def git_file(checkout: Path, commit: str, path: str) -> bytes:
    """A file of a checkout, or of a bare git directory at `commit`."""
    if (checkout / path).is_file():
        return (checkout / path).read_bytes()
    git_dir = checkout / ".git" if (checkout / ".git").exists() else checkout
    return subprocess.run(
        ["git", f"--git-dir={git_dir}", "show", f"{commit}:{path}"],
        check=True,
        capture_output=True,
    ).stdout


def write_texts(out: Path, pages: list[tuple[str, bytes]]) -> None:
    """Write each page's paragraphs as <out>/<stem>.txt, one per line, and say how many."""
    for stem, data in pages:
        lines = paragraphs(data)
        (out / f"{stem}.txt").write_text("\n".join(lines) + "\n", "utf-8")
        print(f"{out / stem}.txt: {len(lines)} lines")


def main() -> None:
    args = sys.argv[1:]
    trafilatura = None
    if "--trafilatura" in args:
        at = args.index("--trafilatura")
        trafilatura = Path(args[at + 1])
        del args[at : at + 2]
    checkout = Path(args[0])
    root = Path(__file__).resolve().parents[2]
    out = Path(args[1]) if len(args) > 1 else root.parent / "devcorpus" / "persons"
    out.mkdir(parents=True, exist_ok=True)
    pages = [(page, expected_html(checkout, page)) for page in PAGES]
    if trafilatura is not None:
        for name, stem in TRAFILATURA_PAGES.items():
            data = git_file(trafilatura, TRAFILATURA_COMMIT, f"tests/cache/{name}.html")
            pages.append((stem, data))
    write_texts(out, pages)


if __name__ == "__main__":
    main()
