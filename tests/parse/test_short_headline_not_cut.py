"""A lone line well short of the text's measure on the same page is a headline set apart,
not a sentence the layout cut: a sentence is cut only where its line meets the column's
edge. Text narrowed beside a float, a line holding a full stop or ending on a clause mark,
and two columns drawn side by side keep being joined."""

from __future__ import annotations

from qtread.model import LineSpan, SourceShape
from qtread.parse.chunks import Chunk, ChunkKind
from qtread.parse.lines import normalise, split_lines
from qtread.parse.unwrap import rejoin_breaks, unwrap

HEADLINE = "灯笼、春联、汤圆……社区新春也热闹"  # 17 characters: 34 cells
DECK = ["“暖心包”送出三个“一”", "帮助外来务工人员安心过年"]  # a two-line frame under it
TEXT = [  # 36 characters a line: 72 cells
    "近日，街道妇联组织发起“新春暖心包”活动，以三个“一”的举措，向留在本地过年的",
    "外来务工人员和他们远在家乡的亲人送上新春的问候和祝福，场面温馨而热烈。",
]


def chunks_of(blocks: list[list[str]]) -> list[str]:
    printed = "\n\n".join("\n".join(block) for block in blocks)
    lines = split_lines(normalise(printed))
    return [chunk.text for chunk in unwrap(lines, SourceShape.PDF_TEXT)]


def test_a_short_headline_over_a_deck_is_not_joined_to_the_text() -> None:
    texts = chunks_of([["文 / 王小明"], [HEADLINE], DECK, TEXT])
    assert HEADLINE in texts
    assert "".join(TEXT) in texts


def test_a_line_filling_most_of_the_measure_is_still_a_cut_sentence() -> None:
    cut = "近日，街道妇联组织发起“新春暖心包”活动，以三个“一”的举措，向留在"  # 33 characters
    texts = chunks_of(
        [
            ["文 / 王小明"],
            [cut],
            DECK,
            [*TEXT[1:], "又一行满行的文字接着写下去，直到这一段话在这里结束。"],
        ]
    )
    assert not any(text == cut for text in texts)


def test_a_line_after_an_open_clause_is_text_narrowed_by_a_float() -> None:
    narrowed = "赛事致力于打造环湾骑行的品牌"
    texts = chunks_of([["今年是这项赛事在本地举办的第二年，"], [narrowed], DECK, TEXT])
    assert any(text.endswith(narrowed + TEXT[0] + TEXT[1]) for text in texts)


def test_a_line_holding_a_full_stop_or_ending_on_a_comma_is_cut_text() -> None:
    for line in ("在奔涌的时光里，这是极不平凡的一年。一", "这家企业的发展史，可以追溯至那年，"):
        texts = chunks_of([["文 / 王小明"], [line], DECK, TEXT])
        assert line + TEXT[0] + TEXT[1] in texts, line


def test_lines_with_a_gutter_give_no_measure() -> None:
    side_by_side = [f"{TEXT[0][:18]}   {TEXT[0][18:]}", TEXT[1]]
    texts = chunks_of([["文 / 王小明"], [HEADLINE], DECK, side_by_side])
    assert not any(text == HEADLINE for text in texts)


def test_another_page_may_set_another_measure() -> None:
    texts = chunks_of([["文 / 王小明"], [HEADLINE], DECK, [" "], TEXT])  # " ": a page
    assert HEADLINE + TEXT[0] + TEXT[1] in texts


def chunk(*lines: str, kind: ChunkKind = ChunkKind.TEXT, page_break: bool = False) -> Chunk:
    return Chunk(kind, "".join(lines), LineSpan(1, 1), list(lines), page_break=page_break)


def rejoined(before: Chunk, line: str) -> list[str]:
    """The rejoin stage alone on BEFORE, the one-line LINE, a deck frame and TEXT."""
    chunks = [before, chunk(line), chunk(*DECK, kind=ChunkKind.FRAME), chunk(*TEXT)]
    return [c.text for c in rejoin_breaks(chunks)]


def test_the_stage_alone_keeps_a_short_headline_apart() -> None:
    assert rejoined(chunk("文 / 王小明"), HEADLINE)[1] == HEADLINE


def test_after_a_clause_or_a_drop_cap_the_short_line_is_narrowed_text() -> None:
    for before in ("今年是这项赛事在本地举办的第二年，", "2"):
        assert rejoined(chunk(before), HEADLINE)[1] == HEADLINE + "".join(TEXT), before


def test_a_line_filling_the_measure_is_cut_text_at_any_share() -> None:
    nearly_full = TEXT[0][:30]  # 30 of 36 characters
    assert rejoined(chunk("文 / 王小明"), nearly_full)[1] == nearly_full + "".join(TEXT)


def test_a_paragraph_of_several_lines_is_not_measured() -> None:
    chunks = [chunk("文 / 王小明"), chunk(HEADLINE, "第二行")]
    chunks += [chunk(*DECK, kind=ChunkKind.FRAME), chunk(*TEXT)]
    assert [c.text for c in rejoin_breaks(chunks)][1] == HEADLINE + "第二行" + "".join(TEXT)
