"""A deck printed over the byline, under a headline the TOC placed, is that article's
deck: the byline under it is the article's, and no second article starts at the deck
(segment/layout.py `byline_anchors`). Every text here is invented."""

from __future__ import annotations

from qtread.parse import parse_text

TEXT = "湖畔新城今年将启动十项民生工程，涵盖道路、学校和公园等多个方面，总投资超过一百亿元。"
ARTICLES = [
    ("湖畔新城民生工程全面开工", "十个新项目同日开工建设", "林远"),
    ("北湖区新增三所公办幼儿园", "秋季学期起提供九百学位", "周舟"),
    ("西山公园步道全线贯通开放", "沿途新建观景台和休息亭", "陈立"),
    ("东港码头扩建工程完工验收", "新增四个万吨级深水泊位", "王芳"),
    ("南岸老街修缮后重新开放", "百年老宅恢复昔日原貌", "赵明"),
]
PAGES = (4, 10, 16, 22, 28)


def _issue(*, with_text_between: bool) -> str:
    contents = [
        "目录",
        *(f"{t} ——{d} {p}" for p, (t, d, _) in zip(PAGES, ARTICLES, strict=True)),
    ]
    body: list[str] = []
    for title, deck, name in ARTICLES:
        between = [TEXT] if with_text_between else []  # a head column read with the text
        body += ["", title, *between, deck, f"记者 {name}", "", *([TEXT] * 20)]
    return "\n".join([*contents, "", *body])


def test_the_byline_under_a_deck_belongs_to_the_title_the_toc_placed() -> None:
    for between in (False, True):
        issue = parse_text(_issue(with_text_between=between))
        titles = [article.title for article in issue.articles]
        assert [d for _, d, _ in ARTICLES if d in titles] == []
        names = {
            article.title: [n for b in article.bylines for n in b.names]
            for article in issue.articles
        }
        assert [names.get(title) for title, _, _ in ARTICLES] == [[n] for _, _, n in ARTICLES]


def test_the_line_under_the_byline_of_a_placed_title_opens_no_article() -> None:
    # headline, a caption between it and its byline, the byline, then a standfirst: the
    # standfirst is no title a byline printed first stands over
    contents = ["目录", *(f"{t} {p}" for p, (t, _, _) in zip(PAGES, ARTICLES, strict=True))]
    body: list[str] = []
    for number, (title, _, name) in enumerate(ARTICLES):
        caption, standfirst = f"图为开工现场第{number}景", f"各方合力推进工程第{number}段"
        body += ["", title, "", caption, "", f"记者 {name}", "", standfirst, "", *([TEXT] * 20)]
    issue = parse_text("\n".join([*contents, "", *body]))
    assert [(a.title, a.evidence) for a in issue.articles] == [(t, "toc") for t, _, _ in ARTICLES]
