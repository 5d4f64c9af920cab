"""Running heads glued to text. An extractor that orders text by its position on the page
(PyMuPDF's sorted text, pdfplumber) joins a running head to whatever is printed on its
baseline: `016 潮涌钱塘 CHAOYONG QIANTANG钱塘新区"科创板第一股"诞生`, `2020 · 第5期
（总第65期） 003 红盟纵横 联创钱塘未来`. Such a line is neither furniture nor text: its
opening words recur page after page in one digit-free form, with a page number at one
end that rises through the file, as a head does; the words after them change. The
opening words are the head; the rest is its page's first line.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from itertools import pairwise

from qtread.parse.lines import Line
from qtread.parse.recurring import (
    MAX_HEAD_LETTERS,
    MIN_HEAD_GAP,
    MIN_REPEATS,
    head_key,
    page_number,
    rising,
)

#: Where a head's words may end: at a run of spaces, or where Latin letters or digits meet
#: other letters (`QIANTANG钱塘`): an extractor that glues two pieces leaves no space.
_WORDS_END = re.compile(
    r"\s+|(?<=[0-9A-Za-z])(?=[^\s0-9A-Za-z])|(?<=[^\s0-9A-Za-z])(?=[0-9A-Za-z])"
)
#: A page number opening a line, or one set apart by spaces among its first words, which
#: a head's words may end on: only a line with one can open with a head.
_LEADING_NUMBER = re.compile(r"(\d{1,3})\s")
_SPACED_NUMBER = re.compile(r"(?<=\s)\d{1,3}(?=\s|$)")


@dataclass(frozen=True, slots=True)
class _Opening:
    index: int  # the line's index
    end: int  # where the opening words end in the line's text
    number: int  # the page number they print


def glued_heads(lines: list[Line], furniture: set[int]) -> dict[int, int]:
    """Lines (other than the FURNITURE found already) that open with a running head
    glued to text: index → the length of the head in the line's text.

    A head is the longest opening, among those that end at a word's end, whose
    digit-free form opens MIN_REPEATS lines or more, a page's worth apart (median), with
    page numbers that rise. A line that is all head (its longest such opening is the
    whole line) is the other passes' to find."""
    # the cheap test first, in one sweep of every line: a glued head ends at a space
    spaced = [i for i, line in enumerate(lines) if " " in line.text[:MAX_HEAD_LETTERS]]
    openings: dict[str, dict[int, _Opening]] = defaultdict(dict)
    for index in spaced:
        text = lines[index].text
        if index in furniture:
            continue
        for end, number in _head_ends(text):
            if number is not None and (key := head_key(text[:end])):
                openings[key][index] = _Opening(index, end, number)  # the longest
    longest: dict[int, int] = {}  # index → where the line's longest head ends
    for by_line in openings.values():
        ordered = sorted(by_line.values(), key=lambda opening: opening.index)
        if rising([o.number for o in ordered]) and _page_apart(ordered, lines):
            for opening in ordered:
                longest[opening.index] = max(longest.get(opening.index, 0), opening.end)
    return {index: end for index, end in longest.items() if lines[index].text[end:].strip()}


def _page_apart(openings: list[_Opening], lines: list[Line]) -> bool:
    """The openings are a page's worth of source lines apart (median): field labels of a
    list recur as often, but a few lines apart."""
    gaps = sorted(lines[b.index].number - lines[a.index].number for a, b in pairwise(openings))
    return len(gaps) >= MIN_REPEATS - 1 and gaps[len(gaps) // 2] >= MIN_HEAD_GAP


def _head_ends(text: str) -> list[tuple[int, int | None]]:
    """Where a head at TEXT's start may end, and the page number it prints: at a word's
    end, if a page number opens the line; else right after a page number set apart
    among its first words. The whole line is one of them, so that a line that is all
    head is told apart; a line with none but that holds no glued head."""
    if leading := _LEADING_NUMBER.match(text):
        number = int(leading.group(1))
        found = _WORDS_END.finditer(text, leading.end(), MAX_HEAD_LETTERS + 1)
        ends: list[tuple[int, int | None]] = [(end.start(), number) for end in found]
        return [*ends, (len(text), number)] if ends else []
    if _SPACED_NUMBER.search(text, 0, MAX_HEAD_LETTERS) is None:
        return []  # the common case: no number set apart among the first words
    found = _SPACED_NUMBER.finditer(text, 0, MAX_HEAD_LETTERS)
    ends = [(number.end(), int(number.group())) for number in found]
    numbered = text[:1].isdigit() or text[-1:].isdigit()  # a page number at an end
    return [*ends, (len(text), page_number(text) if numbered else None)]
