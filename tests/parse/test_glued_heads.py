"""Running heads glued to the text on their baseline (parse/glued_heads.py), and what
the furniture pass makes of them. Every text here is invented."""

from __future__ import annotations

from qtread.parse.furniture import strip_furniture
from qtread.parse.glued_heads import glued_heads
from qtread.parse.lines import Line, normalise, split_lines
from qtread.parse.profile import load_profile

PROFILE = load_profile()
PAGE_LINES = 40  # source lines a page: a head is printed a page's worth apart
TITLES = [
    "湖畔新城启动十项民生工程",
    "北湖区新增三所幼儿园",
    "城东老街迎来新客流",
    "西溪湿地候鸟归来",
]


def _pages(opening: str, *, lines_a_page: int = PAGE_LINES, first_page: int = 4) -> list[str]:
    """Pages of invented text, each opening with OPENING (formatted with the page's number
    and a title) on one line, as an extractor that glues a head to a title prints it."""
    rows: list[str] = []
    for number, title in enumerate(TITLES, start=first_page):
        rows.append(opening.format(page=number, title=title))
        rows += [f"第{number}页的正文写到这里，句子还没有写完，接着写第{len(rows)}行。"] * (
            lines_a_page - 1
        )
    return rows


def _lines(rows: list[str]) -> list[Line]:
    return split_lines(normalise("\n".join(rows)))


def test_a_head_glued_to_a_title_is_cut_where_its_words_end() -> None:
    rows = _pages("{page:03d}  湖畔周刊 LAKESIDE{title}")
    heads = glued_heads(_lines(rows), set())
    assert sorted(heads) == [0, PAGE_LINES, 2 * PAGE_LINES, 3 * PAGE_LINES]
    assert rows[0][heads[0] :] == TITLES[0]


def test_a_head_with_its_page_number_last_is_cut_after_the_number() -> None:
    rows = _pages("2031 · 第5期（总第65期）  {page:03d}  {title}")
    lines = _lines(rows)
    heads = glued_heads(lines, set())
    assert lines[PAGE_LINES].text[: heads[PAGE_LINES]].strip() == "2031 · 第5期（总第65期）  005"


def test_openings_whose_numbers_do_not_rise_are_no_head() -> None:
    rows = _pages("1  湖畔周刊 LAKESIDE{title}")
    assert glued_heads(_lines(rows), set()) == {}


def test_openings_a_few_lines_apart_are_no_head() -> None:
    # field labels of a list recur as often, but not a page's worth apart
    rows = _pages("{page:03d}  湖畔周刊 LAKESIDE{title}", lines_a_page=6)
    assert glued_heads(_lines(rows), set()) == {}


def test_a_line_that_is_all_head_is_left_to_the_other_passes() -> None:
    rows = _pages("{page:03d}  湖畔周刊 LAKESIDE")
    assert glued_heads(_lines(rows), set()) == {}


def test_furniture_found_already_is_not_read_again() -> None:
    rows = _pages("{page:03d}  湖畔周刊 LAKESIDE{title}")
    lines = _lines(rows)
    assert PAGE_LINES not in glued_heads(lines, {PAGE_LINES})


def test_the_head_goes_to_the_ledger_and_its_title_starts_the_page() -> None:
    rows = _pages("{page:03d}  湖畔周刊 LAKESIDE{title}")
    furniture = strip_furniture(_lines(rows), PROFILE)
    line = furniture.lines[PAGE_LINES]
    assert line.text == TITLES[1] and line.lead_space and line.number == PAGE_LINES + 1
    entry = next(e for e in furniture.dropped.entries() if e.line == PAGE_LINES + 1)
    assert (entry.text, entry.reason) == (
        "005  湖畔周刊 LAKESIDE",
        "running header (glued to text)",
    )
