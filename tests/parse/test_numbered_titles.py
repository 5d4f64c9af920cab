"""Headlines numbered as a list's items (`1. 助推…`, `2. 四大行…`): the number is the
list's, so it goes to the ledger and the title keeps its wording (headline.py,
segment/articles.py). Every text here is invented."""

from __future__ import annotations

from qtread.model import SourceShape
from qtread.parse import parse_text
from qtread.parse.headline import list_number, numbered_list
from qtread.parse.segment.articles import LIST_NUMBER

BRIEFS = (
    "北湖新区公办幼儿园建设计划提前完工",
    "西山公园环湖步道全线贯通正式开放",
    "东港码头二期扩建工程顺利通过验收",
)
TEXT = "湖畔新城今年将启动十项民生工程，涵盖道路、学校和公园等多个方面，总投资超过一百亿元。"


def test_a_list_number_is_digits_then_a_point_or_an_enumeration_comma() -> None:
    assert list_number("3. 新版清单进一步缩减") == (3, "3. ")
    assert list_number("10、四大行下调存单利率") == (10, "10、")
    assert list_number("2020 年版市场准入负面清单") is None
    assert list_number("5G 基站建设提速") is None


def test_numbers_that_run_on_by_one_through_three_titles_are_a_list() -> None:
    titles = {4: "1. 甲项目开工", 9: "2. 乙项目投产", 15: "3. 丙项目签约", 20: "湖畔新城"}
    assert numbered_list(titles) == {4, 9, 15}
    assert numbered_list({4: "1. 甲项目开工", 9: "2. 乙项目投产"}) == set()
    assert numbered_list({4: "1. 甲项目开工", 9: "3. 乙项目投产", 15: "5. 丙项目"}) == set()


def test_the_parser_files_a_numbered_list_of_briefs_under_their_wording() -> None:
    lines = ["湖畔新城民生工程全面开工", *([TEXT] * 6)]
    for number, title in enumerate(BRIEFS, start=1):
        lines += [f"{number}. {title}", TEXT]
    issue = parse_text("\n\n".join(lines), shape=SourceShape.PDF_TEXT)
    titles = [article.title for article in issue.articles]
    assert titles[-3:] == list(BRIEFS)
    assert [e.text for e in issue.dropped if e.reason == LIST_NUMBER] == ["1.", "2.", "3."]


def test_numbered_titles_read_out_of_order_are_a_list() -> None:
    # a list set in two columns, read across by position: 1, 7, 5, 10, 8, 11, 6
    numbers = (1, 7, 5, 10, 8, 11, 6)
    titles = {10 * key: f"{number}. 第{number}条简讯的标题" for key, number in enumerate(numbers)}
    assert numbered_list(titles) == set(titles)
    cut = {
        0: "2. 甲项目",
        10: "1. 乙项目",
        20: "3. 丙项目",
        25: "湖畔新城",
        30: "5. 丁",
        40: "4. 戊",
    }
    assert numbered_list(cut) == {0, 10, 20}  # a title without a number ends the list
    assert numbered_list({4: "3. 甲项目开工", 9: "1. 乙项目投产", 15: "3. 丙项目"}) == set()
    assert numbered_list({4: "9. 甲项目开工", 9: "1. 乙项目投产", 15: "12. 丙项目"}) == set()
