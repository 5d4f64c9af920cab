"""What reading the printed TOC yields, whichever reader read it."""

from __future__ import annotations

from dataclasses import dataclass, field

from qtread.model import TocEntry
from qtread.parse.ledger import Ledger


@dataclass(slots=True)
class Toc:
    """The TOC's entries, its region of lines (to drop from the body) and the lines of
    it that name no entry (blurbs, labels), for the ledger."""

    entries: list[TocEntry] = field(default_factory=list)
    start: int = 0  # line indexes of the region; start == end when there is no TOC
    end: int = 0
    dropped: Ledger = field(default_factory=Ledger)
