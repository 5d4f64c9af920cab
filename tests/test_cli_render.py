"""The toc and info renderers on hand-built issues: formats hold, and no string from an
issue (title, byline, dropped line, file name…) reaches the output as a control sequence
or as Rich markup, whatever it contains.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console, RenderableType

from qtread.cli.contents import (
    CSV_COLUMNS,
    bylines,
    toc_csv,
    toc_json,
    toc_markdown,
    toc_rich,
    toc_text,
)
from qtread.cli.report import Report, report_lines, report_rich
from qtread.model import (
    Article,
    ArticleKind,
    Block,
    BlockType,
    Byline,
    DroppedLine,
    Issue,
    LineSpan,
    Metadata,
    ParseWarning,
    Section,
    SourceInfo,
    SourceShape,
)
from qtread.serialize import toc_to_dict
from qtread.text.sanitize import csv_cell

#: Anything but a line feed that a terminal could act on.
UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
SGR = re.compile(r"\x1b\[[0-9;]*m")

_text = st.text(max_size=24)
_maybe = st.none() | _text
_byline = st.builds(Byline, role=_text, names=st.lists(_text, max_size=3).map(tuple))
_block = st.builds(Block, type=st.sampled_from(BlockType), text=_text, span=st.just(LineSpan(1, 2)))
_article = st.builds(
    Article,
    id=_text,
    title=_text,
    kind=st.sampled_from(ArticleKind),
    subtitle=_maybe,
    bylines=st.lists(_byline, max_size=2),
    page=st.none() | st.integers(0, 999),
    blocks=st.lists(_block, max_size=2),
    span=st.none() | st.just(LineSpan(3, 9)),
)
_issue = st.builds(
    Issue,
    source=st.builds(
        SourceInfo,
        name=_text,
        encoding=st.sampled_from(["utf-8", "gb18030"]),
        shape=st.sampled_from(SourceShape),
        sha256=st.just("0" * 64),
        size=st.integers(0, 10**6),
        lines=st.integers(0, 10**5),
    ),
    metadata=st.builds(
        Metadata,
        title=_maybe,
        issue_number=st.none() | st.integers(1, 99),
        year=st.none() | st.integers(2000, 2030),
        month=st.none() | st.integers(1, 12),
        masthead=st.dictionaries(_text, st.lists(_text, max_size=2), max_size=2),
    ),
    sections=st.lists(
        st.builds(Section, name=_maybe, articles=st.lists(_article, max_size=3)), max_size=3
    ),
    dropped=st.lists(
        st.builds(DroppedLine, line=st.integers(1, 9999), text=_text, reason=_text), max_size=3
    ),
    warnings=st.lists(
        st.builds(ParseWarning, message=_text, line=st.none() | st.integers(1, 999)), max_size=2
    ),
)

RENDER = settings(max_examples=80, deadline=None)


def terminal(renderable: RenderableType) -> str:
    """What a colour terminal 60 cells wide would receive."""
    buffer = io.StringIO()
    Console(file=buffer, force_terminal=True, color_system="truecolor", width=60).print(renderable)
    return buffer.getvalue()


@RENDER
@given(st.lists(_issue, min_size=1, max_size=2))
def test_plain_formats_never_carry_control_characters(issues: list[Issue]) -> None:
    for output in (toc_text(issues), toc_markdown(issues), toc_csv(issues)):
        assert not UNSAFE.search(output)
    report = Report.of(issues[0], "")
    assert not UNSAFE.search("\n".join(report_lines(report, dropped=True)))


@RENDER
@given(_issue)
def test_rich_output_carries_no_control_sequence_but_colour(issue: Issue) -> None:
    for renderable in (toc_rich(issue), report_rich(Report.of(issue, ""), dropped=True)):
        assert not UNSAFE.search(SGR.sub("", terminal(renderable)))


@RENDER
@given(st.lists(_issue, min_size=1, max_size=3))
def test_json_is_the_serialised_toc_and_terminal_safe(issues: list[Issue]) -> None:
    output = toc_json(issues, as_list=True)
    assert not re.search("[\x7f-\x9f]", output)
    assert json.loads(output) == [toc_to_dict(issue) for issue in issues]
    assert json.loads(toc_json(issues[:1], as_list=False)) == toc_to_dict(issues[0])


@RENDER
@given(st.lists(_issue, min_size=1, max_size=3))
def test_csv_has_one_row_per_article(issues: list[Issue]) -> None:
    rows = list(csv.DictReader(io.StringIO(toc_csv(issues))))
    expected = [
        (csv_cell(issue.source.name), csv_cell(article.title))
        for issue in issues
        for article in issue.articles
    ]
    assert [(row["file"], row["title"]) for row in rows] == expected


def _issue_with(title: str, **article: Any) -> Issue:
    source = SourceInfo("x.txt", "utf-8", SourceShape.FLOWED, "0" * 64, 10, 3)
    return Issue(source=source, sections=[Section("专题", [Article("a1", title, **article)])])


def test_markup_in_titles_is_shown_literally() -> None:
    issue = _issue_with("[bold red]警告[/bold red] [link=http://x]点[/link]")
    output = SGR.sub("", terminal(toc_rich(issue)))
    assert "[bold red]警告[/bold red]" in output
    assert "[link=http://x]" in output


def test_bylines_keep_roles_and_print_order() -> None:
    article = Article(
        "a1", "标题", bylines=[Byline("记者", ("张三", "李四")), Byline("通讯员", ("王五",))]
    )
    assert bylines(article) == "记者 张三、李四 / 通讯员 王五"
    assert bylines(Article("a2", "标题", bylines=[Byline("", ("赵六",))])) == "赵六"


def test_markdown_escapes_what_would_change_the_structure() -> None:
    output = toc_markdown([_issue_with("*重要* [链接](x) #1 <b>", page=12)])
    assert r"\*重要\* \[链接\](x) \#1 \<b\>" in output
    assert "## 专题" in output
    assert "· p. 12" in output


def test_text_lists_page_title_subtitle_and_byline_on_one_line() -> None:
    issue = _issue_with("标题", page=7, subtitle="副题", bylines=[Byline("文", ("钱塘",))])
    assert "    7  标题 — 副题  [文 钱塘]" in toc_text([issue]).splitlines()


def test_report_counts_what_the_ledger_explains_and_what_is_missing() -> None:
    issue = _issue_with("潮涌")
    issue.dropped = [DroppedLine(2, "12 钱塘", "folio"), DroppedLine(3, "钱塘", "folio")]
    report = Report.of(issue, "潮涌\n12 钱塘\n钱塘\n新区")
    assert report.dropped_by_reason == Counter({"folio": 2})
    assert report.han_missing == 2  # 新区
    lines = report_lines(report, dropped=True)
    assert "       2  [folio]  12 钱塘" in lines
    assert any(line.startswith("Dropped lines:") and "2: 2 folio" in line for line in lines)


def test_a_subtitle_printed_with_its_dash_gets_no_second_one() -> None:
    dashed = [_issue_with("读书节开幕", subtitle="——全市百家书店同步举办")]
    plain = [_issue_with("读书节开幕", subtitle="全市百家书店同步举办")]
    assert "读书节开幕 ——全市百家书店同步举办" in toc_text(dashed)
    assert "读书节开幕 — 全市百家书店同步举办" in toc_text(plain)
    assert "**读书节开幕** ——全市百家书店同步举办" in toc_markdown(dashed)
    assert "**读书节开幕** — 全市百家书店同步举办" in toc_markdown(plain)


def test_an_unnamed_column_is_named_as_the_reader_and_the_exports_name_it() -> None:
    """The issue's first, unnamed column: 卷首 here as in the EPUB and the reader (it was
    `(no column)` here, 卷首 in the exports and nothing in the reader)."""
    source = SourceInfo("x.txt", "utf-8", SourceShape.FLOWED, "0" * 64, 10, 3)
    front = Section(None, [Article("a1", "卷首语")])
    named = Section("专题", [Article("a2", "正题")])
    issue = Issue(source=source, sections=[front, named])
    assert "\n卷首\n" in toc_text([issue]) and "## 卷首" in toc_markdown([issue])
    assert "卷首" in SGR.sub("", terminal(toc_rich(issue)))
    alone = Issue(source=source, sections=[Section(None, [Article("a1", "题")])])
    assert "\n正文\n" in toc_text([alone])


CSV_TITLE = CSV_COLUMNS.index("title")  # the title column of `toc --format csv` (docs/cli.md)


def test_a_csv_cell_never_starts_a_formula() -> None:
    """A title a spreadsheet would run (`=HYPERLINK(…)`, `+`, `-`, `@`) is set after a `'`
    in `toc --format csv`; the JSON and text outputs keep it as printed."""
    hostile = '=HYPERLINK("http://x","点我")'
    rows = list(csv.reader(io.StringIO(toc_csv([_issue_with(hostile, subtitle="@SUM(A1)")]))))
    assert rows[1][CSV_TITLE] == "'" + hostile
    assert rows[1][CSV_TITLE + 1] == "'@SUM(A1)"
    assert hostile in toc_text([_issue_with(hostile)])
    plain = list(csv.reader(io.StringIO(toc_csv([_issue_with("钱塘 -2 号")]))))
    assert plain[1][CSV_TITLE] == "钱塘 -2 号"  # only a cell's start counts


def test_an_issue_without_a_printed_title_is_named_by_its_stem_never_its_path() -> None:
    """The title the exports and the contents show: it read `/home/…/004_….txt`, so the
    same file exported from two directories gave two different EPUBs."""
    for name in ("/home/reader/期刊/004_9212d65e347c6a56.txt", "004_9212d65e347c6a56.txt"):
        source = SourceInfo(name, "utf-8", SourceShape.PDF_TEXT, "0" * 64, 10, 3)
        issue = Issue(source=source, metadata=Metadata(year=2022, issue_number=1))
        assert issue.display_title == "004_9212d65e347c6a56 2022年第1期"
