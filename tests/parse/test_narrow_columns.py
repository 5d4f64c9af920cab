"""A newspaper's narrow column (ten letters a line): a paragraph's first line that lost
its two-em indent falls a fifth short of the full line under it, and still opens the
paragraph, not a title of its own (unwrap/paragraphs.py). Invented text."""

from __future__ import annotations

from qtread.parse.lines import normalise, split_lines
from qtread.parse.unwrap.paragraphs import _nearly_as_wide, pdf_chunks

PARAGRAPHS = [
    "湖畔新城今年将启动十项民生工程，涵盖道路、学校和公园建设，总投资超过一百亿元。",
    "据介绍，这些工程将在明年年底前全部完工，届时将惠及沿线的十余个社区居民生活。",
    "新城相关负责人表示，将全力保障工程进度和质量，让群众早日享受到发展成果。",
]


def _set(paragraph: str, measure: int) -> list[str]:
    """PARAGRAPH in lines of MEASURE letters, its first line two letters short (the
    indent an extraction drops)."""
    first = measure - 2
    rest = paragraph[first:]
    return [paragraph[:first], *(rest[i : i + measure] for i in range(0, len(rest), measure))]


def test_a_first_line_short_by_its_lost_indent_opens_its_paragraph() -> None:
    lines = [line for paragraph in PARAGRAPHS for line in _set(paragraph, 10)]
    chunks = pdf_chunks(split_lines(normalise("\n\n".join(lines))))
    assert [chunk.text for chunk in chunks] == PARAGRAPHS


def test_the_indent_counts_only_where_a_fifth_of_the_line_is_less() -> None:
    assert _nearly_as_wide(16, 20)  # a ten-letter column: the indent is a fifth
    assert _nearly_as_wide(15, 20) and not _nearly_as_wide(13, 20)  # a cell either way, no more
    assert _nearly_as_wide(34, 40) and not _nearly_as_wide(33, 40)  # wide: within 0.85 only
