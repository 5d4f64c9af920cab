"""Pass: read apart the columns an extractor drew side by side with spaces.

`pdftotext -layout`, pdfplumber's and pypdf's layout modes draw each page in characters:
every printed line of every column lands on the text row of its height, the columns
side by side with runs of spaces between them, so one row of the text holds the lines
of two or three articles. Read row by row, such a text mixes columns line by line and
glues a title set in a side column onto a line of its article's lead.

The columns show as *gutters*: character positions that no row's text crosses over a
stretch of rows, while rows with text on both sides of them keep coming (`_gutters`).
Rows are cut at the gutters that hold at their height; a stretch of rows cut the same
way is a *region*, read column by column, left to right (`_read_region`). A column
with few lines beside a full one (a title block set beside its lead, a pull quote in a
margin) is a *side* column: each of its blocks goes in before the full column's line
where the block starts, set apart by blank lines, so a title still comes before its
lead. A row that crosses every gutter (a title over all the columns) is a region's
edge and keeps its place.

A stretch of rows is only cut when it reads as running text: both sides carry Han
text, and one side is justified (rows that fill the same measure). A contents page
drawn as a table, a TOC with page numbers aligned on the right, or a one-column page
with a wide gap in a few rows stay as the extractor wrote them.

Columns do not run on across a form feed: a page's first row (its running head, as a
rule) is read a piece a line, left to right, as the furniture pass knows heads.

Every piece keeps the number of the row it came from, and every character of a row
goes into exactly one piece, so nothing is lost and a number still names a source line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import Enum

from qtread.parse.lines import Line, split_lines
from qtread.parse.toc_forms import LONE_PAGE, PageSide, entries_on_line
from qtread.text.cjk import printed_width

#: Spaces, at least, between two pieces of a row: drawn text keeps single spaces inside
#: a line (around digits and Latin words) and puts two or more between columns.
PIECE_GAP = 2
#: Rows with text on both sides of a gutter, at least, before it counts: a title block
#: beside its lead has three or more; two rows with a gap at the same place are chance.
MIN_BESIDE = 3
#: Han characters a piece needs to count as text beside a gutter: page numbers, folios
#: and list marks in a column of their own are not a column of text.
MIN_HAN = 2
#: Printed cells of the justified measure, at least: rows of a text column fill it.
MIN_MEASURE = 16
#: Rows, at least, that fill one side's measure (to the cell, give or take
#: `MEASURE_SLACK`): justified running text does, the cells of a table do not.
MIN_FULL_ROWS = 3
#: Share of a side's rows, at least, that fill its measure: running text fills most of
#: them (all but a paragraph's first and last lines), a table column few.
FULL_SHARE = 0.4
#: Printed cells a full row may fall short of its side's widest row.
MEASURE_SLACK = 2
#: A column with at most this share of the rows of the fullest column in its region is
#: a side column (a title block, a margin note), read in where it starts.
SIDE_SHARE = 0.4
#: A column at most this share as wide (its widest line, in printed cells) as the widest
#: column of its region is a side column too, however many rows it fills: a title block
#: set beside its lead has as many rows as the lines it faces.
NARROW_SHARE = 0.5
#: Text rows with a run of spaces of `PIECE_GAP` or more inside, as a share of all text
#: rows, below which the text is not drawn at all and the pass leaves it alone.
MIN_DRAWN_SHARE = 0.05
_HEAD_PARTS_MIN = 2  # pieces of a page's first row, at least, to read it a piece a line
_MEET_MIN = 2  # printed cells a gutter narrows to, at least, where a row's gap meets it
_BLOCK_ROW_STEP = 2  # rows from a side block's line to its next, at most: one row may be between

_PIECE = re.compile(r"\S+(?: \S+)*")
_HAN = re.compile(r"[\u3400-\u9fff]")
_INNER_GAP = re.compile(rf"\S {{{PIECE_GAP},}}\S")
#: The spaces every inner gap holds: looked for first, as most rows have none and a
#: substring test costs a fraction of the pattern's search (this runs on every row).
_GAP_SPACES = " " * PIECE_GAP


@dataclass(frozen=True, slots=True)
class _Piece:
    """A run of a row's text between gaps of `PIECE_GAP` spaces or more."""

    start: int  # character index in the row
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class _Row:
    number: int
    pieces: tuple[_Piece, ...]

    def covers(self, x: int) -> bool:
        return any(piece.start <= x < piece.end for piece in self.pieces)

    def beside(self, x: int) -> bool:
        """Whether the row has text on both sides of X and none at it."""
        return self.pieces[0].start < x < self.pieces[-1].end and not self.covers(x) and x > 0


def read_side_by_side(text: str, pages: frozenset[int] = frozenset()) -> list[Line] | None:
    """The lines of normalised TEXT with drawn columns read apart, or None where the text
    has none (then `split_lines` reads it as it is). PAGES are the numbers of the lines
    that start a printed page (`page_starts`): no column runs on across a page."""
    raw_rows = text.split("\n")
    filled = [row for row in raw_rows if row.strip()]
    gapped = sum(1 for row in filled if _GAP_SPACES in row and _INNER_GAP.search(row))
    if not filled or gapped < MIN_DRAWN_SHARE * len(filled):
        return None
    rows = [_Row(number, tuple(_pieces(raw))) for number, raw in enumerate(raw_rows, start=1)]
    cuts = _without_page_columns(rows, _gutters(rows, pages))
    if not any(cuts):
        return None
    lines = split_lines(text)
    result: list[Line] = []
    for first, last in _regions(cuts):
        region, region_cuts = rows[first : last + 1], cuts[first : last + 1]
        reading = _reading(region, region_cuts) if region_cuts[0] else _Reading.WHOLE
        whole_from = first  # the region's rows from here on are read as they are
        if reading is _Reading.TEXT:
            whole_from = last + 1
        elif reading is _Reading.CONTENTS:
            whole_from = first + _last_entry(region, region_cuts) + 1
        if whole_from > first:
            result.extend(_read_region(rows[first:whole_from], cuts[first:whole_from]))
        for row, line in zip(
            rows[whole_from : last + 1], lines[whole_from : last + 1], strict=True
        ):
            result.extend(_head_pieces(row, line) if row.number in pages else [line])
    return result


def _without_page_columns(
    rows: Sequence[_Row], cuts: list[tuple[int, ...]]
) -> list[tuple[int, ...]]:
    """CUTS without the last gutter of rows whose last column is a page number, where
    `MIN_BESIDE` or more such rows come in a run (no row of text in that column between
    them): a contents page sets each entry's page on its line, right-aligned, and
    those pages are the entry's, not a column of text. A folio at the foot of a
    column of text stands alone, between that column's rows of text. Rows not cut
    (a column heading across the contents page) neither add to a run nor end it."""
    run: list[int] = []
    result = list(cuts)

    def close() -> None:
        if len(run) >= MIN_BESIDE:
            for index in run:
                result[index] = cuts[index][:-1]
        run.clear()

    for index, (row, row_cuts) in enumerate(zip(rows, cuts, strict=True)):
        if not row_cuts:  # a row across the columns, or outside them: no column's row
            continue
        last = [piece for piece in row.pieces if piece.start > row_cuts[-1]]
        if len(last) == 1 and LONE_PAGE.match(last[0].text):
            run.append(index)
        elif last:
            close()
    close()
    return result


def _head_pieces(row: _Row, line: Line) -> list[Line]:
    """A page's first row, a piece a line, left to right: a running head drawn across the
    page (`特别策划 … NO.8 / 2021`) is its parts, the column's name and the issue, each of
    which the furniture pass knows on a line of its own."""
    if len(row.pieces) < _HEAD_PARTS_MIN:
        return [line]
    first, *rest = row.pieces
    return [line._replace(text=first.text), *(Line(row.number, piece.text) for piece in rest)]


def _pieces(raw: str) -> Iterator[_Piece]:
    for match in _PIECE.finditer(raw):
        yield _Piece(match.start(), match.end(), match.group())


def _gutters(rows: Sequence[_Row], pages: frozenset[int]) -> list[tuple[int, ...]]:
    """For every row, the positions where it is cut: one a gutter, in the gap it leaves.

    A gutter is followed down the rows as a run of gaps, each holding the middle of the
    one above (an extractor's character grid drifts a few cells from row to row where
    Latin and half-width marks sit); a row with text on one side only carries it on, a
    row whose text crosses it ends it, and a page's first row ends every gutter. It
    counts with `MIN_BESIDE` rows of evidence (`_Run.evidence`) and
    holds from the first such row to the last row it went down: a column that runs on
    past its neighbour's end, or whose lines sit between its neighbours' rows, is still
    read as one column."""
    held: list[list[int]] = [[] for _ in rows]
    open_runs: list[_Run] = []
    for index, row in enumerate(rows):
        if row.number in pages:  # a page's first row (its running head, mostly) stays whole
            for run in open_runs:
                _hold(run, held)
            open_runs = []
            continue
        if not row.pieces:
            continue
        gaps = [
            (left.end, right.start)
            for left, right in zip(row.pieces, row.pieces[1:], strict=False)
            if right.start - left.end > PIECE_GAP
        ]
        carried: list[_Run] = []
        for run in open_runs:
            matches = [gap for gap in gaps if _holds_middle(gap, run.gap)]
            if matches:
                gap = max(matches, key=lambda gap: _width(_meet(gap, run.gap)))
                run.gap = _meet(gap, run.gap) if _width(_meet(gap, run.gap)) >= _MEET_MIN else gap
                run.beside.append((index, sum(run.gap) // 2))
                carried.append(run)
            elif any(_crosses(piece, run.gap) for piece in row.pieces):
                _hold(run, held)
            else:  # text on one side only: the gutter goes on
                run.last = index
                run.count_side(row)
                carried.extend(_narrowed(part, row) for part in _split(run, row))
        open_runs = _distinct(carried + [_Run(gap, [(index, sum(gap) // 2)]) for gap in gaps])
    for run in open_runs:
        _hold(run, held)
    return [tuple(sorted(xs)) for xs in held]


class _Run:
    """A gutter followed down the rows: its gap in the last row beside it, the rows with
    text on both sides (each with where it is cut), the last row it went down, and how
    many rows it went down with text on one side only, left and right."""

    __slots__ = ("beside", "gap", "last", "lone")

    def __init__(self, gap: tuple[int, int], beside: list[tuple[int, int]]) -> None:
        self.gap = gap
        self.beside = beside
        self.last = beside[-1][0]  # the last row it went down, beside it or on one side
        self.lone = [0, 0]  # rows it went down with text on its left only, on its right only

    def count_side(self, row: _Row) -> None:
        """Count ROW, whose text is on one side of the gap only."""
        self.lone[row.pieces[0].start >= self.gap[1]] += 1

    def evidence(self) -> int:
        """Rows that show the gutter: those with text on both sides of it, and as many
        again as alternate, a row on its left only, a row on its right only (two columns
        whose lines sit on different rows)."""
        return len(self.beside) + min(self.lone)


def _crosses(piece: _Piece, gap: tuple[int, int]) -> bool:
    """Whether PIECE runs across the middle of GAP: a row with text on one side only may
    reach a little into the gap where the grid drifts, a title across the columns
    runs over it."""
    middle = (gap[0] + gap[1]) / 2
    inside = gap[0] < piece.start and piece.end < gap[1]  # a column out of step (`_split`)
    return piece.start < middle < piece.end and not inside


def _holds_middle(gap: tuple[int, int], run_gap: tuple[int, int]) -> bool:
    """Whether a row's GAP goes on with the gutter whose gap was RUN_GAP: it holds that
    gap's middle (a grid drifts a cell or two; a gap between the words of a title set in
    one column lies wholly to one side of the gutter)."""
    middle = (run_gap[0] + run_gap[1]) / 2
    return gap[0] <= middle <= gap[1]


def _meet(one: tuple[int, int], other: tuple[int, int]) -> tuple[int, int]:
    return max(one[0], other[0]), min(one[1], other[1])


def _width(gap: tuple[int, int]) -> int:
    return gap[1] - gap[0]


def _split(run: _Run, row: _Row) -> list[_Run]:
    """RUN, or the two gutters it is where ROW has a piece inside its gap: a column whose
    lines sit on other rows than its neighbours' (columns out of step) leaves one wide
    gap in their rows, and only its own rows show it."""
    inside = [piece for piece in row.pieces if run.gap[0] < piece.start and piece.end < run.gap[1]]
    if not inside:
        return [run]
    left, right = (run.gap[0], inside[0].start), (inside[-1].end, run.gap[1])
    parts = [
        _Run(gap, [(index, sum(gap) // 2) for index, _ in run.beside]) for gap in (left, right)
    ]
    for part in parts:
        part.last, part.lone = run.last, list(run.lone)
    return parts


def _narrowed(run: _Run, row: _Row) -> _Run:
    """RUN with its gap kept clear of ROW's text reaching into it from one side: a
    column's lines end (or start) a cell or two apart from row to row, and its own rows
    are the only ones that show where its edge is."""
    start, end = run.gap
    for piece in row.pieces:
        if piece.start <= start < piece.end:
            start = piece.end
        if piece.start < end <= piece.end:
            end = piece.start
    if start < end:
        run.gap = (start, end)
    return run


def _distinct(runs: list[_Run]) -> list[_Run]:
    """RUNS without those following the same gap as one with more rows beside it."""
    kept: list[_Run] = []
    for run in sorted(runs, key=lambda run: -len(run.beside)):
        if not any(_overlap(run.gap, other.gap) for other in kept):
            kept.append(run)
    return kept


def _overlap(one: tuple[int, int], other: tuple[int, int]) -> bool:
    return one[0] < other[1] and other[0] < one[1]


def _hold(run: _Run, held: list[list[int]]) -> None:
    """Cut the rows of RUN, if it has rows enough beside it to be a gutter: rows beside it
    where their gap is, the rows between where the gap was last."""
    if run.evidence() < MIN_BESIDE:
        return
    (first, x), *rest = run.beside
    for next_index, next_x in [*rest, (max(run.last, run.beside[-1][0]) + 1, x)]:
        for index in range(first, next_index):
            held[index].append(x)
        first, x = next_index, next_x


def _regions(cuts: Sequence[tuple[int, ...]]) -> Iterator[tuple[int, int]]:
    """Stretches of rows (first, last) cut by the same number of gutters; each row is
    cut where its own gutters are, since a gutter drifts and a region's first rows may
    hold it elsewhere (where a column starts lower down)."""
    first = 0
    for index in range(1, len(cuts) + 1):
        if index == len(cuts) or len(cuts[index]) != len(cuts[first]):
            yield first, index - 1
            first = index


def _columns(row: _Row, cuts: tuple[int, ...]) -> list[list[_Piece]]:
    columns: list[list[_Piece]] = [[] for _ in range(len(cuts) + 1)]
    for piece in row.pieces:
        columns[sum(1 for x in cuts if x < piece.start)].append(piece)
    return columns


class _Reading(Enum):
    """How a region's rows are read."""

    WHOLE = "whole"  # as the extractor wrote them, a row a line
    TEXT = "text"  # column by column: running text
    CONTENTS = "contents"  # column by column up to the last entry: a contents page


def _reading(rows: Sequence[_Row], cuts: Sequence[tuple[int, ...]]) -> _Reading:
    """How the columns this region's cuts make are read: apart where they are running
    text (Han text in every column, and in one of them a justified measure) or a
    contents page's entries (every column lists pages, `_lists_pages`), else whole."""
    texts: list[list[str]] = [[] for _ in range(len(cuts[0]) + 1)]
    for row, row_cuts in zip(rows, cuts, strict=True):
        for column, pieces in zip(texts, _columns(row, row_cuts), strict=True):
            if pieces:
                column.append(" ".join(piece.text for piece in pieces))
    han = [sum(1 for text in column if len(_HAN.findall(text)) >= MIN_HAN) for column in texts]
    if min(han) == 0 or sum(han) < MIN_BESIDE:
        # a contents page's columns: a cut pair may bound a wide gutter, empty between
        filled = [column for column in texts if column]
        listed = len(filled) > 1 and all(map(_lists_pages, filled))
        return _Reading.CONTENTS if listed else _Reading.WHOLE
    if any(_justified(column) for column in texts):
        return _Reading.TEXT
    return _Reading.CONTENTS if all(map(_lists_pages, texts)) else _Reading.WHOLE


def _last_entry(rows: Sequence[_Row], cuts: Sequence[tuple[int, ...]]) -> int:
    """The index of the last of ROWS with an entry's page in one of its columns: a
    contents page ends with its last entry. The gutters may run on below it, through a
    column's rows alone (the page's first article, printed under the contents box), and
    those rows are the article's, read as they are."""
    for index in range(len(rows) - 1, -1, -1):
        for pieces in _columns(rows[index], cuts[index]):
            text = " ".join(piece.text for piece in pieces)
            if text and (LONE_PAGE.match(text) or entries_on_line(text, PageSide.AFTER)):
                return index
    return len(rows) - 1


def _lists_pages(texts: Sequence[str]) -> bool:
    """A column of a contents page: most of its lines are entries, a title and then its
    page (`红盟纵横 联创钱塘未来 A03`), as ragged as titles are. An entry too long for
    its column may set its page on a line of its own, under the title's last line: the
    two lines are one entry."""
    entries = lines = 0
    for index, text in enumerate(texts):
        if index and LONE_PAGE.match(text):
            entries += not entries_on_line(texts[index - 1], PageSide.AFTER)
            continue
        lines += 1
        entries += bool(entries_on_line(text, PageSide.AFTER))
    return entries >= 1 and entries * 2 >= lines


def _justified(texts: Sequence[str]) -> bool:
    widths = [printed_width(text) for text in texts]
    if not widths or max(widths) < MIN_MEASURE:
        return False
    measure = max(widths)
    full = sum(1 for width in widths if width >= measure - MEASURE_SLACK)
    return full >= MIN_FULL_ROWS and full >= FULL_SHARE * len(widths)


def _read_region(rows: Sequence[_Row], cuts: Sequence[tuple[int, ...]]) -> list[Line]:
    """The region's rows read column by column, side columns read in where they start."""
    columns: list[list[tuple[int, Line]]] = [[] for _ in range(len(cuts[0]) + 1)]
    for index, (row, row_cuts) in enumerate(zip(rows, cuts, strict=True)):
        for column, pieces in zip(columns, _columns(row, row_cuts), strict=True):
            if pieces:
                text = " ".join(piece.text for piece in pieces)
                column.append((index, Line(row.number, text)))
    fullest = max(len(column) for column in columns)
    measures = [
        max((printed_width(line.text) for _, line in column), default=0) for column in columns
    ]
    main = [
        len(column) > SIDE_SHARE * fullest and measure > NARROW_SHARE * max(measures)
        for column, measure in zip(columns, measures, strict=True)
    ]
    if not any(main):  # the fullest column is narrow and the widest short: the fullest
        main[max(range(len(columns)), key=lambda position: len(columns[position]))] = True
    blocks: dict[int, list[list[tuple[int, Line]]]] = {}
    for position, column in enumerate(columns):
        if column and not main[position]:
            blocks.setdefault(_host(position, main), []).extend(_blocks(column))
    blank = [not row.pieces for row in rows]
    result = [Line(rows[0].number, "")]  # a region starts a block: a title over it ends
    for position, column in enumerate(columns):
        if main[position]:
            spaced = _with_blank_rows(column, blank, rows)
            result.extend(_with_blocks(spaced, blocks.get(position, [])))
            result.append(Line(column[-1][1].number, ""))
    return result


def _host(position: int, main: Sequence[bool]) -> int:
    """The full column a side column's blocks are read into: the nearest on its left
    (the text a margin note stands beside), else the nearest on its right."""
    left = [index for index in range(position) if main[index]]
    return left[-1] if left else next(i for i in range(position, len(main)) if main[i])


def _blocks(column: list[tuple[int, Line]]) -> list[list[tuple[int, Line]]]:
    """A side column's lines in blocks of consecutive rows (a blank row or two between)."""
    blocks: list[list[tuple[int, Line]]] = []
    for entry in column:
        if blocks and entry[0] - blocks[-1][-1][0] <= _BLOCK_ROW_STEP:
            blocks[-1].append(entry)
        else:
            blocks.append([entry])
    return blocks


def _with_blank_rows(
    column: list[tuple[int, Line]], blank: Sequence[bool], rows: Sequence[_Row]
) -> list[tuple[int, Line]]:
    """COLUMN's lines with a blank line where a blank row (blank across the page) lies
    between two of them: paragraphs and title blocks set apart by space stay apart."""
    result: list[tuple[int, Line]] = []
    for entry in column:
        if result:
            after = result[-1][0]
            gap = next((i for i in range(after + 1, entry[0]) if blank[i]), None)
            if gap is not None:
                result.append((gap, Line(rows[gap].number, "")))
        result.append(entry)
    return result


def _with_blocks(
    column: list[tuple[int, Line]], blocks: list[list[tuple[int, Line]]]
) -> list[Line]:
    """COLUMN's lines with each side block set in, between blanks, before the first of
    its lines at or below the block's first row."""
    pending = sorted(blocks, key=lambda block: block[0][0])
    result: list[Line] = []
    for index, line in column:
        while pending and pending[0][0][0] <= index:
            result.extend(_set_apart(pending.pop(0)))
        result.append(line)
    for block in pending:
        result.extend(_set_apart(block))
    return result


def _set_apart(block: list[tuple[int, Line]]) -> list[Line]:
    number = block[0][1].number
    return [Line(number, ""), *(line for _, line in block), Line(number, "")]
