"""A contents entry that names only a kicker label printed as the issue's last line
(`说服务` / `·说服务·`, nothing under it): the kicker is the entry's title, since no
title follows it (segment/toc.py `_place`; found by `bench/fuzz.py`, seed 36, where it
raised IndexError). Every title here is invented."""

from __future__ import annotations

from qtread.model import SourceShape
from qtread.parse import parse_text

BODY = "湖畔新城今年将启动十项民生工程，涵盖道路、学校和公园等多个方面，总投资超过一百亿元。"
TITLES = [
    "北湖区新增三所公办幼儿园",
    "城东社区办起年夜饭",
    "西山公园改造进入收尾",
    "东港码头扩建完工",
    "南岸老街修缮稳步推进",
]


def test_a_kicker_ending_the_issue_is_its_entrys_title() -> None:
    toc = ["目录", "", *(f"{title} {3 + 2 * n}" for n, title in enumerate(TITLES)), "说服务 13", ""]
    body = [line for title in TITLES for line in (title, BODY, BODY, "")]
    text = "\n".join([*toc, *body, "·说服务·"])
    issue = parse_text(text, name="t.txt", shape=SourceShape.FLOWED)
    assert [article.title for article in issue.articles] == [*TITLES, "·说服务·"]
