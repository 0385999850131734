"""`edition build`: one readable list of stages, each a function of the build state
(as MkDocs' build()). Pages are written atomically; TEI_DIR is only read: when parallels.xml
is missing or stale, the align stage aligns the loaded trees in memory."""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ..corpus_files import PARALLELS_FILE, PERSONS_FILE, document_files
from ..errors import EditionError
from ..progress import Console
from ..xmlio import atomic_write
from . import indexes, pages, parallel_view, search, staging
from .annotate import annotate
from .corpus import Corpus, corpus_title, label_documents, load_document
from .facsimile import FacsimileReport, place_page_images
from .graphics import resolve_graphics
from .parallels import parallels_from_tree, read_parallels
from .persons import all_personographies, read_persons
from .project import Project, editorial_principles, load_project, paragraphs
from .render import render


@dataclass
class Build:
    """What the stages share."""

    tei_dir: Path
    site_dir: Path
    console: Console
    corpus: Corpus | None = None
    reading_pages: list[Path] = field(default_factory=list)
    anchors: list[parallel_view.Anchor] = field(default_factory=list)
    search_ready: bool = False
    facsimiles: dict[str, FacsimileReport] = field(default_factory=dict)
    project: Project = field(default_factory=Project)
    started: float = field(default_factory=time.time)


def align_stage(build: Build) -> None:
    """Use TEI_DIR/parallels.xml when it is current; else align the loaded trees in memory
    (seg markup goes into the trees the pages are made from; nothing is written to TEI_DIR)."""
    from ..align import align_in_memory, parallels_current

    corpus = build.corpus
    if not corpus.documents or parallels_current(build.tei_dir):
        return
    build.console.info(
        "Aligning parallel passages in memory (parallels.xml is missing or stale; "
        f"`edition align {build.tei_dir}` records them in the TEI)"
    )
    try:
        tree = align_in_memory({d.stem: (d.path, d.tree) for d in corpus.documents})
    except (EditionError, OSError) as exc:
        build.console.warn(f"warning[align-failed]: {build.tei_dir}: {exc}; no new parallels")
        return
    corpus.parallels = parallels_from_tree(tree)


def load_stage(build: Build) -> None:
    files = document_files(build.tei_dir)
    if not files:  # still a (empty) site, so a fresh checkout's main command works
        build.console.warn(
            f"warning[no-documents]: {build.tei_dir}: no TEI documents (*.xml) "
            "to build; run `edition convert` first"
        )
    documents = [load_document(p) for p in build.console.progress(files, "Reading TEI")]
    project = load_project(build.tei_dir)
    label_documents(documents, project)
    pages.set_site_title(project.title or corpus_title(documents))
    build.project = project
    for doc in documents:
        if doc.unresolved.count:
            build.console.warn(
                f"warning[entity-unresolved]: {doc.path}:{doc.unresolved.first_line}: "
                f"{doc.unresolved.count} entity reference(s) no known character set names "
                f"(first: &{doc.unresolved.first_name};); shown as written; replace them "
                "with the characters they stand for"
            )
    parallels = read_parallels(build.tei_dir / PARALLELS_FILE)
    # The corpus's persons.xml first (it wins), then every listPerson of the documents.
    persons = all_personographies(
        read_persons(build.tei_dir / PERSONS_FILE, build.console),
        [doc.tree for doc in documents],
    )
    build.corpus = Corpus(build.tei_dir, documents, persons, parallels)


def annotate_stage(build: Build) -> None:
    marks = parallel_view.parallel_marks(build.corpus.parallels)
    for doc in build.corpus.documents:
        doc.collected = annotate(doc.tree, marks.get(doc.stem))


def static_stage(build: Build) -> None:
    """Stylesheet and scripts; images that exist beside the TEI (absent ones are named)."""
    pages.copy_static(build.site_dir)
    for doc in build.corpus.documents:
        found = resolve_graphics(doc.tree, build.tei_dir, build.site_dir)
        if found.missing:
            build.console.warn(
                f"warning[image-missing]: {doc.path}: {len(found.missing)} figure image(s) not "
                f"beside the TEI (first: {found.missing[0]}); shown as placeholders naming the "
                "file; put the files next to the TEI to include them"
            )
        for refusal in found.refused:
            build.console.warn(
                f"warning[image-refused]: {doc.path}: graphic/@url {refusal}; not published; "
                "put the image inside the TEI directory (not in a hidden folder)"
            )
        page_images_stage(build, doc)


def page_images_stage(build: Build, doc) -> None:
    """Facsimile images at their page breaks (see facsimile.py); what cannot be shown is named."""
    report = place_page_images(doc.tree, build.tei_dir, build.site_dir)
    build.facsimiles[doc.stem] = report
    if report.missing:
        build.console.warn(
            f"warning[facsimile-missing]: {doc.path}: {len(report.missing)} page image(s) not "
            f"beside the TEI (first: {report.missing[0]}); put the files next to the TEI, or "
            "give their http(s) or IIIF address, to show them"
        )
    for refusal in report.refused:
        build.console.warn(
            f"warning[facsimile-refused]: {doc.path}: page image {refusal}; not published"
        )
    if report.unresolved:
        build.console.warn(
            f"warning[facsimile-unresolved]: {doc.path}: {len(report.unresolved)} pb/@facs "
            f"pointer(s) to no element (first: {report.unresolved[0]}); give the surface or "
            "graphic that xml:id, or correct the pointer"
        )
    if report.unpaired:
        build.console.warn(f"warning[facsimile-unpaired]: {doc.path}: {report.unpaired}")


def copy_tei_source(doc, site_dir: Path) -> str:
    """SITE_DIR/tei/<stem>.xml: the TEI file as the reader downloads it (TEI_DIR is only read)."""
    target = site_dir / "tei" / f"{doc.stem}.xml"
    target.parent.mkdir(parents=True, exist_ok=True)
    if not (target.exists() and target.samefile(doc.path)):  # SITE_DIR may hold TEI_DIR
        shutil.copyfile(doc.path, target)
    return f"tei/{doc.stem}.xml"


def reading_stage(build: Build) -> None:
    names = {k: p.name for k, p in indexes.persons_with_mentions(build.corpus).items()}
    highlight = search.pagefind_available()
    for doc in build.console.progress(build.corpus.documents, "Writing reading pages"):
        mentioned = dict.fromkeys(names[m.person] for m in doc.collected.mentions)
        try:
            fragment = render(doc.tree)
        except etree.XSLTApplyError as exc:
            raise EditionError(f"{doc.path}: the stylesheets failed on this document ({exc})")
        build.reading_pages.append(
            pages.write_page(
                build.site_dir,
                doc.page,
                "document.html",
                title=doc.label,
                doc=doc,
                fragment=fragment,
                lang=doc.language,
                tei_source=copy_tei_source(doc, build.site_dir),
                principles=editorial_principles(doc.tree),
                person_names=list(mentioned)[:200],
                facsimile=build.facsimiles.get(doc.stem),
                search_ready=highlight,
            )
        )


def index_stage(build: Build) -> None:
    indexes.write_person_pages(build.corpus, build.site_dir, build.project.index_names_in_notes)
    indexes.write_chronology(build.corpus, build.site_dir)


def parallel_stage(build: Build) -> None:
    corpus = build.corpus
    stems = {doc.stem for doc in corpus.documents}
    build.anchors = (
        parallel_view.link_anchors(corpus.parallels, stems)
        + parallel_view.date_anchors(corpus)
        + parallel_view.person_anchors(corpus)
    )
    parallel_view.write_parallel_page(corpus, build.site_dir, build.anchors)


def home_stage(build: Build) -> None:
    corpus = build.corpus
    pages.write_page(
        build.site_dir,
        "index.html",
        "home.html",
        title="Documents",
        documents=corpus.documents,
        person_count=len(indexes.persons_with_mentions(corpus)),
        date_count=sum(len(d.collected.dates) for d in corpus.documents),
    )


def about_stage(build: Build) -> None:
    """about.html: the editors, the introduction and each document's editorial principles."""
    pages.write_page(
        build.site_dir,
        "about.html",
        "about.html",
        title="About this edition",
        editors=build.project.editors,
        introduction=paragraphs(build.project.introduction),
        principles=[(doc, editorial_principles(doc.tree)) for doc in build.corpus.documents],
    )


def search_stage(build: Build) -> None:
    """Index the finished pages, then write the search page saying whether search works."""
    build.search_ready = search.build_search_index(build.site_dir, build.console)
    pages.write_page(
        build.site_dir, "search.html", "search.html", title="Search", available=build.search_ready
    )


PAGES_LOG = ".edition-pages.json"


def prune_stage(build: Build) -> None:
    """Remove pages an earlier build wrote that this one did not (a document deleted from
    TEI_DIR), so the site and its search index hold only the current documents. Only pages
    listed in the earlier build's log go; files someone else put in SITE_DIR stay."""
    log = build.site_dir / PAGES_LOG
    try:
        earlier = json.loads(log.read_text("utf-8"))
    except (OSError, ValueError):
        earlier = []
    current = sorted(
        str(page.relative_to(build.site_dir))
        for page in build.site_dir.rglob("*.html")
        if page.stat().st_mtime >= build.started - 0.05  # the file clock may lag a tick
    )
    for name in earlier if isinstance(earlier, list) else []:
        page = build.site_dir / str(name)
        if str(name) not in current and page.is_file() and ".." not in Path(name).parts:
            page.unlink()
            build.console.detail(f"build: removed {page} (its document is gone)")
    atomic_write(log, json.dumps(current, indent=0) + "\n")


STAGES: list[tuple[str, Callable[[Build], None]]] = [
    ("load", load_stage),
    ("align", align_stage),
    ("annotate", annotate_stage),
    ("static", static_stage),
    ("reading pages", reading_stage),
    ("indexes", index_stage),
    ("parallel view", parallel_stage),
    ("home", home_stage),
    ("about", about_stage),
    ("prune", prune_stage),
    ("search", search_stage),
]


def run_build(tei_dir: Path, site_dir: Path, console: Console) -> Build:
    """Run the stages into a staging copy of SITE_DIR and swap it into place (staging.py),
    so a build that fails leaves the previous site intact."""
    site_dir = Path(site_dir)
    if not staging.can_swap(site_dir, Path(tei_dir)):  # e.g. a mount point: build in place
        return _run_stages(Build(Path(tei_dir), site_dir, console))
    folder = staging.start(site_dir)
    build = Build(Path(tei_dir), folder, staging.RenamingConsole(console, folder, site_dir))
    try:
        _run_stages(build)
        staging.finish(folder, site_dir)
    except OSError as exc:
        staging.abandon(folder)
        raise staging.write_error(exc, folder, site_dir) from None
    except BaseException:
        staging.abandon(folder)
        raise
    build.site_dir, build.console = site_dir, console
    build.reading_pages = [site_dir / p.relative_to(folder) for p in build.reading_pages]
    return build


def _run_stages(build: Build) -> Build:
    for name, stage in STAGES:
        build.console.detail(f"build: {name}")
        stage(build)
    return build
