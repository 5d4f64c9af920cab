"""The issue's chronology opened by its title where the TOC left it out (segment/layout.py
`chronology_titles`): a title naming it (the profile's `chronology_words`), its last
letters perhaps wrapped onto a line of their own, right over dated entries. All on
invented text."""

from __future__ import annotations

from qtread.parse.chunks import Chunk
from qtread.parse.segment.common import Anchor
from qtread.parse.segment.layout import chronology_titles
from qtread.parse.segment.roles import classify

from .runs_stage import PROFILE, text_chunks

ENTRIES = [
    "2031.6.3 北湖新区东线标准塘道路大修项目顺利完成电子开评标。",
    "2031.6.5 北湖新区生态环境分局开展环保公众开放日等一系列活动。",
]
TEXT = "新城管委会介绍说，今年以来园区一共接待了来访企业两百多家，签约四十余家。"


def _anchors(chunks: list[Chunk], anchors: dict[int, Anchor] | None = None) -> dict[int, Anchor]:
    found = dict(anchors or {})
    chronology_titles(chunks, classify(chunks, PROFILE, set()), found, PROFILE.chronology_words)
    return found


def test_a_wrapped_chronology_title_over_dated_entries_opens_it() -> None:
    chunks = text_chunks(TEXT, "北湖新区大", "事记", "(2031年6月)", *ENTRIES)
    anchor = _anchors(chunks)[1]
    assert (anchor.title, anchor.title_chunks) == ("北湖新区大事记", [1, 2])


def test_of_two_such_titles_before_the_entries_the_last_opens_it() -> None:
    # a part's opening page names it too, over its page number
    chunks = text_chunks("北湖新区大事记", "74", "北湖新区大事记", "(2031年6月)", *ENTRIES)
    assert list(_anchors(chunks)) == [2]


def test_one_the_toc_placed_or_far_from_any_entry_is_left_alone() -> None:
    chunks = text_chunks(TEXT, "北湖新区大事记", "(2031年6月)", *ENTRIES)
    placed = {1: Anchor(1, "北湖新区大事记", [1], evidence="toc")}
    assert _anchors(chunks, placed) == placed
    far = text_chunks("北湖新区大事记", TEXT, TEXT, TEXT, TEXT, *ENTRIES)
    assert _anchors(far) == {}
