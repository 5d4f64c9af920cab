"""A title wrapped one to three letters short of its end keeps its tail."""

from __future__ import annotations

from qtread.model import Article, SourceShape
from qtread.parse import parse_text

BODY = "6月24日，南岭街道开展了一场特殊的开放式组织生活，近百名党员干部齐聚社区，共同按下启动键。"


def articles(*lines: str) -> list[Article]:
    text = "\n\n".join(lines) + "\n"
    issue = parse_text(text, shape=SourceShape.PDF_TEXT)
    return [article for section in issue.sections for article in section.articles]


def test_a_tail_between_title_and_subtitle_over_a_byline() -> None:
    *_, article = articles(
        "上一篇文章的最后一段文字在这里结束了。",
        "北湖区社区党群服务中心正式",
        "启用",
        "南岭街道深化“沉入式街社”建设试点",
        "文/通讯员 张三 李四",
        BODY,
    )
    assert (article.title, article.subtitle) == (
        "北湖区社区党群服务中心正式启用",
        "南岭街道深化“沉入式街社”建设试点",
    )


def test_a_tail_with_the_mark_the_headline_ends_on() -> None:
    *_, article = articles(
        "上一篇文章的最后一段文字在这里结束了。",
        "横贯北湖新城的滨江快速路来",
        "了！",
        "全长三十公里，从新城到市中心能节省半小时",
        "文/记者 张三",
        BODY,
    )
    assert (article.title, article.subtitle) == (
        "横贯北湖新城的滨江快速路来了！",
        "全长三十公里，从新城到市中心能节省半小时",
    )
    assert [name for byline in article.bylines for name in byline.names] == ["张三"]


def test_a_name_under_a_role_is_no_tail() -> None:
    *_, article = articles(
        "上一篇文章的最后一段文字在这里结束了。",
        "北湖区管理办公室主任",
        "王五",
        BODY,
    )
    assert "王五" not in article.title


def test_a_tail_under_a_deck_is_the_decks() -> None:
    # the TOC places the headline; its dashed deck wraps one letter short of its end
    heads = [
        ("北湖新城搭建可持续生态", "产业联盟推进联盟式党建"),
        ("南岭街道建成邻里中心", "社区居民有了新去处"),
        ("东港码头扩建工程完工", "新增四个万吨级泊位"),
        ("西山公园步道全线贯通", "沿途新建观景台和亭"),
        ("湖畔新城民生工程开工", "十个项目同日开工建设"),
    ]
    contents = ["目录", *(f"{t} ——{d} {4 + 6 * n}" for n, (t, d) in enumerate(heads))]
    body: list[str] = []
    for title, deck in heads:
        body += [title, f"——{deck[:-1]}", deck[-1], *([BODY] * 12)]
    issue = parse_text("\n\n".join([*contents, *body]) + "\n", shape=SourceShape.PDF_TEXT)
    first = issue.articles[0]
    assert (first.title, first.subtitle) == (heads[0][0], f"——{heads[0][1]}")
