"""People a contents page credits in brackets after a title (`乐享邻里（林远）`): kept
apart from the title as the entry's names, and what makes a name printed alone under
the title in the body its byline. Every text here is invented."""

from __future__ import annotations

from qtread.parse import parse_text
from qtread.parse.toc_forms import credited_names

TEXT = "湖畔新城今年将启动十项民生工程，涵盖道路、学校和公园等多个方面，总投资超过一百亿元。"
ARTICLES = [
    ("北湖区新增三所公办幼儿园", "林远"),
    ("西山公园步道全线贯通开放", "周舟"),
    ("东港码头扩建工程完工验收", "陈立"),
    ("南岸老街修缮后重新开放", "王芳"),
    ("湖畔新城民生工程全面开工", "赵明"),
]


def test_names_in_brackets_at_an_entry_end_are_its_credits() -> None:
    assert credited_names("北湖区新增三所公办幼儿园（林远）") == (
        "北湖区新增三所公办幼儿园",
        ["林远"],
    )
    assert credited_names("老街修缮（林远 周舟）") == ("老街修缮", ["林远", "周舟"])
    assert credited_names("老街修缮(林远、周舟)") == ("老街修缮", ["林远", "周舟"])
    for kept in ("老街修缮（上）", "准入清单（2020年版）", "老街修缮（今年起）", "（林远）老街"):
        assert credited_names(kept) == (kept, [])


def test_the_name_under_a_title_is_its_byline_when_the_contents_credit_it() -> None:
    contents = ["目录", *(f"{t}（{n}） {4 + 6 * i}" for i, (t, n) in enumerate(ARTICLES))]
    body: list[str] = []
    for title, name in ARTICLES:
        body += ["", title, "", name, "", *([TEXT] * 20)]
    issue = parse_text("\n".join([*contents, *body]))
    assert [(entry.title, entry.names) for entry in issue.toc] == [(t, [n]) for t, n in ARTICLES]
    credits = [(a.title, [n for b in a.bylines for n in b.names]) for a in issue.articles]
    assert credits == [(t, [n]) for t, n in ARTICLES]
