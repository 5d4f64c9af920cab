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
from typing import cast

from qtread.text.cjk import NO_LINE_END, NO_LINE_START, cell_width, char_width

#: Tokens: a run of printable ASCII (a Latin word, a number, a URL), a run of ellipses or
#: dashes (never split), a run of whitespace, or any other single character.
_TOKEN = re.compile(r"[!-~]+|…+|—+|\s+|.", re.DOTALL)


#: An unbreakable piece of a paragraph: (text, width, visible). `width` is the cells it
#: takes; `visible` leaves out trailing whitespace, which may hang past the end of a line
#: (it is invisible and the renderer crops it). A plain tuple: an issue has ~60 000.
Group = tuple[str, int, int]

#: Widths of the short groups (「字，」, 「“钱」) that recur all through an issue.
_GROUP_WIDTHS: dict[str, int] = {}
_SPACE = re.compile(r"\s")


def _glues_back(first: str) -> bool:
    """A token starting with this may not begin a line: it sticks to the one before."""
    glue = _GLUES_BACK.get(first)
    if glue is None:
        glue = first in NO_LINE_START or first.isspace() or char_width(first) == 0
        _GLUES_BACK[first] = glue
    return glue


_GLUES_BACK: dict[str, bool] = {}


def _pieces_by_tokens(paragraph: str) -> list[str]:
    """The reference grouping, token by token: a token sticks to the one before it if it
    may not begin a line (closing punctuation, whitespace, a combining mark), or if the
    one before may not end a line."""
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
    return pieces


def _class(chars: str) -> str:
    return "".join(sorted(re.escape(ch) for ch in set(chars)))


_ASCII_OPEN = _class("".join(ch for ch in NO_LINE_END if ch.isascii()))
_WIDE_OPEN = _class("".join(ch for ch in NO_LINE_END if not ch.isascii()))
_ASCII_CLOSE = _class("".join(ch for ch in NO_LINE_START if ch.isascii()))
_WIDE_CLOSE = _class("".join(ch for ch in NO_LINE_START if not ch.isascii()))
_T = r"(?:[!-~]+|…+|—+|\s+|.)"  # any token, as in _TOKEN
_OT = rf"(?:[!-~]*[{_ASCII_OPEN}](?![!-~])|[{_WIDE_OPEN}])"  # a token ending with an opener
_GB = rf"(?:[{_ASCII_CLOSE}][!-~]*|…+|\s+|[{_WIDE_CLOSE}])"  # a token that glues back
_GBO = rf"(?:[{_ASCII_CLOSE}][!-~]*[{_ASCII_OPEN}](?![!-~]))"  # …and ends with an opener
#: The same grouping as `_pieces_by_tokens`, done by the regex engine in one pass.
_GROUP = re.compile(rf"\s*(?:{_OT})*{_T}(?:{_GBO}(?:{_OT})*{_T}|{_GB})*", re.DOTALL)
#: Text made only of these characters (none of zero width) can use `_GROUP`.
_PLAIN = re.compile(
    r"[\x20-\x7e\u00b7\u00d7\u00f7\u2010-\u2027\u2030-\u203a\u2400-\u243f"
    r"\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff60\uffe0-\uffe6]*"
)


def segment(paragraph: str) -> list[Group]:
    """Cut a paragraph into unbreakable groups, applying the kinsoku rules.

    Ordinary Chinese text is grouped by one regex; anything unusual (combining marks,
    zero-width characters) takes the token-by-token reference path.
    """
    if _PLAIN.fullmatch(paragraph):
        pieces = _GROUP.findall(paragraph)
    else:
        pieces = _pieces_by_tokens(paragraph)
    # Widths come from a cache of characters and short groups ("字，"), which recur all
    # through an issue; the loops stay in C (map, zip) because there are ~60 000 groups.
    widths: list[int | None] = list(map(_GROUP_WIDTHS.get, pieces))
    if None in widths:
        for index, piece in enumerate(pieces):
            if widths[index] is None:
                width = cell_width(piece)
                if len(piece) <= 4:
                    _GROUP_WIDTHS[piece] = width
                widths[index] = width
    cells = cast(list[int], widths)
    groups = list(zip(pieces, cells, cells, strict=True))
    if _SPACE.search(paragraph):  # only then can a group end in (hanging) whitespace
        for index, (piece, width, _) in enumerate(groups):
            if piece[-1].isspace():
                groups[index] = (piece, width, cell_width(piece.rstrip()))
    return groups


def _split_oversize(group: Group, width: int) -> list[Group]:
    """Cut a group wider than the line into line-sized pieces.

    Only an overlong word (a URL, a long number), a pathological run of punctuation, or a
    group that misses an indented first line gets here. Cuts fall between tokens, so
    ……/—— and words stay whole; only a single token wider than the line is cut by character.
    """
    pieces: list[str] = []
    for token in _TOKEN.findall(group[0]):
        if cell_width(token.rstrip()) <= width:
            pieces.append(token)
        else:
            pieces.extend(token)  # one character at a time
    out: list[Group] = []
    current = ""
    used = 0
    for piece in pieces:
        if current and used + cell_width(piece.rstrip()) > width:
            out.append((current, used, cell_width(current.rstrip())))
            current, used = "", 0
        current += piece
        used += cell_width(piece)
    if current:
        out.append((current, used, cell_width(current.rstrip())))
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
