"""Issue metadata from the cover, masthead and back cover, and where those regions end.

The cover and masthead come before the first line of content; the back cover follows
the last. Both are found by the magazine profile's cover patterns, so that a line of
body text is never mistaken for them: the search stops at the first real paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from qtread.model import Metadata
from qtread.parse.issue_date import is_issue_line, read_issue
from qtread.parse.ledger import Ledger
from qtread.parse.lines import Line, last_filled
from qtread.parse.profile import Profile, named_column
from qtread.parse.toc_forms import BARE_PAGE, PageSide, entries_on_line
from qtread.text.cjk import ends_sentence, is_han

_FRONT_WINDOW = 150  # the masthead is always on the first pages
_TOC_ENTRIES_IN_A_ROW = 3  # TOC entry lines in a row that end the cover: a cover line after
# them (the contents page's running foot) is furniture, not cover
_BACK_WINDOW = 25  # non-blank lines at the end that may be back cover
_CONTENT_MIN = 30  # characters in a sentence no cover or masthead prints, at least
_CONTENT_CLAUSES = 2  # clause marks in one such line that only running prose has, at least
# The marks counted, full width and the half-width ones an OCR or converter prints instead.
_CLAUSE_MARKS = "，。；！？,;!?"
#: Printed lines, at most, after the masthead on a cover's page that are its teasers (the
#: titles it sells the issue with, wrapped): more, and the page holds an article's text.
_TEASERS_MAX = 8
_BACK_LINE_MAX = 12  # characters in a back-cover line (letters, no spaces), at most
_VERTICAL_MAX = 2  # characters a line of vertically set text holds, at most
_PADDED_NAME_MAX = 4  # characters in a masthead name printed letter-spaced (俞 斌), at most
#: A column's name, a separator, a title: how a cover lists what the issue holds.
_TEASER = re.compile(r"^(?P<column>[\u3400-\u9fff]{2,6})\s*[｜|丨/／]\s*(?P<title>\S.*)$")


@dataclass(slots=True)
class Covers:
    """What the covers yield: the metadata, where the cover ends and the back cover
    starts, and the cover lines dropped."""

    metadata: Metadata
    front_end: int  # index of the first line after the cover and masthead
    back_start: int  # index of the first back-cover line (len(lines) if none)
    dropped: Ledger = field(default_factory=Ledger)


def _squeeze(text: str) -> str:
    return re.sub(r"[\s*#]", "", text)


def _masthead_label(text: str, profile: Profile) -> str | None:
    """The masthead label TEXT opens with (`主编`, `编 委 会`, letter-spaced or not), unless
    TEXT is the label over the front piece's title (`主编手记`, the profile's
    `front_labels`), which opens the first article, not the masthead."""
    squeezed = _squeeze(text)
    if squeezed in profile.front_labels:
        return None
    for label in (*profile.masthead_groups, *profile.masthead_labels):
        if squeezed.startswith(label):
            return label
    return None


def _running_head(text: str, profile: Profile) -> bool:
    """A page's running head (`潮涌钱塘 · 聚焦钱塘`): the masthead's name beside a column's,
    printed over the pages of the body, where the cover, printed once, names no column."""
    return named_column(_squeeze(text), profile.columns) is not None


def _column_teaser(text: str, profile: Profile) -> bool:
    """`特别策划｜76个项目集中签约…`: a line of the cover selling an article under its
    column's name, a separator between (a contents page's entry prints a page too)."""
    match = _TEASER.match(text.strip())
    return (
        match is not None and match["column"] in profile.columns and not _toc_entry(match["title"])
    )


def _toc_entry(text: str) -> bool:
    """A line that prints a TOC entry (a page before or after a title; in bold or not)."""
    text = text.replace("**", "").strip()
    return any(entries_on_line(text, side) for side in PageSide)


def _is_content(text: str) -> bool:
    """A real paragraph: the cover and masthead never have one. Hard-wrapped prose seldom
    ends a line on a full stop, so a long line with clauses counts too; TEXT is a line,
    or two lines in a row (a narrow column's lines are each shorter than a sentence)."""
    if len(text) < _CONTENT_MIN:
        return False
    return (
        ends_sentence(text) or sum(text.count(mark) for mark in _CLAUSE_MARKS) >= _CONTENT_CLAUSES
    )


def read_covers(
    lines: list[Line], profile: Profile, page_starts: frozenset[int] = frozenset()
) -> Covers:
    """Issue metadata, and where the cover ends and the back cover starts: the body lies
    between them, and what they print goes to the ledger, not into articles. PAGE_STARTS
    (line numbers an extractor opened a page on) end the cover's page: what it printed
    before the next page, past the masthead, is its cover lines."""
    front_end = 0
    entries = 0  # TOC entries in a row: the contents page, not the cover
    page_above = False  # the line before was a page alone: the entry's title follows
    above = ""  # the line before, if it had text: the same paragraph may go on
    for index, line in enumerate(lines[:_FRONT_WINDOW]):
        if line.blank:
            if not (index and lines[index - 1].number == line.number):
                above = ""  # (a gap the source prints; one restored after every printed
            continue  # line of a page's text shows no paragraph's end)
        if front_end and line.number in page_starts:
            teasers = sum(not other.blank for other in lines[front_end:index])
            if teasers <= _TEASERS_MAX:
                front_end = index  # the cover's page ends: its teasers were cover lines too
        if front_end and _column_teaser(line.text, profile):
            front_end, above = index + 1, ""  # (a teaser may end on its question mark)
            continue
        if _is_content(above + line.text) or entries >= _TOC_ENTRIES_IN_A_ROW:
            break
        above = line.text
        if BARE_PAGE.fullmatch(line.text):  # a contents page's page over its entry's title
            page_above = True
            continue
        entries = entries + 1 if page_above or _toc_entry(line.text) else 0
        page_above = False
        if (
            (profile.is_cover_line(line.text) and not _running_head(line.text, profile))
            or _masthead_label(line.text, profile)
            or is_issue_line(line.text)
        ):
            front_end = index + 1
            above = ""  # a cover's line begins no paragraph the next line goes on with
    back_start = _back_cover_start(lines, profile, front_end)
    covers = Covers(Metadata(), front_end, back_start)
    region = [line for line in (*lines[:front_end], *lines[back_start:]) if not line.blank]
    _read_issue(region, profile, covers.metadata)
    _fill_issue(lines, profile, covers.metadata)
    _read_masthead([line for line in lines[:front_end] if not line.blank], profile, covers)
    return covers


def _back_cover_start(lines: list[Line], profile: Profile, floor: int) -> int:
    start = len(lines)
    found = False
    for index in last_filled(lines, _BACK_WINDOW, floor):
        text = lines[index].text
        if profile.is_cover_line(text):
            found, start = True, index
        elif (
            len(_squeeze(text)) <= _BACK_LINE_MAX
            and not ends_sentence(text)
            and not text[0].isdigit()
        ):
            start = index
        else:
            break
    return start if found else len(lines)


def _read_issue(region: list[Line], profile: Profile, meta: Metadata) -> None:
    texts = [line.text.replace("*", "").strip("# ") for line in region]
    for index, text in enumerate(texts):
        squeezed = _squeeze(text)
        if profile.title in squeezed:
            meta.title = profile.title
        if profile.title_en in text.upper():
            meta.title_en = profile.title_en
        for pattern in (profile.issue_line, profile.issue_back, profile.year_month):
            if match := pattern.search(text):
                groups = match.groupdict()
                meta.year = meta.year or int(groups["year"])
                meta.month = meta.month or int(groups["month"])
                if groups.get("number"):
                    meta.issue_number = meta.issue_number or int(groups["number"])
        if profile.issue_word.match(text) and index + 1 < len(texts) and texts[index + 1].isdigit():
            meta.issue_number = meta.issue_number or int(texts[index + 1])
    if meta.title is None and meta.title_en and (meta.issue_number or meta.year):
        meta.title = profile.title  # the English masthead names the magazine as well


def _fill_issue(lines: list[Line], profile: Profile, meta: Metadata) -> None:
    """What the profile's own forms left open, from any form a cover, back cover or
    running head prints the issue in (qtread/parse/issue_date.py)."""
    reading = read_issue(lines, profile.title_forms)
    meta.year = meta.year or reading.year
    meta.month = meta.month or reading.month
    meta.issue_number = meta.issue_number or reading.number


def _read_masthead(front: list[Line], profile: Profile, covers: Covers) -> None:
    """Parse `label value / value` lines; letter-spaced labels and vertical text allowed."""
    labels = profile.masthead_labels
    texts: list[tuple[int, str]] = []
    pending: list[Line] = []
    for line in front:  # vertical text: one or two characters a line, then the value
        if len(line.text) <= _VERTICAL_MAX and all(is_han(ch) for ch in line.text):
            pending.append(line)
            continue
        prefix = "".join(p.text for p in pending)
        texts.append((pending[0].number if pending else line.number, prefix + line.text))
        for held in pending:
            covers.dropped.record(held.number, held.text, "masthead")
        pending = []
    masthead = covers.metadata.masthead
    role: str | None = None
    for number, text in texts:
        label = _masthead_label(text, profile)
        if label in profile.masthead_groups:
            role = None
        elif label is not None or (role and "/" in text):
            parts = _split_labels(text, labels) if label else [(role or "", text)]
            for role, value in parts:
                masthead.setdefault(role, []).extend(_names(role, value, profile))
        reason = "masthead" if label or role else "cover"
        if profile.is_cover_line(text) or _issue_field(text, profile):
            reason = "cover"
        covers.dropped.record(number, text, reason)


def _issue_field(text: str, profile: Profile) -> bool:
    return bool(profile.issue_line.search(text))


def _split_labels(text: str, labels: tuple[str, ...]) -> list[tuple[str, str]]:
    """'书记柯吉欣主任朱党其' → [('书记', '柯吉欣'), ('主任', '朱党其')]."""
    squeezed = re.sub(r"\s+", " ", text)
    pattern = "|".join(r"\s?".join(map(re.escape, label)) for label in labels)
    pieces = re.split(f"({pattern})", squeezed)
    parts: list[tuple[str, str]] = []
    for index in range(1, len(pieces), 2):
        label = pieces[index].replace(" ", "")
        parts.append((label, pieces[index + 1].strip()))
    return parts


def _names(role: str, value: str, profile: Profile) -> list[str]:
    if role in profile.masthead_verbatim:
        return [value.strip()] if value.strip() else []
    names = []
    for part in re.split(r"[/／]", value):
        part = part.strip()
        if not part:
            continue
        if (
            all(is_han(ch) or ch == " " for ch in part)
            and len(part.replace(" ", "")) <= _PADDED_NAME_MAX
        ):
            part = part.replace(" ", "")  # padded two-character names: 俞 斌
        names.append(part)
    return names
