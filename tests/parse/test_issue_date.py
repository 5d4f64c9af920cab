"""The issue's date and number from any printed form (qtread/parse/issue_date.py), on
invented covers and heads of an invented magazine (星河月刊 / XINGHE)."""

from __future__ import annotations

import pytest

from qtread.parse import parse_text
from qtread.parse.issue_date import Reading, is_issue_line, plain, read_issue, read_line
from qtread.parse.lines import normalise, split_lines

FORMS = ("星河", "XINGHE")
BODY = "这是一段正文，讲述了一个城市在这一年里的种种变化，以及人们对未来的期待。\n"


def lines_of(text: str):
    return split_lines(normalise(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019年第3期 · 5月刊", Reading(2019, 5, 3)),
        ("2019 年 第 3 期", Reading(2019, None, 3)),
        ("2019 · 第3期（总第42期）", Reading(2019, None, 3, 42)),  # a mark for the 年
        ("I S S U E 0 3 · M A Y 2 0 1 9", Reading(2019, 5, 3)),
        ("2019年5月号", Reading(2019, 5)),
        ("XINGHE MAGAZINE NO.3 2019", Reading(2019, None, 3)),
        ("4 X I N G H E N O . 3 2 0 1 9 5", Reading(2019, None, 3)),  # spread foot
        ("总第42期", Reading(total=42)),
        ("2019年第3期 总第42期", Reading(2019, None, 3, 42)),
        ("2019.05", Reading(2019, 5)),
        ("2019/05", Reading(2019, 5)),
        ("2019\\05\\NO.3", Reading(2019, 5, 3)),
        ("第3期", Reading(number=3)),
        ("NO.03", Reading(number=3)),
        ("Vol. 2 No. 7", Reading(number=7)),
        ("二〇一九年五月", Reading(2019, 5)),
        ("二〇一九年十二月", Reading(2019, 12)),
        ("二〇一九年第十一期", Reading(2019, None, 11)),
        ("MAY. 2019", Reading(2019, 5)),
        ("December 2019", Reading(2019, 12)),
        ("２０１９年５月号", Reading(2019, 5)),  # full-width digits
        ("12 | 星河 2019年5月号", Reading(2019, 5)),  # a folio before the head
    ],
)
def test_read_line_reads_each_printed_form(text: str, expected: Reading) -> None:
    assert read_line(text)[0] == expected


@pytest.mark.parametrize(
    "text",
    ["2019.5.3", "2019年5月3日", "2019.13", "ECONOMY 2019", "1800.1亿元", "2019年"],
)
def test_read_line_reads_no_issue_in_a_day_or_a_number(text: str) -> None:
    reading = read_line(text)[0]
    assert reading.month is None and reading.number is None


def test_plain_closes_up_letter_spacing_but_not_words() -> None:
    assert plain("J U L 2 0 1 9") == "JUL2019"
    assert plain("星河 · 2019年第3期") == "星河 · 2019年第3期"


def test_the_cover_gives_the_issue_not_a_date_in_the_text() -> None:
    text = f"星河\nXINGHE\n2019年第3期 · 5月刊\n{BODY}2018年4月\n{BODY}"
    assert read_issue(lines_of(text), FORMS) == Reading(2019, 5, 3)


def test_a_date_in_the_text_alone_gives_nothing() -> None:
    text = f"{BODY}2018年4月\n{BODY}2018.04\n{BODY}"
    assert read_issue(lines_of(text), FORMS) == Reading()


def test_a_toc_title_with_a_date_is_no_issue_date() -> None:
    text = f"目录\n2018年4月大事记 12\n春天来了 14\n{BODY}"
    assert read_issue(lines_of(text), FORMS) == Reading()


def test_a_running_head_gives_the_issue_when_the_cover_does_not() -> None:
    pages = "".join(f"{n} | 星河 2019年5月号\n{BODY * 3}\f" for n in (2, 4, 6))
    assert read_issue(lines_of(BODY + pages), FORMS) == Reading(2019, 5)


def test_a_line_printed_twice_is_no_running_head() -> None:
    pages = "".join(f"{n} | 星河 2019年5月号\n{BODY * 3}\f" for n in (2, 4))
    assert read_issue(lines_of(BODY + pages), FORMS) == Reading()


def test_sources_that_disagree_leave_the_field_open() -> None:
    pages = "".join(f"星河 · 2019年6月\n{BODY * 3}" for _ in range(3))
    text = f"星河\n2019年5月号\n{BODY}{pages}"
    assert read_issue(lines_of(text), FORMS) == Reading(2019, None)


def test_the_running_count_is_the_number_when_no_other_is_printed() -> None:
    assert read_issue(lines_of(f"星河\n总第42期\n{BODY}"), FORMS).number == 42
    text = f"星河\n2019年第3期 总第42期\n{BODY}"
    assert read_issue(lines_of(text), FORMS).number == 3


def test_parse_keeps_the_cover_lines_it_reads() -> None:
    issue = parse_text(f"潮涌钱塘\n2019年第3期 · 5月刊\n## 春天来了\n\n{BODY}")
    meta = issue.metadata
    assert (meta.year, meta.month, meta.issue_number) == (2019, 5, 3)
    assert "2019年第3期" in repr(issue.dropped) + repr(issue.sections)  # text is kept


def test_a_weeklys_date_with_its_weekday_and_numbers_beside_the_year() -> None:
    reading, _ = read_line("2031年7月15日 星期三 · 第5期 · 星河新区主办")
    assert (reading.year, reading.month, reading.number) == (2031, 7, 5)
    reading, _ = read_line("7月15日，2031年度大会在星河新区召开")  # no weekday: news
    assert reading.month is None
    for text in ("NO.5 / 2031", "2031 / NO.5", "2031 NO.5"):
        reading, _ = read_line(text)
        assert (reading.year, reading.number) == (2031, 5), text


def test_a_volume_is_part_of_the_issue_line() -> None:
    assert is_issue_line("Vol.7 No.8 · Jan. 2021")
    assert is_issue_line("VOL 12 NO 5 2020")
    assert not is_issue_line("Volume 3")  # a volume alone names no issue
