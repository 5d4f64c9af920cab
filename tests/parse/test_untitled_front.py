"""Running text before the issue's first anchor (segment/layout.py `untitled_front`):
the editorial's title printed under a label or floated beside its lead opens it from its
first chunk, and a short lead printed above the first anchored title is that article's.
All on invented text."""

from __future__ import annotations

from qtread.parse.chunks import Chunk
from qtread.parse.segment.common import Anchor
from qtread.parse.segment.layout import untitled_front
from qtread.parse.segment.roles import classify

from .runs_stage import PROFILE, text_chunks

LEAD = "春风送暖，万象更新，湖畔新城在新的一年里迎来了新的发展机遇。"
TEXT = "新城管委会介绍说，今年以来园区一共接待了来访企业两百多家，签约四十余家，总投资一百亿元。"
TITLE = "十项工程 引领新城高质量发展"
NEXT = "城东新区民生工程全面开工"


def _anchors(chunks: list[Chunk], first: int) -> dict[int, Anchor]:
    """The anchors once the stage has run, with NEXT's article anchored at FIRST."""
    anchors = {first: Anchor(first, chunks[first].text, [first], evidence="toc")}
    untitled_front(chunks, classify(chunks, PROFILE, set()), anchors)
    return anchors


def test_a_title_under_a_label_opens_the_text_from_its_first_chunk() -> None:
    chunks = text_chunks("本刊评论", TITLE, LEAD, TEXT, TEXT, NEXT, TEXT)
    anchors = _anchors(chunks, 5)
    assert anchors[0].title == TITLE and anchors[0].title_chunks == [1]
    assert 5 in anchors


def test_a_title_floated_after_the_lead_is_the_texts() -> None:
    chunks = text_chunks(LEAD, TITLE, TEXT, TEXT, TEXT, NEXT, TEXT)
    anchors = _anchors(chunks, 5)
    assert anchors[0].title == TITLE and anchors[0].title_chunks == [1]


def test_a_title_printed_again_further_on_is_a_teaser_not_the_texts() -> None:
    chunks = text_chunks(LEAD, NEXT, TEXT, TEXT, TEXT, NEXT, TEXT)
    anchors = _anchors(chunks, 5)
    assert 1 not in anchors[5].title_chunks
    assert all(anchor.title_chunks != [1] for anchor in anchors.values())


def test_a_short_lead_with_no_title_of_its_own_is_the_next_articles() -> None:
    chunks = text_chunks(LEAD, TEXT, NEXT, TEXT)
    anchors = _anchors(chunks, 2)
    assert list(anchors) == [0]
    assert anchors[0].title == NEXT and anchors[0].title_chunks == [2]


def test_a_long_text_with_no_title_stays_as_it_was() -> None:
    chunks = text_chunks(LEAD, TEXT, TEXT, TEXT, TEXT, NEXT, TEXT)
    assert list(_anchors(chunks, 5)) == [5]


def test_labels_and_leftovers_before_the_first_article_are_left_alone() -> None:
    chunks = text_chunks("本期导读", NEXT, TEXT)
    assert list(_anchors(chunks, 1)) == [1]


def test_a_text_that_opens_on_a_short_title_of_its_own_keeps_it() -> None:
    # `街道治理见成效` is no label: a caption further down is no title of that text's
    chunks = text_chunks("街道治理见成效", TEXT, "湖畔新城高新技术企业孵化园区", NEXT, TEXT)
    assert list(_anchors(chunks, 3)) == [3]
