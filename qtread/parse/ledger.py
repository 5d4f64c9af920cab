"""The ledger of lines the parser leaves out of the model, and why.

"Text is sacred": a line a pass removes (a running header, the cover, a TOC blurb) is
not lost, it is recorded here, and `qtread dump` shows it. A line is accounted for
once: when two passes remove it, the first one names the reason; pieces of one line
removed apart are kept together under it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from qtread.model import DroppedLine


@dataclass(slots=True)
class Ledger:
    """Dropped lines by line number; the first reason recorded for a line wins."""

    _entries: dict[int, DroppedLine] = field(default_factory=dict)

    def record(self, line: int, text: str, reason: str) -> None:
        """Note that source line LINE (TEXT) left the model for REASON, unless noted already."""
        self._add(DroppedLine(line, text, reason))

    def extend(self, *entries: Iterable[DroppedLine]) -> None:
        """Take over another pass's entries, in order; lines noted already keep their reason."""
        for group in entries:
            for entry in group:
                self._add(entry)

    def _add(self, entry: DroppedLine) -> None:
        """A line noted already keeps its reason; a piece of it not noted yet (a pass may
        cut a source line in two, and each piece keeps the line's number) joins its text,
        so no character is lost."""
        known = self._entries.get(entry.line)
        if known is None:
            self._entries[entry.line] = entry
        elif entry.text not in known.text:
            self._entries[entry.line] = DroppedLine(
                entry.line, f"{known.text} {entry.text}", known.reason
            )

    def entries(self) -> list[DroppedLine]:
        """Every entry in source order: how the model and `qtread dump` list them."""
        return sorted(self._entries.values(), key=lambda entry: entry.line)

    def __iter__(self) -> Iterator[DroppedLine]:
        return iter(self.entries())

    def __len__(self) -> int:
        return len(self._entries)
