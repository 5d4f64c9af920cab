"""Markdown emphasis is markup: the text inside it is kept, the marks are not."""

from __future__ import annotations

import pytest

from qtread.parse.unwrap import clean_inline


@pytest.mark.parametrize(
    ("marked", "plain"),
    [
        ("**湖畔新城**启动", "湖畔新城启动"),
        ("_两家药企相继入驻_", "两家药企相继入驻"),
        ("*两家药企* 相继入驻", "两家药企 相继入驻"),
        ("file_name_here", "file_name_here"),  # underscores inside a word are text
        ("3*4*5", "3*4*5"),
    ],
)
def test_emphasis_marks_are_dropped_and_text_kept(marked: str, plain: str) -> None:
    assert clean_inline(marked) == plain
