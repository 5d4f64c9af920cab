"""Bylines a layout prints at its articles' ends (segment/roles.py `closing_layout`), and
a converter's bold byline kept whole (chunks.py `fragment`). Every name and text here is
invented."""

from __future__ import annotations

from qtread.model import LineSpan
from qtread.parse.chunks import Chunk, ChunkKind
from qtread.parse.profile import load_profile
from qtread.parse.segment.roles import CLOSING_MIN, classify, closing_layout

PROFILE = load_profile()
TEXT = "湖畔新城今年将启动十项民生工程，涵盖道路、学校和公园等多个方面，总投资超过一百亿元。"


def _chunk(text: str, number: int, *, emphasis: bool = False) -> Chunk:
    return Chunk(ChunkKind.TEXT, text, LineSpan(number, number), [text], emphasis=emphasis)


def _closing(texts: list[str]) -> set[int]:
    chunks = [_chunk(text, n) for n, text in enumerate(texts, start=1)]
    roles = classify(chunks, PROFILE, set())
    closing_layout(chunks, roles)
    return roles.closing


def test_bylines_after_each_articles_last_sentence_close_their_articles() -> None:
    texts = []
    for n in range(CLOSING_MIN):
        texts += [f"湖畔新城第{n}项工程开工", TEXT, TEXT, f"记者：林远 通讯员：周舟{'一二三'[n]}"]
    assert _closing(texts) == {3, 7, 11}


def test_bylines_under_their_titles_open_their_articles() -> None:
    texts = []
    for n in range(CLOSING_MIN):
        texts += [f"湖畔新城第{n}项工程开工", f"记者：林远 通讯员：周舟{'一二三'[n]}", TEXT, TEXT]
    assert _closing(texts) == set()


def test_one_byline_after_text_is_not_a_layout() -> None:
    texts = ["湖畔新城工程开工", TEXT, "记者：林远"]
    texts += [row for n in range(3) for row in (f"北湖区第{n}所幼儿园开学", f"记者：周舟{n}", TEXT)]
    assert _closing(texts) == set()


def test_a_bold_line_is_no_sentence_cut_by_the_page() -> None:
    # A converter sets a byline (or a title) in bold; it stops without a full stop, as
    # a cut sentence does, but nothing of it runs on past the line.
    byline = "记者：林远 通讯员：周舟 摄影：陈立 王芳 赵明"
    assert not _chunk(byline, 1, emphasis=True).fragment
    assert _chunk(TEXT[:-1] + "，而", 1).fragment


def test_bylines_mostly_under_titles_keep_the_few_after_text_opening() -> None:
    texts = []
    for n in range(CLOSING_MIN):
        texts += [f"湖畔新城第{n}项工程开工", TEXT, TEXT, f"记者：林远 通讯员：周舟{'一二三'[n]}"]
    for n in range(4):
        texts += [f"北湖区第{n}所幼儿园开学", f"记者：陈立{'一二三四'[n]}", TEXT]
    assert _closing(texts) == set()


def test_a_byline_after_an_unfinished_sentence_is_not_at_an_article_end() -> None:
    texts = []
    for n in range(CLOSING_MIN):
        texts += [
            f"湖畔新城第{n}项工程开工",
            TEXT,
            TEXT + TEXT[:-1] + "，而",
            f"记者：林远{'一二三'[n]}",
        ]
    assert _closing(texts) == set()
