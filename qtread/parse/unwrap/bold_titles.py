"""Titles in bold that wrapped: a converter marks each printed line of a title in bold
(`**助推中小企业融资标准化**` / `**票据规范性制度出台**`), and where it leaves a blank after
every line, each arrives as a title of its own. Joined, they are the one title they print.
"""

from __future__ import annotations

from qtread.model import LineSpan
from qtread.parse.chunks import Chunk, ChunkKind
from qtread.text.cjk import DECK_DASHES, ends_sentence, join_wrapped, printed_width

#: Characters of a bold title's line, at most: longer bold text is a lead or a box.
BOLD_TITLE_LINE_MAX = 40
#: Blank lines between a title's wrapped lines, at most: the one the converter leaves
#: after every line. More is a gap the layout left between two titles.
BOLD_WRAP_GAP = 1


def join_bold_title_lines(chunks: list[Chunk]) -> list[Chunk]:
    """CHUNKS with each bold title line joined to the bold line under it that carries it
    on: a title fills its first line before it wraps, so the line that goes on is no wider
    (a short bold line over a wider one, `动态` over a headline, is a label over a title)."""
    result: list[Chunk] = []
    for chunk in chunks:
        before = result[-1] if result else None
        if before is not None and _wraps_into(before, chunk):
            text = join_wrapped(before.text, chunk.text)
            span = LineSpan(before.span.first, chunk.span.last)
            # one line: the wrap is undone, and no later pass reads its lines as a title
            # over its deck
            result[-1] = Chunk(
                ChunkKind.TEXT,
                text,
                span,
                [text],
                page_break=before.page_break,
                gap=before.gap,
                emphasis=True,
            )
            continue
        result.append(chunk)
    return result


def _wraps_into(title: Chunk, chunk: Chunk) -> bool:
    """CHUNK is the next printed line of the bold TITLE."""
    if not (title.emphasis and chunk.emphasis) or chunk.page_break or chunk.gap > BOLD_WRAP_GAP:
        return False
    above, below = title.lines[-1].strip(), chunk.text.strip()
    return (
        len(title.lines) == 1
        and len(chunk.lines) == 1
        and len(above) <= BOLD_TITLE_LINE_MAX
        and len(below) <= BOLD_TITLE_LINE_MAX
        and not ends_sentence(above)
        and not below.startswith(DECK_DASHES)  # a deck under its title
        and printed_width(above) >= printed_width(below)
    )
