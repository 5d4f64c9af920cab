"""PDF text as frames: runs of adjacent printed lines cut at page starts, the column's
width at each line (page by page), and titles the extraction glued to a body line or
printed directly above one split off."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from qtread.model import LineSpan
from qtread.parse.chunks import Chunk, ChunkKind, marks_only
from qtread.parse.lines import Line
from qtread.text.cjk import ends_sentence, printed_width

CLAUSE = re.compile("[，。；：,;]")  # clause punctuation inside a line: running text, not a title
_LABEL_LINE = re.compile(r"^[^\s，。；、,;：:]{2,16}[：:]$")  # `杭州临江高科园：` heads a title
_GLUE = re.compile(r"(?<=[\u3400-\u9fff”」』）》])\s+(?=[\u3400-\u9fff“「『（《])")
_WINDOW = 12  # frames either side that estimate the local column width
_SPLIT_MIN = 2  # printed lines of a frame, at least, to split: a title's line and a body line


def split_heading(frame: Chunk, column: int) -> list[Chunk]:
    """A title printed directly above its first body line arrives as one frame: split it
    where a short line is followed by lines that fill the column."""
    if len(frame.lines) < _SPLIT_MIN:
        return [frame]
    first, rest = frame.lines[0], frame.lines[1:]
    if (
        ends_sentence(first)
        or printed_width(first) >= column * 0.75
        or min(printed_width(t) for t in rest[:-1] or rest) < column - 4
    ):
        return [frame]
    first_line = frame.span.first
    return _cut(frame, [first], list(rest), head_last=first_line, tail_first=first_line + 1)


def split_marks_off(frame: Chunk) -> list[Chunk]:
    """Lines of lone marks over text lines in one frame (`•` / `•` / `北湖新区：…`): the
    marks are no letters of the text under them, so they are a chunk apart."""
    lines = frame.lines
    count = 0
    while count < len(lines) and marks_only(lines[count]):
        count += 1
    if count == 0 or count == len(lines):
        return [frame]
    joint = frame.span.first + count
    return _cut(frame, lines[:count], lines[count:], head_last=joint - 1, tail_first=joint)


def split_glued_title(frame: Chunk) -> list[Chunk]:
    """`杭州临江高科园：` over `打造…产业集群 民经济的快速…`: a labelled title whose last
    line the extraction glued to the body line beside it, with one space between. The
    title ends at that space; the rest is running text."""
    lines = frame.lines
    if len(lines) < _SPLIT_MIN or not _LABEL_LINE.match(lines[0]):
        return [frame]
    for position, line in enumerate(lines[1:], start=1):
        match = _GLUE.search(line)
        if match is None or CLAUSE.search(line[: match.start()]):
            continue
        head_lines = [*lines[:position], line[: match.start()]]
        tail_lines = [line[match.end() :], *lines[position + 1 :]]
        joint = frame.span.first + position
        return _cut(frame, head_lines, tail_lines, head_last=joint, tail_first=joint)
    return [frame]


def _cut(
    frame: Chunk, head_lines: list[str], tail_lines: list[str], *, head_last: int, tail_first: int
) -> list[Chunk]:
    """FRAME as two chunks: a head that keeps its page start and gap, then the rest."""
    head = Chunk(
        frame.kind,
        "".join(head_lines),
        LineSpan(frame.span.first, head_last),
        head_lines,
        page_break=frame.page_break,
        gap=frame.gap,
        emphasis=frame.emphasis,
    )
    tail_span = LineSpan(tail_first, max(tail_first, frame.span.last))
    tail = Chunk(
        frame.kind, "".join(tail_lines), tail_span, tail_lines, gap=0, emphasis=frame.emphasis
    )
    return [head, tail]


def line_frames(lines: list[Line]) -> Iterator[Chunk]:
    """Runs of adjacent lines; a line that starts a printed page starts a new run, and so
    does a line in bold after plain ones or plain after bold (a converter's marks say which
    lines a title's weight sets apart); a bold span opening a line is a run of its own.

    A run's span is set once, when it is complete: this loop runs for every line."""
    current: Chunk | None = None
    last = 0  # the number of the current run's last line
    gap = 0
    marker = False  # a line holding only a space marks the next page start
    for number, text, lead_space, trail_space, removed, bold in lines:
        if not text:
            marker = marker or lead_space
            if current is not None:
                yield _ended(current, last)
                current = None
            gap += not removed
            continue
        page_break = marker or (lead_space and (current is not None or gap == 0))
        marker = False
        if trail_space and text[-1:].isascii():
            text += " "
        emphasis = bool(bold) and text.startswith(bold)
        if emphasis and len(text.rstrip()) > len(bold):  # `**标题** 正文…`: a bold title run in
            if current is not None:
                yield _ended(current, last)
            yield _bold_title(bold, number, page_break, gap)
            text, page_break, gap, emphasis = text[len(bold) :].lstrip(), False, 0, False
            current = None
        if current is not None and not page_break and current.emphasis == emphasis:
            current.lines.append(text)
            last = number
            continue
        if current is not None:
            yield _ended(current, last)
        # positional: keywords cost a third of the call
        current = Chunk(
            ChunkKind.TEXT,
            text,
            LineSpan(number, number),
            [text],
            0,
            page_break,
            gap,
            False,
            emphasis,
        )
        last = number
        gap = 0
    if current is not None:
        yield _ended(current, last)


def _bold_title(text: str, number: int, page_break: bool, gap: int) -> Chunk:
    """The bold span opening line NUMBER as a frame of its own: a converter set it in a
    title's weight, and the text after it is the title's article."""
    return Chunk(
        ChunkKind.TEXT, text, LineSpan(number, number), [text], 0, page_break, gap, emphasis=True
    )


def _ended(frame: Chunk, last: int) -> Chunk:
    """FRAME with its span running to line LAST, the number of its last line; where the
    lines came out of order (a column read in from above), the span covers both ends."""
    if frame.span.last != last:
        frame.span = frame.span.union(LineSpan(last, last))
    return frame


def page_columns(frames: list[Chunk]) -> list[int]:
    """`_columns` page by page: the layout changes at a page break, so the lines of one
    page say nothing about the measure of the next."""
    columns: list[int] = []
    start = 0
    for index in range(1, len(frames) + 1):
        if index == len(frames) or frames[index].page_break:
            columns += _columns(frames[start:index])
            start = index
    return columns


def _columns(frames: list[Chunk]) -> list[int]:
    """The column's width at each line: the commonest width of the single lines around it.

    Justified body lines share one width, while titles, captions and last lines vary, so
    the mode (in buckets of two cells; the wider bucket on a tie) finds the measure even
    where a wide lead or a narrow box sits nearby. A sliding window keeps this linear; it
    is a plain dict, not a Counter, as it is updated for every line (a dict subclass
    misses the interpreter's fast path for subscripts).
    """
    buckets = [printed_width(f.lines[0]) // 2 if len(f.lines) == 1 else None for f in frames]
    window = dict(Counter(b for b in buckets[: _WINDOW + 1] if b is not None))
    mode = max(((count, b) for b, count in window.items()), default=None)
    columns = []
    for index, frame in enumerate(frames):
        if index > 0:
            entering = buckets[index + _WINDOW] if index + _WINDOW < len(frames) else None
            leaving = buckets[index - _WINDOW - 1] if index > _WINDOW else None
            if entering == leaving:  # the window, and so its mode, stays as it was
                entering = leaving = None
            if entering is not None:
                count = window[entering] = window.get(entering, 0) + 1
                if mode is None or (count, entering) > mode:
                    mode = (count, entering)
            if leaving is not None:
                window[leaving] -= 1
                if not window[leaving]:
                    del window[leaving]
                if mode is not None and mode[1] == leaving:  # only then can the mode move
                    mode = max(((count, b) for b, count in window.items()), default=None)
        columns.append(mode[1] * 2 + 1 if mode else printed_width(frame.lines[0]))
    return columns
