"""The peer `bench/reader.py` times qtread's reader against: the least Textual app that
shows an issue file's text (its lines in a Log, which draws only the rows on screen).

    .venv/bin/python bench/minimal_reader.py FILE
"""

from __future__ import annotations

import sys
from pathlib import Path

from textual.app import App, ComposeResult
from textual.widgets import Log


class MinimalReader(App[None]):
    """A file's lines, scrollable; q quits."""

    BINDINGS = [("q", "quit", "quit")]  # noqa: RUF012

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def compose(self) -> ComposeResult:
        yield Log()

    def on_mount(self) -> None:
        text = self.path.read_text(encoding="utf-8", errors="replace")
        self.query_one(Log).write_lines(text.splitlines())


if __name__ == "__main__":
    MinimalReader(Path(sys.argv[1])).run()
