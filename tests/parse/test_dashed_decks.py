"""A headline over a deck behind its dash (`寻访…新成果` / `——六百人徒步毅行`) opens an
article, wherever it stands; the title-runs stage alone, on invented text."""

from __future__ import annotations

from qtread.model import LineSpan
from qtread.parse.chunks import Chunk, ChunkKind
from qtread.parse.profile import load_profile
from qtread.parse.segment.common import Anchor
from qtread.parse.segment.roles import classify
from qtread.parse.segment.runs import decked_page_openers

from .runs_stage import run_anchors, text_chunks

PROFILE = load_profile()
TEXT = "当天一大早，北湖文化中心内热闹非凡，各企事业代表、居民、毅行爱好者等六百余人整装待发，"


def anchors_over(*titles: str) -> dict[int, Anchor]:
    """The title-runs stage alone on running text left open, TITLES, then three paragraphs."""
    closing = [TEXT + "形成了一道亮丽风景线。", TEXT + "随后出发。", TEXT + "抵达终点。"]
    return run_anchors(text_chunks(TEXT, *titles, *closing))


def test_a_headline_over_a_dashed_deck_opens_an_article() -> None:
    anchors = anchors_over("寻访北湖五水共治新成果", "——六百人徒步毅行")
    assert [(anchor.title, anchor.evidence) for anchor in anchors.values()] == [
        ("寻访北湖五水共治新成果 ——六百人徒步毅行", "decked")
    ]


def test_a_headline_over_a_plain_line_after_open_text_opens_none() -> None:
    assert not anchors_over("寻访北湖五水共治新成果", "六百人徒步毅行")


def _frame(*lines: str) -> Chunk:
    return Chunk(ChunkKind.FRAME, "".join(lines), LineSpan(40, 40 + len(lines) - 1), list(lines))


def test_a_frame_of_a_headline_over_its_dashed_deck_opens_an_article() -> None:
    # an extraction sets the two lines as one block: no less a headline and its deck
    closing = [TEXT + "形成了一道亮丽风景线。", TEXT + "随后出发。"]
    chunks = text_chunks(TEXT, "x", *closing)
    chunks[1] = _frame("寻访北湖五水共治新成果", "——六百人徒步毅行")
    anchors = run_anchors(chunks)
    assert [(index, anchor.evidence) for index, anchor in anchors.items()] == [(1, "decked")]


def test_a_frame_of_running_text_over_a_dash_opens_none() -> None:
    closing = [TEXT + "形成了一道亮丽风景线。", TEXT + "随后出发。"]
    chunks = text_chunks(TEXT, "x", *closing)
    chunks[1] = _frame("寻访北湖，五水共治新成果", "——六百人徒步毅行")
    assert not run_anchors(chunks)


def _opener_anchors(page_break: bool, title: str = "寻访北湖五水共治新成果") -> dict[int, Anchor]:
    closing = [TEXT + "形成了一道亮丽风景线。", TEXT + "随后出发。"]
    chunks = text_chunks(TEXT + "抵达终点。", title, "——六百人徒步毅行", *closing)
    chunks[1].page_break = page_break
    anchors: dict[int, Anchor] = {}
    decked_page_openers(chunks, classify(chunks, PROFILE, set()), anchors)
    return anchors


def test_with_a_toc_a_decked_headline_opening_a_page_opens_an_article() -> None:
    anchors = _opener_anchors(page_break=True)
    assert [(i, a.evidence, a.title_chunks) for i, a in anchors.items()] == [(1, "decked", [1, 2])]


def test_with_a_toc_a_decked_headline_inside_a_page_opens_none() -> None:
    assert not _opener_anchors(page_break=False)  # as often a feature's part under its deck


def test_with_a_toc_a_line_of_running_text_over_a_dash_opens_none() -> None:
    assert not _opener_anchors(page_break=True, title="寻访北湖，五水共治新成果")


def test_a_short_headline_in_a_frame_over_its_dashed_deck_opens_an_article() -> None:
    # nine letters: short for a headline alone, but the deck under it shows what it is
    closing = [TEXT + "形成了一道亮丽风景线。", TEXT + "随后出发。"]
    chunks = text_chunks(TEXT, "x", *closing)
    chunks[1] = _frame("北湖社区端午包粽子", "——六百人参加活动")
    assert [(index, a.evidence) for index, a in run_anchors(chunks).items()] == [(1, "decked")]
    chunks[1] = _frame("端午包粽子", "——六百人参加活动")  # five letters: a label
    assert not run_anchors(chunks)


def test_a_frame_of_a_headline_over_its_dashed_deck_needs_no_text_right_under_it() -> None:
    # the page's folio, or the other column's lines, may come between it and its text
    chunks = text_chunks(TEXT + "抵达终点。", "x", "·26·", TEXT + "随后出发。")
    chunks[1] = _frame("北湖五水共治项目入围并获奖", "——生物医药产业腾飞加速度")
    assert 1 in run_anchors(chunks)


def test_a_short_headline_over_a_dashed_deck_on_its_own_line_opens_an_article() -> None:
    anchors = anchors_over("北湖社区端午包粽子", "——六百人参加活动")  # nine letters
    assert [anchor.evidence for anchor in anchors.values()] == ["decked"]
    assert not anchors_over("端午包粽子", "——六百人参加活动")  # five: a label
