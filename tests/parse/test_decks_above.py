"""A deck printed above its headline (segment/decks.py `decks_over_headlines`, and
headline.py `deck_over_headline` inside one title run): the
headline, set large in a narrow box, names the article; the wider line over it is its
deck. Every title here is invented."""

from __future__ import annotations

import pytest

from qtread.model import LineSpan, SourceShape
from qtread.parse import parse_text
from qtread.parse.chunks import Chunk, ChunkKind
from qtread.parse.headline import Headline, pieces_of, split_headline
from qtread.parse.segment.common import Anchor
from qtread.parse.segment.decks import decks_over_headlines

TEXT = "湖畔新城今年将启动十项民生工程，涵盖道路、学校和公园等多个方面，总投资超过一百亿元。"


def _chunk(lines: list[str], number: int) -> Chunk:
    return Chunk(ChunkKind.TEXT, "".join(lines), LineSpan(number, number), lines)


def _anchors(
    deck: list[str], headline: list[str], *, evidence: str = "brief"
) -> tuple[list[Chunk], dict[int, Anchor]]:
    chunks = [_chunk(deck, 1), _chunk(headline, 2), _chunk([TEXT], 3), _chunk([TEXT], 4)]
    anchors = {
        0: Anchor(0, chunks[0].text, [0], evidence=evidence),
        1: Anchor(1, chunks[1].text, [1], evidence="brief"),
    }
    return chunks, anchors


def test_a_line_over_a_headline_wrapped_narrow_is_its_deck() -> None:
    # two full lines of one measure
    chunks, anchors = _anchors(["七家湖畔企业上榜拟上市名单"], ["北湖区重点企", "业名单出炉了"])
    decks_over_headlines(chunks, anchors)
    assert list(anchors) == [0]
    assert anchors[0].title == "北湖区重点企业名单出炉了"
    assert anchors[0].subtitle == "七家湖畔企业上榜拟上市名单"
    assert anchors[0].title_chunks == [0, 1]


def test_three_lines_to_one_measure_and_a_shorter_last() -> None:
    chunks, anchors = _anchors(["湖畔新区生物医药产业再提速"], ["四十五个项", "目入围并获", "奖"])
    decks_over_headlines(chunks, anchors)
    assert anchors[0].subtitle == "湖畔新区生物医药产业再提速"


@pytest.mark.parametrize(
    ("deck", "headline"),
    [
        # two briefs of a digest, the second broken by sense: lines of two widths
        (["“五星消息”开启商用新时代"], ["医疗健康创新发展", "备受资本关注"]),
        # a headline broken by hand after its question
        (["风华正茂立潮头踔厉笃行向未来"], ["钱塘今年怎么样？", "十组数据速看！"]),
        # the lower title is set no narrower than the upper
        (["湖畔新城工程开工"], ["北湖区第一所幼儿园", "今天正式开学迎新生"]),
        # as many lines below as above: two titles, not a deck and its headline
        (["湖畔新区生物医药产业", "再提速"], ["四十五个项", "目入围并获"]),
    ],
)
def test_titles_not_set_as_a_deck_and_its_headline_stay_apart(
    deck: list[str], headline: list[str]
) -> None:
    chunks, anchors = _anchors(deck, headline)
    decks_over_headlines(chunks, anchors)
    assert list(anchors) == [0, 1]
    assert anchors[1].subtitle is None


@pytest.mark.parametrize("evidence", ["toc", "trailing"])
def test_a_title_the_toc_placed_or_printed_under_its_text_keeps_its_article(
    evidence: str,
) -> None:
    chunks, anchors = _anchors(["七家湖畔企业上榜拟上市名单"], ["北湖区重点企", "业名单出炉了"])
    anchors[0].evidence = evidence
    decks_over_headlines(chunks, anchors)
    assert list(anchors) == [0, 1]


def test_text_between_the_two_titles_keeps_them_apart() -> None:
    chunks, anchors = _anchors(["七家湖畔企业上榜拟上市名单"], ["北湖区重点企", "业名单出炉了"])
    chunks.insert(1, _chunk([TEXT], 9))
    anchors = {0: anchors[0], 2: Anchor(2, chunks[2].text, [2], evidence="brief")}
    decks_over_headlines(chunks, anchors)
    assert list(anchors) == [0, 2]


def test_two_lines_whose_break_cuts_a_word_the_issue_prints_whole() -> None:
    # `可|持续` is printed together in the text below: the measure wrapped the headline
    chunks, anchors = _anchors(["湖畔产业联盟推进党建工作"], ["纵贯线搭建可", "持续生态"])
    chunks[2].text = chunks[2].lines[0] = "联盟走出一条可持续发展之路，可持续、可复制。"
    decks_over_headlines(chunks, anchors)
    assert anchors[0].title == "纵贯线搭建可持续生态"
    assert anchors[0].subtitle == "湖畔产业联盟推进党建工作"


# --- the deck and its headline read as one title run (headline.py `split_headline`)


@pytest.mark.parametrize(
    ("lines", "title", "subtitle"),
    [
        (
            ["七家湖畔企业上榜拟上市名单", "北湖区重点企", "业名单出炉了"],
            "北湖区重点企业名单出炉了",
            "七家湖畔企业上榜拟上市名单",
        ),
        # a title over its wrapped subtitle is the reverse: large type over small
        (["北湖区重点企业", "名单出炉"], "北湖区重点企业名单出炉", None),
        (
            ["湖畔新城工程开工", "北湖区第一所幼儿园今天正式", "开学迎新生"],
            "湖畔新城工程开工",
            "北湖区第一所幼儿园今天正式开学迎新生",
        ),
    ],
)
def test_a_title_run_tells_a_deck_above_from_its_headline(
    lines: list[str], title: str, subtitle: str | None
) -> None:
    assert split_headline(pieces_of(lines)) == Headline(title, subtitle)


def test_a_markdown_headings_pieces_are_not_measured() -> None:
    # a converter's heading joins its printed lines with spaces: a gap may be a space
    # inside a line, so the pieces' widths say nothing of the print
    pieces = pieces_of(
        ["打造链式集群产业发展模式 在实践链长制上做第 一批吃螃蟹的人"], gaps_are_breaks=True
    )
    split = split_headline(pieces, measured=False)
    assert split.title.startswith("打造链式集群产业发展模式")


def test_a_deck_over_a_headline_in_a_pdf_text_issue() -> None:
    lead = "湖畔新城今年将启动十项民生工程，涵盖道路、学校和公园等多个方面，总投资超过一百亿元。"
    paragraph = [(lead * 3)[at : at + 26] for at in range(0, len(lead * 3), 26)]
    lines: list[str] = []
    for page, (deck, headline) in enumerate(
        [
            ("七家湖畔企业上榜拟上市名单", ["北湖区重点企", "业名单出炉了"]),
            ("湖畔新区生物医药产业再提速", ["四十五个项目", "入围并获重奖"]),
        ]
    ):
        for line in [*paragraph, deck, *headline, *paragraph, *paragraph, f"— {page + 3} —"]:
            lines += [line, ""]
    issue = parse_text("\n".join(lines), name="t.txt", shape=SourceShape.PDF_TEXT)
    headlines = [(a.title, a.subtitle) for s in issue.sections for a in s.articles]
    assert ("北湖区重点企业名单出炉了", "七家湖畔企业上榜拟上市名单") in headlines
    assert ("四十五个项目入围并获重奖", "湖畔新区生物医药产业再提速") in headlines
