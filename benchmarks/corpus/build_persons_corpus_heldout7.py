"""Rebuild the texts of the persons/dates set heldout7 (benchmarks/annotations/SOURCES-persons.md).

Usage: python benchmarks/corpus/build_persons_corpus_heldout7.py WIKI_CHECKOUT [OUT_DIR]
WIKI_CHECKOUT is a checkout (or a git directory) of github.com/chinapedia/wikipedia.abstract.en
at commit 4f3e897da088cbe89a4f1d4cba3fa2e439c3721b (Page/<title>.md). OUT_DIR defaults to
../devcorpus/persons. Rendering and line splitting are those of build_persons_corpus_heldout6.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

from markdown_it import MarkdownIt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_persons_corpus import write_texts
from build_persons_corpus_heldout6 import WIKI_COMMIT, git_file

# Page/<title>.md of the Wikipedia checkout -> <file>.txt
WIKI_PAGES = {"Ashoka": "wiki-ashoka", "Ibn_Battuta": "wiki-ibn-battuta"}


def build(pages: dict[str, str], usage: str) -> None:
    """Render each Page/<title>.md of the checkout named on the command line to <file>.txt."""
    if len(sys.argv) < 2:
        sys.exit(usage)
    wiki = Path(sys.argv[1])
    root = Path(__file__).resolve().parents[2]
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else root.parent / "devcorpus" / "persons"
    out.mkdir(parents=True, exist_ok=True)
    markdown = MarkdownIt("commonmark")
    rendered = []
    for title, stem in pages.items():
        text = git_file(wiki, WIKI_COMMIT, f"Page/{title}.md").decode("utf-8")
        rendered.append((stem, markdown.render(text).encode("utf-8")))
    write_texts(out, rendered)


def main() -> None:
    build(WIKI_PAGES, __doc__)


if __name__ == "__main__":
    main()
