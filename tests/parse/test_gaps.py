"""The restore-gaps pass alone: blank lines put back where an extractor printed none."""

from __future__ import annotations

from qtread.parse.gaps import restore_gaps
from qtread.parse.lines import normalise, split_lines

PAGE = """湖畔新城将启动十项民生工程，涵盖道路、学校和公园
建设，总投资超过一百亿元，预计三年内全部建成投用。
这是本地历年来规模最大的一次民生投入。
北湖区新增三所幼儿园
记者 / 李四
北湖区今年新增三所公办幼儿园，提供学位一千余个，
缓解了城区入园难的问题，家长们纷纷点赞叫好不已。"""


def texts(text: str) -> list[str]:
    return [line.text for line in restore_gaps(split_lines(normalise(text)))]


def test_blocks_get_their_blank_lines_back() -> None:
    assert texts(PAGE) == [
        "湖畔新城将启动十项民生工程，涵盖道路、学校和公园",
        "建设，总投资超过一百亿元，预计三年内全部建成投用。",
        "这是本地历年来规模最大的一次民生投入。",
        "",
        "北湖区新增三所幼儿园",
        "记者 / 李四",
        "",
        "北湖区今年新增三所公办幼儿园，提供学位一千余个，",
        "缓解了城区入园难的问题，家长们纷纷点赞叫好不已。",
    ]


def test_an_inserted_blank_keeps_the_source_numbering() -> None:
    lines = restore_gaps(split_lines(normalise(PAGE)))
    assert [line.number for line in lines if line.text] == list(range(1, 8))


def test_a_text_that_kept_its_gaps_is_left_alone() -> None:
    spaced = PAGE.replace("\n", "\n\n")
    assert texts(spaced) == spaced.split("\n")
