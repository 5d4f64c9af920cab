"""A converter's bold marks in a file read as printed lines (parse/bold_marks.py). Every
text here is invented."""

from __future__ import annotations

from qtread.model import SourceShape
from qtread.parse import parse_text
from qtread.parse.bold_marks import BOLD_LINES_MIN, drop_bold_marks
from qtread.parse.lines import normalise, split_lines


def _texts(text: str) -> list[str]:
    return [line.text for line in drop_bold_marks(split_lines(normalise(text)))]


def test_a_converters_bold_marks_are_dropped_and_the_text_kept() -> None:
    lines = [f"**湖畔新城第{n}号工程开工**" for n in range(BOLD_LINES_MIN - 1)]
    lines.append("据悉，**北湖区**新增三所幼儿园")
    assert _texts("\n".join(lines)) == [
        *(f"湖畔新城第{n}号工程开工" for n in range(BOLD_LINES_MIN - 1)),
        "据悉，北湖区新增三所幼儿园",
    ]


def test_a_few_stray_marks_stay() -> None:
    lines = [f"**湖畔新城第{n}号工程开工**" for n in range(BOLD_LINES_MIN - 1)]
    assert _texts("\n".join(lines)) == lines


def test_no_title_of_a_bold_only_conversion_keeps_its_asterisks() -> None:
    text = "\n\n".join(
        line
        for n in range(8)
        for line in (
            f"**湖畔新城第{n}号民生工程全面开工**",
            "记者丨林望舒",
            f"今年湖畔新城将启动第{n}号民生工程，涵盖道路、学校和公园建设，总投资超过",
            "一百亿元，预计明年年底完工，届时将惠及沿线的十余个社区。",
        )
    )
    issue = parse_text(text, shape=SourceShape.PDF_TEXT)
    assert issue.articles and not any("*" in article.title for article in issue.articles)
