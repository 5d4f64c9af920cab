"""Pass: put back the blank lines an extractor left out between blocks.

`pdftotext -raw` and some other extractors print one printed line a line and no blank
line at all between a paragraph, a title and the next paragraph. The later passes read
blocks from blank lines, so without them a whole page becomes one paragraph and every
title is glued into the text. In Chinese type a body line fills the measure, so the
block edges can be read off the widths: a paragraph ends on a short line that ends a
sentence, and a title or byline is a short line that does not.
"""

from __future__ import annotations

from collections import Counter

from qtread.parse.lines import Line
from qtread.text.cjk import ends_sentence, printed_width

#: Share of blank lines at or above which the extractor kept the gaps: leave them be.
KEPT_GAPS_SHARE = 0.05
#: Printed cells by which a line may fall short of the measure and still be full
#: (justification squeezes punctuation; a Latin word may not fit).
FULL_TOLERANCE = 2
#: Lines narrower than this share of the measure are set apart: a title, label or byline.
SHORT_SHARE = 0.8
#: Printed cells in a line that can set the measure; shorter lines are labels and folios.
MEASURE_MIN = 10


def restore_gaps(lines: list[Line]) -> list[Line]:
    """LINES with a blank line wherever a block ends, if the extractor printed none.

    An inserted blank repeats the number of the line before it, so line numbers still
    name the source's lines; it holds no text, so nothing can be lost through it.
    """
    texts = [line for line in lines if not line.blank]
    if not texts or (len(lines) - len(texts)) / len(lines) >= KEPT_GAPS_SHARE:
        return lines
    result: list[Line] = []
    page: list[Line] = []
    for line in lines:
        if line.lead_space and page:  # a page starts: its measure may differ
            result += _with_gaps(page)
            page = []
        page.append(line)
    result += _with_gaps(page)
    return result


def _with_gaps(page: list[Line]) -> list[Line]:
    widths = [printed_width(line.text) for line in page]
    measure = _measure(widths)
    if measure is None:
        return page
    result = [page[0]]
    for before, line, before_width, width in zip(page, page[1:], widths, widths[1:], strict=False):
        if (
            not before.blank
            and not line.blank
            and _block_edge(before, line, before_width, width, measure)
        ):
            result.append(Line(before.number, "", False, False, False))
        result.append(line)
    return result


def _measure(widths: list[int]) -> int | None:
    """The page's body measure: the commonest width of its long lines."""
    common = Counter(width for width in widths if width >= MEASURE_MIN).most_common(1)
    return common[0][0] if common else None


def _block_edge(before: Line, line: Line, before_width: int, width: int, measure: int) -> bool:
    """A block ends between BEFORE and LINE."""
    before_full = before_width >= measure - FULL_TOLERANCE
    before_short = before_width < measure * SHORT_SHARE
    short = width < measure * SHORT_SHARE
    if ends_sentence(before.text) and not before_full:
        return True  # a paragraph's last line
    if short and not ends_sentence(line.text) and ends_sentence(before.text):
        return True  # a title or byline after a paragraph that ended
    return before_short and not ends_sentence(before.text) and not short
