"""A long issue's PDF laid out in parts (see qtread/render/parts.py), so that memory is
that of the biggest part rather than of the whole issue.

Each part is laid out by WeasyPrint on its own, told the page number it starts on, written
to a hidden temporary file beside the output and dropped before the next one. The cover
and 目录 come first in the PDF but last here: they are laid out once to count their pages
(the 目录's numbers are set apart, so they cannot change its length), and again with the
numbers once every part has been placed. pdf_merge then joins the files.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any, BinaryIO

from qtread.atomic import scratch_file
from qtread.export.pdf_merge import Bookmark, LinkArea, Target, merge_pdf
from qtread.render.html import IssueView, Part, front_html, part_html

#: (html, css added to the print stylesheet) → a laid-out WeasyPrint Document.
Layout = Callable[[str, str], Any]
SCALE = 0.75  # PDF points per CSS pixel: WeasyPrint's own scale


def part_css(first_page: int) -> str:
    """Number pages from FIRST_PAGE, whose side is the one it has in the whole PDF: odd
    pages are right-hand pages, as in a single pass."""
    side = "right" if first_page % 2 else "left"
    return f"@page :first {{ counter-set: page {first_page}; }}\nhtml {{ break-before: {side}; }}\n"


def _keys(part: Part) -> list[str]:
    """Outline keys in the order of the part's bookmarks (a column continued from the
    previous part has no heading here, so no bookmark)."""
    keys: list[str] = []
    for piece in part:
        if piece.opens:
            keys.append(piece.section.key)
        keys.extend(item.key for item in piece.articles)
    return keys


def _flatten(tree: list[Any]) -> Iterator[tuple[str, tuple[int, float, float]]]:
    for label, target, children, _state in tree:
        yield label, target
        yield from _flatten(children)


class Placement:
    """Where every outline key landed in the whole PDF, part after part."""

    def __init__(self) -> None:
        self.pages = 0
        self.bookmarks: dict[str, Bookmark] = {}  # the heading: what the outline points to
        self.anchors: dict[str, Target] = {}  # the element's start: what a link points to

    def add(self, document: Any, keys: list[str]) -> None:
        tree = document.make_bookmark_tree(SCALE, transform_pages=True)
        for key, (label, (page, x, y)) in zip(keys, _flatten(tree), strict=True):
            self.bookmarks[key] = Bookmark(label, Target(self.pages + page, x, y))
        wanted = set(keys)
        for index, page in enumerate(document.pages):
            for name, (x, y, _width, _height) in page.anchors.items():
                if name in wanted and name not in self.anchors:  # a box split over pages
                    top = SCALE * (page.height - y)  # repeats its anchor: the first counts
                    self.anchors[name] = Target(self.pages + index, SCALE * x, top)
        self.pages += len(document.pages)


def _lay_part(view: IssueView, part: Part, path: Path, layout: Layout, placed: Placement) -> None:
    """Lay out one part and write it to PATH; its pages are freed on return."""
    document = layout(part_html(view, part), part_css(placed.pages + 1))
    placed.add(document, _keys(part))
    document.write_pdf(path)


def _lay_front(
    view: IssueView, numbers: dict[str, int], path: Path | None, layout: Layout
) -> tuple[int, list[LinkArea]]:
    """Cover and 目录 printing NUMBERS; written to PATH unless None. Returns the page
    count and the 目录's link areas, which pdf_merge turns into links: their targets
    are in other files, so WeasyPrint is not asked to write them."""
    document = layout(front_html(view, numbers), "")
    links: list[LinkArea] = []
    for index, page in enumerate(document.pages):
        for kind, name, (x1, y1, x2, y2), _box in page.links:
            if kind == "internal":
                rect = (
                    SCALE * x1,
                    SCALE * (page.height - y1),
                    SCALE * x2,
                    SCALE * (page.height - y2),
                )
                links.append(LinkArea(index, rect, name))
        page.links = []
    if path is not None:
        document.write_pdf(path)
    return len(document.pages), links


def write_parts(
    view: IssueView,
    parts: tuple[Part, ...],
    target: BinaryIO,
    *,
    layout: Layout,
    beside: Path,
    tag: str,
) -> int:
    """Write the issue's PDF, laid out part by part, to TARGET; returns the page count.

    Temporary files are made beside the output BESIDE and deleted on any exit.
    """
    zeros = {s.key: 0 for s in view.outline} | {a.key: 0 for s in view.outline for a in s.articles}
    placed = Placement()
    front, _ = _lay_front(view, zeros, None, layout)
    placed.pages = front
    with ExitStack() as scratch:
        files = [scratch.enter_context(scratch_file(beside, tag))]
        for part in parts:
            files.append(scratch.enter_context(scratch_file(beside, tag)))
            _lay_part(view, part, files[-1], layout, placed)
        numbers = {key: anchor.page + 1 for key, anchor in placed.anchors.items()}
        pages, links = _lay_front(view, numbers, files[0], layout)
        if pages != front:
            raise RuntimeError(f"the 目录 took {pages} pages once numbered, {front} before")
        merge_pdf(target, files, view.outline, placed.bookmarks, placed.anchors, links)
    return placed.pages
