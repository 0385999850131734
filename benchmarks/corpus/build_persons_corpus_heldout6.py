"""Rebuild the texts of the persons/dates set heldout6 (benchmarks/annotations/SOURCES-persons.md).

Usage: python benchmarks/corpus/build_persons_corpus_heldout6.py WIKI_CHECKOUT TRAFILATURA_CHECKOUT
    [OUT_DIR]
WIKI_CHECKOUT is a checkout (or a git directory) of github.com/chinapedia/wikipedia.abstract.en
at commit 4f3e897da088cbe89a4f1d4cba3fa2e439c3721b (Wikipedia articles of the 2019-07-20 dump as
Markdown, Page/<title>.md); TRAFILATURA_CHECKOUT one of github.com/adbar/trafilatura at commit
e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5 (tests/cache/<name>.html). OUT_DIR defaults to
../devcorpus/persons. Each article is rendered to HTML with markdown-it-py; then, as in
build_persons_corpus.py, every <p>, <li>, <h2>, <h3> of eight words or more is one line.
"""

from __future__ import annotations

import json
import sys
from html import escape
from pathlib import Path

from markdown_it import MarkdownIt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_persons_corpus import git_file, write_texts

WIKI_COMMIT = "4f3e897da088cbe89a4f1d4cba3fa2e439c3721b"
TRAFILATURA_COMMIT = "e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5"
# Page/<title>.md of the Wikipedia checkout -> <file>.txt
WIKI_PAGES = {
    "Emperor_Tenji": "wiki-tenji",
    "Malcolm_III_of_Scotland": "wiki-malcolm-iii",
    "Michael_Faraday": "wiki-faraday",
    "Shaka": "wiki-shaka",
}
# tests/cache/<name>.html of the trafilatura checkout -> <file>.txt. The page's paragraphs are not
# in its HTML but in the JSON of window.__APOLLO_STATE__: its longest rich-text body is a news
# report on the Legislative Council (the opinion piece of the page title exists only as one
# unbroken "articleBody" string, so it is not used).
TRAFILATURA_PAGES = {"scmp.com.playbook": "scmp-legco"}
STATE = "window.__APOLLO_STATE__="


def longest_body(node: object, best: list) -> list:
    """The longest {"type": "json", "json": [...]} rich-text list inside `node`."""
    if isinstance(node, dict):
        body = node.get("json")
        if node.get("type") == "json" and isinstance(body, list):
            best = max(best, body, key=lambda b: len(json.dumps(b)))
        node = list(node.values())
    if isinstance(node, list):
        for child in node:
            best = longest_body(child, best)
    return best


def rich_text(node: object) -> str:
    if not isinstance(node, dict):
        return ""
    if node.get("type") == "text":
        return node.get("data", "")
    return "".join(rich_text(child) for child in node.get("children") or [])


def apollo_html(data: bytes) -> bytes:
    """The page's longest rich-text body as <p>/<h3> HTML."""
    page = data.decode("utf-8")
    state, _ = json.JSONDecoder().raw_decode(page, page.index(STATE) + len(STATE))
    blocks = [n for n in longest_body(state, []) if isinstance(n, dict)]
    body = "".join(
        f"<{n['type']}>{escape(rich_text(n))}</{n['type']}>"
        for n in blocks
        if n.get("type") in ("p", "h2", "h3", "li")
    )
    return f"<html><body>{body}</body></html>".encode()


def wiki_pages(wiki: Path, pages: dict[str, str]) -> list[tuple[str, bytes]]:
    """(file stem, HTML) for each Page/<title>.md of the Wikipedia checkout, rendered."""
    markdown = MarkdownIt("commonmark")
    rendered = []
    for title, stem in pages.items():
        text = git_file(wiki, WIKI_COMMIT, f"Page/{title}.md").decode("utf-8")
        rendered.append((stem, markdown.render(text).encode("utf-8")))
    return rendered


def main() -> None:
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    wiki, trafilatura = Path(sys.argv[1]), Path(sys.argv[2])
    root = Path(__file__).resolve().parents[2]
    out = Path(sys.argv[3]) if len(sys.argv) > 3 else root.parent / "devcorpus" / "persons"
    out.mkdir(parents=True, exist_ok=True)
    pages = wiki_pages(wiki, WIKI_PAGES)
    for name, stem in TRAFILATURA_PAGES.items():
        data = git_file(trafilatura, TRAFILATURA_COMMIT, f"tests/cache/{name}.html")
        pages.append((stem, apollo_html(data)))
    write_texts(out, pages)


if __name__ == "__main__":
    main()
