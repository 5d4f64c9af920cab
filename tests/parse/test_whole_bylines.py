"""A line that is a byline and nothing else is never taken into a paragraph by the
joiners (`byline_lines.byline_alone`, `unwrap/paragraphs.pdf_chunks`,
`printed_lines.join_printed_lines`). Every name and text here is invented."""

from __future__ import annotations

from qtread.model import LineSpan
from qtread.parse.byline_lines import byline_alone
from qtread.parse.chunks import Chunk, ChunkKind
from qtread.parse.lines import Line
from qtread.parse.printed_lines import join_printed_lines
from qtread.parse.profile import load_profile
from qtread.parse.unwrap.paragraphs import pdf_chunks

ALONE = byline_alone(load_profile())
TITLE = "为他们点赞 向最美致敬"
BYLINE = "本刊记者／林远" + " " * 44 + "通讯员／周舟"  # a layout extraction keeps the gap
TEXT = "湖畔新城今年将启动十项民生工程，涵盖道路、学校和公园等多个方面，总投资超过"


def _lines(*texts: str) -> list[Line]:
    """TEXTS as printed lines, a blank line after each (raw PDF text)."""
    lines: list[Line] = []
    for text in texts:
        lines += [Line(len(lines) + 1, text), Line(len(lines) + 2, "")]
    return lines


def test_only_a_line_that_is_a_byline_and_nothing_else_is_one() -> None:
    assert ALONE(BYLINE) and ALONE("■ 文/记者 林远")
    assert not ALONE(TITLE)
    assert not ALONE("本刊讯 湖畔新城今年将启动十项民生工程。")
    assert not ALONE("文/记者 林远 级、薄膜级等三大切片种类，产能约 20 万")  # runs on in text


def test_a_byline_line_stays_a_chunk_of_its_own_over_the_text() -> None:
    # the byline line as wide as the text under it, which runs on from it
    lines = _lines(TITLE, BYLINE, TEXT, TEXT, TEXT + "一百亿元。")
    texts = [chunk.text for chunk in pdf_chunks(lines, ALONE)]
    assert BYLINE in texts
    assert not any(BYLINE in text and text != BYLINE for text in texts)


def test_a_converter_broken_paragraph_does_not_take_in_a_byline_line() -> None:
    def chunk(number: int, text: str) -> Chunk:
        return Chunk(ChunkKind.TEXT, text, LineSpan(number, number), [text])

    full = TEXT[:30]  # a full line that stops mid-sentence, as the lines around it
    byline = "记者／林远 通讯员／周舟"
    chunks = [chunk(1, full), chunk(3, full), chunk(5, byline), chunk(7, full + "。")]
    joined = join_printed_lines(chunks, ALONE)
    assert [c.text for c in joined][-2:] == [byline, full + "。"]
