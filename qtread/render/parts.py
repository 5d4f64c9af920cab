"""Cutting a long issue into parts that can be laid out one at a time.

WeasyPrint keeps every laid-out page in memory (about 0.3 MiB a page), so one pass over a
15,000-page issue needs gigabytes. A part is a run of whole columns or articles of at most
a size budget (characters of text). A part starts only where print.css breaks the page
anyway — at a column, or at an article long enough to open a page (`opens_page`) — so the
pages of a parted PDF are those of a single pass.
"""

from __future__ import annotations

from collections.abc import Iterator

from qtread.render.html import IssueView, Part, Slice, text_size
from qtread.render.outline import OutlineArticle


def starts_page(view: IssueView, previous: OutlineArticle | None, item: OutlineArticle) -> bool:
    """Whether print.css starts ITEM on a new page (PREVIOUS: the article before it in
    its column, None for the first, which the column's own break puts on a new page)."""
    return previous is None or view.articles[item.key].opens_page


def _units(view: IssueView) -> Iterator[tuple[Slice, int]]:
    """Runs of articles that start on a new page, each with its size."""
    for section in view.outline:
        run: list[OutlineArticle] = []
        size = 0
        for item in section.articles:
            if run and starts_page(view, run[-1], item):
                yield Slice(section, tuple(run), run[0] is section.articles[0]), size
                run, size = [], 0
            run.append(item)
            size += text_size(view.articles[item.key])
        if run:
            yield Slice(section, tuple(run), run[0] is section.articles[0]), size


def _joined(slices: list[Slice]) -> Part:
    """Consecutive slices of one column become one."""
    joined: list[Slice] = []
    for piece in slices:
        if joined and joined[-1].section is piece.section:
            last = joined[-1]
            joined[-1] = Slice(last.section, last.articles + piece.articles, last.opens)
        else:
            joined.append(piece)
    return tuple(joined)


def plan_parts(view: IssueView, budget: int) -> tuple[Part, ...]:
    """The issue's columns cut into parts of at most BUDGET characters each (a unit bigger
    than the budget is a part of its own); one part when the whole issue fits."""
    parts: list[Part] = []
    current: list[Slice] = []
    size = 0
    for piece, piece_size in _units(view):
        if current and size + piece_size > budget:
            parts.append(_joined(current))
            current, size = [], 0
        current.append(piece)
        size += piece_size
    if current:
        parts.append(_joined(current))
    return tuple(parts)
