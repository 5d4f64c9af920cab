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


@dataclass(slots=True)
class Toc:
    """The TOC's entries, its region of lines (to drop from the body) and the lines of
    it that name no entry (blurbs, labels), for the ledger."""

    entries: list[TocEntry] = field(default_factory=list)
    start: int = 0  # line indexes of the region; start == end when there is no TOC
    end: int = 0
    dropped: Ledger = field(default_factory=Ledger)


def named_elsewhere(toc: Toc, lines: list[Line], *, whole: bool = False) -> tuple[int, int]:
    """How many of TOC's entries the issue names outside the TOC (the first letters of
    their titles printed again in LINES, over their articles), and of how many. WHOLE:
    the entry's whole text, title and subtitle, printed together (a headline over its
    deck), which tells one reading of the entries' lines from another."""
    outside = norm("".join(line.text for line in lines[: toc.start] + lines[toc.end :]))
    texts = [
        f"{entry.title}{entry.subtitle or ''}" if whole else entry.title for entry in toc.entries
    ]
    keys = [key if whole else key[:TITLE_KEY] for text in texts if len(key := norm(text)) >= 2]
    return sum(1 for key in keys if key in outside), len(keys)
