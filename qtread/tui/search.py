"""Search over the issue's text, not its wrapped lines, so a wrap never hides a match.

All para texts are folded (`qtread.text.fold`: case, punctuation width and style,
whitespace) and joined into one string once; a query is then a single `str.find` loop
over it, and each hit is mapped back to (para, start, end) by bisection.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from qtread.text.fold import FoldedText, search_key
from qtread.tui.layout import Para

_SEPARATOR = "\n"  # never inside a para (controls are made visible), so no hit spans two
#: Matches a regular expression search keeps at most: `.` matches every character.
MAX_REGEX_HITS = 100_000


@dataclass(frozen=True, slots=True)
class Hit:
    """One match: the para it is in and where in its text."""

    para: int
    start: int  # offsets in para.text
    end: int


class SearchIndex:
    """The issue's text prepared for repeated searches."""

    def __init__(self, paras: list[Para]) -> None:
        self._paras = paras
        self._starts: list[int] = []
        self._folded: list[FoldedText] = []
        chunks: list[str] = []
        position = 0
        for para in paras:
            folded = FoldedText(para.text)
            self._starts.append(position)
            self._folded.append(folded)
            chunks.append(folded.key)
            position += len(folded.key) + len(_SEPARATOR)
        self._haystack = _SEPARATOR.join(chunks)

    def search(self, query: str) -> list[Hit]:
        """Every non-overlapping occurrence of `query`, ignoring case, spaces and the width
        and style of punctuation, in order."""
        needle = search_key(query)
        if not needle:
            return []
        hits: list[Hit] = []
        haystack, starts, folded = self._haystack, self._starts, self._folded
        found = haystack.find(needle)
        while found >= 0:
            para = bisect_right(starts, found) - 1
            start = found - starts[para]
            hits.append(Hit(para, *folded[para].span(start, start + len(needle))))
            found = haystack.find(needle, found + len(needle))
        return hits

    def search_regex(self, pattern: str) -> list[Hit]:
        """Every non-empty match of the regular expression PATTERN, case ignored, in the
        text as shown (no folding: the expression says what it means). Raises re.error
        for an expression that is none."""
        if not pattern:
            return []
        compiled = re.compile(pattern, re.IGNORECASE)
        hits: list[Hit] = []
        for number, para in enumerate(self._paras):
            for match in compiled.finditer(para.text):
                if match.end() > match.start():
                    hits.append(Hit(number, match.start(), match.end()))
                    if len(hits) >= MAX_REGEX_HITS:
                        return hits
        return hits
