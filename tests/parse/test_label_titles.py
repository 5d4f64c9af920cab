"""A headline that opens with a name and its colon is a title, not running text."""

from __future__ import annotations

from qtread.model import SourceShape
from qtread.parse.lines import normalise, split_lines
from qtread.parse.unwrap import unwrap

FULL = "湖畔新城今年将启动十项民生工程，涵盖道路、学校和公园建设，总投"
REST = "资超过一百亿元，预计三年内全部建成。"


def test_a_label_colon_headline_is_not_glued_to_the_text_under_it() -> None:
    lines = [FULL, REST, "北湖集团：打造员工的“暖家根据地”", FULL, FULL, REST]
    chunks = unwrap(split_lines(normalise("\n\n".join(lines) + "\n")), SourceShape.PDF_TEXT)
    assert [chunk.text for chunk in chunks] == [
        FULL + REST,
        "北湖集团：打造员工的“暖家根据地”",
        FULL + FULL + REST,
    ]
