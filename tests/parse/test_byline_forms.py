"""Bylines in the forms layouts print them: separated by `|` or `：`, after an ornament,
in brackets at the article's end, glued to a paragraph, opening a line of the other
column, wrapped over two lines. Every name and text here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from qtread.model import Article, Byline, SourceShape
from qtread.parse import parse_text
from qtread.parse.classify import (
    bracketed_byline,
    leading_byline,
    parse_byline,
    trailing_byline,
)
from qtread.parse.profile import load_profile
from tests.parse.test_profile import MINIMAL, refused

PROFILE = load_profile()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("文 | 林望舒", [Byline("文", ("林望舒",))]),
        (
            "本刊记者 林望舒 实习生 喻萍萍",
            [Byline("本刊记者", ("林望舒",)), Byline("实习生", ("喻萍萍",))],
        ),
        ("特约撰稿 林望舒", [Byline("特约撰稿", ("林望舒",))]),
        ("口述 林望舒 整理 岑晓岚", [Byline("口述", ("林望舒",)), Byline("整理", ("岑晓岚",))]),
        ("文：林望舒", [Byline("文", ("林望舒",))]),
        ("■ 记者 林望舒", [Byline("记者", ("林望舒",))]),
        ("本刊记者 林望舒 摄", [Byline("本刊记者 摄", ("林望舒",))]),
        (
            "记者｜林望舒 岑晓岚 通讯员｜喻萍萍",
            [Byline("记者", ("林望舒", "岑晓岚")), Byline("通讯员", ("喻萍萍",))],
        ),
        ("记者 整理报道｜林望舒", [Byline("记者 整理报道", ("林望舒",))]),
        (
            "（记者 林望舒 通讯员 喻萍萍）",
            [Byline("记者", ("林望舒",)), Byline("通讯员", ("喻萍萍",))],
        ),
        ("【文 / 岑晓岚】", [Byline("文", ("岑晓岚",))]),
        # a role's letters spaced out to the width of a longer one
        (
            "记　者　林望舒　通讯员　喻萍萍",
            [Byline("记者", ("林望舒",)), Byline("通讯员", ("喻萍萍",))],
        ),
        ("记 者 林望舒", [Byline("记者", ("林望舒",))]),
        ("通 讯 员 喻萍萍", [Byline("通讯员", ("喻萍萍",))]),
        # credits between semicolons
        (
            "记者：林望舒；通讯员：喻萍萍",
            [Byline("记者", ("林望舒",)), Byline("通讯员", ("喻萍萍",))],
        ),
        # a reporter's role behind a press's word for it (`role_prefixes`), never a name
        ("本报记者 林望舒", [Byline("本报记者", ("林望舒",))]),
        ("首席记者 林望舒", [Byline("首席记者", ("林望舒",))]),
        ("本刊特约记者 林望舒", [Byline("本刊特约记者", ("林望舒",))]),
        (
            "全媒体记者 林望舒 本刊通讯员 喻萍萍",
            [Byline("全媒体记者", ("林望舒",)), Byline("本刊通讯员", ("喻萍萍",))],
        ),
        (
            "记者：林望舒 实习记者：喻萍萍",
            [Byline("记者", ("林望舒",)), Byline("实习记者", ("喻萍萍",))],
        ),
        ("执笔：林望舒", [Byline("执笔", ("林望舒",))]),
        ("文·图／林望舒", [Byline("文·图", ("林望舒",))]),
        # more ornaments and separators a press sets round a credit
        ("◎ 记者 林望舒", [Byline("记者", ("林望舒",))]),
        ("——记者 林望舒", [Byline("记者", ("林望舒",))]),
        ("文◎林望舒", [Byline("文", ("林望舒",))]),
        # a transliterated name's parts joined by middle dots, longer than a Han name
        (
            "记者 阿卜杜·热合曼 通讯员 喻萍萍",
            [Byline("记者", ("阿卜杜·热合曼",)), Byline("通讯员", ("喻萍萍",))],
        ),
    ],
)
def test_printed_forms_of_a_byline(text: str, expected: list[Byline]) -> None:
    assert parse_byline(text, PROFILE) == expected


@pytest.mark.parametrize(
    "text",
    [
        "记者：你们的新厂房什么时候投产？",
        "（记者会上宣布了这一消息）",
        "文｜",
        "（林望舒）",
        "记 林望舒",  # one letter of a role spaced from nothing
        "——湖畔新城举办首届人才节",  # a deck behind its dash
    ],
)
def test_a_sentence_that_opens_with_a_role_word_is_no_byline(text: str) -> None:
    assert parse_byline(text, PROFILE) is None


def test_a_bracketed_byline_closes_its_article_and_a_plain_one_does_not() -> None:
    assert bracketed_byline("（记者 林望舒）", PROFILE)
    assert bracketed_byline("(文 / 岑晓岚)", PROFILE)
    assert not bracketed_byline("记者 林望舒", PROFILE)
    assert not bracketed_byline("（湖畔新城）", PROFILE)


def test_a_byline_opening_a_line_of_the_other_column() -> None:
    line = "文/记者 林望舒 通讯员 喻萍萍 新区针对不同类型企业的特点，采取"
    assert leading_byline(line, PROFILE) == (
        [Byline("文/记者", ("林望舒",)), Byline("通讯员", ("喻萍萍",))],
        "新区针对不同类型企业的特点，采取",
    )
    assert leading_byline("记者 林望舒 岑晓岚", PROFILE) is None  # all byline: no text after
    assert leading_byline("记者 林望舒 湖畔", PROFILE) is None  # a name-like word: not cut
    assert leading_byline("记者参加了会议并发言，随后", PROFILE) is None
    # an author note, cut by the reading after its second name, is no byline and text
    note = "作者：林望舒、岑晓岚、喻萍萍，本刊记者；周舟，本刊通讯员。"
    assert leading_byline(note, PROFILE) is None
    text = "记者 林望舒 岑晓岚 湖畔新城，今年将启动十项民生工程"  # text that a comma parts
    assert leading_byline(text, PROFILE) == (
        [Byline("记者", ("林望舒", "岑晓岚"))],
        "湖畔新城，今年将启动十项民生工程",
    )


def test_a_byline_glued_to_the_end_of_a_paragraph() -> None:
    assert trailing_byline("一起贡献湖畔力量。（记者 林望舒 通讯员 喻萍萍）", PROFILE) == (
        "一起贡献湖畔力量。",
        [Byline("记者", ("林望舒",)), Byline("通讯员", ("喻萍萍",))],
    )
    assert trailing_byline("一起贡献湖畔力量。文 / 岑晓岚", PROFILE) == (
        "一起贡献湖畔力量。",
        [Byline("文", ("岑晓岚",))],
    )
    assert trailing_byline("一起贡献湖畔力量。——记者 林望舒", PROFILE) == (
        "一起贡献湖畔力量。",
        [Byline("记者", ("林望舒",))],
    )
    # without a separator mark the last words of a sentence are not taken for a name
    assert trailing_byline("他说。记者 也在现场", PROFILE) is None
    assert trailing_byline("他说。记者 林望舒", PROFILE) is None
    assert trailing_byline("（记者 林望舒）", PROFILE) is None  # whole: not glued to text


def test_bracket_pairs_in_a_profile_are_two_characters(tmp_path: Path) -> None:
    text = MINIMAL.replace('brackets = ["（）"]', 'brackets = ["（"]')
    assert (
        refused(tmp_path, text) == "[bylines] brackets: item 1 should be two characters, got '（'"
    )


def _articles(text: str, shape: SourceShape = SourceShape.MARKDOWN) -> list[Article]:
    issue = parse_text(text, shape=shape)
    return [article for section in issue.sections for article in section.articles]


def _names(article: Article) -> list[str]:
    return [name for byline in article.bylines for name in byline.names]


CLOSING = """# 湖畔新城启动十项民生工程

今年湖畔新城将启动十项民生工程，涵盖道路、学校和公园建设。

项目总投资约四十亿元，年内完成过半。

（记者 林望舒 通讯员 喻萍萍）

# 北湖区新增三所公办幼儿园

北湖区今年新增三所公办幼儿园，提供学位一千余个。

（记者 岑晓岚）
"""


def test_a_bracketed_byline_at_the_end_belongs_to_the_article_above() -> None:
    first, second = _articles(CLOSING)
    assert _names(first) == ["林望舒", "喻萍萍"]
    assert _names(second) == ["岑晓岚"]


def test_a_bracketed_byline_does_not_make_the_next_line_a_title() -> None:
    text = CLOSING.replace(
        "（记者 林望舒 通讯员 喻萍萍）\n", "（记者 林望舒 通讯员 喻萍萍）\n\n湖畔公园年底开放\n"
    )
    assert [a.title for a in _articles(text)] == [
        "湖畔新城启动十项民生工程",
        "北湖区新增三所公办幼儿园",
    ]


def test_a_byline_glued_to_the_last_paragraph_is_cut_out_of_it() -> None:
    text = CLOSING.replace(
        "年内完成过半。\n\n（记者 林望舒 通讯员 喻萍萍）",
        "年内完成过半。（记者 林望舒 通讯员 喻萍萍）",
    )
    first, _ = _articles(text)
    assert _names(first) == ["林望舒", "喻萍萍"]
    assert first.blocks[-1].text == "项目总投资约四十亿元，年内完成过半。"


def test_a_bracketed_byline_wrapped_over_two_lines_keeps_every_name() -> None:
    text = CLOSING.replace(
        "（记者 林望舒 通讯员 喻萍萍）", "项目年内完成过半。（记者 林望舒 通讯员\n喻萍萍）"
    )
    first, _ = _articles(text, SourceShape.PDF_TEXT)
    assert _names(first) == ["林望舒", "喻萍萍"]


def test_a_byline_opening_a_line_of_two_columns_is_cut_from_the_text() -> None:
    text = """# 湖畔新城启动十项民生工程

文/记者 林望舒 通讯员 喻萍萍 新区针对不同类型企业的特点，采取了

今年湖畔新城将启动十项民生工程，涵盖道路、学校和公园建设。
"""
    [article] = _articles(text)
    assert _names(article) == ["林望舒", "喻萍萍"]
    assert article.blocks[0].text.startswith("新区针对不同类型企业的特点")


def test_a_closing_byline_right_over_the_next_title_stays_with_the_article_above() -> None:
    text = CLOSING.replace("今年湖畔新城", "摄影 / 岑晓岚\n\n今年湖畔新城", 1).replace(
        "（记者 岑晓岚）", "（记者 喻萍萍）"
    )
    first, second = _articles(text)
    assert _names(first) == ["岑晓岚", "林望舒", "喻萍萍"]
    assert _names(second) == ["喻萍萍"]


# --- credits set with a stroke, a middle dot, an enumeration comma; the editor apart ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("记者丨林望舒", [Byline("记者", ("林望舒",))]),
        (
            "记者丨林望舒 · 通讯员丨周舟 陈立",
            [Byline("记者", ("林望舒",)), Byline("通讯员", ("周舟", "陈立"))],
        ),
        (
            "本刊记者／林望舒、喻萍萍　通讯员／周舟、陈立",
            [Byline("本刊记者", ("林望舒", "喻萍萍")), Byline("通讯员", ("周舟", "陈立"))],
        ),
        ("文/艾力·木沙", [Byline("文", ("艾力·木沙",))]),  # a dot without spaces: one name
        ("记者丨林望舒 · 编辑丨陈默", [Byline("记者", ("林望舒",)), Byline("编辑", ("陈默",))]),
    ],
)
def test_strokes_dots_and_commas_between_credits_and_names(
    text: str, expected: list[Byline]
) -> None:
    assert parse_byline(text, PROFILE) == expected


def test_the_editor_credited_with_the_authors_is_kept_apart_from_them() -> None:
    text = """# 湖畔新城启动十项民生工程

记者丨林望舒 · 通讯员丨周舟 · 编辑丨陈默

今年湖畔新城将启动十项民生工程，涵盖道路、学校和公园建设。
"""
    (article,) = parse_text(text, shape=SourceShape.MARKDOWN).articles
    assert article.bylines == [Byline("记者", ("林望舒",)), Byline("通讯员", ("周舟",))]
    assert article.editors == [Byline("编辑", ("陈默",))]
    assert article.credits == [*article.bylines, *article.editors]


def test_the_editor_is_shown_after_the_authors_wherever_credits_are_printed() -> None:
    from qtread.cli.contents import bylines
    from qtread.tui.layout import byline_text

    article = Article("a1", "湖畔新城启动十项民生工程", bylines=[Byline("记者", ("林望舒",))])
    article.editors = [Byline("编辑", ("陈默",))]
    assert bylines(article) == "记者 林望舒 / 编辑 陈默"
    assert byline_text(article) == "记者 林望舒　编辑 陈默"
