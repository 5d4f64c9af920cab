"""Pass 2: which of the three kinds of issue file this is.

- Markdown from a PDF converter has ATX headings (`## …`).
- Flowed OCR text has one paragraph a line: most long lines end a sentence.
- Raw PDF text has one printed line a line: most lines stop mid-sentence, lines are
  short, and a blank line follows nearly every one.
"""

from __future__ import annotations

import re
from statistics import median

from qtread.model import SourceShape
from qtread.parse.lines import Line
from qtread.text.cjk import ends_sentence

_HEADING = re.compile(r"^#{1,6}\s+\S")
_EMPHASIS = re.compile(r"\*\*\S.*?\*\*")  # `**…**`: a converter's bold, never OCR's
#: Headings a Markdown file has, at least, and lines of text per Markdown mark (a
#: heading or a bold span), at most: a stray `#` line in OCR text is neither. A
#: converter that makes headings of article titles only marks their subheads, leads and
#: labels bold.
MARKDOWN_HEADINGS_MIN = 5
LINES_PER_HEADING_MAX = 50
#: Characters in a line long enough to say how the text wraps (shorter: labels, folios).
MEASURED_LINE_MIN = 12
#: Median characters of a printed line, at most (a flowed paragraph line is longer: 85 on
#: the OCR sample). A B5 page of one column prints 41 to 45 letters a line; at 40 its
#: lines were read as one paragraph each, and titles set among them were lost.
PRINTED_LINE_MAX = 60
#: Share of measured lines that stop mid-sentence, above which lines are printed lines.
OPEN_ENDED_SHARE = 0.5


def detect_shape(lines: list[Line]) -> SourceShape:
    """Markdown when headings mark it; PDF text when its lines are short (median 60
    characters or less) and most stop mid-sentence, as printed lines do; else flowed
    OCR text, one paragraph a line."""
    texts = [line.text for line in lines if line.text]
    if not texts:
        return SourceShape.FLOWED
    # the first letter before the pattern: most lines are no heading (this runs on each)
    headings = sum(1 for text in texts if text[0] == "#" and _HEADING.match(text))
    if headings >= MARKDOWN_HEADINGS_MIN:
        marked = headings + sum(1 for text in texts if _EMPHASIS.search(text))
        if marked >= len(texts) // LINES_PER_HEADING_MAX:
            return SourceShape.MARKDOWN
    long_lines = [text for text in texts if len(text) >= MEASURED_LINE_MIN]
    if not long_lines:
        return SourceShape.FLOWED
    # counted by map, not a generator: this reads every line of the file
    open_ended = (len(long_lines) - sum(map(ends_sentence, long_lines))) / len(long_lines)
    if median(map(len, long_lines)) <= PRINTED_LINE_MAX and open_ended > OPEN_ENDED_SHARE:
        return SourceShape.PDF_TEXT
    return SourceShape.FLOWED
