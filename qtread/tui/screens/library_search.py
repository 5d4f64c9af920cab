"""Search every issue on the shelf: a query line, and the results as they are typed."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from qtread.i18n import _
from qtread.library.search import DEFAULT_LIMIT, Hit
from qtread.text.sanitize import visible, visible_label
from qtread.tui.screens.modal import modal_css
from qtread.tui.screens.shelf import Opening


def hit_label(hit: Hit) -> Text:
    """The article's title, then where it is (issue · column · byline), then the snippet
    with the match highlighted."""
    where = " · ".join(part for part in (hit.issue, hit.section, hit.bylines) if part)
    label = Text(visible_label(hit.title), style="bold")
    label.append("\n" + visible_label(where), style="dim")
    label.append("\n")
    label.append(visible(hit.snippet.before))
    label.append(visible(hit.snippet.match), style="reverse")
    label.append(visible(hit.snippet.after))
    return label


class LibrarySearch(ModalScreen[Opening | None]):
    """Type to search; ↓ moves into the results, Enter opens one, Esc closes."""

    DEFAULT_CSS = modal_css("LibrarySearch")

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", _("close")),
        Binding("down", "results", _("to the results"), show=False),
    ]

    def __init__(self, search: Callable[[str], list[Hit]]) -> None:
        super().__init__()
        self.search = search
        self.hits: list[Hit] = []
        self.query_text = ""

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(_("Search every issue")), classes="title")
            yield Input(placeholder=_("words, names, a phrase…"), id="query")
            yield Static(Text(""), id="count")
            yield OptionList(id="hits")

    def on_input_changed(self, event: Input.Changed) -> None:
        self.query_text = event.value.strip()
        self.hits = self.search(self.query_text) if self.query_text else []
        results = self.query_one(OptionList)
        results.clear_options()
        options: list[Option | None] = []
        for number, hit in enumerate(self.hits):
            options += [None] if number else []  # a rule between results
            options.append(Option(hit_label(hit), id=str(number)))
        results.add_options(options)
        count = ""
        if self.query_text:
            many = len(self.hits) >= DEFAULT_LIMIT
            shown = _("the best {count}") if many else _("{count} found")
            count = shown.format(count=len(self.hits))
        self.query_one("#count", Static).update(Text(count, style="dim"))

    def on_input_submitted(self, _event: Input.Submitted) -> None:
        if self.hits:
            self._open(self.hits[0])

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self._open(self.hits[int(event.option.id or 0)])

    def _open(self, hit: Hit) -> None:
        self.dismiss(Opening(hit.path, hit, self.query_text))

    def action_results(self) -> None:
        """↓ from the query line: to the first result."""
        if self.hits:
            results = self.query_one(OptionList)
            results.highlighted = 0
            results.focus()

    def action_cancel(self) -> None:
        self.dismiss(None)
