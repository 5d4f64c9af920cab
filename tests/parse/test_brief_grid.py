"""Briefs set in a grid, one a column, their titles side by side: the extraction reads a
row of title blocks and only then their texts, interleaved (segment/briefs.py,
`brief_grid_rows`). Every text here is invented."""

from __future__ import annotations

from qtread.model import ArticleKind, LineSpan, SourceShape
from qtread.parse import parse_text
from qtread.parse.chunks import Chunk, ChunkKind
from qtread.parse.profile import load_profile
from qtread.parse.segment.briefs import brief_grid_rows
from qtread.parse.segment.common import Anchor
from qtread.parse.segment.roles import classify

PROFILE = load_profile()

#: Three headlines, each wrapped to a narrow column in two printed lines.
ROW = (
    ("北湖新区公办幼儿园建设计划", "提前完工"),
    ("西山公园环湖步道全线贯通", "正式开放"),
    ("东港码头二期扩建工程顺利", "通过验收"),
)
TEXT = "湖畔新城今年将启动十项民生工程，涵盖道路、学校和公园等多个方面，总投资超过一百亿元。"


def _chunks(*blocks: tuple[str, ...]) -> list[Chunk]:
    """BLOCKS as chunks: several lines make a frame, one line a text chunk."""
    chunks, line = [], 1
    for lines in blocks:
        kind = ChunkKind.FRAME if len(lines) > 1 else ChunkKind.TEXT
        span = LineSpan(line, line + len(lines) - 1)
        chunks.append(Chunk(kind, "".join(lines), span, list(lines)))
        line += len(lines) + 1
    return chunks


def _anchors(chunks: list[Chunk]) -> dict[int, Anchor]:
    anchors: dict[int, Anchor] = {}
    brief_grid_rows(chunks, classify(chunks, PROFILE, set()), anchors)
    return anchors


def test_a_row_of_title_blocks_over_text_is_a_brief_each() -> None:
    anchors = _anchors(_chunks(*ROW, (TEXT,), (TEXT,), (TEXT,)))
    assert sorted(anchors) == [0, 1, 2]
    assert [anchors[i].title for i in range(3)] == ["".join(title) for title in ROW]
    assert all(anchor.kind is ArticleKind.BRIEF for anchor in anchors.values())


def test_two_blocks_are_a_headline_and_its_deck_as_often_as_two_briefs() -> None:
    assert _anchors(_chunks(*ROW[:2], (TEXT,), (TEXT,))) == {}


def test_blocks_of_unlike_line_counts_are_no_row() -> None:
    deck = ("围绕产业发展合力", "助推产业发展", "建强组织体系")
    assert _anchors(_chunks(ROW[0], deck, ROW[2], (TEXT,))) == {}


def test_a_block_with_clause_marks_is_running_text_and_ends_the_row() -> None:
    boxed = ("东港码头扩建工程完工，", "已通过验收")
    assert _anchors(_chunks(*ROW[:2], boxed, (TEXT,))) == {}


def test_a_row_with_no_text_under_it_opens_nothing() -> None:
    assert _anchors(_chunks(*ROW)) == {}


def test_the_parser_reads_a_grid_of_briefs_in_an_issue_with_no_toc() -> None:
    feature = ["湖畔新城民生工程全面开工", *([TEXT] * 8)]
    row = "\n\n".join("\n".join(title) for title in ROW)
    halves = [
        "湖畔新城今年将启动十项民生",
        "工程，涵盖道路、学校和公园",
        "等多个方面，总投资超过一百",
    ]
    interleaved = "\n\n".join(halves * 4 + ["亿元。"])
    text = "\n\n".join(["\n\n".join(feature), row, interleaved, "\n\n".join(feature)])
    issue = parse_text(text, shape=SourceShape.PDF_TEXT)
    briefs = [a.title for a in issue.articles if a.kind is ArticleKind.BRIEF]
    assert briefs == ["".join(title) for title in ROW]
