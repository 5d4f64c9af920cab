"""The restore-gaps pass alone: a gapless PDF text gets a blank after every line."""

from __future__ import annotations

from qtread.parse.gaps import restore_gaps
from qtread.parse.lines import normalise, split_lines

PAGE = """湖畔新城将启动十项民生工程，涵盖道路、学校和公园
建设，总投资超过一百亿元。
北湖区新增三所幼儿园
记者 / 李四"""


def test_a_gapless_text_gets_a_blank_after_every_line() -> None:
    lines = restore_gaps(split_lines(normalise(PAGE)))
    assert [line.text for line in lines] == [
        "湖畔新城将启动十项民生工程，涵盖道路、学校和公园",
        "",
        "建设，总投资超过一百亿元。",
        "",
        "北湖区新增三所幼儿园",
        "",
        "记者 / 李四",
        "",
    ]
    assert [line.number for line in lines] == [1, 1, 2, 2, 3, 3, 4, 4]


def test_no_blank_goes_before_a_page_start() -> None:
    lines = restore_gaps(split_lines(normalise("第一页的最后一行。\n\f第二页的第一行")))
    assert [line.text for line in lines] == ["第一页的最后一行。", "第二页的第一行", ""]
    assert lines[1].lead_space


def test_a_text_that_kept_its_gaps_is_left_alone() -> None:
    spaced = split_lines(normalise(PAGE.replace("\n", "\n\n")))
    assert restore_gaps(spaced) == spaced


def test_blocks_of_lines_are_opened_up_and_keep_their_gaps() -> None:
    blocks = PAGE.replace("建设，总投资超过一百亿元。\n", "建设，总投资超过一百亿元。\n\n")
    lines = restore_gaps(split_lines(normalise(blocks)))
    assert [line.text for line in lines] == [
        "湖畔新城将启动十项民生工程，涵盖道路、学校和公园",
        "",
        "建设，总投资超过一百亿元。",
        "",
        "",
        "北湖区新增三所幼儿园",
        "",
        "记者 / 李四",
        "",
    ]
