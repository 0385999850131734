"""The `edition` command line: thin click commands over the library API."""

from __future__ import annotations

from pathlib import Path

import click

from . import __version__
from .diagnostics import Severity, summary, to_json
from .errors import EditionError
from .progress import Console
from .readers import READERS

EXIT_FINDINGS = 1


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="edition")
@click.option("-q", "--quiet", is_flag=True, help="Print only errors.")
@click.option("-v", "--verbose", is_flag=True, help="Print details of every step.")
@click.pass_context
def main(ctx: click.Context, quiet: bool, verbose: bool) -> None:
    """Convert sources to TEI, validate TEI, and build a static critical edition."""
    ctx.obj = Console(0 if quiet else 2 if verbose else 1)


def _format_choice() -> str:
    return ", ".join(f"{name}" for name in READERS)


@main.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option(
    "-o",
    "--output",
    "outdir",
    required=True,
    type=click.Path(file_okay=False),
    help="Directory for the TEI files (and persons.xml).",
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
@click.option("--strict", is_flag=True, help="Exit 1 when the conversion warned.")
@click.option(
    "--old-style",
    is_flag=True,
    help="The sources give pre-1918 Russian day dates Old Style (Julian) unless marked.",
)
@click.pass_obj
def convert(
    console: Console,
    sources: tuple[str, ...],
    outdir: str,
    format_name: str | None,
    force: bool,
    strict: bool,
    old_style: bool,
) -> None:
    """Convert SOURCES to TEI P5 files OUTDIR/<stem>.xml."""
    from .convert import convert as run_convert
    from .readers import get_reader

    if format_name:
        get_reader(format_name)
    results = run_convert(
        sources, outdir, format=format_name, force=force, old_style=old_style, console=console
    )
    warnings = [d for r in results for d in r.report.diagnostics if d.severity == Severity.WARNING]
    for diagnostic in warnings:
        if strict:  # under --strict the warnings are the errors: print them even with -q
            click.echo(diagnostic.format(), err=True)
        else:
            console.warn(diagnostic.format())
    for result in results:
        if result.backup:
            console.warn(f"{result.target}: overwritten; your edited copy is in {result.backup}")
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
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
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
    type=click.Path(file_okay=False),
    help="Directory for the HTML site.",
)
@click.pass_obj
def build(console: Console, tei_dir: str, site_dir: str) -> None:
    """Build a static HTML edition from the TEI files in TEI_DIR."""
    from .site import build_site

    pages = build_site(Path(tei_dir), Path(site_dir), console=console)
    console.info(
        f"{len(pages)} reading pages written to {site_dir}; open {Path(site_dir) / 'index.html'}"
    )


@main.command()
def formats() -> None:
    """List the source formats that convert can read."""
    for spec in READERS.values():
        click.echo(f"{spec.name:14} {spec.description}")


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option(
    "--persons",
    "persons_file",
    type=click.Path(dir_okay=False),
    help="The personography (default: persons.xml beside the files).",
)
@click.pass_obj
def enrich(console: Console, paths: tuple[str, ...], persons_file: str | None) -> None:
    """Tag persons and dates in TEI files in place, keeping hand-made tags (idempotent)."""
    from .enrich import enrich_files

    enrich_files(
        [Path(p) for p in paths],
        console=console,
        persons_file=Path(persons_file) if persons_file else None,
    )


@main.command()
@click.argument("tei_dir", type=click.Path(exists=True, file_okay=False))
@click.pass_obj
def align(console: Console, tei_dir: str) -> None:
    """Find parallel passages across the documents and write TEI_DIR/parallels.xml."""
    from .align import align_corpus

    path = align_corpus(Path(tei_dir), console=console)
    console.info(f"parallels written to {path}")
