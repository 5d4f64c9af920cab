"""Pass: read the printed table of contents.

A TOC is a cluster of `NN / title` entries near the start, with column names between
them. Entries continue over following lines (subtitles, `等 N 则` counts); a column
heading may carry the page of the entry that follows it (`## 72 瞭望台`), and so may a
number on a line of its own. The whole region is then removed from the body flow: its
text is in `Issue.toc`, and blurbs that only the TOC prints go to the ledger.
"""

from __future__ import annotations

import re

from qtread.model import TocEntry
from qtread.parse.lines import Line, next_filled
from qtread.parse.profile import Profile
from qtread.parse.toc_columns import find_column_listed_toc
from qtread.parse.toc_forms import BARE_PAGE, credited_names, without_markup
from qtread.parse.toc_loose import find_loose_toc
from qtread.parse.toc_read import Toc, named_elsewhere, printed_outside
from qtread.text.cjk import ends_sentence, is_han

_CLUSTER_GAP = 30  # lines between two entries of one TOC
_SEARCH_WINDOW = 0.2  # the TOC is in the first fifth of the file
_MIN_WINDOW = 300  # …or its first pages, in a short one
_MIN_ENTRIES = 3  # `NN / title` entries close together that make a TOC, at least
_TITLE_MAX = 40  # characters in the title after a trailing column heading, at most
_BLURB_MIN = 40  # characters in a sentence that is a blurb, not an entry, at least
_PART_LABEL_MAX = 2  # characters in a big part label that the next line's title extends
#: Share of the entries, at least, whose titles the issue prints outside the TOC for it
#: to be one (a title the body renames, or a brief's the body leaves out, is missed).
NAMED_ELSEWHERE_SHARE = 0.25


def _is_column(text: str, profile: Profile) -> re.Match[str] | None:
    match = profile.toc_column.match(text)
    if not match:
        return None
    name = match.group("name")
    if name in profile.columns or (text.startswith("#") and all(is_han(ch) for ch in name)):
        return match
    return None


def find_toc(lines: list[Line], start: int, profile: Profile) -> Toc:
    """The printed TOC after line index START: its entries anchor the articles.

    The profile's entry form is read first; a TOC printed in another form (page after
    the title, leaders, wrapped entries) wins when it has more entries. People an entry
    credits in brackets after its title (`乐享邻里（林远）`) become the entry's names."""
    window = max(_MIN_WINDOW, int(len(lines) * _SEARCH_WINDOW))
    toc = _toc_between(lines, start, start + window, profile)
    if not toc.entries and len(lines) - window > start + window:
        toc = _toc_between(lines, len(lines) - window, len(lines), profile)  # at the back
    for entry in toc.entries:
        if entry.subtitle:
            entry.subtitle, entry.names = credited_names(entry.subtitle)
        if not entry.names:
            entry.title, entry.names = credited_names(entry.title)
    return toc


def _toc_between(lines: list[Line], start: int, limit: int, profile: Profile) -> Toc:
    """The TOC in lines START to LIMIT: the profile's form, or another with more entries
    (any entry form, `toc_loose`; rows of title and column, `toc_columns`)."""
    readings = (
        _profile_toc(lines, start, limit, profile),
        find_loose_toc(lines, start, limit, profile),
        find_column_listed_toc(lines, start, limit, profile),
    )
    return max(readings, key=lambda toc: len(toc.entries))  # the first on a tie


def confirm_toc(toc: Toc, lines: list[Line]) -> Toc:
    """TOC, if the issue bears it out, else no TOC: the issue prints, outside it, the
    titles of enough of its entries. A contents page names the articles that follow (or
    precede) it; a numbered list in an article (`01 实施…` / `02 建设…`) read as one names
    nothing printed elsewhere, and its lines are the article's text."""
    return toc if _named_elsewhere(toc, lines) else Toc()


def _named_elsewhere(toc: Toc, lines: list[Line]) -> bool:
    if not toc.entries:
        return True
    found, entries = named_elsewhere(toc, printed_outside(toc, lines))
    return found >= NAMED_ELSEWHERE_SHARE * entries


def _profile_toc(lines: list[Line], start: int, limit: int, profile: Profile) -> Toc:
    """The TOC printed in the profile's entry form (`NN / title`), if there is one."""
    entry = profile.toc_entry
    entry_rows = [i for i in range(start, min(limit, len(lines))) if entry.match(lines[i].text)]
    cluster = _first_cluster(entry_rows)
    if len(cluster) < _MIN_ENTRIES:
        return Toc()
    first, last = cluster[0], cluster[-1]
    while first > start:  # column names and a CONTENTS line just before the first entry
        previous = first - 1
        while previous > start and lines[previous].blank:
            previous -= 1
        text = lines[previous].text
        if _is_column(text, profile) or profile.is_cover_line(text):
            first = previous
        else:
            break
    end = _entry_end(lines, last + 1)
    while True:  # a last column heading that carries its entry's page: ## 72 瞭望台
        following = next_filled(lines, end)
        if following is None:
            break
        column = _is_column(lines[following].text, profile)
        if not ((column and column.group("page")) or BARE_PAGE.fullmatch(lines[following].text)):
            break
        title = next_filled(lines, following + 1)
        if title is None or len(lines[title].text) > _TITLE_MAX or ends_sentence(lines[title].text):
            end = following + 1
            break
        end = _entry_end(lines, title + 1)
    toc = Toc(start=first, end=end)
    _read_entries(lines[first:end], profile, toc)
    return toc


def _entry_end(lines: list[Line], index: int) -> int:
    """Past an entry's adjacent continuation lines."""
    while index < len(lines) and not lines[index].blank:
        index += 1
    return index


def _first_cluster(rows: list[int]) -> list[int]:
    cluster: list[int] = []
    for row in rows:
        if cluster and row - cluster[-1] > _CLUSTER_GAP:
            if len(cluster) >= _MIN_ENTRIES:
                break
            cluster = []
        cluster.append(row)
    return cluster


def _read_entries(region: list[Line], profile: Profile, toc: Toc) -> None:
    column: str | None = None
    pending_page: int | None = None
    current: TocEntry | None = None
    open_entry = False  # may the next plain line continue the current entry?
    for line in region:
        if line.blank:
            continue
        raw = line.text
        text = without_markup(raw)
        if entry := profile.toc_entry.match(raw):
            title, page = without_markup(entry.group("title")), int(entry.group("page"))
            current = _new_entry(title, page, column, line, profile)
            toc.entries.append(current)
            open_entry = True
        elif BARE_PAGE.fullmatch(text):
            pending_page = int(text)
            open_entry = False
        elif match := _is_column(raw, profile):
            name = match.group("name")
            if name in profile.group_labels:
                continue
            column = name
            pending_page = _heading_page(match, pending_page)
            open_entry = False
        elif aside := _aside(text, profile):
            toc.dropped.record(line.number, raw, aside)
            continue
        elif current is not None and open_entry:
            _continue_entry(current, text, profile)
        else:
            current = _new_entry(text, pending_page, column, line, profile)
            toc.entries.append(current)
            pending_page = None
            open_entry = True
        toc.dropped.record(line.number, raw, "table of contents")
        if current is not None and current.page is None and pending_page is not None:
            current.page, pending_page = pending_page, None


def _heading_page(heading: re.Match[str], pending_page: int | None) -> int | None:
    """The page waiting for the next entry after a column HEADING: the one the heading
    carries for it (`## 72 瞭望台`), else PENDING_PAGE, one read before it."""
    return int(heading.group("page")) if heading.group("page") else pending_page


def _aside(text: str, profile: Profile) -> str | None:
    """Why a line is printed beside the entries and is no part of one (it goes to the
    ledger with that reason): a label (`目录 CONTENTS`, a group's) or a sentence long
    enough to be a blurb; None for any other line."""
    if text in profile.group_labels or profile.is_cover_line(text):
        return "table of contents label"
    if len(text) >= _BLURB_MIN and ends_sentence(text):
        return "table of contents blurb"
    return None


def _new_entry(
    title: str, page: int | None, column: str | None, line: Line, profile: Profile
) -> TocEntry:
    entry = TocEntry(title="", page=page, column=column, line=line.number)
    _continue_entry(entry, title, profile)
    return entry


def _continue_entry(entry: TocEntry, text: str, profile: Profile) -> None:
    if count := profile.toc_count.search(text):
        entry.claimed_count = int(count.group("count"))
        text = text[: count.start()].strip()
    if not text:
        return
    if len(entry.title) <= _PART_LABEL_MAX:  # a big single-character part label: 产 / 产业日新…
        entry.title = f"{entry.title} {text}".strip()
    elif entry.subtitle:
        entry.subtitle = f"{entry.subtitle} {text}"
    else:
        entry.subtitle = text
