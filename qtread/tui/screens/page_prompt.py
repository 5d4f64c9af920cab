"""The page prompt: `p` or `:` asks for a page as the magazine prints it."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import ModalScreen
from textual.widgets import Input


class PagePrompt(ModalScreen[int | None]):
    """A one-line prompt at the bottom for a printed page number."""

    DEFAULT_CSS = """
    PagePrompt { align: left bottom; background: transparent; }
    PagePrompt Input, PagePrompt Input:focus {
        dock: bottom; width: 100%; border: none; height: 1; padding: 0 1;
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def compose(self) -> ComposeResult:
        yield Input(placeholder="printed page: ", type="integer")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(int(event.value) if event.value.strip().lstrip("-").isdigit() else None)

    def action_cancel(self) -> None:
        self.dismiss(None)
