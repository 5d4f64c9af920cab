"""`qtread info`: what the parser made of one file, and every line it left out."""

from __future__ import annotations

from typing import Annotated

import typer

from qtread.cli.options import EncodingOption, ProfileOption, ShapeOption, load_profile
from qtread.cli.output import print_rich, terminal_console, write_stdout
from qtread.i18n import _

#: What `qtread info --help` says, in the reader's language.
HELP = _("Show what the parser made of a file: metadata, shape, encoding, counts, dropped lines.")


def info(
    file: Annotated[
        str, typer.Argument(metavar="FILE", help=_("Issue file, or - for standard input."))
    ],
    dropped: Annotated[
        bool, typer.Option("--dropped", help=_("List every line the parser left out, and why."))
    ] = False,
    shape: ShapeOption = None,
    encoding: EncodingOption = None,
    profile: ProfileOption = None,
) -> None:
    """Where a user looks when the parse went wrong: what was read, what was left out, why."""
    from qtread.cli.report import Report, report_lines, report_rich
    from qtread.parse.cache import parse_data
    from qtread.parse.source import read_bytes

    load_profile(profile)  # a bad profile is one line before the file is read
    data, name = read_bytes(file)
    issue = parse_data(data, name, shape=shape, encoding=encoding, profile=profile)
    report = Report.of(issue, data.decode(issue.source.encoding, errors="replace"))
    console = terminal_console()
    if console is not None:
        print_rich(console, report_rich(report, dropped=dropped))
    else:
        write_stdout("\n".join(report_lines(report, dropped=dropped)) + "\n")
