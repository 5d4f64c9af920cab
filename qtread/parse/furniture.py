"""Pass: strip page furniture — running headers, folios, repeated layout labels.

Furniture is removed line by line before paragraphs are rebuilt, so that a sentence
the printed page split around a header joins up again. A removed line becomes blank
(keeping line numbers) and goes into the ledger. A running header that names its
column is remembered, because for some issues it is the only place the column is named.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import pairwise

from qtread.parse.classify import parse_byline
from qtread.parse.column_heads import ColumnHeads
from qtread.parse.glued_heads import glued_heads
from qtread.parse.issue_date import is_issue_line
from qtread.parse.ledger import Ledger
from qtread.parse.lines import Line, next_filled
from qtread.parse.profile import Profile, named_column
from qtread.parse.recurring import learn_furniture

_RUNNING_TEXT = re.compile(r"[，。；！？,;!?]")  # clause marks: no head, folio or label has one
_HEAD_MARK = re.compile("[·・•|｜]")  # the mark a running head sets its parts apart by
_HEAD_LABEL = re.compile(r"[\u4e00-\u9fff]{2,6}")  # a running head's label: a short word
HEAD_LINE_MAX = 40  # characters in a running head, at most
_SECTION_WORD_REACH = 4  # lines after a running header that may hold its English word
_PHOTO_NUMBER_MAX = 2  # digits of a number set on a photo, at most (as its caption's number)
_PHOTO_NUMBERS_MIN = 2  # bare numbers in a run, at least, to be set on photos: a lone one is text
#: Column heads, at least, before their place on the page is judged from the issue's end.
MIN_HEADS_FOR_PLACE = 3
#: Share of the median text between two column heads (lines of text) that the text after
#: the last one stays under, where the heads close their pages: the last page's text is
#: before its head, and at most a line or two follow it (a back cover's). A head that
#: opens its page has that page's text after it, however short the last page is.
PAGE_TAIL_SHARE = 0.05


@dataclass(slots=True)
class Furniture:
    """The lines with furniture blanked, the ledger of what went, and the columns the
    running heads name."""

    lines: list[Line]
    dropped: Ledger = field(default_factory=Ledger)
    heads: ColumnHeads = field(default_factory=ColumnHeads)  # the columns heads name


def strip_furniture(lines: list[Line], profile: Profile, body_start: int = 0) -> Furniture:
    """Blank out running headers, folios, layout labels and photo captions, so that the
    sentences the printed page split around them join up again. BODY_START: the first
    line after the cover, where the magazine's name alone is a running head."""
    result = Furniture(list(lines))
    here = result.heads.here  # columns by line, until a head's place is known
    reasons = _profile_furniture(lines, profile, here, body_start)
    learned = learn_furniture(
        lines,
        set(reasons),
        profile.columns,
        profile.byline_roles,
        lambda text: _credits_authors(text, profile),
    )
    for index, column in learned.closing.items():
        if lines[index].number not in here:  # the profile's reading of a head wins
            result.heads.closing[lines[index].number] = column
    for index, column in learned.opening.items():
        result.heads.opening[lines[index].number] = column
    found = {**learned.reasons, **reasons}
    _heads_column_lines(lines, profile, here, found)
    numbered = {line.number: index for index, line in enumerate(lines)}
    at_page_ends = _heads_end_pages(lines, sorted(numbered[number] for number in here), found)
    for number in list(here):
        if at_page_ends or _closes_page(lines, numbered[number], found):
            result.heads.closing[number] = here.pop(number)
    for index, reason in sorted(found.items()):
        # A head or folio found by its recurrence is a page's edge: where the extractor
        # left no form feed, the blank it leaves is the only sign a page turned there.
        edge = index in learned.reasons and index not in reasons
        _drop(result.lines, index, reason, result.dropped, page_edge=edge)
    for index, end in glued_heads(result.lines, set(found)).items():
        _cut_head(result.lines, index, end, result.dropped)
    for index, reason in _photo_labels(result.lines):
        _drop(result.lines, index, reason, result.dropped)
    for index in reversed(_photo_captions(result.lines, profile)):
        # Set on the photo, a caption's lead space says where the photo sits, not that a
        # page starts; bottom-up, so no caption passes its lead space to the one above.
        _drop(result.lines, index, "photo caption", result.dropped, page_start=False)
    return result


def _profile_furniture(
    lines: list[Line], profile: Profile, columns: dict[int, str], body_start: int
) -> dict[int, str]:
    """The furniture the profile knows by its printed form: index → reason. A running
    header that names its column is noted in COLUMNS (line number → column)."""
    reasons: dict[int, str] = {}
    last_header = -_SECTION_WORD_REACH - 1
    for index, line in enumerate(lines):
        text = line.text
        if not text:
            continue
        # in the body and free of clause marks (running text has them; no head does):
        # the one cheap test that spares most lines the two dearer ones below
        head_like = index >= body_start and not _RUNNING_TEXT.search(text)
        if header := profile.running_header.match(text):
            reasons[index] = "running header"
            last_header = index
            if column := header.group("column"):
                columns[line.number] = column
        elif text in profile.section_words and (
            index - last_header <= _SECTION_WORD_REACH or text.startswith("N")
        ):
            reasons[index] = "running header (English column word)"
        elif head_like and (reason := _masthead(text, line.number, profile, columns)):
            reasons[index] = reason
        elif _is_folio(text, profile):
            reasons[index] = "folio"
        elif profile.label.match(text):
            reasons[index] = "layout label"
    return reasons


def _masthead(text: str, number: int, profile: Profile, columns: dict[int, str]) -> str | None:
    """Why TEXT, a line of the body free of clause marks, is a running head that prints
    the magazine's name or the issue's date (None if it is not one). The column such a
    head names is noted in COLUMNS at line NUMBER: for some issues the head is the only
    place the column is named."""
    if profile.is_masthead_name(text):
        if column := profile.masthead_column(text):
            columns[number] = column
        return "running header (magazine name)"
    if _name_and_label(text, profile):
        return "running header (magazine name)"
    if is_issue_line(text):
        if column := named_column("".join(text.split()), profile.columns):
            columns[number] = column  # a weekly's head names the page's column
        return "running header (issue date)"
    return None


def _heads_column_lines(
    lines: list[Line], profile: Profile, columns: dict[int, str], reasons: dict[int, str]
) -> None:
    """A column's name on a line of its own between a running head's other lines (`2020年
    7月15日 星期三` / `特别策划` / `第3版`): part of the head, which names the page's column."""
    for index in list(reasons):
        near = next_filled(lines, index + 1)
        if (
            near is not None
            and near not in reasons
            and lines[near].text in profile.columns
            and next_filled(lines, near + 1) in reasons
        ):
            reasons[near] = "running header (column name)"
            columns[lines[near].number] = lines[near].text


def _name_and_label(text: str, profile: Profile) -> bool:
    """`潮涌钱塘 · 卷首`, `潮涌钱塘 · 本期 JUL 2020`, `2020年7月 第5期 · 潮涌钱塘`: the
    magazine's name set apart by a mark from one short label, the issue's date, or both —
    a running head, whatever the label (the profile's column list is not the only door)."""
    if len(text) > HEAD_LINE_MAX or not _HEAD_MARK.search(text):
        return False
    rest = profile.without_name(text)
    if not rest:
        return False
    if is_issue_line(rest) or _HEAD_LABEL.fullmatch(rest):
        return True
    label, _, date = rest.partition(" ")
    return _HEAD_LABEL.fullmatch(label) is not None and is_issue_line(date.strip())


def _drop(
    lines: list[Line],
    index: int,
    reason: str,
    ledger: Ledger,
    *,
    page_start: bool = True,
    page_edge: bool = False,
) -> None:
    """Empty the line at INDEX and record it in LEDGER.

    A page start must survive it: a blank line with a lead space marks the next line as
    one, whether the removed line started a page itself or sat right above the line that
    does. PAGE_START=False: the removed line's own lead space marked no page; PAGE_EDGE:
    the removed line is known to sit where a page turns, so the next text starts one."""
    line = lines[index]
    following = lines[index + 1] if index + 1 < len(lines) else None
    next_starts_page = following is not None and not following.blank and following.lead_space
    lead_space = (line.lead_space and page_start) or next_starts_page or page_edge
    lines[index] = Line(line.number, "", lead_space=lead_space, removed=True)
    ledger.record(line.number, line.text, reason)


def _heads_end_pages(lines: list[Line], heads: list[int], furniture: dict[int, str]) -> bool:
    """The column heads at HEADS (indexes, in order) close their pages, all of them: the
    last is followed by less than a page's text (a share of the median text between two
    heads), as a head printed after its page's text is, and one before it is not."""
    if len(heads) < MIN_HEADS_FOR_PLACE:
        return False
    text = [i for i, line in enumerate(lines) if line.text and i not in furniture]
    before = [bisect_left(text, head) for head in heads]  # lines of text before each head
    between = sorted(b - a for a, b in pairwise(before))
    after = len(text) - bisect_left(text, heads[-1])
    return after < between[len(between) // 2] * PAGE_TAIL_SHARE


def _closes_page(lines: list[Line], index: int, furniture: dict[int, str]) -> bool:
    """The head at INDEX is its page's last line: a page starts (a lead space marks it,
    on a blank line or a line of text) before or on the next line of text, furniture
    aside."""
    for following in range(index + 1, len(lines)):
        line = lines[following]
        if line.lead_space:
            return True
        if line.text and following not in furniture:
            return False
    return False


def _cut_head(lines: list[Line], index: int, end: int, ledger: Ledger) -> None:
    """Take the running head glued to the start of the line at INDEX (its first END
    characters) into LEDGER; the rest of the line stays, and starts its page."""
    line = lines[index]
    ledger.record(line.number, line.text[:end].strip(), "running header (glued to text)")
    lines[index] = line._replace(text=line.text[end:].strip(), lead_space=True)


def _photo_labels(lines: list[Line]) -> list[tuple[int, str]]:
    """Numbers set on photos (`1`, `2`, `34`…) and the numbered captions right after
    them (`1.汽车生产线`): without the photos they are debris in the text. Only a run of
    two or more bare numbers counts, so a lone number stays text."""
    found: list[tuple[int, str]] = []
    numbers: list[int] = []
    captions = False  # inside the captions that follow a run of numbers
    for index, line in enumerate(lines):
        text = line.text
        if not text:
            continue
        if len(text) <= _PHOTO_NUMBER_MAX and text.isascii() and text.isdigit():
            numbers.append(index)
            continue
        if len(numbers) >= _PHOTO_NUMBERS_MIN:
            found += [(i, "photo number") for i in numbers]
            captions = True
        numbers = []
        if captions and _PHOTO_CAPTION.match(text):
            found.append((index, "photo caption"))
        else:
            captions = False
    return found


_PHOTO_CAPTION = re.compile(r"^\d{1,2}[.．、]\s*[^\s，。；：！？,;:!?]{2,12}$")
_CAPTION_LINE = re.compile(r"^[^，。；：！？,.;:!?]{2,16}$")


def _photo_captions(lines: list[Line], profile: Profile) -> list[int]:
    """Lines that name what a photo shows (`吸尘器生产线`), with the captions printed in
    one block with them: every line of the block must be a short unpunctuated one."""
    found: list[int] = []
    subjects = profile.photo_subjects
    # the few lines naming a subject, found in one sweep that passes blank lines over
    named = [i for i, line in enumerate(lines) if line.text and line.text.endswith(subjects)]
    for index in named:
        if found and index <= found[-1]:
            continue  # in the block of a line found before
        first = last = index
        while first > 0 and not lines[first - 1].blank:
            first -= 1
        while last + 1 < len(lines) and not lines[last + 1].blank:
            last += 1
        block = range(first, last + 1)
        if all(_CAPTION_LINE.match(lines[i].text) for i in block):
            found += block
    return found


def _is_folio(text: str, profile: Profile) -> bool:
    match = profile.folio.match(text)
    if not match:
        return False
    a, b = match.group("a"), match.group("b")
    if a is None or b is None:
        return True  # the garbled form
    return int(b) == int(a) + 1


def drop_region(
    lines: list[Line],
    start: int,
    end: int,
    reason: str,
    ledger: Ledger,
    *,
    page_edge: bool = False,
) -> None:
    """Blank out lines[start:end] (cover, TOC…): a region the model holds elsewhere.
    PAGE_EDGE: the region is a page of its own, so the text after it starts a page."""
    for index in range(start, end):
        if not lines[index].blank:
            _drop(lines, index, reason, ledger, page_edge=page_edge)


def _credits_authors(text: str, profile: Profile) -> bool:
    """TEXT is a byline that credits authors (`记者 林远`), which a staff writer's
    articles repeat, not the editor a page's foot credits (`责任编辑 林远`)."""
    bylines = parse_byline(text, profile)
    return bylines is not None and not any(b.role in profile.byline_editors for b in bylines)
