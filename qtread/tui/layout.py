"""The issue as pre-wrapped lines: what the reading pane draws, one `Line` per screen row.

Two stages, so that a re-flow after a resize or a width change is cheap:

* `build_paras` turns the model into width-independent `Para`s (title, subtitle, bylines,
  blocks…) and is run once per issue; a para cuts its text into kinsoku groups the first
  time it is flowed, and a paragraph longer than `MAX_PARA_CHARS` is cut into several
  paras (at sentence ends), so that no single para costs much to lay out.
* `flow` packs the paras into `Line`s for one column width; only this runs on a re-flow.
  A `Layout` can also be made in steps (`Layout.start`, `extend`): the reader lays out
  what the first screen shows, and the rest while it is being read.

Every line remembers the para and the character range it shows, so a position can be kept
as (para, offset) across widths, and search hits in para text map back to lines.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import chain

from qtread.model import Article, BlockType, Issue
from qtread.text.cjk import cell_width, has_own_list_mark
from qtread.text.credits import credits_text
from qtread.text.linebreak import Group, fill, segment
from qtread.text.sanitize import visible


class Kind(StrEnum):
    """What a line shows; decides its style and alignment."""

    SECTION = "section"
    TITLE = "title"
    SUBTITLE = "subtitle"
    BYLINE = "byline"
    BODY = "body"
    SUBHEADING = "subheading"
    LIST = "list"
    CAPTION = "caption"
    QUOTE = "quote"
    CHRONO = "chrono"
    TABLE = "table"
    BLANK = "blank"
    RULE = "rule"


#: Kinds centred in the column.
CENTRED = frozenset({Kind.SECTION, Kind.TITLE, Kind.SUBTITLE, Kind.BYLINE, Kind.CAPTION})
#: Kinds that follow each other without a blank line (consecutive list items, say).
_RUNS = frozenset({Kind.LIST, Kind.CHRONO, Kind.TABLE})
_HEADER = (Kind.SECTION, Kind.TITLE, Kind.SUBTITLE, Kind.BYLINE)

_BLOCK_KIND = {
    BlockType.PARAGRAPH: Kind.BODY,
    BlockType.SUBHEADING: Kind.SUBHEADING,
    BlockType.LIST_ITEM: Kind.LIST,
    BlockType.CAPTION: Kind.CAPTION,
    BlockType.QUOTE: Kind.QUOTE,
    BlockType.TABLE_ROW: Kind.TABLE,
    BlockType.CHRONOLOGY: Kind.CHRONO,
}

#: Para.block values for the parts of an article that are not blocks.
TITLE_PART, SUBTITLE_PART, BYLINE_PART, SECTION_PART = -1, -2, -3, -4

INDENT_CELLS = 4  # 2em: two full-width characters
#: Characters of a paragraph laid out as one para. A longer one (a whole issue extracted
#: as one line, say) is cut into paras of about this size, so that laying out the screen
#: around a place never means laying out megabytes first. Printed paragraphs stay whole:
#: the longest in the samples has some 1,500 characters.
MAX_PARA_CHARS = 4000
#: Where a long paragraph is cut: after the end of a sentence, as near the size as can be.
_SENTENCE_END = re.compile(r"[。！？!?…」』”）)]+")


@dataclass(slots=True)
class Para:
    """A width-independent piece of the issue: a title, a byline, a block of body text."""

    kind: Kind
    text: str  # as displayed: control characters made visible, same length as the source
    article: int
    block: int  # index in article.blocks, or one of the *_PART constants
    skip: int = 0  # leading characters not drawn: spaces (we indent), a date shown as label
    label: str = ""  # drawn before the first line (date of a chronology entry)
    base: int = 0  # where `text` starts in its block's text (a long paragraph's later part)
    _groups: list[Group] | None = None

    @property
    def continued(self) -> bool:
        """A later part of a long paragraph: no indent, no gap before it."""
        return self.base > 0

    @property
    def groups(self) -> list[Group]:
        """The text after `skip`, cut into kinsoku groups (once, when first flowed)."""
        if self._groups is None:
            self._groups = segment(self.text[self.skip :])
        return self._groups


@dataclass(frozen=True, slots=True)
class Line:
    """One screen row of the reading column."""

    kind: Kind
    article: int
    para: int  # -1 for blank lines and rules
    start: int  # character range of para.text shown on this line
    end: int
    text: str
    prefix: str = ""  # indent, bullet, bar or date label, drawn before the text


def byline_text(article: Article) -> str:
    """The article's credits as the reader shows them, under its title."""
    return credits_text(article.credits)


def build_paras(issue: Issue) -> list[Para]:
    """All the text of the issue in reading order, ready to be flowed at any width."""
    paras: list[Para] = []
    index = 0
    for section in issue.sections:
        for position, article in enumerate(section.articles):
            if position == 0 and section.name:
                paras.append(Para(Kind.SECTION, visible(section.name), index, SECTION_PART))
            paras.append(Para(Kind.TITLE, visible(article.title), index, TITLE_PART))
            if article.subtitle:
                paras.append(Para(Kind.SUBTITLE, visible(article.subtitle), index, SUBTITLE_PART))
            if article.credits:
                paras.append(Para(Kind.BYLINE, visible(byline_text(article)), index, BYLINE_PART))
            for number, block in enumerate(article.blocks):
                para = Para(
                    _BLOCK_KIND.get(block.type, Kind.BODY), visible(block.text), index, number
                )
                if para.kind is Kind.CHRONO and block.date:
                    para.label = visible(block.date)
                    if para.text.startswith(block.date):
                        rest = para.text[len(block.date) :]
                        para.skip = len(block.date) + len(rest) - len(rest.lstrip(" 　:：，,"))
                paras.append(para)
            index += 1
    for para in paras:
        rest = para.text[para.skip :]
        para.skip += len(rest) - len(rest.lstrip())
    return [part for para in paras for part in _parts(para)]


def _parts(para: Para) -> list[Para]:
    """PARA, or a long one cut after sentence ends into paras of about MAX_PARA_CHARS."""
    text = para.text
    if len(text) <= MAX_PARA_CHARS:
        return [para]
    parts = []
    start = 0
    while start < len(text):
        end = min(start + MAX_PARA_CHARS, len(text))
        if end < len(text):
            cuts = [m.end() for m in _SENTENCE_END.finditer(text, start + MAX_PARA_CHARS // 2, end)]
            end = cuts[-1] if cuts else end
        first = start == 0
        parts.append(
            Para(
                para.kind,
                text[start:end],
                para.article,
                para.block,
                skip=para.skip if first else 0,
                label=para.label if first else "",
                base=start,
            )
        )
        start = end
    return parts


def _prefixes(para: Para, indent: bool) -> tuple[str, str]:
    """What to draw before the first line and before the others."""
    if para.continued:
        _, rest = _prefixes(_first_part(para), indent)
        return rest, rest
    if para.kind is Kind.BODY:
        return (" " * INDENT_CELLS if indent else "", "")
    if para.kind is Kind.LIST:
        bullet = "" if has_own_list_mark(para.text) else "• "
        return (bullet, "  " if bullet else "")
    if para.kind is Kind.QUOTE:
        return ("┃ ", "┃ ")
    if para.kind is Kind.CHRONO:
        label = para.label or "◆"
        return (label + "  ", " " * (cell_width(label) + 2))
    if para.kind is Kind.TABLE:
        return ("  ", "  ")
    return ("", "")


def text_chars(paras: list[Para]) -> int:
    """Characters of text in PARAS: how big an issue is to lay out."""
    return sum(len(para.text) for para in paras)


def _first_part(para: Para) -> Para:
    """A para like the first part of PARA's paragraph (for its prefixes)."""
    return Para(para.kind, "", para.article, para.block, label=para.label)


@dataclass(slots=True)
class Layout:
    """The issue flowed at one column width: all of it (`flow`), or as far as it has been
    laid out yet (`start`, then `extend`)."""

    width: int
    indent: bool
    paras: list[Para]
    lines: list[Line] = field(default_factory=list)
    para_lines: list[int] = field(default_factory=list)  # first line of each para laid out
    article_lines: list[int] = field(default_factory=list)  # first line of each article
    chars_laid_out: int = 0
    _chars: int | None = None  # of all the paras, counted once (`estimated_lines`)

    @classmethod
    def start(cls, paras: list[Para], width: int, indent: bool = True, lines: int = 0) -> Layout:
        """A layout of PARAS with at least LINES lines laid out (all of them if fewer)."""
        layout = cls(width, indent, paras)
        layout.extend(lines=lines)
        return layout

    @property
    def complete(self) -> bool:
        """Is every para laid out?"""
        return len(self.para_lines) == len(self.paras)

    @property
    def estimated_lines(self) -> int:
        """How many lines the whole issue will take: the count once complete, until then
        the lines so far scaled by the characters still to lay out (for percentages)."""
        if self.complete or not self.chars_laid_out:
            return max(len(self.lines), 1)
        if self._chars is None:  # asked at every status line update: count once
            self._chars = text_chars(self.paras)
        return max(round(len(self.lines) * self._chars / self.chars_laid_out), len(self.lines), 1)

    def extend(self, *, lines: int | None = None, until_para: int | None = None) -> None:
        """Lay out more paras: until LINES more lines are there, or until para UNTIL_PARA
        is laid out (and the one after it, which ends it), or, with neither, all of them."""
        stop_at = None if lines is None else len(self.lines) + lines
        lines_, width, indent = self.lines, self.width, self.indent
        number = len(self.para_lines)
        previous = self.paras[number - 1] if number else None
        while number < len(self.paras):
            if stop_at is not None and len(lines_) >= stop_at:
                break
            if until_para is not None and number > until_para + 1:
                break
            para = self.paras[number]
            new_article = previous is None or para.article != previous.article
            if new_article:
                if previous is not None:
                    lines_.extend(
                        Line(Kind.BLANK, previous.article, -1, 0, 0, "") for _ in range(2)
                    )
                self.article_lines.append(len(lines_))
            elif previous is not None and _needs_gap(previous, para, indent):
                lines_.append(Line(Kind.BLANK, para.article, -1, 0, 0, ""))
            if previous is not None and previous.kind in _HEADER and para.kind not in _HEADER:
                lines_.append(Line(Kind.RULE, para.article, -1, 0, 0, ""))
                lines_.append(Line(Kind.BLANK, para.article, -1, 0, 0, ""))
            self.para_lines.append(len(lines_))
            first, rest = _prefixes(para, indent)
            first_w, rest_w = cell_width(first), cell_width(rest)
            pieces = fill(para.groups, width - rest_w, max(first_w - rest_w, 0))
            offset = para.skip
            for row, piece in enumerate(pieces):
                end = offset + len(piece)
                prefix = first if row == 0 else rest
                lines_.append(Line(para.kind, para.article, number, offset, end, piece, prefix))
                offset = end
            self.chars_laid_out += len(para.text)
            previous = para
            number += 1

    def extend_to_article(self, article: int) -> None:
        """Lay out at least up to the start of ARTICLE (a jump to it)."""
        while len(self.article_lines) <= article and not self.complete:
            self.extend(lines=2000)

    def line_of(self, para: int, offset: int = 0) -> int:
        """The line showing character `offset` of a para (laid out first if need be)."""
        if 0 <= para < len(self.paras) and para + 1 >= len(self.para_lines):
            self.extend(until_para=para)
        if not 0 <= para < len(self.para_lines):
            return 0
        first = self.para_lines[para]
        last = self.para_lines[para + 1] if para + 1 < len(self.para_lines) else len(self.lines)
        row = first
        while (
            row + 1 < last
            and self.lines[row + 1].para == para
            and self.lines[row + 1].start <= offset
        ):
            row += 1
        return row

    def article_at(self, row: int) -> int:
        """The article a row belongs to."""
        if not self.article_lines:
            return 0
        return max(bisect_right(self.article_lines, row) - 1, 0)

    def article_range(self, article: int) -> tuple[int, int]:
        """First row and end row (exclusive) of an article."""
        start = self.article_lines[article]
        end = (
            self.article_lines[article + 1]
            if article + 1 < len(self.article_lines)
            else len(self.lines)
        )
        return start, end

    def anchor(self, row: int) -> tuple[int, int]:
        """A width-independent place for a row: (para, offset), the nearest text at or after it."""
        lines = self.lines
        after = range(max(row, 0), len(lines))
        before = range(min(row, len(lines)) - 1, -1, -1)
        for index in chain(after, before):
            if lines[index].para >= 0:
                return lines[index].para, lines[index].start
        return 0, 0


def flow(paras: list[Para], width: int, indent: bool = True) -> Layout:
    """Wrap every para to `width` cells and stack the lines, with blank lines between."""
    layout = Layout(width, indent, paras)
    layout.extend()
    return layout


def _needs_gap(previous: Para, para: Para, indent: bool) -> bool:
    if para.continued:
        return False
    if previous.kind in _HEADER and para.kind in _HEADER:
        return previous.kind is Kind.SECTION
    if previous.kind is para.kind and para.kind in _RUNS:
        return False
    return not (indent and previous.kind is Kind.BODY and para.kind is Kind.BODY)
