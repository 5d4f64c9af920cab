"""What a search matches on: text folded the way a reader types, shared by the reader's
search and the library's index, so the two find the same things.

Case is ignored, and so is the width and style of punctuation: OCR text prints `,` and
`"` where the page has `，` and `“”`, and a Chinese input method types the full-width
marks whatever the text holds. Whitespace is ignored on both sides: text converted from
PDF often has stray spaces inside Chinese words ("管理办 法"), and a reader typing 管理办法
should still find it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_SPACE = re.compile(r"\s+")


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


def fold(text: str) -> str:
    """Lower-case, punctuation folded, without changing the length (offsets must stay
    valid)."""
    lowered = text.lower()
    return (lowered if len(lowered) == len(text) else text).translate(_PUNCTUATION)


def search_key(text: str) -> str:
    """TEXT as it is searched for and searched in: folded, with no whitespace."""
    return _SPACE.sub("", fold(text))


class FoldedText:
    """One text's search key, with the way back from offsets in the key to the text."""

    __slots__ = ("_kept", "key")

    def __init__(self, text: str) -> None:
        folded = fold(text)
        self.key = _SPACE.sub("", folded)
        #: where each character of the key was in the text (None: nothing was removed)
        self._kept: list[int] | None = None
        if len(self.key) != len(folded):
            self._kept = [index for index, char in enumerate(folded) if not char.isspace()]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The characters of the text that KEY[start:end] came from (end > start)."""
        if self._kept is None:
            return start, end
        return self._kept[start], self._kept[end - 1] + 1


def find_all(text: str, query: str) -> Iterator[tuple[int, int]]:
    """Every non-overlapping match of QUERY in TEXT, as (start, end) offsets in TEXT."""
    needle = search_key(query)
    if not needle:
        return
    folded = FoldedText(text)
    found = folded.key.find(needle)
    while found >= 0:
        yield folded.span(found, found + len(needle))
        found = folded.key.find(needle, found + len(needle))
