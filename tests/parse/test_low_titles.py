"""A heading that opens a page over a few paragraphs, and a title over its byline at the
foot of that page: the title is the article's, set low on its first page, and the
heading is its subheading (segment/layout.py `subheads_over_low_titles`, run alone on
invented chunks)."""

from __future__ import annotations

from qtread.parse.segment.common import Anchor
from qtread.parse.segment.layout import subheads_over_low_titles
from qtread.parse.segment.roles import classify

from .runs_stage import PROFILE, text_chunks

TEXT = "湖畔新城今年将启动十项民生工程，涵盖道路、学校和公园等多个方面，总投资超过一百亿元。"
HEADING = "星光虽小亦可照亮前路"
TITLE = "三十而立 仿创并重"


def _anchors(after_byline: int) -> dict[int, Anchor]:
    texts = [HEADING, TEXT, TEXT, TEXT, TITLE, "记者 李四", *([TEXT] * after_byline), TEXT]
    chunks = text_chunks(*texts)
    chunks[0].page_break = chunks[-1].page_break = True  # the page the heading opens
    anchors = {
        0: Anchor(0, HEADING, [0], evidence="opens-page"),
        4: Anchor(4, TITLE, [4], evidence="byline"),
    }
    subheads_over_low_titles(chunks, classify(chunks, PROFILE, set()), anchors)
    return anchors


def test_a_title_low_on_the_page_a_heading_opens_starts_the_article_at_the_heading() -> None:
    anchors = _anchors(after_byline=0)
    assert list(anchors) == [0]
    assert (anchors[0].title, anchors[0].title_chunks, anchors[0].start) == (TITLE, [4], 0)


def test_a_title_with_the_page_going_on_under_it_is_an_article_of_its_own() -> None:
    anchors = _anchors(after_byline=3)
    assert [(i, a.title) for i, a in anchors.items()] == [(0, HEADING), (4, TITLE)]
