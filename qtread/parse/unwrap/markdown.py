"""Markdown and flowed text: blocks between blank lines, `#`, `-` and `>` marks read as
headings, list items and quotes, hard breaks kept, and the inline emphasis marks dropped."""

from __future__ import annotations

import re
from collections.abc import Iterator

from qtread.model import LineSpan
from qtread.parse.chunks import Chunk, ChunkKind
from qtread.parse.lines import Line
from qtread.text.cjk import join_wrapped

_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_LIST = re.compile(r"^(?:[-*+]|\d{1,2}[.)])\s+(.*)$")
_QUOTE = re.compile(r"^>\s?(.*)$")
_BOLD = re.compile(r"\*\*")
#: `_斜体_` or `*斜体*` around a run: italics, marked with no letter or digit outside.
_ITALIC = re.compile(r"(?<![A-Za-z0-9_*])([_*])(?=\S)([^_*\n]+?)(?<=\S)\1(?![A-Za-z0-9_*])")
_WHOLLY_BOLD = re.compile(r"^\*\*[^*]+\*\*$")  # a line set bold from end to end
CJK_GAP = re.compile(
    r"(?<=[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef“”‘’])\s+(?=[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef“”‘’])"
)


def clean_inline(text: str) -> str:
    """Markdown emphasis carries no meaning in these files; the text inside it does."""
    return _ITALIC.sub(r"\2", _BOLD.sub("", text)).strip()


def markdown_chunks(lines: list[Line], *, one_line_paragraphs: bool) -> Iterator[Chunk]:
    """Chunks of Markdown (or flowed OCR text, ONE_LINE_PARAGRAPHS): headings, list
    items and quotes as marked, paragraphs between blank lines, markup dropped."""
    gap = 0
    current: Chunk | None = None
    hard_break = False
    for line in lines:
        if line.blank:
            if current:
                yield current
                current = None
            gap += not line.removed
            continue
        text = line.text
        kind, level = ChunkKind.TEXT, 0
        if match := _HEADING.match(text):
            kind, level, text = ChunkKind.HEADING, len(match.group(1)), match.group(2)
        elif match := _LIST.match(text):
            kind, text = ChunkKind.LIST_ITEM, match.group(1)
        elif match := _QUOTE.match(text):
            kind, text = ChunkKind.QUOTE, match.group(1)
        emphasis = kind is ChunkKind.TEXT and _WHOLLY_BOLD.match(text) is not None
        text = clean_inline(text)
        continues = (
            not emphasis
            and not (current is not None and current.emphasis)
            and current is not None
            and kind is ChunkKind.TEXT
            and not one_line_paragraphs
            and current.kind is not ChunkKind.HEADING
        )
        if continues and current is not None:
            current.lines.append(text)
            current.text = join_wrapped(current.text, text, printed_space=hard_break)
            current.span = LineSpan(current.span.first, line.number)
        else:
            if current:
                yield current
            span = LineSpan(line.number, line.number)
            current = Chunk(kind, text, span, [text], level, gap=gap, emphasis=emphasis)
            gap = 0
        hard_break = line.trail_space
    if current:
        yield current
