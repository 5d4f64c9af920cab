"""Pass: join the printed lines a Markdown converter set as paragraphs of their own.

Some PDF-to-Markdown converters put a blank line after every printed line of a
multi-column page, so each line of a paragraph arrives as a paragraph of its own and
every sentence that wraps is cut. In Chinese type a line inside a paragraph fills the
measure; so where most of an issue's paragraphs are single lines, a line that fills
the measure and stops mid-sentence is joined to the paragraph line after it.
"""

from __future__ import annotations

from collections.abc import Callable

from qtread.parse.chunks import Chunk, ChunkKind
from qtread.parse.classify import has_sentence_end
from qtread.text.cjk import ends_sentence, join_wrapped, printed_width

#: Share of text paragraphs that are one unfinished line, at least, for the file to be
#: one a converter broke line by line; real Markdown paragraphs end their sentences.
LINE_BROKEN_SHARE = 0.5
#: Printed cells a full line may fall short of the measure (squeezed punctuation,
#: a Latin word that did not fit).
FULL_SLACK = 2
#: Lines either side whose widest sets the local measure: enough to reach past a
#: paragraph's short last line to full ones.
NEIGHBOURS = 3
#: Printed cells of a paragraph's first-line indent (two Han characters), which the
#: converter drops: a line of running text (a sentence ends in it, as in no title's
#: line) that falls short of the measure by no more than that is full.
INDENT = 4


def join_printed_lines(
    chunks: list[Chunk], byline_alone: Callable[[str], bool] = lambda _: False
) -> list[Chunk]:
    """CHUNKS with each full, unfinished one-line paragraph joined to the next line,
    when the file is broken line by line; else CHUNKS as they are. A line that is a
    byline alone (BYLINE_ALONE says) is joined to nothing."""
    lines = [chunk for chunk in chunks if _one_line(chunk)]
    texts = sum(chunk.kind is ChunkKind.TEXT for chunk in chunks)
    unfinished = sum(not ends_sentence(chunk.text) for chunk in lines)
    if not texts or unfinished / texts < LINE_BROKEN_SHARE:
        return chunks
    # a bold line or a heading is no line of the running text: it sets no measure
    widths = [printed_width(chunk.lines[-1]) if _one_line(chunk) else 0 for chunk in chunks]
    result: list[Chunk] = []
    for index, chunk in enumerate(chunks):
        before = result[-1] if result else None
        measure = _local_measure(widths, index)
        if before is not None and has_sentence_end(before.lines[-1]):
            measure -= INDENT  # running text (no title ends a sentence), maybe indented
        if (
            before is not None
            and _carries_on(before, chunk, measure)
            and not byline_alone(chunk.text)
            and not byline_alone(before.lines[-1])
        ):
            before.text = join_wrapped(before.text, chunk.text)
            before.lines.extend(chunk.lines)
            before.span = before.span.union(chunk.span)
        else:
            result.append(chunk)
    return result


def _local_measure(widths: list[int], index: int) -> int:
    """The measure around line INDEX: its neighbours' widest line. Columns of one page
    differ (a grid of briefs is narrower than a feature), so no one width serves all."""
    around = widths[max(0, index - NEIGHBOURS) : index + NEIGHBOURS + 1]
    return max(around, default=0)


def _one_line(chunk: Chunk) -> bool:
    return chunk.kind is ChunkKind.TEXT and len(chunk.lines) == 1 and not chunk.emphasis


def _carries_on(before: Chunk, chunk: Chunk, measure: int) -> bool:
    """CHUNK is the next printed line of the paragraph BEFORE ends on a full line of."""
    return (
        before.kind is ChunkKind.TEXT
        and chunk.kind is ChunkKind.TEXT
        and not before.emphasis
        and not chunk.emphasis
        and printed_width(before.lines[-1]) >= measure - FULL_SLACK
        and not ends_sentence(before.text)
    )
