"""The shelf app: the library's issues, newest first; it ends with the one to open.

It is an app of its own: `qtread read` opens the reader on the issue chosen, and shows
the shelf again when the reader is closed, so that the reader stays one issue's app.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from textual.app import App
from textual.binding import Binding, BindingType

from qtread.library.records import StoredIssue
from qtread.library.search import Hit
from qtread.tui.screens.shelf import Opening, ShelfEntry, ShelfScreen
from qtread.tui.state import StateStore
from qtread.tui.themes import load_themes, use_themes


class ShelfApp(App[Opening | None]):
    """Shows the shelf; returns the Opening chosen, or None when the user quits."""

    TITLE = "qtread"
    CSS_PATH = Path(__file__).with_name("shelf.tcss")
    BINDINGS: ClassVar[list[BindingType]] = [Binding("q", "quit", show=False)]

    def __init__(
        self,
        entries: list[ShelfEntry],
        heading: str,
        search: Callable[[str], list[Hit]],
        *,
        store: StateStore | None = None,
        theme: str | None = None,
        notice: str = "",
    ) -> None:
        super().__init__()
        self.shelf = ShelfScreen(entries, heading, search)
        self.store = store if store is not None else StateStore()
        self.requested_theme = theme
        self.notice = notice

    def on_mount(self) -> None:
        remembered = self.store.load_settings().theme
        use_themes(self, load_themes(), self.requested_theme, remembered)
        self.push_screen(self.shelf)
        if self.notice:
            self.notify(self.notice, severity="error", markup=False, timeout=8)

    def on_shelf_screen_chosen(self, event: ShelfScreen.Chosen) -> None:
        self.exit(event.opening)


def shelf_entries(issues: list[StoredIssue], store: StateStore) -> list[ShelfEntry]:
    """Each issue with how far it has been read (the reader's saved place)."""
    entries = []
    for issue in issues:
        place = store.load_issue(issue.sha256).place
        entries.append(ShelfEntry(issue, None if place is None else place.fraction))
    return entries
