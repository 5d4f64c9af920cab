"""Read a printed TOC in whatever entry form a layout prints, line by printed line.

Used when the profile's own entry form finds no TOC (or a smaller one). Entries print
their page before or after the title (`toc_forms`); an entry may wrap over lines, and
with the page after the title only its last line carries the page, so a line without a
page continues into the next entry line. Short lines without a page between entries are
column headings; sentences are blurbs (to the ledger); page furniture and leader lines
between entries are skipped, so the gap between two entries is counted in lines of text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise, takewhile

from qtread.model import TocEntry
from qtread.parse.classify import norm
from qtread.parse.ledger import Ledger
from qtread.parse.lines import Line
from qtread.parse.profile import Profile
from qtread.parse.toc_forms import (
    LONE_PAGE,
    EntryLine,
    PageSide,
    entries_on_line,
    is_leader_line,
    without_markup,
)
from qtread.parse.toc_read import Toc, named_elsewhere, printed_outside
from qtread.text.cjk import ends_sentence, join_wrapped, printed_width

_MIN_ENTRIES = 5  # entries close together that make a TOC in a loose form, at least
_ENTRY_GAP = 6  # lines of text between two entries of one TOC, at most (wraps, heads)
_ORDERED_SHARE = 0.7  # share of page pairs that increase, at least: a TOC runs forward
_DENSITY = 0.34  # share of a TOC's lines of text that carry a page, at least (wraps, heads)
_SENTENCE_SHARE = 0.5  # share of entry lines that end a sentence, below which it is a TOC
_WRAP_MAX = 3  # lines an entry's text wraps over before its page line, at most
_HEADING_MAX = 16  # printed cells of a column heading or TOC title (eight Han), at most
_HEAD_LINES = 4  # lines of TOC title, issue line and heading above the first entry, at most
_FULL_LINE = 0.85  # a line this share of the widest is full: the text wrapped there
_SUBTITLE = re.compile(r"\s*——+\s*|\s+[—–]\s+")  # title —— subtitle
_PAGE_REACH = 4  # source lines from an entry's text to its page on a line of its own, at most
_ACROSS_MIN = 2  # entries, at least, of two columns read across: the first of each column
_PERSON_NAME = re.compile(r"^[\u4e00-\u9fff]{2,3}$")  # a Chinese name: two or three letters
_NAMES_SPLIT = re.compile(r"[\s、，,/／（）()]+")
_IN_BRACKETS = re.compile(r"[［【\[〔〖](?P<inside>[^］】\]〕〗]+)[］】\]〕〗]")
_LETTER_SPACED = re.compile(r"(?<=[A-Z]) (?=[A-Z]\b)")  # C O N T E N T S
#: Letters of an entry's title, at least, for a line under it to be its rest where the two
#: are printed together elsewhere: a few letters and a column's name may meet by chance.
_RUN_ON_TITLE_MIN = 6


# A measure word after a number: the number counts something (`50 年后`, `12 个项目`).
_QUANTITY_WORD = re.compile(r"[年个位名余多万亿家项所岁天月日次倍元届期]")


@dataclass(slots=True)
class _Draft:
    parts: list[str]  # the entry's printed lines (without its page)
    page: int | None
    column: str | None
    line: int


def find_loose_toc(lines: list[Line], start: int, limit: int, profile: Profile) -> Toc:
    """The largest TOC printed in a loose form between line indexes START and LIMIT."""
    best = Toc()
    printed = lines
    lines, heads = _column_prefixes(lines, start, limit, profile)
    # The window's lines with text, and which of them are leader lines, found once: both
    # readings fold and search only these (about half the lines are blank), and folding
    # leaves a line a leader line or not (a page it takes holds digits, and a page's own
    # line it leaves blank).
    filled = [index for index in range(start, min(limit, len(lines))) if lines[index].text]
    leaders = {index for index in filled if is_leader_line(lines[index].text)}
    for side in PageSide:
        folded = _pages_folded(lines, filled, leaders, side)
        rows = _first_cluster(folded, filled, leaders, side)
        if not rows:
            continue
        first, end = _region(folded, start, rows, side, profile)
        toc = Toc(start=first, end=end)
        _read(folded[first:end], side, profile, toc, heads, printed_outside(toc, printed))
        if side is PageSide.AFTER:
            toc = _better_read(toc, folded, side, profile, heads, printed)
        if _explains(toc) > _explains(best):
            best = toc
    best.dropped = _as_printed(best.dropped, printed[best.start : best.end])
    return best


def _better_read(
    toc: Toc,
    lines: list[Line],
    side: PageSide,
    profile: Profile,
    heads: dict[int, str],
    printed: list[Line],
) -> Toc:
    """TOC, or its region read the other way, if the issue bears that out better.

    With the page after the title, a line without one between two entries may be the
    first line of the next entry's wrapped title (`老街改造迎来新客流` / `重现昔日 12`)
    or the subtitle of the entry above (`一张网 P6` / `紧扣产业发展需求…`). The reading
    whose entries the issue prints again, headline over deck, more often is the right
    one; on a tie the first stands."""
    other = Toc(start=toc.start, end=toc.end)
    outside = printed_outside(toc, printed)  # the same region for both readings
    _read(lines[toc.start : toc.end], side, profile, other, heads, outside, subtitles_after=True)
    if (
        named_elsewhere(other, outside, whole=True)[0]
        > named_elsewhere(toc, outside, whole=True)[0]
    ):
        return other
    return toc


def _column_prefixes(
    lines: list[Line], start: int, limit: int, profile: Profile
) -> tuple[list[Line], dict[int, str]]:
    """LINES with a column's name cut from the front of an entry line it opens, as a
    contents table prints its rows (`卷首 3 红色党旗…`: column, page, title), and the
    columns so cut (line number → name). A converter's bold marks go first, so that a
    page set in bold (`**12** 产业日新`) reads as a page here and in every reading after."""
    prefix = _column_prefix(profile.columns)
    result = list(lines)
    heads: dict[int, str] = {}
    for index in range(start, min(limit, len(lines))):
        line = lines[index]
        if "**" in line.text:  # `**12** 产业日新`: a page in bold is a page all the same
            line = result[index] = line._replace(text=line.text.replace("**", "").strip())
        if line.text and (match := prefix.match(line.text)):
            result[index] = line._replace(text=line.text[match.end() :])
            heads[line.number] = match["name"]
    return result, heads


@lru_cache(maxsize=8)
def _column_prefix(columns: tuple[str, ...]) -> re.Pattern[str]:
    """A column's name (bold or a heading in Markdown) and then a page number."""
    names = "|".join(map(re.escape, sorted(columns, key=len, reverse=True))) or "(?!)"
    return re.compile(rf"^(?:#{{1,6}}\s+)?(?:\*\*)?(?P<name>{names})(?:\*\*)?\s+(?=\d)")


def _explains(toc: Toc) -> int:
    """How much of the contents page a reading accounts for: its entries, and again each
    entry filed under a column heading. Pages on lines of their own can be read as the
    page of the title above or below; the wrong way round turns the column headings into
    entries (or swallows them), so it files none under them."""
    return len(toc.entries) + sum(entry.column is not None for entry in toc.entries)


def _as_printed(dropped: Ledger, lines: list[Line]) -> Ledger:
    """DROPPED with each line's text as the source prints it (a folded page number
    belongs to its own line, which the TOC's region drops)."""
    printed = {line.number: line.text for line in lines if line.text}
    ledger = Ledger()
    for entry in dropped:
        ledger.record(entry.line, printed.get(entry.line, entry.text), entry.reason)
    return ledger


def _pages_folded(
    lines: list[Line], filled: list[int], leaders: set[int], side: PageSide
) -> list[Line]:
    """LINES with each page number printed on a line of its own moved to the text line it
    belongs to, its own line left blank (indexes stay the source's): with the page after
    the title (after leader lines, as extractors set a TOC's right-hand column) to the end
    of the text line above; with the page before it, to the start of the text line below
    (unless leaders lead to it: then it is the page of the title above). FILLED: the
    indexes of the lines with text to fold, in order; LEADERS: those of leader lines."""
    folded = list(lines)
    if side is PageSide.BEFORE:
        pending: int | None = None  # a lone page waiting for its title
        led = False  # the last text was a leader line: it leads to the page after it
        for index in filled:
            line = lines[index]
            if index in leaders:
                led = True
                continue
            if LONE_PAGE.match(line.text):
                pending = None if led else index
                led = False
            elif pending is not None and line.number - lines[pending].number <= _PAGE_REACH:
                folded[index] = line._replace(text=f"{lines[pending].text} {line.text}")
                folded[pending] = lines[pending]._replace(text="")
                pending, led = None, False
            else:
                pending, led = None, False
        return folded
    last_text: int | None = None
    for index in filled:
        if index in leaders:
            continue
        line = lines[index]
        if (
            LONE_PAGE.match(line.text)
            and last_text is not None
            and line.number - lines[last_text].number <= _PAGE_REACH
        ):
            above = folded[last_text]
            folded[last_text] = above._replace(text=f"{above.text} {line.text}")
            folded[index] = line._replace(text="")
            last_text = None
        else:
            last_text = index
    return folded


def _is_text(line: Line) -> bool:
    return bool(line.text) and not is_leader_line(line.text)


def _first_cluster(
    lines: list[Line], filled: list[int], leaders: set[int], side: PageSide
) -> list[int]:
    """Rows of the first run of entry lines that are close together and run forward,
    among the lines with text at FILLED that are no leader lines (LEADERS)."""
    cluster: list[int] = []
    pages: list[int] = []
    gap = text_lines = 0
    for index in filled:
        text = lines[index].text
        if not text or index in leaders:  # a page folded away leaves its line blank
            continue
        found = entries_on_line(text, side)
        if not found:
            gap += 1
            if gap > _ENTRY_GAP and cluster:
                if _is_toc(lines, cluster, pages, text_lines, side):
                    return cluster
                cluster, pages = [], []
            continue
        text_lines = text_lines + gap + 1 if cluster else 1
        cluster.append(index)
        pages.extend(entry.page for entry in found)
        gap = 0
    return cluster if _is_toc(lines, cluster, pages, text_lines, side) else []


def _is_toc(
    lines: list[Line], rows: list[int], pages: list[int], text_lines: int, side: PageSide
) -> bool:
    """Enough entries, dense enough, not sentences, pages mostly increasing (every other
    one, in a two-column TOC) but not one by one (a numbered list: 01 …, 02 …)."""
    if len(pages) < _MIN_ENTRIES or len(rows) < _DENSITY * text_lines:
        return False
    titles = [entry.title for row in rows for entry in entries_on_line(lines[row].text, side)]
    if sum(map(_is_sentence, titles)) >= _SENTENCE_SHARE * len(titles):
        return False
    if all(b == a + 1 for a, b in pairwise(pages)):
        return False
    for lag in (1, 2):
        pairs = list(zip(pages, pages[lag:], strict=False))
        if pairs and sum(b >= a for a, b in pairs) >= _ORDERED_SHARE * len(pairs):
            return True
    return False


def _region(
    lines: list[Line], start: int, rows: list[int], side: PageSide, profile: Profile
) -> tuple[int, int]:
    """The cluster's lines, with the TOC title and first wraps above and leaders below."""
    first, taken = rows[0], 0
    index = first - 1
    while index >= start and taken < _HEAD_LINES:
        line = lines[index]
        if _is_text(line):
            if not _is_head(line.text, profile) and (
                side is PageSide.BEFORE or taken >= _WRAP_MAX or _is_sentence(line.text)
            ):
                break
            taken += 1
            first = index
        index -= 1
    end = rows[-1] + 1
    following = end
    while following < len(lines) and not _is_text(lines[following]):
        following += 1
        if not lines[following - 1].blank:
            end = following  # leader lines after the last entry
    if side is PageSide.BEFORE:  # the last entry's own continuation lines
        index, added = end, 0
        while index < len(lines) and added < _WRAP_MAX and _is_text(lines[index]):
            if _is_sentence(lines[index].text):
                break
            index, added = index + 1, added + 1
        if added and (index >= len(lines) or lines[index].blank):
            end = index
    return first, end


def _is_label(text: str, profile: Profile) -> bool:
    """A line of words only covers print (目录 CONTENTS, the issue line): no entry."""
    words = _LETTER_SPACED.sub("", without_markup(text)).split()
    return profile.is_cover_line(text) or (
        bool(words) and all(profile.is_cover_line(word) for word in words)
    )


def _is_head(text: str, profile: Profile) -> bool:
    """A TOC title, issue line or column heading: short, or a line only covers print."""
    squeezed = re.sub(r"\s", "", without_markup(text))
    return _is_label(text, profile) or (
        printed_width(squeezed) <= _HEADING_MAX and not ends_sentence(squeezed)
    )


def _is_sentence(text: str) -> bool:
    """Running text: a line that ends a sentence (a dash ending a title does not)."""
    return ends_sentence(text) and not text.rstrip().endswith(("—", "–"))


def _read(
    region: list[Line],
    side: PageSide,
    profile: Profile,
    toc: Toc,
    heads: dict[int, str],
    outside: str,
    *,
    subtitles_after: bool = False,
) -> None:
    """Read REGION's entries into TOC. SUBTITLES_AFTER: with the page after the title, a
    line without one that follows an entry is that entry's subtitle, not the start of
    the next entry's title (`_better_read`). OUTSIDE is the issue's text past the region
    (`printed_outside`), where an entry's title is printed again over its article."""
    text_lines = [line for line in region if _is_text(line)]
    width = max((printed_width(_text_of(line.text, side)) for line in text_lines), default=0)
    drafts: list[_Draft] = []
    pending: list[Line] = []  # page after the title: lines waiting for their page
    column: str | None = None
    # two column headings on lines in a row, a contents page's two columns read
    # across: the entries after them, each pair's first draft index → the two columns
    paired: dict[int, tuple[str, ...]] = {}
    heading_at = -2  # the text line the last heading was read on
    continues = False  # page before the title: may the next plain line continue it?
    printed = Counter(  # each name or word, as often as the TOC prints it
        word for line in text_lines for word in _NAMES_SPLIT.split(without_markup(line.text))
    )
    for number, line in enumerate(text_lines):
        raw, text = line.text, without_markup(line.text)
        if line.number in heads:  # the column a table row opens with
            _record_blurb(pending, None, toc.dropped)
            column, pending, continues = heads[line.number], [], False
        following = text_lines[number + 1].text if number + 1 < len(text_lines) else ""
        reason = "table of contents"
        if found := entries_on_line(raw, side):
            _add_drafts(drafts, found, pending, column, line)
            pending, continues = [], True
        elif aside := _aside(text, drafts, printed, profile):
            reason = aside  # an author cell ends the entry above; a label leaves it open
            continues = continues and aside != "table of contents author"
        elif _is_sentence(text) or len(pending) >= _WRAP_MAX:
            _record_blurb(pending, line, toc.dropped)
            pending, continues = [], False
            continue
        elif continues and _extends_last(
            text, drafts, side, width, profile, outside, subtitles_after=subtitles_after
        ):
            drafts[-1].parts.append(text)
            continues = False  # one line; a second starts the next title
        elif text in profile.columns or (not pending and _is_heading(text, following, side)):
            _record_blurb(pending, None, toc.dropped)
            _pair_across(paired, len(drafts), column, text, in_a_row=heading_at == number - 1)
            column, pending, continues = _unbracketed(text), [], False
            heading_at = number
        elif side is PageSide.AFTER:
            pending.append(line)
        elif continues and drafts:
            drafts[-1].parts.append(text)
            continues = len(drafts[-1].parts) <= _WRAP_MAX
        else:
            reason = "table of contents label"
        toc.dropped.record(line.number, raw, reason)
    _record_blurb(pending, None, toc.dropped)
    _split_paired(drafts, paired)
    _fold_stray_pages(drafts, {line.number: line.text for line in text_lines})
    toc.entries = [_entry(draft, width, profile) for draft in drafts]


def _fold_stray_pages(drafts: list[_Draft], printed: dict[int, str]) -> None:
    """An entry whose page breaks the order of the pages around it and whose title opens
    with a measure word (`18` `知青代表…` / `50 年后再聚钱塘江畔` / `19` `浙江大湾区…`):
    the number is a quantity, and the line is the entry above's deck, folded back into it,
    number and all (PRINTED: each line's text by its number)."""
    kept: list[_Draft] = []
    for index, draft in enumerate(drafts):
        above = kept[-1] if kept else None
        below = drafts[index + 1] if index + 1 < len(drafts) else None
        if (
            above is not None
            and below is not None
            and above.page is not None
            and below.page is not None
            and draft.page is not None
            and above.page <= below.page
            and not above.page <= draft.page <= below.page
            and len(draft.parts) == 1
            and _QUANTITY_WORD.match(draft.parts[0])
            and draft.column == above.column
            and draft.line in printed
        ):
            above.parts.append(without_markup(printed[draft.line]).strip())
            continue
        kept.append(draft)
    drafts[:] = kept


def _add_drafts(
    drafts: list[_Draft],
    found: list[EntryLine],
    pending: list[Line],
    column: str | None,
    line: Line,
) -> None:
    """Draft the entries FOUND on LINE, under COLUMN. The lines PENDING (page after the
    title) are the first entry's title wrapped over the lines above: they open its text,
    and it is read from the first of them."""
    for order, entry in enumerate(found):
        parts = [without_markup(p.text) for p in pending] if order == 0 else []
        drafts.append(
            _Draft([*parts, without_markup(entry.title)], entry.page, column, line.number)
        )
    first_line = pending[0].number if pending else line.number
    drafts[-len(found)].line = first_line


def _aside(text: str, drafts: list[_Draft], printed: Counter[str], profile: Profile) -> str | None:
    """Why a line without a page is printed beside the entries and is no part of one: a
    label (`目录 CONTENTS`, a group's) or, after an entry, its author cell (PRINTED: how
    often the TOC prints each word); None for any other line."""
    if text in profile.group_labels or _is_label(text, profile):
        return "table of contents label"
    if drafts and text not in profile.columns and _authors(text, printed):
        return "table of contents author"
    return None


def _extends_last(
    text: str,
    drafts: list[_Draft],
    side: PageSide,
    width: int,
    profile: Profile,
    outside: str,
    *,
    subtitles_after: bool,
) -> bool:
    """A line without a page, right after an entry that may go on, that belongs to that
    entry: with the page after the title, a full title line wrapped past its page (a full
    line after it opens the next entry; WIDTH: the widest line's), or its subtitle when
    SUBTITLES_AFTER (`_better_read`); with the page on either side, the rest of a title
    printed whole OUTSIDE the TOC (`…做第一批` / `吃螃蟹的人`, `_printed_whole`). A
    column's name is never part of an entry."""
    return (
        bool(drafts)
        and text not in profile.columns
        and (
            (
                side is PageSide.AFTER
                and printed_width(drafts[-1].parts[-1]) >= _FULL_LINE * width
                and printed_width(text) < _FULL_LINE * width
            )
            or subtitles_after
            or _printed_whole(drafts[-1], text, outside)
        )
    )


def _printed_whole(draft: _Draft, text: str, outside: str) -> bool:
    """TEXT, a short line without a page under DRAFT's entry, is the rest of the entry's
    title, not a column heading: the two together are printed again OUTSIDE the TOC, as
    the headline over the article (a heading's name never runs on from a title so)."""
    title = norm("".join(draft.parts))
    rest = norm(text)
    return len(title) >= _RUN_ON_TITLE_MIN and bool(rest) and title + rest in outside


def _pair_across(
    paired: dict[int, tuple[str, ...]],
    at: int,
    column: str | None,
    heading: str,
    *,
    in_a_row: bool,
) -> None:
    """Note HEADING, read IN_A_ROW with the heading of COLUMN (on the text line right
    above it), in PAIRED: column headings in a row are a contents page's columns read
    across, and the entries from the draft AT on are dealt between them."""
    if in_a_row and column is not None:
        above = paired.get(at, (column,))
        paired[at] = (*above, _unbracketed(heading))


def _split_paired(drafts: list[_Draft], paired: dict[int, tuple[str, ...]]) -> None:
    """File the entries under each row of headings read across (PAIRED: the first draft
    index after them → the columns) by their pages (`_split_across`)."""
    for start, columns in paired.items():
        _split_across(drafts[start:], columns)


def _split_across(drafts: list[_Draft], columns: tuple[str, ...]) -> None:
    """The entries under column headings read in a row (a contents page in columns read
    across), up to the next heading, filed under them by their pages. A magazine's
    columns follow each other in page order, so each heading's pages all come before the
    next one's: the entries split at pages, those that leave each column's pages rising
    as read the most often (the rows alternate, but an extractor may take a row's cells
    out of turn, and one column may run on alone). Pages that rise as read are one
    column's (the headings above were a page's head)."""
    run = list(takewhile(lambda draft: draft.column == columns[-1], drafts))
    pages = [draft.page for draft in run]
    if len(run) < _ACROSS_MIN or run[0].page is None or run[1].page is None:
        return
    if all(a is None or b is None or a <= b for a, b in pairwise(pages)):
        return
    split = _page_runs([page for page in pages if page is not None], len(columns))
    if split is None:
        return
    for draft in run:
        if draft.page is not None:
            draft.column = columns[bisect_right(split, draft.page)]


def _page_runs(pages: list[int], columns: int) -> tuple[int, ...] | None:
    """The pages (one fewer than COLUMNS) that split PAGES, as read, into runs of
    columns in page order with the fewest falls inside a column; None where there are
    fewer distinct pages than columns. Each column's falls depend on its page range
    alone, so the best split is found range by range (dynamic programming), not by
    trying every split."""
    known = sorted(set(pages))
    if len(known) < columns:
        return None
    bounds = [*known, known[-1] + 1]  # a run is bounds[low] <= page < bounds[high]

    @cache  # each range is asked for once a column
    def falls(low: int, high: int) -> int:
        run = [page for page in pages if bounds[low] <= page < bounds[high]]
        return sum(1 for a, b in pairwise(run) if b < a)

    # runs[end]: the fewest falls, and where each run starts, of as many runs as read so
    # far covering the first END distinct pages
    runs: dict[int, tuple[int, tuple[int, ...]]] = {0: (0, ())}
    for _ in range(columns):
        runs = {
            end: min(
                (runs[start][0] + falls(start, end), (*runs[start][1], start))
                for start in runs
                if start < end
            )
            for end in range(min(runs) + 1, len(known) + 1)
        }
    if len(known) not in runs:
        return None
    return tuple(bounds[start] for start in runs[len(known)][1][1:])


def _unbracketed(text: str) -> str:
    """TEXT without the square brackets a contents page may set a column's name in
    (`［特别策划］`); other lines come back as they are."""
    match = _IN_BRACKETS.fullmatch(text)
    return match["inside"].strip() if match else text


def _text_of(text: str, side: PageSide) -> str:
    found = entries_on_line(text, side)
    return " ".join(entry.title for entry in found) if found else without_markup(text)


def _authors(text: str, printed: Counter[str]) -> bool:
    """A TOC's author cell (`李如艳 薛瑾`, `汪株焱`): people's names only. One name alone
    looks like a column heading, but a heading is printed once in a TOC and an author
    who writes often is printed again (PRINTED: how often each word is)."""
    names = _NAMES_SPLIT.split(text.strip())
    if len(names) > 1:  # a list of names; a wrap may leave one letter of a name alone
        short = sum(len(name) == 1 for name in names)
        return short <= 1 and all(_PERSON_NAME.match(name) or len(name) == 1 for name in names)
    return bool(_PERSON_NAME.match(names[0])) and printed[text] > 1


def _is_heading(text: str, following: str, side: PageSide) -> bool:
    """A column heading: a short line an entry (or an entry's first line) follows."""
    if printed_width(text) > _HEADING_MAX or _SUBTITLE.match(following) or LONE_PAGE.match(text):
        return False  # (a page on a line of its own is read with its entry, or dropped)
    return bool(entries_on_line(following, side)) or (
        side is PageSide.AFTER and bool(following) and printed_width(following) > _HEADING_MAX
    )


def _record_blurb(pending: list[Line], last: Line | None, dropped: Ledger) -> None:
    for line in [*pending, *([last] if last else [])]:
        dropped.record(line.number, line.text, "table of contents blurb")


def _entry(draft: _Draft, width: int, profile: Profile) -> TocEntry:
    """Join an entry's lines: a full line wrapped, a short one ended a part (title…)."""
    pieces = [draft.parts[0]]
    for part in draft.parts[1:]:
        previous = pieces[-1]
        if printed_width(previous) >= _FULL_LINE * width and not previous.endswith(("：", ":")):
            pieces[-1] = join_wrapped(previous, part)
        else:
            pieces.append(part)
    text = " ".join(pieces)
    count = None
    if match := profile.toc_count.search(text):
        count = int(match.group("count"))
        text = text[: match.start()].strip()
    split = _SUBTITLE.search(text)
    if split and split.start() > 0:
        title, subtitle = text[: split.start()], text[split.end() :]
    elif len(pieces) > 1 and not _SUBTITLE.search(pieces[0]):
        title, subtitle = pieces[0], text[len(pieces[0]) :].strip()
    else:
        title, subtitle = text, ""
    return TocEntry(
        title=title.strip(),
        page=draft.page,
        subtitle=subtitle.strip() or None,
        column=draft.column,
        claimed_count=count,
        line=draft.line,
    )
