"""Rules for layouts other than the samples': decorated folios, the magazine's name as a
running head, drop caps, bracketed headlines, a byline closing a lead with the text run
on, a cover followed by hard-wrapped prose, and a TOC read in another order than the body.
All on invented text."""

from __future__ import annotations

from qtread.model import Byline, LineSpan, SourceShape, TocEntry
from qtread.parse import parse_text
from qtread.parse.chunks import Chunk, ChunkKind
from qtread.parse.classify import (
    column_label,
    is_titleish,
    news_lead_byline,
    parse_byline,
    person_frame,
    spaced_deck,
    trailing_byline,
)
from qtread.parse.front import read_covers
from qtread.parse.furniture import strip_furniture
from qtread.parse.gaps import restore_gaps
from qtread.parse.headline import without_headline_brackets
from qtread.parse.issue_date import is_issue_line
from qtread.parse.lines import normalise, split_lines
from qtread.parse.profile import load_profile
from qtread.parse.recurring import learn_furniture
from qtread.parse.segment.common import Anchor, Segmented
from qtread.parse.segment.layout import kicker_anchors
from qtread.parse.segment.roles import classify, split_byline_frames
from qtread.parse.segment.toc import toc_anchors
from qtread.parse.toc_loose import find_loose_toc
from qtread.parse.unwrap import unwrap
from qtread.parse.unwrap.drop_caps import join_drop_caps
from qtread.parse.unwrap.paragraphs import pdf_chunks
from qtread.parse.unwrap.rejoin import closes_bracket
from qtread.parse.unwrap.run_in import split_run_in_titles
from qtread.text.cjk import ends_sentence

PROFILE = load_profile()


def lines_of(text: str):
    return split_lines(normalise(text))


def chunk(text: str, line: int = 1) -> Chunk:
    return Chunk(ChunkKind.TEXT, text, LineSpan(line, line), [text])


def body(page: int) -> list[str]:
    """A page of invented running text (a folio run needs pages of eight lines or more)."""
    return [f"第{page}页的正文第{line}行写到这里，句子还没有写完，" for line in range(8)]


# --- folios in rules and dots ------------------------------------------------------------


def test_folios_set_between_rules_are_learned_as_a_run() -> None:
    pages: list[str] = []
    for page in range(4, 10):
        pages += [*body(page), f"— {page} —"]
    learned = learn_furniture(lines_of("\n".join(pages)), set(), ())
    assert {pages[i] for i in learned.reasons} == {f"— {page} —" for page in range(4, 10)}


def test_a_dash_between_numbers_in_the_text_is_not_a_folio() -> None:
    pages: list[str] = []
    for page in range(4, 10):
        pages += [*body(page), f"{page}-{page + 1}"]
    assert not learn_furniture(lines_of("\n".join(pages)), set(), ()).reasons


# --- the magazine's name alone ----------------------------------------------------------


def test_the_magazines_name_alone_is_a_running_head_after_the_cover() -> None:
    assert PROFILE.is_masthead_name("潮涌钱塘")
    assert PROFILE.is_masthead_name("Q IANTANG 潮涌钱塘")
    assert PROFILE.is_masthead_name("潮涌钱塘 · QIANTANG")
    assert not PROFILE.is_masthead_name("潮涌钱塘新区发展纪实")
    assert not PROFILE.is_masthead_name("江潮涌动")
    lines = lines_of("潮涌钱塘\n\n正文第一句写在这里，没有写完，\n潮涌钱塘\n接着写完。")
    result = strip_furniture(lines, PROFILE, body_start=1)
    assert [entry.reason for entry in result.dropped.entries()] == [
        "running header (magazine name)"
    ]


# --- drop caps --------------------------------------------------------------------------


def test_a_drop_cap_goes_back_to_its_paragraph() -> None:
    chunks = [chunk("在", 1), chunk("海港新城这片年轻的土地上，一座座厂房拔地而起。", 3)]
    joined = join_drop_caps(chunks)
    assert [c.text for c in joined] == ["在海港新城这片年轻的土地上，一座座厂房拔地而起。"]
    assert joined[0].span == LineSpan(1, 3)


def test_a_drop_cap_goes_back_to_the_short_lines_set_beside_it() -> None:
    # Beside the big letter the paragraph's first lines are short: the extractor gives
    # them as a frame of short lines, which the letter opens all the same, and which is
    # running text from then on, no title.
    lines = ["海港新城这片年轻的土地上，一座", "座厂房拔地而起，道路向海边延伸。"]
    text = "".join(lines)
    beside = Chunk(ChunkKind.FRAME, text, LineSpan(3, 4), lines)
    joined = join_drop_caps([chunk("在", 1), beside])
    assert [(c.kind, c.text) for c in joined] == [(ChunkKind.TEXT, "在" + text)]


def test_a_title_set_one_letter_a_line_is_not_a_drop_cap() -> None:
    chunks = [chunk("春", 1), chunk("风", 2), chunk("吹过山岗的时候，村里的人们都出门了。", 3)]
    assert [c.text for c in join_drop_caps(chunks)] == [c.text for c in chunks]


def test_a_titles_wrapped_last_letter_is_not_a_drop_cap() -> None:
    # 平台 is printed elsewhere in the issue and 台北 is not: the letter ends the title.
    chunks = [
        chunk("建起集成电路技术服务平", 1),
        chunk("台", 2),
        chunk("北湖新区的企业有了共享平台，研发成本降了三成。", 3),
    ]
    assert [c.text for c in join_drop_caps(chunks)] == [c.text for c in chunks]


def test_a_drop_cap_before_the_title_block_beside_its_paragraph_joins_the_paragraph() -> None:
    # the extractor printed the title block (a kicker, then the title) between the big
    # letter and the paragraph it opens: the titles come first, the letter goes home
    # (在海 is printed elsewhere in the issue, 四在 is not)
    chunks = [
        chunk("■ 记者 李四", 1),
        chunk("在", 2),
        chunk("五十年后重逢湖畔", 3),
        chunk("老兵把拓荒精神讲给年轻人", 4),
        chunk("海港新城这片年轻的土地上，一座座厂房拔地而起。", 6),
        chunk("他们在海边住了五十年。", 7),
    ]
    joined = join_drop_caps(chunks)
    assert [c.text for c in joined][:4] == [
        "■ 记者 李四",
        "五十年后重逢湖畔",
        "老兵把拓荒精神讲给年轻人",
        "在海港新城这片年轻的土地上，一座座厂房拔地而起。",
    ]
    assert joined[3].drop_cap and joined[3].span == LineSpan(2, 6)


def test_with_no_pair_printed_elsewhere_a_letter_after_a_short_line_is_its_tail() -> None:
    chunks = [
        chunk("建起集成电路技术服务平", 1),
        chunk("台", 2),
        chunk("北湖新区的企业有了共享中心，研发成本降了三成。", 3),
    ]
    assert [c.text for c in join_drop_caps(chunks)] == [c.text for c in chunks]


def test_the_title_block_takes_the_drop_caps_place_on_the_page() -> None:
    letter = chunk("在", 2)
    letter.page_break, letter.gap = True, 3
    chunks = [
        letter,
        chunk("老兵把拓荒精神讲给年轻人", 3),
        chunk("海港新城，厂房拔地而起。", 4),
        chunk("他们在海边住了五十年。", 5),
    ]
    joined = join_drop_caps(chunks)
    assert joined[0].text == "老兵把拓荒精神讲给年轻人"
    assert joined[0].page_break and joined[0].gap == 3


def test_a_letter_before_a_title_block_whose_pair_is_printed_nowhere_else_stays() -> None:
    chunks = [
        chunk("城", 2),
        chunk("春风又起 唱响山歌", 3),
        chunk("战风雨、保丰收，一年过去了。", 4),
    ]
    assert [c.text for c in join_drop_caps(chunks)] == [c.text for c in chunks]


def test_a_lone_letter_before_too_long_a_title_block_stays() -> None:
    titles = [chunk(f"第{n}行标题文字", 3 + n) for n in range(4)]
    chunks = [chunk("在", 2), *titles, chunk("海港新城这片年轻的土地上，一座座厂房拔地而起。", 9)]
    assert [c.text for c in join_drop_caps(chunks)] == [c.text for c in chunks]


def test_a_lone_letter_before_running_text_with_clause_marks_stays() -> None:
    chunks = [
        chunk("在", 2),
        chunk("据悉，园区今年新增", 3),
        chunk("海港新城这片年轻的土地上，一座座厂房拔地而起。", 4),
    ]
    assert [c.text for c in join_drop_caps(chunks)] == [c.text for c in chunks]


def test_a_names_wrapped_last_letter_before_a_title_block_stays() -> None:
    # 志军 is printed elsewhere in the issue, 军海 is not: the letter ends the name
    chunks = [
        chunk("自然生态科负责人 赵志", 1),
        chunk("军", 2),
        chunk("新区企业上榜名单出炉", 3),
        chunk("海港新城这片年轻的土地上，一座座厂房拔地而起。", 4),
        chunk("科长王志军介绍了情况。", 5),
    ]
    assert [c.text for c in join_drop_caps(chunks)] == [c.text for c in chunks]


# --- bracketed headlines ----------------------------------------------------------------


def test_a_headline_in_lenticular_brackets_may_be_a_title_a_label_not() -> None:
    assert is_titleish(chunk("【北湖新区三所学校今秋开学】"), PROFILE)
    assert not is_titleish(chunk("【代表企业】"), PROFILE)
    assert without_headline_brackets("【北湖新区三所学校今秋开学】") == "北湖新区三所学校今秋开学"
    assert without_headline_brackets("【一】与【二】") == "【一】与【二】"


def test_briefs_under_bracketed_headlines_are_articles() -> None:
    text = "\n".join(
        [
            "【北湖新区三所学校今秋开学】",
            "新建的三所学校将在九月开学，可提供学位四千余个。",
            "",
            "【东江大桥主体结构完成合龙】",
            "大桥全长两千米，预计年底通车，届时两岸通行时间缩短一半。",
            "",
            "【南山公园新增十公里绿道】",
            "绿道串起五个景点，沿途设置了休息驿站和健身器材。",
        ]
    )
    titles = [a.title for s in parse_text(text).sections for a in s.articles]
    assert titles == [
        "北湖新区三所学校今秋开学",
        "东江大桥主体结构完成合龙",
        "南山公园新增十公里绿道",
    ]


# --- a byline closing the lead ----------------------------------------------------------


def test_a_byline_after_an_ornament_closes_the_sentence_before_it() -> None:
    found = trailing_byline("高质量发展。 ■ 记者 林远 通讯员 周小舟", PROFILE)
    assert found is not None
    assert found[0] == "高质量发展。"
    assert [b.names for b in found[1]] == [("林远",), ("周小舟",)]
    # no ornament and no separator: the words after a full stop stay text
    assert trailing_byline("高质量发展。记者 林远", PROFILE) is None


# --- the cover ends where prose starts --------------------------------------------------


def test_hard_wrapped_prose_ends_the_cover() -> None:
    lines = lines_of(
        "潮涌钱塘\n\n卷首语\n\n春天来了，北湖的柳树绿了，湖边散步的人多了，孩子们在湖边的草地上追\n"
        "逐着风筝。今年的春天，比往年来得更早一些，也更暖一些。\n\n潮涌钱塘\n"
    )
    covers = read_covers(lines, PROFILE)
    assert covers.front_end == 1


# --- a TOC read in another order than the body ------------------------------------------


def test_toc_entries_out_of_the_bodys_order_are_all_found() -> None:
    # a contents page in two columns, read across: the second entry is the body's third
    titles = ["北湖新区三所学校今秋开学", "南山公园新增十公里绿道", "东江大桥主体结构完成合龙"]
    body_order = [titles[0], titles[2], titles[1]]
    chunks: list[Chunk] = []
    for number, title in enumerate(body_order):
        chunks += [
            chunk(title, number * 10 + 1),
            chunk(
                "这是一段正文，写了很多内容，长到足以成为一个段落，不会被当作标题。",
                number * 10 + 2,
            ),
        ]
    entries = [
        TocEntry(page=page, title=title) for page, title in zip((2, 3, 4), titles, strict=True)
    ]
    roles = classify(chunks, PROFILE, set())
    anchors: dict[int, Anchor] = {}
    out = Segmented([])
    toc_anchors(chunks, roles, entries, anchors, out, SourceShape.PDF_TEXT)
    assert sorted(anchor.title for anchor in anchors.values()) == sorted(titles)
    assert not out.warnings


# --- pages on lines of their own, before their titles -----------------------------------


def test_a_page_on_its_own_line_above_its_title_belongs_to_that_title() -> None:
    text = "\n".join(
        [
            "本期导读",
            "02",
            "北湖新区三所学校今秋开学",
            "城市新闻",
            "05",
            "东江大桥主体结构完成合龙",
            "08",
            "南山公园新增十公里绿道",
            "12",
            "老城区一百个小区完成改造",
            "15",
            "地铁九号线开通运营",
            "18",
            "湖滨步行街夜市开张",
        ]
    )
    profile = load_profile()
    toc = find_loose_toc(lines_of(text), 0, 100, profile)
    assert [(entry.page, entry.title) for entry in toc.entries][:3] == [
        (2, "北湖新区三所学校今秋开学"),
        (5, "东江大桥主体结构完成合龙"),
        (8, "南山公园新增十公里绿道"),
    ]


# --- briefs the TOC does not list -------------------------------------------------------

FEATURES = ["北湖新区民生工程纪实", "东江两岸城市更新观察", "南山脚下的乡村振兴路"]
FEATURE_TEXT = "今年的工程进展顺利，这篇报道写了很多细节，篇幅很长，足以成为一个段落。"


def _issue_with(items: list[tuple[str, str]]) -> list[str]:
    """A TOC naming three features, the features, then ITEMS (title, text) after them."""
    lines = [
        "目录",
        *(f"{page} / {title}" for page, title in zip((2, 6, 9), FEATURES, strict=True)),
    ]
    for title in FEATURES:
        lines += ["", title, "", FEATURE_TEXT * 3]
    for title, body_text in items:
        lines += ["", title, "", body_text]
    return lines


def _titles_between(items: list[tuple[str, str]]) -> list[str]:
    """The titles of an issue whose ITEMS stand between the second and the third of the
    TOC's features, where the TOC covers them (no layout rule looks there)."""
    lines = _issue_with([])
    at = lines.index(FEATURES[2]) - 1
    for title, body_text in items:
        lines[at:at] = ["", title, "", body_text]
        at += 4
    return [a.title for a in parse_text("\n".join(lines)).articles]


def test_a_run_of_briefs_the_toc_leaves_out_becomes_articles() -> None:
    items = [
        ("东江大桥主体结构完成合龙", "大桥全长两千米，预计年底通车，两岸通行时间缩短一半。"),
        ("南山公园新增十公里绿道", "绿道串起五个景点，沿途设置了休息驿站和健身器材。"),
        ("地铁九号线开通运营试运行", "九号线全长三十公里，设站二十座，日均客流十万人次。"),
    ]
    issue = parse_text("\n".join(_issue_with(items)))
    titles = [a.title for a in issue.articles]
    assert titles == [*FEATURES, *(title for title, _ in items)]


def test_the_last_brief_of_a_run_may_run_on_into_the_next_articles_text() -> None:
    """With no blank or indent between them, the last brief's text and the text of the
    next article (its title printed elsewhere) read as one paragraph, too long for a
    brief's: the run's headlines say it is a brief all the same."""
    items = [
        ("东江大桥主体结构完成合龙", "大桥全长两千米，预计年底通车，两岸通行时间缩短一半。"),
        ("南山公园新增十公里绿道", "绿道串起五个景点，沿途设置了休息驿站和健身器材。"),
        ("地铁九号线开通运营试运行", "九号线全长三十公里，设站二十座，日均客流十万人次。"),
        ("北湖机场新航站楼年底投用", "新航站楼可满足年旅客吞吐量两千万人次。" + FEATURE_TEXT * 12),
    ]

    assert _titles_between(items) == [
        *FEATURES[:2],
        *(title for title, _ in items),
        FEATURES[2],
    ]
    # a line of text, clauses in it, is no headline closing the run
    text_line = ("这些工程让北湖新区的面貌焕然一新，居民们", items[3][1])
    assert text_line[0] not in _titles_between([*items[:3], text_line])
    # nor does a run of two close with a third
    assert _titles_between([*items[:2], items[3]]) == FEATURES


def test_two_such_items_or_named_firms_stay_subheadings() -> None:
    two = [
        ("东江大桥主体结构完成合龙", "大桥全长两千米，预计年底通车，两岸通行时间缩短一半。"),
        ("南山公园新增十公里绿道", "绿道串起五个景点，沿途设置了休息驿站和健身器材。"),
    ]
    firms = [
        ("北湖电缆股份有限公司", "主营电线电缆，去年产值十亿元，员工一千余人。"),
        ("东江精密机械有限公司", "主营数控机床，产品出口二十多个国家和地区。"),
        ("南山新材料科技有限公司", "主营高分子材料，拥有专利八十余项，研发团队百人。"),
    ]
    for items in (two, firms):
        issue = parse_text("\n".join(_issue_with(items)))
        assert [a.title for a in issue.articles] == FEATURES


def test_a_headline_about_a_firm_after_a_runs_headlines_is_a_brief() -> None:
    """`证监会核准首家外资全资控股期货公司` ends on a firm's word as a name does; after
    three headlines it is the run's next brief, not a name in a feature's list."""
    items = [
        ("东江大桥主体结构完成合龙", "大桥全长两千米，预计年底通车，两岸通行时间缩短一半。"),
        ("南山公园新增十公里绿道", "绿道串起五个景点，沿途设置了休息驿站和健身器材。"),
        ("地铁九号线开通运营试运行", "九号线全长三十公里，设站二十座，日均客流十万人次。"),
        ("市里批准设立首家外资全资控股期货公司", "这家公司将于下月开业，注册资本十亿元。"),
        ("湖滨步行街夜市今晚开张迎客", "夜市设摊位两百个，营业到晚上十一点。"),
    ]
    assert _titles_between(items) == [
        *FEATURES[:2],
        *(title for title, _ in items),
        FEATURES[2],
    ]
    # before them, it is a name, and the run is none yet: a feature's list of firms
    assert items[3][0] not in _titles_between([items[3], *items[:2]])


# --- the lead before the title ----------------------------------------------------------


def _lead_first(title: str, lead: str, byline: str, text: str) -> list[str]:
    """A page that opens with the lead, its byline on the lead's last line, then the title
    (pdftotext marks the page's first line with a form feed)."""
    return ["\f" + lead + " " + byline, "", title, "", text]


def test_an_article_opening_with_its_lead_starts_at_the_lead() -> None:
    lines = [
        "春风又绿北湖岸",
        "文 / 林远",
        "",
        "春天来了，北湖的柳树绿了，湖边散步的人多了，孩子们在湖边的草地上放风筝。" * 2,
        *_lead_first(
            "北湖新区三所学校今秋开学",
            "新建的三所学校将在九月开学，可提供学位四千余个。",
            "■ 记者 林远",
            "三所学校分别位于新区东部、南部和北部，占地面积合计两百亩，都配有标准运动场。" * 2,
        ),
        *_lead_first(
            "东江大桥主体结构完成合龙",
            "大桥全长两千米，预计年底通车，两岸通行时间缩短一半。",
            "■ 记者 周小舟",
            "大桥采用双塔斜拉结构，主跨八百米，建设者们克服了汛期施工的重重困难。" * 2,
        ),
        *_lead_first(
            "南山公园新增十公里绿道",
            "绿道串起五个景点，沿途设置了休息驿站和健身器材。",
            "■ 记者 林远",
            "绿道沿山而建，最高处海拔三百米，市民可以骑行也可以步行，周末游人如织。" * 2,
        ),
    ]
    issue = parse_text("\n".join(lines), shape=SourceShape.PDF_TEXT)
    articles = issue.articles
    assert [a.title for a in articles] == [
        "春风又绿北湖岸",
        "北湖新区三所学校今秋开学",
        "东江大桥主体结构完成合龙",
        "南山公园新增十公里绿道",
    ]
    assert articles[2].blocks[0].text.startswith("大桥全长两千米")
    assert [b.names for b in articles[2].bylines] == [("周小舟",)]


def test_a_bracketed_byline_closes_the_article_above_its_title() -> None:
    lines = [
        "北湖新区三所学校今秋开学",
        "",
        "三所学校分别位于新区东部、南部和北部，占地面积合计两百亩，都配有标准运动场。",
        "",
        "新建的三所学校将在九月开学，可提供学位四千余个。（记者 林远）",
        "\f东江大桥主体结构完成合龙",
        "",
        "大桥采用双塔斜拉结构，主跨八百米，建设者们克服了汛期施工的重重困难。",
    ]
    issue = parse_text("\n".join(lines), shape=SourceShape.PDF_TEXT)
    articles = issue.articles
    assert [a.title for a in articles] == ["北湖新区三所学校今秋开学", "东江大桥主体结构完成合龙"]
    assert [b.names for b in articles[0].bylines] == [("林远",)]
    assert articles[1].blocks[0].text.startswith("大桥采用")


# --- bylines, captions and numbered subheadings in other forms ---------------------------


def test_bylines_that_print_the_name_before_the_role() -> None:
    assert parse_byline("林远 / 文", PROFILE) == [Byline("文", ("林远",))]
    assert parse_byline("林远/文 周舟/图", PROFILE) == [
        Byline("文", ("林远",)),
        Byline("图", ("周舟",)),
    ]
    assert parse_byline("撰文：林远 摄影：周舟", PROFILE) == [
        Byline("撰文", ("林远",)),
        Byline("摄影", ("周舟",)),
    ]
    assert parse_byline("发展新质生产力 / 文", PROFILE) is None  # no name is that long


def test_captions_by_their_printed_form_are_never_titles() -> None:
    for caption in (
        "图1 北湖新区全景",
        "图 | 北湖新区的夜景",
        "▲ 北湖新区的夜景",
        "图为北湖新区的夜景",
        "上图：北湖新区电缆股份有限公司",
        "左图 | 北湖新区的夜景",
    ):
        assert not is_titleish(chunk(caption), PROFILE), caption


def test_a_subheading_numbered_in_words_opens_no_article() -> None:
    text = "\n".join(
        [
            "\f北湖新区三所学校今秋开学",
            "文 / 林远",
            "",
            "新建的三所学校将在九月开学，可提供学位四千余个，家长们十分关心。",
            "\f一、新校舍的设计",
            "",
            "校舍由本地建筑师设计，采光和通风都经过了反复的计算和论证。",
        ]
    )
    issue = parse_text(text, shape=SourceShape.PDF_TEXT)
    articles = issue.articles
    assert [a.title for a in articles] == ["北湖新区三所学校今秋开学"]
    assert any(b.text == "一、新校舍的设计" for b in articles[0].blocks)


# --- issue lines and cover leftovers ----------------------------------------------------


def test_a_line_printing_only_the_issue_is_never_text() -> None:
    for line in (
        "2031年第5期 · 7月刊",
        "I S S U E 0 5 · J U L 2 0 3 1",
        "2031年 第8期",
        "JAN 2031",
    ):
        assert is_issue_line(line), line
    for line in ("2031年7月", "2031.6.3", "北湖新区召开2031年第5期工作会议，部署防汛工作。"):
        assert not is_issue_line(line), line


def test_leftovers_of_the_cover_before_the_first_article_go_to_the_ledger() -> None:
    text = "\n".join(
        [
            "北湖周刊",
            "北湖新区 · 月度要闻摘编",
            "77",
            "\f北湖新区三所学校今秋开学",
            "文 / 林远",
            "",
            "新建的三所学校将在九月开学，可提供学位四千余个，家长们十分关心。",
        ]
    )
    issue = parse_text(text, shape=SourceShape.PDF_TEXT)
    assert [a.title for a in issue.articles] == ["北湖新区三所学校今秋开学"]
    dropped = {entry.text for entry in issue.dropped}
    assert {"北湖新区 · 月度要闻摘编", "77"} <= dropped


# --- a contents table with an author column; a TOC page number before the folios -------


def test_author_cells_of_a_contents_table_are_not_column_headings() -> None:
    rows = ["目录", "城市", "2", "北湖新区三所学校今秋开学", "林远 周小舟"]
    rows += ["5", "东江大桥主体结构完成合龙", "林远", "8", "南山公园新增十公里绿道", "林远"]
    rows += ["乡村", "12", "西坡村的第一家民宿开张", "周小舟", "15", "老茶园迎来新主人", "林远"]
    toc = find_loose_toc(lines_of("\n".join(rows)), 0, 100, PROFILE)
    assert [(entry.page, entry.column) for entry in toc.entries] == [
        (2, "城市"),
        (5, "城市"),
        (8, "城市"),
        (12, "乡村"),
        (15, "乡村"),
    ]


def test_a_page_number_far_before_the_folios_is_not_one() -> None:
    lines = ["目录", "3", "北湖新区三所学校今秋开学"] + ["前言写到这里。"] * 40
    for page in range(4, 10):
        lines += [*body(page), str(page)]
    learned = learn_furniture(lines_of("\n".join(lines)), set(), ())
    assert "3" not in {lines[i] for i in learned.reasons}
    assert {lines[i] for i in learned.reasons} >= {str(page) for page in range(4, 10)}


# --- a newspaper-like page: dated heads, bylines opening the news lead ------------------


def test_a_head_with_the_days_date_and_weekday_is_furniture() -> None:
    assert is_issue_line("2031年7月15日 星期三 第5期 北湖新区主办")
    assert is_issue_line("2031年7月15日 星期三 城市 第9版")
    assert not is_issue_line("2031年7月15日（星期三）上午，大会在北湖新区召开，各部门参加。")


def test_the_byline_in_brackets_opening_a_news_lead() -> None:
    found = news_lead_byline(
        "本刊讯（记者 林远 通讯员 周小舟）7月15日，北湖新区召开大会。", PROFILE
    )
    assert found is not None
    assert found[0] == "7月15日，北湖新区召开大会。"
    assert [b.names for b in found[1]] == [("林远",), ("周小舟",)]
    assert news_lead_byline("本刊讯 7月15日，北湖新区召开大会。", PROFILE) is None
    # the extraction broke the bracket off at a line's end: the byline is cut out whole
    chunks = [
        chunk("北湖新区三所学校今秋开学", 1),
        chunk("本刊讯（记者 林远 通讯员", 3),
        chunk("周小舟）新建的三所学校将在九月开学，可提供学位四千余个，家长们十分关心。", 4),
    ]
    pieces, _ = split_byline_frames(chunks, PROFILE)
    assert [piece.text for piece in pieces] == [
        "北湖新区三所学校今秋开学",
        "本刊讯（记者 林远 通讯员 周小舟）",
        "新建的三所学校将在九月开学，可提供学位四千余个，家长们十分关心。",
    ]
    assert [b.names for b in parse_byline(pieces[1].text, PROFILE) or []] == [
        ("林远",),
        ("周小舟",),
    ]


def test_a_headline_run_into_the_news_lead_under_it_is_cut_off() -> None:
    lines = [
        "北湖新区三所学校今秋开学",
        "新建学位四千余个 家长关心",  # the deck
        "本刊讯（记者 林远 通讯员 周小舟）新建",
        "的三所学校将在九月开学，家长们十分关心。",
    ]
    glued = Chunk(ChunkKind.TEXT, "".join(lines), LineSpan(1, 4), lines)
    pieces, _ = split_byline_frames([glued], PROFILE)
    assert [piece.text for piece in pieces] == [
        "北湖新区三所学校今秋开学新建学位四千余个 家长关心",
        "本刊讯（记者 林远 通讯员 周小舟）",
        "新建的三所学校将在九月开学，家长们十分关心。",
    ]
    assert pieces[0].kind is ChunkKind.FRAME  # the headline's lines, set together
    # the headline keeps the gap above the block; the lead sits right under it, so the
    # byline it opens is the headline's, not apart from it (qtread/parse/segment/common.py
    # DETACHED)
    wide = Chunk(ChunkKind.TEXT, "".join(lines), LineSpan(1, 4), lines, gap=4)
    pieces, _ = split_byline_frames([wide], PROFILE)
    assert [piece.gap for piece in pieces] == [4, 0, 0]
    # a sentence before `本刊讯` is running text quoting it, not a headline
    quoting = ["大会说，本刊讯已经发出。", "本刊讯（记者 林远）报道了此事，", "大家都看到了。"]
    text = Chunk(ChunkKind.TEXT, "".join(quoting), LineSpan(1, 3), quoting)
    assert [piece.text for piece in split_byline_frames([text], PROFILE)[0]] == [text.text]


def test_a_headline_run_into_the_paragraph_over_the_news_lead_is_cut_off() -> None:
    """The joiner ran the next article's headline and deck into the paragraph above: the
    lines after its last sentence end, with none of their own, over a lead's `本刊讯`."""
    lines = [
        "新学期的准备工作已经全部就",
        "绪，家长们可以放心。",
        "北湖新区三所学校今秋开学",
        "新建学位四千余个 家长十分关心",  # the deck
    ]
    above = Chunk(ChunkKind.TEXT, "".join(lines), LineSpan(1, 4), lines)
    lead = chunk("本刊讯（记者 林远）新建的三所学校将在九月开学，家长们十分关心。", 5)
    pieces, _ = split_byline_frames([above, lead], PROFILE)
    assert [piece.text for piece in pieces] == [
        "新学期的准备工作已经全部就绪，家长们可以放心。",
        "北湖新区三所学校今秋开学新建学位四千余个 家长十分关心",
        "本刊讯（记者 林远）",
        "新建的三所学校将在九月开学，家长们十分关心。",
    ]
    assert [piece.span.first for piece in pieces[:2]] == [1, 3]
    # a paragraph that runs on past its sentence end keeps its lines: no headline
    running = ["新学期的准备工作已经全部就", "绪。家长们可以放心，学校", "也做好了准备"]
    text = Chunk(ChunkKind.TEXT, "".join(running), LineSpan(1, 3), running)
    assert split_byline_frames([text, lead], PROFILE)[0][0].text == text.text
    # nor does a paragraph over anything but a news lead
    plain = chunk("新建的三所学校将在九月开学，家长们十分关心。", 5)
    assert split_byline_frames([above, plain], PROFILE)[0][0].text == above.text


def test_a_bracketed_headline_run_into_its_text_is_set_apart() -> None:
    chunks = [chunk("【北湖新区三所学校今秋开学】新建的三所学校将在九月开学，可提供学位四千余个。")]
    assert [c.text for c in split_run_in_titles(chunks)] == [
        "【北湖新区三所学校今秋开学】",
        "新建的三所学校将在九月开学，可提供学位四千余个。",
    ]
    label = [chunk("【代表企业】北湖精密机械有限公司，主营数控机床，产品出口二十多个国家。")]
    assert [c.text for c in split_run_in_titles(label)] == [label[0].text]


def test_a_head_with_the_magazines_and_a_columns_name_is_furniture() -> None:
    assert PROFILE.is_masthead_name("潮涌钱塘 · 特别策划")
    assert PROFILE.is_masthead_name("特别策划 | 潮涌钱塘")
    assert not PROFILE.is_masthead_name("潮涌钱塘 · 特别策划 · 新闻")


def test_a_deck_under_a_headline_opens_no_article() -> None:
    # the headline itself was lost in the text above (set beside it): the deck and the
    # byline under it must not become an article titled `——…`
    text = "\n".join(
        [
            "\f北湖新区三所学校今秋开学",
            "记者 / 林远",
            "",
            "新建的三所学校将在九月开学，可提供学位四千余个，家长们十分关心。",
            "",
            "——新校舍将在九月投入使用",
            "□ 记者 周小舟",
            "",
            "校舍由本地建筑师设计，采光和通风都经过了反复的计算和论证，深受好评。",
        ]
    )
    issue = parse_text(text, shape=SourceShape.PDF_TEXT)
    titles = [a.title for a in issue.articles]
    assert not any(title.startswith("——") for title in titles), titles


def test_a_headline_opening_the_page_after_a_finished_paragraph_is_not_run_into_it() -> None:
    text = "\n".join(
        [
            "新建的三所学校将在九月开学，可提供学位四千余个，家长们十分关心这件",
            "事，纷纷打听报名的办法，学校也开通了专门的咨询电话。",
            "\f东江大桥主体结构完成合龙",
            "大桥全长两千米，预计年底通车，届时两岸通行时间将缩短一半以上，市民",
            "期待已久。",
        ]
    )
    chunks = pdf_chunks(lines_of(text))
    assert not any("咨询电话" in c.text and "东江大桥" in c.text for c in chunks)


def test_a_running_head_that_names_the_column_files_the_page_under_it() -> None:
    assert PROFILE.masthead_column("潮涌钱塘 · 特别策划") == "特别策划"
    assert PROFILE.masthead_column("潮涌钱塘") is None
    lines = lines_of("潮涌钱塘\n\n正文第一句写在这里。\n\n潮涌钱塘 · 聚焦钱塘\n接着写完。")
    result = strip_furniture(lines, PROFILE, body_start=1)
    assert list(result.heads.named().values()) == ["聚焦钱塘"]
    dated = lines_of(
        "潮涌钱塘\n\n正文第一句写在这里。\n\n2031年7月15日 星期三 聚焦钱塘 第9版\n接着写完。"
    )
    assert list(strip_furniture(dated, PROFILE, body_start=1).heads.named().values()) == [
        "聚焦钱塘"
    ]


def test_briefs_whose_titles_follow_an_ornament_are_articles_people_are_not() -> None:
    items = [
        ("◎ 东江大桥主体结构完成合龙", "大桥全长两千米，预计年底通车，两岸通行时间缩短一半。"),
        ("◎ 南山公园新增十公里绿道", "绿道串起五个景点，沿途设置了休息驿站和健身器材。"),
        ("◎ 地铁九号线开通运营试运行", "九号线全长三十公里，设站二十座，日均客流十万人次。"),
    ]
    issue = parse_text("\n".join(_issue_with(items)))
    titles = [a.title for a in issue.articles]
    assert titles == [*FEATURES, *(title.removeprefix("◎ ") for title, _ in items)]
    people = [
        ("■ 北湖大学经济学院教授林远", "新区的发展要靠产业，更要靠人才，这是我们的共识。"),
        ("■ 东江精密机械公司总经理周舟", "我们今年的订单比去年多了三成，工人都在加班。"),
        ("■ 南山街道办事处主任陈可可", "街道为企业开了绿色通道，手续一天就能办完。"),
    ]
    issue = parse_text("\n".join(_issue_with(people)))
    assert [a.title for a in issue.articles] == FEATURES


def test_bulleted_headlines_over_paragraphs_are_briefs_a_bulleted_list_is_not() -> None:
    items = [
        ("• 东江大桥主体结构完成合龙", "大桥全长两千米，预计年底通车，两岸通行时间缩短一半。"),
        ("• 南山公园新增十公里绿道", "绿道串起五个景点，沿途设置了休息驿站和健身器材。"),
        ("• 地铁九号线开通运营试运行", "九号线全长三十公里，设站二十座，日均客流十万人次。"),
    ]
    issue = parse_text("\n".join(_issue_with(items)))
    titles = [a.title for a in issue.articles]
    assert titles == [*FEATURES, *(title.removeprefix("• ") for title, _ in items)]
    # Each item of a list over the next: headline-long, but a list, not a digest.
    listed = [(title, "• " + text) for title, text in items]
    issue = parse_text("\n".join(_issue_with(listed)))
    assert [a.title for a in issue.articles] == FEATURES


def test_a_paragraph_opening_with_a_name_is_no_person_frame() -> None:
    paragraph = Chunk(
        ChunkKind.TEXT,
        "以色列 UBQ 公司研发一项专利技术，可将生活垃圾转化为热塑性材料，消除了传统回收的难题。",
        LineSpan(1, 2),
        [
            "以色列 UBQ 公司研发一项专利技术，可将生活垃圾转化为",
            "热塑性材料，消除了传统回收的难题。",
        ],
    )
    assert person_frame(paragraph, PROFILE) is None
    label = Chunk(ChunkKind.FRAME, "林远 北湖大学教授", LineSpan(1, 2), ["林远", "北湖大学教授"])
    assert person_frame(label, PROFILE) == "林远"
    # a byline's role opening a line the extraction ran on into a title: no person
    glued = "通讯员 林远北湖社区服务中心正式启用"
    assert person_frame(Chunk(ChunkKind.TEXT, glued, LineSpan(1, 1), [glued]), PROFILE) is None


def test_a_contents_table_row_may_open_with_its_column() -> None:
    rows = ["目录", "特别策划 2 北湖新区三所学校今秋开学 林远", "5 东江大桥主体结构完成合龙 林远"]
    rows += ["8 南山公园新增十公里绿道 周舟", "聚焦钱塘 12 西坡村的第一家民宿开张 周舟"]
    rows += ["15 老茶园迎来新主人 林远"]
    toc = find_loose_toc(lines_of("\n".join(rows)), 0, 100, PROFILE)
    assert [(entry.page, entry.column) for entry in toc.entries] == [
        (2, "特别策划"),
        (5, "特别策划"),
        (8, "特别策划"),
        (12, "聚焦钱塘"),
        (15, "聚焦钱塘"),
    ]


def test_a_headline_with_its_halves_spaced_is_not_run_into_the_text_under_it() -> None:
    text = "\n".join(
        [
            "红色党旗 引领高质量发展",  # as wide as the narrow column under it
            "日出东方，风雨兼程，弄潮儿",
            "向涛头立，手把红旗旗不湿。",
            "在北湖新区这块年轻的土地上，",
            "红旗始终迎风飘扬，指引前行的",
            "方向，激活发展的新引擎。",
        ]
    )
    chunks = pdf_chunks(restore_gaps(lines_of(text)))  # one line a line, as the pipeline
    assert chunks[0].text == "红色党旗 引领高质量发展"


def test_the_column_the_page_prints_wins_over_the_tocs() -> None:
    lines = ["目录", "特别策划", "2 / 北湖新区民生工程纪实", "聚焦钱塘"]
    lines += ["6 / 东江两岸城市更新观察", "9 / 南山脚下的乡村振兴路"]
    for number, title in enumerate(FEATURES):
        if number == 1:
            lines += ["", "特别策划"]  # the page prints the column: the TOC filed it wrongly
        lines += ["", title, "", FEATURE_TEXT * 3]
    issue = parse_text("\n".join(lines))
    columns = {a.title: s.name for s in issue.sections for a in s.articles}
    assert columns == {FEATURES[0]: "特别策划", FEATURES[1]: "特别策划", FEATURES[2]: "聚焦钱塘"}


# --- headlines set in the column's flow ----------------------------------------------------


# one printed line a line, as the pipeline hands PDF text to the unwrap pass (restore_gaps)


def test_a_headline_wider_than_the_text_above_it_is_not_run_into_it() -> None:
    text = "\n".join(
        [
            "新建的三所学校将在九月",
            "开学，可提供学位四千余",
            "个，家长们十分关心。",
            "东江大桥主体结构今日完成合龙",  # wider than the column's lines: a headline
            "大桥全长两千米，预计年",
            "底通车，市民期待已久。",
        ]
    )
    chunks = pdf_chunks(restore_gaps(lines_of(text)))
    assert [c.text for c in chunks if "东江大桥" in c.text] == ["东江大桥主体结构今日完成合龙"]


def test_a_wider_line_inside_a_paragraph_or_with_an_aside_stays_text() -> None:
    open_sentence = "\n".join(
        [
            "新建的三所学校将在九月",
            "开学，可提供学位四千余个",
            "家长们十分关心这件事情与学校的安排",  # the sentence above is not finished
            "大桥全长两千米，预计年",
        ]
    )
    first = pdf_chunks(restore_gaps(lines_of(open_sentence)))[0]
    assert "四千余个家长们十分关心" in first.text
    aside = "\n".join(
        [
            "新建的三所学校将在九月",
            "开学，可提供学位四千余",
            "个，家长们十分关心。",
            "按照“2+4”模式（2名专职）配备",  # brackets: running text, not a headline
            "大桥全长两千米，预计年",
        ]
    )
    assert not any(c.text.startswith("按照") for c in pdf_chunks(restore_gaps(lines_of(aside))))


def test_a_headline_and_its_deck_after_a_finished_paragraph_are_not_run_into_it() -> None:
    text = "\n".join(
        [
            "新建的三所学校将在九月开学，可",
            "提供学位四千余个，家长们关心。",
            "东江大桥主体结构完成合龙工程",  # as wide as the text, but no mark at all
            "两岸通行 时间将缩短一半",  # its deck: two runs of words set apart
            "大桥全长两千米，预计年底通车，",
            "届时两岸通行时间将缩短一半。",
        ]
    )
    chunks = pdf_chunks(restore_gaps(lines_of(text)))
    assert [c.text for c in chunks if c.text.startswith("东江")] == ["东江大桥主体结构完成合龙工程"]
    plain = text.replace("两岸通行 时间将缩短一半", "两岸通行时间将缩短一半还要")
    assert not any(c.text.startswith("东江") for c in pdf_chunks(restore_gaps(lines_of(plain))))


def test_a_headline_over_its_spaced_deck_opens_an_article_mid_page() -> None:
    assert spaced_deck("突出龙头引领 建强组织体系")
    assert not spaced_deck("突出龙头引领，建强组织体系")  # a clause mark: running text
    assert not spaced_deck("突出龙头引领建强组织体系")
    assert not spaced_deck("北湖嘉定综合保税区正式揭牌 打造一站式外贸综合服务平台")  # a headline
    paragraph = "春天来了，北湖的柳树绿了，湖边散步的人多了，孩子们在湖边的草地上放风筝。" * 2
    lines = [
        "春风又绿北湖岸",
        "文 / 林远",
        "",
        paragraph,
        "",
        "东江大桥主体结构今日完成合龙",
        "",
        "两岸通行 时间缩短一半",
        "",
        "大桥采用双塔斜拉结构，主跨八百米，建设者们克服了汛期施工的重重困难。" * 2,
    ]
    issue = parse_text("\n".join(lines), shape=SourceShape.PDF_TEXT)
    articles = issue.articles
    assert [a.title for a in articles] == ["春风又绿北湖岸", "东江大桥主体结构今日完成合龙"]
    # a line dating an event to the day is running text cut to a line, not a headline
    dated = [
        line.replace("东江大桥主体结构今日完成合龙", "大桥于2031年7月15日完成合龙")
        for line in lines
    ]
    issue = parse_text("\n".join(dated), shape=SourceShape.PDF_TEXT)
    assert [a.title for a in issue.articles] == ["春风又绿北湖岸"]


# --- running heads the profile's column list does not name --------------------------------


def test_the_magazines_name_beside_any_short_label_or_the_date_is_a_running_head() -> None:
    pages = []
    for head in ("潮涌钱塘 · 卷首", "潮涌钱塘 · 本期 J U L 2 0 3 1", "2031年7月 第5期 · 潮涌钱塘"):
        pages += ["正文第一句写在这里，", head, "接着写完。"]
    result = strip_furniture(lines_of("\n".join(["潮涌钱塘", *pages])), PROFILE, body_start=1)
    kept = [line.text for line in result.lines if line.text]
    assert all("潮涌钱塘" not in text for text in kept[1:]), kept
    # the name beside a whole phrase, or with no mark between, is a title that names it
    titles = ["潮涌钱塘 · 奋进新时代的钱塘新区故事", "潮涌钱塘 奋进"]
    result = strip_furniture(lines_of("\n".join(["潮涌钱塘", *titles])), PROFILE, body_start=1)
    assert [line.text for line in result.lines if line.text][1:] == titles


def test_a_newspapers_page_number_and_the_column_between_its_head_lines_go() -> None:
    page = ["2031年7月15日 星期三", "聚焦钱塘", "第{n}版", *body(0)]
    lines = [line.format(n=n) for n in range(3, 9) for line in page]
    result = strip_furniture(lines_of("\n".join(lines)), PROFILE, body_start=0)
    kept = {line.text for line in result.lines if line.text}
    assert not kept & {"聚焦钱塘", "第3版", "第8版"}
    assert "聚焦钱塘" in result.heads.named().values()


# --- a bracketed credit closing a paragraph -------------------------------------------------


def test_a_credit_in_brackets_after_a_full_stop_ends_the_sentence() -> None:
    assert ends_sentence("两岸通行时间将缩短一半。（记者 林远 通讯员 周小舟）")
    assert not ends_sentence("制定一套工作规程（试行）")  # no full stop before the bracket
    assert closes_bracket("缩短一半。（记者 林远", "周小舟 通讯员 喻萍萍）")
    assert not closes_bracket("缩短一半。（记者 林远）", "周小舟）")  # nothing left open


def test_a_credit_a_lines_end_broke_stays_with_its_paragraph_and_ends_it() -> None:
    text = "\n".join(
        [
            "大桥采用双塔斜拉结构主跨八百米建设者们克服了汛期施工的",
            "重重困难按期合龙，两岸通行时间将缩短一半。（记者 林远",
            "周小舟 通讯员 喻萍萍）",
            "南山公园新增十公里绿道",
            "绿道串起五个景点，沿途设置了休息驿站和健身器材，市民可",
            "以骑行也可以步行。",
        ]
    )
    chunks = unwrap(restore_gaps(lines_of(text)), SourceShape.PDF_TEXT)
    texts = [chunk.text for chunk in chunks]
    assert texts[0].endswith("（记者 林远周小舟 通讯员 喻萍萍）"), texts
    assert not any("喻萍萍）" in text and "绿道串起" in text for text in texts), texts


def test_a_byline_a_converter_set_as_a_list_item_is_a_byline() -> None:
    text = "\n".join(
        [
            "# 春风又绿北湖岸",
            "",
            "- 记者 林远 通讯员 周小舟",
            "",
            "春天来了，北湖的柳树绿了，湖边散步的人多了，孩子们在湖边的草地上放风筝。",
            "",
            "# 东江大桥主体结构完成合龙",
            "",
            "- 记者 喻萍萍",
            "",
            "大桥采用双塔斜拉结构，主跨八百米，建设者们克服了汛期施工的重重困难。",
        ]
    )
    issue = parse_text(text, shape=SourceShape.MARKDOWN)
    articles = issue.articles
    assert [[b.names for b in a.bylines] for a in articles] == [
        [("林远",), ("周小舟",)],
        [("喻萍萍",)],
    ]
    assert not any("记者" in block.text for a in articles for block in a.blocks)


def test_a_line_of_running_text_over_a_short_text_is_no_brief() -> None:
    lines: list[str] = []
    for title, text in [
        ("【北湖新区三所学校今秋开学】", "新建的三所学校将在九月开学，可提供学位四千余个。"),
        ("【据悉，园区今年新增企业，其中】", "三成来自长三角地区，带动就业两千余人。"),
        ("【南山公园新增十公里绿道】", "绿道串起五个景点，沿途设置了休息驿站和健身器材。"),
    ]:
        lines += [title, text, ""]
    titles = [a.title for a in parse_text("\n".join(lines)).articles]
    assert titles == ["北湖新区三所学校今秋开学", "南山公园新增十公里绿道"]


def test_a_column_label_drawn_twice_side_by_side_is_that_label() -> None:
    column = PROFILE.columns[0]
    assert column_label(chunk(f"{column} {column}"), PROFILE) == column
    assert column_label(chunk(f"{column}   {column}"), PROFILE) == column
    assert column_label(chunk(f"{column} 湖畔新城"), PROFILE) is None
    assert column_label(chunk("湖畔新城 湖畔新城"), PROFILE) is None


# --- kickers ----------------------------------------------------------------------------


def test_a_kicker_announces_the_title_under_it_a_label_over_a_list_does_not() -> None:
    text = "北湖新区推出企业服务专班，三十名干部分赴园区，一对一帮助企业解决用工和融资难题。"
    announced = [chunk("·说服务·", 1), chunk("北湖新区推出企业服务专班", 2), chunk(text, 3)]
    items = ["党建共建", "资源对接", "服务破难"]
    listed = [chunk("·三个维度·", 1), *(chunk(t, n) for n, t in enumerate(items, start=2))]
    listed.append(chunk(text, 5))
    for chunks, opened in ((announced, [1]), (listed, [])):
        roles = classify(chunks, PROFILE, set())
        anchors: dict[int, Anchor] = {}
        kicker_anchors(chunks, roles, anchors)
        assert sorted(anchors) == opened
