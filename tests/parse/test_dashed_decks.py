"""A headline over a deck behind its dash (`寻访…新成果` / `——六百人徒步毅行`) opens an
article, wherever it stands; the title-runs stage alone, on invented text."""

from __future__ import annotations

from qtread.model import LineSpan
from qtread.parse.chunks import Chunk, ChunkKind
from qtread.parse.segment.common import Anchor

from .runs_stage import run_anchors, text_chunks

TEXT = "当天一大早，北湖文化中心内热闹非凡，各企事业代表、居民、毅行爱好者等六百余人整装待发，"


def anchors_over(*titles: str) -> dict[int, Anchor]:
    """The title-runs stage alone on running text left open, TITLES, then three paragraphs."""
    closing = [TEXT + "形成了一道亮丽风景线。", TEXT + "随后出发。", TEXT + "抵达终点。"]
    return run_anchors(text_chunks(TEXT, *titles, *closing))


def test_a_headline_over_a_dashed_deck_opens_an_article() -> None:
    anchors = anchors_over("寻访北湖五水共治新成果", "——六百人徒步毅行")
    assert [(anchor.title, anchor.evidence) for anchor in anchors.values()] == [
        ("寻访北湖五水共治新成果 ——六百人徒步毅行", "decked")
    ]


def test_a_headline_over_a_plain_line_after_open_text_opens_none() -> None:
    assert not anchors_over("寻访北湖五水共治新成果", "六百人徒步毅行")


def _frame(*lines: str) -> Chunk:
    return Chunk(ChunkKind.FRAME, "".join(lines), LineSpan(40, 40 + len(lines) - 1), list(lines))


def test_a_frame_of_a_headline_over_its_dashed_deck_opens_an_article() -> None:
    # an extraction sets the two lines as one block: no less a headline and its deck
    closing = [TEXT + "形成了一道亮丽风景线。", TEXT + "随后出发。"]
    chunks = text_chunks(TEXT, "x", *closing)
    chunks[1] = _frame("寻访北湖五水共治新成果", "——六百人徒步毅行")
    anchors = run_anchors(chunks)
    assert [(index, anchor.evidence) for index, anchor in anchors.items()] == [(1, "decked")]


def test_a_frame_of_running_text_over_a_dash_opens_none() -> None:
    closing = [TEXT + "形成了一道亮丽风景线。", TEXT + "随后出发。"]
    chunks = text_chunks(TEXT, "x", *closing)
    chunks[1] = _frame("寻访北湖，五水共治新成果", "——六百人徒步毅行")
    assert not run_anchors(chunks)
