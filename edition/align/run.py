"""The align pipeline: read the documents, find parallels, mark passages, write everything."""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from ..corpus_files import PARALLELS_FILE, document_files
from ..errors import EditionError
from ..guard import EditGuard
from ..progress import QUIET, Console
from ..xmlio import NSMAP, XML_ID, atomic_write, parse_file, serialize
from .concepts import project_synonyms, use_synonyms
from .match import PassagePair, Span
from .normalization import load_rules
from .output import LinkSpec, Target, parallels_tree
from .parallel_texts import parallel_text_pairs
from .passages import passage_pairs
from .phrases import phrase_pairs
from .segs import existing_element, passage_id, wrap
from .terms import term_pairs
from .text import Block, document_blocks, localname, read_block
from .translations import translated_pairs
from .units import Corpus, build_corpus

LINE_BREAK_HYPHEN = re.compile(r"(?<=[^\W\d_])-[ \t]*\n\s*(?=[^\W\d_])")
QUOTING = frozenset({"quote", "q", "said", "cit", "epigraph"})
SNAPPING = frozenset({"quote", "q"})  # elements a passage's boundaries snap to
VERBATIM = 0.9  # a pair this similar needs no quotation marks ...
VERBATIM_WORDS = 40  # ... when it is this long


@dataclass
class Loaded:
    """One document as read: its file, parsed tree, original bytes and blocks."""

    path: Path
    tree: etree._ElementTree
    original: bytes
    blocks: list[Block]


def flatten(text: str) -> str:
    """One line of text: words hyphenated at a line break joined, blanks collapsed."""
    return " ".join(LINE_BREAK_HYPHEN.sub("", text).split())


def load(tei_dir: Path) -> dict[str, Loaded]:
    docs = {}
    for path in document_files(tei_dir):
        data = path.read_bytes()
        tree = parse_file(path)
        docs[path.stem] = Loaded(path, tree, data, document_blocks(path.stem, tree))
    return docs


def adopt(trees: dict[str, tuple[Path, etree._ElementTree]]) -> dict[str, Loaded]:
    """Documents already parsed (a build's trees): the markup goes into these trees only."""
    return {
        stem: Loaded(path, tree, b"", document_blocks(stem, tree))
        for stem, (path, tree) in sorted(trees.items())
    }


def char_span(corpus: Corpus, block: Block, span: Span) -> tuple[int, int]:
    """The passage's characters, snapped to a quotation element it mostly is (so a lead-in
    such as "she later wrote:" stays outside the linked passage)."""
    tokens = corpus.block_tokens(block)
    return snap_to_quote(block, tokens[span.first].start, tokens[span.last - 1].end)


SNAP_COVER = 0.9  # share of the quotation element the passage must cover ...
SNAP_INSIDE = 0.6  # ... and share of the passage that must lie inside it


def snap_to_quote(block: Block, start: int, end: int) -> tuple[int, int]:
    best = None
    for element, (qs, qe) in block.spans.items():
        if localname(element) not in SNAPPING or element is block.element or qe <= qs:
            continue
        overlap = min(end, qe) - max(start, qs)
        if (
            overlap <= 0
            or overlap / (qe - qs) < SNAP_COVER
            or overlap / (end - start) < SNAP_INSIDE
        ):
            continue
        if best is None or (qe - qs) < best[1] - best[0]:
            best = (qs, qe)
    return best or (start, end)


def in_quotation(block: Block, start: int) -> bool:
    """Inside quotation marks or a quotation element: the sign that a passage is quoted."""
    if any(localname(e) in QUOTING for e in (block.element, *block.element.iterancestors())):
        return True
    for element, (s, e) in block.spans.items():
        if localname(element) in QUOTING and s <= start < e:
            return True
    before = block.text[:start]
    if before.count('"') % 2 == 1:
        return _quoted_words(block.text, start, '"') >= MIN_QUOTED_WORDS
    if before.count("“") > before.count("”"):
        return _quoted_words(block.text, start, "”") >= MIN_QUOTED_WORDS
    return False


MIN_QUOTED_WORDS = 3  # a word or two in quotation marks ("so-called") is a term, not a quotation


def _quoted_words(text: str, start: int, closing: str) -> int:
    """Words from `start` to the closing quotation mark (or the end of the block)."""
    end = text.find(closing, start)
    return len(text[start : end if end >= 0 else len(text)].split())


def is_quotation(corpus: Corpus, blocks: dict, pair: PassagePair) -> bool:
    a, b = blocks[pair.a.block_key], blocks[pair.b.block_key]
    quoted = in_quotation(a, char_span(corpus, a, pair.a)[0]) or in_quotation(
        b, char_span(corpus, b, pair.b)[0]
    )
    long = min(pair.a.last - pair.a.first, pair.b.last - pair.b.first) >= VERBATIM_WORDS
    return quoted or (long and pair.score >= VERBATIM)


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Union of overlapping character spans: one element per stretch of text."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


def refresh(block: Block) -> Block:
    """Re-read a block after markup was added to it (text is unchanged)."""
    return read_block(block.doc, block.index, block.element)


def _used_ids(tree: etree._ElementTree) -> set[str]:
    return set(tree.xpath("//@xml:id", namespaces=NSMAP))


def mark_passage(block: Block, start: int, end: int, corpus: Corpus, used: set[str]) -> str:
    """The xml:id of an element holding exactly [start, end): reused or added."""
    element = existing_element(block, start, end)
    if element is not None and element.get(XML_ID):
        return element.get(XML_ID)
    words = " ".join(t.norm for t in corpus.block_tokens(block) if start <= t.start < end)
    base = passage_id("par", words)
    new_id, n = base, 1
    while new_id in used:
        n += 1
        new_id = f"{base}-{n}"
    used.add(new_id)
    if element is not None:
        element.set(XML_ID, new_id)
    else:
        wrap(block, start, end, new_id)
    return new_id


def place_targets(
    docs: dict[str, Loaded], corpus: Corpus, pairs: list[PassagePair]
) -> dict[tuple[tuple[str, int], int, int], Target]:
    """Give every passage an element; map (block key, start, end) to its Target."""
    blocks = {(b.doc, b.index): b for d in docs.values() for b in d.blocks}
    wanted: dict[tuple[str, int], list[tuple[int, int]]] = defaultdict(list)
    for pair in pairs:
        for span in (pair.a, pair.b):
            wanted[span.block_key].append(char_span(corpus, blocks[span.block_key], span))
    targets = {}
    used = {doc: _used_ids(loaded.tree) for doc, loaded in docs.items()}
    for key in sorted(wanted):
        block = blocks[key]
        text = block.text
        for start, end in reversed(merge_spans(wanted[key])):  # later spans first: offsets hold
            block = refresh(block)
            target = Target(
                key[0],
                mark_passage(block, start, end, corpus, used[key[0]]),
                flatten(text[start:end]),
            )
            for s, e in wanted[key]:
                if start <= s and e <= end:
                    targets[(key, s, e)] = target
    return targets


def quotation_links(docs: dict[str, Loaded], corpus: Corpus) -> list[LinkSpec]:
    """One link per cluster of passages that share one text (k copies: one link with k
    targets, so the output grows linearly); a cluster inside one document is a repeat."""
    blocks = {(b.doc, b.index): b for d in docs.values() for b in d.blocks}
    pairs = [p for p in passage_pairs(corpus) if is_quotation(corpus, blocks, p)]
    pairs += phrase_pairs(corpus) + translated_pairs(corpus) + term_pairs(corpus)
    pairs += parallel_text_pairs(corpus)
    targets = place_targets(docs, corpus, pairs)
    parent: dict[str, str] = {}
    spoken: dict[str, Target] = {}  # ref -> the target with the words it shares (first seen)

    def root(ref: str) -> str:
        while parent.setdefault(ref, ref) != ref:
            parent[ref] = parent[parent[ref]]
            ref = parent[ref]
        return ref

    for pair in pairs:
        ends = []
        for span in (pair.a, pair.b):
            block = blocks[span.block_key]
            start, end = char_span(corpus, block, span)
            target = targets[(span.block_key, start, end)]
            spoken.setdefault(
                target.ref, Target(target.doc, target.id, flatten(block.text[start:end]))
            )
            ends.append(target.ref)
        if ends[0] != ends[1]:
            first, second = sorted((root(ends[0]), root(ends[1])))
            parent[second] = first
    clusters: dict[str, list[str]] = defaultdict(list)
    for ref in sorted(parent):
        clusters[root(ref)].append(ref)
    links = [cluster_link([spoken[r] for r in refs]) for refs in clusters.values() if len(refs) > 1]
    return sorted(links, key=lambda link: [t.ref for t in link.targets])


def cluster_link(members: list[Target]) -> LinkSpec:
    """The link of one cluster, its targets in a stable order (by reference)."""
    members = sorted(members, key=lambda t: t.ref)
    kind = "repeat" if len({t.doc for t in members}) == 1 else "quotation"
    link_id = passage_id("par", " ".join(t.ref for t in members))
    return LinkSpec(link_id, kind, tuple(members), tuple(t.text for t in members))


def document_title(tree: etree._ElementTree, fallback: str) -> str:
    titles = tree.xpath("//tei:titleStmt/tei:title", namespaces=NSMAP)
    return " ".join("".join(titles[0].itertext()).split()) if titles else fallback


def save_documents(tei_dir: Path, docs: dict[str, Loaded]) -> list[Path]:
    """Write the documents that gained markup; keep the edit guard's checksums in step."""
    guard = EditGuard(tei_dir)
    written: list[Path] = []
    for loaded in docs.values():
        data = serialize(loaded.tree, pretty=False)
        if loaded.original.endswith(b"\n") and not data.endswith(b"\n"):
            data += b"\n"  # keep the file's last line break, as a text editor would
        if data == loaded.original:
            continue
        was_ours = loaded.path.name in guard.written and not guard.is_edited(loaded.path)
        if was_ours:
            guard.write(loaded.path, data)
        else:
            atomic_write(loaded.path, data)
        written.append(loaded.path)
    return written


@dataclass
class Alignment:
    """What the aligner found: links, copies, and the parallels.xml tree that records them."""

    quotations: list[LinkSpec]
    events: list[LinkSpec]
    tree: etree._ElementTree
    copies: list[list[str]]


def copy_classes(docs: dict[str, Loaded]) -> dict[str, list[str]]:
    """Documents with the same words, in the same order, are copies of one text: the first
    stem (in sorted order) -> every stem of its class (itself first)."""
    by_text: dict[str, list[str]] = defaultdict(list)
    for stem in sorted(docs):
        words = " ".join(flatten(block.text) for block in docs[stem].blocks)
        by_text[hashlib.blake2b(words.encode("utf-8"), digest_size=16).hexdigest()].append(stem)
    return {stems[0]: stems for stems in by_text.values()}


def compute(docs: dict[str, Loaded], console: Console = QUIET) -> Alignment:
    """Find the parallels of loaded documents and mark the passages in their trees (in
    memory: nothing is written). Copies of one text are recorded once, as copies, and only
    the first of each is aligned: k copies cost one line, not k times every passage."""
    from .events import event_links

    classes = copy_classes(docs)
    aligned = {stem: docs[stem] for stem in sorted(classes)}
    folders = {d.path.parent for d in docs.values()}
    folder = folders.pop() if len(folders) == 1 else None
    use_synonyms(project_synonyms(folder))
    corpus = build_corpus([b for d in aligned.values() for b in d.blocks])
    console.detail(f"align: {len(corpus.units)} units in {len(aligned)} documents")
    quotations = quotation_links(aligned, corpus)
    events = event_links({doc: d.tree for doc, d in aligned.items()}, corpus)
    titles = {doc: document_title(d.tree, doc) for doc, d in docs.items()}
    copies = [stems for stems in classes.values() if len(stems) > 1]
    rules = load_rules(folder)
    tree = parallels_tree(titles, quotations, events, copies, rules)
    return Alignment(quotations, events, tree, copies)


def align_trees(trees: dict[str, tuple[Path, etree._ElementTree]]) -> etree._ElementTree:
    """Align a build's parsed documents: seg markup goes into these trees, the returned
    parallels tree is never written (`edition build` reads TEI_DIR, never writes it)."""
    return compute(adopt(trees)).tree


def count_segs(tree: etree._ElementTree) -> int:
    return len(tree.xpath("//tei:seg[@type='parallel']", namespaces=NSMAP))


def align(tei_dir: Path, console: Console = QUIET) -> Path:
    """Find the corpus's parallels, mark them in the documents, write parallels.xml; say
    which files changed and how many segs were added."""
    docs = load(tei_dir)
    before = {stem: count_segs(d.tree) for stem, d in docs.items()}
    found = compute(docs, console)
    target = tei_dir / PARALLELS_FILE
    try:
        changed = save_documents(tei_dir, docs)
        data = serialize(found.tree)
        old = target.read_bytes() if target.is_file() else None
        if old != data:
            atomic_write(target, data)
    except OSError as exc:
        where = exc.filename or target
        raise EditionError(
            f"{where}: cannot write ({exc.strerror or exc}); align a writable copy of {tei_dir}"
        ) from exc
    for path in changed:
        added = count_segs(docs[path.stem].tree) - before[path.stem]
        console.info(f"align: wrote {path} ({added} seg(s) added, ids set on existing elements)")
    console.info(
        f"align: {'wrote' if old != data else 'unchanged'} {target}: "
        f"{len(found.quotations)} quotation links, {len(found.events)} event links"
        + (f", {len(found.copies)} group(s) of identical documents" if found.copies else "")
        + "; "
        f"{len(changed)} document(s) changed"
    )
    return target
