"""The shelf: the library's issues, newest first, with how far each has been read."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from qtread.i18n import _
from qtread.library.records import StoredIssue
from qtread.library.search import Hit
from qtread.text.sanitize import display_name, visible, visible_label


@dataclass(frozen=True, slots=True)
class ShelfEntry:
    """An issue on the shelf, and the fraction of it read (None: never opened)."""

    issue: StoredIssue
    read: float | None


@dataclass(frozen=True, slots=True)
class Opening:
    """What the shelf was left for: an issue file, and where in it (a search hit), if
    anywhere in particular."""

    path: Path
    hit: Hit | None = None
    query: str = ""  # what found the hit: the reader marks its matches


def progress_label(read: float | None) -> str:
    """`—` for an issue never opened, else how far in: `0%` … `100%`."""
    return "—" if read is None else f"{round(read * 100)}%"


class ShelfScreen(Screen[None]):
    """The issues as a table; Enter opens one, `/` searches them all."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", _("open"), show=True, priority=True),
        Binding("slash", "search", _("search every issue"), key_display="/"),
        Binding("q", "app.quit", _("quit")),
    ]

    class Chosen(Message):
        """An issue (or a place in one) to open."""

        def __init__(self, opening: Opening) -> None:
            super().__init__()
            self.opening = opening

    def __init__(
        self, entries: list[ShelfEntry], heading: str, search: Callable[[str], list[Hit]]
    ) -> None:
        super().__init__()
        self.entries = entries
        self.heading = heading
        self.search = search

    def compose(self) -> ComposeResult:
        yield Static(Text(visible(self.heading)), id="shelf-heading")
        table: DataTable[Text] = DataTable(cursor_type="row", zebra_stripes=True, id="shelf")
        table.add_column(_("Issue"), key="issue")
        table.add_column(_("Year-month"), key="date")
        table.add_column(_("Articles"), key="articles")
        table.add_column(_("Read"), key="read")
        table.add_column(_("File"), key="file")
        for number, entry in enumerate(self.entries):
            issue = entry.issue
            table.add_row(
                Text(visible_label(issue.title)),
                Text(issue.year_month),
                Text(str(issue.articles), justify="right"),
                Text(progress_label(entry.read), justify="right"),
                Text(visible(display_name(issue.path.name)), style="dim"),
                key=str(number),
            )
        yield table
        if not self.entries:
            yield Static(
                Text(_("No issues here yet: `qtread library add FOLDER` puts them on the shelf.")),
                id="shelf-empty",
            )
        yield Footer()

    def action_open(self) -> None:
        if self.entries:
            issue = self.entries[self.query_one(DataTable).cursor_row].issue
            self.post_message(self.Chosen(Opening(issue.path)))

    def action_search(self) -> None:
        """Search the whole library; the hit chosen opens its issue at its paragraph."""
        from qtread.tui.screens.library_search import LibrarySearch

        def chosen(opening: Opening | None) -> None:
            if opening is not None:
                self.post_message(self.Chosen(opening))

        self.app.push_screen(LibrarySearch(self.search), chosen)
