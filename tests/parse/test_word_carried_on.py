"""A short line that opens with the rest of a word the running text above it left open
(`…企业党组织和党` / `员共同服务职工群众`) is a line of that text the layout set apart,
no brief's title (segment/runs.py `_carries_a_word_on`). Every name here is invented."""

from __future__ import annotations

from .runs_stage import run_anchors, text_chunks

# running text cut at a line's end, mid-word (党|员), and a short text after the line
CUT = "北湖园区今年推行组织联建、活动联办、资源联享，园区企业纷纷响应。三年来，园区形成了上级党组织、企业党组织和党"
SHORT = "活动吸引党员群众三百余人参加，北湖党员服务队全程提供保障。"


def test_a_line_carrying_on_a_word_cut_above_opens_no_article() -> None:
    anchors = run_anchors(text_chunks(CUT, "员共同服务职工群众", SHORT))
    assert not anchors


def test_a_title_under_text_that_ends_between_two_words_still_opens_one() -> None:
    # `…和党` / `湖区…`: 党湖 is printed nowhere else, so the cut falls between words
    anchors = run_anchors(text_chunks(CUT, "湖区共同服务职工群众", SHORT))
    assert [anchor.title for anchor in anchors.values()] == ["湖区共同服务职工群众"]


def test_a_title_under_finished_text_still_opens_one() -> None:
    finished = CUT[:-1] + "员。"
    anchors = run_anchors(text_chunks(finished, "员工共同服务职工群众", SHORT))
    assert [anchor.title for anchor in anchors.values()] == ["员工共同服务职工群众"]
