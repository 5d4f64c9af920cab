"""The columns the running heads name, and which articles each files under its column.

Where a head stands on its page decides it: a head that opens a page sits over the last
lines of an article begun on the page before; a head that closes a page follows every
article begun on it. The furniture pass finds the heads and their places; the article
builder applies them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class HeadScope(Enum):
    """Which articles a running head that names a column files under it."""

    AFTER = "after"  # it opens its page: those after it, not the one it breaks into
    HERE = "here"  # its place on the page is unknown: the one it stands in, and after
    PAGE = "page"  # it closes its page: every one begun on that page, and after


@dataclass(slots=True)
class ColumnHeads:
    """The columns the running heads name, by source line, kept by scope: heads whose
    place on their page is unknown (`here`), heads that open a page (`opening`) and
    heads that close one (`closing`)."""

    here: dict[int, str] = field(default_factory=dict)
    opening: dict[int, str] = field(default_factory=dict)
    closing: dict[int, str] = field(default_factory=dict)

    def in_order(self) -> list[tuple[int, str, HeadScope]]:
        """(line, column, scope), by line."""
        heads = [(line, name, HeadScope.HERE) for line, name in self.here.items()]
        heads += [(line, name, HeadScope.AFTER) for line, name in self.opening.items()]
        heads += [(line, name, HeadScope.PAGE) for line, name in self.closing.items()]
        return sorted(heads, key=lambda head: head[0])

    def named(self) -> dict[int, str]:
        """Every head's column by line, whatever its scope."""
        return {line: name for line, name, _ in self.in_order()}
