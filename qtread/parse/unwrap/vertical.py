"""Vertical labels: a column's name or a title set top to bottom, one letter a line.

An extractor gives each letter of a vertically set label a line of its own (`卷`, `首`,
`语`). Left apart, the letters read as one-letter titles or drop caps, and the label's
word is lost; joined, the label is one short line like any other.
"""

from __future__ import annotations

from itertools import groupby

from qtread.model import LineSpan
from qtread.parse.chunks import Chunk, ChunkKind
from qtread.text.cjk import is_han

#: Lone letters in a row, at least, that are a vertical label: a two-line masthead label
#: (`主` / `编`) is read by the masthead pass, and one letter is a drop cap.
VERTICAL_MIN = 3


def join_vertical_labels(chunks: list[Chunk]) -> list[Chunk]:
    """CHUNKS with each run of `VERTICAL_MIN` or more one-letter chunks joined into one."""
    result: list[Chunk] = []
    for lone, group in groupby(chunks, key=_lone_letter):
        run = list(group)
        if not lone or len(run) < VERTICAL_MIN:
            result.extend(run)
            continue
        text = "".join(chunk.text for chunk in run)
        span = LineSpan(run[0].span.first, run[-1].span.last)
        result.append(
            Chunk(ChunkKind.TEXT, text, span, [text], page_break=run[0].page_break, gap=run[0].gap)
        )
    return result


def _lone_letter(chunk: Chunk) -> bool:
    return chunk.kind is ChunkKind.TEXT and len(chunk.text) == 1 and is_han(chunk.text)
