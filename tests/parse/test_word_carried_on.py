"""Lines of running text the layout set apart, no brief's titles (segment/runs.py): a
short line that opens with the rest of a word the text above it left open (`…企业党组织
和党` / `员共同服务职工群众`, `_carries_a_word_on`), and one that ends on a function word
(`…企业最渴望的`, `_FUNCTION_ENDINGS`). Every name here is invented."""

from __future__ import annotations

from .runs_stage import run_anchors, text_chunks

# running text cut at a line's end, mid-word (党|员), and a short text after the line
CUT = "北湖园区今年推行组织联建、活动联办、资源联享，园区企业纷纷响应。三年来，园区形成了上级党组织、企业党组织和党"
SHORT = "活动吸引党员群众三百余人参加，北湖党员服务队全程提供保障。"
FINISHED = CUT[:-1] + "员。"


def test_a_line_carrying_on_a_word_cut_above_opens_no_article() -> None:
    anchors = run_anchors(text_chunks(CUT, "员共同服务职工群众", SHORT))
    assert not anchors


def test_a_title_under_text_that_ends_between_two_words_still_opens_one() -> None:
    # `…和党` / `湖区…`: 党湖 is printed nowhere else, so the cut falls between words
    anchors = run_anchors(text_chunks(CUT, "湖区共同服务职工群众", SHORT))
    assert [anchor.title for anchor in anchors.values()] == ["湖区共同服务职工群众"]


def test_a_title_under_finished_text_still_opens_one() -> None:
    anchors = run_anchors(text_chunks(FINISHED, "员工共同服务职工群众", SHORT))
    assert [anchor.title for anchor in anchors.values()] == ["员工共同服务职工群众"]


def test_a_line_ending_on_a_function_word_opens_no_article() -> None:
    assert not run_anchors(text_chunks(FINISHED, "构建全生态产业链是企业最渴望的", SHORT))


def test_a_title_ending_on_a_noun_a_function_word_also_ends_still_opens_one() -> None:
    anchors = run_anchors(text_chunks(FINISHED, "线上教育精细化或是未来发展方向", SHORT))
    assert [anchor.title for anchor in anchors.values()] == ["线上教育精细化或是未来发展方向"]
