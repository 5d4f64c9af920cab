"""An article's headline where the TOC names it: the entry's wording completes a title the
body printed in pieces, and what it took in is no subtitle as well. Invented text."""

from __future__ import annotations

from qtread.model import LineSpan, TocEntry
from qtread.parse.chunks import Chunk, ChunkKind
from qtread.parse.headline import Headline
from qtread.parse.segment.articles import headline_of
from qtread.parse.segment.common import Anchor


def headline(lines: list[str], listed: str) -> Headline:
    chunks = [Chunk(ChunkKind.TEXT, "".join(lines), LineSpan(1, len(lines)), lines=lines)]
    anchor = Anchor(start=0, title=chunks[0].text, title_chunks=[0], entry=TocEntry(listed))
    return headline_of(chunks, anchor, lambda _head, _tail: False)


def test_the_rest_of_a_headline_the_entry_took_in_is_no_subtitle_too() -> None:
    # a narrow box: the lines alone read as a title over a deck; the entry has it whole
    lines = ["旧小区大改造", "焕发青春 加装电", "梯打造新宜居生", "活"]
    listed = "旧小区大改造焕发青春 加装电梯打造新宜居生活"
    assert headline(lines, listed) == Headline(listed, None)


def test_a_subtitle_the_entry_does_not_hold_stays() -> None:
    lines = ["以匠心讲好制造故事", "北湖区发布先进制造业品牌计划"]
    assert headline(lines, "以匠心讲好制造故事") == Headline(*lines)
