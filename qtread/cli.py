"""The `qtread` command line: toc, dump, info, read, export."""

from __future__ import annotations

import json
import signal
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from typer.core import TyperGroup

from qtread.errors import (
    EXIT_BAD_INPUT,
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    InputError,
    QtreadError,
    say_interrupted,
)
from qtread.export.command import export
from qtread.model import Issue, SourceShape
from qtread.outline import toc_csv, toc_json, toc_markdown, toc_rich, toc_text
from qtread.parse import parse_bytes, parse_path
from qtread.parse.profile import Profile, load_profile_path
from qtread.parse.source import read_bytes
from qtread.printable import printable
from qtread.report import Report, report_lines, report_rich
from qtread.serialize import issue_to_dict
from qtread.tui.command import read


class _Commands(TyperGroup):
    """Typer turns Ctrl-C inside a command into a silent exit 130: say so, as main() does."""

    def invoke(self, ctx: Any) -> Any:  # a click Context; Typer vendors click privately
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            say_interrupted()
            raise typer.Exit(EXIT_INTERRUPTED) from None


app = typer.Typer(
    name="qtread",
    cls=_Commands,
    help="Read and export issues of 潮涌钱塘 (QIANTANG).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

ShapeOption = Annotated[
    SourceShape | None, typer.Option("--shape", help="Override the detected source shape.")
]
EncodingOption = Annotated[
    str | None, typer.Option("--encoding", help="Override the detected text encoding.")
]
ProfileOption = Annotated[
    Path | None,
    typer.Option(
        "--profile",
        help="Another magazine's profile (a TOML file like qtread/magazines/qiantang.toml).",
        dir_okay=False,
    ),
]


def _profile(path: Path | None) -> Profile | None:
    """The magazine profile at PATH, or None for 潮涌钱塘's own (a bad one: exit 2)."""
    return None if path is None else load_profile_path(path)


def _show_version(value: bool) -> None:
    if value:
        from qtread import __version__

        print(__version__)
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            help="Show the version and exit.",
            callback=_show_version,
            is_eager=True,  # before click asks for a command
        ),
    ] = False,
) -> None:
    """Read and export issues of 潮涌钱塘 (QIANTANG)."""


class TocFormat(StrEnum):
    TEXT = "text"
    JSON = "json"
    MARKDOWN = "markdown"
    CSV = "csv"


@app.command()
def dump(
    file: Annotated[str, typer.Argument(help="Issue file, or - for standard input.")],
    shape: ShapeOption = None,
    encoding: EncodingOption = None,
    profile: ProfileOption = None,
) -> None:
    """Print the whole document model as JSON."""
    issue = parse_path(file, shape=shape, encoding=encoding, profile=_profile(profile))
    json.dump(issue_to_dict(issue), sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


def _complain(error: InputError) -> None:
    """Report one bad file of several as main() reports a fatal error: one line on stderr."""
    sys.stderr.write(printable(f"qtread: {error}") + "\n")


def _write(text: str) -> None:
    """Scripting output is UTF-8 whatever the locale says."""
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.buffer.flush()


def _print_toc(issues: list[Issue], fmt: TocFormat, *, several: bool) -> None:
    if fmt is TocFormat.JSON:
        _write(toc_json(issues, as_list=several))
    elif fmt is TocFormat.MARKDOWN:
        _write(toc_markdown(issues))
    elif fmt is TocFormat.CSV:
        _write(toc_csv(issues))
    else:
        console = Console(highlight=False)
        if not console.is_terminal:
            _write(toc_text(issues))
            return
        for issue in issues:
            console.print(toc_rich(issue))
            console.print()


@app.command()
def toc(
    files: Annotated[
        list[str], typer.Argument(metavar="FILE", help="Issue files; - reads standard input.")
    ],
    fmt: Annotated[
        TocFormat,
        typer.Option("--format", "-f", help="Output format (text is a table on a terminal)."),
    ] = TocFormat.TEXT,
    shape: ShapeOption = None,
    encoding: EncodingOption = None,
    profile: ProfileOption = None,
) -> None:
    """Print the table of contents: columns, articles, pages and bylines.

    Unreadable files are reported on stderr and the rest printed: exit 1, or 2 if none worked.
    """
    magazine = _profile(profile)
    issues: list[Issue] = []
    for file in files:
        try:
            issues.append(parse_path(file, shape=shape, encoding=encoding, profile=magazine))
        except InputError as error:
            _complain(error)
    if issues:
        _print_toc(issues, fmt, several=len(files) > 1)
    if len(issues) < len(files):
        raise typer.Exit(EXIT_FAILED if issues else EXIT_BAD_INPUT)


@app.command()
def info(
    file: Annotated[str, typer.Argument(help="Issue file, or - for standard input.")],
    dropped: Annotated[
        bool, typer.Option("--dropped", help="List every line the parser left out, and why.")
    ] = False,
    shape: ShapeOption = None,
    encoding: EncodingOption = None,
    profile: ProfileOption = None,
) -> None:
    """Show what the parser made of a file: metadata, shape, encoding, counts, dropped lines."""
    magazine = _profile(profile)
    data, name = read_bytes(file)
    issue = parse_bytes(data, name, shape=shape, encoding=encoding, profile=magazine)
    report = Report.of(issue, data.decode(issue.source.encoding, errors="replace"))
    console = Console(highlight=False)
    if console.is_terminal:
        console.print(report_rich(report, dropped=dropped))
    else:
        _write("\n".join(report_lines(report, dropped=dropped)) + "\n")


app.command()(read)
app.command()(export)


def _terminate(signum: int, frame: object) -> None:
    """SIGTERM ends qtread the way Ctrl-C does, so the same clean-up runs."""
    raise KeyboardInterrupt


def main() -> None:
    """Run the app, turning qtread's own errors into one line and an exit code.

    Called by `qtread.entry`, whose signal handlers cover the imports; from here on Ctrl-C
    and SIGTERM raise KeyboardInterrupt, so that clean-up code runs.
    """
    try:
        if signal.getsignal(signal.SIGINT) is not signal.SIG_IGN:
            signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGTERM, _terminate)
        app()
    except KeyboardInterrupt:
        say_interrupted()
        raise SystemExit(EXIT_INTERRUPTED) from None
    except QtreadError as error:
        # One unwrapped line, whatever the terminal width, with no control characters
        # from a file name reaching the terminal: scripts grep for it.
        sys.stderr.write(printable(f"qtread: {error}") + "\n")
        raise SystemExit(error.exit_code) from None
