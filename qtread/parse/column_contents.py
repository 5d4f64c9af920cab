"""Pass: the contents a column prints on its own divider page (`PART 05` / `他山之石` /
`石河子经开区 深化改革… 61` / `松山湖科学城 打造… 62` …), which repeat titles the issue
prints again right after. Left in the text, each line reads as one more title (with a
page number in it) or as a paragraph of the article before; they go to the ledger.

Only the lines go: the entries are not added to the TOC. The issue's own TOC names
these articles already, or else the layout rules find them where they are printed.
"""

from __future__ import annotations

import itertools

from qtread.parse.classify import norm
from qtread.parse.furniture import drop_region
from qtread.parse.ledger import Ledger
from qtread.parse.lines import Line
from qtread.parse.toc_forms import LEADER_CHARS, EntryLine, PageSide, entries_on_line

#: Entry lines in a row, at least, that make a column's contents: two are as often two
#: lines of text that happen to end on a number.
COLUMN_CONTENTS_MIN = 3
#: Characters in an entry's title, at least, for the issue's text to be searched for it:
#: a shorter one is found by chance.
TITLE_MIN = 4
REASON = "table of contents (a column's own page)"
_DIGITS = "0123456789０１２３４５６７８９"
_OPENS_ENTRY = frozenset(_DIGITS + "Pp第")  # what `entries_on_line` lets open an entry
_ENDS_ENTRY = frozenset(_DIGITS + "页 \t\u3000" + LEADER_CHARS)  # …and end one


def drop_column_contents(lines: list[Line], start: int, ledger: Ledger) -> None:
    """Blank out, from line index START on, every run of entry lines whose pages rise
    and whose titles the issue prints again after the run (each line into LEDGER)."""
    covered = start  # lines before this one are read
    # the cheap test first, inline, as this runs for every line: a page opens the line
    # (a digit, a folio's `P` or `第`) or ends it (a digit, `页`, leaders or a space)
    candidates = [
        index
        for index, line in enumerate(lines[start:], start)
        if (text := line.text) and (text[0] in _OPENS_ENTRY or text[-1] in _ENDS_ENTRY)
    ]
    for index in candidates:
        if index < covered:
            continue  # a line of a run already read
        run = _entry_run(lines, index)
        covered = run[-1][0] + 1 if run else index + 1
        if len(run) >= COLUMN_CONTENTS_MIN and _rising(run):
            after = norm("".join(line.text for line in lines[covered:]))
            if all(norm(entry.title) in after for _, entry in run):
                drop_region(lines, run[0][0], covered, REASON, ledger, page_edge=True)


def _entry_run(lines: list[Line], index: int) -> list[tuple[int, EntryLine]]:
    """The entry lines from INDEX on, one entry each, blank lines between them allowed."""
    run: list[tuple[int, EntryLine]] = []
    side: PageSide | None = None
    while index < len(lines):
        line = lines[index]
        if line.blank:
            index += 1
            continue
        entry = _entry(line.text, side)
        if entry is None:
            break
        side, found = entry
        run.append((index, found))
        index += 1
    return run


def _entry(text: str, side: PageSide | None) -> tuple[PageSide, EntryLine] | None:
    """The one entry TEXT prints, with its page on SIDE (either, when SIDE is None)."""
    for each in [side] if side else [PageSide.AFTER, PageSide.BEFORE]:
        found = entries_on_line(text, each)
        if len(found) == 1 and len(norm(found[0].title)) >= TITLE_MIN:
            return each, found[0]
    return None


def _rising(run: list[tuple[int, EntryLine]]) -> bool:
    """The pages rise from entry to entry, as a contents page's do."""
    pages = [entry.page for _, entry in run]
    return all(a < b for a, b in itertools.pairwise(pages))
