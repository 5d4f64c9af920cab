"""Pass: give a gapless PDF text the line-a-block form the unwrap pass reads.

PDF text comes in two forms. Some extractors set a blank line after every printed line
and keep the lines of one title block together; `pdftotext -raw`, pdfplumber and
others print every line with no blank line at all. The unwrap pass reads the first
form: it joins single lines into paragraphs by their widths and sentence ends, and
takes lines printed together as a title block. Read as the first form, a gapless page
is one block, so every title is glued into the text. A blank after every line turns
the second form into the first: widths and sentence ends still join the paragraphs,
and titles are set apart as the short lines they are.
"""

from __future__ import annotations

from qtread.parse.lines import Line

#: Share of blank lines at or above which the extractor kept its gaps: leave them be.
KEPT_GAPS_SHARE = 0.05


def restore_gaps(lines: list[Line]) -> list[Line]:
    """LINES with a blank line after each line of text, if the extractor printed none.

    No blank goes before a line that starts a printed page (its lead space, from a
    form feed): in the line-a-block form a page start follows its page's last line
    directly, and that is how the unwrap pass tells it from an indent. An inserted
    blank repeats the number of the line before it, so line numbers still name the
    source's lines; it holds no text, so nothing can be lost through it.
    """
    blanks = sum(line.blank for line in lines)
    if not lines or blanks / len(lines) >= KEPT_GAPS_SHARE:
        return lines
    result: list[Line] = []
    for line, following in zip(lines, [*lines[1:], None], strict=True):
        result.append(line)
        if not line.blank and not (following is not None and following.lead_space):
            result.append(Line(line.number, "", False, False, False))
    return result
