"""`qtread library`: the index of a shelf of issues — add, list, remove, check."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from qtread.cli.localized import Command, Group
from qtread.cli.options import JobsOption, LibraryOption, ProfileOption, open_library
from qtread.cli.output import complain, print_rich, say, terminal_console, write_stdout
from qtread.errors import EXIT_BAD_INPUT, EXIT_FAILED
from qtread.i18n import _
from qtread.text.sanitize import csv_table, display_name, json_document, printable

if TYPE_CHECKING:
    from rich.console import RenderableType

    from qtread.library.indexer import AddReport
    from qtread.library.records import StoredIssue
    from qtread.library.store import Library


class ListFormat(StrEnum):
    """The formats `qtread library list --format` writes."""

    TEXT = "text"
    JSON = "json"
    CSV = "csv"


#: What `qtread library --help` says, in the reader's language.
HELP = _("Keep an index of many issues: add, list, remove, check; search it with `qtread search`.")

app = typer.Typer(name="library", cls=Group, help=HELP, no_args_is_help=True)

#: The columns of `library list`, for scripts (CSV header, JSON keys).
LIST_COLUMNS = ("magazine", "year", "month", "number", "title", "articles", "path", "sha256")


@app.command(cls=Command, help=_("Index issue files, and the issue files in folders."))
def add(
    paths: Annotated[list[str], typer.Argument(metavar="PATH", help=_("Issue files or folders."))],
    library: LibraryOption = None,
    jobs: JobsOption = None,
    profile: ProfileOption = None,
) -> None:
    """Parse what is new or changed, in parallel, with a progress bar on a terminal."""
    from qtread.startup import started

    started()  # a long run: the cyclic collector is needed again (qtread.startup)
    with open_library(library, create=True) as shelf:
        report = index(shelf, paths, jobs=jobs, profile=profile)
    write_stdout(_added_summary(report) + "\n")
    if report.failed:
        worked = report.added or report.updated or report.unchanged or report.moved
        raise typer.Exit(EXIT_FAILED if worked else EXIT_BAD_INPUT)


def index(
    shelf: Library, paths: list[str], *, jobs: int | None = None, profile: Path | None = None
) -> AddReport:
    """Bring SHELF up to date with PATHS (`library add`, and `read DIR` before its shelf):
    what is new or changed parsed on every core, or JOBS of them, with a progress bar on
    a terminal; each file that cannot be read said on stderr."""
    from qtread.library.indexer import add

    with _progress_callbacks() as (on_todo, on_file):
        report = add(
            shelf,
            paths,
            jobs=jobs or os.cpu_count() or 1,
            profile=profile,
            on_todo=on_todo,
            on_file=on_file,
        )
    for error in report.failed:
        complain(error)
    return report


def _added_summary(report: AddReport) -> str:
    summary = _("{added} added, {updated} updated, {unchanged} unchanged, {moved} moved")
    counts = summary.format(
        added=len(report.added),
        updated=len(report.updated),
        unchanged=len(report.unchanged),
        moved=len(report.moved),
    )
    if report.failed:
        counts += ", " + _("{failed} failed").format(failed=len(report.failed))
    return counts


Progressed = Callable[[int], None] | None
Done = Callable[[Path], None] | None


@contextmanager
def _progress_callbacks() -> Iterator[tuple[Progressed, Done]]:
    """A progress bar on standard error while files are parsed, where that is a terminal:
    the callbacks for `indexer.add` (how many to parse, one done)."""
    if not sys.stderr.isatty():
        yield None, None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    columns = (BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("", total=None)
        yield (lambda total: bar.update(task, total=total)), (lambda _path: bar.advance(task))


@app.command("list", cls=Command, help=_("List the issues in the library, newest first."))
def list_issues(
    fmt: Annotated[
        ListFormat,
        typer.Option("--format", "-f", help=_("Output format (text is a table on a terminal).")),
    ] = ListFormat.TEXT,
    library: LibraryOption = None,
) -> None:
    """A table for people, JSON or CSV for scripts."""
    with open_library(library) as shelf:
        issues = shelf.issues()
    if fmt is ListFormat.JSON:
        rows = [dict(zip(LIST_COLUMNS, _row(issue), strict=True)) for issue in issues]
        write_stdout(json_document(rows))
    elif fmt is ListFormat.CSV:
        write_stdout(csv_table(LIST_COLUMNS, [_row(issue) for issue in issues]))
    elif (console := terminal_console()) is not None:
        print_rich(console, _issues_table(issues))
    else:
        lines = [
            "\t".join(
                printable(str(v))
                for v in (
                    i.magazine,
                    i.year_month,
                    i.number or "",
                    i.articles,
                    display_name(i.path),
                )
            )
            for i in issues
        ]
        write_stdout("".join(line + "\n" for line in lines))


def _row(issue: StoredIssue) -> tuple[object, ...]:
    return (
        issue.magazine,
        issue.year,
        issue.month,
        issue.number,
        issue.title,
        issue.articles,
        display_name(issue.path),
        issue.sha256,
    )


def _issues_table(issues: list[StoredIssue]) -> RenderableType:
    from rich.table import Table
    from rich.text import Text

    table = Table(show_edge=False, pad_edge=False)
    table.add_column(_("Magazine"))
    table.add_column(_("Year-month"), no_wrap=True)
    table.add_column(_("No."), justify="right")
    table.add_column(_("Articles"), justify="right")
    table.add_column(_("Path"), overflow="fold")
    for issue in issues:
        table.add_row(
            Text(printable(issue.magazine)),
            Text(issue.year_month),
            Text("" if issue.number is None else str(issue.number)),
            Text(str(issue.articles)),
            Text(printable(display_name(issue.path))),
        )
    if not issues:
        table.caption = _("The library is empty: `qtread library add FOLDER`.")
    return table


@app.command(cls=Command, help=_("Forget issues: files, or every issue under a folder."))
def remove(
    paths: Annotated[list[str], typer.Argument(metavar="PATH", help=_("Issue files or folders."))],
    library: LibraryOption = None,
) -> None:
    """Only the index forgets: the files themselves are not touched."""
    from qtread.library.indexer import remove as remove_from

    with open_library(library) as shelf:
        removed = remove_from(shelf, paths)
    write_stdout(_("{count} removed").format(count=len(removed)) + "\n")
    if not removed:
        raise typer.Exit(EXIT_FAILED)


@app.command(
    cls=Command, help=_("Find indexed files that moved, vanished or changed; exit 1 if any.")
)
def check(library: LibraryOption = None) -> None:
    """What `library add` (changed, moved) or `library remove` (gone) would put right."""
    from qtread.library.indexer import check as check_library

    with open_library(library) as shelf:
        report = check_library(shelf)
    for path in report.missing:
        say(_("{path}: missing (moved or deleted)").format(path=display_name(path)))
    for path in report.changed:
        say(_("{path}: changed since it was indexed").format(path=display_name(path)))
    write_stdout(
        _("{ok} as indexed, {missing} missing, {changed} changed").format(
            ok=report.ok, missing=len(report.missing), changed=len(report.changed)
        )
        + "\n"
    )
    if report.missing or report.changed:
        raise typer.Exit(EXIT_FAILED)
