"""Pass 3: normalise characters and cut the text into numbered source lines.

Line ends become LF; NUL, zero-width and bidi-control characters go (they are never
content); non-breaking and ideographic spaces become plain spaces. Leading and
trailing spaces are remembered as flags, because in PDF text a leading space marks a
new page and a trailing space after a Latin word means the wrap kept a real space.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_INVISIBLE = re.compile(
    "[\x00\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
_SPACES = "\t\u00a0\u2000-\u200a\u202f\u205f\u3000"  # tabs, non-breaking, ideographic…
_CONTROLS = "\x01-\x08\x0b-\x1f\x7f"
#: Both become a plain space: one sweep of the text instead of one each.
_AS_SPACE = re.compile(f"[{_SPACES}{_CONTROLS}]")


class Line(NamedTuple):
    """One source line. A named tuple, not a dataclass: a file has a line for every
    printed line and a blank after it, and tuples are the cheapest to make."""

    number: int  # 1-based, as `sed -n` counts
    text: str  # without leading or trailing white space
    lead_space: bool = False
    trail_space: bool = False
    removed: bool = False  # blanked by a pass (furniture…): not a gap the layout left
    #: The span a converter set in bold at the line's start, its marks dropped: all of
    #: TEXT for a line wholly in bold (a title), less for a title run into its text.
    bold: str = ""

    @property
    def blank(self) -> bool:
        return not self.text


def normalise(text: str) -> str:
    """Unify line ends and drop invisible characters, keeping every visible one."""
    text = _unified_line_ends(text)
    text = _INVISIBLE.sub("", text)
    return _AS_SPACE.sub(" ", text)


def page_starts(text: str) -> frozenset[int]:
    """Numbers of the lines of TEXT (not yet normalised) that a form feed opens: where
    an extractor starts a printed page. `normalise` turns the form feed into a space."""
    if "\f" not in text:
        return frozenset()
    rows = _unified_line_ends(text).split("\n")  # numbered as `normalise` leaves them
    return frozenset(number for number, row in enumerate(rows, start=1) if row.startswith("\f"))


def _unified_line_ends(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def next_filled(lines: list[Line], index: int) -> int | None:
    """The index of the first line with text at INDEX or after it, if there is one."""
    while index < len(lines) and lines[index].blank:
        index += 1
    return index if index < len(lines) else None


def last_filled(lines: list[Line], count: int, floor: int = 0) -> list[int]:
    """Indexes of the last COUNT lines with text at or after FLOOR, last first: walked
    from the end, since a file has many lines and a back cover few."""
    found: list[int] = []
    for index in range(len(lines) - 1, floor - 1, -1):
        if lines[index].text:
            found.append(index)
            if len(found) == count:
                break
    return found


#: Share of a file's lines, at most, that a leading space can mark as a page's first line.
#: A page holds forty lines or more, so page marks are a few in a hundred; where more
#: lines open with a space, the extraction kept the layout's indents (`pdftotext
#: -layout`), and a leading space says nothing of pages.
PAGE_MARKS_MAX = 0.15
#: Lines with text, at least, for that share to say anything: about a page.
PAGE_LINES = 40


def split_lines(text: str) -> list[Line]:
    """Numbered lines of already normalised text.

    A leading space marks a page's first line (raw PDF text), unless so many lines open
    with one that the extraction kept the layout's indents: then it marks nothing.
    Built with `tuple.__new__`: the named tuple's own constructor is a Python function,
    and it ran once for every line of the file, blanks included."""
    new = tuple.__new__
    lines = []
    led = filled = 0  # lines with text, and those of them that open with a space
    for number, raw in enumerate(text.split("\n"), start=1):
        if not raw:  # a blank row (every other row of PDF text): nothing to strip or test
            lines.append(new(Line, (number, "", False, False, False, "")))
            continue
        stripped = raw.strip(" ")
        if not stripped:  # spaces alone: a blank line with a lead space (a page mark)
            lines.append(new(Line, (number, "", True, False, False, "")))
            continue
        lead_space = raw[0] == " "
        filled += 1
        led += lead_space
        lines.append(new(Line, (number, stripped, lead_space, raw[-1] == " ", False, "")))
    if filled >= PAGE_LINES and led > PAGE_MARKS_MAX * filled:
        lines = [line._replace(lead_space=False) for line in lines]
    return lines
