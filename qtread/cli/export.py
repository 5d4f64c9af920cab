"""`qtread export`: issues to EPUB, PDF, HTML, Markdown and JSON, in batch."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from qtread.atomic import output_error
from qtread.cli.options import (
    EncodingOption,
    KeepPunctOption,
    NormalizePunctOption,
    ProfileOption,
    ShapeOption,
    load_profile,
    punctuation_wanted,
)
from qtread.cli.output import print_rich, say, stdout_console, write_stdout
from qtread.errors import EXIT_FAILED, EXIT_INTERRUPTED, Interrupted, QtreadError
from qtread.export.options import Format, Options

if TYPE_CHECKING:
    from rich.console import Console

    from qtread.export.convert import FileResult
from qtread.i18n import _
from qtread.render.paper import Paper
from qtread.render.themes import theme_css
from qtread.text.sanitize import json_document, printable
from qtread.themes import DEFAULT_THEME, check_theme_name


def parse_formats(value: str) -> tuple[Format, ...]:
    """Parse --to: `epub,pdf` → (EPUB, PDF); duplicates dropped, order kept, unknown refused."""
    formats: list[Format] = []
    for name in (part.strip().lower() for part in value.split(",")):
        if not name:
            continue
        try:
            fmt = Format(name)
        except ValueError:
            known = ",".join(f.value for f in Format)
            message = _("unknown format {name!r} (choose from {known})")
            raise QtreadError(message.format(name=name, known=known)) from None
        if fmt not in formats:
            formats.append(fmt)
    if not formats:
        raise QtreadError(_("--to names no format"))
    return tuple(formats)


def prepare_out_dir(out: Path) -> Path:
    """Create OUT and prove it writable now, so that a bad --out is one clear error."""
    try:
        out.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=out):
            pass
    except OSError as error:
        raise output_error(out, error) from error
    return out


#: What `qtread export --help` says, in the reader's language.
HELP = _("Export issues to EPUB, PDF and more; exit 1 if any file failed.")


def export(
    files: Annotated[
        list[str],
        typer.Argument(
            metavar="FILE",
            help=_("Issue files, or folders of them (read at any depth); - reads standard input."),
            show_default=False,
        ),
    ],
    to: Annotated[
        str, typer.Option("--to", metavar="FORMATS", help=_("Formats: epub,pdf,html,md,json."))
    ] = "epub,pdf",
    out: Annotated[Path, typer.Option("--out", metavar="DIR", help=_("Output directory."))] = Path(
        "."
    ),
    theme: Annotated[
        str, typer.Option("--theme", metavar="NAME", help=_("Colour theme: paper, night, sepia."))
    ] = DEFAULT_THEME,
    paper: Annotated[
        Paper,
        typer.Option(
            "--paper",
            case_sensitive=False,
            help=_("PDF paper size; A4 and Letter are set in two columns."),
        ),
    ] = Paper.A5,
    css: Annotated[
        Path | None,
        typer.Option(
            "--css",
            metavar="FILE",
            help=_("Your stylesheet, after the theme's (EPUB, HTML, PDF)."),
            show_default=False,
        ),
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            metavar="N",
            help=_("Files converted at once (default: one a CPU)."),
        ),
    ] = None,
    title: Annotated[
        str | None,
        typer.Option("--title", metavar="TEXT", help=_("The magazine's name, over the parse's.")),
    ] = None,
    issue: Annotated[
        int | None,
        typer.Option(
            "--issue", min=1, metavar="N", help=_("The issue's number, over the parse's.")
        ),
    ] = None,
    date: Annotated[
        str | None,
        typer.Option("--date", metavar="YYYY[-MM]", help=_("The issue's date, over the parse's.")),
    ] = None,
    shape: ShapeOption = None,
    encoding: EncodingOption = None,
    profile: ProfileOption = None,
    normalize_punct: NormalizePunctOption = False,
    keep_punct: KeepPunctOption = False,
    cover: Annotated[
        Path | None,
        typer.Option(
            "--cover",
            metavar="IMAGE",
            help=_("A cover image (PNG, JPEG, GIF, WebP) for every file, or the volume's."),
            show_default=False,
        ),
    ] = None,
    bind: Annotated[
        str | None,
        typer.Option(
            "--bind",
            metavar="TITLE",
            help=_("Bind the issues, in date order, into one volume called TITLE (合订本)."),
            show_default=False,
        ),
    ] = None,
    as_json: Annotated[
        bool,
        typer.Option("--json", help=_("Print the summary as JSON, for scripts.")),
    ] = False,
) -> None:
    """Check every option before the batch starts, so a typo fails once and at once."""
    from qtread.startup import started

    started()  # a batch runs long, and WeasyPrint makes cycles: the collector is needed
    from rich.console import Console

    from qtread.export.batch import run_batch, summary, summary_data

    formats = parse_formats(to)
    check_theme_name(theme)  # the names and the message `read --theme` has
    theme_css(theme)  # and a theme file that is bad said now, not by every worker
    load_profile(profile)  # and a bad profile
    if Format.PDF in formats:
        from qtread.export.pdf import check_setup

        check_setup()  # fails loudly once, and imports WeasyPrint before workers fork
    from qtread.export.metadata import MetadataOverride

    try:
        metadata = MetadataOverride.of(title, issue, date, cover)
    except ValueError as error:
        raise QtreadError(f"--date: {error}") from None
    if cover is not None:
        from qtread.render.cover_image import read_cover

        read_cover(cover)  # a bad image said once, now, not by every file
    from qtread.render.user_css import read_user_css

    options = Options(
        stylesheet=read_user_css(css) if css is not None else "",
        normalize_punct=punctuation_wanted(normalize_punct, keep_punct),
        shape=shape,
        encoding=encoding,
        profile=profile,
        formats=formats,
        out_dir=prepare_out_dir(out),
        theme=theme,
        paper=paper,
        metadata=metadata,
    )
    from qtread.library.files import issue_files

    files = [str(path) for path in issue_files(files)]  # a folder: its issues, any depth
    stderr = Console(stderr=True, highlight=False)
    try:
        if bind is not None:
            results = [_bind(files, bind, options, issue, date, stderr)]
        else:
            results = run_batch(files, options, jobs or os.cpu_count() or 1, stderr)
    except (KeyboardInterrupt, Interrupted):
        message = _("interrupted; no partial output was left behind")
        stderr.print(f"qtread: {message}", markup=False, soft_wrap=True)
        raise typer.Exit(EXIT_INTERRUPTED) from None
    if as_json:
        write_stdout(json_document(summary_data(results)))
    else:
        print_rich(stdout_console(), summary(results))
    failed = [r for r in results if r.error]
    for result in failed:
        stderr.print(f"qtread: {printable(result.error or '')}", markup=False, soft_wrap=True)
    if failed:
        raise typer.Exit(EXIT_FAILED)


def _bind(
    files: list[str],
    title: str,
    options: Options,
    issue: int | None,
    date: str | None,
    console: Console,
) -> FileResult:
    """`--bind TITLE`: FILES bound into one volume, with a progress line for each file
    parsed and each format written."""
    from rich.progress import Progress

    from qtread.export.batch import export_run
    from qtread.export.bind import VOLUME_FORMATS, bind, once_each
    from qtread.render.text import label

    if not label(title):  # the EPUB's dc:title and every heading of the volume
        raise QtreadError(_("--bind needs a title, the volume's name"))
    if issue is not None or date is not None:
        raise QtreadError(_("--issue and --date name one issue; a bound volume holds several"))
    unbound = [str(f) for f in options.formats if f not in VOLUME_FORMATS]
    if unbound:
        known = ",".join(sorted(str(f) for f in VOLUME_FORMATS))
        message = _("a bound volume is made as {known}, not {formats}")
        raise QtreadError(message.format(known=known, formats=",".join(unbound)))
    files, repeats = once_each(files)
    for repeat in repeats:
        say(f"{repeat}: " + _("named twice; bound once"))
    with export_run(options) as run, Progress(console=console, transient=True) as progress:
        task = progress.add_task(printable(title), total=len(files) + len(run.formats))

        def step(what: str) -> None:
            progress.update(task, advance=1, description=printable(f"{title}: {what}"))

        return bind(files, title, run, step)
