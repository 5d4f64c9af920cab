"""A byline alone is no sentence left open (unwrap/rejoin.py): it ends on a name, and a
`、` between names reads as a clause mark, but the text under it is its article's, not
its continuation. Invented text."""

from __future__ import annotations

from qtread.model import LineSpan
from qtread.parse.byline_lines import byline_alone
from qtread.parse.chunks import Chunk, ChunkKind
from qtread.parse.profile import load_profile
from qtread.parse.unwrap import rejoin_breaks

BYLINE = "本刊记者／林望舒　通讯员／周远、陈默"
STANDFIRST = "北湖区探索基层治理新模式"
OPENING = "湖畔新城今年将启动十项民生工程，涵盖道路、学校和公园建设。"


def _chunks() -> list[Chunk]:
    return [
        Chunk(ChunkKind.TEXT, text, LineSpan(line, line), [text])
        for line, text in ((1, BYLINE), (3, STANDFIRST), (5, OPENING))
    ]


def test_a_byline_alone_takes_no_text_under_its_standfirst() -> None:
    texts = [chunk.text for chunk in rejoin_breaks(_chunks(), byline_alone(load_profile()))]
    assert texts == [BYLINE, STANDFIRST, OPENING]


def test_untold_the_byline_would_read_as_a_sentence_cut() -> None:
    assert rejoin_breaks(_chunks())[0].text == BYLINE + OPENING
