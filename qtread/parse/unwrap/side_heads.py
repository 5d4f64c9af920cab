"""Side heads: a headline set beside its text, in a margin of its own, wraps to a
second line that an extraction reading by height puts after the text's first line
(`打通国际认证壁垒"一带一` / `12月16日上线…为我` / `路"认证信息服务平台上线` / `业进出口…`).
Once `rejoin` has joined the text's lines round it, the second line stands alone after
the text; this pass sets it back on the first."""

from __future__ import annotations

from collections.abc import Callable

from qtread.parse.chunks import Chunk, ChunkKind, runs_on
from qtread.parse.classify import has_sentence_end
from qtread.parse.word_cuts import IssueWords
from qtread.text.cjk import DECK_DASHES, is_han, join_wrapped, printed_width

#: Line numbers, at most, from a side head's first line to its second, the text's first
#: line between them (an extraction may print a blank line after each).
SIDE_HEAD_REACH = 4
#: Characters, at least, in a side head's first line: a headline fills its margin's
#: measure before it wraps; a shorter line is a label or a name.
SIDE_HEAD_LINE_MIN = 8
_HEAD_AND_TEXT = 2  # chunks before a side head's second line, at least: its first line, the text


def join_side_heads(
    chunks: list[Chunk], byline_alone: Callable[[str], bool] = lambda _: False
) -> list[Chunk]:
    """CHUNKS with each side head's second line joined to its first. BYLINE_ALONE tells
    a byline, which may stand in the margin too but is no headline's line."""
    result: list[Chunk] = []
    words = IssueWords(chunks)
    for chunk in chunks:
        if (
            len(result) >= _HEAD_AND_TEXT
            and _second_line(result[-2], result[-1], chunk, byline_alone)
            and words.one_phrase(result[-2].text, chunk.text)
        ):
            head = result[-2]
            head.text = join_wrapped(head.text, chunk.text)
            head.lines.extend(chunk.lines)
            head.span = head.span.union(chunk.span)
            continue
        result.append(chunk)
    return result


def _second_line(
    head: Chunk, text: Chunk, line: Chunk, byline_alone: Callable[[str], bool]
) -> bool:
    """LINE, a short open line lifted out of TEXT (it sits among TEXT's lines), is the
    second line of HEAD, the short open line right above TEXT's first. All three are set
    line under line, no wider apart than the text's own lines: a title over a gap, or a
    subheading after one, is no side head."""
    return (
        # the cheap test first, as this runs for every chunk: LINE sits among TEXT's
        # lines, which a chunk in reading order never does
        head.span.last < text.span.first < line.span.first < text.span.last
        and line.span.first - head.span.last <= SIDE_HEAD_REACH
        and head.kind is ChunkKind.TEXT
        and line.kind is ChunkKind.TEXT
        and text.kind is ChunkKind.TEXT
        and head.short
        and line.short
        and text.gap <= 1
        and line.gap <= 1
        and len(head.text) >= SIDE_HEAD_LINE_MIN
        and (is_han(head.text[:1]) or head.text[:1] in "“《「")
        and "——" not in head.text  # a headline with its deck is whole
        and not runs_on(head.text)
        and not runs_on(line.text)
        and not line.text.startswith(DECK_DASHES)
        and not has_sentence_end(line.text[:-1])  # a sentence ends inside: running text
        and printed_width(line.text) <= printed_width(head.text)
        and not byline_alone(line.text)
    )
