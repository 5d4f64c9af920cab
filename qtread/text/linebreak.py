"""A kinsoku line breaker for Chinese text, measured in terminal cells.

Rich and Textual wrap on spaces and let a line start with 。or ，; Python's textwrap counts
code points, not cells. Chinese typesetting needs neither: any two Han characters may be
broken apart, but closing punctuation clings to what precedes it, opening punctuation to
what follows, ……/—— stay whole and Latin words and numbers are never split.

The work is done in two steps so that a re-flow is cheap: `segment` cuts a paragraph into
unbreakable groups once (independent of width), and `fill` packs groups into lines for a
given width. `wrap` does both. Joining the returned lines always gives back the input.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from wcwidth import wcwidth

from qtread.text.cjk import NO_LINE_END, NO_LINE_START

#: Tokens: a run of printable ASCII (a Latin word, a number, a URL), a run of ellipses or
#: dashes (never split), a run of whitespace, or any other single character.
_TOKEN = re.compile(r"[!-~]+|…+|—+|\s+|.", re.DOTALL)


@dataclass(frozen=True, slots=True)
class Group:
    """An unbreakable piece of a paragraph.

    `width` is the cells the group takes; `visible` leaves out trailing whitespace, which
    may hang past the end of a line (it is invisible and the renderer crops it).
    """

    text: str
    width: int
    visible: int


@lru_cache(maxsize=8192)
def char_width(ch: str) -> int:
    """Cells a character takes; controls count as one (the reader shows them as symbols)."""
    width = wcwidth(ch)
    if width >= 0:
        return width
    return 0 if unicodedata.category(ch)[0] == "M" else 1


def text_width(text: str) -> int:
    """Cells a string takes, consistent with `char_width`."""
    if text.isascii() and text.isprintable():
        return len(text)
    return sum(char_width(ch) for ch in text)


def _glues_back(token: str) -> bool:
    """True if the token may not begin a line, so it sticks to the token before it."""
    first = token[0]
    return first in NO_LINE_START or first.isspace() or char_width(first) == 0


def segment(paragraph: str) -> list[Group]:
    """Cut a paragraph into unbreakable groups, applying the kinsoku rules."""
    pieces: list[str] = []
    glue_next = False
    for match in _TOKEN.finditer(paragraph):
        token = match.group()
        if pieces and (glue_next or _glues_back(token)):
            pieces[-1] += token
        else:
            pieces.append(token)
        glue_next = token[-1] in NO_LINE_END
    groups = []
    for piece in pieces:
        width = text_width(piece)
        trailing = len(piece) - len(piece.rstrip())
        visible = width - trailing if trailing else width
        groups.append(Group(piece, width, visible))
    return groups


def _split_oversize(group: Group, width: int) -> list[Group]:
    """Cut a group wider than a whole line into line-sized pieces, by character.

    Only an overlong word (a URL, a long number) or a pathological run of punctuation gets
    here; breaking it is better than letting it run off the screen.
    """
    out: list[Group] = []
    current = ""
    used = 0
    for ch in group.text:
        cells = char_width(ch)
        if current and used + cells > width and not ch.isspace():
            out.append(Group(current, used, text_width(current.rstrip())))
            current, used = "", 0
        current += ch
        used += cells
    if current:
        out.append(Group(current, used, text_width(current.rstrip())))
    return out


def fill(groups: list[Group], width: int, indent: int = 0) -> list[str]:
    """Pack groups greedily into lines of at most `width` visible cells.

    The first line has `indent` cells fewer (the caller draws the indent).
    """
    width = max(width, 2)
    lines: list[str] = []
    parts: list[str] = []
    used = 0
    limit = max(width - indent, 2)
    for group in groups:
        if group.visible > limit:
            pending = _split_oversize(group, limit)
        else:
            pending = [group]
        for piece in pending:
            if parts and used + piece.visible > limit:
                lines.append("".join(parts))
                parts, used, limit = [], 0, width
            parts.append(piece.text)
            used += piece.width
    if parts or not lines:
        lines.append("".join(parts))
    return lines


def wrap(paragraph: str, width: int, indent: int = 0) -> list[str]:
    """Break a paragraph into lines no wider than `width` cells (trailing spaces hang).

    The first line is `indent` cells narrower. `"".join(wrap(p, w))` is always `p`.
    """
    return fill(segment(paragraph), width, indent)
