"""A contents table whose rows print the title, then the column, its pages in a column
of their own that an extraction may read first (parse/toc_columns.py). Invented text."""

from __future__ import annotations

from qtread.parse.lines import normalise, split_lines
from qtread.parse.profile import load_profile
from qtread.parse.toc_columns import ROWS_MIN, find_column_listed_toc

PROFILE = load_profile()
ROWS = [
    ("湖畔新城启航", "特别策划"),
    ("十个新项目同日开工", "特别策划"),
    ("滨江绿道全线贯通", "聚焦钱塘"),
    ("老街改造迎来新客流", "聚焦钱塘"),
    ("智造园区扩容", "企业之星"),
    ("国内外资讯速递", "瞭望台"),
]
PAGES = ["2", "4", "9", "12", "15", "20"]


def _read(text: str) -> list[tuple[str, str | None, int | None]]:
    lines = split_lines(normalise(text))
    toc = find_column_listed_toc(lines, 0, len(lines), PROFILE)
    return [(entry.title, entry.column, entry.page) for entry in toc.entries]


def test_rows_of_title_and_column_with_their_pages_read_first() -> None:
    text = "\n".join([*PAGES, "潮涌钱塘", "目录", *(f"{t} {c}" for t, c in ROWS), "正文开始了。"])
    assert _read(text) == [(t, c, int(p)) for (t, c), p in zip(ROWS, PAGES, strict=True)]


def test_a_title_that_wraps_puts_its_column_on_a_line_of_its_own() -> None:
    rows = [f"{t} {c}" for t, c in ROWS]
    rows[2:3] = [ROWS[2][0], ROWS[2][1]]  # `滨江绿道全线贯通` / `聚焦钱塘`
    assert _read("\n".join(rows))[2] == (ROWS[2][0], ROWS[2][1], None)


def test_pages_that_do_not_pair_with_the_rows_are_left_out() -> None:
    text = "\n".join([*PAGES[:-1], *(f"{t} {c}" for t, c in ROWS)])  # one page short
    assert [page for _, _, page in _read(text)] == [None] * len(ROWS)


def test_a_few_lines_ending_on_a_column_name_are_no_table() -> None:
    text = "\n".join(f"{t} {c}" for t, c in ROWS[: ROWS_MIN - 1])
    assert _read(text) == []
