"""Run-in headlines: a digest prints a brief's title in brackets at the start of its text
(`【四大行下调大额存单利率】工、农、中、建四大行…`). Left in the paragraph, the title is
lost to the segmenter; set apart, it is a bracketed headline like one on its own line.
"""

from __future__ import annotations

from qtread.model import LineSpan
from qtread.parse.chunks import Chunk, ChunkKind
from qtread.parse.classify import bracketed_headline

RUN_IN_TITLE_MAX = 40  # characters of a run-in title in its brackets, at most
RUN_IN_TEXT_MIN = 8  # characters of text after it, at least: a paragraph, not a label


def split_run_in_titles(chunks: list[Chunk]) -> list[Chunk]:
    """CHUNKS with each bracketed headline that opens a paragraph set apart from it."""
    result: list[Chunk] = []
    for chunk in chunks:
        text = chunk.text
        close = text.find("】", 0, RUN_IN_TITLE_MAX + 2) if text.startswith("【") else -1
        rest = text[close + 1 :].strip() if close > 0 else ""
        if (
            chunk.kind is not ChunkKind.TEXT
            or close < 0
            or len(rest) < RUN_IN_TEXT_MIN
            or not bracketed_headline(text[: close + 1])
        ):
            result.append(chunk)
            continue
        title = text[: close + 1]
        first = chunk.span.first
        result.append(
            Chunk(
                ChunkKind.TEXT,
                title,
                LineSpan(first, first),
                [title],
                page_break=chunk.page_break,
                gap=chunk.gap,
            )
        )
        result.append(Chunk(ChunkKind.TEXT, rest, chunk.span, [rest], gap=0))
    return result
