"""Pass: rebuild paragraphs from the lines, per source shape.

- Markdown: blank lines separate blocks; `#`, `-`, `>` mark headings, list items and
  quotes; hard breaks (two trailing spaces) keep a title's lines apart.
- Flowed text: one paragraph a line; extraction left spaces inside Chinese words, which
  go once the run-in titles a space sets off are set apart.
- PDF text: one printed line a line, a blank after each. A line continues the paragraph
  unless it ends a sentence and is short (the paragraph's last line) or the next line
  is indented (the next paragraph's first line; the indent itself was lost, so "indented"
  means noticeably narrower than the local column).

In PDF text, the lines a converter set in bold are titles: a bold line never joins a
plain paragraph, a bold span opening a line is a title run into its text, and a bold
title's wrapped lines are joined.

In all shapes, a label set vertically (one letter a line) is joined into one line,
a drop cap goes back to the paragraph it opens, a bracketed headline run
into its text (`【标题】正文…`) is set apart from it, and a paragraph that a
page or column break cut mid-sentence is rejoined with its continuation, lifting out
captions and boxes that the layout put in between;
text that no paragraph can start with (`餐。来到…`) finishes a sentence left open pages
before, where a spread interleaved two articles; and a sentence still open then takes
a later text that opens mid-word, where the cut splits a word the issue prints whole
(`长安|福特周边`).
"""

from __future__ import annotations

from collections.abc import Callable

from qtread.model import SourceShape
from qtread.parse.chunks import Chunk, ChunkKind
from qtread.parse.lines import Line
from qtread.parse.printed_lines import join_printed_lines
from qtread.parse.unwrap.bold_titles import join_bold_title_lines
from qtread.parse.unwrap.drop_caps import join_drop_caps
from qtread.parse.unwrap.markdown import CJK_GAP, clean_inline, markdown_chunks
from qtread.parse.unwrap.paragraphs import pdf_chunks
from qtread.parse.unwrap.rejoin import rejoin_breaks, resume_attested, resume_cut_sentences
from qtread.parse.unwrap.run_in import split_run_in_titles
from qtread.parse.unwrap.side_heads import join_side_heads
from qtread.parse.unwrap.vertical import join_vertical_labels

__all__ = [
    "clean_inline",
    "rejoin_breaks",
    "resume_attested",
    "resume_cut_sentences",
    "unwrap",
]


def unwrap(
    lines: list[Line], shape: SourceShape, byline_alone: Callable[[str], bool] = lambda _: False
) -> list[Chunk]:
    """LINES as chunks: paragraphs joined as the shape prints them, and the short lines
    and frames set apart from them that may be titles, labels or captions. BYLINE_ALONE
    tells a line that is a byline and nothing else, which no paragraph takes in."""
    if shape is SourceShape.PDF_TEXT:
        chunks = join_bold_title_lines(pdf_chunks(lines, byline_alone))
    else:
        chunks = list(markdown_chunks(lines, one_line_paragraphs=shape is SourceShape.FLOWED))
    if shape is SourceShape.MARKDOWN:
        chunks = join_printed_lines(chunks, byline_alone)
    if shape is SourceShape.FLOWED:
        # run-in titles first: the space that sets one off goes with the gaps
        chunks = split_run_in_titles(chunks)
        for chunk in chunks:
            if chunk.kind is ChunkKind.TEXT and not chunk.short:
                chunk.text = CJK_GAP.sub("", chunk.text)
    chunks = join_side_heads(
        rejoin_breaks(join_drop_caps(join_vertical_labels(chunks)), byline_alone), byline_alone
    )
    chunks = resume_attested(resume_cut_sentences(chunks))
    return chunks if shape is SourceShape.FLOWED else split_run_in_titles(chunks)
