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


def test_a_bracket_closed_but_never_opened_is_the_tail_of_an_aside() -> None:
    assert not is_titleish(line("林远 周舟）"), PROFILE)
    assert not is_titleish(line("新区三所幼儿园) 今秋开学"), PROFILE)
    assert is_titleish(line("北湖区（新区）三所幼儿园今秋开学"), PROFILE)


def test_a_line_opened_by_a_list_dot_is_an_item_not_a_title() -> None:
    # `·北湖科技园` in a list of the parks a feature visits; a dot inside a line (a
    # head's `潮涌钱塘 · 特别策划`, a name's `阿卜杜·热合曼`) is no list mark.
    for mark in ("·", "・", "•"):
        assert not is_titleish(line(f"{mark}北湖区科技园区"), PROFILE)
    assert is_titleish(line("北湖区 · 科技园区新开三条产线"), PROFILE)


def test_a_line_cut_from_running_text_is_no_briefs_headline() -> None:
    from qtread.parse.segment.runs import _cut_from_text

    assert not _cut_from_text("北湖区新增三所公办幼儿园")
    assert not _cut_from_text("湖畔新城十项工程开工，总投资过百亿")  # a two-part headline
    assert not _cut_from_text("“湖畔新城”十项工程开工")
    assert _cut_from_text("据悉，园区今年新增企业，其中")  # two commas: a sentence
    assert _cut_from_text("“事实上，作为才发展了十年的")  # a quote left open
    assert _cut_from_text('他说:"我们立志三')
    assert _cut_from_text("北湖公司党支部成立于2015年6")  # a date the line's end cut


def test_a_caption_closed_by_its_photographer_is_no_title() -> None:
    assert not is_titleish(line("北湖电缆股份有限公司车间（林远／摄）"), PROFILE)
    assert not is_titleish(line("新建的西山公园步道 林远 摄"), PROFILE)
    assert is_titleish(line("北湖电缆股份有限公司车间全景"), PROFILE)


def test_a_line_with_a_semicolon_is_running_text() -> None:
    assert not is_titleish(line("紧，功亏一篑的；还有人把粽子包成了三角"), PROFILE)
    assert is_titleish(
        line("下好创新先手棋，跑出发展加速度"), PROFILE
    )  # a comma may part a headline
