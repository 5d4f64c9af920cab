"""`qtread search`: find a word across every issue in the library."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from qtread.cli.options import LibraryOption, open_library
from qtread.cli.output import print_rich, terminal_console, write_stdout
from qtread.errors import EXIT_FAILED
from qtread.i18n import _
from qtread.text.sanitize import csv_table, display_name, json_document, printable

if TYPE_CHECKING:
    from rich.console import RenderableType

    from qtread.library.search import Hit


class SearchFormat(StrEnum):
    """The formats `qtread search --format` writes."""

    TEXT = "text"
    JSON = "json"
    CSV = "csv"


#: What `qtread search --help` says, in the reader's language.
HELP = _(
    "Search every issue in the library (`qtread library add`): best matches first.\n\n"
    "Case, spaces and the width of punctuation are ignored. Exit 1 if nothing matches."
)

#: The fields of a result, for scripts (CSV header, JSON keys).
HIT_FIELDS = (
    "path",
    "issue",
    "year_month",
    "section",
    "title",
    "bylines",
    "article",
    "block",
    "start",
    "end",
    "snippet",
)


def search(
    query: Annotated[str, typer.Argument(metavar="QUERY", help=_("What to look for."))],
    year: Annotated[
        int | None, typer.Option("--year", metavar="YYYY", help=_("Only issues of this year."))
    ] = None,
    column: Annotated[
        str | None,
        typer.Option("--column", metavar="NAME", help=_("Only columns whose name holds NAME.")),
    ] = None,
    byline: Annotated[
        str | None,
        typer.Option("--byline", metavar="NAME", help=_("Only articles credited to NAME.")),
    ] = None,
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=1, metavar="N", help=_("At most N results."))
    ] = 20,
    fmt: Annotated[
        SearchFormat,
        typer.Option(
            "--format", "-f", help=_("Output format (text is highlighted on a terminal).")
        ),
    ] = SearchFormat.TEXT,
    library: LibraryOption = None,
) -> None:
    """Ranked results with where each one is: issue, column, article, byline, snippet."""
    from qtread.library.search import Filters
    from qtread.library.search import search as search_library

    with open_library(library) as shelf:
        hits = search_library(shelf, query, Filters(year, column, byline), limit)
    if fmt is SearchFormat.JSON:
        write_stdout(json_document([_fields(hit) for hit in hits]))
    elif fmt is SearchFormat.CSV:
        rows = [[fields[name] for name in HIT_FIELDS] for fields in map(_fields, hits)]
        write_stdout(csv_table(HIT_FIELDS, rows))
    elif (console := terminal_console()) is not None:
        for hit in hits:
            print_rich(console, _rich(hit))
    else:
        write_stdout("".join(_plain(hit) for hit in hits))
    if not hits:
        raise typer.Exit(EXIT_FAILED)


def _fields(hit: Hit) -> dict[str, object]:
    return {
        "path": display_name(hit.path),
        "issue": hit.issue,
        "year_month": hit.year_month,
        "section": hit.section,
        "title": hit.title,
        "bylines": hit.bylines,
        "article": hit.article,
        "block": hit.block,
        "start": hit.start,
        "end": hit.end,
        "snippet": hit.snippet.text,
    }


def _where(hit: Hit) -> str:
    """「潮涌钱塘 2020年第5期 · 2020-07 · 聚焦钱塘 · TITLE · 记者 林远」"""
    parts = [hit.issue, hit.year_month, hit.section, hit.title, hit.bylines]
    return printable(" · ".join(part for part in parts if part))


def _plain(hit: Hit) -> str:
    path = printable(display_name(hit.path))
    return f"{_where(hit)}\n    {printable(hit.snippet.text)}\n    {path}\n"


def _rich(hit: Hit) -> RenderableType:
    from rich.text import Text

    text = Text(_where(hit), style="bold")
    text.append("\n    ")
    text.append(printable(hit.snippet.before))
    text.append(printable(hit.snippet.match), style="reverse")
    text.append(printable(hit.snippet.after))
    text.append(f"\n    {printable(display_name(hit.path))}", style="dim")
    return text
