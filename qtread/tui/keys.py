"""The reader's keys, listed once: as the Textual bindings of the reading view and of the
app. The help screen, the command palette's actions and the table in docs/reader.md are
all made from those bindings (a test keeps the docs in step), so a key added, moved or
reworded is added, moved or reworded everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.binding import Binding, BindingType
from textual.keys import format_key

#: What no binding says: the palette's own key (Textual's) and the mouse.
OTHER_ROWS = [
    ("ctrl+p", "command palette: the actions above, go to article, themes"),
    ("mouse", "wheel scrolls; a click on the left / right edge turns the page"),
]
#: Actions the palette leaves out: moving by a line or a page is what keys are for, and
#: Textual's own palette offers quitting.
NOT_IN_PALETTE = frozenset(
    {"next_page", "previous_page", "line_down", "line_up", "quit", "focus_reader"}
)


def key_names(binding: Binding) -> list[str]:
    """The keys of BINDING as a person reads them: `space`, `pgdn`, `→`, `]`."""
    return [format_key(key.strip()) for key in binding.key.split(",")]


def key_rows(bindings: Iterable[BindingType]) -> list[tuple[str, str]]:
    """(keys, what they do) for every binding that says what it does, in order, then the
    rows no binding gives: the help screen's table and docs/reader.md's."""
    rows = [
        ("  ".join(key_names(b)), b.description)
        for b in bindings
        if isinstance(b, Binding) and b.description
    ]
    return rows + OTHER_ROWS


def markdown_table(rows: list[tuple[str, str]]) -> str:
    """ROWS as the Markdown table docs/reader.md prints under "Keys"."""
    lines = ["| Keys | Action |", "|---|---|"]
    for keys, action in rows:
        shown = " ".join(f"`{key}`" for key in keys.split("  "))
        lines.append(f"| {shown} | {action} |")
    return "\n".join(lines)
