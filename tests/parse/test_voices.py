"""Pages of voices: name and role, then the quote, then its headline at the foot."""

from __future__ import annotations

from qtread.model import LineSpan
from qtread.parse.chunks import Chunk, ChunkKind
from qtread.parse.segment import Anchor, _Roles, _titles_under_their_text


def chunk(kind: ChunkKind, text: str, n: int) -> Chunk:
    return Chunk(kind, text, LineSpan(n, n), [text])


QUOTE = "新区体制改革放大招，在我看来是顺应趋势的好事，我们对未来的发展更有信心，也更有干劲了。"


def page() -> tuple[list[Chunk], _Roles, dict[int, Anchor]]:
    texts = [
        (ChunkKind.FRAME, "机遇与挑战并存，我们的信心更足了"),  # 0 a title over its quote
        (ChunkKind.TEXT, QUOTE),  # 1
        (ChunkKind.FRAME, "张三丰北湖区发展办公室主任"),  # 2 its voice, at the quote's end
        (ChunkKind.FRAME, "李四海北湖大学研究所所长"),  # 3 the next voice opens its quote
        (ChunkKind.TEXT, QUOTE),  # 4
        (ChunkKind.FRAME, "与北湖共生共长，为人类健康造福"),  # 5 and its headline follows it
        (ChunkKind.FRAME, "王五岳北湖柔性电子研究中心负责人"),  # 6
        (ChunkKind.TEXT, QUOTE),  # 7
        (ChunkKind.FRAME, "以科技创新为引领，助力新区提质增速"),  # 8
    ]
    chunks = [chunk(kind, text, n) for n, (kind, text) in enumerate(texts)]
    roles = _Roles(chunks=chunks, titleish=[False] * len(chunks))
    roles.people.update({2: "张三丰", 3: "李四海", 6: "王五岳"})
    anchors = {i: Anchor(i, chunks[i].text, [i], evidence="beside-person") for i in (0, 5, 8)}
    return chunks, roles, anchors


def test_a_headline_under_a_quote_closes_the_quote_its_name_opens() -> None:
    chunks, roles, anchors = page()
    _titles_under_their_text(chunks, roles, anchors)
    assert {start: anchor.title_chunks for start, anchor in anchors.items()} == {
        0: [0],
        3: [5],
        6: [8],
    }


def test_a_title_over_an_uncredited_article_stays_where_it_is() -> None:
    chunks, roles, anchors = page()
    del roles.people[2]  # no article above credits anyone: each keeps its name
    _titles_under_their_text(chunks, roles, anchors)
    assert sorted(anchors) == [0, 5, 8]
