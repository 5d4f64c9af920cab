"""`qtread toc`: the table of contents of one or more issues, for people and for scripts."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from qtread.cli.options import (
    EncodingOption,
    KeepPunctOption,
    NormalizePunctOption,
    ProfileOption,
    ShapeOption,
    load_profile,
    punctuation_wanted,
)
from qtread.cli.output import complain, print_rich, terminal_console, write_stdout
from qtread.errors import EXIT_BAD_INPUT, EXIT_FAILED, InputError
from qtread.i18n import _

if TYPE_CHECKING:
    from qtread.model import Issue


class TocFormat(StrEnum):
    """The formats `qtread toc --format` writes."""

    TEXT = "text"
    JSON = "json"
    MARKDOWN = "markdown"
    CSV = "csv"


#: What `qtread toc --help` says, in the reader's language.
HELP = _(
    "Print the table of contents: columns, articles, pages and bylines.\n\n"
    "Unreadable files are reported on stderr and the rest printed: exit 1, or 2 if none worked."
)


def toc(
    files: Annotated[
        list[str],
        typer.Argument(
            metavar="FILE",
            help=_("Issue files, or folders of them (read at any depth); - reads standard input."),
        ),
    ],
    fmt: Annotated[
        TocFormat,
        typer.Option("--format", "-f", help=_("Output format (text is a table on a terminal).")),
    ] = TocFormat.TEXT,
    shape: ShapeOption = None,
    encoding: EncodingOption = None,
    profile: ProfileOption = None,
    normalize_punct: NormalizePunctOption = False,
    keep_punct: KeepPunctOption = False,
) -> None:
    """The contents for people (a table on a terminal) and for scripts (JSON, CSV…), with
    the titles an export of the same file shows."""
    from qtread.library.files import issue_files, no_issue_files
    from qtread.parse.cache import parse_file
    from qtread.text.punctuation import as_wanted

    load_profile(profile)  # a bad profile is one line before any file is read
    wanted = punctuation_wanted(normalize_punct, keep_punct)
    named = files
    files = [str(path) for path in issue_files(named)]
    issues: list[Issue] = []
    for file in files:
        if (empty := no_issue_files(Path(file))) is not None:
            complain(empty)
            continue
        try:
            issue = parse_file(file, shape=shape, encoding=encoding, profile=profile)
            issues.append(as_wanted(issue, wanted))
        except InputError as error:
            complain(error)
    if issues:
        _print_toc(issues, fmt, several=len(files) > 1 or files != named)
    if len(issues) < len(files):
        raise typer.Exit(EXIT_FAILED if issues else EXIT_BAD_INPUT)


def _print_toc(issues: list[Issue], fmt: TocFormat, *, several: bool) -> None:
    from qtread.cli import contents

    if fmt is TocFormat.JSON:
        write_stdout(contents.toc_json(issues, as_list=several))
    elif fmt is TocFormat.MARKDOWN:
        write_stdout(contents.toc_markdown(issues))
    elif fmt is TocFormat.CSV:
        write_stdout(contents.toc_csv(issues))
    elif (console := terminal_console()) is None:
        write_stdout(contents.toc_text(issues))
    else:
        for issue in issues:
            print_rich(console, contents.toc_rich(issue))
            print_rich(console)
