"""A title the brief rule took with no brief on either side, over no more text than a
brief's, is a subheading of the article around it (segment/briefs.py `lone_briefs`): a
digest prints its briefs in a run. Every title here is invented."""

from __future__ import annotations

from qtread.model import LineSpan
from qtread.parse.chunks import Chunk, ChunkKind
from qtread.parse.segment.briefs import BRIEF_TEXT_MAX, lone_briefs
from qtread.parse.segment.common import Anchor

SENTENCE = "湖畔新城今年将启动十项民生工程，涵盖道路、学校和公园等多个方面。"
FEATURE = SENTENCE * (BRIEF_TEXT_MAX // len(SENTENCE) + 1)  # more text than a brief's


def _three_items(above: str, under: str) -> list[Chunk]:
    """Three titles, each over its text: ABOVE under the first, UNDER under the second,
    a sentence under the third."""
    texts = (
        "北湖新城建设全面提速",
        above,
        "道路建设齐头并进稳步推进",
        under,
        "南湖公园今天开园迎客",
        SENTENCE,
    )
    return [Chunk(ChunkKind.TEXT, t, LineSpan(n, n), [t]) for n, t in enumerate(texts, 1)]


def _kept(evidences: dict[int, str], chunks: list[Chunk]) -> list[int]:
    anchors = {
        index: Anchor(index, chunks[index].text, [index], evidence=evidence)
        for index, evidence in evidences.items()
    }
    lone_briefs(chunks, anchors)
    return sorted(anchors)


def test_a_lone_brief_inside_a_feature_is_a_subheading() -> None:
    chunks = _three_items(FEATURE, SENTENCE)
    assert _kept({0: "byline", 2: "brief", 4: "byline"}, chunks) == [0, 4]


def test_briefs_in_a_run_stay_articles() -> None:
    chunks = _three_items(FEATURE, SENTENCE)
    assert _kept({0: "byline", 2: "brief", 4: "brief"}, chunks) == [0, 2, 4]


def test_a_lone_brief_over_more_than_a_briefs_text_stays_an_article() -> None:
    chunks = _three_items(FEATURE, FEATURE)
    assert _kept({0: "byline", 2: "brief", 4: "byline"}, chunks) == [0, 2, 4]


def test_only_the_brief_rules_titles_are_judged() -> None:
    chunks = _three_items(FEATURE, SENTENCE)
    assert _kept({0: "byline", 2: "opens-page", 4: "byline"}, chunks) == [0, 2, 4]


def test_a_lone_brief_after_a_short_item_stays_an_article() -> None:
    # a news page of short items, one opened by a byline, the next by the brief rule
    chunks = _three_items(SENTENCE, SENTENCE)
    assert _kept({0: "byline", 2: "brief", 4: "byline"}, chunks) == [0, 2, 4]
