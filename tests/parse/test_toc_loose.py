"""The TOC read in any printed entry form, on invented TOCs (page after or before the
title, leaders, wrapped entries, headings, furniture between entries)."""

from __future__ import annotations

import pytest

from qtread.parse import parse_text
from qtread.parse.lines import Line, normalise, split_lines
from qtread.parse.profile import load_profile
from qtread.parse.toc import find_toc
from qtread.parse.toc_forms import LONE_PAGE, PageSide, entries_on_line, is_leader_line
from qtread.parse.toc_loose import _is_heading

PROFILE = load_profile()


def lines_of(text: str) -> list[Line]:
    return split_lines(normalise(text))


def read(text: str) -> list[tuple[int | None, str | None, str, str | None, int | None]]:
    toc = find_toc(lines_of(text), 0, PROFILE)
    return [(e.page, e.column, e.title, e.subtitle, e.claimed_count) for e in toc.entries]


# --- entry lines -----------------------------------------------------------------------


def test_page_after_the_title_with_or_without_leaders() -> None:
    after = PageSide.AFTER
    assert entries_on_line("湖畔新城启航 12", after)[0] == ("湖畔新城启航", 12)
    assert entries_on_line("湖畔新城启航 ………… 12", after)[0] == ("湖畔新城启航", 12)
    assert entries_on_line("湖畔新城启航 ……………1…2 ……", after)[0] == ("湖畔新城启航", 12)
    assert entries_on_line("园区累计引进企业达 30 家 45", after)[0].page == 45
    assert entries_on_line("第一条地铁线路开通第55", after) == []  # no gap: not a page
    assert entries_on_line("系统升级至版本1.2", after) == []  # one dot is no leader
    assert entries_on_line("全年新增就业岗位 2300 个", after) == []
    assert entries_on_line("项目总数 1200", after) == []  # four digits: not a page


def test_a_newspapers_page_behind_its_section_letter() -> None:
    assert entries_on_line("湖畔新城启航 A03", PageSide.AFTER) == [("湖畔新城启航", 3)]
    assert entries_on_line("B12 湖畔新城启航", PageSide.BEFORE) == [("湖畔新城启航", 12)]
    assert entries_on_line("湖畔新城启航A03", PageSide.AFTER) == []  # run into the title
    assert LONE_PAGE.match("A03")  # the folio
    assert not LONE_PAGE.match("AB3")


def test_page_before_the_title() -> None:
    before = PageSide.BEFORE
    assert entries_on_line("12 湖畔新城启航", before)[0] == ("湖畔新城启航", 12)
    assert entries_on_line("12 / 湖畔新城启航", before)[0] == ("湖畔新城启航", 12)
    assert entries_on_line("2023 年的湖畔", before) == []


def test_two_entries_on_one_line_of_a_two_column_toc() -> None:
    found = entries_on_line("湖畔新城启航 …… 4    科技小镇揭牌 …… 38", PageSide.AFTER)
    assert found == [("湖畔新城启航", 4), ("科技小镇揭牌", 38)]


def test_leader_lines() -> None:
    assert is_leader_line("…………………………")
    assert is_leader_line(". . . . . .")
    assert not is_leader_line("湖畔……")


# --- the TOC ---------------------------------------------------------------------------

AFTER_TOC = """目录 C O N T E N T S
卷首语 新年新气象 3
城市观察
湖畔新城启航 —— 十个新项目同日开工 8
滨江绿道全线贯通 —— 沿江十公里步道串起三个公园和
两座码头 10
老街改造迎来新客流 —— 百年石板路
重现昔日
繁华 12
科技前沿
智造园区扩容 …………………… 16
国内外资讯速递 等 9 则 …………………… 18

开篇文章的标题
这是正文的第一句话，讲述了一个很长的故事。
"""


def test_page_after_title_wrapped_entries_headings_and_subtitles() -> None:
    assert read(AFTER_TOC) == [
        (3, None, "卷首语 新年新气象", None, None),
        (8, "城市观察", "湖畔新城启航", "十个新项目同日开工", None),
        (10, "城市观察", "滨江绿道全线贯通", "沿江十公里步道串起三个公园和两座码头", None),
        (12, "城市观察", "老街改造迎来新客流", "百年石板路 重现昔日 繁华", None),
        (16, "科技前沿", "智造园区扩容", None, None),
        (18, "科技前沿", "国内外资讯速递", None, 9),
    ]


PAGE_ON_FIRST_LINE = """目录
城市观察
湖畔新城启航 6
打造滨江绿道产业发展模式 沿江十公里步道串起三个公园 8
和码头
老街改造迎来新客流 12
智造园区扩容新动能 科技小镇二期工程全面启动建设 16
国内外资讯速递与区域经济观察 产业链上下游企业协同
发展 18

开篇文章的标题
这是正文的第一句话，讲述了一个很长的故事。
"""


def test_a_full_title_line_wrapped_past_its_page_goes_on_under_it() -> None:
    # the extraction set the page level with the title's first line: the short line
    # under it is the title's rest, not a column heading over the entries after it
    assert read(PAGE_ON_FIRST_LINE) == [
        (6, "城市观察", "湖畔新城启航", None, None),
        (8, "城市观察", "打造滨江绿道产业发展模式 沿江十公里步道串起三个公园和码头", None, None),
        (12, "城市观察", "老街改造迎来新客流", None, None),
        (16, "城市观察", "智造园区扩容新动能 科技小镇二期工程全面启动建设", None, None),
        # a full line under a full entry opens the next entry
        (18, "城市观察", "国内外资讯速递与区域经济观察 产业链上下游企业协同发展", None, None),
    ]


NAMES_WRAPPED = """目次
3
卷首语 新年新气象
［城市观察］
5
湖畔新城启航（林远
周舟
6
滨江绿道全线贯通（周舟）
8
老街改造迎来新客流
10
智造园区扩容（林远）
12
国内外资讯速递

开篇文章的标题
这是正文的第一句话，讲述了一个很长的故事。
"""


def test_names_a_bracket_wraps_a_line_each_are_no_column_headings() -> None:
    # `周舟` alone on its line is printed again, in brackets, by another entry: an author
    columns = {column for _, column, *_ in read(NAMES_WRAPPED)}
    assert "城市观察" in columns
    assert "周舟" not in columns


def test_the_toc_region_ends_at_its_last_entry_not_at_the_text_after_it() -> None:
    toc = find_toc(lines_of(AFTER_TOC), 0, PROFILE)
    assert toc.start == 0
    assert toc.end == AFTER_TOC.splitlines().index("国内外资讯速递 等 9 则 …………………… 18") + 1


FURNITURE_TOC = """卷首语 新年新气象 3
湖畔新城启航 —— 十个新项目同日开工，沿江十公里步道串起三个公园和两座
码头 8
……………………………………
……………………………………

滨江绿道全线贯通 10
老街改造迎来新客流 12
智造园区扩容 16
国内外资讯速递 等 9 则 18
"""


def test_entries_continue_across_leader_lines_and_page_breaks() -> None:
    lines = lines_of(FURNITURE_TOC)
    removed = 4  # a running head the furniture pass removed
    lines[removed] = Line(lines[removed].number, "", removed=True)
    got = [(e.page, e.title) for e in find_toc(lines, 0, PROFILE).entries]
    assert got == [
        (3, "卷首语 新年新气象"),
        (8, "湖畔新城启航"),
        (10, "滨江绿道全线贯通"),
        (12, "老街改造迎来新客流"),
        (16, "智造园区扩容"),
        (18, "国内外资讯速递"),
    ]


BEFORE_TOC = """CONTENTS
城市观察
8 湖畔新城启航
十个新项目同日开工
10 滨江绿道全线贯通
12 老街改造迎来新客流
科技前沿
16 智造园区扩容
18 国内外资讯速递 等 9 则

开篇文章的标题
这是正文的第一句话，讲述了一个很长的故事。
"""


def test_page_before_title_with_a_subtitle_line_and_headings() -> None:
    assert read(BEFORE_TOC) == [
        (8, "城市观察", "湖畔新城启航", "十个新项目同日开工", None),
        (10, "城市观察", "滨江绿道全线贯通", None, None),
        (12, "城市观察", "老街改造迎来新客流", None, None),
        (16, "科技前沿", "智造园区扩容", None, None),
        (18, "科技前沿", "国内外资讯速递", None, 9),
    ]


def test_a_deck_opening_with_a_quantity_is_no_entry_out_of_page_order() -> None:
    # `50 年后…` reads as page 50, between pages 10 and 12: the deck of the entry above
    text = BEFORE_TOC.replace("10 滨江绿道全线贯通\n", "10 滨江绿道全线贯通\n30 年后再看江畔新貌\n")
    assert read(text)[1] == (10, "城市观察", "滨江绿道全线贯通", "30 年后再看江畔新貌", None)
    assert len(read(text)) == len(read(BEFORE_TOC))
    # a title after its page that opens with no measure word stays an entry of its own
    other = BEFORE_TOC.replace("10 滨江绿道全线贯通\n", "10 滨江绿道全线贯通\n30 江畔新貌\n")
    assert (30, "城市观察", "江畔新貌", None, None) in read(other)


def test_a_title_wrapped_onto_a_short_line_is_no_column_heading() -> None:
    # `10 滨江绿道全线贯通在城南` / `开出新天地`: the short line over the next entry reads
    # as a column heading, but the article prints the two as one headline
    wrapped = BEFORE_TOC.replace("10 滨江绿道全线贯通\n", "10 滨江绿道全线贯通在城南\n开出新天地\n")
    text = wrapped + "滨江绿道全线贯通在城南开出新天地\n这是正文的第二句话。\n"
    assert read(text)[1:3] == [
        (10, "城市观察", "滨江绿道全线贯通在城南开出新天地", None, None),
        (12, "城市观察", "老街改造迎来新客流", None, None),
    ]
    # printed nowhere else so, the short line heads the entries under it, as before
    assert read(wrapped)[2] == (12, "开出新天地", "老街改造迎来新客流", None, None)


def test_a_blurb_between_entries_goes_to_the_ledger_not_to_an_entry() -> None:
    text = AFTER_TOC.replace(
        "科技前沿\n", "本期我们走访了多个园区，记录下这座城市一年来的变化与成长。\n科技前沿\n"
    )
    toc = find_toc(lines_of(text), 0, PROFILE)
    assert all("走访" not in (e.subtitle or "") + e.title for e in toc.entries)
    assert any(d.reason == "table of contents blurb" for d in toc.dropped)


def test_running_text_with_numbers_is_no_toc() -> None:
    text = "\n".join(
        [
            "今年园区共引进项目 12",
            "个，总投资超过百亿元。其中制造业项目 8",
            "个，服务业项目 4 个。",
            "全年新增就业岗位 30",
            "余个，同比增长明显。",
            "预计明年还将新增 15",
            "个项目，带动就业 20",
            "个。",
        ]
    )
    assert read(text) == []


def test_a_numbered_list_is_no_toc() -> None:
    items = ["实施老旧小区改造。", "新建农贸市场。", "新增学位。", "建设养老中心。", "新建公园。"]
    text = "\n".join(f"0{n} {item}" for n, item in enumerate(items, start=1))
    assert read(text) == []
    unpunctuated = "\n".join(f"0{n} {item[:-1]}" for n, item in enumerate(items, start=1))
    assert read(unpunctuated) == []  # pages one by one: list numbers


def test_the_toc_leaves_the_body_and_its_entries_anchor_articles() -> None:
    text = AFTER_TOC.replace("\n开篇文章的标题\n", "\n卷首语 新年新气象\n") + ("正文第二段。\n" * 3)
    text += "\n湖畔新城启航\n这是第二篇文章的第一句话。\n"  # the issue prints its titles again
    issue = parse_text(text, name="invented.txt")
    assert [entry.page for entry in issue.toc][:3] == [3, 8, 10]
    body = "".join(block.text for article in issue.articles for block in article.blocks)
    assert "智造园区扩容" not in body and "……" not in body


def test_pages_printed_on_lines_of_their_own_after_leaders() -> None:
    rows = ["目录", ""]
    for page, title in enumerate(
        ["湖畔新城启航", "北湖区再出发", "南岭经开区扩容", "东湖科学城开园", "西山生态园开放"], 4
    ):
        rows += [title, "", "……………………", str(page * 2), ""]
    found = read("\n".join(rows) + "\n正文从这里开始，湖畔新城今年将启动十项民生工程。\n")
    assert [(page, title) for page, _, title, _, _ in found] == [
        (8, "湖畔新城启航"),
        (10, "北湖区再出发"),
        (12, "南岭经开区扩容"),
        (14, "东湖科学城开园"),
        (16, "西山生态园开放"),
    ]


# --- contents at the back, folio-style pages, subtitles under their entries ---------------

BACK = ["湖畔新城启航", "北湖区再出发", "南岭经开区扩容", "东湖科学城开园", "西山生态园开放"]
PAGES = [4, 10, 16, 22, 28]
DECKS = [
    "十个新项目同日开工",
    "三所幼儿园秋季招生",
    "新增泊位四个",
    "首批企业入驻",
    "步道全长六公里",
]


def _issue_with_back_contents(entries: list[str], *, between: int = 0) -> list[Line]:
    """An issue whose articles (headline over deck, then text) come first and whose
    contents page, ENTRIES, closes it. BETWEEN: lines of text an extraction set between
    each headline and its deck (a head column read line by line with the text)."""
    text = "湖畔新城今年将启动十项民生工程，惠及全城居民的日常生活。"
    body: list[str] = []
    for title, deck in zip(BACK, DECKS, strict=True):
        body += [title, *([text] * between), deck, *([text] * 150)]
    return lines_of("\n".join([*body, "本期目录", *entries]))


@pytest.mark.parametrize("page", ["P{}", "第{}页", "p.{}", "{}"])
def test_a_contents_page_at_the_back_with_folio_style_pages(page: str) -> None:
    entries = [f"{title} {page.format(n)}" for n, title in zip(PAGES, BACK, strict=True)]
    toc = find_toc(_issue_with_back_contents(entries), 0, PROFILE)
    assert [(e.page, e.title) for e in toc.entries] == list(zip(PAGES, BACK, strict=True))


def test_folio_style_pages_on_lines_of_their_own() -> None:
    entries = [row for n, title in zip(PAGES, BACK, strict=True) for row in (title, f"P{n}")]
    toc = find_toc(_issue_with_back_contents(entries), 0, PROFILE)
    assert [(e.page, e.title) for e in toc.entries] == list(zip(PAGES, BACK, strict=True))


@pytest.mark.parametrize("between", [0, 2])
def test_a_line_under_an_entry_is_its_subtitle_when_the_issue_prints_them_so(
    between: int,
) -> None:
    # `湖畔新城启航 P4` / `十个新项目同日开工`: the second line could start the next
    # entry's title; the articles print each headline over its deck, which settles it.
    entries = [row for n, t, d in zip(PAGES, BACK, DECKS, strict=True) for row in (f"{t} P{n}", d)]
    toc = find_toc(_issue_with_back_contents(entries, between=between), 0, PROFILE)
    # (the last entry's deck, after the region's last page, is left to the body: there
    # it may as well be the first line of what follows the contents)
    pairs = [(e.title, e.subtitle) for e in toc.entries]
    assert pairs[:4] == list(zip(BACK, DECKS, strict=True))[:4]


def test_wrapped_titles_stay_wrapped_when_the_issue_prints_them_whole() -> None:
    # `十个新项目同日开工` / `北湖区再出发 P10` read as one title the issue prints
    # whole: a line without a page there starts the next entry.
    heads = [f"本月要闻：{deck}" for deck in DECKS]  # too long for a column heading
    titles = [f"{head}{title}" for title, head in zip(BACK, heads, strict=True)]
    text = "湖畔新城今年将启动十项民生工程，惠及全城居民的日常生活。"
    body = [row for title in titles for row in (title, *([text] * 150))]
    entries = [row for n, t, h in zip(PAGES, BACK, heads, strict=True) for row in (h, f"{t} P{n}")]
    toc = find_toc(lines_of("\n".join([*body, "本期目录", *entries])), 0, PROFILE)
    assert [e.title + (e.subtitle or "") for e in toc.entries] == titles


def test_a_subtitle_needs_its_headline_close_above_it_in_the_issue() -> None:
    # The decks are printed, but in a digest at the front, not under their headlines:
    # no evidence for the subtitle reading, so the first reading stands.
    text = "湖畔新城今年将启动十项民生工程，惠及全城居民的日常生活。"
    body = ["本期导读", *DECKS, *(row for title in BACK for row in (title, *([text] * 150)))]
    entries = [row for n, t, d in zip(PAGES, BACK, DECKS, strict=True) for row in (f"{t} P{n}", d)]
    toc = find_toc(lines_of("\n".join([*body, "本期目录", *entries])), 0, PROFILE)
    assert [e.subtitle for e in toc.entries][:4] != DECKS[:4]


def test_pages_set_in_bold_and_column_names_in_square_brackets() -> None:
    # A converter's Markdown: each page in bold before its title, each column's name in
    # bold square brackets; the names are the columns, without their brackets.
    text = "\n\n".join(
        [
            "**目次**",
            "**［城市观察］**",
            "**8** 湖畔新城启航",
            "**10** 滨江绿道全线贯通",
            "**［科技前沿］**",
            "**16** 智造园区扩容",
            "**18** 国内外资讯速递",
            "**20** 老街改造迎来新客流",
        ]
    )
    assert [(page, column, title) for page, column, title, _, _ in read(text)] == [
        (8, "城市观察", "湖畔新城启航"),
        (10, "城市观察", "滨江绿道全线贯通"),
        (16, "科技前沿", "智造园区扩容"),
        (18, "科技前沿", "国内外资讯速递"),
        (20, "科技前沿", "老街改造迎来新客流"),
    ]


def test_a_page_on_a_line_of_its_own_is_no_column_heading() -> None:
    # Each page over its title, read the other way round (page after the title): a short
    # line over a long one is a heading, unless it is a page, which heads nothing.
    title = "湖畔新城十个新项目同日开工"
    assert _is_heading("城市观察", title, PageSide.AFTER)
    assert not _is_heading("8", title, PageSide.AFTER)
    assert not _is_heading("P8", title, PageSide.AFTER)


def test_a_title_of_three_letters_the_toc_names_opens_its_article() -> None:
    # Too short for the loose matches (a title inside a longer heading, a piece of a
    # title), a title the heading prints exactly is found all the same.
    body = "今年的工程进展顺利，这篇报道写了很多细节，篇幅很长，足以成为一个段落。" * 3
    titles = ["湖畔新城十项工程启航", "一张网", "滨江绿道全线贯通"]
    text = "\n\n".join(
        ["目录", *(f"{page} / {title}" for page, title in zip((4, 6, 9), titles, strict=True))]
        + [part for title in titles for part in (f"## {title}", body)]
    )
    assert [article.title for article in parse_text(text).articles] == titles


def test_a_title_too_short_to_look_like_one_is_found_where_the_toc_names_it() -> None:
    # A plain line of three letters is no title by its looks; named by the TOC exactly,
    # it opens its article.
    body = "今年的工程进展顺利，这篇报道写了很多细节，篇幅很长，足以成为一个段落。" * 3
    titles = ["湖畔新城十项工程启航", "一张网", "滨江绿道全线贯通"]
    text = "\n\n".join(
        ["目录", *(f"{page} / {title}" for page, title in zip((4, 6, 9), titles, strict=True))]
        + [part for title in titles for part in (title, body)]
    )
    assert [article.title for article in parse_text(text).articles] == titles


# A contents page in two columns read across, row by row: both columns' headings (the
# magazine's own column names) on one row, then their entries alternating, each column's
# pages rising on their own.
ACROSS_TOC = """本期导读

特别策划

企业之星

03 湖畔新城启航

20 智造园区扩容

04 滨江绿道全线贯通

21 国内外资讯速递

05 老街改造迎来新客流

06 西溪湿地候鸟归来

民生频道

24 北湖区新增三所幼儿园

26 城东社区办起年夜饭
"""


def test_two_headings_in_a_row_share_the_entries_after_them_by_their_pages() -> None:
    assert [(page, column) for page, column, *_ in read(ACROSS_TOC)] == [
        (3, "特别策划"),
        (20, "企业之星"),
        (4, "特别策划"),
        (21, "企业之星"),
        (5, "特别策划"),
        (6, "特别策划"),
        (24, "民生频道"),
        (26, "民生频道"),
    ]


def test_a_head_before_a_heading_whose_pages_rise_as_read_names_no_entry() -> None:
    # the first of the two was a page's head: the entries' pages rise as they are read
    rising = ACROSS_TOC.replace("20 智造", "04 智造").replace("04 滨江", "05 滨江")
    rising = rising.replace("21 国内", "05 国内").replace("05 老街", "06 老街")
    rising = rising.replace("06 西溪", "07 西溪")
    assert {column for _, column, *_ in read(rising)[:6]} == {"企业之星"}


def test_headings_with_a_line_between_them_are_not_read_across() -> None:
    apart = ACROSS_TOC.replace("企业之星\n", "PART 01\n\n企业之星\n", 1)
    assert {column for _, column, *_ in read(apart)[:6]} == {"企业之星"}


def test_entries_read_across_out_of_turn_go_by_their_pages() -> None:
    # an extractor set one of the second column's cells late (`20` after `21`), and the
    # first column runs on alone after it: each column keeps its own run of pages
    late = ACROSS_TOC.replace(
        "05 老街改造迎来新客流", "20 产业园区新景\n\n05 老街改造迎来新客流"
    ).replace("20 智造园区扩容", "19 智造园区扩容")
    assert [(page, column) for page, column, *_ in read(late)][:7] == [
        (3, "特别策划"),
        (19, "企业之星"),
        (4, "特别策划"),
        (21, "企业之星"),
        (20, "企业之星"),
        (5, "特别策划"),
        (6, "特别策划"),
    ]


THREE_ACROSS_TOC = """本期导读

企业之星

论坛纵横

他山之石

11 湖畔美妆产业新星

13 航空产业峰会在湖畔举行

18 东城开发区深化改革纪实

12 智能家电打造升级品牌

14 医药企业家大会隆重举行

19 西城科学城打造创新策源地

16 工会系统盛会在湖畔举行

20 南湖自创区开启新计划

民生频道

24 北湖区新增三所幼儿园
"""


def test_three_headings_in_a_row_share_the_entries_after_them_by_their_pages() -> None:
    assert [(page, column) for page, column, *_ in read(THREE_ACROSS_TOC)] == [
        (11, "企业之星"),
        (13, "论坛纵横"),
        (18, "他山之石"),
        (12, "企业之星"),
        (14, "论坛纵横"),
        (19, "他山之石"),
        (16, "论坛纵横"),
        (20, "他山之石"),
        (24, "民生频道"),
    ]
