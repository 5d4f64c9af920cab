"""What may be a title, judged from a chunk's own text."""

from __future__ import annotations

from qtread.model import LineSpan
from qtread.parse.chunks import Chunk, ChunkKind
from qtread.parse.classify import is_titleish
from qtread.parse.profile import load_profile

PROFILE = load_profile()


def line(text: str) -> Chunk:
    return Chunk(ChunkKind.TEXT, text, LineSpan(1, 1), [text])


def test_a_bracket_left_open_is_running_text() -> None:
    assert not is_titleish(line("联盟制定“十项任务清单”（建立一套工作运行"), PROFILE)
    assert is_titleish(line("北湖区新增三所幼儿园（附名单）"), PROFILE)
    assert is_titleish(line("《北湖发展规划》正式发布"), PROFILE)


def test_a_line_opened_by_a_list_dot_is_an_item_not_a_title() -> None:
    # `·北湖科技园` in a list of the parks a feature visits; a dot inside a line (a
    # head's `潮涌钱塘 · 特别策划`, a name's `阿卜杜·热合曼`) is no list mark.
    for mark in ("·", "・", "•"):
        assert not is_titleish(line(f"{mark}北湖区科技园区"), PROFILE)
    assert is_titleish(line("北湖区 · 科技园区新开三条产线"), PROFILE)
