"""Pass: give a PDF text printed in blocks the line-a-block form the unwrap pass reads.

PDF text comes in several forms. Some extractors set a blank line after every printed
line and keep only the lines of one title block together; `pdftotext -raw`, pdfplumber
and others print every line with no blank at all; pdftotext's default mode prints
blocks (a paragraph, or a title with its text) with a blank between blocks. The unwrap
pass reads the first form: it joins single lines into paragraphs by their widths and
sentence ends, and takes lines printed together as a title block. Read as the first
form, a block of a gapless page swallows its titles. A blank after every line turns
the other forms into the first: widths and sentence ends still join the paragraphs,
and titles are set apart as the short lines they are. A headline wrapped in a narrow
block of its own keeps its lines together, as the first form prints a title block.
"""

from __future__ import annotations

import operator
import re
from collections import Counter
from itertools import pairwise

from qtread.parse.lines import Line
from qtread.parse.word_cuts import IssueWords
from qtread.text.cjk import DECK_DASHES, printed_width

#: Share of text lines followed straight by another, at least, for a text printed in
#: blocks (`pdftotext -raw`: all of them; pdftotext's default mode: 40–80 %, its
#: paragraphs and title stacks); in the line-a-block form only title blocks hold two
#: lines (5 % on the raw samples).
PRINTED_IN_BLOCKS_SHARE = 0.25

#: Lines of a title block wrapped at its own narrow measure, at most (a headline set in
#: large type beside the text wraps every five or six characters, over two to four lines).
TITLE_BLOCK_LINES = 4
_TITLE_BLOCK_MIN = 2  # lines of a title block, at least: a line alone is no wrap
_DECKED_LINES = 2  # lines of a block that may be a headline over a shorter deck: one each
#: Printed cells a title block's full lines fill, at least: names and labels stacked in
#: a block are shorter (`汪株焱`, `特别策划`), a wrapped headline's line is not.
TITLE_LINE_MIN = 10
#: Printed cells by which a title block's full lines may differ (a Latin letter or digit
#: is half a Han character wide).
TITLE_LINE_SLACK = 1
#: Printed cells of a wrapped title's last line, at most, that show a wrap on their own
#: (`放心`, `梁作用`): a deck is longer. Two lines that fill one width show it too.
TITLE_TAIL = 6
#: Share of the running text's measure a title block's lines fill, at most: a headline
#: wrapped at its own measure is set in a narrow block beside or between the text; a
#: line as wide as the text is the text's own, whatever follows it.
TITLE_BLOCK_SHARE = 0.6
_RUNNING_TEXT = re.compile("[，。；,;]")  # a comma or stop: a line of running text


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
    held = _wrapped_title_lines(lines)
    result: list[Line] = []
    for index, (line, following) in enumerate(zip(lines, [*lines[1:], None], strict=True)):
        result.append(line)
        if line.blank or index in held or (following is not None and following.lead_space):
            continue
        result.append(Line(line.number, "", False, False, False))
    return result


def _wrapped_title_lines(lines: list[Line]) -> set[int]:
    """Indexes of lines that a title block wrapped at its own measure continues after.

    A headline set narrow beside the text (a title block in the margin, a column of a
    grid) wraps mid-word, and its lines printed as one block are the title's only
    record that they belong together: with a blank between them they would be read as
    separate titles. Such a block is short, has no comma or stop, and fills one width
    down to a shorter last line; a title over its deck, a kicker over a title or a
    stack of names does not."""
    blocks: list[tuple[int, int]] = []  # (first, end) of each short block of title lines
    start = 0
    while start < len(lines):
        end = start
        while (  # `text` directly, not `blank`: this runs on every line
            end < len(lines) and lines[end].text and (end == start or not lines[end].lead_space)
        ):
            end += 1
        if _TITLE_BLOCK_MIN <= end - start <= TITLE_BLOCK_LINES and not any(
            _RUNNING_TEXT.search(line.text) for line in lines[start:end]
        ):
            blocks.append((start, end))
        start = max(end, start + 1)
    if not blocks:
        return set()
    measure = _running_measure(lines)  # only now: it measures every line of the text
    words = IssueWords(lines)
    held: set[int] = set()
    for first, end in blocks:
        if _is_wrapped_title([line.text for line in lines[first:end]], measure, words):
            held.update(range(first, end - 1))
    return held


def _running_measure(lines: list[Line]) -> int:
    """The commonest printed width of lines of running text (those with a comma or stop)."""
    widths = Counter(
        printed_width(line.text.strip()) for line in lines if _RUNNING_TEXT.search(line.text)
    )
    return widths.most_common(1)[0][0] if widths else 0


def _is_wrapped_title(texts: list[str], measure: int, words: IssueWords) -> bool:
    """Do TEXTS, a short printed block with no comma or stop, read as one title wrapped at
    its own measure, one narrower than the running text's (MEASURE)?

    Its lines fill one width down to a shorter last line; or, where a line falls short
    of that width (a closing quote may not open a line, so `地”` takes its letter down
    with it), each line break cuts a phrase the issue's WORDS show is one."""
    if any(text.strip().startswith(DECK_DASHES) for text in texts):
        return False
    widths = [printed_width(text.strip()) for text in texts]
    full, last = widths[0], widths[-1]
    if not TITLE_LINE_MIN <= full <= measure * TITLE_BLOCK_SHARE or last > full + TITLE_LINE_SLACK:
        return False
    # a headline over a shorter deck is as like as a wrap at one measure: only evidence
    # of one phrase holds those two lines together
    decked = len(texts) == _DECKED_LINES and TITLE_TAIL < last < full - TITLE_LINE_SLACK
    if all(abs(width - full) <= TITLE_LINE_SLACK for width in widths[1:-1]) and not decked:
        return True
    return all(width <= full for width in widths[1:]) and all(
        words.one_phrase(head.strip(), tail.strip()) for head, tail in pairwise(texts)
    )
