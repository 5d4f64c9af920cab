"""A cut inside a word, judged by the issue's own text (word_cuts.py), and a headline's
line break that falls inside one joining its two lines into one title (headline.py).
Every text here is invented."""

from __future__ import annotations

from qtread.model import LineSpan
from qtread.parse.chunks import Chunk, ChunkKind
from qtread.parse.headline import pieces_of, split_headline
from qtread.parse.word_cuts import IssueWords

TEXT = (
    "园区新建集成电路设计中心，集成电路企业已达三十家。",
    "新区作为全省的试点，新区作为先行者，路线图已经明确。",
    "企业作为创新主体，高校作为人才高地，各自作为。",
)


def _words(*texts: str) -> IssueWords:
    return IssueWords([Chunk(ChunkKind.TEXT, t, LineSpan(n, n), [t]) for n, t in enumerate(texts)])


def test_a_pair_the_issue_prints_together_is_a_word_cut() -> None:
    words = _words(*TEXT)
    assert words.cut_inside_word("构建集成电", "路设计服务平台")  # 电路, twice; 路设 once


def test_a_pair_printed_once_or_rarer_than_the_next_words_start_is_no_cut() -> None:
    words = _words(*TEXT)
    # 区作 twice, but 作为 five times: the cut falls between two words
    assert not words.cut_inside_word("新区", "作为全省的试点")
    assert not words.cut_inside_word("园区新建", "集成电路")  # 建集: once
    assert not words.cut_inside_word("争当先行", "者计划")  # 行者 once: by chance
    assert not words.cut_inside_word("构建集成电", "Chip 平台")  # no Han letter after


def test_a_headline_wrapped_inside_a_word_is_one_title() -> None:
    pieces = pieces_of(["成都高新区 构建集成电", "路“1+1+N”技术服务平台"])
    words = _words(*TEXT)
    headline = split_headline(pieces, inside_word=words.cut_inside_word)
    assert headline.title == "成都高新区 构建集成电路“1+1+N”技术服务平台"
    assert headline.subtitle is None
    split = split_headline(pieces)  # no evidence: a title over its deck
    assert split.subtitle == "路“1+1+N”技术服务平台"
