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


# An invented page printed in blocks: running text, then a headline wrapped in a narrow
# block beside it. The running text sets the measure (24 Han characters a line).
TEXT = "\n".join(
    [
        "湖畔新城将启动十项民生工程，涵盖道路、学校和公园建设，总",
        "投资超过一百亿元，其中三成用于老旧小区的改造与提升工作。",
        "北湖区新增三所幼儿园，秋季学期起可提供一千二百个学位，",
        "",
    ]
)


def _blocks(*blocks: str) -> list[str]:
    text = TEXT + "\n" + "\n\n".join(blocks)
    return [line.text for line in restore_gaps(split_lines(normalise(text)))]


def test_a_narrow_headline_wrapped_over_three_lines_stays_one_block() -> None:
    texts = _blocks("农贸市场变智\n能百姓消费更\n放心")
    assert texts[-4:] == ["农贸市场变智", "能百姓消费更", "放心", ""]


def test_a_headline_with_a_short_tail_stays_one_block() -> None:
    assert _blocks("湖畔新城民生工程全\n面启动")[-3:] == ["湖畔新城民生工程全", "面启动", ""]


def test_two_lines_of_one_width_stay_one_block() -> None:
    assert _blocks("红桥纵横 联\n创湖畔未来")[-3:] == ["红桥纵横 联", "创湖畔未来", ""]


def test_a_headline_over_a_shorter_deck_is_opened_up() -> None:
    texts = _blocks("湖畔新城民生工程全面启动\n十项工程 惠及万家")
    assert texts[-4:] == ["湖畔新城民生工程全面启动", "", "十项工程 惠及万家", ""]


def test_a_deck_opening_with_a_dash_is_opened_up() -> None:
    texts = _blocks("湖畔新城民生\n——十项工程")
    assert texts[-4:] == ["湖畔新城民生", "", "——十项工程", ""]


def test_a_kicker_over_a_wider_headline_is_opened_up() -> None:
    texts = _blocks("特别策划\n湖畔新城民生工程")
    assert texts[-4:] == ["特别策划", "", "湖畔新城民生工程", ""]


def test_lines_with_a_comma_are_running_text() -> None:
    texts = _blocks("湖畔新城，民生工\n程启动")
    assert texts[-4:] == ["湖畔新城，民生工", "", "程启动", ""]


def test_a_line_as_wide_as_the_text_is_the_texts_own() -> None:
    texts = _blocks("其中三成用于老旧小区的改造与提升工作之用\n专题")
    assert texts[-4:] == ["其中三成用于老旧小区的改造与提升工作之用", "", "专题", ""]


def test_a_wider_last_line_is_another_line_of_type() -> None:
    texts = _blocks("湖畔新城民生\n湖畔新城民生工程")
    assert texts[-4:] == ["湖畔新城民生", "", "湖畔新城民生工程", ""]


def test_lines_of_a_wrapped_headline_fill_one_width() -> None:
    texts = _blocks("农贸市场变智\n能百姓\n放心")
    assert texts[-6:] == ["农贸市场变智", "", "能百姓", "", "放心", ""]


def test_stacked_short_names_are_opened_up() -> None:
    assert _blocks("李四\n王五")[-4:] == ["李四", "", "王五", ""]


def test_a_block_of_many_short_lines_is_opened_up() -> None:
    texts = _blocks("\n".join(["湖畔新城民生"] * 5))
    assert texts[-2:] == ["湖畔新城民生", ""] and texts.count("") >= 5 + 3


# A headline whose second line falls short of the first: a closing quote may not open a
# line, so `家”` takes its letter down with it. Only the words tell such a block
# from a headline over a deck: `员工`, printed whole in the text, is cut at the first
# break, and the quote left open is the second's.
STAFF = "集团现有员工三千人，员工宿舍和食堂等项目已投入使用，项目深受好评。"


def test_lines_that_fall_short_stay_one_block_where_each_break_cuts_a_phrase() -> None:
    texts = _blocks(STAFF, "湖畔集团：打造员\n工的“温暖之\n家”")
    assert texts[-4:] == ["湖畔集团：打造员", "工的“温暖之", "家”", ""]


def test_lines_that_fall_short_are_opened_up_where_a_break_falls_between_words() -> None:
    # `新|型`: the pair is printed nowhere else, so nothing says the break cuts a word
    texts = _blocks(STAFF, "湖畔集团：打造新\n型的“温暖之\n家”")
    assert texts[-6:] == ["湖畔集团：打造新", "", "型的“温暖之", "", "家”", ""]


def test_a_phrase_cut_does_not_hold_a_line_wider_than_the_first() -> None:
    # each break cuts a word (`员|工`, `项|目`), but the second line is set wider
    texts = _blocks(STAFF, "湖畔集团：打造员\n工的“温暖之家”项\n目启动")
    assert texts[-6:] == ["湖畔集团：打造员", "", "工的“温暖之家”项", "", "目启动", ""]
