"""The status line: where the reader is, in the column, the article and the issue."""

from __future__ import annotations

from textual.widgets import Static


class StatusLine(Static):
    """Where the reader is: column and article, printed page, page of the article, share read."""

    DEFAULT_CSS = "StatusLine { dock: bottom; height: 1; background: $panel; color: $foreground; }"
