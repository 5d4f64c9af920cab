"""A converter that sets every printed line apart can leave a sentence in three pieces
(`…以工` / `作的实效…落到实` / `处，为…`) that the line joiner kept apart. The last piece
cannot open a paragraph, so it finishes an open line: the full line right before it,
which carries the paragraph on, not the paragraph past it with the middle line lifted
out as a caption. A title set at its own width between them stays apart, and a list's
next item between them (`融入 …`) takes the tail itself."""

from __future__ import annotations

from qtread.model import LineSpan
from qtread.parse.chunks import Chunk, ChunkKind
from qtread.parse.unwrap import rejoin_breaks

PARAGRAPH = [  # 17 characters a line
    "专项小组建起来，关键是看实效。下一",
    "步，街道将选好配强人员，出台相关的",
    "配套制度机制，保障小组实体化运作以",
]
MIDDLE = "实际的工作成效把服务企业的理念落到"  # a full line, no clause mark
TAIL = "处，为新区的高质量发展做出贡献。"  # `处，`: no paragraph opens so


def chunk(*lines: str) -> Chunk:
    return Chunk(ChunkKind.TEXT, "".join(lines), LineSpan(1, 1), list(lines))


def rejoined(middle: str) -> list[str]:
    chunks = [chunk(*PARAGRAPH), chunk(middle), chunk(TAIL)]
    return [c.text for c in rejoin_breaks(chunks)]


def test_the_middle_line_of_a_sentence_stays_in_it() -> None:
    assert rejoined(MIDDLE) == ["".join([*PARAGRAPH, MIDDLE, TAIL])]


def test_a_title_of_its_own_width_between_stays_apart() -> None:
    title = "街道服务企业双下沉"  # set at its own width, not the measure
    assert rejoined(title) == ["".join([*PARAGRAPH, TAIL]), title]


def test_a_list_item_between_takes_the_tail_itself() -> None:
    item = "融入 把服务融入企业生产、人员培训、文化建"  # the next item, behind its label
    tail = "设、和谐发展"
    chunks = [chunk("服务 上级组织服务企业组织；企业组织服务职"), chunk(item), chunk(tail)]
    texts = [c.text for c in rejoin_breaks(chunks)]
    assert item + tail in texts
    assert not any(text.endswith("服务职" + item) for text in texts)
