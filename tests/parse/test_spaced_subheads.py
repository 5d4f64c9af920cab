"""A title in two short spaced halves over a short text (`耕耘七年 开垦十个分区`) is a
feature's subheading, not a brief; over a deck behind its dash it is a headline
(segment/runs.py `_brief`). The title-runs stage alone, on invented text."""

from __future__ import annotations

from .runs_stage import run_anchors, text_chunks

TEXT = "湖畔新城今年将启动十项民生工程，涵盖道路、学校和公园等多个方面，总投资超过一百亿元。"
SHORT = "绿道串起五个景点，沿途设置了休息驿站。"


def test_a_spaced_couplet_over_a_short_text_opens_no_brief() -> None:
    anchors = run_anchors(text_chunks(TEXT, "耕耘七年 开垦十个分区", SHORT, TEXT * 3))
    assert not [anchor for anchor in anchors.values() if anchor.evidence == "brief"]


def test_a_plain_headline_over_a_short_text_is_a_brief() -> None:
    anchors = run_anchors(text_chunks(TEXT, "北湖新区新增十公里绿道串起景点", SHORT, TEXT * 3))
    assert [anchor.evidence for anchor in anchors.values()] == ["brief"]


def test_a_spaced_couplet_over_a_dashed_deck_is_a_headline() -> None:
    chunks = text_chunks(
        TEXT, "为他们点赞 向最美致敬", "——北湖新区举办首届劳模表彰大会", SHORT, TEXT * 3
    )
    assert 1 in run_anchors(chunks)


def test_a_place_over_a_headline_opens_an_article_a_topics_word_does_not() -> None:
    """`天津高新区` / `抢占…先机` is a region's news item; `智慧政府` / `利用数据…` is a
    kicker over a feature's subheading."""
    place = run_anchors(text_chunks(TEXT, "北湖高新区", "抢占新一轮产业发展先机", TEXT * 3))
    assert [anchor.evidence for anchor in place.values()] == ["named"]
    topic = run_anchors(text_chunks(TEXT, "智慧交通", "利用数据更好服务出行", TEXT * 3))
    assert "named" not in [anchor.evidence for anchor in topic.values()]


def test_a_quoted_sentence_opening_a_page_opens_no_article() -> None:
    """`“开展…的首要是赢得外商认` at a page's top is the text's quote cut at the line's end;
    a headline there that quotes closes its quote."""
    for title, opens in (
        ("“开展北湖党建工作的首要是赢得外商认", False),
        ("北湖新区“十四五”规划发布", True),
    ):
        chunks = text_chunks(TEXT, title, TEXT * 3)
        chunks[1].page_break = True
        evidence = [anchor.evidence for anchor in run_anchors(chunks).values()]
        assert ("opens-page" in evidence) is opens
