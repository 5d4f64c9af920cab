"""Converter Markdown: a run of bold titles over short texts is a run of briefs."""

from __future__ import annotations

from qtread.model import ArticleKind, SourceShape
from qtread.parse import parse_text

BODY = "今年湖畔新城将启动十项民生工程，涵盖道路、学校和公园建设。"
TITLES = ["湖畔新城启动十项民生工程", "北湖区新增三所公办幼儿园", "南岭经开区举办人才招聘会"]


def test_bold_titles_over_short_texts_are_briefs() -> None:
    text = "## 湖城新闻周刊本期要目\n\n" + "".join(f"**{t}**\n\n{BODY}\n\n" for t in TITLES)
    issue = parse_text(text, shape=SourceShape.MARKDOWN)
    briefs = [a for a in issue.articles if a.kind is ArticleKind.BRIEF]
    assert [a.title for a in briefs] == TITLES


def test_a_lone_bold_line_is_no_brief() -> None:
    text = f"## 湖城新闻周刊本期要目\n\n{BODY}\n\n**{TITLES[0]}**\n\n{BODY}\n\n{BODY}\n\n{BODY}\n"
    issue = parse_text(text, shape=SourceShape.MARKDOWN)
    assert [a.title for a in issue.articles] == ["湖城新闻周刊本期要目"]
