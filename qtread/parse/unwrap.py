"""Pass: rebuild paragraphs from the lines, per source shape.

- Markdown: blank lines separate blocks; `#`, `-`, `>` mark headings, list items and
  quotes; hard breaks (two trailing spaces) keep a title's lines apart.
- Flowed text: one paragraph a line; extraction left spaces inside Chinese words.
- PDF text: one printed line a line, a blank after each. A line continues the paragraph
  unless it ends a sentence and is short (the paragraph's last line) or the next line
  is indented (the next paragraph's first line; the indent itself was lost, so "indented"
  means noticeably narrower than the local column).

In all shapes, a paragraph that a page or column break cut mid-sentence is rejoined
with its continuation, lifting out captions and boxes that the layout put in between;
text that no paragraph can start with (`餐。来到…`) finishes a sentence left open pages
before, where a spread interleaved two articles.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from qtread.model import LineSpan, SourceShape
from qtread.parse.chunks import Chunk, ChunkKind, without_label
from qtread.parse.lines import Line
from qtread.parse.printed_lines import join_printed_lines
from qtread.text.cjk import ends_sentence, is_cjk, join_wrapped, printed_width

_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_LIST = re.compile(r"^(?:[-*+]|\d{1,2}[.)])\s+(.*)$")
_QUOTE = re.compile(r"^>\s?(.*)$")
_BOLD = re.compile(r"\*\*")
#: `_斜体_` or `*斜体*` around a run: italics, marked with no letter or digit outside.
_ITALIC = re.compile(r"(?<![A-Za-z0-9_*])([_*])(?=\S)([^_*\n]+?)(?<=\S)\1(?![A-Za-z0-9_*])")
_WHOLLY_BOLD = re.compile(r"^\*\*[^*]+\*\*$")  # a line set bold from end to end
_CLAUSE = re.compile("[，。；：,;]")  # clause punctuation inside a line: running text, not a title
_CJK_GAP = re.compile(
    r"(?<=[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef“”‘’])\s+(?=[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef“”‘’])"
)
_LABEL_LINE = re.compile(r"^[^\s，。；、,;：:]{2,16}[：:]$")  # `杭州临江高科园：` heads a title
_GLUE = re.compile(r"(?<=[\u3400-\u9fff”」』）》])\s+(?=[\u3400-\u9fff“「『（《])")
_UNPUNCTUATED = re.compile(r"^[^，。、；：！？,.;:!?]{6,}$")
_WINDOW = 12  # frames either side that estimate the local column width
_CREDIT_LIKE = re.compile(r"^\S{1,4}\s*[/／\\]\s*\S")  # 记者 / …: ends what comes before
_LOOKAHEAD = 4  # chunks a page break may put between a sentence and its continuation
_MIN_MEASURE = 20  # narrower columns are labels and tables, not running text
_STEADY_REACH = 8  # lines either side that show whether the measure is steady
_RESUME_WINDOW = 60  # chunks a cut sentence may wait for its continuation (other pages)
# One character and a comma or full stop: no paragraph starts so (`餐。来到…`, `序，做细…`),
# except an enumeration (`工、农、中`) or an interjection opening dialogue.
_ONE_CHARACTER_CLAUSE = re.compile(
    r"^(?![对是好嗯哦噢啊唉哎喂嘿呀])[\u3400-\u9fff](?:[，。；：,;:]|、(?![\u3400-\u9fff]、))"
)
# A closing quote that no opening quote precedes (`利政策。”赵金亮说`).
_CLOSES_QUOTE = re.compile(r"^[^“「『\"]{1,10}[。！？!?…]?[”」』]")


def unwrap(lines: list[Line], shape: SourceShape) -> list[Chunk]:
    if shape is SourceShape.PDF_TEXT:
        chunks = _pdf_chunks(lines)
    else:
        chunks = list(_markdown_chunks(lines, one_line_paragraphs=shape is SourceShape.FLOWED))
    if shape is SourceShape.MARKDOWN:
        chunks = join_printed_lines(chunks)
    if shape is SourceShape.FLOWED:
        for chunk in chunks:
            if chunk.kind is ChunkKind.TEXT and not chunk.short:
                chunk.text = _CJK_GAP.sub("", chunk.text)
    return resume_cut_sentences(rejoin_breaks(chunks))


def clean_inline(text: str) -> str:
    """Markdown emphasis carries no meaning in these files; the text inside it does."""
    return _ITALIC.sub(r"\2", _BOLD.sub("", text)).strip()


def _markdown_chunks(lines: list[Line], *, one_line_paragraphs: bool) -> Iterator[Chunk]:
    gap = 0
    current: Chunk | None = None
    hard_break = False
    for line in lines:
        if line.blank:
            if current:
                yield current
                current = None
            gap += not line.removed
            continue
        text = line.text
        kind, level = ChunkKind.TEXT, 0
        if match := _HEADING.match(text):
            kind, level, text = ChunkKind.HEADING, len(match.group(1)), match.group(2)
        elif match := _LIST.match(text):
            kind, text = ChunkKind.LIST_ITEM, match.group(1)
        elif match := _QUOTE.match(text):
            kind, text = ChunkKind.QUOTE, match.group(1)
        emphasis = kind is ChunkKind.TEXT and _WHOLLY_BOLD.match(text) is not None
        text = clean_inline(text)
        continues = (
            not emphasis
            and not (current is not None and current.emphasis)
            and current is not None
            and kind is ChunkKind.TEXT
            and not one_line_paragraphs
            and current.kind is not ChunkKind.HEADING
        )
        if continues and current is not None:
            current.lines.append(text)
            current.text = join_wrapped(current.text, text, printed_space=hard_break)
            current.span = LineSpan(current.span.first, line.number)
        else:
            if current:
                yield current
            span = LineSpan(line.number, line.number)
            current = Chunk(kind, text, span, [text], level, gap=gap, emphasis=emphasis)
            gap = 0
        hard_break = line.trail_space
    if current:
        yield current


def _pdf_chunks(lines: list[Line]) -> list[Chunk]:
    """Frames of adjacent lines, then single lines joined into paragraphs."""
    frames = [part for frame in _frames(lines) for part in _split_glued_title(frame)]
    split = [
        (part, column)  # a split frame's parts share its column
        for frame, column in zip(frames, _page_columns(frames), strict=True)
        for part in _split_heading(frame, column)
    ]
    frames = [part for part, _ in split]
    columns = [column for _, column in split]
    widths = [frame.width for frame in frames]
    chunks: list[Chunk] = []
    floats: list[Chunk] = []  # titles printed inside a sentence, emitted after it
    paragraph: Chunk | None = None
    measure = 0  # the paragraph's widest line, kept as it grows
    for index, frame in enumerate(frames):
        column = columns[index]
        body = _is_body(frame, column)
        indented = False  # set where a lost indent, and only that, cuts the paragraph
        if (
            paragraph is not None
            and paragraph.open
            and not body
            and _is_float(paragraph, measure, frames, index, column, widths)
        ):
            _as_title(frame)
            floats.append(frame)
            continue
        if (
            paragraph is not None
            and (body or (paragraph.open and len(frame.lines) == 1))
            and not _title_line(frame, widths[index], column)
            and not _short_unfinished(paragraph, measure, frame, widths[index])
            and not _much_wider(measure, frame, widths[index])
            and not (indented := _indented(paragraph, frames, widths, index, column))
            and _continues(paragraph, frame, column, _width_after(frames, widths, index))
        ):
            _append(paragraph, frame)
            measure = max(measure, widths[index])
            continue
        if paragraph is not None:
            chunks.append(paragraph)
            chunks.extend(floats)
            paragraph, floats = None, []
        starts_paragraph = body and (
            widths[index] >= column * 0.8
            or ends_sentence(frame.text)
            or (widths[index] >= column * 0.5 and _runs_on(frame.text[:-1]))
            or _as_wide_as_next(frames, widths, index, column)
        )
        if starts_paragraph:
            paragraph, measure = frame, widths[index]
            frame.text = "".join(frame.lines)
            frame.indented = indented
        else:
            _as_title(frame)
            chunks.append(frame)
    if paragraph is not None:
        chunks.append(paragraph)
    chunks.extend(floats)
    for chunk in chunks:
        chunk.lines = [text.strip() for text in chunk.lines]
        chunk.text = chunk.text.strip()
    return chunks


def _runs_on(text: str) -> bool:
    """Clause punctuation in TEXT, past a headline's opening label: running text."""
    return _CLAUSE.search(without_label(text)) is not None


def _as_title(frame: Chunk) -> None:
    """A frame kept apart from the paragraphs: its lines are one title, name or label."""
    if len(frame.lines) > 1:
        frame.kind = ChunkKind.FRAME
    text = frame.lines[0].strip()
    for line in frame.lines[1:]:
        text = join_wrapped(text, line.strip(), printed_space=True)
    frame.text = text


def _as_wide_as_next(frames: list[Chunk], widths: list[int], index: int, column: int) -> bool:
    """A first line is nearly as wide as the wrapped line after it; a title is much shorter."""
    following = index + 1
    return (
        following < len(frames)
        and len(frames[following].lines) == 1
        and widths[following] >= column - 6  # the next line is a full, wrapped one
        and widths[index] >= widths[following] * 0.85
        and not frames[following].page_break
    )


def _title_line(frame: Chunk, width: int, column: int) -> bool:
    """A short line with no punctuation at all: a title, label or caption, never a wrap."""
    if len(frame.lines) != 1 or width >= column * 0.6:
        return False  # the cheap tests first: this runs for every line
    text = frame.text.strip()
    return not ends_sentence(text) and not _runs_on(text)


def _width_after(frames: list[Chunk], widths: list[int], index: int) -> int:
    """Width of the single line after frame INDEX; 0 if none or not a single line."""
    following = index + 1
    if following < len(frames) and len(frames[following].lines) == 1:
        return widths[following]
    return 0


def _much_wider(measure: int, frame: Chunk, width: int) -> bool:
    """A line half as wide again as the paragraph's (MEASURE), on the same page: another
    text block (a lead set across the columns), not the next line of this one."""
    return not frame.page_break and width > measure * 1.5


def _short_unfinished(paragraph: Chunk, measure: int, frame: Chunk, width: int) -> bool:
    """A line well short of the paragraph's own lines that stops on a word: lines inside
    a paragraph fill the measure, so this one is a title or label set into the text."""
    if width > measure - 8 or not paragraph.open:
        return False  # the cheap tests first: this runs for every line
    text = frame.text.strip()
    return not ends_sentence(text) and _CLAUSE.search(text[-1:]) is None


def _is_body(frame: Chunk, column: int) -> bool:
    """One printed line of running text; several, if all but the last fill the column
    and the last one does too or ends a sentence (else they are a title's lines)."""
    if len(frame.lines) == 1:
        return True
    last = frame.lines[-1]
    return all(printed_width(t) >= column - 4 for t in frame.lines[:-1]) and (
        printed_width(last) >= column - 4 or ends_sentence(last)
    )


def _indented(
    paragraph: Chunk, frames: list[Chunk], widths: list[int], index: int, column: int
) -> bool:
    """A line set in by about two characters under full lines of an open sentence: the
    first line of another paragraph, whose indent the extraction lost. Lines inside a
    paragraph fill the measure, and this one neither does nor ends the paragraph, so the
    sentence above goes on elsewhere. Only lines of Chinese alone are measured: Latin
    letters and digits vary in width."""
    frame, following = frames[index], index + 1
    lines = paragraph.lines
    if len(lines) < 2 or len(frame.lines) != 1 or frame.page_break:
        return False
    full = printed_width(lines[-1])
    if not (full - 6 <= widths[index] <= full - 3 and full >= max(column - 2, _MIN_MEASURE)):
        return False  # the cheap test first: this runs for every line
    return (
        following < len(frames)
        and len(frames[following].lines) == 1
        and not frames[following].page_break
        and abs(printed_width(lines[-2]) - full) <= 1
        and paragraph.open
        and not ends_sentence(frame.text)
        and all(is_cjk(ch) for ch in frame.text.strip())
        and (widths[following] >= full - 1 or ends_sentence(frames[following].text))
        and _steady_measure(frames, widths, index, full)
    )


def _steady_measure(frames: list[Chunk], widths: list[int], index: int, full: int) -> bool:
    """Do the running lines around INDEX fill one measure (FULL)? Where the setter
    squeezed punctuation they vary by a character or two, as much as an indent."""
    around = [
        widths[i]
        for i in range(max(0, index - _STEADY_REACH), min(len(frames), index + _STEADY_REACH + 1))
        if i != index and len(frames[i].lines) == 1 and not ends_sentence(frames[i].text)
    ]
    return sum(abs(width - full) <= 1 for width in around) >= 0.75 * len(around)


def _append(paragraph: Chunk, frame: Chunk) -> None:
    for text in frame.lines:
        printed_space = paragraph.lines[-1].endswith(" ")
        paragraph.text = join_wrapped(paragraph.text, text, printed_space=printed_space)
        paragraph.lines.append(text)
    span, added = paragraph.span, frame.span
    if added.first < span.first or added.last > span.last:  # else the union is SPAN itself
        paragraph.span = span.union(added)


def _is_float(
    paragraph: Chunk, measure: int, frames: list[Chunk], index: int, column: int, widths: list[int]
) -> bool:
    """A title set inside a sentence: the sentence resumes right after it."""
    lost_indent = 4 if len(paragraph.lines) == 1 else 0  # a first line lost its indent
    if printed_width(paragraph.lines[-1]) < column - 4 - lost_indent or index + 1 >= len(frames):
        return False
    frame, following = frames[index], frames[index + 1]
    return (
        not frame.page_break  # a title opening a page starts a new text
        and not ends_sentence(frame.text)
        and len(following.lines) == 1
        and column * 0.6 <= widths[index + 1] <= measure * 1.5
        and _starts_mid_sentence(following.text)
    )


def _split_heading(frame: Chunk, column: int) -> list[Chunk]:
    """A title printed directly above its first body line arrives as one frame: split it
    where a short line is followed by lines that fill the column."""
    if len(frame.lines) < 2:
        return [frame]
    first, rest = frame.lines[0], frame.lines[1:]
    if (
        ends_sentence(first)
        or printed_width(first) >= column * 0.75
        or min(printed_width(t) for t in rest[:-1] or rest) < column - 4
    ):
        return [frame]
    first_line = frame.span.first
    return _cut(frame, [first], list(rest), head_last=first_line, tail_first=first_line + 1)


def _split_glued_title(frame: Chunk) -> list[Chunk]:
    """`杭州临江高科园：` over `打造…产业集群 民经济的快速…`: a labelled title whose last
    line the extraction glued to the body line beside it, with one space between. The
    title ends at that space; the rest is running text."""
    lines = frame.lines
    if len(lines) < 2 or not _LABEL_LINE.match(lines[0]):
        return [frame]
    for position, line in enumerate(lines[1:], start=1):
        match = _GLUE.search(line)
        if match is None or _CLAUSE.search(line[: match.start()]):
            continue
        head_lines = [*lines[:position], line[: match.start()]]
        tail_lines = [line[match.end() :], *lines[position + 1 :]]
        joint = frame.span.first + position
        return _cut(frame, head_lines, tail_lines, head_last=joint, tail_first=joint)
    return [frame]


def _cut(
    frame: Chunk, head_lines: list[str], tail_lines: list[str], *, head_last: int, tail_first: int
) -> list[Chunk]:
    """FRAME as two chunks: a head that keeps its page start and gap, then the rest."""
    head = Chunk(
        frame.kind,
        "".join(head_lines),
        LineSpan(frame.span.first, head_last),
        head_lines,
        page_break=frame.page_break,
        gap=frame.gap,
    )
    tail_span = LineSpan(tail_first, max(tail_first, frame.span.last))
    return [head, Chunk(frame.kind, "".join(tail_lines), tail_span, tail_lines, gap=0)]


def _frames(lines: list[Line]) -> Iterator[Chunk]:
    """Runs of adjacent lines; a line that starts a printed page starts a new run.

    A run's span is set once, when it is complete: this loop runs for every line."""
    current: Chunk | None = None
    last = 0  # the number of the current run's last line
    gap = 0
    marker = False  # a line holding only a space marks the next page start
    for number, text, lead_space, trail_space, removed in lines:
        if not text:
            marker = marker or lead_space
            if current is not None:
                yield _ended(current, last)
                current = None
            gap += not removed
            continue
        page_break = marker or (lead_space and (current is not None or gap == 0))
        marker = False
        if trail_space and text[-1:].isascii():
            text += " "
        if current is not None and not page_break:
            current.lines.append(text)
            last = number
            continue
        if current is not None:
            yield _ended(current, last)
        # positional: keywords cost a third of the call
        current = Chunk(ChunkKind.TEXT, text, LineSpan(number, number), [text], 0, page_break, gap)
        last = number
        gap = 0
    if current is not None:
        yield _ended(current, last)


def _ended(frame: Chunk, last: int) -> Chunk:
    """FRAME with its span running to line LAST, the number of its last line."""
    if frame.span.last != last:
        frame.span = LineSpan(frame.span.first, last)
    return frame


def _page_columns(frames: list[Chunk]) -> list[int]:
    """`_columns` page by page: the layout changes at a page break, so the lines of one
    page say nothing about the measure of the next."""
    columns: list[int] = []
    start = 0
    for index in range(1, len(frames) + 1):
        if index == len(frames) or frames[index].page_break:
            columns += _columns(frames[start:index])
            start = index
    return columns


def _columns(frames: list[Chunk]) -> list[int]:
    """The column's width at each line: the commonest width of the single lines around it.

    Justified body lines share one width, while titles, captions and last lines vary, so
    the mode (in buckets of two cells; the wider bucket on a tie) finds the measure even
    where a wide lead or a narrow box sits nearby. A sliding window keeps this linear.
    """
    buckets = [printed_width(f.lines[0]) // 2 if len(f.lines) == 1 else None for f in frames]
    window: Counter[int] = Counter(b for b in buckets[: _WINDOW + 1] if b is not None)
    mode = max(((count, b) for b, count in window.items()), default=None)
    columns = []
    for index, frame in enumerate(frames):
        if index > 0:
            entering = buckets[index + _WINDOW] if index + _WINDOW < len(frames) else None
            leaving = buckets[index - _WINDOW - 1] if index > _WINDOW else None
            if entering == leaving:  # the window, and so its mode, stays as it was
                entering = leaving = None
            if entering is not None:
                window[entering] += 1
                if mode is None or (window[entering], entering) > mode:
                    mode = (window[entering], entering)
            if leaving is not None:
                window[leaving] -= 1
                if not window[leaving]:
                    del window[leaving]
                if mode is not None and mode[1] == leaving:  # only then can the mode move
                    mode = max(((count, b) for b, count in window.items()), default=None)
        columns.append(mode[1] * 2 + 1 if mode else printed_width(frame.lines[0]))
    return columns


def _continues(paragraph: Chunk, frame: Chunk, column: int, next_width: int) -> bool:
    """Does FRAME carry on PARAGRAPH? NEXT_WIDTH is the width of the line after FRAME."""
    last = paragraph.lines[-1]
    width = printed_width(frame.text)
    narrow_start = width <= column - 4 and not ends_sentence(frame.text)
    if (
        len(paragraph.lines) == 1
        and narrow_start
        and (printed_width(last) > column or next_width >= width + 4)
        and _UNPUNCTUATED.match(last)
    ):
        # a title line, then a first line that lost its indent (narrower than the column
        # or than the full line after it)
        return False
    if not ends_sentence(last):
        return True
    if _finishes_elsewhere(paragraph.text, frame.text):
        return False  # the rest of a sentence cut elsewhere, not of this one
    if printed_width(last) <= column - 4:
        return False  # a short last line ends the paragraph
    return not narrow_start  # the next line is narrower: a first line whose indent was lost


def rejoin_breaks(chunks: list[Chunk]) -> list[Chunk]:
    """Join paragraphs that a page break cut, lifting captions found in between."""
    result: list[Chunk] = []
    index = 0
    while index < len(chunks):
        chunk = chunks[index]
        index += 1
        if not chunk.fragment:
            result.append(chunk)
            continue
        lifted: list[Chunk] = []
        while index < len(chunks):
            target = _continuation(chunk, chunks, index)
            if target is None:
                break
            lifted.extend(chunks[index:target])
            _join(chunk, chunks[target])
            index = target + 1
            if not chunk.open:
                break
        result.append(chunk)
        result.extend(lifted)
    return result


def _continuation(paragraph: Chunk, chunks: list[Chunk], start: int) -> int | None:
    """Index of the chunk from START on that continues the open PARAGRAPH, skipping
    captions and boxes.

    Text that cannot start a paragraph wins over text that merely may: a box set into
    the sentence may itself begin mid-sentence."""
    candidates = list(_within_reach(chunks, start))
    finishing = [i for i in candidates if _finishes(paragraph.text, chunks[i].text)]
    if finishing:
        return finishing[0]
    for index in candidates:
        chunk = chunks[index]
        if chunk.indented:
            return None  # a new paragraph: the sentence goes on elsewhere
        if _starts_mid_sentence(chunk.text) and (
            not chunk.short or chunk.fragment or ends_sentence(chunk.text)
        ):
            return index
    return None


def _within_reach(chunks: list[Chunk], start: int) -> Iterator[int]:
    """The text chunks from START on that a sentence may reach by lifting out the
    captions and boxes before them; running text, a heading, a byline or a title
    opening a page ends the search."""
    for index in range(start, min(len(chunks), start + _LOOKAHEAD)):
        chunk = chunks[index]
        if (
            chunk.kind is ChunkKind.HEADING
            or _CREDIT_LIKE.match(chunk.text)  # a byline: what follows is another article
            or (chunk.kind is ChunkKind.FRAME and chunk.page_break)  # a title opening a page
        ):
            return
        if chunk.kind is ChunkKind.TEXT:
            yield index
        if not (chunk.short or chunk.kind is ChunkKind.FRAME):
            return  # running text: nothing beyond it can be reached


def resume_cut_sentences(chunks: list[Chunk]) -> list[Chunk]:
    """Join text that cannot start a paragraph to the sentence it finishes, pages back.

    A magazine spread interleaves its articles: one breaks off at a page's foot and
    carries on after another article's page. The open sentence whose last character and
    the text's first make a pair that the text around uses (`福|利`) is the best
    evidence; only those joins are made at first, so that they take their sentences out
    of the running. Then a text with no such evidence goes to the nearest sentence
    still open at the foot of a page. A title-like line (short, no clause marks) right
    before the text qualifies only with evidence.
    """
    tails = [
        index
        for index, chunk in enumerate(chunks)
        if chunk.kind is ChunkKind.TEXT and _cannot_start_paragraph(chunk.text)
    ]
    taken: set[int] = set()  # tails now joined to their heads
    for attested in (True, False):
        for index in tails:
            if index in taken:
                continue
            head = _head_for(chunks, index, taken, attested=attested)
            if head is not None:
                _join(chunks[head], chunks[index])
                taken.add(index)
    return [chunk for index, chunk in enumerate(chunks) if index not in taken]


def _head_for(chunks: list[Chunk], index: int, taken: set[int], *, attested: bool) -> int | None:
    tail = chunks[index]
    first = max(0, index - _RESUME_WINDOW)
    heads = [
        j
        for j in range(first, index)
        if j not in taken
        and chunks[j].kind is ChunkKind.TEXT
        and (chunks[j].fragment or (j == index - 1 and chunks[j].open))
        and _finishes(chunks[j].text, tail.text)
    ]
    if not heads or any(chunks[j].text == tail.text for j in range(first, index)):
        return None  # a repeated sentence is a pull quote's copy, not a continuation
    if attested:
        nearby = "\n".join(chunk.text for chunk in chunks[first : index + _RESUME_WINDOW])
        pairs = [j for j in heads if chunks[j].text[-1] + tail.text[0] in nearby]
        return pairs[-1] if pairs else None
    page_feet = [
        j for j in heads if chunks[j].fragment and j + 1 < index and chunks[j + 1].page_break
    ]
    return page_feet[-1] if page_feet else None


def _cannot_start_paragraph(text: str) -> bool:
    return bool(_ONE_CHARACTER_CLAUSE.match(text) or _CLOSES_QUOTE.match(text))


def _finishes(head: str, tail: str) -> bool:
    """Does TAIL, which cannot start a paragraph, carry on the open sentence HEAD?"""
    if not head or ends_sentence(head):
        return False
    if _ONE_CHARACTER_CLAUSE.match(tail):
        return True
    return _CLOSES_QUOTE.match(tail) is not None and _unclosed_quote(head)


def _finishes_elsewhere(paragraph: str, line: str) -> bool:
    """LINE cannot start a paragraph, and the finished PARAGRAPH leaves nothing to carry on."""
    if _ONE_CHARACTER_CLAUSE.match(line):
        return True
    return _CLOSES_QUOTE.match(line) is not None and not _unclosed_quote(paragraph)


def _unclosed_quote(text: str) -> bool:
    return max(text.rfind("“"), text.rfind("「"), text.rfind("『")) > max(
        text.rfind("”"), text.rfind("」"), text.rfind("』")
    )


def _join(head: Chunk, tail: Chunk) -> None:
    head.text = join_wrapped(head.text, tail.text)
    head.lines.extend(tail.lines)
    head.span = head.span.union(tail.span)


def _starts_mid_sentence(text: str) -> bool:
    first = text[:1]
    return bool(first) and (is_cjk(first) or first.isalnum()) and first not in "“‘（《【"
