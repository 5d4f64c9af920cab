"""A lead that ends in its byline under the title (`标题` / `…开幕。 ■ 记者 林远` / the
text): the byline closes the lead, not the article, so it anchors the title above the
lead. Only a byline an ornament opens ends a lead, and only in an issue that prints
three articles so or more. Every name here is invented."""

from __future__ import annotations

from qtread.model import Issue, SourceShape
from qtread.parse import parse_text
from qtread.parse.profile import load_profile

ARTICLES = [
    ("湖畔新城读书节开幕", "林远"),
    ("北湖公园改造完成", "周舟"),
    ("运河步道全线贯通", "陈立"),
]
LEAD = "本届活动为期一个月，设有主题展览、名家讲座和亲子阅读等多个板块，吸引了众多市民参与。"
BODY = [
    "活动现场人头攒动，不少家长带着孩子前来参加，大家在书香中度过了一个愉快的周末，",
    "主办方表示，今后还将持续举办类似的活动，让更多的市民走近阅读、爱上阅读、享受阅读。",
] * 3  # six paragraphs: no brief


def issue_of(mark: str, articles: list[tuple[str, str]] = ARTICLES) -> Issue:
    """Raw PDF text, a printed line a line; MARK opens each byline."""
    lines: list[str] = []
    for title, name in articles:
        lines += [title, "", f"{LEAD} {mark}记者 {name}", ""]
        lines += [f"{line}\n" for line in BODY]
    return parse_text("\n".join(lines), shape=SourceShape.PDF_TEXT)


def credits(issue: Issue) -> list[tuple[str, list[str]]]:
    return [
        (article.title, [name for byline in article.bylines for name in byline.names])
        for section in issue.sections
        for article in section.articles
    ]


def test_an_ornament_byline_closing_the_lead_anchors_the_title_above_it() -> None:
    assert credits(issue_of("■ ")) == [(title, [name]) for title, name in ARTICLES]


def test_a_plain_byline_after_a_paragraph_anchors_nothing() -> None:
    assert len(credits(issue_of(""))) == 1


def test_fewer_than_three_such_articles_are_not_read_so() -> None:
    assert len(credits(issue_of("■ ", ARTICLES[:2]))) < 2


def test_a_plain_byline_closing_an_article_leaves_its_last_subheading_alone() -> None:
    # bylines after the articles' last paragraph, as most of the issue's (they close the
    # article above): the subheading over that paragraph is no title
    column = load_profile().columns[0]  # a column's label opens each article
    lines: list[str] = []
    for title, name in ARTICLES:
        lines += [column, "", title, ""] + [f"{line}\n" for line in BODY]
        lines += ["一路书香伴成长", "", f"{LEAD}\n", f"记者 {name}", ""]
    found = credits(parse_text("\n".join(lines), shape=SourceShape.PDF_TEXT))
    assert "一路书香伴成长" not in [title for title, _ in found]


def test_a_subheading_far_above_an_ornament_byline_is_no_title() -> None:
    # the byline closes the article's last section, three paragraphs and the byline's
    # own under its subheading: a lead is three chunks at most
    lines: list[str] = []
    for title, name in ARTICLES:
        lines += [title, ""] + [f"{line}\n" for line in BODY]
        lines += ["一路书香伴成长", ""] + [f"{line}\n" for line in BODY]
        lines += [f"{LEAD} ■ 记者 {name}", ""]
    found = credits(parse_text("\n".join(lines), shape=SourceShape.PDF_TEXT))
    assert "一路书香伴成长" not in [title for title, _ in found]
