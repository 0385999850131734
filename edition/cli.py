"""The `edition` command line: thin click commands over the library API."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click
from lxml import etree

from . import __version__
from .corpus_files import PARALLELS_FILE
from .diagnostics import Severity, summary, to_json
from .errors import EditionError, InputError, InterruptedRun, os_error, os_hint, unexpected_error
from .progress import Console
from .readers import READERS

EXIT_FINDINGS = 1
F = TypeVar("F", bound=Callable[..., Any])
# convert writes OUTDIR/<stem>.xml; these names belong to the corpus-wide files.
RESERVED_STEMS = {"persons": "personography", "parallels": "parallel passages"}
# `edition --help` lists the commands in the order of a session, not alphabetically.
COMMAND_ORDER = ("convert", "validate", "enrich", "align", "build", "formats")


class EditionGroup(click.Group):
    """The command group: every failure a user sees is one line, never a traceback."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        known = [name for name in COMMAND_ORDER if name in self.commands]
        return known + sorted(set(self.commands) - set(known))

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except KeyboardInterrupt:
            raise InterruptedRun() from None
        except Exception as exc:
            # click itself quietly ends a run whose reader closed the pipe (`| head`)
            broken_pipe = isinstance(exc, OSError) and exc.errno == errno.EPIPE
            if broken_pipe or os.environ.get("EDITION_DEBUG"):
                raise
            raise as_edition_error(exc, ctx.invoked_subcommand or "") from exc


def as_edition_error(exc: Exception, command: str) -> EditionError:
    """The one-line error for an exception the library let through."""
    if isinstance(exc, OSError):
        return os_error(exc)
    if isinstance(exc, etree.XMLSyntaxError):
        where = exc.filename or "input"
        return InputError(where, f"not well-formed XML: {exc.msg}; fix the markup", exc.lineno)
    return unexpected_error(exc, command)


def _verbosity(level: int) -> Callable[[click.Context, click.Parameter, bool], None]:
    def set_level(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
        if value:
            ctx.ensure_object(Console).verbosity = level

    return set_level


def verbosity_options(command: F) -> F:
    """-q/-v after the command name too (`edition convert ... -q`), as before it."""
    command = click.option(
        "-v",
        "--verbose",
        is_flag=True,
        expose_value=False,
        callback=_verbosity(2),
        help="Print details of every step.",
    )(command)
    return click.option(
        "-q",
        "--quiet",
        is_flag=True,
        expose_value=False,
        callback=_verbosity(0),
        help="Print only errors.",
    )(command)


EPILOG = """\b
A session:
  edition convert samples/*.txt -o my-tei
  edition validate my-tei
  edition build my-tei -o my-site

Exit codes: 0 ok, 1 invalid input or findings, 2 usage error, 130 interrupted.
"""


@click.group(
    cls=EditionGroup,
    epilog=EPILOG,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.version_option(__version__, prog_name="edition")
@click.option("-q", "--quiet", is_flag=True, help="Print only errors.")
@click.option("-v", "--verbose", is_flag=True, help="Print details of every step.")
@click.pass_context
def main(ctx: click.Context, quiet: bool, verbose: bool) -> None:
    """Convert sources to TEI, validate TEI, and build a static critical edition."""
    ctx.obj = Console(0 if quiet else 2 if verbose else 1)


def _format_choice() -> str:
    return ", ".join(f"{name}" for name in READERS)


# Persons the scholar has identified, for convert and enrich alike.
authority_option = click.option(
    "--persons",
    "authority",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="An authority file of persons (TEI listPerson or CSV id,name,variants,birth,death,"
    "wikidata,viaf); its entries win. Repeatable.",
)


@main.command(short_help="Convert source texts to TEI P5 files.")
@click.argument("sources", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option(
    "-o",
    "--output",
    "outdir",
    required=True,
    metavar="OUTDIR",
    type=click.Path(file_okay=False),
    help="Directory for the TEI files (and persons.xml); created if missing.",
)
@click.option(
    "-f",
    "--format",
    "format_name",
    metavar="NAME",
    help=f"Source format instead of detecting it: {_format_choice()}.",
)
@click.option(
    "--force", is_flag=True, help="Overwrite TEI edited since the last convert (a backup is kept)."
)
@click.option("--strict", is_flag=True, help="Treat warnings as errors (exit 1).")
@click.option(
    "--old-style",
    is_flag=True,
    help="The sources give pre-1918 Russian day dates Old Style (Julian) unless marked.",
)
@authority_option
@verbosity_options
@click.pass_obj
def convert(
    console: Console,
    sources: tuple[str, ...],
    outdir: str,
    format_name: str | None,
    force: bool,
    strict: bool,
    old_style: bool,
    authority: tuple[str, ...],
) -> None:
    """Convert SOURCES (UTF-8 text files) to TEI P5, one OUTDIR/<stem>.xml each.

    Persons and dates are tagged and OUTDIR/persons.xml is written. A TEI file you edited since
    the last convert is never overwritten (unless --force).
    """
    from .convert import convert as run_convert
    from .readers import get_reader

    if format_name:
        get_reader(format_name)
    refuse_reserved_stems(sources)
    make_output_dir(outdir)
    results = run_convert(
        sources,
        outdir,
        format=format_name,
        force=force,
        old_style=old_style,
        console=console,
        authority=tuple(Path(a) for a in authority),
    )
    warnings = [d for r in results for d in r.report.diagnostics if d.severity == Severity.WARNING]
    for diagnostic in warnings:
        if strict:  # under --strict the warnings are the errors: print them even with -q
            click.echo(diagnostic.format(), err=True)
        else:
            console.warn(diagnostic.format())
    parallels = Path(outdir) / PARALLELS_FILE
    if parallels.is_file() and any(
        r.target.stat().st_mtime > parallels.stat().st_mtime for r in results
    ):
        console.info(
            f"{parallels}: now older than the documents; `edition build` aligns them again, "
            f"or run `edition align {outdir}`"
        )
    for result in results:
        if result.backup:
            console.warn(f"{result.target}: overwritten; your edited copy is in {result.backup}")
    console.summarize_warnings()
    if strict and warnings:
        raise EditionError(
            f"{len(warnings)} warning(s) and --strict is on (the TEI files were written; "
            "fix the sources or drop --strict)"
        )


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option(
    "-s",
    "--schema",
    default="edition",
    show_default=True,
    metavar="NAME|FILE",
    help="edition (our customization), tei_all, or a .rng file.",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="How to print the diagnostics.",
)
@click.option("--strict", is_flag=True, help="Treat warnings as errors (exit 1).")
@verbosity_options
@click.pass_obj
def validate(
    console: Console, paths: tuple[str, ...], schema: str, output_format: str, strict: bool
) -> None:
    """Validate TEI files (directories are searched for *.xml).

    Exit 0 when every file is valid, 1 on findings, 2 on usage errors.
    """
    from .validate import validate_paths

    diagnostics, count = validate_paths(paths, schema)
    if output_format == "json":
        click.echo(to_json(diagnostics))
    else:
        for diagnostic in diagnostics:
            click.echo(diagnostic.format())
        console.info(summary(diagnostics, count))
    failing = {Severity.ERROR, Severity.WARNING} if strict else {Severity.ERROR}
    if any(d.severity in failing for d in diagnostics):
        raise SystemExit(EXIT_FINDINGS)


@main.command()
@click.argument("tei_dir", type=click.Path(exists=True, file_okay=False))
@click.option(
    "-o",
    "--output",
    "site_dir",
    required=True,
    metavar="SITE_DIR",
    type=click.Path(file_okay=False),
    help="Directory for the HTML site; created if missing.",
)
@verbosity_options
@click.pass_obj
def build(console: Console, tei_dir: str, site_dir: str) -> None:
    """Build a static HTML edition from the TEI files in TEI_DIR.

    Runs `align` first when TEI_DIR/parallels.xml is missing or older than a document.
    """
    from .site import build_site

    refuse_empty_tei_dir(tei_dir, "build")
    make_output_dir(site_dir)
    pages = build_site(Path(tei_dir), Path(site_dir), console=console)
    console.summarize_warnings()
    console.info(
        f"{len(pages)} reading pages written to {site_dir}; open {Path(site_dir) / 'index.html'}"
    )


def refuse_empty_tei_dir(tei_dir: str, action: str) -> None:
    """No documents to work on is a usage error (exit code 2), as the README's table says."""
    from .corpus_files import document_files
    from .validation.locate import UsageError

    if not document_files(Path(tei_dir)):
        raise UsageError(
            f"{tei_dir}: no TEI documents (*.xml other than persons.xml and parallels.xml) to "
            f"{action}; run `edition convert` first or pass the directory that holds them"
        )


def refuse_reserved_stems(sources: tuple[str, ...]) -> None:
    """persons.xml and parallels.xml are the corpus files; no document may take their names."""
    for source in sources:
        stem = Path(source).stem
        if stem in RESERVED_STEMS:
            raise InputError(
                source,
                f"its TEI would be {stem}.xml, the name of the corpus's {RESERVED_STEMS[stem]}; "
                "rename the source and convert again",
            )


def make_output_dir(directory: str) -> None:
    """Create an output directory up front, so a bad -o fails before any work, naming -o."""
    try:
        Path(directory).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise EditionError(
            f"-o {directory}: cannot create the output directory ({exc.strerror}); {os_hint(exc)}"
        ) from None


@main.command()
@click.option(
    "--explain",
    "explain_file",
    type=click.Path(exists=True, dir_okay=False),
    help="Show each reader's score and evidence for FILE, and which one convert would pick.",
)
def formats(explain_file: str | None) -> None:
    """List the source formats that convert can read (or explain detection for one file)."""
    if explain_file:
        from .readers import decode_source, detection
        from .readers.detect import explain_lines

        for line in explain_lines(detection(decode_source(Path(explain_file)))):
            click.echo(line)
        return
    for spec in READERS.values():
        click.echo(f"{spec.name:14} {spec.description}")


@main.command(short_help="Tag persons and dates in TEI files in place.")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option(
    "--personography",
    "persons_file",
    type=click.Path(dir_okay=False),
    help="The personography to read and update (default: persons.xml beside the files).",
)
@authority_option
@verbosity_options
@click.pass_obj
def enrich(
    console: Console,
    paths: tuple[str, ...],
    persons_file: str | None,
    authority: tuple[str, ...],
) -> None:
    """Tag persons and dates in TEI files in place, keeping hand-made tags (idempotent).

    PATHS are TEI files or directories (searched for *.xml).
    """
    from .enrich import enrich_files

    enrich_files(
        [Path(p) for p in paths],
        console=console,
        persons_file=Path(persons_file) if persons_file else None,
        authority=tuple(Path(a) for a in authority),
    )


@main.command(short_help="Find parallel passages; write TEI_DIR/parallels.xml.")
@click.argument("tei_dir", type=click.Path(exists=True, file_okay=False))
@verbosity_options
@click.pass_obj
def align(console: Console, tei_dir: str) -> None:
    """Find parallel passages across the documents, write TEI_DIR/parallels.xml and add seg
    markup around the passages in the documents (the only command that writes them; `build`
    aligns in memory)."""
    from .align import align_corpus

    refuse_empty_tei_dir(tei_dir, "align")
    align_corpus(Path(tei_dir), console=console)
