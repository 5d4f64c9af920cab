"""What reading the printed TOC yields, whichever reader read it."""

from __future__ import annotations

from dataclasses import dataclass, field

from qtread.model import TocEntry
from qtread.parse.classify import norm
from qtread.parse.ledger import Ledger
from qtread.parse.lines import Line

#: Letters of an entry's title looked for elsewhere in the issue: its start, which a title
#: keeps however the body wraps, breaks or shortens it.
TITLE_KEY = 6
#: Letters, at most, between a headline's first letters and its deck's where the issue
#: prints them (the rest of the headline, and a line or two of text set between them).
DECK_REACH = 120
#: Characters of a line, at most, that may print a headline or its deck: longer lines are
#: running text (a paragraph a line), and leaving them out spares normalising the issue.
HEADLINE_LINE_MAX = 60
_NAMED_TITLE_MIN = 2  # letters of an entry's title, at least, to look for: one is printed anywhere


@dataclass(slots=True)
class Toc:
    """The TOC's entries, its region of lines (to drop from the body) and the lines of
    it that name no entry (blurbs, labels), for the ledger."""

    entries: list[TocEntry] = field(default_factory=list)
    start: int = 0  # line indexes of the region; start == end when there is no TOC
    end: int = 0
    dropped: Ledger = field(default_factory=Ledger)


def printed_outside(toc: Toc, lines: list[Line]) -> str:
    """The letters of LINES outside TOC's region, as `norm` keeps them, from the lines
    short enough to print a headline or its deck: what `named_elsewhere` searches."""
    return norm(
        "".join(
            line.text
            for part in (lines[: toc.start], lines[toc.end :])
            for line in part
            if len(line.text) <= HEADLINE_LINE_MAX
        )
    )


def named_elsewhere(toc: Toc, outside: str, *, whole: bool = False) -> tuple[int, int]:
    """How many of TOC's entries the issue names outside the TOC (the first letters of
    their titles printed again in OUTSIDE, `printed_outside`, over their articles), and
    of how many. WHOLE: an entry's subtitle must be printed under its title too (a
    headline over its deck), which tells one reading of the entries' lines from another."""
    named = [
        _printed(outside, title, norm(entry.subtitle) if whole else None)
        for entry in toc.entries
        if len(title := norm(entry.title)) >= _NAMED_TITLE_MIN
    ]
    return sum(named), len(named)


def _printed(outside: str, title: str, deck: str | None) -> bool:
    """Whether OUTSIDE prints TITLE: its first letters where DECK is None; else the whole
    title, and DECK's first letters (if it has one) within `DECK_REACH` letters after
    it (a deck under its headline; a side column's lines may come with a line or two
    of the text between)."""
    key = title[:TITLE_KEY] if deck is None else title
    start = outside.find(key)
    while start >= 0:
        after = start + len(key)
        if not deck or outside.find(deck[:TITLE_KEY], after, after + DECK_REACH) >= 0:
            return True
        start = outside.find(key, start + 1)
    return False
