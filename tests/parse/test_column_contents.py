"""A column's own contents on its divider page go to the ledger (column_contents.py),
and the column's name left alone on that page runs on into no text (unwrap/paragraphs.py).
Every text here is invented."""

from __future__ import annotations

from qtread.model import SourceShape
from qtread.parse import parse_text
from qtread.parse.column_contents import REASON, drop_column_contents
from qtread.parse.ledger import Ledger
from qtread.parse.lines import Line, normalise, split_lines
from qtread.parse.unwrap.paragraphs import pdf_chunks

TITLES = ("湖畔新城启航", "滨江绿道全线贯通", "老街改造迎来新客流")
TEXT = "湖畔新城今年将启动十项民生工程，涵盖道路、学校和公园等多个方面，总投资超过一百亿元。"


def _lines(*texts: str) -> list[Line]:
    return split_lines(normalise("\n".join(texts)))


def _divider(*entries: str) -> list[str]:
    """A column's divider page, then its articles, each title over its text."""
    return ["城市观察", *entries, *(line for title in TITLES for line in (title, TEXT))]


def _dropped(lines: list[Line]) -> list[str]:
    ledger = Ledger()
    drop_column_contents(lines, 0, ledger)
    return [entry.text for entry in ledger.entries() if entry.reason == REASON]


def test_a_run_of_entries_the_issue_prints_again_goes_to_the_ledger() -> None:
    entries = [f"{title} {page}" for title, page in zip(TITLES, (10, 12, 15), strict=True)]
    lines = _lines(*_divider(*entries))
    assert _dropped(lines) == entries
    assert [line.text for line in lines[:4]] == ["城市观察", "", "", ""]
    assert lines[4].text == TITLES[0]
    assert lines[3].lead_space  # a page of its own: the text after it starts a page


def test_pages_before_the_titles_are_read_too() -> None:
    entries = [f"{page} {title}" for title, page in zip(TITLES, (10, 12, 15), strict=True)]
    assert _dropped(_lines(*_divider(*entries))) == entries


def test_entries_whose_titles_are_printed_nowhere_after_stay() -> None:
    entries = ["全年新增就业岗位 23", "新开工项目总数 31", "城市绿化覆盖率达 42"]
    assert _dropped(_lines(*_divider(*entries))) == []


def test_two_entries_or_falling_pages_are_no_contents() -> None:
    assert _dropped(_lines(*_divider(f"{TITLES[0]} 10", f"{TITLES[1]} 12"))) == []
    falling = [f"{title} {page}" for title, page in zip(TITLES, (15, 12, 10), strict=True)]
    assert _dropped(_lines(*_divider(*falling))) == []


def test_a_label_alone_on_its_page_runs_on_into_no_text() -> None:
    # `城市观察` alone on a divider page, its contents gone: no sentence runs on from it
    lines = _lines(" 城市观察", " 湖畔新城启航，老街改造迎来新客流", "", TEXT)
    assert next(chunk.text for chunk in pdf_chunks(lines)) == "城市观察"


def test_the_parser_leaves_a_divider_pages_contents_out_of_the_text() -> None:
    body = [TEXT[:23], TEXT[23:]] * 6
    entries = [f"{title} {page}" for title, page in zip(TITLES, (10, 12, 15), strict=True)]
    articles = [line for title in TITLES for line in (f" {title}", *body)]
    text = "\n".join([*body, " 城市观察", *entries, *articles])
    issue = parse_text(text, shape=SourceShape.PDF_TEXT)
    assert [e.text for e in issue.dropped if e.reason == REASON] == entries
    paragraphs = [block.text for article in issue.articles for block in article.blocks]
    assert not any(paragraph.startswith("城市观察") for paragraph in paragraphs)
