"""A headline set across the columns, wider than the running text under it, opens an
article; a subheading stays inside its column (segment/runs.py, evidence `across`).
The title-runs stage alone, on invented text."""

from __future__ import annotations

from qtread.model import LineSpan
from qtread.parse.chunks import Chunk, ChunkKind

from .runs_stage import COLUMN, COLUMN_TEXT, column_chunks, run_anchors


def test_a_headline_wider_than_the_columns_text_opens_an_article() -> None:
    anchors = run_anchors(column_chunks("七十六个项目集中签约开工投产 新区的底气在哪里"))
    assert [(index, anchor.evidence) for index, anchor in anchors.items()] == [(1, "across")]


def test_a_subheading_inside_its_column_opens_none() -> None:
    assert not run_anchors(column_chunks("项目集中签约开工投产"))


def test_a_wide_line_of_running_text_opens_none() -> None:
    assert not run_anchors(column_chunks("二〇一九年四月十八日，杭州钱塘新区正式挂牌成立"))


def test_a_body_of_a_line_or_two_gives_no_measure() -> None:
    chunks = column_chunks("七十六个项目集中签约开工投产 新区的底气在哪里")
    chunks[2] = Chunk(
        ChunkKind.TEXT, COLUMN_TEXT, LineSpan(5, 6), COLUMN[:2]
    )  # its last is no measure
    assert not run_anchors(chunks)
