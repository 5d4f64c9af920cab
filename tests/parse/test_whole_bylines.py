"""A line that is a byline and nothing else is never taken into a paragraph by the
joiners (`byline_lines.whole_bylines`, `unwrap/paragraphs.pdf_chunks`,
`printed_lines.join_printed_lines`). Every name and text here is invented."""

from __future__ import annotations

from qtread.model import LineSpan
from qtread.parse.byline_lines import whole_bylines
from qtread.parse.chunks import Chunk, ChunkKind
from qtread.parse.lines import Line
from qtread.parse.printed_lines import join_printed_lines
from qtread.parse.profile import load_profile
from qtread.parse.unwrap.paragraphs import pdf_chunks

PROFILE = load_profile()
TITLE = "为他们点赞 向最美致敬"
BYLINE = "本刊记者／林远" + " " * 44 + "通讯员／周舟"  # a layout extraction keeps the gap
DECK = "湖畔新城举办首届劳模和最美产业工人表彰大会"
TEXT = "湖畔新城今年将启动十项民生工程，涵盖道路、学校和公园等多个方面，总投资超过"


def _lines(*texts: str) -> list[Line]:
    """TEXTS as printed lines, a blank line after each (raw PDF text)."""
    lines: list[Line] = []
    for text in texts:
        lines += [Line(len(lines) + 1, text), Line(len(lines) + 2, "")]
    return lines


def test_only_lines_that_are_a_byline_alone_are_found() -> None:
    lines = _lines(TITLE, BYLINE, DECK, "本刊讯 湖畔新城今年将启动十项民生工程。", TEXT)
    assert whole_bylines(lines, PROFILE) == {3}


def test_a_byline_cut_from_a_line_it_shared_with_text_is_not_one_alone() -> None:
    # the two pieces of one printed line keep its number: that number is no byline's
    lines = [Line(1, TITLE), Line(2, "文/记者 林远"), Line(2, TEXT), Line(4, BYLINE)]
    assert whole_bylines(lines, PROFILE) == {4}


def test_a_byline_line_stays_a_chunk_of_its_own_over_the_text() -> None:
    # the byline line as wide as the text under it, which runs on from it
    lines = _lines(TITLE, BYLINE, TEXT, TEXT, TEXT + "一百亿元。")
    texts = [chunk.text for chunk in pdf_chunks(lines, whole_bylines(lines, PROFILE))]
    assert BYLINE in texts
    assert not any(BYLINE in text and text != BYLINE for text in texts)


def test_a_converter_broken_paragraph_does_not_take_in_a_byline_line() -> None:
    def chunk(number: int, text: str) -> Chunk:
        return Chunk(ChunkKind.TEXT, text, LineSpan(number, number), [text])

    full = TEXT[:30]  # a full line that stops mid-sentence, as the lines around it
    chunks = [chunk(1, full), chunk(3, full), chunk(5, BYLINE), chunk(7, full + "。")]
    joined = join_printed_lines(chunks, frozenset({5}))
    assert [c.text for c in joined][-2:] == [BYLINE, full + "。"]
