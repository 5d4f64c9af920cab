"""The reader app: a thin `App` around the reading screen (`screens/reader.py`).

It holds what outlives an issue's screen: the state store and the settings, the themes,
the command palette, the keys that are the app's (theme, help, quit), and the way out —
the place saved on quitting, on a hang-up (SIGHUP) and when the app is torn down. The
app never crashes on a bad state file; it shows the store's warnings instead.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import os
import signal
from collections.abc import Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.dom import DOMNode
from textual.screen import Screen

from qtread.model import Issue
from qtread.text.sanitize import visible
from qtread.tui.keys import NOT_IN_PALETTE, key_names, key_rows
from qtread.tui.preview import PendingParse
from qtread.tui.screens.reader import Command, ReaderScreen
from qtread.tui.state import Place, Settings, StateStore
from qtread.tui.themes import DEFAULT_THEME, load_themes, use_themes, variable_defaults
from qtread.tui.widgets.reader_view import ReaderView
from qtread.tui.widgets.search_bar import SearchBar

if TYPE_CHECKING:
    from textual.command import Provider

EXIT_HANG_UP = 129  # 128 + SIGHUP, as a shell reports a process the hang-up ended


def _reader_commands() -> type[Provider]:
    """The palette provider, imported when the palette first opens (faster start)."""
    from qtread.tui.commands import ReaderCommands

    return ReaderCommands


class ReaderApp(App[None]):
    """Reads one issue: `reader` is its screen."""

    TITLE = "qtread"
    COMMANDS = App.COMMANDS | {_reader_commands}
    CSS_PATH = Path(__file__).with_name("reader.tcss")  # also for a subclass elsewhere
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("c", "next_theme", "next theme (paper, night, sepia)"),
        Binding("question_mark", "help", "keys: this help"),
        Binding("q", "quit", "quit (the place is remembered)"),
    ]

    def __init__(
        self,
        issue: Issue,
        *,
        store: StateStore | None = None,
        theme: str | None = None,
        start: Place | None = None,
        query: str = "",
        pending: PendingParse | None = None,
    ) -> None:
        """Read ISSUE, at START if given (else where it was left), with QUERY searched.
        With PENDING, ISSUE is a preview (`qtread.tui.preview`) and the parse of PENDING
        runs in the background; the issue it gives replaces the preview."""
        super().__init__()
        self.store = store if store is not None else StateStore()
        self.settings: Settings = self.store.load_settings()
        self.requested_theme = theme
        self.themes = load_themes()
        self.reader_themes = [spec.name for spec in self.themes]
        self._saved = False
        self.reader = ReaderScreen(
            issue, store=self.store, settings=self.settings, start=start, query=query,
            pending=pending,
        )  # fmt: skip

    def on_mount(self) -> None:
        with contextlib.suppress(NotImplementedError, RuntimeError):  # no signals here
            asyncio.get_running_loop().add_signal_handler(signal.SIGHUP, self.hang_up)
        use_themes(self, self.themes, self.requested_theme, self.settings.theme)
        self.push_screen(self.reader)
        for warning in self.store.warnings:
            self.notify(
                visible(warning), title="qtread", severity="warning", markup=False, timeout=8
            )
        self.store.warnings.clear()

    def get_theme_variable_defaults(self) -> dict[str, str]:
        """The reader's own colours (`$qtread-muted`…) for themes that do not set them."""
        return variable_defaults(self.current_theme)

    def watch_theme(self, theme: str) -> None:
        if theme != self.settings.theme and theme in self.available_themes:
            self.settings.theme = theme
            self.store.save_settings(self.settings)

    # -- the way out --------------------------------------------------------------------

    async def action_quit(self) -> None:
        self.reader.save_state()
        self._saved = True
        self.exit()

    def hang_up(self) -> None:
        """The terminal went away (SIGHUP: its window closed, the SSH link dropped): save
        the place and leave at once, as a shell does. Restoring a terminal that is gone
        would only fail, so nothing is drawn or restored."""
        self.reader.save_state()
        os._exit(EXIT_HANG_UP)

    def on_unmount(self) -> None:
        if not self._saved:
            self.reader.save_state()
        gc.unfreeze()

    # -- the app's keys -----------------------------------------------------------------

    def action_next_theme(self) -> None:
        names = self.reader_themes or [DEFAULT_THEME]
        position = names.index(self.theme) + 1 if self.theme in names else 0
        self.theme = names[position % len(names)]
        self.notify(f"Theme: {self.theme}", timeout=1, markup=False)

    def action_help(self) -> None:
        from qtread.tui.screens import HelpScreen

        self.push_screen(HelpScreen(help_rows()))

    # -- command palette ----------------------------------------------------------------

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Textual's own commands, less its "Keys" panel: the palette's "Keys" is ours,
        the help screen, which says what every key does (it was listed twice)."""
        return (c for c in super().get_system_commands(screen) if c.title != "Keys")

    def palette_commands(self) -> Iterator[Command]:
        """Actions for the command palette, then one "go to article" per article."""
        reader = self.reader
        scopes: list[tuple[DOMNode, list[BindingType]]] = [
            (reader, ReaderScreen.BINDINGS),
            (self, self.BINDINGS),
            (reader.view, ReaderView.BINDINGS),
        ]
        for scope, bindings in scopes:  # each action runs where its key would run it
            for binding in bindings:
                if isinstance(binding, Binding) and binding.action not in NOT_IN_PALETTE:
                    action = partial(self.run_action, binding.action, scope)
                    title = binding.description[:1].upper() + binding.description[1:]
                    yield (title, key_names(binding)[0], action)
        yield from reader.article_commands()


def help_rows() -> list[tuple[str, str]]:
    """Every key the reader knows, as the help screen and docs/reader.md list them: the
    page's, the screen's, the app's, then the search prompt's."""
    bindings = [*ReaderView.BINDINGS, *ReaderScreen.BINDINGS, *ReaderApp.BINDINGS]
    return key_rows([*bindings, *SearchBar.BINDINGS])
