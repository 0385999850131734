"""Rebuild the texts of the persons/dates set heldout11 (benchmarks/annotations/SOURCES-persons.md).

Usage: python benchmarks/corpus/build_persons_corpus_heldout11.py WIKI_CHECKOUT [OUT_DIR]
WIKI_CHECKOUT is a checkout (or a git directory) of github.com/chinapedia/wikipedia.abstract.en
at commit 4f3e897da088cbe89a4f1d4cba3fa2e439c3721b (Page/<title>.md). OUT_DIR defaults to
../devcorpus/persons. Rendering and line splitting are those of build_persons_corpus_heldout6.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_persons_corpus_heldout7 import build

# Page/<title>.md of the Wikipedia checkout -> <file>.txt
WIKI_PAGES = {
    "Saladin": "wiki-saladin",
    "Hildegard_of_Bingen": "wiki-hildegard-of-bingen",
    "Amitabh_Bachchan": "wiki-amitabh-bachchan",
    "Kurt_Schwitters": "wiki-kurt-schwitters",
}

if __name__ == "__main__":
    build(WIKI_PAGES, __doc__)
