"""A contents table that names each entry's column after its title, with the pages in a
column of their own (`红盟纵横 联创钱塘未来 特别策划`; `3` printed apart).

An extraction that reads such a table column by column gives every page first, one a
line, and then the rows of titles and columns; one that reads it row by row gives each
row's page after the column, as the other readers know. Here a row is a title, a space
and one of the profile's column names; a title too long for its cell wraps, and the
column then stands on the next line alone. The pages, where they stand in a run of as
many lone numbers as there are rows, rising as read, go to the rows in order.
"""

from __future__ import annotations

from itertools import pairwise

from qtread.model import TocEntry
from qtread.parse.lines import Line
from qtread.parse.profile import Profile
from qtread.parse.toc_forms import BARE_PAGE, without_markup
from qtread.parse.toc_read import Toc

#: Rows close together, at least, that make such a table: fewer may be running text that
#: ends on a column's name.
ROWS_MIN = 5
#: Lines of text between two rows of one table, at most: a title's wrapped part.
ROW_GAP = 1
#: Lines of text, at most, between the run of pages and the first row (the issue line,
#: the table's title).
PAGES_REACH = 6


def find_column_listed_toc(lines: list[Line], start: int, limit: int, profile: Profile) -> Toc:
    """The contents table between line indexes START and LIMIT whose rows print the
    title, then the column (`标题 栏目`), if it holds `ROWS_MIN` rows or more."""
    filled = [i for i in range(start, min(limit, len(lines))) if lines[i].text]
    rows = _first_table(_rows(lines, filled, profile))
    if len(rows) < ROWS_MIN:
        return Toc()
    first, last = rows[0][0], rows[-1][1]
    pages = _pages_before(lines, filled, first, len(rows))
    toc = Toc(start=pages[0][0] if pages else first, end=last + 1)
    for order, (head, tail, title, column) in enumerate(rows):
        page = pages[order][1] if pages else None
        toc.entries.append(TocEntry(title=title, page=page, column=column, line=lines[head].number))
        for index in (head, tail) if tail != head else (head,):
            toc.dropped.record(lines[index].number, lines[index].text, "table of contents")
    for index, _ in pages:
        toc.dropped.record(lines[index].number, lines[index].text, "table of contents page")
    return toc


def _rows(
    lines: list[Line], filled: list[int], profile: Profile
) -> list[tuple[int, int, str, str]]:
    """Each row as (first line, last line, title, column): a line that ends in a space and
    a column's name, or a line of title over a line of the column's name alone."""
    rows: list[tuple[int, int, str, str]] = []
    for at, index in enumerate(filled):
        text = without_markup(lines[index].text).strip()
        title, _, column = text.rpartition(" ")
        if title.strip() and column in profile.columns:
            rows.append((index, index, title.strip(), column))
        elif text in profile.columns and at > 0 and (not rows or rows[-1][1] != filled[at - 1]):
            above = filled[at - 1]
            rows.append((above, index, without_markup(lines[above].text).strip(), text))
    return rows


def _first_table(
    rows: list[tuple[int, int, str, str]],
) -> list[tuple[int, int, str, str]]:
    """The first run of ROWS_MIN rows or more, each within `ROW_GAP` lines of text of the
    one before (counted in source lines: blanks between rows are the layout's)."""
    run: list[tuple[int, int, str, str]] = []
    for row in rows:
        if run and row[0] - run[-1][1] > 2 * (ROW_GAP + 1):  # a blank after every line
            if len(run) >= ROWS_MIN:
                return run
            run = []
        run.append(row)
    return run


def _pages_before(
    lines: list[Line], filled: list[int], first: int, count: int
) -> list[tuple[int, int]]:
    """The run of COUNT lone pages just above line FIRST (a few lines of text may stand
    between, `PAGES_REACH`), rising as read, as (line index, page); none if the numbers
    there are no such run."""
    above = [i for i in filled if i < first]
    skipped = 0
    while above and not BARE_PAGE.fullmatch(lines[above[-1]].text):
        above.pop()
        skipped += 1
        if skipped > PAGES_REACH:
            return []
    run: list[tuple[int, int]] = []
    while above and BARE_PAGE.fullmatch(lines[above[-1]].text):
        index = above.pop()
        run.append((index, int(lines[index].text)))
    run.reverse()
    pages = [page for _, page in run]
    if len(run) != count or any(a > b for a, b in pairwise(pages)):
        return []
    return run
