"""Lists of places to jump to: the search results, the bookmarks."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from qtread.tui.screens.modal import modal_css


class PickList(ModalScreen[int | None]):
    """A titled list of places; Enter returns the chosen index."""

    DEFAULT_CSS = modal_css("PickList")

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
