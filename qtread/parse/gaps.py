"""Pass: give a PDF text printed in blocks the line-a-block form the unwrap pass reads.

PDF text comes in several forms. Some extractors set a blank line after every printed
line and keep only the lines of one title block together; `pdftotext -raw`, pdfplumber
and others print every line with no blank at all; pdftotext's default mode prints
blocks (a paragraph, or a title with its text) with a blank between blocks. The unwrap
pass reads the first form: it joins single lines into paragraphs by their widths and
sentence ends, and takes lines printed together as a title block. Read as the first
form, a block of a gapless page swallows its titles. A blank after every line turns
the other forms into the first: widths and sentence ends still join the paragraphs,
and titles are set apart as the short lines they are.
"""

from __future__ import annotations

import operator

from qtread.parse.lines import Line

#: Share of text lines followed straight by another, at least, for a text printed in
#: blocks (`pdftotext -raw`: all of them; pdftotext's default mode: 40–80 %, its
#: paragraphs and title stacks); in the line-a-block form only title blocks hold two
#: lines (5 % on the raw samples).
PRINTED_IN_BLOCKS_SHARE = 0.25


def restore_gaps(lines: list[Line]) -> list[Line]:
    """LINES with a blank line after each line of text, if the text is printed in blocks.

    No blank goes before a line that starts a printed page (its lead space, from a
    form feed): in the line-a-block form a page start follows its page's last line
    directly, and that is how the unwrap pass tells it from an indent. An inserted
    blank repeats the number of the line before it, so line numbers still name the
    source's lines; it holds no text, so nothing can be lost through it.
    """
    filled = [bool(line.text) for line in lines]  # `text` directly: this runs on every line
    texts = sum(filled)
    adjacent = sum(map(operator.and_, filled, filled[1:]))
    if not texts or adjacent / texts < PRINTED_IN_BLOCKS_SHARE:
        return lines
    result: list[Line] = []
    for line, following in zip(lines, [*lines[1:], None], strict=True):
        result.append(line)
        if not line.blank and not (following is not None and following.lead_space):
            result.append(Line(line.number, "", False, False, False))
    return result
