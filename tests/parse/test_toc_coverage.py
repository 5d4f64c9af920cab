"""A TOC that lists only part of the issue (one column's contents on its divider page):
past the articles it can cover, titles are read as in an issue without one
(segment/toc.py `past_the_toc`). Every text here is invented."""

from __future__ import annotations

from qtread.model import Article, SourceShape
from qtread.parse import parse_text
from qtread.parse.segment.common import Anchor
from qtread.parse.segment.toc import past_the_toc

TEXT = "湖畔新城今年将启动十项民生工程，涵盖道路、学校和公园等多个方面，总投资超过一百亿元。"
LISTED = [
    "湖畔新城民生工程全面开工",
    "北湖区新增三所公办幼儿园",
    "西山公园步道全线贯通开放",
    "东港码头扩建工程完工验收",
    "南岸老街修缮后重新开放",
]
UNLISTED = [
    "桃源村修缮百年古戏台迎客",
    "青石镇开通乡村公交专线",
    "东湖绿道二十八公里贯通",
    "西岭茶园迎来春茶采摘季",
    "南江大桥主体结构合龙",
    "北山林场新栽树苗十万株",
]


def _article(title: str, *, paragraphs: int = 6) -> list[str]:
    return ["", title, "", *(f"第{n}段：{title}。" + TEXT for n in range(paragraphs))]


def _contents() -> list[str]:
    return ["目录", *(f"{title} {4 + 2 * i}" for i, title in enumerate(LISTED)), ""]


def _titles(articles: list[Article]) -> list[tuple[str, str]]:
    return [(article.title, article.evidence) for article in articles]


def test_titles_past_what_the_toc_lists_open_articles() -> None:
    body = [line for title in LISTED for line in _article(title)]
    # a subheading inside a listed article, set as a title past the TOC is
    body[5:7] = ["民生频道", "桃源新村迎来首批住户"]
    for title in UNLISTED:  # another column, whose contents the issue prints elsewhere
        body += ["", "民生频道", *_article(title)]
    issue = parse_text("\n".join([*_contents(), *body]))
    assert _titles(issue.articles) == [
        *((title, "toc") for title in LISTED),
        *((title, "opens-page") for title in UNLISTED),
    ]


def test_a_title_inside_the_last_listed_article_opens_nothing() -> None:
    body = [line for title in LISTED for line in _article(title)]
    # the last article's subheading, as far into it as the articles before it run
    body[-4:-4] = ["", "民生频道", "", UNLISTED[0], ""]
    issue = parse_text("\n".join([*_contents(), *body]))
    assert _titles(issue.articles) == [(title, "toc") for title in LISTED]


def _anchors(*placed: tuple[int, str]) -> dict[int, Anchor]:
    return {index: Anchor(index, "标题", [index], evidence=why) for index, why in placed}


def test_past_the_toc_is_as_far_past_its_last_article_as_its_longest_runs() -> None:
    anchors = _anchors((2, "toc"), (5, "toc"), (12, "toc-group"), (15, "byline"), (20, "toc"))
    assert past_the_toc(anchors, 100) == 20 + 8


def test_a_toc_covering_as_much_of_the_issue_as_lies_past_it_covers_it() -> None:
    anchors = _anchors((2, "toc"), (5, "toc"), (12, "toc-group"), (15, "byline"), (20, "toc"))
    assert past_the_toc(anchors, 28 + 26) is None
    assert past_the_toc(anchors, 28 + 27) == 28


def test_too_few_placed_articles_tell_nothing() -> None:
    assert past_the_toc(_anchors((2, "toc"), (9, "toc"), (15, "byline")), 100) is None


def test_past_a_partial_toc_markdown_headings_open_articles_and_not_before() -> None:
    lines = _contents()
    for title in [*LISTED, *UNLISTED]:
        paragraphs = [f"第{n}段：{title}。" + TEXT for n in range(6)]
        if title == LISTED[1]:
            paragraphs[2] = "## 桃源新村迎来首批住户"  # a heading inside a listed article
        lines += [f"## {title}", "", *(line for p in paragraphs for line in (p, ""))]
    issue = parse_text("\n".join(lines), shape=SourceShape.MARKDOWN)
    assert _titles(issue.articles) == [
        *((title, "toc") for title in LISTED),
        *((title, "heading") for title in UNLISTED),
    ]
