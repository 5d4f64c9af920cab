"""Sentences a lead or box set across the columns cut: the column's text resumes below
the box, and the box's own text is never the sentence's continuation."""

from __future__ import annotations

from qtread.model import SourceShape
from qtread.parse.lines import normalise, split_lines
from qtread.parse.unwrap import unwrap

COLUMN = [  # full lines of a column: 20 characters each
    "走进馆内，赛道以蓝色为主体，依据国际轮滑",
    "协会最新的标准速度轮滑赛道设计建成。赛道",
]
BOX = [  # a lead set across two columns: 39 characters a line
    "亚运会的脚步日益临近，各个亚运场馆也已经蓄势待发。作为亚运会轮滑项目主场馆，位",
    "于钱塘区的轮滑馆以旋风陀螺的造型，打造宜赛宜游的城市新地标和市民休闲的新去处。",
]
RESUMED = [
    "整体造型是椭圆形，为了提高竞赛选手的过弯",
    "速度，弧形处设置成了曲面，是国内首个建有",
    "双曲面轮滑赛道的室内比赛场馆。",
]


def chunks_of(printed: list[str]) -> list[str]:
    lines = split_lines(normalise("\n\n".join(printed)))
    return [chunk.text for chunk in unwrap(lines, SourceShape.PDF_TEXT)]


def test_a_sentence_a_box_cut_resumes_below_the_box() -> None:
    texts = chunks_of([*COLUMN, *BOX, *RESUMED])
    assert texts[0] == "".join(COLUMN + RESUMED)
    assert texts[1] == "".join(BOX)
    assert "".join(sorted("".join(texts))) == "".join(sorted("".join(COLUMN + BOX + RESUMED)))


def test_a_column_line_after_a_finished_lead_starts_a_paragraph() -> None:
    finished = [
        "钱塘轮滑中心位于杭州东部湾总部基地，总建",
        "筑面积约四万平方米，既展现出了时尚潮流。",
    ]
    texts = chunks_of([*finished, *BOX, *RESUMED])
    assert texts == ["".join(finished), "".join(BOX), "".join(RESUMED)]


def test_a_short_line_ending_a_sentence_after_a_lead_stays_with_it() -> None:
    ending = "这是城市新地标。"  # may be the lead's last line: it ends a sentence
    texts = chunks_of([*BOX, ending])
    assert texts == ["".join(BOX) + ending]


def test_a_paragraph_set_in_past_a_box_does_not_take_the_sentence() -> None:
    new_paragraph = [
        "专注细分领域、创新能力强、掌握核心",  # set in by two characters: a first line
        "关键技术，像这样的专精特新中小企业，成为",
        "激发产业活力的创新因子。",
    ]
    texts = chunks_of([*COLUMN, *BOX, *new_paragraph])
    assert texts[0] == "".join(COLUMN + BOX)  # as before: the sentence goes on in the box
    assert texts[1] == "".join(new_paragraph)


def test_one_long_line_is_no_box() -> None:
    long_then_short = [
        "行距离总共为五十三公里，最早冲过终点线的是来自联队的车手，他骑完全程只用一小时",
        "相当于全程以近五十公里的速度在开。",
    ]
    texts = chunks_of([*COLUMN, *long_then_short, *RESUMED])
    assert texts[0].startswith("".join(COLUMN) + long_then_short[0])
