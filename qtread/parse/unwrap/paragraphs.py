"""PDF text as paragraphs: each frame continues the open paragraph, starts one, or stays
apart as a title; titles set inside a sentence float after it, and a line whose indent
the extraction lost starts a paragraph."""

from __future__ import annotations

import re
from collections.abc import Callable

from qtread.model import LineSpan
from qtread.parse.chunks import Chunk, ChunkKind, head_over_dashed_deck, marks_only, without_label
from qtread.parse.classify import HEADLINE_GAP, has_clause_mark, opens_unclosed
from qtread.parse.lines import Line
from qtread.parse.unwrap.frames import (
    CLAUSE,
    line_frames,
    page_columns,
    split_glued_title,
    split_heading,
    split_marks_off,
)
from qtread.parse.unwrap.rejoin import (
    INDENT_CELLS,
    finishes_elsewhere,
    opens_no_paragraph,
    starts_mid_sentence,
)
from qtread.text.cjk import DECK_DASHES, ends_sentence, is_cjk, is_han, join_wrapped, printed_width

_BRACKETS_AND_QUOTES = (("【", "】"), ("（", "）"), ("“", "”"), ("《", "》"), ("(", ")"))
_UNPUNCTUATED = re.compile(r"^[^，。、；：！？,.;:!?]{6,}$")
#: A headline may open on a count or a year before its word (`45 个项目入围…`,
#: `2021 年经济增速预测出炉`).
_COUNT_FIRST = re.compile(r"\d{1,4} ?[\u4e00-\u9fff]")
_CRIES = "！？!?"  # what a headline may end on, where a deck under it shows it is one
_MIN_MEASURE = 20  # narrower columns are labels and tables, not running text
_STEADY_REACH = 8  # lines either side that show whether the measure is steady
_SQUEEZE = 2  # printed cells by which full lines differ where punctuation is squeezed
_MEASURED_LINES = 2  # lines of a paragraph, at least, to show its measure: a full one, the last
_FIRST_LINE_SHARE = 0.85  # of the full line under it a first line fills, at least, in a wide column


HEADLINE_LINE_MAX = 40  # characters of a headline's line, at most
LABEL_MAX = 8  # characters of a column's name or a label on a line of its own, at most
#: Printed cells by which a line must pass the paragraph's widest line to be a headline
#: set across the column rather than the paragraph's next line (two Han characters:
#: squeezed punctuation makes justified lines differ by a cell or two).
WIDER_THAN_TEXT = 4
#: Printed cells by which a line with no punctuation at all must pass them: squeezing
#: makes room only where there are marks to squeeze, so a line without any that runs a
#: Han character past the measure is set in larger type.
WIDER_UNPUNCTUATED = 2
_UNPUNCTUATED_LINE = re.compile(r"^[^，。、；：？！“”‘’（）《》「」『』,.;:?!\"'()]+$")


def pdf_chunks(
    lines: list[Line], byline_alone: Callable[[str], bool] = lambda _: False
) -> list[Chunk]:
    """Frames of adjacent lines, then single lines joined into paragraphs; a line that
    is a byline alone (BYLINE_ALONE says) stays a chunk of its own."""
    frames, columns = _framed(lines)
    # Chunk.width's common case (one printed line) inline: this runs for every line
    widths = [
        printed_width(frame.lines[0]) if len(frame.lines) == 1 else frame.width for frame in frames
    ]
    chunks: list[Chunk] = []
    floats: list[Chunk] = []  # titles printed inside a sentence, emitted after it
    paragraph: Chunk | None = None
    measure = 0  # the paragraph's widest line, kept as it grows
    # the paragraph's first and last line numbers (unwoven columns can bring a line from
    # above): its span is set once, when it ends, as this loop runs for every line
    first = last = 0
    for index, frame in enumerate(frames):
        column = columns[index]
        body = _is_body(frame, column)
        indented = False  # set where a lost indent, and only that, cuts the paragraph
        # whether the paragraph stops mid-sentence, worked out once a line
        is_open = paragraph is not None and paragraph.open
        if (
            paragraph is not None
            and is_open
            and not body
            and _is_float(paragraph, measure, frames, index, column, widths)
        ):
            _as_title(frame)
            floats.append(frame)
            continue
        # a frame set apart from the text around it: a line that is a byline alone (one
        # line is body text, so it never floats above), a title's line in bold, or a
        # headline after a paragraph
        if (
            len(frame.lines) == 1
            and (byline_alone(frame.lines[0].strip()) or _bold_title_line(frame))
        ) or (
            paragraph is not None
            and not is_open
            and (
                _headline_after_sentence(frames, widths, index, column)
                or _spaced_headline_after_sentence(frames, index)
                or _label_headline_after_sentence(frames, index)
                or _headline_over_its_dashed_deck(frame)
                or _wider_than_its_text(paragraph, measure, frame, widths[index])
            )
        ):
            if paragraph is not None:
                chunks.append(_spanned(paragraph, first, last))
                chunks.extend(floats)
                paragraph, floats = None, []
            _as_title(frame)
            chunks.append(frame)
            continue
        if (
            paragraph is not None
            and paragraph.emphasis == frame.emphasis  # a title's weight, or a lead's, ends
            and (body or (is_open and len(frame.lines) == 1))
            and not (frame.page_break and not is_open and _headline_like(frame))
            and not (frame.page_break and _label_alone(paragraph))
            and not marks_only(paragraph.text)  # bullets whose items sit elsewhere
            and not _title_line(frame, widths[index], column)
            and not _short_unfinished(paragraph, measure, frame, widths[index])
            and not _much_wider(measure, frame, widths[index])
            and not _much_narrower(paragraph, measure, frames, widths, index)
            and not (indented := _indented(paragraph, frames, widths, index, column))
            and _continues(paragraph, frames, widths, index, column)
        ):
            _append(paragraph, frame)
            measure = max(measure, widths[index])
            first, last = min(first, frame.span.first), max(last, frame.span.last)
            continue
        if paragraph is not None:
            chunks.append(_spanned(paragraph, first, last))
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
            first, last = frame.span.first, frame.span.last
            frame.text = "".join(frame.lines)
            frame.indented = indented
        else:
            _as_title(frame)
            chunks.append(frame)
    if paragraph is not None:
        chunks.append(_spanned(paragraph, first, last))
    chunks.extend(floats)
    return _stripped(chunks)


def _framed(lines: list[Line]) -> tuple[list[Chunk], list[int]]:
    """The frames of LINES, with what the extraction glued into them split off (lone
    marks, a labelled title, a title over its first body line), and the column's width
    at each. Only a frame of several lines holds such a part; most are one line, and go
    straight through."""
    frames: list[Chunk] = []
    for frame in line_frames(lines):
        if len(frame.lines) == 1:
            frames.append(frame)
        else:
            for part in split_marks_off(frame):
                frames += split_glued_title(part) if len(part.lines) > 1 else [part]
    parts: list[Chunk] = []
    columns: list[int] = []
    for frame, column in zip(frames, page_columns(frames), strict=True):
        for part in [frame] if len(frame.lines) == 1 else split_heading(frame, column):
            parts.append(part)
            columns.append(column)  # a split frame's parts share its column
    return parts, columns


def _stripped(chunks: list[Chunk]) -> list[Chunk]:
    """CHUNKS with the spaces round each line and text gone, once they are joined."""
    for chunk in chunks:
        chunk.lines = list(map(str.strip, chunk.lines))
        chunk.text = chunk.text.strip()
    return chunks


def _headline_after_sentence(
    frames: list[Chunk], widths: list[int], index: int, column: int
) -> bool:
    """A headline set in the column's flow right after a finished paragraph, as wide as
    a wrapped line: an unpunctuated line followed by its deck (two runs of words set
    apart, `突出龙头引领 建强组织体系`) or by a label far short of the measure, before
    the text resumes at full measure. Running text after a full stop seldom has a line
    with no mark at all, and never then a spaced deck or a lone short line."""
    frame = frames[index]
    following = index + 1
    if len(frame.lines) != 1 or following + 1 >= len(frames) or frame.page_break:
        return False
    text = frame.text.strip()
    bare = text.rstrip(_CRIES)
    if _over_dashed_deck(frames, following) and _UNPUNCTUATED.match(bare):
        # `——钱塘新区举办…`: a deck behind its dash, whatever comes under it; over one a
        # headline may end on its cry (`…快速路来了！` / `——全长 48 公里！…`)
        return _headline_text(bare)
    if not _headline_like(frame) or not _UNPUNCTUATED.match(text):
        return False
    after = frames[following]
    deck = after.text.strip()
    if len(after.lines) != 1 or after.page_break or not _UNPUNCTUATED.match(deck):
        return False
    resumes = widths[following + 1] >= column * 0.8  # a full line: the text goes on
    return resumes and (HEADLINE_GAP.search(deck) is not None or widths[following] <= column * 0.5)


#: A headline's two halves on one line, a space apart (`河庄街道见缝插绿 把闲置零碎地…`):
#: one space, as a setter leaves; a wider gap is two columns' lines side by side.
_SPACED_HALVES = re.compile(r"[\u4e00-\u9fff“”\"]{4} [\u4e00-\u9fff“”\"]{4}")
#: Such a line holds no mark but quotes: a work's title or an aside in brackets is the
#: running text's (`…政策延至年底 国家发展改革委近日印发《关于`, a digest's item).
_MARKLESS_BUT_QUOTES = re.compile(r"^[^，。、；：！？,.;:!?《》（）()]+$")


def _spaced_headline_after_sentence(frames: list[Chunk], index: int) -> bool:
    """A line after a finished paragraph that sets a headline's two halves a space apart,
    with no mark but quotes (and at most one comma in its second half, `宁波高新区
    串起“一区十园”，提升发展能级`): running text after a full stop seldom has a space
    between words, never with so little to punctuate it. Not where the line under it
    cannot open a paragraph (`制，更好服务…`): that line finishes this one, a digest's
    item whose title is run in before its text (`助推…制度出台 为规范标准化票据融资机`)."""
    if not _line_over_a_paragraph(frames, index):
        return False
    text = frames[index].text.strip()
    if text.count("，") == 1 and text.find("，") > text.find(" ") > 0:
        text = text.replace("，", "")
    return (
        _SPACED_HALVES.search(text) is not None
        and _MARKLESS_BUT_QUOTES.match(text) is not None
        and _headline_text(text)
    )


#: A headline that names its subject before a colon (`玫琳凯：美丽事业撬动“红色生产力”`,
#: `乐秀电子: 打造"中国升级版戴森"`): two to eight letters, the colon, the rest.
_LABEL_HEADLINE = re.compile(r"^[\u4e00-\u9fff]{2,8} ?[：:] ?[\u4e00-\u9fff“\"]")


def _label_headline_after_sentence(frames: list[Chunk], index: int) -> bool:
    """A line after a finished paragraph that names a subject, a colon, then a headline's
    words with no other mark but quotes: running text after a full stop that opens on a
    name and a colon goes on in clauses. Not where the line under it cannot open a
    paragraph: that line finishes this one."""
    text = frames[index].text.strip()
    subject = _LABEL_HEADLINE.match(text)
    if subject is None or not _line_over_a_paragraph(frames, index):
        return False
    rest = text[subject.end() - 1 :]  # the headline's words, from their first letter
    return (
        len(text) <= HEADLINE_LINE_MAX
        and _MARKLESS_BUT_QUOTES.match(rest) is not None
        and "—" not in rest  # `…功能——银保监`: a digest's item, its text behind the dash
        and not ends_sentence(text)
    )


def _line_over_a_paragraph(frames: list[Chunk], index: int) -> bool:
    """Frame INDEX is one printed line, and the frame under it may open a paragraph: a
    line under it that cannot (`制，更好服务…`) finishes the one at INDEX, so that line is
    running text (a digest's item with its title run in), whatever it looks like."""
    return (
        len(frames[index].lines) == 1
        and index + 1 < len(frames)
        and not opens_no_paragraph(frames[index + 1].text)
    )


def _headline_over_its_dashed_deck(frame: Chunk) -> bool:
    """FRAME holds a headline's lines over its deck behind a dash, set together right after
    a finished paragraph (`广州高新区 未来的现代化智能科技新城` / `——打造现代化…`): the
    dash shows the lines above it are a headline, not the paragraph's next lines."""
    head = head_over_dashed_deck(frame.lines)
    return _UNPUNCTUATED.match(head) is not None and _headline_text(head)


def _over_dashed_deck(frames: list[Chunk], following: int) -> bool:
    """The frame at FOLLOWING, or the one after it where the headline wraps onto a second
    line (`…构建集成电` / `路“1+1+N”技术服务平台`), opens with a deck's dash (`——…`)."""
    for at in (following, following + 1):
        if at >= len(frames) or frames[at].page_break:
            return False
        if frames[at].text.lstrip().startswith(DECK_DASHES):
            return True
        if len(frames[at].lines) != 1 or not _headline_like(frames[at]):
            return False  # no headline's second line
    return False


def _wider_than_its_text(paragraph: Chunk, measure: int, frame: Chunk, width: int) -> bool:
    """A headline-like line after a finished paragraph on the same page, wider than that
    paragraph's lines: justified text never passes its measure, a headline in a larger
    size set across the column (or two) does."""
    return (
        len(paragraph.lines) >= _MEASURED_LINES
        and len(frame.lines) == 1
        and not frame.page_break  # a new page may set another measure
        and (
            width >= measure + WIDER_THAN_TEXT
            or (
                width >= measure + WIDER_UNPUNCTUATED and bool(_UNPUNCTUATED_LINE.match(frame.text))
            )
        )
        and _headline_like(frame)
        and not any(mark in frame.text for mark in "（(")  # an aside: running text's
    )


def _bold_title_line(frame: Chunk) -> bool:
    """A line a converter set in bold with no clause in it: a title's line. (A lead set
    in bold runs on in clauses, and its lines join as any paragraph's.)"""
    return frame.emphasis and not _runs_on(frame.text)


def _label_alone(paragraph: Chunk) -> bool:
    """PARAGRAPH is one short line with no clause marks, a column's name or a label
    (`民生频道`) on a page of its own: no sentence runs on from it onto the next page."""
    text = paragraph.text.strip()
    return (
        paragraph.page_break  # it opens its page, and the next frame the next page
        and len(paragraph.lines) == 1
        and len(text) <= LABEL_MAX
        and not _runs_on(text)
    )


def _headline_like(frame: Chunk) -> bool:
    """A line that may be a headline opening the page after a finished paragraph: it
    starts with a letter or an opening quote and has no clause marks."""
    return _headline_text(frame.text.strip())


def _headline_text(text: str) -> bool:
    return (
        (is_han(text[:1]) or text[:1] in "“《「" or _COUNT_FIRST.match(text) is not None)
        and len(text) <= HEADLINE_LINE_MAX
        and not ends_sentence(text)
        and not has_clause_mark(text)
        and "。" not in text
    )


def _opens_bracket(text: str) -> bool:
    """TEXT opens a bracket or quote it does not close."""
    return opens_unclosed(text, _BRACKETS_AND_QUOTES)


def _runs_on(text: str) -> bool:
    """Clause punctuation in TEXT, past a headline's opening label: running text."""
    return CLAUSE.search(without_label(text)) is not None


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
        and _nearly_as_wide(widths[index], widths[following])
        and not frames[following].page_break
    )


def _nearly_as_wide(width: int, full: int) -> bool:
    """A line WIDTH cells wide is nearly as wide as the FULL line under it: short of it by
    no more than a line that lost its two-em indent is, which in a wide column is within
    `_FIRST_LINE_SHARE` of it and in a narrow one (a newspaper's ten letters) is just the
    indent, give or take a cell (a title's width is its own)."""
    if width >= full * _FIRST_LINE_SHARE:
        return True
    indented = full - INDENT_CELLS  # the full line less the indent it lost
    return indented < full * _FIRST_LINE_SHARE and abs(indented - width) <= 1


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


def _much_narrower(
    paragraph: Chunk, measure: int, frames: list[Chunk], widths: list[int], index: int
) -> bool:
    """A line of running Chinese that the finished paragraph's measure is half as wide
    again as: a lead or box set across the columns has ended and the column's own text
    resumes (often the rest of a sentence the box cut, which `rejoin` then finds). A
    paragraph's short last line ends a sentence; this line runs on into a next line as
    wide as itself, or into the paragraph's last."""
    width = widths[index]
    if width * 3 >= measure * 2:
        return False  # the cheap test first: this runs for every line
    frame, following = frames[index], index + 1
    text = frame.text.strip()
    return (
        len(frame.lines) == 1
        and len(paragraph.lines) >= _MEASURED_LINES
        and not paragraph.open
        and width >= _MIN_MEASURE
        and not ends_sentence(text)
        and all(is_cjk(ch) for ch in text)
        and following < len(frames)
        and len(frames[following].lines) == 1
        and (widths[following] >= width - _SQUEEZE or ends_sentence(frames[following].text))
    )


def _short_unfinished(paragraph: Chunk, measure: int, frame: Chunk, width: int) -> bool:
    """A line well short of the paragraph's own lines that stops on a word: lines inside
    a paragraph fill the measure, so this one is a title or label set into the text."""
    if width > measure - 8 or not paragraph.open:
        return False  # the cheap tests first: this runs for every line
    text = frame.text.strip()
    return not ends_sentence(text) and CLAUSE.search(text[-1:]) is None


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
    if len(lines) < _MEASURED_LINES or len(frame.lines) != 1 or frame.page_break:
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
    """FRAME's lines joined to PARAGRAPH's text (`_spanned` sets its span when it ends)."""
    for text in frame.lines:
        printed_space = paragraph.lines[-1].endswith(" ")
        paragraph.text = join_wrapped(paragraph.text, text, printed_space=printed_space)
        paragraph.lines.append(text)


def _spanned(paragraph: Chunk, first: int, last: int) -> Chunk:
    """PARAGRAPH with its span from line FIRST to LAST: the lines of all its frames."""
    if paragraph.span.first != first or paragraph.span.last != last:
        paragraph.span = LineSpan(first, last)
    return paragraph


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
        and starts_mid_sentence(following.text)
    )


def _continues(
    paragraph: Chunk, frames: list[Chunk], widths: list[int], index: int, column: int
) -> bool:
    """Does frame INDEX carry on PARAGRAPH?"""
    frame, last = frames[index], paragraph.lines[-1]
    if len(paragraph.lines) == 1 and _title_above(
        last, frame, column, _width_after(frames, widths, index)
    ):
        return False
    if not ends_sentence(last):
        return True  # the common case, decided before FRAME is measured
    if finishes_elsewhere(paragraph.text, frame.text):
        return False  # the rest of a sentence cut elsewhere, not of this one
    if printed_width(last) <= column - 4:
        return False  # a short last line ends the paragraph
    return not _narrow_start(frame, column)  # a first line whose indent was lost


def _title_above(last: str, frame: Chunk, column: int, next_width: int) -> bool:
    """The paragraph's one line (LAST) is a title over FRAME, not its first line."""
    if not _UNPUNCTUATED.match(last):
        return False
    width = printed_width(frame.text)
    if _narrow_start(frame, column) and (printed_width(last) > column or next_width >= width + 4):
        # a title line, then a first line that lost its indent (narrower than the column
        # or than the full line after it)
        return True
    # `红色党旗 引领高质量绿色发展`: a space between words is a headline's, unless the
    # line under it cannot open a paragraph (`制，更好服务…`): it finishes this one
    return (
        (HEADLINE_GAP.search(last) is not None or _SPACED_HALVES.search(last) is not None)
        and not opens_no_paragraph(frame.text)
        and not last.startswith("【")  # a digest's run-in title: its text goes on after it
        and not _opens_bracket(last)
    )


def _narrow_start(frame: Chunk, column: int) -> bool:
    """FRAME is narrower than the column and stops mid-sentence: it may open a paragraph
    whose indent the extraction lost."""
    return printed_width(frame.text) <= column - 4 and not ends_sentence(frame.text)
