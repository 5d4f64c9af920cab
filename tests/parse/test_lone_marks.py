"""List marks alone on their lines (`•`), their items set elsewhere on the page: no text
line carries them on, so a title printed under them stays a title (unwrap/paragraphs.py,
`chunks.marks_only`; unwrap/frames.py, `split_marks_off`). Every text here is invented."""

from __future__ import annotations

from qtread.parse.lines import normalise, split_lines
from qtread.parse.unwrap.paragraphs import pdf_chunks

TEXT = "湖畔新城今年将启动十项民生工程，涵盖道路、学校和公园等多个方面，总投资超过一百亿元。"
LINES = ["•", "•", "•", "北湖新区：专一", "化成就品牌之路", TEXT]


def _texts(separator: str) -> list[str]:
    return [chunk.text for chunk in pdf_chunks(split_lines(normalise(separator.join(LINES))))]


def test_a_title_under_lone_marks_is_not_read_onto_them() -> None:
    # a blank line after each printed line: each mark is a frame of its own
    assert _texts("\n\n")[:4] == ["•", "•", "•", "北湖新区：专一化成就品牌之路"]


def test_marks_set_in_one_frame_with_the_lines_under_them_are_cut_off() -> None:
    texts = _texts("\n")
    assert texts[0] == "•••"
    assert not any("•" in text for text in texts[1:])
