"""The title-runs stage alone (segment/runs.py) on invented chunks: what the tests of
titles read without a TOC share."""

from __future__ import annotations

from qtread.model import LineSpan, SourceShape
from qtread.parse.chunks import Chunk, ChunkKind
from qtread.parse.profile import load_profile
from qtread.parse.segment.common import Anchor
from qtread.parse.segment.roles import classify
from qtread.parse.segment.runs import title_runs

PROFILE = load_profile()


def text_chunks(*texts: str) -> list[Chunk]:
    """TEXTS as text chunks of one printed line each, a blank line apart."""
    return [
        Chunk(ChunkKind.TEXT, text, LineSpan(2 * n + 1, 2 * n + 1), [text])
        for n, text in enumerate(texts)
    ]


#: A column's lines: fourteen Han characters, 28 printed cells.
COLUMN = [
    "湖畔新城今年将启动十项民生工",
    "程，涵盖道路、学校和公园等多",
    "个方面，总投资超过一百亿元。",
]
COLUMN_TEXT = "".join(COLUMN)


def column_chunks(title: str) -> list[Chunk]:
    """Finished text set in the column, TITLE, then four such paragraphs: no brief."""
    chunks = text_chunks(COLUMN_TEXT, title, *[COLUMN_TEXT] * 4)
    for chunk in chunks[:1] + chunks[2:]:
        chunk.lines = COLUMN
    return chunks


def run_anchors(chunks: list[Chunk]) -> dict[int, Anchor]:
    """The anchors the title-runs stage finds in CHUNKS (a PDF text's), roles classified."""
    anchors: dict[int, Anchor] = {}
    title_runs(chunks, classify(chunks, PROFILE, set()), anchors, SourceShape.PDF_TEXT)
    return anchors
