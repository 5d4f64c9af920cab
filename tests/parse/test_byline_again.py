"""A credit printed twice for one article (under the title and again at its end) is one
credit; the copy's line goes to the ledger (segment/articles.py). Invented text."""

from __future__ import annotations

from qtread.model import SourceShape
from qtread.parse import parse_text
from qtread.parse.segment.articles import BYLINE_AGAIN

TEXT = "湖畔新城今年将启动十项民生工程，涵盖道路、学校和公园等多个方面，总投资超过一百亿元。"


def _issue(second: str) -> list[str]:
    lines = ["湖畔新城民生工程全面开工", "记者 王明 通讯员 李华", *[TEXT] * 4, second]
    lines += ["滨江绿道全线贯通正式开放", "记者 周舟", *[TEXT] * 4]
    return lines


def test_a_credit_printed_again_is_credited_once() -> None:
    issue = parse_text("\n\n".join(_issue("记者 王明 通讯员 李华")), shape=SourceShape.PDF_TEXT)
    first = issue.articles[0]
    assert [(b.role, b.names) for b in first.bylines] == [
        ("记者", ("王明",)),
        ("通讯员", ("李华",)),
    ]
    assert [e.text for e in issue.dropped if e.reason == BYLINE_AGAIN] == ["记者 王明 通讯员 李华"]


def test_a_credit_with_a_name_more_is_no_copy() -> None:
    issue = parse_text(
        "\n\n".join(_issue("记者 王明 通讯员 李华 张强")), shape=SourceShape.PDF_TEXT
    )
    assert not [e for e in issue.dropped if e.reason == BYLINE_AGAIN]


def test_an_author_line_naming_the_names_printed_alone_adds_no_credit() -> None:
    lines = _issue("作者：王明、李华")
    lines[1] = "王明 李华"  # the names alone under the title, no role
    issue = parse_text("\n\n".join(lines), shape=SourceShape.PDF_TEXT)
    assert issue.articles[0].names == ["王明", "李华"]
    assert [e.text for e in issue.dropped if e.reason == BYLINE_AGAIN] == ["作者：王明、李华"]
