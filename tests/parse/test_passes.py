"""Unit tests for each parser pass, on small inputs written for the rule under test."""

from __future__ import annotations

import pytest

from qtread.model import ArticleKind, BlockType, LineSpan, SourceShape
from qtread.parse import parse_text
from qtread.parse.chunks import Chunk, ChunkKind
from qtread.parse.classify import (
    chronology_date,
    ends_with_role,
    is_titleish,
    kicker_label,
    parse_byline,
    parse_credit,
)
from qtread.parse.front import read_covers
from qtread.parse.furniture import strip_furniture
from qtread.parse.lines import normalise, split_lines
from qtread.parse.profile import load_profile
from qtread.parse.shape import detect_shape
from qtread.parse.toc import confirm_toc, find_toc
from qtread.parse.unwrap import resume_cut_sentences, unwrap
from qtread.text.cjk import cell_width, join_wrapped, printed_width

PROFILE = load_profile()


def lines_of(text: str):
    return split_lines(normalise(text))


# --- normalise -------------------------------------------------------------------------


def test_normalise_unifies_line_ends_and_drops_invisible_characters() -> None:
    text = normalise("甲\r\n乙\r丙\u200b丁\ufeff\x00戊\u3000己\u00a0庚")
    assert text == "甲\n乙\n丙丁戊 己 庚"


def test_lines_remember_leading_and_trailing_spaces() -> None:
    first, second, third = split_lines(" 页首\n尾 \n ")
    assert first.lead_space and not first.trail_space and first.text == "页首"
    assert second.trail_space and second.text == "尾"
    assert third.blank and third.lead_space  # a page marker on a line of its own


# --- shape -----------------------------------------------------------------------------


def test_a_layout_keeping_extraction_indents_lines_without_marking_pages() -> None:
    page = ["正文第一行写到这里，" + str(n) for n in range(40)]
    marked = split_lines("\n".join([" " + page[0], *page[1:]] * 3))  # each page's first line
    assert sum(line.lead_space for line in marked) == 3
    indented = split_lines("\n".join("    " + line for line in page * 3))  # -layout indents
    assert not any(line.lead_space for line in indented)
    assert indented[0].text == page[0]


def test_shape_markdown_from_headings() -> None:
    text = "\n\n".join(f"## 标题{i}\n\n正文内容。" for i in range(6))
    assert detect_shape(lines_of(text)) is SourceShape.MARKDOWN


def test_shape_markdown_from_few_headings_and_bold_spans() -> None:
    # A converter that makes headings of the titles only: one heading in 80 lines, the
    # subheads and labels in bold.
    article = ["## 标题", *(["正文内容，一段文字。"] * 40), "**小标题**", *(["正文内容。"] * 40)]
    text = "\n\n".join(article * 6)
    assert detect_shape(lines_of(text)) is SourceShape.MARKDOWN
    ocr = "\n\n".join([*(line.replace("**", "") for line in article)] * 6)
    assert detect_shape(lines_of(ocr)) is not SourceShape.MARKDOWN  # `#` lines alone


def test_shape_pdf_text_from_short_open_lines() -> None:
    body = "\n\n".join(["钱塘新区召开产业平台建设推进大会会上杭州医药港"] * 40)
    assert detect_shape(lines_of(body)) is SourceShape.PDF_TEXT


def test_shape_flowed_from_one_paragraph_a_line() -> None:
    body = "\n\n".join(
        ["钱塘新区召开产业平台建设推进大会，会上杭州医药港逐一亮相，反响热烈。"] * 40
    )
    assert detect_shape(lines_of(body)) is SourceShape.FLOWED


# --- joining ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("left", "right", "printed", "joined"),
    [
        ("钱塘新", "区成立", False, "钱塘新区成立"),
        ("George", "Church", False, "George Church"),
        ("发布 2020-", "2021 年", False, "发布 2020-2021 年"),
        ("中国 5", "个线路", False, "中国 5个线路"),
        ("发布的", "Alpha 系列", True, "发布的 Alpha 系列"),
        ("汉服", "国风走秀", True, "汉服国风走秀"),
    ],
)
def test_join_wrapped(left: str, right: str, printed: bool, joined: str) -> None:
    assert join_wrapped(left, right, printed_space=printed) == joined


# --- covers, masthead, metadata ----------------------------------------------------------

COVER = """潮涌 **钱塘**

**QIANTANG**

ISSUE

**05**

2020.07

2020\\07\\NO.5

主 编 陈金泉
执 行 主 编 杨丽敏 / 李 锋
地 址 杭州钱塘新区青六北路 769 号

## 卷首

这是卷首语的第一段，它足够长，并且以句号结束，所以封面到此为止。
"""


def test_cover_gives_metadata_and_masthead() -> None:
    covers = read_covers(lines_of(COVER), PROFILE)
    meta = covers.metadata
    assert (meta.title, meta.title_en, meta.issue_number, meta.year, meta.month) == (
        "潮涌钱塘",
        "QIANTANG",
        5,
        2020,
        7,
    )
    assert meta.masthead["执行主编"] == ["杨丽敏", "李锋"]
    assert meta.masthead["地址"] == ["杭州钱塘新区青六北路 769 号"]
    assert covers.front_end == 15  # the foreword heading is content


def test_no_cover_means_no_metadata() -> None:
    covers = read_covers(
        lines_of("刚满一周岁，钱塘新区步入发展新阶段，产业平台蓄势待发。\n"), PROFILE
    )
    assert covers.front_end == 0
    assert covers.metadata.title is None and covers.metadata.issue_number is None


# --- furniture -------------------------------------------------------------------------


def test_running_headers_and_folios_go_to_the_ledger() -> None:
    text = "正文传达学\n\n22 2322 23\n\n聚焦钱塘 HANGZHOU QIANTANG\n\nAFFAIRS\n\n习精神。\n\n2021 年 5 月"
    result = strip_furniture(lines_of(text), PROFILE)
    reasons = {d.text: d.reason for d in result.dropped}
    assert reasons == {
        "22 2322 23": "folio",
        "聚焦钱塘 HANGZHOU QIANTANG": "running header",
        "AFFAIRS": "running header (English column word)",
    }
    assert result.heads.named() == {5: "聚焦钱塘"}
    assert [line.text for line in result.lines if line.text] == [
        "正文传达学",
        "习精神。",
        "2021 年 5 月",
    ]


def test_photo_numbers_and_their_captions_go_to_the_ledger() -> None:
    text = "工厂的生产线一片繁忙。\n\n1\n\n2\n\n3\n\n1.总装车间\n\n2.检测中心\n\n3.展示厅\n 新的一页从这里开始。"
    result = strip_furniture(lines_of(text), PROFILE)
    assert [(d.text, d.reason) for d in result.dropped] == [
        ("1", "photo number"),
        ("2", "photo number"),
        ("3", "photo number"),
        ("1.总装车间", "photo caption"),
        ("2.检测中心", "photo caption"),
        ("3.展示厅", "photo caption"),
    ]
    # the page start after the removed captions is still marked
    assert result.lines[-2].lead_space


def test_a_caption_naming_what_its_photo_shows_goes_with_its_block() -> None:
    text = (
        "工厂的生产线一片繁忙，订单排到了年底。\n\n展示馆一楼\n 总装生产线\n\n"
        "新品发布会\n\n产能提升了三成。\n\n吸尘器生产线\n\n研发投入逐年增加。"
    )
    result = strip_furniture(lines_of(text), PROFILE)
    assert sorted((d.line, d.text, d.reason) for d in result.dropped) == [
        (3, "展示馆一楼", "photo caption"),
        (4, "总装生产线", "photo caption"),
        (10, "吸尘器生产线", "photo caption"),
    ]
    assert [line.number for line in result.lines if line.removed] == [3, 4, 10]
    # a caption's lead space marks where its photo sits, not a page start
    assert not any(line.lead_space for line in result.lines)
    # a block with running text in it is not a caption block
    kept = strip_furniture(lines_of("参观现场\n嘉宾们走进车间，了解生产流程。"), PROFILE)
    assert not kept.dropped


def test_removed_lines_are_not_gaps_the_layout_left() -> None:
    text = "第一篇的最后一段结束了。\n\n九阳太空厨房展厅\n\n本刊记者 汪株燚"
    furniture = strip_furniture(lines_of(text), PROFILE)
    chunks = unwrap(furniture.lines, SourceShape.PDF_TEXT)
    assert [(c.text, c.gap) for c in chunks][-1] == ("本刊记者 汪株燚", 2)


def test_a_lone_number_stays_text() -> None:
    result = strip_furniture(lines_of("第一段。\n\n7\n\n第二段。"), PROFILE)
    assert not result.dropped


# --- TOC -------------------------------------------------------------------------------

TOC = """前言标题

## 10 特别策划

- 15 / 一张网：紧扣产业发展需求
- 20 / 顾家集团：  
打造员工的“暖家根据地”

## 他山之石

- 82 / 成都高新区  
构建集成电路平台  
等 6 则

## 72 瞭望台

深挖数据能量 赋能数字基建

正文开始，这里是第一篇文章的第一段。

## 一张网：紧扣产业发展需求

正文。

## 顾家集团：打造员工的“暖家根据地”

正文。
"""


def test_toc_entries_columns_pages_and_counts() -> None:
    toc = find_toc(lines_of(TOC), 0, PROFILE)
    got = [(e.page, e.column, e.title, e.subtitle, e.claimed_count) for e in toc.entries]
    assert got == [
        (15, "特别策划", "一张网：紧扣产业发展需求", None, None),
        (20, "特别策划", "顾家集团：", "打造员工的“暖家根据地”", None),
        (82, "他山之石", "成都高新区", "构建集成电路平台", 6),
        (72, "瞭望台", "深挖数据能量 赋能数字基建", None, None),
    ]


def test_no_toc_in_plain_text() -> None:
    assert find_toc(lines_of("40 万吨 / 年的产能。\n\n正文。"), 0, PROFILE).entries == []


def test_a_numbered_list_whose_items_the_issue_prints_nowhere_else_is_no_toc() -> None:
    # Items of an article numbered and wrapped, a figure at a line's end, read like a
    # contents page's entries; a contents page names titles the issue prints again over
    # their articles, and these are printed once: their lines stay the article's text.
    items = [
        "11 新建幼儿园和小学，新增学位900", "个。", "12 改造西山公园步道，全长6", "公里。",
        "01 扩建东港码头泊位，新增泊位4", "个。", "02 修缮南岸老街百年老宅，共计23", "栋。",
        "03 新建城北科技园区孵化楼，面积12", "万平方米。",
    ]  # fmt: skip
    text = "\n\n".join(["## 湖畔新城的十件实事", "今年的民生实事包括：", *items, "正文。"])
    lines = lines_of(text)
    assert find_toc(lines, 0, PROFILE).entries  # read as entries…
    toc = confirm_toc(find_toc(lines, 0, PROFILE), lines)
    assert (toc.entries, toc.start, toc.end) == ([], 0, 0)  # …but no TOC
    titles = "\n\n".join(f"## {item[3:]}\n\n正文。" for item in items[::2])
    lines = lines_of(f"{text}\n\n{titles}")
    assert confirm_toc(find_toc(lines, 0, PROFILE), lines).entries


# --- unwrap ----------------------------------------------------------------------------


def test_pdf_text_lines_rebuild_paragraphs() -> None:
    printed = [
        "时间的轨道镌刻发展的印记，岁月的年轮辉映承",
        "载的初心。回首这一年，钱塘新区的发展意义",
        "非凡。",
        "这一年，新区产业平台蓄势待发，聚力攻坚，",
        "实现了高质量发展。",
    ]
    chunks = unwrap(lines_of("\n\n".join(printed)), SourceShape.PDF_TEXT)
    assert [c.text for c in chunks] == [
        "时间的轨道镌刻发展的印记，岁月的年轮辉映承载的初心。回首这一年，钱塘新区的发展意义非凡。",
        "这一年，新区产业平台蓄势待发，聚力攻坚，实现了高质量发展。",
    ]


def test_page_break_split_rejoins_around_a_caption() -> None:
    text = "联盟加强对不同所有制企业政治统领，比如在企业政\n\n浙江省首个汽车党建联盟启动仪式\n\n治引领方面作用突出。"
    chunks = unwrap(lines_of(text), SourceShape.FLOWED)
    assert chunks[0].text == "联盟加强对不同所有制企业政治统领，比如在企业政治引领方面作用突出。"
    assert chunks[1].text == "浙江省首个汽车党建联盟启动仪式"


def test_labelled_title_glued_to_a_body_line_is_lifted_out() -> None:
    printed = [
        "新区的发展离不开一个又一个平台的支撑，产业园",
        "区的建设从零起步，一路走到今天，已经集聚了上",
        "百家企业，形成了完整的产业链条，带动了周边",
        "某某高科园：\n打造以新材料为引领的产业集群 地区的就业和税收，成为区域经济的重要引擎。",
    ]
    chunks = unwrap(lines_of("\n\n".join(printed)), SourceShape.PDF_TEXT)
    texts = [c.text for c in chunks]
    assert "某某高科园：打造以新材料为引领的产业集群" in texts
    assert any("带动了周边地区的就业和税收" in text for text in texts)


def test_a_short_line_set_into_a_paragraph_stays_apart() -> None:
    printed = [
        "这一年里，新区围绕产业发展持续发力，推动项目",
        "落地见效，同时也在民生领域做了大量的工作，让",
        "邻里中心开门迎客",
        "记者走访了多家企业和社区，听到了不少好评。",
    ]
    texts = [c.text for c in unwrap(lines_of("\n\n".join(printed)), SourceShape.PDF_TEXT)]
    assert "邻里中心开门迎客" in texts
    assert not any("让邻里中心" in text for text in texts)


def test_text_that_cannot_start_a_paragraph_wins_over_a_box_in_the_sentence() -> None:
    text = (
        "他说，自当选为代表以\n\n◇ 张三\n\n某省代表某公司员工，车间主任\n\n"
        "来，一直把传达会议精神列为重点工作。"
    )
    texts = [c.text for c in unwrap(lines_of(text), SourceShape.FLOWED)]
    assert texts[0] == "他说，自当选为代表以来，一直把传达会议精神列为重点工作。"
    assert "某省代表某公司员工，车间主任" in texts


def test_a_title_line_takes_a_continuation_only_when_the_join_makes_a_known_pair() -> None:
    text = (
        "企业的表现各有不同。\n\n面对多家企业处于亏损的行业境况\n\n下，企业该如何应对？\n\n"
        "在这种情况下，企业需要调整。\n\n热水袋物资钱塘造\n\n利，企业表示满意。"
    )
    texts = [c.text for c in unwrap(lines_of(text), SourceShape.FLOWED)]
    assert "面对多家企业处于亏损的行业境况下，企业该如何应对？" in texts  # 况下 occurs nearby
    assert "热水袋物资钱塘造" in texts  # 造利 does not


def _chunk(text: str, line: int, *, kind: ChunkKind = ChunkKind.TEXT, page: bool = False) -> Chunk:
    return Chunk(kind, text, LineSpan(line, line), [text], page_break=page)


def test_a_sentence_cut_at_a_page_foot_resumes_after_another_article() -> None:
    chunks = [
        _chunk("金牛辞旧岁，各街道的迎新活动精彩纷呈，一起来看看吧", 1),
        _chunk("她拎着火锅套餐和饺子，与志愿者一起出发去送", 3),
        _chunk("稳企留工专项奖励资金", 5, kind=ChunkKind.FRAME, page=True),
        _chunk("临近年末，车间依然一片繁忙，生产线开足马力运转。", 7),
        _chunk("餐。来到一户门口，她敲敲门。", 9),
    ]
    texts = [c.text for c in resume_cut_sentences(chunks)]
    assert texts[1] == "她拎着火锅套餐和饺子，与志愿者一起出发去送餐。来到一户门口，她敲敲门。"
    assert texts[0].endswith("一起来看看吧")  # open too, but not at a page's foot
    assert len(texts) == 4


def test_the_pair_the_text_uses_decides_which_open_sentence_a_text_finishes() -> None:
    chunks = [
        _chunk("他拎着饺子，与志愿者一起出发去送", 1),
        _chunk("标题", 3, kind=ChunkKind.FRAME, page=True),
        _chunk("“我们会对员工进行补助，同时也在争取更多福", 5),
        _chunk("公司还为员工准备了福利，包括年货和红包。", 7),
        _chunk("利政策。”他说。", 9),
    ]
    texts = [c.text for c in resume_cut_sentences(chunks)]
    assert "“我们会对员工进行补助，同时也在争取更多福利政策。”他说。" in texts
    assert texts[0] == "他拎着饺子，与志愿者一起出发去送"


def test_a_closing_quote_needs_an_open_one_and_a_repeated_sentence_stays() -> None:
    def page(*texts: str) -> list[Chunk]:
        head = [_chunk("他拎着饺子，与志愿者一起出发", 1), _chunk("标题", 3, page=True)]
        return head + [_chunk(text, 5 + 2 * n) for n, text in enumerate(texts)]

    assert len(resume_cut_sentences(page("秒办结”，群众少跑腿。"))) == 3
    texts = [
        c.text
        for c in resume_cut_sentences(page("人，总体效能却提升了。", "人，总体效能却提升了。"))
    ]
    assert texts == [
        "他拎着饺子，与志愿者一起出发人，总体效能却提升了。",
        "标题",
        "人，总体效能却提升了。",
    ]


def test_an_indented_line_under_full_lines_starts_another_paragraph() -> None:
    full = "这是一行排满栏宽的正文文字用来撑满整个版心"  # every full line: 21 characters
    paragraph = [full[2:], full, full, full, "结束了。"]
    printed = [
        *paragraph,
        full[2:],
        full,
        full[:-1] + "福",  # the sentence breaks off: it goes on elsewhere
        full[2:-1] + "，",  # set in by two characters: another paragraph starts
        "这让企业倍感振奋。",
        *paragraph,
        *paragraph,
    ]
    texts = [c.text for c in unwrap(lines_of("\n\n".join(printed)), SourceShape.PDF_TEXT)]
    assert texts[1] == full[2:] + full + full[:-1] + "福"
    assert texts[2] == full[2:-1] + "，这让企业倍感振奋。"


def test_a_closing_quote_continues_a_quote_its_own_paragraph_opened() -> None:
    printed = [
        "完毕。此前，一个小蛋糕已由骑手送到社区。“这是专",
        "门为一户居家隔离的二胎家庭预备的，小宝宝还在哺乳期。",
        "咱们先去看看这户人家。”她说。",
    ]
    texts = [c.text for c in unwrap(lines_of("\n\n".join(printed)), SourceShape.PDF_TEXT)]
    assert texts == ["".join(printed)]


def test_markdown_heading_and_list_chunks() -> None:
    chunks = unwrap(lines_of("## 标题\n\n- 第一项\n- 第二项\n\n> 引文"), SourceShape.MARKDOWN)
    assert [(c.kind, c.text) for c in chunks] == [
        (ChunkKind.HEADING, "标题"),
        (ChunkKind.LIST_ITEM, "第一项"),
        (ChunkKind.LIST_ITEM, "第二项"),
        (ChunkKind.QUOTE, "引文"),
    ]


def test_flowed_text_loses_spaces_inside_chinese_words() -> None:
    chunks = unwrap(
        lines_of("作为省市发展制造业重 要平台之一，钱 塘新区这一年发展迅速，取得了显著成绩。"),
        SourceShape.FLOWED,
    )
    assert (
        chunks[0].text == "作为省市发展制造业重要平台之一，钱塘新区这一年发展迅速，取得了显著成绩。"
    )


# --- classify --------------------------------------------------------------------------


def test_bylines_in_their_printed_forms() -> None:
    assert [
        (b.role, b.names)
        for b in parse_byline("记者 / 汪株焱 通讯员 / 曲玉国 张钜栋", PROFILE) or []
    ] == [
        ("记者", ("汪株焱",)),
        ("通讯员", ("曲玉国", "张钜栋")),
    ]
    assert parse_byline("文 \\ 汪株燚  李如艳", PROFILE) is not None
    assert parse_byline("本刊记者 徐歆婷", PROFILE) is not None
    assert parse_byline("记者参加了会议并发言", PROFILE) is None
    credit = parse_credit("［整理 / 汪洙燚］", PROFILE)
    assert credit is not None and credit.names == ("汪洙燚",)


def test_markers() -> None:
    assert kicker_label("· 说服务 ·", PROFILE) == "说服务"
    assert chronology_date("● 2020.5.28", PROFILE) == ("2020.5.28", "")
    assert chronology_date("2020.11.03 人力资源服务协会成立", PROFILE) == (
        "2020.11.03",
        "人力资源服务协会成立",
    )
    assert chronology_date("2020 年发布", PROFILE) is None


def test_figures_and_bare_labels_are_not_titles() -> None:
    def chunk(text: str) -> Chunk:
        return Chunk(ChunkKind.TEXT, text, LineSpan(1, 1), [text])

    assert not is_titleish(chunk("461.34亿"), PROFILE)
    assert not is_titleish(chunk("8.9万人"), PROFILE)
    assert not is_titleish(chunk("我们将凝心聚力、狠抓落实，重点打造“六大高地”——"), PROFILE)
    assert is_titleish(chunk("钱塘这一年"), PROFILE)


def test_a_role_that_ends_with_a_title_word_is_complete() -> None:
    assert ends_with_role("教授、博导", PROFILE)
    assert ends_with_role("百合花集团股份有限公司董事长", PROFILE)
    assert not ends_with_role("展研究中心执行主任、", PROFILE)


def test_printed_width_gives_chinese_quotes_a_full_em() -> None:
    assert printed_width("“钱塘”") == cell_width("“钱塘”") + 2 == 8


# --- segment (through the whole pipeline) ------------------------------------------------

ISSUE = """## 06 特别策划

- 06 / 助推中小企业融资等 2 则
- 10 / 红盟纵横 联创钱塘未来

## 聚焦钱塘

- 20 / 市重点拟上市企业名单出炉

### 助推中小企业融资

为规范标准化票据融资机制，更好服务中小企业融资。

### 四大行下调大额存单利率

四大行主动下调了大额存单发行利率。

[整理 薛瑾]

# 红盟纵横 联创钱塘未来

记者 / 李如艳 薛瑾

2019年4月18日，杭州钱塘新区正式挂牌成立。

## 突出龙头引领 市重点拟上市企业名单出炉

记者 / 汪株焱

正文第一段。

### 小标题

正文第二段。
"""


def test_toc_anchors_briefs_bylines_and_columns() -> None:
    issue = parse_text(ISSUE)
    got = [
        (s.name, a.kind, a.title, a.subtitle, a.page) for s in issue.sections for a in s.articles
    ]
    assert got == [
        ("特别策划", ArticleKind.BRIEF, "助推中小企业融资", None, 6),
        ("特别策划", ArticleKind.BRIEF, "四大行下调大额存单利率", None, None),
        ("特别策划", ArticleKind.ARTICLE, "红盟纵横 联创钱塘未来", None, 10),
        ("聚焦钱塘", ArticleKind.ARTICLE, "市重点拟上市企业名单出炉", "突出龙头引领", 20),
    ]
    last = issue.articles[-1]
    assert [b.names for b in last.bylines] == [("汪株焱",)]
    assert [b.type for b in last.blocks] == [
        BlockType.PARAGRAPH,
        BlockType.SUBHEADING,
        BlockType.PARAGRAPH,
    ]
    assert all(entry.article_id for entry in issue.toc)


def test_pull_quote_repeating_its_article_goes_to_the_ledger() -> None:
    text = "## 标题一\n\n记者 / 汪株焱\n\n让科技要素聚起来\n\n高新区提出，要让科技要素聚起来，形成新的增长点。"
    issue = parse_text(text, shape=SourceShape.MARKDOWN)
    assert [b.text for b in issue.articles[0].blocks] == [
        "高新区提出，要让科技要素聚起来，形成新的增长点。"
    ]
    assert any(d.reason == "pull quote repeating the text" for d in issue.dropped)


def test_chronology_entries_take_their_dates() -> None:
    text = "## 杭州钱塘新区大事记\n\n2020.6.3\n\n钱塘新区东线项目顺利完工。\n\n2020.6.5\n\n世界环境日活动举行。"
    issue = parse_text(text, shape=SourceShape.MARKDOWN)
    article = issue.articles[0]
    assert article.kind is ArticleKind.CHRONOLOGY
    assert [(b.date, b.text) for b in article.blocks] == [
        ("2020.6.3", "钱塘新区东线项目顺利完工。"),
        ("2020.6.5", "世界环境日活动举行。"),
    ]


def pdf_text(*blocks: str) -> str:
    """Raw PDF text: one printed line a line, a blank line after each."""
    return "\n\n".join(blocks)


def test_framed_subheads_stay_inside_their_feature() -> None:
    text = pdf_text(
        "某某高科园：\n打造以新材料为引领的百亿产业集群",
        "新区的发展离不开一个又一个平台的支撑，产业园",
        "区的建设从零起步，一路走到今天，已经集聚了上",
        "百家企业，形成了完整的产业链条。",
        "异军突起“隐形冠军”扎堆\n拥抱产业新浪潮",
        "园区里的企业大多专注于细分领域，多年深耕之后",
        "在各自的赛道上做到了领先，成为行业里的佼佼者。",
        "建链补链强链集聚要素\n激发产业新动能",
        "下一步，园区将围绕产业链的关键环节继续招引项",
        "目，补齐短板，让产业集群的规模和质量同步提升。",
    )
    issue = parse_text(text, shape=SourceShape.PDF_TEXT)
    [article] = [a for s in issue.sections for a in s.articles]
    assert article.title == "某某高科园：打造以新材料为引领的百亿产业集群"
    assert [b.text for b in article.blocks if b.type is BlockType.SUBHEADING] == [
        "异军突起“隐形冠军”扎堆拥抱产业新浪潮",
        "建链补链强链集聚要素激发产业新动能",
    ]


def test_a_narrow_columns_prose_ends_the_cover() -> None:
    """Each line of a narrow column is shorter than a sentence; two of them in a row are
    running text all the same, and the cover ends before them, not pages later."""
    text = (
        "潮涌钱塘\n2020年第5期\n"
        "日出东方，风雨兼程，弄潮儿向涛头\n立，手把红旗旗不湿。在钱塘新区这\n"
        "2020年第5期\n"
    )
    covers = read_covers(lines_of(text), PROFILE)
    assert covers.front_end == 2


def test_two_cover_lines_in_a_row_are_not_prose() -> None:
    covers = read_covers(lines_of("潮涌钱塘\nQIANTANG\n2020年第5期 · 7月刊\n"), PROFILE)
    assert covers.front_end == 3


def test_a_contents_page_printing_each_page_over_its_title_ends_the_cover() -> None:
    """A title page that holds the contents, each entry's page on a line of its own over
    its title: the running head of the next page (an issue line) is no cover line, and
    the contents are no cover either."""
    entries = ["3", "北湖新区民生工程纪实", "［城市］", "6", "东江两岸城市更新观察"]
    entries += ["9", "南山脚下的乡村振兴路", "12", "老城区一百个小区完成改造"]
    text = "\n".join(["潮涌钱塘", "2031年第5期", "目次", *entries, "《潮涌钱塘》2031年第5期"])
    covers = read_covers(lines_of(text), PROFILE)
    assert covers.front_end == 3  # the contents' title is a cover line; its entries are not


def test_a_number_alone_on_the_cover_makes_no_contents_entry_of_what_follows() -> None:
    text = "\n".join(["潮涌钱塘", "5", "QIANTANG", "（月刊）", "钱塘新区", "2031年第5期"])
    covers = read_covers(lines_of(text), PROFILE)
    assert covers.front_end == 6


def test_contents_entries_set_in_bold_end_the_cover() -> None:
    entries = [
        "**3** 北湖新区民生工程纪实",
        "**6** 东江两岸城市更新观察",
        "**9** 南山脚下的乡村振兴路",
    ]
    text = "\n".join(["潮涌钱塘", "2031年第5期", *entries, "《潮涌钱塘》2031年第5期"])
    covers = read_covers(lines_of(text), PROFILE)
    assert covers.front_end == 2
