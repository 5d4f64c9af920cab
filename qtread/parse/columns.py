"""Pass: put back in reading order two columns that an extractor read row by row.

Extractors that order text by its position on the page (pdfplumber's `extract_text`
and the like) read a two-column page across: where a line of the left column and one
of the right sit on the same baseline they come out as one line, the two joined by a
space; where the columns are out of step (a title or a box in one of them shifts the
other's baselines) each line comes out alone and the two columns' lines alternate.
Read as it is, such a text mixes two articles line by line.

This pass finds such a text by its wide lines (no single column's line is that wide)
that a space cuts into two pieces of about a column's width each, and rewrites each
page as its left column followed by its right one: a wide line's pieces go one to
each column, a line that holds one column's text goes to the column it fits best
(see `_cost`). The extractor keeps no leading spaces, so nothing tells a right-only
line from a left-only one by position: the pass reads the order of the lines (the
columns alternate while they are out of step), whether a column's last line left a
paragraph open (a title cannot follow it), and which column's last line the line's
first letter continues (letter pairs the issue itself prints elsewhere). A line too
wide for one column that no space cuts (a title across both columns) ends the page's
columns: what came before it is set out first.

Every piece keeps the number of the line it came from, so a number still names a
source line; a piece is a whole line or a part of one, so no letter is lost.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from qtread.parse.lines import Line
from qtread.parse.toc_forms import BARE_PAGE
from qtread.text.cjk import ends_sentence, printed_width

#: Printed cells a line must reach to vote for the column measure: heads, folios and
#: short last lines of paragraphs would otherwise outvote the body's full lines.
MEASURE_MIN_WIDTH = 16
#: Printed cells of a column, at most (about 60 Han): a longer line is a whole paragraph
#: an extractor or converter set on one line, and says nothing of the columns.
MEASURE_MAX_WIDTH = 120
#: A column's line may run this share past the measure (Latin and digits in a
#: justified line make its printed width wander by a few cells).
COLUMN_SLACK = 1.1
#: Lines cut into two full column lines a text must have, in number and as a share
#: of its text lines, before it is read as interleaved: a few wide lines with a space
#: are a wider measure elsewhere in the issue (a byline box, a wide intro), not two
#: columns side by side; an interleaved page has such a line every few lines.
MIN_FULL_PAIRS = 8
MIN_FULL_SHARE = 0.03
#: Share of the measure below which a line that ends without punctuation is a title
#: (or a label), not a line of running text.
TITLE_SHARE = 0.8
#: Share of the measure at or above which a line that ends mid-sentence leaves its
#: paragraph open: the next line of its column continues it.
OPEN_SHARE = 0.9
#: Cost of giving two lone lines in a row to the same column: while the columns are
#: out of step their lines alternate.
ALTERNATION_COST = 1.0
#: Cost of setting a title under a line that left its paragraph open.
TITLE_AFTER_OPEN_COST = 2.0
#: Cost of setting a full line (one that is not a paragraph's indented first line)
#: under a short one: the short line ended its paragraph or was a title.
FULL_AFTER_SHORT_COST = 1.0
#: Printed cells a full line may fall short of the measure (justified Latin, digits):
#: a paragraph's first line, indented two ems, falls four short.
FULL_SLACK = 1
#: Gain when the line's first letter follows the column's last one as letters do
#: elsewhere in the issue (the pair is a word the wrap cut).
CONTINUATION_GAIN = 0.5
_SPACE = re.compile(" ")
#: Lines printed this many times or more are running heads. In a text without folios
#: a page starts with one; where there are folios, a head printed beside the text (a
#: section's name in the margin) may come out amid a page's lines. Either way a head
#: tells nothing of which column the next line is in.
HEAD_REPEATS = 3

_LEFT, _RIGHT = 0, 1


def unweave_columns(lines: list[Line]) -> list[Line]:
    """LINES with each interleaved two-column page set out column by column.

    A text without enough wide lines cut into two columns comes back unchanged (the
    same list), so single-column texts and extractors that keep columns apart are
    never touched."""
    measure = column_measure(lines)
    if measure is None:
        return lines
    # only a line with a space can be cut: the test is cheaper than measuring the line
    cuts = [split_wide(line.text, measure) if " " in line.text else None for line in lines]
    full = sum(_full_pair(cut, measure) for cut in cuts if cut is not None)
    if full < MIN_FULL_PAIRS:
        return lines
    texts = sum(not line.blank for line in lines)
    if full < MIN_FULL_SHARE * texts:
        return lines
    reading = _Reading(measure, _letter_pairs(line.text for line in lines), _running_heads(lines))
    folios = any(BARE_PAGE.fullmatch(line.text) for line in lines)  # a page ends on its folio
    result: list[Line] = []
    page: list[tuple[Line, tuple[str, str] | None]] = []
    for line, cut in zip(lines, cuts, strict=True):
        if not folios and line.text in reading.heads and page:
            result.extend(_unweave_page(page, reading))
            page = []
        if cut is None and printed_width(line.text) > COLUMN_SLACK * measure:
            result.extend(_unweave_page(page, reading))  # spans both columns
            result.append(line)
            page = []
            continue
        if BARE_PAGE.fullmatch(line.text):  # the page's foot: after both its columns
            result.extend(_unweave_page(page, reading))
            result.append(line)
            page = []
            continue
        page.append((line, cut))
    result.extend(_unweave_page(page, reading))
    return result


def column_measure(lines: Sequence[Line]) -> int | None:
    """A column's printed width: the commonest width of lines that hold no space.

    A line the extractor joined from two columns always has a space between them, so
    lines without one are a single column's; their commonest width is the measure.
    Where every line has a space (every row of both columns on one baseline), the
    commonest line is two columns and a space."""
    widths = Counter(
        width
        for line in lines
        if line.text
        and " " not in line.text
        and MEASURE_MIN_WIDTH <= (width := printed_width(line.text)) <= 2 * MEASURE_MAX_WIDTH
    )
    if widths:
        return widths.most_common(1)[0][0]
    rows = Counter(
        width
        for line in lines
        if line.text and (width := printed_width(line.text)) <= 2 * MEASURE_MAX_WIDTH
    )
    return (rows.most_common(1)[0][0] - 1) // 2 if rows else None


def split_wide(text: str, measure: int) -> tuple[str, str] | None:
    """TEXT cut at the space between two columns, if it is too wide for one column.

    Every space that leaves two pieces no wider than a column is a candidate; the
    gutter is the one that leaves the wider piece nearest the measure, since the
    wider piece is a full line of its column (a cut inside it makes it too wide or
    too narrow)."""
    limit = COLUMN_SLACK * measure
    if printed_width(text) <= limit or printed_width(text.replace(" ", "")) > 2 * limit:
        return None  # fits one column, or no cut can leave two pieces that fit one each
    best: tuple[float, str, str] | None = None
    for space in _SPACE.finditer(text):  # a wide line has a few spaces among many letters
        index = space.start()
        left, right = text[:index].rstrip(" "), text[index + 1 :].lstrip(" ")
        if not left or not right:
            continue
        widths = printed_width(left), printed_width(right)
        if max(widths) > limit:
            continue
        miss = abs(max(widths) - measure)
        if best is None or miss < best[0]:
            best = (miss, left, right)
    return None if best is None else (best[1], best[2])


class _Reading(NamedTuple):
    """What the pass knows of the whole text when it places a lone line."""

    measure: int  # a column's printed width
    pairs: Counter[str]  # letter pairs printed within lines
    heads: frozenset[str]  # running heads: placed, but no column's last line


def _full_pair(cut: tuple[str, str], measure: int) -> bool:
    """Both pieces of a cut line are full lines of a column."""
    return min(printed_width(cut[0]), printed_width(cut[1])) >= OPEN_SHARE * measure


def _unweave_page(page: list[tuple[Line, tuple[str, str] | None]], reading: _Reading) -> list[Line]:
    """One page's lines as its left column then its right column.

    A page with no line cut in two is left as it came: nothing on it shows two
    columns side by side."""
    if not any(cut is not None for _, cut in page):
        return [line for line, _ in page]
    columns: tuple[list[Line], list[Line]] = ([], [])
    previous: int | None = None  # the column of the lone line just before, if any
    for line, cut in page:
        if cut is not None:
            left, right = cut
            columns[_LEFT].append(Line(line.number, left, line.lead_space, False, line.removed))
            columns[_RIGHT].append(Line(line.number, right, False, line.trail_space, line.removed))
            previous = None
            continue
        if line.blank:
            (columns[previous] if previous is not None else columns[_LEFT]).append(line)
            continue
        costs = [_cost(line.text, columns[side], side == previous, reading) for side in (0, 1)]
        if costs[_LEFT] == costs[_RIGHT]:
            side = _RIGHT if previous == _LEFT else _LEFT
        else:
            side = _LEFT if costs[_LEFT] < costs[_RIGHT] else _RIGHT
        columns[side].append(line)
        previous = side
    return columns[_LEFT] + columns[_RIGHT]


def _cost(text: str, column: list[Line], repeats: bool, reading: _Reading) -> float:
    """How badly TEXT fits as the next line of COLUMN (lower fits better)."""
    measure, pairs, heads = reading
    cost = ALTERNATION_COST if repeats else 0.0
    last = next((line.text for line in reversed(column) if line.text not in heads), "")
    if not last:
        return cost
    if _leaves_open(last, measure):
        if _is_title(text, measure):
            cost += TITLE_AFTER_OPEN_COST
        elif pairs[last[-1] + text[0]]:
            cost -= CONTINUATION_GAIN
    elif printed_width(last) < OPEN_SHARE * measure and printed_width(text) >= measure - FULL_SLACK:
        cost += FULL_AFTER_SHORT_COST
    return cost


def _leaves_open(text: str, measure: int) -> bool:
    """A full line that stops mid-sentence: its paragraph goes on in the next line."""
    return printed_width(text) >= OPEN_SHARE * measure and not ends_sentence(text)


def _is_title(text: str, measure: int) -> bool:
    """A short line that ends on a letter: a title or a label, not running text."""
    return printed_width(text) < TITLE_SHARE * measure and text[-1:].isalnum()


def _letter_pairs(texts: Iterable[str]) -> Counter[str]:
    """Every two letters printed side by side within one line of the issue: the pairs
    its words make, which tell a wrapped word's two halves across a line break."""
    pairs: Counter[str] = Counter()
    for text in texts:
        for piece in text.split(" "):
            pairs.update(piece[i : i + 2] for i in range(len(piece) - 1))
    return pairs


def _running_heads(lines: Sequence[Line]) -> frozenset[str]:
    """Texts printed on many lines: running heads, which start the pages they head."""
    counts = Counter(
        line.text for line in lines if line.text and not BARE_PAGE.fullmatch(line.text)
    )
    return frozenset(text for text, count in counts.items() if count >= HEAD_REPEATS)
