"""Search over the issue's text, not its wrapped lines, so a wrap never hides a match.

All para texts are joined into one lower-cased string once; a query is then a single
`str.find` loop over it, and each hit is mapped back to (para, start, end) by bisection.

Whitespace is ignored on both sides: text converted from PDF often has stray spaces
inside Chinese words ("管理办 法"), and a reader typing 管理办法 should still find it.
Punctuation is folded too, full-width to half-width and every quote style to one: OCR
text prints `,` and `"` where the page has `，` and `“”`, and a Chinese input method
types the full-width marks (`，“”`) whatever the text holds.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from qtread.tui.layout import Para

_SEPARATOR = "\n"  # never inside a para (controls are made visible), so no hit spans two
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Hit:
    """One match: the para it is in and where in its text."""

    para: int
    start: int  # offsets in para.text
    end: int


def _punctuation_table() -> dict[int, str]:
    """Each mark to the one it is searched as, a character for a character."""
    table = {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}  # ！…～ → !…~
    pairs = {"、": ",", "。": ".", "“": '"', "”": '"', "„": '"', "‟": '"', "‘": "'", "’": "'"}
    pairs |= {
        "「": '"',
        "」": '"',
        "『": '"',
        "』": '"',
        "【": "[",
        "】": "]",
        "〔": "(",
        "〕": ")",
    }
    table.update((ord(mark), plain) for mark, plain in pairs.items())
    return table


_PUNCTUATION = _punctuation_table()


def _fold(text: str) -> str:
    """Lower-case, punctuation folded, without changing the length (offsets must stay
    valid)."""
    lowered = text.lower()
    return (lowered if len(lowered) == len(text) else text).translate(_PUNCTUATION)


class SearchIndex:
    """The issue's text prepared for repeated searches."""

    def __init__(self, paras: list[Para]) -> None:
        self._starts: list[int] = []
        #: Per para, where each kept character was in para.text (None: nothing removed).
        self._positions: list[list[int] | None] = []
        chunks: list[str] = []
        position = 0
        for para in paras:
            folded = _fold(para.text)
            squeezed = _SPACE.sub("", folded)
            kept = None
            if len(squeezed) != len(folded):
                kept = [index for index, ch in enumerate(folded) if not ch.isspace()]
            self._starts.append(position)
            self._positions.append(kept)
            chunks.append(squeezed)
            position += len(squeezed) + len(_SEPARATOR)
        self._haystack = _SEPARATOR.join(chunks)

    def search(self, query: str) -> list[Hit]:
        """Every non-overlapping occurrence of `query`, ignoring case, spaces and the width
        and style of punctuation, in order."""
        needle = _SPACE.sub("", _fold(query))
        if not needle:
            return []
        hits: list[Hit] = []
        haystack, starts, positions = self._haystack, self._starts, self._positions
        found = haystack.find(needle)
        while found >= 0:
            para = bisect_right(starts, found) - 1
            start = found - starts[para]
            end = start + len(needle)
            kept = positions[para]
            if kept is not None:
                start, end = kept[start], kept[end - 1] + 1
            hits.append(Hit(para, start, end))
            found = haystack.find(needle, found + len(needle))
        return hits
