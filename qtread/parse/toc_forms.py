"""The printed forms of a TOC entry line, whatever the magazine's layout.

Layouts print an entry's page before its title (`12 产业日新`, `12 / 产业日新`) or after
it (`产业日新 12`, `产业日新 ……… 12`), with or without dotted leaders, and a page set in
two columns can put two entries on one printed line. Extractors may interleave the
leader dots with the page's digits (`……1…0`) or print the leaders as lines of their own.
This module only recognises such lines; `toc` decides which of them make a TOC.
"""

from __future__ import annotations

import re
from enum import Enum
from typing import NamedTuple

from qtread.text.names import names_alone

LEADER_CHARS = ".…⋯·•‧_"  # the dots (and rules) a leader is printed with
_L = re.escape(LEADER_CHARS)
_LEADER_LINE = re.compile(rf"^(?:\s*[{_L}]){{3,}}\s*$")  # three dots or more, maybe spaced
_GAP_LEADERS_MIN = 2  # leader marks of a gap with no space, at least: one may be the title's
# A page number may be printed as a folio is: `P12`, `p.12`, `第12页`, or behind a
# newspaper's section letter (`A03`: page 3 of section A).
_PAGE_BEFORE = r"(?:[Pp]\.?\s?|第\s?|[A-Z](?=\d))?"
_PAGE_AFTER = r"(?:\s?页)?"
#: A page number on a line of its own (`12`, `P12`, `第12页`, `A03`).
LONE_PAGE = re.compile(rf"^{_PAGE_BEFORE}\d{{1,3}}{_PAGE_AFTER}$")
#: A page number printed as its digits alone (`12`: a folio, or an entry's page on its own
#: line); matched whole (`fullmatch`).
BARE_PAGE = re.compile(r"\d{1,3}")
# TITLE, a gap of spaces or leaders, then a page of one to three digits that leaders may
# be interleaved with (`……1…0`), then maybe more leaders.
_TRAILING = re.compile(
    rf"^(?P<title>.*?[^\s{_L}])(?P<gap>[\s{_L}]+){_PAGE_BEFORE}"
    rf"(?P<page>\d(?:[{_L}\s]*\d){{0,2}}){_PAGE_AFTER}[\s{_L}]*$"
)
# A page then a title that does not start with a digit: `12 产业日新`, `12 / 产业日新`.
_LEADING = re.compile(
    rf"^{_PAGE_BEFORE}(?P<page>\d{{1,3}}){_PAGE_AFTER}(?:\s*[/|｜]\s*|\s+)(?P<title>[^\d\s/|｜].*)$"
)
# Inside a two-column line: a page after leaders or spaces, then two or more spaces and
# the next entry's title.
_COLUMN_BREAK = re.compile(rf"(?:\s|[{_L}]{{2}})[{_L}\s]*(?P<page>\d{{1,3}})\s{{2,}}(?=[^\s\d])")


class PageSide(Enum):
    """Where a layout prints an entry's page."""

    BEFORE = "before"
    AFTER = "after"


class EntryLine(NamedTuple):
    """One entry printed on a line: its text without the page, and the page."""

    title: str
    page: int


def is_leader_line(text: str) -> bool:
    """A line of leader dots only: printed between entries, it carries no text."""
    first = text[:1]  # the cheap test first: the TOC search asks this of every line
    return (first in LEADER_CHARS or first.isspace()) and bool(_LEADER_LINE.match(text))


def entries_on_line(text: str, side: PageSide) -> list[EntryLine]:
    """The entries a line prints with the page on SIDE: none, one, or two (two columns)."""
    # The cheap test first (the TOC search asks this of every line): a page before the
    # title opens the line with a digit (or `P`, `第`, a section's capital letter); one
    # after it ends the line with a digit (or `页`), or with the leaders or spaces that
    # may follow it.
    first, last = text[:1], text[-1:]
    if side is PageSide.BEFORE and not (
        first.isdecimal() or first in "Pp第" or ("A" <= first <= "Z" and text[1:2].isdecimal())
    ):
        return []
    if side is PageSide.AFTER and not (
        last.isdecimal() or last in LEADER_CHARS or last.isspace() or last == "页"
    ):
        return []
    if side is PageSide.BEFORE:
        match = _LEADING.match(text)
        if not match or not _has_letter(match.group("title")):
            return []
        return [EntryLine(match.group("title").strip(), int(match.group("page")))]
    match = _TRAILING.match(text)
    if not match or not _has_letter(match.group("title")):
        return []
    page = int(re.sub(r"\D", "", match.group("page")))
    title = match.group("title")
    gap = match.group("gap")
    if not (gap[:1].isspace() or len(gap) >= _GAP_LEADERS_MIN):
        return []  # `第55`: a number run into the title is part of it, not a page
    found = []
    split = _COLUMN_BREAK.search(title)
    if split and _has_letter(title[: split.start()]):
        found.append(EntryLine(title[: split.start()].strip(), int(split.group("page"))))
        title = title[split.end() :]
    found.append(EntryLine(title.strip(), page))
    return found


def _has_letter(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


#: A contents line's Markdown marks: a heading's hashes, a list item's mark, bold.
_MARKUP = re.compile(r"^(?:#{1,6}\s+|[-*+]\s+)|\*\*")


def without_markup(text: str) -> str:
    """TEXT, a contents line, without the Markdown a converter set around its words."""
    return _MARKUP.sub("", text).strip()


#: Names a contents page credits in brackets at an entry's end: `乐享邻里（孙兆伦）`.
_CREDIT = re.compile(r"\s*[（(](?P<names>[^（）()]+)[）)]\s*$")


def credited_names(text: str) -> tuple[str, list[str]]:
    """TEXT (an entry's title or subtitle) less the people it credits in brackets at its
    end (`乐享邻里（苏军 沈逸柔）`), and their names; a bracket of other words stays."""
    match = _CREDIT.search(text)
    if match is None or (names := names_alone(match.group("names"))) is None:
        return text, []
    return text[: match.start()], names
