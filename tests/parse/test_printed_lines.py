"""Markdown a converter broke line by line gets its paragraphs back."""

from __future__ import annotations

from qtread.model import LineSpan
from qtread.parse.chunks import Chunk, ChunkKind
from qtread.parse.printed_lines import join_printed_lines

FULL = "湖畔新城今年将启动十项民生工程，涵盖道路、学"
REST = "校和公园建设。"


def chunks(*texts: str) -> list[Chunk]:
    return [Chunk(ChunkKind.TEXT, text, LineSpan(n, n), [text]) for n, text in enumerate(texts, 1)]


def test_full_unfinished_lines_join_the_line_after() -> None:
    joined = join_printed_lines(chunks(FULL, FULL, REST, FULL, REST))
    assert [chunk.text for chunk in joined] == [FULL + FULL + REST, FULL + REST]
    assert joined[0].span == LineSpan(1, 3)


def test_paragraphs_that_end_their_sentences_are_left_alone() -> None:
    whole = FULL + REST
    assert [c.text for c in join_printed_lines(chunks(whole, whole, whole))] == [whole] * 3


def test_a_bold_title_line_is_never_joined() -> None:
    parts = chunks(FULL, "北湖区新增三所幼儿园", FULL, REST)
    parts[1].emphasis = True
    assert [c.text for c in join_printed_lines(parts)][1] == "北湖区新增三所幼儿园"


def test_a_wide_bold_line_sets_no_measure_for_the_text_beside_it() -> None:
    # the bold byline is wider than the column; the full lines above it still join
    parts = chunks(FULL, FULL, FULL, REST, "记者：张三 李四 王五 赵六 通讯员：孙七 周八 吴九")
    parts[-1].emphasis = True
    assert join_printed_lines(parts)[0].text == FULL * 3 + REST


def test_a_first_line_that_lost_its_indent_joins_the_line_after() -> None:
    # two characters short of the measure, and a sentence ends inside it: running text
    first = "工程进展顺利。下一步，湖畔新城将继续推进"
    assert len(first) == len(FULL) - 2
    joined = join_printed_lines(chunks(FULL, REST, first, "道路和学校建设，力争年底完工。"))
    assert [c.text for c in joined][1] == first + "道路和学校建设，力争年底完工。"


def test_a_short_title_line_after_a_finished_paragraph_stays_apart() -> None:
    title = "湖畔新城十项民生工程全面启动北湖新添三所"  # as wide as an indented first line
    assert len(title) == len(FULL) - 2
    joined = join_printed_lines(chunks(FULL, REST, title, FULL, REST))
    assert [c.text for c in joined][1] == title
