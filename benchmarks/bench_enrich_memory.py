"""Memory of automatic tags: deletions stay deleted, and what it costs in time.

The seeds are converted (with enrichment) into a temporary folder. Then, as a scholar might,
every 10th persName and every 10th date of each document is unwrapped (its text kept), and
`edition enrich` runs over the folder:

- kept deleted: unwrapped tags that the run did not make again / all unwrapped (target 100%)
- other tags: tags of the edited files still there after the run / all of them (target
  100%: nothing else lost); tags are compared by name, text and context (enrich.memory)
- the same edited files with their memory files removed (as if written by hand): every
  unwrapped tag comes back (shows it is the memory that keeps them out)

Times: one `enrich` run over the edited files with the memory (recall, withhold, record,
save) against the same run with the mechanism switched off (the baseline), best of 3.

Usage: python benchmarks/bench_enrich_memory.py [SEEDS_DIR]
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from _common import seed_sources
from lxml import etree

from edition import enrich as enrichment
from edition.convert import convert
from edition.enrich.files import enrich_files
from edition.enrich.memory import tag_keys
from edition.guard import STATE_DIR
from edition.xmlio import TEI_NS, parse_file, serialize

TAGS = (f"{{{TEI_NS}}}persName", f"{{{TEI_NS}}}date")
EVERY = 10


def tag_count(folder: Path) -> int:
    return sum(sum(1 for _ in parse_file(path).getroot().iter(*TAGS)) for path in documents(folder))


def documents(folder: Path) -> list[Path]:
    return [p for p in sorted(folder.glob("*.xml")) if p.name not in {"persons.xml"}]


def compare(edited: Path, enriched: Path) -> tuple[int, int]:
    """(tags the run added, tags it lost): same documents, keyed by text and context."""
    added = lost = 0
    names = frozenset({"persName", "date"})
    for path in documents(edited):
        was = tag_keys(parse_file(path).getroot(), names)
        now = tag_keys(parse_file(enriched / path.name).getroot(), names)
        added += sum((now - was).values())
        lost += sum((was - now).values())
    return added, lost


def unwrap(element: etree._Element) -> None:
    parent, previous = element.getparent(), element.getprevious()
    joined = "".join(element.itertext()) + (element.tail or "")
    if previous is not None:
        previous.tail = (previous.tail or "") + joined
    else:
        parent.text = (parent.text or "") + joined
    parent.remove(element)


def delete_every_tenth(folder: Path) -> int:
    """Unwrap every 10th persName/date (outermost ones only); returns how many."""
    removed = 0
    for path in documents(folder):
        tree = parse_file(path)
        found = [
            el
            for el in tree.getroot().iter(*TAGS)
            if not any(a.tag in TAGS for a in el.iterancestors())
        ]
        for element in found[EVERY - 1 :: EVERY]:
            unwrap(element)
            removed += 1
        path.write_bytes(serialize(tree, pretty=False))
    return removed


@contextmanager
def memory_off() -> Iterator[None]:
    @contextmanager
    def nothing(*args: object, **kwargs: object) -> Iterator[None]:
        yield None

    saved = enrichment.remembering
    enrichment.remembering = nothing  # type: ignore[assignment]
    try:
        yield
    finally:
        enrichment.remembering = saved


def timed_run(template: Path, work: Path, off: bool) -> float:
    """Best of 3 enrich runs over fresh copies of `template`."""
    best = float("inf")
    for _ in range(3):
        shutil.rmtree(work, ignore_errors=True)
        shutil.copytree(template, work)
        start = time.perf_counter()
        if off:
            with memory_off():
                enrich_files([work])
        else:
            enrich_files([work])
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    sources = seed_sources()
    if not sources:
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "tei"
        convert(sources, base)
        before = tag_count(base)
        removed = delete_every_tenth(base)
        edited = Path(tmp) / "edited"
        shutil.copytree(base, edited)

        enrich_files([base])
        made_again, lost = compare(edited, base)
        expected = before - removed
        print(f"documents: {len(documents(base))}, tags: {before}, unwrapped: {removed}")
        kept = removed - made_again
        print(f"kept deleted: {kept}/{removed} ({kept / removed:.1%})")
        print(f"other tags: {expected - lost}/{expected} ({(expected - lost) / expected:.1%})")

        forgetful = Path(tmp) / "forgetful"
        shutil.copytree(edited, forgetful)
        shutil.rmtree(forgetful / STATE_DIR / "enriched")
        enrich_files([forgetful])
        back, _ = compare(edited, forgetful)
        print(f"without memory files: {back}/{removed} unwrapped tags made again")

        with_memory = timed_run(edited, Path(tmp) / "run", off=False)
        baseline = timed_run(edited, Path(tmp) / "run", off=True)
        print(
            f"enrich with memory: {with_memory:.2f}s; baseline (memory off): {baseline:.2f}s; "
            f"ratio {with_memory / baseline:.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
