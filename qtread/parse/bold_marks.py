"""Pass: a converter's bold marks (`**…**`) in a file read as printed lines are dropped.

A PDF-to-Markdown converter run without headings marks its titles in bold only; such a
file reads best as the printed lines it is (PDF text), not as Markdown, whose articles
open at headings. The marks are markup, not text: left in, they reach titles and
paragraphs as asterisks and widen the lines the unwrap pass measures. What they said
is kept: the bold span that opens a line (`Line.bold`), a title's weight, which the unwrap
pass reads as a title's line or a title run into its text.
"""

from __future__ import annotations

import re

from qtread.parse.lines import Line

#: Lines with a bold span, at least, for the marks to be a converter's (a stray `**` in
#: extracted text is a footnote mark or a rating, and stays).
BOLD_LINES_MIN = 5
_BOLD_SPAN = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")


def drop_bold_marks(lines: list[Line]) -> list[Line]:
    """LINES with the marks around each bold span taken away, where a converter set them,
    and the span that opens a line kept as its `bold`."""
    marked = [
        i for i, line in enumerate(lines) if "**" in line.text and _BOLD_SPAN.search(line.text)
    ]
    if len(marked) < BOLD_LINES_MIN:
        return lines
    result = list(lines)
    for index in marked:
        line = lines[index]
        opening = _BOLD_SPAN.match(line.text)
        result[index] = line._replace(
            text=_BOLD_SPAN.sub(r"\1", line.text),
            bold=opening.group(1) if opening else "",
        )
    return result
