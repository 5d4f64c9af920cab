"""Sentences cut by the layout: a paragraph that a page or column break cut rejoined with
its continuation past captions and boxes, text that no paragraph can start with joined
to the sentence it finishes pages back, and last a sentence left open joined to a later
text that opens mid-word, where the issue's own words show the cut splits one."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from qtread.parse.chunks import SHORT_MAX, Chunk, ChunkKind, runs_on
from qtread.parse.classify import has_clause_mark
from qtread.text.cjk import (
    OPEN_ENDINGS,
    ends_sentence,
    is_cjk,
    is_han,
    join_wrapped,
    printed_width,
    unclosed_quote,
)

# A label of a few letters set off by a space opening a list's item (`融入 党建融入…`).
_SPACED_LABEL = re.compile(r"^[\u3400-\u9fff]{1,4} +[\u3400-\u9fff]")
_CREDIT_LIKE = re.compile(r"^\S{1,4}\s*[/／\\]\s*\S")  # 记者 / …: ends what comes before
#: Printed cells by which a paragraph's first line is set in (two Han characters;
#: squeezed punctuation makes full lines differ by a cell or two, so less is no indent).
INDENT_CELLS = 4
#: Printed cells a full line may fall short of its column's measure: a first line that
#: lost its indent, or digits and Latin letters, narrower than Han (three Han characters).
_LOST_INDENT = 6
#: Share of the text's measure that a lone line cut by the layout fills at least: a line
#: that stops well short of the measure on the same page is a title set apart, since a
#: sentence is cut only where its line runs into the column's edge.
_CUT_LINE_SHARE = 0.7
_GUTTER = re.compile(r"\S {2,}\S")  # spaces between two columns drawn side by side
_SENTENCE_INSIDE = re.compile(r"[。！？!?]\s*\S")  # a full stop with text after it
_CLAUSE_END = "，、；：,;:"  # marks a sentence's clause ends on, never a headline
_DROP_CAP_MAX = 2  # characters of a drop cap or a lone folio set before the text
_LOOKAHEAD = 4  # chunks a page break may put between a sentence and its continuation
_ORPHAN_REACH = 6  # chunks from a sentence to its last words, printed alone further on
_ORPHAN_MAX = 12  # letters of a sentence's last words printed alone, at most
_RESUME_WINDOW = 60  # chunks a cut sentence may wait for its continuation (other pages)
_BEFORE_PARAGRAPH = 2  # chunks back from START (the paragraph is START - 1) to the text before it
_MEASURED_LINES = 2  # printed lines of a text, at least, to show its measure: a full one, the last
_WIDE_LINES_MIN = 2  # lines of a box set wide, at least: one long line proves nothing
_SET_IN_LINES = 3  # printed lines, at least, to show a lost indent: the first, a full one, the last
_FOLLOWER_CHARS = 2  # Han characters looked up after a pair: a text's first two
# One character and a comma or full stop: no paragraph starts so (`餐。来到…`, `序，做细…`),
# except an enumeration (`工、农、中`) or an interjection opening dialogue.
_ONE_CHARACTER_CLAUSE = re.compile(
    r"^(?![对是好嗯哦噢啊唉哎喂嘿呀])[\u3400-\u9fff](?:[，。；：,;:]|、(?![\u3400-\u9fff]、))"
)
# A closing quote that no opening quote precedes (`利政策。”赵金亮说`).
_CLOSES_QUOTE = re.compile(r"^[^“「『\"]{1,10}[。！？!?…]?[”」』]")


def rejoin_breaks(
    chunks: list[Chunk], byline_alone: Callable[[str], bool] = lambda _: False
) -> list[Chunk]:
    """Join paragraphs that a page break cut, lifting captions found in between. A byline
    alone (BYLINE_ALONE says) is no sentence left open, though it ends on a name: the
    text under it is its article's."""
    result: list[Chunk] = []
    index = 0
    while index < len(chunks):
        chunk = chunks[index]
        index += 1
        if not chunk.fragment or byline_alone(chunk.text.strip()):
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
    past = _past_box(paragraph, chunks, start)
    if past is not None:
        return past
    candidates = list(_within_reach(chunks, start))
    finishing = [
        i
        for i in candidates
        if _finishes(paragraph.text, chunks[i].text)
        or closes_bracket(paragraph.text, chunks[i].text)
    ]
    if finishing:
        target = finishing[0]
        middle = chunks[target - 1]
        if target > start and _finishes_line(middle, chunks[target]):
            # text that cannot open a paragraph finishes the open line right before it
            if _carries_on(paragraph, middle):
                return target - 1  # a full line of the paragraph's sentence, in between
            if middle.fragment and _SPACED_LABEL.match(middle.text):
                return None  # a list's next item, behind its label: the tail goes on there
        return target
    return _orphan_tail(paragraph, chunks, start) or _next_text(
        paragraph, chunks, start, candidates
    )


def _next_text(
    paragraph: Chunk, chunks: list[Chunk], start: int, candidates: list[int]
) -> int | None:
    """The first of CANDIDATES that may carry on PARAGRAPH, unless a new paragraph or a
    bracket's rest comes first."""
    for index in candidates:
        chunk = chunks[index]
        if index > start and closes_bracket(chunks[index - 1].text, chunk.text):
            return None  # the rest of the bracket the chunk before it opened (`本刊讯（通讯员
            # 苏军 沈逸` / `柔）6月21日下午，…`), which that chunk's text goes on in
        if chunk.indented or (chunk.page_break and _set_in(chunk)):
            return None  # a new paragraph: the sentence goes on elsewhere
        if _may_continue(chunk) and not _short_of_measure(paragraph, chunks, start, index):
            return index
    return None


def _orphan_tail(paragraph: Chunk, chunks: list[Chunk], start: int) -> int | None:
    """A sentence's last words printed alone a few paragraphs on (`…追求品质的` /
    `女性消费者需求。`), where PARAGRAPH stops on a word no sentence ends with: those
    words finish it, not the next paragraph, which a converter set between them."""
    if not paragraph.text.endswith(OPEN_ENDINGS):
        return None
    for index in range(start + 1, min(len(chunks), start + _ORPHAN_REACH)):
        chunk, before = chunks[index], chunks[index - 1]
        text = chunk.text.strip()
        if (
            chunk.kind is ChunkKind.TEXT
            and len(text) <= _ORPHAN_MAX
            and text.endswith("。")
            and not has_clause_mark(text)
            and before.kind is ChunkKind.TEXT
            and ends_sentence(before.text)
        ):
            return index
    return None


def _finishes_line(middle: Chunk, tail: Chunk) -> bool:
    """TAIL, which cannot open a paragraph, finishes MIDDLE: one open line of text."""
    return (
        middle.kind is ChunkKind.TEXT
        and len(middle.lines) == 1
        and _finishes(middle.text, tail.text)
    )


def _carries_on(paragraph: Chunk, middle: Chunk) -> bool:
    """MIDDLE, one line set at PARAGRAPH's measure, is the next line of its sentence
    (`…以工` / `作的实效真正将服务…落到实` / `处，为…`), not a title set at its own width
    nor a list's next item behind its label (`融入 党建融入…`)."""
    return (
        bool(paragraph.lines)
        and starts_mid_sentence(middle.text)
        and not _SPACED_LABEL.match(middle.text)
        and abs(middle.width - paragraph.width) <= _LOST_INDENT
    )


def _short_of_measure(paragraph: Chunk, chunks: list[Chunk], start: int, index: int) -> bool:
    """PARAGRAPH is one printed line well short of the measure of the text at INDEX on the
    same page: a headline or label, which the layout did not cut mid-sentence."""
    if len(paragraph.lines) != 1 or len(chunks[index].lines) < _MEASURED_LINES:
        return False
    if any(chunk.page_break for chunk in chunks[start : index + 1]):
        return False  # another page may set another measure
    line = paragraph.lines[0].rstrip()
    if _SENTENCE_INSIDE.search(line) or line[-1:] in _CLAUSE_END:
        return False  # a headline neither holds a full stop nor ends on a clause mark
    before = chunks[start - _BEFORE_PARAGRAPH].text if start >= _BEFORE_PARAGRAPH else ""
    if before[-1:] in _CLAUSE_END or len(before) <= _DROP_CAP_MAX:
        return False  # it carries on the text before it, in lines narrowed by a float
    # the text's full lines (all but its last) give the measure; a line with a gutter in
    # it holds two columns side by side and gives none
    full = chunks[index].lines[:-1]
    if _GUTTER.search(line) or any(_GUTTER.search(text) for text in full):
        return False
    return printed_width(line) < min(printed_width(text) for text in full) * _CUT_LINE_SHARE


def _may_continue(chunk: Chunk) -> bool:
    """CHUNK opens mid-sentence and is running text, not a title set apart."""
    return starts_mid_sentence(chunk.text) and (
        not chunk.short or chunk.fragment or ends_sentence(chunk.text)
    )


def _past_box(paragraph: Chunk, chunks: list[Chunk], start: int) -> int | None:
    """The text that carries PARAGRAPH on in its own column past a lead or box set
    across the columns right after it: the column's lines resume below the box, so the
    first text after it, if it runs on mid-sentence at the paragraph's measure and is no
    paragraph's first line, is the continuation; the box's own text never is."""
    end = min(len(chunks), start + _LOOKAHEAD)
    index = start
    while index < end and chunks[index].kind is not ChunkKind.TEXT:
        index += 1  # a title or caption set before the box
    boxes = index
    while index < end and _box_across(paragraph, chunks[index]):
        index += 1
    if index == boxes or index >= end:
        return None
    chunk = chunks[index]
    if (
        chunk.kind is not ChunkKind.TEXT
        or chunk.indented
        or _set_in(chunk)
        or chunk.width * 2 > paragraph.width * 3
        or not (_finishes(paragraph.text, chunk.text) or _may_continue(chunk))
    ):
        return None
    return index


def _box_across(paragraph: Chunk, chunk: Chunk) -> bool:
    """CHUNK is finished text on PARAGRAPH's page whose lines, all but its last, are set
    half as wide again as the paragraph's steady measure: a lead or box across the
    columns, not the next lines of the column's sentence. One long line proves nothing:
    some extractions run a column's lines together."""
    if (
        chunk.kind is not ChunkKind.TEXT
        or chunk.open
        or chunk.page_break
        or len(chunk.lines) < _MEASURED_LINES
        or len(paragraph.lines) < _MEASURED_LINES
    ):
        return False
    last, before = printed_width(paragraph.lines[-1]), printed_width(paragraph.lines[-2])
    measure = max(last, before)
    if min(last, before) < measure - _LOST_INDENT:
        return False  # no steady measure to compare with
    wide = [printed_width(line) * 2 > measure * 3 for line in chunk.lines]
    return all(wide[:-1]) and sum(wide) >= _WIDE_LINES_MIN


def _set_in(chunk: Chunk) -> bool:
    """CHUNK's first printed line is set in from the full line under it: a paragraph's
    first line whose indent the extraction lost, not the rest of a cut sentence. Only
    lines of Chinese alone are measured: Latin letters, digits and spaces vary in width."""
    lines = chunk.lines
    return (
        len(lines) >= _SET_IN_LINES  # the second line is not the last: it is a full one
        and printed_width(lines[0]) + INDENT_CELLS <= printed_width(lines[1])
        and all(is_cjk(ch) for ch in lines[0] + lines[1])
    )


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
        if chunk.kind is ChunkKind.TEXT and opens_no_paragraph(chunk.text)
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


def resume_attested(chunks: list[Chunk]) -> list[Chunk]:
    """Join a sentence still open where a box, a title or a page cut it to the nearest
    later text that opens a paragraph mid-word, where the cut splits a word the issue
    prints whole elsewhere.

    Runs last, on the sentences no other join took. The evidence must be strong, since
    a paragraph may open with any word: the two characters either side of the cut read
    as one run of four elsewhere in the issue (`长安|福特`: 长安福特), and the pair across
    the cut is at least half as common as the continuation's own first pair, so the
    cut falls inside a word (`价|值链接`) rather than between two (`新区|作为`)."""
    issue = ""  # every chunk's text, made when first needed; a chunk never meets the next
    taken: set[int] = set()  # continuations now joined to their heads
    for index, head in enumerate(chunks[:-1]):
        text, following = head.text, chunks[index + 1]
        if (
            len(text) <= SHORT_MAX  # a title with a comma, not a paragraph; the cheap test first
            or not (is_han(text[-1]) and is_han(text[-2]))
            or index in taken
            or (  # running text right after it on its page: no box or page cut it
                following.kind is ChunkKind.TEXT
                and not following.short
                and not following.page_break
            )
            or not head.fragment
            or not runs_on(text)  # a list of names, not a sentence
        ):
            continue
        issue = issue or "\n".join(chunk.text for chunk in chunks)
        tail = _opening_mid_word(head, chunks, index + 1, taken, issue)
        if tail is not None:
            _join(head, chunks[tail])
            taken.add(tail)
    return [chunk for index, chunk in enumerate(chunks) if index not in taken]


def _opening_mid_word(
    head: Chunk, chunks: list[Chunk], start: int, taken: set[int], issue: str
) -> int | None:
    """The nearest text from START on that opens a paragraph (after a finished one, a
    title or a box, not indented) and that the issue's words say HEAD's sentence cut."""
    followers = _followers(issue, head.text[-2:])  # one pass over the issue, then set lookups
    if not followers:
        return None
    for index in range(start, min(len(chunks), start + _RESUME_WINDOW)):
        chunk, previous = chunks[index], chunks[index - 1]
        if (
            chunk.text[:2] in followers
            and index not in taken
            and chunk.kind is ChunkKind.TEXT
            and not chunk.indented
            and (chunk.fragment or ends_sentence(chunk.text))
            and not (previous.kind is ChunkKind.TEXT and previous.open and not previous.short)
            and _splits_a_word(head.text, chunk.text, issue)
            and not _set_in(chunk)
        ):
            return index
    return None


def _followers(issue: str, pair: str) -> set[str]:
    """The two Han characters ISSUE prints right after each PAIR."""
    found: set[str] = set()
    position = issue.find(pair)
    while position >= 0:
        after = issue[position + 2 : position + 4]
        if len(after) == _FOLLOWER_CHARS and is_han(after[0]) and is_han(after[1]):
            found.add(after)
        position = issue.find(pair, position + 1)
    return found


def _splits_a_word(head: str, tail: str, issue: str) -> bool:
    """The pair across the cut between HEAD and TAIL is at least half as common in ISSUE
    as TAIL's own first pair: the cut falls inside a word, not between two."""
    return 2 * issue.count(head[-1] + tail[0]) >= issue.count(tail[:2])


def _finishes(head: str, tail: str) -> bool:
    """Does TAIL, which cannot start a paragraph, carry on the open sentence HEAD?"""
    if not head or ends_sentence(head):
        return False
    if _ONE_CHARACTER_CLAUSE.match(tail):
        return True
    return _CLOSES_QUOTE.match(tail) is not None and unclosed_quote(head)


def opens_no_paragraph(text: str) -> bool:
    """TEXT cannot open a paragraph (`制，更好服务…`, `策。”他说`): it finishes a sentence
    begun before it."""
    return _ONE_CHARACTER_CLAUSE.match(text) is not None or _CLOSES_QUOTE.match(text) is not None


def finishes_elsewhere(paragraph: str, line: str) -> bool:
    """LINE cannot start a paragraph, and the finished PARAGRAPH leaves nothing to carry on."""
    if _ONE_CHARACTER_CLAUSE.match(line):
        return True
    return _CLOSES_QUOTE.match(line) is not None and not unclosed_quote(paragraph)


def closes_bracket(head: str, tail: str) -> bool:
    """TAIL closes a round bracket HEAD left open (`…。（记者 李如艳` / `薛瑾 通讯员 …）`):
    the rest of HEAD's bracket, whatever else TAIL looks like."""
    closing = tail.find("）")
    return head.rfind("（") > head.rfind("）") and 0 <= closing < _find(tail, "（")


def _find(text: str, mark: str) -> int:
    """Where MARK first stands in TEXT; past its end when it is not there."""
    at = text.find(mark)
    return len(text) if at < 0 else at


def _join(head: Chunk, tail: Chunk) -> None:
    head.text = join_wrapped(head.text, tail.text)
    head.lines.extend(tail.lines)
    head.span = head.span.union(tail.span)


def starts_mid_sentence(text: str) -> bool:
    """TEXT may carry on a sentence: it opens with a letter, not a quote or bracket."""
    first = text[:1]
    return bool(first) and (is_cjk(first) or first.isalnum()) and first not in "“‘（《【"
