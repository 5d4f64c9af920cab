"""Run-in headlines: a digest prints a brief's title at the start of its text, in brackets
(`【四大行下调大额存单利率】工、农、中、建四大行…`), in bold set off by a space, which
is all the extraction keeps (`四大行下调大额存单利率 工、农、中、建四大行…`), or before a
dash (`四大行下调大额存单利率——工、农、中、建四大行…`). Left in the
paragraph, the title is lost to the segmenter; set apart, it is a headline like one on
its own line.
"""

from __future__ import annotations

import re

from qtread.model import LineSpan
from qtread.parse.chunks import LONE_MARKS, Chunk, ChunkKind
from qtread.parse.classify import bracketed_headline, norm

RUN_IN_TITLE_MAX = 40  # characters of a run-in title in its brackets, at most
RUN_IN_TEXT_MIN = 8  # characters of text after it, at least: a paragraph, not a label
#: Items in a row, at least, each opening with a title set off by a space, before the
#: titles are read so: one paragraph that opens with a few words and a space is just
#: that; a digest runs item after item.
SPACED_RUN_MIN = 4
#: Items in a row, at least, each opening with a title before a dash (`…出炉 ——12月15日，`),
#: before the titles are read so: a sentence may have a dash a few words in, two in a
#: row seldom do.
DASHED_RUN_MIN = 2
#: Chunks, at most, between two items of a run: an item's second paragraph, or its text
#: cut in two where the extraction broke a line (a list mark on a line of its own is
#: not counted).
SPACED_RUN_GAP = 3
ITEM_TEXT_MAX = 500  # characters of an item, title and text, at most: a brief is short
CLAUSE_REACH = 40  # characters of an item's text within which running text shows a clause mark
# A title of six to thirty letters without clause marks or spaces, opening with a letter
# (a date opens a chronology's entry), then a space and the text, or a dash and the text
# (`四大行下调大额存单利率——工、农、中、建四大行…`; before a dash, a number may open it).
_ITEM_MARK = r"(?:[•·◆▪■●]\s*)?"  # a digest item's mark before its title
# Not a date, which opens a chronology's entry (`6月22日——…`, `2020年7月——…`, `2031年3月 …`).
_NO_DATE = r"(?!\d{1,4} *[年.．/-] *\d)(?!\d{1,2} *月 *\d)"
_DASHED_TITLE = re.compile(
    rf"^{_ITEM_MARK}(?:[\u4e00-\u9fff“《][^，。；！？、,;.!?()（）—]{{5,40}}?(?= *——)"
    # before a dash, a title may open with a number (`2021 年经济增速预测出炉 ——…`), but
    # not with a date
    rf"|{_NO_DATE}\d[\d ]{{0,5}}[\u4e00-\u9fff][^，。；！？、,;.!?()（）—]{{4,38}}?(?= *——))"
)
# What a title set off by a space opens with: a letter, a quote or a number that is no
# date, after an item's mark.
_TITLE_OPENING = re.compile(rf"^{_ITEM_MARK}(?:[\u4e00-\u9fff“《]|{_NO_DATE}\d)")
_TITLE_SPACE = re.compile(r"(?<=[^\d\s]) +(?=[^\d\s]|\d{1,2} *月 *\d{1,2} *日)")
_TITLE_LETTERS = (6, 40)  # letters of a title set off by a space, fewest and most
_TITLE_MARKS = re.compile(r"[！？!?()（）—]")  # marks no such title holds
# A bracketed headline inside a paragraph with its item's text after it.
_GLUED_ITEM = re.compile(rf"(【[^【】]{{1,{RUN_IN_TITLE_MAX}}}】)(?=\s*\S{{{RUN_IN_TEXT_MIN}}})")
_CLAUSE = re.compile("[，。、；,;]")  # (an OCR or converter may print ASCII marks)
#: What shows an item's text under way: a clause mark, or a colon (`…领域的突破：研究人员…`),
#: which a headline may hold (`银保监会：…`) and so never ends a title's search.
_TEXT_UNDER_WAY = re.compile("[，。、；：,;:]")
_MARKS = LONE_MARKS | {"-", "*"}  # a list item's mark, printed alone on its line


def split_run_in_titles(chunks: list[Chunk]) -> list[Chunk]:
    """CHUNKS with each bracketed headline that opens a paragraph set apart from it, and
    each title set off by a space that opens an item of a digest."""
    spaced = _spaced_titles(chunks)
    result: list[Chunk] = []
    for index, chunk in enumerate(chunks):
        for piece in _glued_items_apart(chunk):
            end = spaced.get(index) if piece is chunk else None
            end = end or _bracketed_end(piece)
            if end is None:
                result.append(piece)
                continue
            result += _cut(piece, end, piece.text[end:].strip())
    return result


def _glued_items_apart(chunk: Chunk) -> list[Chunk]:
    """CHUNK cut before each bracketed headline inside it that its item's text follows
    (`…部分商业银行各【阿里与浙大成立“认知智能实验室”】近日，…`): an extraction that
    reads a page across its columns glues a digest's item to the other column's line,
    and no sentence holds a headline in brackets."""
    if chunk.kind is not ChunkKind.TEXT or "【" not in chunk.text[1:]:
        return [chunk]  # the cheap test first: most paragraphs hold no bracket
    starts = [
        match.start()
        for match in _GLUED_ITEM.finditer(chunk.text, 1)
        if bracketed_headline(match.group(1))
    ]
    if not starts:
        return [chunk]
    pieces: list[Chunk] = []
    for begin, end in zip([0, *starts], [*starts, len(chunk.text)], strict=True):
        text = chunk.text[begin:end].strip()
        if text:
            pieces.append(Chunk(ChunkKind.TEXT, text, chunk.span, [text], gap=0))
    pieces[0].page_break, pieces[0].gap = chunk.page_break, chunk.gap
    return pieces


def _bracketed_end(chunk: Chunk) -> int | None:
    """Where the bracketed headline opening CHUNK ends (`【标题】正文…`), if one does and a
    paragraph follows it."""
    text = chunk.text
    close = text.find("】", 0, RUN_IN_TITLE_MAX + 2) if text.startswith("【") else -1
    if (
        chunk.kind is not ChunkKind.TEXT
        or close < 0
        or len(text[close + 1 :].strip()) < RUN_IN_TEXT_MIN
        or not bracketed_headline(text[: close + 1])
    ):
        return None
    return close + 1


def _cut(chunk: Chunk, end: int, rest: str) -> list[Chunk]:
    """CHUNK as its run-in title (its text up to END) and the REST."""
    title = chunk.text[:end].strip()
    first = chunk.span.first
    return [
        Chunk(
            ChunkKind.TEXT,
            title,
            LineSpan(first, first),
            [title],
            page_break=chunk.page_break,
            gap=chunk.gap,
        ),
        Chunk(ChunkKind.TEXT, rest, chunk.span, [rest], gap=0),
    ]


def _spaced_titles(chunks: list[Chunk]) -> dict[int, int]:
    """Items of digests whose title is set off by a space: chunk index → where its
    title ends. Only runs of `SPACED_RUN_MIN` items or more count."""
    items = {i: end for i, chunk in enumerate(chunks) if (end := _spaced_item(chunk)) is not None}
    # where each chunk stands among those that hold words: a list mark on a line of its
    # own between two items is no chunk between them
    place, at = [], 0
    for chunk in chunks:
        at += chunk.text.strip() not in _MARKS
        place.append(at)

    def digest(run: list[int]) -> bool:
        dashed = all(_behind_dash(chunks[i].text, items[i]) for i in run)
        return len(run) >= (DASHED_RUN_MIN if dashed else SPACED_RUN_MIN)

    found: dict[int, int] = {}
    run: list[int] = []
    for index in sorted(items):
        if run and place[index] - place[run[-1]] > SPACED_RUN_GAP:
            found.update({i: items[i] for i in run} if digest(run) else {})
            run = []
        run.append(index)
    if run and digest(run):
        found.update({i: items[i] for i in run})
    return found


def _spaced_item(chunk: Chunk) -> int | None:
    """Where the title of CHUNK ends, if CHUNK is a short paragraph that opens with a
    title set off by a space or a dash and goes on in running text."""
    text = chunk.text
    if (
        chunk.kind is not ChunkKind.TEXT
        or len(text) > ITEM_TEXT_MAX
        or (" " not in text and "——" not in text)
    ):
        return None  # the cheap tests first: nothing sets a title off in most paragraphs
    dashed = _DASHED_TITLE.match(text)
    end = dashed.end() if dashed else _spaced_title_end(text)
    if end is None:
        return None
    rest = text[end:].strip()
    # after a dash the text may run long before its first comma (`——商务部与国家开发
    # 银行签署《关于…》，…`): the dash already sets the title off from it
    reach = len(rest) if _behind_dash(text, end) else CLAUSE_REACH
    if len(rest) < RUN_IN_TEXT_MIN or not _TEXT_UNDER_WAY.search(rest[:reach]):
        return None
    return end


def _behind_dash(text: str, end: int) -> bool:
    """The text after a title ending at END opens with a dash (`标题 ——正文`)."""
    return text[end:].lstrip().startswith("——")


def _spaced_title_end(text: str) -> int | None:
    """Where a title set off by a space ends in TEXT: at the last space between words
    before the text's first clause mark, so a title of two parts keeps both (`多项金融
    数据回暖 着力"输血"实体特征凸显 根据央行…，`)."""
    clause = _CLAUSE.search(text, 0, _TITLE_LETTERS[1] + CLAUSE_REACH)
    if clause is None or not _TITLE_OPENING.match(text):
        return None
    for space in reversed(list(_TITLE_SPACE.finditer(text, 0, clause.start()))):
        title = text[: space.start()]
        letters = len(norm(title))
        if letters < _TITLE_LETTERS[0]:
            return None
        if letters <= _TITLE_LETTERS[1] and not _TITLE_MARKS.search(title):
            return space.start()
    return None
