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

from wcwidth import wcwidth

from qtread.text.cjk import NO_LINE_END, NO_LINE_START

#: Tokens: a run of printable ASCII (a Latin word, a number, a URL), a run of ellipses or
#: dashes (never split), a run of whitespace, or any other single character.
_TOKEN = re.compile(r"[!-~]+|…+|—+|\s+|.", re.DOTALL)


#: An unbreakable piece of a paragraph: (text, width, visible). `width` is the cells it
#: takes; `visible` leaves out trailing whitespace, which may hang past the end of a line
#: (it is invisible and the renderer crops it). A plain tuple: an issue has ~60 000.
Group = tuple[str, int, int]

_WIDTHS: dict[str, int] = {}


def char_width(ch: str) -> int:
    """Cells a character takes; controls count as one (the reader shows them as symbols)."""
    width = _WIDTHS.get(ch)
    if width is None:
        width = wcwidth(ch)
        if width < 0:
            width = 0 if unicodedata.category(ch)[0] == "M" else 1
        _WIDTHS[ch] = width
    return width


def text_width(text: str) -> int:
    """Cells a string takes, consistent with `char_width`."""
    if text.isascii() and text.isprintable():
        return len(text)
    return sum(map(char_width, text))


def _glues_back(first: str) -> bool:
    """A token starting with this may not begin a line: it sticks to the one before."""
    glue = _GLUES_BACK.get(first)
    if glue is None:
        glue = first in NO_LINE_START or first.isspace() or char_width(first) == 0
        _GLUES_BACK[first] = glue
    return glue


_GLUES_BACK: dict[str, bool] = {}


def segment(paragraph: str) -> list[Group]:
    """Cut a paragraph into unbreakable groups, applying the kinsoku rules.

    A token sticks to the one before it if it may not begin a line (closing punctuation,
    whitespace, a combining mark), or if the one before may not end a line.
    """
    pieces: list[str] = []
    glue_next = False
    no_end, glues = NO_LINE_END, _GLUES_BACK
    for token in _TOKEN.findall(paragraph):
        glue = glues.get(token[0])
        if glue is None:
            glue = _glues_back(token[0])
        if pieces and (glue or glue_next):
            pieces[-1] += token
        else:
            pieces.append(token)
        # Leading whitespace sticks to what follows rather than fill a line of its own.
        glue_next = token[-1] in no_end or (len(pieces) == 1 and pieces[0].isspace())
    groups: list[Group] = []
    widths = _WIDTHS
    for piece in pieces:
        width = widths.get(piece) if len(piece) == 1 else None
        if width is None:
            width = text_width(piece)
        if piece[-1].isspace():
            groups.append((piece, width, text_width(piece.rstrip())))
        else:
            groups.append((piece, width, width))
    return groups


def _split_oversize(group: Group, width: int) -> list[Group]:
    """Cut a group wider than the line into line-sized pieces.

    Only an overlong word (a URL, a long number), a pathological run of punctuation, or a
    group that misses an indented first line gets here. Cuts fall between tokens, so
    ……/—— and words stay whole; only a single token wider than the line is cut by character.
    """
    pieces: list[str] = []
    for token in _TOKEN.findall(group[0]):
        if text_width(token.rstrip()) <= width:
            pieces.append(token)
        else:
            pieces.extend(token)  # one character at a time
    out: list[Group] = []
    current = ""
    used = 0
    for piece in pieces:
        if current and used + text_width(piece.rstrip()) > width:
            out.append((current, used, text_width(current.rstrip())))
            current, used = "", 0
        current += piece
        used += text_width(piece)
    if current:
        out.append((current, used, text_width(current.rstrip())))
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
        text, cells, visible = group
        if visible > limit:
            for piece in _split_oversize(group, limit):
                if parts and used + piece[2] > limit:
                    lines.append("".join(parts))
                    parts, used, limit = [], 0, width
                parts.append(piece[0])
                used += piece[1]
            continue
        if parts and used + visible > limit:
            lines.append("".join(parts))
            parts, used, limit = [], 0, width
        parts.append(text)
        used += cells
    if parts or not lines:
        lines.append("".join(parts))
    return lines


def wrap(paragraph: str, width: int, indent: int = 0) -> list[str]:
    """Break a paragraph into lines no wider than `width` cells (trailing spaces hang).

    The first line is `indent` cells narrower. `"".join(wrap(p, w))` is always `p`.
    """
    return fill(segment(paragraph), width, indent)
