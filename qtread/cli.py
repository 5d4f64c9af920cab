"""The `qtread` command line: toc, dump, info, read, export."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from qtread.errors import QtreadError
from qtread.export.command import export
from qtread.model import SourceShape
from qtread.parse import parse_path
from qtread.serialize import issue_to_dict
from qtread.tui.command import read

app = typer.Typer(
    name="qtread",
    help="Read and export issues of 潮涌钱塘 (QIANTANG).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
stderr = Console(stderr=True, highlight=False)

ShapeOption = Annotated[
    SourceShape | None, typer.Option("--shape", help="Override the detected source shape.")
]
EncodingOption = Annotated[
    str | None, typer.Option("--encoding", help="Override the detected text encoding.")
]


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", help="Show the version and exit.")] = False,
) -> None:
    """Read and export issues of 潮涌钱塘 (QIANTANG)."""
    if version:
        from qtread import __version__

        print(__version__)
        raise typer.Exit()


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
) -> None:
    """Print the whole document model as JSON."""
    issue = parse_path(file, shape=shape, encoding=encoding)
    json.dump(issue_to_dict(issue), sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


app.command()(read)
app.command()(export)


def main() -> None:
    """Entry point: run the app, turning qtread's own errors into one line and an exit code."""
    try:
        app()
    except QtreadError as error:
        stderr.print(f"qtread: {error}", markup=False)
        raise SystemExit(error.exit_code) from None


if __name__ == "__main__":
    main()
