"""The label a magazine sets over its front piece's title (`主编手记`, the profile's
`front_labels`): no masthead label, so the cover ends above it, and a kicker, so the
title under it opens the front article (front.py, classify.py `kicker_label`,
segment/toc.py `front_anchor`). Invented text."""

from __future__ import annotations

from qtread.model import SourceShape
from qtread.parse import parse_text
from qtread.parse.classify import kicker_label
from qtread.parse.front import _masthead_label
from qtread.parse.profile import load_profile
from tests.parse.test_credit_conventions import TITLES

PROFILE = load_profile()
TEXT = "湖畔新城今年将启动十项民生工程，涵盖道路、学校和公园等多个方面，总投资超过一百亿元。"


def test_a_front_label_is_no_masthead_label_but_a_kicker() -> None:
    assert _masthead_label("主编手记", PROFILE) is None
    assert _masthead_label("主编 林望舒", PROFILE) == "主编"
    assert kicker_label("主编手记", PROFILE) == "主编手记"
    assert kicker_label("主编", PROFILE) is None


def test_the_title_under_a_front_label_opens_the_front_article() -> None:
    lines = ["潮涌钱塘", "主编 林望舒", "主编手记", "写在湖畔新城十周年之际", TEXT, TEXT]
    lines += ["北湖区新增三所公办幼儿园", "记者 周远", TEXT, TEXT]
    issue = parse_text("\n\n".join(lines), shape=SourceShape.PDF_TEXT)
    assert [a.title for a in issue.articles][:2] == [
        "写在湖畔新城十周年之际",
        "北湖区新增三所公办幼儿园",
    ]
    assert issue.metadata.masthead  # the masthead above it is read as before


def test_a_running_head_with_the_masthead_does_not_run_the_cover_on() -> None:
    # `潮涌钱塘 · 聚焦钱塘` names the magazine as the cover does, and a column, as only a
    # page of the body does; printed lines too short to read as prose one by one
    columns = {"特别策划": TITLES[:2], "聚焦钱塘": TITLES[2:4], "企业之星": TITLES[4:]}
    contents = ["潮涌钱塘", "2020年第5期", "目录"]
    body: list[str] = []
    for column, titles in columns.items():
        contents.append(column)
        for title in titles:
            contents.append(f"{title} {3 + 2 * TITLES.index(title)}")
            body += [f"潮涌钱塘 · {column}", title, "记者 林望舒"]
            body += [TEXT[i : i + 22] for i in range(0, len(TEXT), 22)] * 3
    issue = parse_text("\n\n".join(contents + body), shape=SourceShape.PDF_TEXT)
    assert [a.title for a in issue.articles] == TITLES
    assert [entry.page for entry in issue.toc] == [3, 5, 7, 9, 11]
