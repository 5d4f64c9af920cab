"""Who an article credits: column credits shared by a run of items, bylines over a title."""

from __future__ import annotations

from qtread.model import Article, SourceShape
from qtread.parse import parse_text


def articles(text: str) -> list[Article]:
    issue = parse_text(text, shape=SourceShape.MARKDOWN)
    return [article for section in issue.sections for article in section.articles]


def names(article: Article) -> list[str]:
    return [name for byline in article.bylines for name in byline.names]


ITEMS = """# 湖畔新城启动十项民生工程

今年湖畔新城将启动十项民生工程，涵盖道路、学校和公园建设。

［整理 王小明］

# 北湖区新增三所公办幼儿园

北湖区今年新增三所公办幼儿园，提供学位一千余个。

# 南岭经开区举办人才招聘会

记者 / 李四

南岭经开区日前举办人才招聘会，两百余家企业参加。
"""


def test_a_column_credit_goes_to_every_uncredited_item_of_its_run() -> None:
    first, second, third = articles(ITEMS)
    assert names(first) == names(second) == ["王小明"]
    assert names(third) == ["李四"]  # its own byline: the column credit is not its


def test_a_credit_inside_a_credited_article_goes_to_the_ledger() -> None:
    text = ITEMS.replace("［整理 王小明］\n\n", "").replace(
        "两百余家企业参加。\n", "两百余家企业参加。\n\n［整理 王小明］\n"
    )
    issue = parse_text(text, shape=SourceShape.MARKDOWN)
    third = issue.sections[-1].articles[-1]
    assert names(third) == ["李四"]
    assert any(entry.reason == "column credit" for entry in issue.dropped)


def test_a_byline_over_the_next_title_is_that_title_s() -> None:
    text = """# 湖畔新城启动十项民生工程

记者 / 张三

今年湖畔新城将启动十项民生工程，涵盖道路、学校和公园建设。

记者 / 李四

# 北湖区新增三所公办幼儿园

北湖区今年新增三所公办幼儿园，提供学位一千余个。
"""
    first, second = articles(text)
    assert (names(first), names(second)) == (["张三"], ["李四"])


def test_a_caption_in_a_credits_form_names_no_one() -> None:
    text = """# 湖畔新城举办人才论坛

记者 / 李四

湖畔新城日前举办人才论坛，两百余位嘉宾参加，共话产业发展。

图 | 圆桌论坛

论坛期间，多家企业与高校签订了合作协议，涉及人才培养。

图 | 周舟
"""
    (article,) = articles(text)
    assert names(article) == ["李四", "周舟"]
