"""Titles floated beside the lead (a design that sets each title block in the page's
right third and opens the text after the lead with a drop cap): a one-column page of
long printed lines read as PDF text, and the title nearest above each drop-capped
paragraph opening an article. All on invented text."""

from __future__ import annotations

from qtread.model import LineSpan, SourceShape
from qtread.parse.chunks import Chunk, ChunkKind
from qtread.parse.lines import normalise, split_lines
from qtread.parse.profile import load_profile
from qtread.parse.segment.common import Anchor
from qtread.parse.segment.layout import titles_beside_drop_caps
from qtread.parse.segment.roles import classify
from qtread.parse.shape import detect_shape
from qtread.parse.unwrap.drop_caps import join_drop_caps

from .runs_stage import run_anchors

PROFILE = load_profile()
LEAD = "城东新区今年引进的项目数量再创新高，产业链上下游企业纷纷落户园区，带动就业三千余人。"
TEXT = "园区管理办公室的负责人介绍说，今年以来园区一共接待了来访企业两百多家，签约四十余家。"


def lines_of(text: str):
    return split_lines(normalise(text))


def chunk(text: str, line: int, *, drop_cap: bool = False) -> Chunk:
    return Chunk(ChunkKind.TEXT, text, LineSpan(line, line), [text], drop_cap=drop_cap)


# --- a one-column page of long lines is printed lines ------------------------------------


def test_long_printed_lines_that_stop_mid_sentence_are_pdf_text() -> None:
    # a B5 page of one column prints 42 to 45 letters a line, cut mid-sentence
    line = "这是一行在版面上排满了的正文，它在行末断开而句子还没有写完，下一行接着再写下去的那些"
    assert len(line) > 40
    assert detect_shape(lines_of("\n".join([line] * 30))) is SourceShape.PDF_TEXT


def test_long_lines_that_end_sentences_stay_flowed() -> None:
    line = "这是一段一行排完的文字，它在行末结束了句子，下一行是另一段新的文字，也是这样写完的。"
    assert detect_shape(lines_of("\n".join([line] * 30))) is SourceShape.FLOWED


# --- drop caps and the titles beside their leads ------------------------------------------


def test_a_joined_drop_cap_marks_its_paragraph() -> None:
    joined = join_drop_caps([chunk("岁", 1), chunk("末天寒，" + TEXT, 2)])
    assert len(joined) == 1
    assert joined[0].drop_cap and joined[0].text.startswith("岁末天寒")


def _feature(number: int, title_lines: list[str], *, lead_tail: bool) -> list[Chunk]:
    """A lead, the title's lines floated after it (or inside it: the lead's tail comes
    after them), then the drop-capped text."""
    base = number * 100
    chunks = [chunk(LEAD + LEAD[:30], base)]  # a paragraph cut mid-sentence
    chunks += [chunk(line, base + 1 + i) for i, line in enumerate(title_lines)]
    if lead_tail:
        chunks.append(chunk(LEAD[30:], base + 10))
    chunks.append(chunk("岁末" + TEXT, base + 11, drop_cap=True))
    chunks.append(chunk(TEXT, base + 12))
    return chunks


def _anchors(chunks: list[Chunk]) -> dict[int, Anchor]:
    roles = classify(chunks, PROFILE, set())
    anchors: dict[int, Anchor] = {}
    titles_beside_drop_caps(chunks, roles, anchors)
    return anchors


def test_the_title_nearest_above_each_drop_cap_opens_an_article() -> None:
    chunks = [
        *_feature(1, ["打造产业集群", "发展的新路径"], lead_tail=True),
        *_feature(2, ["城东新区招商", "引资再创新高"], lead_tail=False),
        *_feature(3, ["园区服务企业", "跑出加速度"], lead_tail=True),
    ]
    anchors = _anchors(chunks)
    titles = sorted((a.title, a.evidence) for a in anchors.values())
    assert titles == [
        ("园区服务企业 跑出加速度", "drop-cap"),
        ("城东新区招商 引资再创新高", "drop-cap"),
        ("打造产业集群 发展的新路径", "drop-cap"),
    ]


def test_two_drop_caps_are_not_yet_a_design() -> None:
    chunks = [
        *_feature(1, ["打造产业集群", "发展的新路径"], lead_tail=True),
        *_feature(2, ["城东新区招商", "引资再创新高"], lead_tail=False),
    ]
    assert _anchors(chunks) == {}


def test_a_subheading_far_above_a_drop_cap_opens_nothing() -> None:
    # three paragraphs between the title-like line and the drop cap: a subheading
    far = [chunk("园区服务企业跑出加速度", 300), chunk(TEXT, 301), chunk(TEXT, 302)]
    far += [chunk(TEXT, 303), chunk("岁末" + TEXT, 304, drop_cap=True)]
    chunks = [
        *_feature(1, ["打造产业集群", "发展的新路径"], lead_tail=True),
        *_feature(2, ["城东新区招商", "引资再创新高"], lead_tail=False),
        *far,
    ]
    anchors = _anchors(chunks)
    assert len(anchors) == 2
    assert all(chunks[i].span.first < 300 for i in anchors)


def test_an_article_opened_above_a_floated_title_leaves_the_title_its_own() -> None:
    # the walk up from the drop cap meets an article opened earlier right over the
    # title's lines: the title is whole, and it still opens its own article
    chunks = [
        *_feature(1, ["打造产业集群", "发展的新路径"], lead_tail=True),
        *_feature(2, ["城东新区招商", "引资再创新高"], lead_tail=False),
        *_feature(3, ["园区服务企业", "跑出加速度"], lead_tail=False),
    ]
    roles = classify(chunks, PROFILE, set())
    taken = next(i for i, c in enumerate(chunks) if c.text == "城东新区招商") - 1
    anchors = {taken: Anchor(taken, chunks[taken].text, [taken], evidence="trailing")}
    titles_beside_drop_caps(chunks, roles, anchors)
    assert ("城东新区招商 引资再创新高", "drop-cap") in [
        (a.title, a.evidence) for a in anchors.values()
    ]


# --- a headline printed under its text, just above the next title block ----------------


def _trailing(headline: str) -> dict[int, Anchor]:
    frame = Chunk(ChunkKind.FRAME, "北湖新区三所学校今秋开学", LineSpan(5, 6))
    frame.lines = ["北湖新区三所学校", "今秋开学"]
    deck = Chunk(ChunkKind.FRAME, "学位四千余个 九月迎新生", LineSpan(7, 8))
    deck.lines = ["学位四千余个", "九月迎新生"]
    chunks = [chunk(LEAD, 1), chunk(headline, 3), frame, deck, chunk(TEXT, 10), chunk(TEXT, 11)]
    return run_anchors(chunks)


def test_a_two_part_headline_under_its_text_closes_that_text() -> None:
    anchors = _trailing("城东新区再出发 产业集群向未来")
    assert anchors[1].evidence == "trailing"


def test_a_line_under_text_without_a_headlines_halves_is_not_its_title() -> None:
    anchors = _trailing("聚焦在芯片制造领域园区要筑新巢")
    assert 1 not in anchors


def test_a_deck_over_a_title_floated_beside_a_drop_cap_is_no_trailing_headline() -> None:
    # the same two-part line, but the frame under it sits over a drop-capped paragraph
    # (its first line, cut where the next chunk came between): that frame is the title
    # floated beside its lead, and the line is its deck
    frame = Chunk(ChunkKind.FRAME, "北湖新区三所学校今秋开学", LineSpan(5, 6))
    frame.lines = ["北湖新区三所学校", "今秋开学"]
    chunks = [
        chunk(LEAD, 1),
        chunk("城东新区再出发 产业集群向未来", 3),
        frame,
        chunk("岁末园区新签约企业四十余家，涵盖", 8, drop_cap=True),
        chunk(TEXT, 9),
    ]
    assert 1 not in run_anchors(chunks)
