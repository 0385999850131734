"""Rebuild the persons/dates held-out texts (see benchmarks/annotations/SOURCES-persons.md).

Usage: python benchmarks/corpus/build_persons_corpus.py READABILITY_CHECKOUT [OUT_DIR]
READABILITY_CHECKOUT is a checkout (or a git directory) of github.com/mozilla/readability at
commit ab4027a8b37669745016869a37a504727992b2ba; OUT_DIR defaults to ../devcorpus/persons.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from lxml import html

PAGES = (
    "wikipedia-2", "telegraph", "wapo-1", "quanta-1", "guardian-1",
    # heldout4 (any_corpus_heldout4.json)
    "wikipedia", "nytimes-1", "wikipedia-4", "aktualne",
)
COMMIT = "ab4027a8b37669745016869a37a504727992b2ba"


def expected_html(checkout: Path, page: str) -> bytes:
    path = f"test/test-pages/{page}/expected.html"
    if (checkout / path).is_file():
        return (checkout / path).read_bytes()
    git_dir = checkout / ".git" if (checkout / ".git").exists() else checkout
    return subprocess.run(
        ["git", f"--git-dir={git_dir}", "show", f"{COMMIT}:{path}"],
        check=True,
        capture_output=True,
    ).stdout


def paragraphs(data: bytes) -> list[str]:
    tree = html.fromstring(data.decode("utf-8"))
    lines = [" ".join("".join(e.itertext()).split()) for e in tree.xpath("//p|//li|//h2|//h3")]
    return [line for line in lines if len(line.split()) >= 8]


def main() -> None:
    checkout = Path(sys.argv[1])
    root = Path(__file__).resolve().parents[2]
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else root.parent / "devcorpus" / "persons"
    out.mkdir(parents=True, exist_ok=True)
    for page in PAGES:
        lines = paragraphs(expected_html(checkout, page))
        (out / f"{page}.txt").write_text("\n".join(lines) + "\n", "utf-8")
        print(f"{out / page}.txt: {len(lines)} lines")


if __name__ == "__main__":
    main()
