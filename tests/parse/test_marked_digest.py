"""A digest the TOC does not list, each item's bullet printed on a line of its own and
its title run in before its text (`•` / `标题 正文…`): its items are briefs, one article
each (unwrap/run_in.py, segment/briefs.py). Every text here is invented."""

from __future__ import annotations

from qtread.model import ArticleKind, SourceShape
from qtread.parse import parse_text

TEXT = "湖畔新城今年将启动十项民生工程，涵盖道路、学校和公园等多个方面，总投资超过一百亿元。"
FEATURES = (
    "北湖区新增三所公办幼儿园",
    "西山公园步道全线贯通开放",
    "东港码头扩建工程完工验收",
    "南岸老街修缮后重新开放",
    "湖畔新城民生工程全面开工",
)
BRIEFS = (
    ("国家级经开区建设将迎超千亿资金", "商务部与开发银行签署合作备忘录，支持经开区建设。"),
    ("四大行下调三年期大额存单利率", "四大行主动下调了三年期大额存单的发行利率，幅度不大。"),
    ("期货市场对外开放迈出新一步", "证监会日前核准一家外资全资控股期货公司，扩大开放。"),
    ("新版外商投资负面清单再次缩减", "新版清单由四十条减至三十三条，开放领域继续扩大。"),
)


def _issue_lines() -> list[str]:
    contents = ["目录", *(f"{title} {4 + 6 * n}" for n, title in enumerate(FEATURES))]
    digest: list[str] = []
    for number, (title, text) in enumerate(BRIEFS):
        digest += ["•", f"{title} {text}"]
        if number == 1:
            digest.append(
                "专家表示，在大行带动下，商业银行正主动调整存款利率。"
            )  # a second paragraph
    body: list[str] = []
    for title in FEATURES:
        body += [title, *([TEXT] * 12)]
    return [*contents, "", *body[:26], *digest, *body[26:]]


def test_a_digest_with_its_bullets_on_lines_of_their_own_is_a_run_of_briefs() -> None:
    issue = parse_text("\n\n".join(_issue_lines()), shape=SourceShape.PDF_TEXT)
    briefs = [a.title for a in issue.articles if a.kind is ArticleKind.BRIEF]
    assert briefs == [title for title, _ in BRIEFS]


def test_flowed_text_keeps_the_space_that_sets_a_run_in_title_off() -> None:
    # flowed OCR text loses the spaces inside Chinese words, but not before the titles
    # are set apart
    issue = parse_text("\n".join(_issue_lines()), shape=SourceShape.FLOWED)
    briefs = [a.title for a in issue.articles if a.kind is ArticleKind.BRIEF]
    assert briefs == [title for title, _ in BRIEFS]
