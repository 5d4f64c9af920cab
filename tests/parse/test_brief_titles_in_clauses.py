"""A run of briefs the TOC leaves out (segment/briefs.py `unlisted_briefs`): a narrow
column's paragraph that runs on clause after clause (`据不完全统计，多` / `年来，…`) is no
brief's title, though it stops mid-sentence over a short text as a title would. All on
invented text."""

from __future__ import annotations

from qtread.model import LineSpan
from qtread.parse.chunks import Chunk, ChunkKind
from qtread.parse.segment.briefs import unlisted_briefs
from qtread.parse.segment.common import Anchor
from qtread.parse.segment.roles import classify

from .runs_stage import PROFILE

ITEMS = [
    ("东江大桥主体结构完成合龙", "大桥全长两千米，预计年底通车，两岸通行时间缩短一半。"),
    ("南山公园新增十公里绿道", "绿道串起五个景点，沿途设置了休息驿站和健身器材。"),
    ("地铁九号线开通运营试运行", "九号线全长三十公里，设站二十座，日均客流十万人次。"),
]
MORE = [
    ("北湖机场新航站楼年底投用", "新航站楼可满足年旅客吞吐量两千万人次，年底投入使用。"),
    ("西城老街改造工程正式启动", "老街全长一千二百米，改造后将恢复传统风貌，明年开放。"),
    ("城南污水处理厂扩建完工", "扩建后日处理能力提高一倍，出水达到一级标准，已经投用。"),
]


def _chunk(lines: list[str], number: int) -> Chunk:
    return Chunk(ChunkKind.TEXT, "".join(lines), LineSpan(number, number + len(lines) - 1), lines)


def _titles(middle: list[str]) -> list[str]:
    """The titles the stage anchors in a run of briefs with MIDDLE's lines (a paragraph
    of a narrow column, open at its end) and a short text in the middle of it."""
    chunks: list[Chunk] = []
    for title, text in ITEMS:
        chunks += [_chunk([title], 10 * len(chunks)), _chunk([text], 10 * len(chunks) + 1)]
    chunks += [_chunk(middle, 10 * len(chunks)), _chunk(["支持了分园集群化发", "展。"], 999)]
    for title, text in MORE:
        chunks += [
            _chunk([title], 10 * len(chunks) + 1000),
            _chunk([text], 10 * len(chunks) + 1001),
        ]
    anchors: dict[int, Anchor] = {}
    unlisted_briefs(chunks, classify(chunks, PROFILE, set()), anchors, PROFILE)
    return [anchor.title for anchor in anchors.values()]


def test_a_paragraph_running_on_in_clauses_is_no_briefs_title() -> None:
    clauses = ["据不完全统计，多", "年来，北湖新区引进", "优质企业三百余家，有"]
    titles = _titles(clauses)
    assert "".join(clauses) not in titles
    assert [title for title, _ in ITEMS + MORE] == titles


def test_a_headline_with_one_mark_is_still_a_briefs_title() -> None:
    assert "生物医药产业发力，进入跃升期" in _titles(["生物医药产业发力，进入跃升期"])
