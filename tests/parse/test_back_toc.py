"""A contents page printed at the back of the issue: its title line (`本期目录`) is no
entry (the profile's cover lines), and no front article is read before it, since the
whole issue is before it (segment/toc.py, `front_anchor`). Every text is invented."""

from __future__ import annotations

from qtread.model import LineSpan
from qtread.parse.chunks import Chunk, ChunkKind
from qtread.parse.profile import load_profile
from qtread.parse.segment.common import Anchor
from qtread.parse.segment.roles import classify
from qtread.parse.segment.toc import front_anchor

PROFILE = load_profile()
TEXT = "湖畔新城今年将启动十项民生工程，涵盖道路、学校和公园等多个方面，总投资超过一百亿元。"


def test_the_contents_pages_title_is_a_cover_line_however_it_is_worded() -> None:
    for title in ("目录", "目 次", "本期目录", "导读", "导 读"):
        assert PROFILE.is_cover_line(title)
    assert not PROFILE.is_cover_line("项目录取")
    # `本期导读` heads the first column of a contents page read across, where it must
    # still end the entry above it as a heading does
    assert not PROFILE.is_cover_line("本期导读")


def _chunks() -> list[Chunk]:
    texts = ["湖畔新城启航", *[TEXT] * 60]
    return [Chunk(ChunkKind.TEXT, t, LineSpan(n * 2, n * 2), [t]) for n, t in enumerate(texts)]


def _front(toc_line: int) -> dict[int, Anchor]:
    chunks, anchors = _chunks(), {}
    front_anchor(chunks, classify(chunks, PROFILE, set()), toc_line, anchors)
    return anchors


def test_text_before_a_contents_page_at_the_front_is_the_front_article() -> None:
    assert [a.evidence for a in _front(toc_line=30).values()] == ["front"]


def test_a_contents_page_at_the_back_opens_no_front_article() -> None:
    assert _front(toc_line=200) == {}
