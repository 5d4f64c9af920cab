"""Modal screens: help, the page prompt, search results, bookmarks."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

_MODAL_CSS = """
{name} {{ align: center middle; background: $background 60%; }}
{name} > Vertical, {name} > VerticalScroll {{
    width: 80%; max-width: 100; height: auto; max-height: 80%;
    border: round $accent; background: $surface; padding: 0 1;
}}
{name} OptionList, {name} OptionList:focus {{
    height: auto; max-height: 30; border: none; background: $surface;
}}
{name} .title {{ color: $accent; text-style: bold; height: 1; }}
"""


class HelpScreen(ModalScreen[None]):
    DEFAULT_CSS = _MODAL_CSS.format(name="HelpScreen")
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


class PickList(ModalScreen[int | None]):
    """A titled list of places; Enter returns the chosen index."""

    DEFAULT_CSS = _MODAL_CSS.format(name="PickList")
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q", "cancel", "Close")]

    def __init__(self, title: str, items: list[Text], empty: str) -> None:
        super().__init__()
        self.title_text = title
        self.items = items
        self.empty = empty

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(self.title_text), classes="title")
            if self.items:
                yield OptionList(*[Option(item, id=str(n)) for n, item in enumerate(self.items)])
            else:
                yield Static(Text(self.empty))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(int(event.option.id or 0))

    def action_cancel(self) -> None:
        self.dismiss(None)


class BookmarkList(PickList):
    """The bookmarks; `d` deletes the highlighted one (through `on_delete`)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("d,delete", "delete", "Delete")]

    def __init__(self, items: list[Text], on_delete: Callable[[int], list[Text]]) -> None:
        super().__init__("Bookmarks (Enter jumps, d deletes)", items, "No bookmarks yet: press m.")
        self.on_delete = on_delete

    def action_delete(self) -> None:
        options = self.query(OptionList)
        if not options:
            return
        option_list = options.first()
        highlighted = option_list.highlighted
        if highlighted is None:
            return
        self.items = self.on_delete(highlighted)
        option_list.clear_options()
        option_list.add_options(Option(item, id=str(n)) for n, item in enumerate(self.items))
        if self.items:
            option_list.highlighted = min(highlighted, len(self.items) - 1)
