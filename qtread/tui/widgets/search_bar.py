"""The search prompt: one line over the status line, like a pager's `/`.

It is part of the reading screen, mounted and hidden, not a screen of its own: `/` shows
it and gives it the focus in the same key handler, so the keys typed right after `/` go
into the query. (A modal screen takes a moment to mount and focus its input, and keys
that came in that moment went to the page and were lost.)
"""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Input

PLAIN_PROMPT = "/ search the issue"
REGEX_PROMPT = "/ regular expression (ctrl+r: plain text)"


class SearchBar(Input):
    """The query as it is typed; it says when it changes, is kept, or is given up."""

    DEFAULT_CSS = """
    SearchBar, SearchBar:focus {
        dock: bottom; width: 100%; height: 1; border: none; padding: 0 1; display: none;
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "while searching: give up, the page as it was", show=False),
        Binding(
            "ctrl+r",
            "toggle_regex",
            "while searching: a regular expression / plain text",
            show=False,
        ),
    ]

    #: Is the query a regular expression (case ignored, no folding) rather than text?
    regex: reactive[bool] = reactive(False)

    class Kept(Message):
        """Enter: search for QUERY."""

        def __init__(self, query: str) -> None:
            super().__init__()
            self.query = query

    class Cancelled(Message):
        """Esc: put the page and the previous search back."""

    class ModeChanged(Message):
        """Ctrl+R: the same query, searched the other way."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(placeholder=PLAIN_PROMPT, id=id)

    def watch_regex(self, regex: bool) -> None:
        self.placeholder = REGEX_PROMPT if regex else PLAIN_PROMPT
        self.post_message(self.ModeChanged())

    def action_toggle_regex(self) -> None:
        self.regex = not self.regex

    def open(self, query: str) -> None:
        """Show the bar with QUERY selected and take the focus now, not after a refresh."""
        self.value = query
        self.display = True  # an inline style, in force at once (a class waits for the CSS)
        self.screen.set_focus(self)
        self.select_all()

    @property
    def shown(self) -> bool:
        return self.display

    def close(self) -> None:
        self.display = False

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.close()
        self.post_message(self.Kept(event.value))

    def action_cancel(self) -> None:
        self.close()
        self.post_message(self.Cancelled())
