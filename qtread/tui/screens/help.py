"""The help: every key and what it does, made from the bindings (`qtread.tui.keys`)."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from qtread.tui.screens.modal import modal_css


class HelpScreen(ModalScreen[None]):
    """Every key and what it does, as the bindings say (`qtread.tui.keys`)."""

    DEFAULT_CSS = modal_css("HelpScreen")
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "dismiss", "Close"),
        Binding("j,down", "scroll(1)", "Down", show=False),
        Binding("k,up", "scroll(-1)", "Up", show=False),
        Binding("space,pagedown", "scroll(10)", "Page down", show=False),
        Binding("b,pageup", "scroll(-10)", "Page up", show=False),
    ]

    def __init__(self, rows: list[tuple[str, str]]) -> None:
        """ROWS: (keys, what they do), made from the bindings (`qtread.tui.keys`)."""
        super().__init__()
        self.rows = rows

    def action_scroll(self, lines: int) -> None:
        self.query_one(VerticalScroll).scroll_relative(y=lines, animate=False)

    def compose(self) -> ComposeResult:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold")
        table.add_column()
        for keys, action in self.rows:
            table.add_row(Text(keys), Text(action))
        # scrolls where the terminal is shorter than the table (at 80×24 it is)
        with VerticalScroll():
            yield Static(Text("qtread read — keys"), classes="title")
            yield Static(table)

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(None)
