"""A headline set across more than one column, a letter wider than the column's
justified lines and with no mark in it, is not joined to the paragraph it follows
(unwrap/paragraphs.py). Every text here is invented."""

from __future__ import annotations

from qtread.parse.lines import normalise, split_lines
from qtread.parse.unwrap.paragraphs import pdf_chunks

# Justified lines of fourteen letters (28 printed cells); the paragraph ends a sentence
# at the end of its last full line.
PARAGRAPH = [
    "湖畔新城今年将启动十项民生工程",
    "，涵盖道路、学校和公园等多个方",
    "面，总投资超过一百亿元，惠及全",
    "城居民的日常生活和出行的方便。",
]
NEXT = [
    "北湖区今年新建的三所幼儿园共计",
    "可提供九百个学位，秋季学期开始",
    "招生，优先满足周边的入园需求。",
]


def _chunks(headline: str) -> list[str]:
    text = "\n\n".join([*PARAGRAPH, headline, *NEXT])  # a blank after every printed line
    return [chunk.text for chunk in pdf_chunks(split_lines(normalise(text)))]


def test_an_unpunctuated_line_a_letter_wider_than_the_column_is_a_headline() -> None:
    headline = "北湖区三所公办幼儿园秋季同时开学"  # fifteen letters, no mark
    assert headline in _chunks(headline)


def test_a_line_with_marks_as_wide_may_be_running_text_squeezed() -> None:
    # Squeezed punctuation lets a justified line hold a letter more: with marks, a line
    # one letter wider than its neighbours is still the paragraph's.
    line = "北湖区“三所幼儿园”今年秋季开学"  # quotes squeeze as commas do
    assert line not in _chunks(line)
