"""The columns pass alone: a page read row by row across two columns is set out
column by column, and every other text is left as it came."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from qtread.parse.columns import column_measure, split_wide, unweave_columns
from qtread.parse.lines import Line, normalise, split_lines

# Invented text. Each column line is 24 letters (48 printed cells) unless it ends a
# paragraph or is a title.
LEFT = [
    "湖畔新城今年将启动十项民生工程，涵盖道路、学校和",
    "公园等多个方面，总投资超过一百亿元，惠及全城居民",
    "的日常生活。首批工程已于三月开工，预计年底前完成",
    "主体建设。",
    "北湖区新增三所幼儿园",
    "北湖区教育局表示，新建的三所幼儿园共计可提供九百",
    "个学位，将在秋季学期开始招生，优先满足周边的新建",
    "小区适龄儿童的入园需求，缓解学位紧张的状况。",
]
RIGHT = [
    "西山公园的改造工程已进入收尾阶段，新建的步道全长",
    "约六公里，沿途设有观景台和休息亭，市民可以沿着山",
    "脊一路走到水库边上，欣赏湖光山色和城市的全景，而",
    "园方还介绍，改造后的公园将在五月一日重新开放，开",
    "放时间为早六点至晚十点，夜间设有照明和巡逻，让游",
    "客可放心前往。",
    "东港码头完成扩建工程",
    "东港码头扩建后年吞吐能力提高一倍，新增泊位四个。",
]


def _page(rows: list[str]) -> list[Line]:
    return split_lines(normalise("\n".join(rows)))


def _pages(rows: list[str], count: int = 4) -> list[Line]:
    """COUNT pages laid out as ROWS, each with other letters (a text repeated word
    for word would be all running heads); the first page keeps the letters given."""
    shifted = ["".join(map(_shift(page), row)) for page in range(count) for row in rows]
    return _page(shifted)


def _shift(page: int) -> Callable[[str], str]:
    def shift(ch: str) -> str:
        if not "\u4e00" <= ch <= "\u9fa5":
            return ch
        return chr(0x4E00 + (ord(ch) - 0x4E00 + page * 0x400) % 0x51A6)

    return shift


def _side_by_side() -> list[str]:
    """A page of the two columns read row by row, ended by a folio."""
    return [*(f"{left} {right}" for left, right in zip(LEFT, RIGHT, strict=True)), "1"]


def test_a_page_read_across_two_columns_is_set_out_column_by_column() -> None:
    lines = unweave_columns(_pages(_side_by_side()))
    texts = [line.text for line in lines]
    assert texts[:17] == [*LEFT, *RIGHT, "1"]


def test_each_piece_keeps_its_source_line_number_and_no_letter_is_lost() -> None:
    source = _pages(_side_by_side())
    lines = unweave_columns(source)
    assert [line.number for line in lines[:16]] == [*range(1, 9), *range(1, 9)]
    assert Counter("".join(line.text for line in lines)) == Counter(
        "".join(line.text for line in source).replace(" ", "")
    )


def _out_of_step() -> list[str]:
    """One page whose rows 4-8 sit on different baselines in the two columns: each
    comes out alone, left and right in turn (the left column's title shifted them)."""
    rows = [f"{LEFT[i]} {RIGHT[i]}" for i in range(3)]
    for i in range(3, 8):
        rows += [LEFT[i], RIGHT[i]]
    return [*rows, "1"]


def test_lone_lines_out_of_step_alternate_between_the_columns() -> None:
    lines = unweave_columns(_pages(_out_of_step()))
    assert [line.text for line in lines[:17]] == [*LEFT, *RIGHT, "1"]


def test_a_title_does_not_go_under_a_line_that_left_its_paragraph_open() -> None:
    # The left column's paragraph end and its title come out alone, one after the
    # other: by alternation alone the title would go under the right column's line,
    # which left its paragraph open.
    rows = [f"{LEFT[i]} {RIGHT[i]}" for i in range(3)]
    rows += [LEFT[3], LEFT[4], RIGHT[3], RIGHT[4]]
    rows += [f"{LEFT[i]} {RIGHT[i]}" for i in range(5, 8)]
    lines = unweave_columns(_pages([*rows, "1"]))
    assert [line.text for line in lines[:16]] == [*LEFT, *RIGHT]


def test_lone_full_lines_in_both_columns_alternate() -> None:
    # Mid-paragraph in both columns, nothing but the order tells the columns apart.
    rows = [f"{LEFT[0]} {RIGHT[0]}", LEFT[1], RIGHT[1], LEFT[2], RIGHT[2]]
    rows += [f"{LEFT[i]} {RIGHT[i]}" for i in range(3, 8)]
    lines = unweave_columns(_pages([*rows, "1"]))
    assert [line.text for line in lines[:16]] == [*LEFT, *RIGHT]


def test_a_title_across_both_columns_comes_before_them() -> None:
    title = "湖畔新城民生工程全面铺开，十项实事惠及百万市民，城乡面貌焕然一新"
    lines = unweave_columns(_pages([title, *_out_of_step()]))
    assert [line.text for line in lines[:9]] == [title, *LEFT]


def test_a_single_column_text_is_left_alone() -> None:
    source = _pages([*LEFT, *RIGHT, "1"])
    assert unweave_columns(source) is source


def test_a_few_wide_lines_are_not_a_two_column_layout() -> None:
    # A wider measure here and there (a box, an intro) with a space in it.
    rows = [*LEFT, *RIGHT] * 3
    rows[3] = f"{LEFT[0]} {RIGHT[0]}"
    few = _pages(rows[:16], count=6)  # too few in number
    assert unweave_columns(few) is few
    rare = _pages(rows, count=9)  # too few for the lines around them
    assert unweave_columns(rare) is rare


def test_the_measure_is_the_commonest_width_of_lines_without_a_space() -> None:
    assert column_measure(_page([*LEFT, "短行", f"{LEFT[0]} {RIGHT[0]}"])) == 48


def test_a_wide_line_is_cut_at_the_gutter_not_at_a_space_inside_a_column() -> None:
    left = "截至今年三月，全区共有企业 2166 家，其中新"
    right = "东港码头扩建后年吞吐能力提高一倍，新增泊位四个。"
    assert split_wide(f"{left} {right}", 48) == (left, right)
    title = "东港 2020 年扩建"
    spaced = "在 2020 年 8 月份的三季度项目集中签约仪式上，钱塘"
    assert split_wide(f"{title} {spaced}", 48) == (title, spaced)
    assert split_wide(LEFT[0], 48) is None


def test_a_line_wider_than_two_columns_is_not_cut() -> None:
    """No cut can leave two pieces of a column each: the line is left whole, at once."""
    assert split_wide("湖畔新城启动十项民生工程 " * 50, 24) is None
