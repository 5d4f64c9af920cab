"""The headline stage alone: title and subtitle told apart, on invented headlines."""

from __future__ import annotations

import pytest

from qtread.parse.headline import (
    Headline,
    Piece,
    pieces_of,
    place_first,
    split_headline,
    whole_title,
)


def split(*lines: str, toc: str | None = None, heading: bool = False) -> Headline:
    return split_headline(pieces_of(list(lines), gaps_are_breaks=heading), toc_title=toc)


def test_pieces_split_at_gaps_between_chinese_words_only() -> None:
    pieces = pieces_of(["全市 12 家工厂投产 “新能源”启航"])
    assert [p.text for p in pieces] == ["全市 12 家工厂投产", "“新能源”启航"]
    assert [p.inline for p in pieces] == [False, True]


def test_a_heading_gap_is_a_line_break() -> None:
    second = pieces_of(["甲乙丙丁戊 己庚辛壬癸"], gaps_are_breaks=True)[1]
    assert second == Piece("己庚辛壬癸", inline=False, spaced=True)


def test_one_line_is_a_title() -> None:
    assert split("湖畔新城启动十项工程") == Headline("湖畔新城启动十项工程", None)


def test_title_over_a_subtitle_line() -> None:
    headline = split("以匠心讲好制造故事", "北湖区发布先进制造业品牌计划")
    assert headline == Headline("以匠心讲好制造故事", "北湖区发布先进制造业品牌计划")


def test_a_short_headline_wrapped_over_two_lines_is_one_title() -> None:
    assert split("省里印发“十五五”", "数据产业发展规划") == Headline(
        "省里印发“十五五”数据产业发展规划", None
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("新材料产业创新发力，", "进入快速成长期"),  # a comma runs on
        ("湖畔新城加快建设国际会展中心的", "配套工程"),  # the next line carries on 的…
        ("全国外贸企业交流大会", "在北湖区隆重举行并签约二十个项目"),  # 在… cannot start one
    ],
)
def test_a_line_that_runs_on_is_one_title(first: str, second: str) -> None:
    assert split(first, second).subtitle is None


def test_a_place_name_belongs_to_its_headline() -> None:
    assert split("南岭经开区", "深化改革推动产业高质量发展纪实").subtitle is None


def test_a_finished_sentence_ends_the_title() -> None:
    assert split("湖边小路修好了！", "居民出行更方便") == Headline(
        "湖边小路修好了！", "居民出行更方便"
    )


def test_a_label_with_a_colon_starts_a_subtitle() -> None:
    headline = split("三十年磨一剑，专精为本", "北湖生物：", "迈向合成生物的黄金时代")
    assert headline == Headline("三十年磨一剑，专精为本", "北湖生物：迈向合成生物的黄金时代")


def test_a_label_and_colon_open_the_title() -> None:
    headline = split("南岭新区：", "告别审批跑多次", "12个部门联合推出集成服务")
    assert headline == Headline("南岭新区：告别审批跑多次", "12个部门联合推出集成服务")


def test_a_bracketed_line_is_a_subtitle() -> None:
    assert split("北湖区大事记", "(2024 年 1 月 -3 月)") == Headline(
        "北湖区大事记", "(2024 年 1 月 -3 月)"
    )


def test_a_couplet_over_a_longer_headline_is_its_kicker() -> None:
    headline = split("湖城新时代 智造新高地 全省智能制造产业大会在北湖区举行")
    assert headline == Headline("全省智能制造产业大会在北湖区举行", "湖城新时代 智造新高地")


def test_a_couplet_over_a_shorter_line_is_the_title() -> None:
    headline = split("订单排满全年 车间灯火通明", "北湖企业冲刺开门红")
    assert headline == Headline("订单排满全年 车间灯火通明", "北湖企业冲刺开门红")


def test_the_toc_names_the_title_whatever_the_order() -> None:
    headline = split(
        "线上营销 + 数据基因", "北湖优品: 快人一步的品牌推手", toc="北湖优品：快人一步的品牌推手"
    )
    assert headline == Headline("北湖优品: 快人一步的品牌推手", "线上营销 + 数据基因")


def test_the_toc_naming_the_whole_headline_tells_no_parts_apart() -> None:
    headline = split(
        "一条链", "紧扣产业需求", "搭建服务干线", toc="一条链：紧扣产业需求，搭建服务干线"
    )
    assert headline.title == "一条链紧扣产业需求搭建服务干线"


def test_a_headline_the_toc_lists_whole_is_one_title_though_its_lines_read_as_a_deck() -> None:
    lines = ("数字化手段提升政务效能", "“亲清北湖”连心企业")
    assert split(*lines).subtitle == "“亲清北湖”连心企业"  # a deck, by the lines alone
    headline = split(*lines, toc="数字化手段提升政务效能 “亲清北湖”连心企业")
    assert headline == Headline("数字化手段提升政务效能“亲清北湖”连心企业", None)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (("北湖新区大事记", "（2024年3-4月）"), Headline("北湖新区大事记", "（2024年3-4月）")),
        (
            ("订单排满全年 车间灯火通明", "北湖企业冲刺开门红"),
            Headline("订单排满全年 车间灯火通明", "北湖企业冲刺开门红"),
        ),
    ],
    ids=["a date in brackets", "a couplet"],
)
def test_a_part_printed_as_its_own_stays_apart_though_the_toc_lists_the_whole(
    lines: tuple[str, ...], expected: Headline
) -> None:
    assert split(*lines, toc=" ".join(lines)) == expected


def test_no_character_is_lost() -> None:
    lines = ["湖畔 新城 “智造”", "启动十项工程！", "(2024 年)", "北湖区：再出发"]
    headline = split(*lines)
    kept = (headline.title + (headline.subtitle or "")).replace(" ", "")
    assert sorted(kept) == sorted("".join(lines).replace(" ", ""))


def test_a_line_much_shorter_than_the_title_above_is_its_wrapped_rest() -> None:
    assert split("湖畔新城综合保税区正式揭牌 打造一站式外贸", "综合服务平台").subtitle is None


def test_a_piece_in_another_style_starts_the_subtitle() -> None:
    pieces = pieces_of(["湖畔新城打造生物制药千亿新产业平台", "两家药企相继入驻"])
    pieces[1] = Piece(pieces[1].text, inline=False, restyled=True)
    assert split_headline(pieces).subtitle == "两家药企相继入驻"


def test_a_place_name_set_apart_opens_a_regional_item() -> None:
    assert place_first(["南岭科学城 打造原始创新策源地"])
    assert place_first(["南岭经开区", "深化改革推动产业高质量发展"])
    assert not place_first(["湖畔新城启动十项民生工程"])
    assert not place_first(["订单排满全年 车间灯火通明"])


def test_a_deck_run_on_after_a_dash_is_the_subtitle() -> None:
    # `标题——副题` on one line, the deck wrapped onto the next
    assert split("湖畔新城读书节隆重开幕——全市百家书店", "同步举办主题活动") == Headline(
        "湖畔新城读书节隆重开幕", "——全市百家书店同步举办主题活动"
    )
    # the dash at the line's end: the deck is the next line
    assert split("湖畔新城读书节隆重开幕——", "全市百家书店同步举办") == Headline(
        "湖畔新城读书节隆重开幕", "——全市百家书店同步举办"
    )


def test_a_dash_alone_or_opening_a_line_splits_nothing() -> None:
    assert [p.text for p in pieces_of(["——全市百家书店同步举办"])] == ["——全市百家书店同步举办"]
    assert [p.text for p in pieces_of(["——", "全市百家书店"])] == ["——", "全市百家书店"]


@pytest.mark.parametrize(
    ("printed", "listed"),
    [
        ("湖畔公园：打造", "湖畔公园：打造市民的“后花园”"),  # cut after its first line
        ("市民的“后花园”", "湖畔公园：打造市民的“后花园”"),  # cut before its last
        ("打造市民", "湖畔公园：打造市民的“后花园”"),  # a middle piece
    ],
)
def test_a_piece_of_a_title_the_extractor_cut_is_the_tocs_whole_title(
    printed: str, listed: str
) -> None:
    assert whole_title(printed, listed) == listed


@pytest.mark.parametrize(
    ("printed", "listed"),
    [
        ("一张网", "一张网：搭建产业服务的网络"),  # the TOC adds a deck after a colon
        ("红色引擎", "李明：红色引擎"),  # a speaker before a colon
        ("湖畔新城大事记", "湖畔新城大事记 (2021 年 5 月)"),  # a date after a space
        ("湖畔新城大事记", "湖畔新城大事记"),  # the same words
        ("湖畔新城大事记", "北湖区大事记"),  # other words
        ("", "北湖区大事记"),
    ],
)
def test_a_whole_part_of_the_tocs_wording_is_the_printed_title(printed: str, listed: str) -> None:
    assert whole_title(printed, listed) == printed


def test_nothing_wraps_on_from_a_wraps_short_tail() -> None:
    # a line wraps only where it fills the measure: the line after a short tail is a deck
    pieces = pieces_of(["湖畔新城打造智能制造百亿", "级产业平台", "三家龙头企业相继入驻园区"])
    assert split_headline(pieces) == Headline(
        "湖畔新城打造智能制造百亿级产业平台", "三家龙头企业相继入驻园区"
    )
