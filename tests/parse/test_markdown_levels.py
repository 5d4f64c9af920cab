"""Article titles in converter Markdown: the heading level is read from the document."""

from __future__ import annotations

from qtread.model import SourceShape
from qtread.parse import parse_text


def test_titles_are_the_top_level_used_often_not_the_masthead() -> None:
    body = "今年湖畔新城将启动十项民生工程，涵盖道路、学校和公园建设。"
    text = "# 北湖月刊\n\n" + "".join(
        f"## 第{n}篇报道的标题在这里\n\n{body}\n\n#### 一段引语在这里\n\n{body}\n\n"
        for n in "一二三"
    )
    issue = parse_text(text, shape=SourceShape.MARKDOWN)
    titles = [article.title for section in issue.sections for article in section.articles]
    assert titles[-3:] == [f"第{n}篇报道的标题在这里" for n in "一二三"]
