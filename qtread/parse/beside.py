"""Pass: lift out the short lines of a block set beside the text, in a layout-keeping
extraction (`pdftotext -layout`).

Such an extraction prints a title block floated beside a paragraph (a design that sets
each title in the page's right third, next to the lead) on the paragraph's own lines,
after a wide run of spaces: `…钱塘新区制造业发展抗压回        打造"链式+集群"产业`.
Read as it is, every line of the lead ends in a piece of the title. Here each such line
keeps its text, and the pieces beside it go, in order, to lines of their own set apart
after the run of lines they shared, where the unwrap pass finds a title block.
"""

from __future__ import annotations

import re

from qtread.parse.lines import Line

#: Spaces between a line's text and a block set beside it, at least: a justified line
#: stretches its spaces to three or four at most (around quotes and Latin words).
SIDE_GUTTER = 6
#: Characters of the text left of the gutter, at least: a line of running text, not a
#: table's cell or a contents entry.
SIDE_TEXT_MIN = 15
#: Characters of a piece beside the text, at most: a title's line in a narrow block
#: (about a third of the page), not the other half of a wide line.
SIDE_PIECE_MAX = 14

_CUT = re.compile(rf"^(\S.*?\S) {{{SIDE_GUTTER},}}(\S.*)$")
_CELL_GAP = re.compile(r" {3,}")  # a gap inside the text piece: table cells, not a line


def lift_side_blocks(lines: list[Line]) -> list[Line]:
    """LINES with the pieces set beside the text moved after the lines they shared."""
    result: list[Line] = []
    side: list[Line] = []
    for line in lines:
        cut = _side_cut(line.text)
        if cut is not None:
            text, piece = cut
            result.append(line._replace(text=text, trail_space=False))
            side.append(Line(line.number, piece))
            continue
        if side:
            result += [Line(side[0].number, ""), *side, Line(side[-1].number, "")]
            side = []
        result.append(line)
    if side:
        result += [Line(side[0].number, ""), *side]
    return result


def _side_cut(text: str) -> tuple[str, str] | None:
    """TEXT's running text and the short piece beside it, if a wide gutter parts them."""
    if len(text) < SIDE_TEXT_MIN + SIDE_GUTTER:
        return None  # the cheap test first: this runs for every line
    match = _CUT.match(text)
    if match is None:
        return None
    left, piece = match.group(1), match.group(2)
    if len(left) < SIDE_TEXT_MIN or len(piece) > SIDE_PIECE_MAX or _CELL_GAP.search(left):
        return None
    return left, piece
