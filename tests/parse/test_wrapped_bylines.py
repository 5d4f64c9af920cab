"""A byline the layout wrapped onto a second line is read whole (segment/roles.py):
a role word cut at the line's end, or the last names on a line of their own. Every
name here is invented."""

from __future__ import annotations

from qtread.model import Byline
from qtread.parse.segment.roles import WRAPPED_NAMES_SHARE

from .byline_stage import bylines_of


def test_a_role_word_cut_at_the_line_end_joins_the_next_line() -> None:
    texts, bylines = bylines_of(
        "湖畔新城民生工程全面开工",
        "本刊记者 林远 周舟 通",
        "讯员 陈立 王芳",
        "今年起，湖畔新城将启动十项民生工程。",
    )
    assert texts[1] == "本刊记者 林远 周舟 通讯员 陈立 王芳"
    assert bylines[1] == [Byline("本刊记者", ("林远", "周舟")), Byline("通讯员", ("陈立", "王芳"))]


def test_last_names_wrapped_onto_a_line_of_their_own_join_the_byline() -> None:
    texts, bylines = bylines_of(
        "湖畔新城民生工程全面开工",
        "本刊记者 林远 通讯员 陈立",
        "王芳",
        "今年起，湖畔新城将启动十项民生工程。",
    )
    assert texts[1:3] == ["本刊记者 林远 通讯员 陈立 王芳", "今年起，湖畔新城将启动十项民生工程。"]
    assert bylines[1] == [Byline("本刊记者", ("林远",)), Byline("通讯员", ("陈立", "王芳"))]


def test_a_short_title_under_a_short_byline_stays_a_title() -> None:
    # `文｜林远` over `王府井`: the byline is no full line, so no name was wrapped off it,
    # though the title opens with a surname.
    short = "文 林远"
    assert len("王府井") * WRAPPED_NAMES_SHARE > len(short)
    texts, bylines = bylines_of(short, "王府井", "今年起，湖畔新城将启动十项民生工程。")
    assert texts == [short, "王府井", "今年起，湖畔新城将启动十项民生工程。"]
    assert bylines == {0: [Byline("文", ("林远",))]}


def test_two_bylines_in_a_row_stay_two() -> None:
    first = "本刊记者 林远 周舟 陈立 王芳 赵明"
    texts, bylines = bylines_of(first, "摄影 张华", "今年起，湖畔新城将启动十项民生工程。")
    assert texts[:2] == [first, "摄影 张华"]
    assert set(bylines) == {0, 1}


def test_text_after_a_byline_is_never_taken_for_names() -> None:
    texts, _ = bylines_of("本刊记者 林远 通讯员 陈立", "今年起", "湖畔新城将启动十项民生工程。")
    assert texts[:2] == ["本刊记者 林远 通讯员 陈立", "今年起"]


def test_two_whole_bylines_one_under_the_other_stay_two() -> None:
    # two articles' bylines set together: joining them tight would fuse the first name
    # with the next one's role (`林远文`)
    texts, bylines = bylines_of(
        "湖畔新城民生工程全面开工",
        "文/通讯员 林远",
        "文/通讯员 周舟",
        "今年起，湖畔新城将启动工程。",
    )
    assert texts[1:3] == ["文/通讯员 林远", "文/通讯员 周舟"]
    assert [name for byline in bylines[1] for name in byline.names] == ["林远"]
