"""A deck that wraps at once, its dash and a letter on the first line (`——白` / `杨街道深化
…试点`), over the byline: the deck's rest is no title of its own, and the byline is the
article's above it. Invented text."""

from __future__ import annotations

from qtread.model import LineSpan
from qtread.parse.chunks import Chunk, ChunkKind
from qtread.parse.segment.common import Anchor
from qtread.parse.segment.layout import byline_anchors
from qtread.parse.segment.roles import classify

from .runs_stage import PROFILE

TEXT = "六月二十四日，北湖街道开展了一场特殊的开放式组织生活，近百名党员干部齐聚社区。"


def _anchors(deck: list[str]) -> dict[int, Anchor]:
    texts = [TEXT, "北湖社区党群服务中心正式启用", *deck, "通讯员 林远 周舟", TEXT, TEXT]
    chunks = [
        Chunk(ChunkKind.TEXT, text, LineSpan(n, n), [text]) for n, text in enumerate(texts, 1)
    ]
    roles = classify(chunks, PROFILE, set())
    anchors = {1: Anchor(1, texts[1], [1], evidence="toc")}  # the title the TOC names
    byline_anchors(chunks, roles, anchors)
    return anchors


def test_the_rest_of_a_deck_wrapped_at_once_is_no_title_over_the_byline() -> None:
    assert list(_anchors(["——北", "湖街道深化沉入式街社建设试点"])) == [1]


def test_only_a_deck_line_of_a_few_letters_has_wrapped() -> None:
    from qtread.parse.segment.layout import _wrapped_deck_above

    def chunks(above: str) -> list[Chunk]:
        return [Chunk(ChunkKind.TEXT, t, LineSpan(n, n), [t]) for n, t in enumerate([above, "x"])]

    assert _wrapped_deck_above(chunks("——北"), 1)
    assert not _wrapped_deck_above(chunks("——北湖街道深化沉入式街社建设试点"), 1)
    assert not _wrapped_deck_above(chunks("北湖"), 1)  # no dash: no deck
