"""Search over the issue's text, not its wrapped lines, so a wrap never hides a match.

All para texts are joined into one lower-cased string once; a query is then a single
`str.find` loop over it, and each hit is mapped back to (para, start, end) by bisection.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from qtread.tui.layout import Para

_SEPARATOR = "\n"  # never inside a para (controls are made visible), so no hit spans two


@dataclass(frozen=True, slots=True)
class Hit:
    para: int
    start: int
    end: int


def _fold(text: str) -> str:
    """Lower-case without changing the length (offsets must stay valid)."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text


class SearchIndex:
    """The issue's text prepared for repeated searches."""

    def __init__(self, paras: list[Para]) -> None:
        self._starts: list[int] = []
        chunks: list[str] = []
        position = 0
        for para in paras:
            self._starts.append(position)
            chunks.append(_fold(para.text))
            position += len(para.text) + len(_SEPARATOR)
        self._haystack = _SEPARATOR.join(chunks)

    def search(self, query: str) -> list[Hit]:
        """Every non-overlapping occurrence of `query`, case-insensitive, in reading order."""
        needle = _fold(query.strip())
        if not needle or _SEPARATOR in needle:
            return []
        hits: list[Hit] = []
        haystack, starts = self._haystack, self._starts
        found = haystack.find(needle)
        while found >= 0:
            para = bisect_right(starts, found) - 1
            start = found - starts[para]
            hits.append(Hit(para, start, start + len(needle)))
            found = haystack.find(needle, found + len(needle))
        return hits
