"""Anchors for news briefs the printed TOC does not list, and for briefs set in a grid.

A contents page names the features; the short news items a column runs after them
(a digest of a few lines each) it often leaves out. Without this step, every one of
them becomes a subheading of the feature before it. A run of such items is told from a
feature's subheadings by three marks together: several headline-length titles in a
row, each over a short text, and none of them named by the TOC.
"""

from __future__ import annotations

import re

from qtread.model import ArticleKind
from qtread.parse.chunks import Chunk, ChunkKind, part_of
from qtread.parse.classify import HEADLINE_GAP, has_clause_mark, norm
from qtread.parse.headline import HEADLINE_ORNAMENTS
from qtread.parse.profile import Profile
from qtread.parse.segment.common import TITLE_RUN, Anchor, _title_chunks, body_follows
from qtread.parse.segment.layout import title_tail
from qtread.parse.segment.roles import Roles
from qtread.parse.word_cuts import IssueWords
from qtread.text.cjk import DECK_DASHES, ends_sentence, is_han, printed_width

BRIEF_RUN_MIN = 3  # items in a row, at least, that make a run of briefs (a feature's
# subheadings come one or two between longer stretches)
BRIEF_HEADLINE_MIN = 10  # characters in each item's title, at least: a headline says who
# did what; a subheading names a theme in a few words
BRIEF_TEXT_MAX = 400  # characters of text under each item, at most: a brief is short
BRIEF_PARAGRAPHS_MAX = 2  # paragraphs under each item, at most
_NAME_END = 4  # characters at a title's end an institution's word is looked for in
# Marks that open list items: a title after one of them is a brief only where it is a
# headline on a line of its own over a paragraph that is no list item itself (a digest
# that sets a bullet before each headline); of a list's items, each over the next, none
# is. The ornaments a headline may follow (HEADLINE_ORNAMENTS) also end a run of briefs
# (`_plain_text`).
_LIST_MARKS = ("·", "•", "・", "-", "—", "▪", "◆", "●", "■")
#: Characters of a brief's title, at most, on its line (a longer line is text).
BRIEF_HEADLINE_MAX = 30
#: Quotes and a book's brackets, which a title set apart may hold.
_QUOTES = re.compile("[“”‘’《》「」『』\"']")
#: Chunks of a brief: its title and its text.
_BRIEF_CHUNKS = 2
#: Printed lines, at least, of a title run into its text: the title's and one of text.
_TITLE_AND_TEXT_LINES = 2
#: Printed cells by which two full lines of text may differ (squeezed punctuation).
_SQUEEZE = 2
#: Clause marks in a brief's title, at least, that show running text: a headline may hold
#: one; a list of two is set in spaced halves (`…签约、开工、投产 新区的底气在哪里?`).
_CLAUSES_MIN = 2
_CLAUSE_MARKS = re.compile("[，,；;、]")
#: Any punctuation: a brief's title has none, a line of its text seldom none at all.
_PUNCTUATION = re.compile(r"[，。、；：？！“”‘’（）《》「」『』【】,.;:?!\"'()]")
#: Title blocks in a row, at least, that make a grid of briefs: a headline and its deck
#: are two blocks, so two in a row are as often one article as two.
GRID_ROW_MIN = 3
#: Characters in each title of a grid row, at least (a shorter block is a label).
GRID_TITLE_MIN = 8


def titles_off_brief_texts(chunks: list[Chunk], profile: Profile) -> list[Chunk]:
    """CHUNKS with a brief's title that the paragraph joiner ran into the brief's text
    set apart, where the brief before it shows the pattern: a title alone on its line
    over one finished paragraph no longer than a brief's (`四大行下调大额存单利率` /
    `工、农、中、建四大行…下降。` / `新版外商投资准入负面清单进一步缩减国家发展…`).

    The joined line has no punctuation, a headline's length, and falls short of the
    line under it: a first line that lost its indent would too, so the briefs on either
    side must be there to say which it is."""
    result: list[Chunk] = []
    for index, chunk in enumerate(chunks):
        following = chunks[index + 1] if index + 1 < len(chunks) else None
        if len(result) >= _BRIEF_CHUNKS and _title_run_in(
            chunk, result[-1], result[-2], following, profile
        ):
            first = chunk.span.first
            title = part_of(chunk, chunk.lines[:1], first)
            title.page_break = chunk.page_break
            text = part_of(chunk, chunk.lines[1:], min(first + 1, chunk.span.last))
            text.kind = ChunkKind.TEXT
            result += [title, text]
        else:
            result.append(chunk)
    return result


def _title_run_in(
    chunk: Chunk, text: Chunk, title: Chunk, following: Chunk | None, profile: Profile
) -> bool:
    """CHUNK opens with a brief's title line, and is a brief's text no longer than one,
    between two briefs: after TEXT, a brief's, under TITLE, and before the FOLLOWING
    brief's title. Each title falls short of the text's lines (the line under the
    joined one; TEXT's first): a line of text cut off its paragraph would fill them."""
    head = chunk.lines[0].strip() if chunk.lines else ""
    return (
        chunk.kind is ChunkKind.TEXT
        and len(chunk.lines) >= _TITLE_AND_TEXT_LINES
        and len(chunk.text) <= BRIEF_TEXT_MAX + BRIEF_HEADLINE_MAX
        and _brief_title_line(head, profile)
        and printed_width(head) < printed_width(chunk.lines[1].strip()) - _SQUEEZE
        and text.kind is ChunkKind.TEXT
        and not text.text.startswith(DECK_DASHES)
        and ends_sentence(text.text)
        and len(text.text) <= BRIEF_TEXT_MAX
        and _brief_title(title, profile)
        and printed_width(title.text) < printed_width(text.lines[0].strip()) - _SQUEEZE
        and following is not None
        and _brief_title(following, profile)
    )


def _brief_title(chunk: Chunk, profile: Profile) -> bool:
    """CHUNK is a brief's title on a line of its own: as the joined line is, but set apart
    it may quote (`阿里与浙大成立“认知智能实验室”`); it holds no clause."""
    text = _QUOTES.sub("", chunk.text)
    return (
        len(chunk.lines) == 1
        and not has_clause_mark(chunk.text)
        and _brief_title_line(text, profile)
    )


def _brief_title_line(line: str, profile: Profile) -> bool:
    """LINE may be a brief's title: a headline's length, no punctuation, and no firm's
    or body's name (a feature's list of the firms it visits sets them so)."""
    text = line.strip()
    return (
        is_han(text[:1])
        and BRIEF_HEADLINE_MIN <= len(text) <= BRIEF_HEADLINE_MAX
        and _PUNCTUATION.search(text) is None
        and not _named(text, profile)
    )


def unlisted_briefs(
    chunks: list[Chunk], roles: Roles, anchors: dict[int, Anchor], profile: Profile
) -> None:
    """Open an article for each item of every run of briefs between the TOC's anchors.

    A brief's title may follow an ornament (`◎ 四大行下调大额存单利率`), not a list
    item's mark (`■ …`, `· …`). Names over short texts (`杭州电缆股份有限公司` / what it
    makes), as a feature lists the firms or places it visits, are not briefs."""
    used = _title_chunks(anchors)
    words = IssueWords(chunks)
    run: list[tuple[list[int], str]] = []
    index = 0
    while index < len(chunks):
        item = _item_at(chunks, roles, index, used, anchors, profile)
        if (
            item is not None
            and len(run) < BRIEF_RUN_MIN
            and _named(_text(chunks, item[0]), profile)
        ):
            item = None  # a firm's name (`杭州电缆股份有限公司`), as a feature lists the
            # firms it visits; after a run's headlines, a headline about one
        if item is None and len(run) >= BRIEF_RUN_MIN:
            closing = _item_at(chunks, roles, index, used, anchors, profile, last=True)
            if closing is not None and _closes_run(chunks, closing[0], words):
                # the run's last brief, a headline as the others are: it ends the run
                run.append((closing[0], _text(chunks, closing[0])))
                _anchor_run(run, anchors)
                run = []
                index = closing[1]
                continue
        if item is None:
            if (
                index in anchors
                or chunks[index].page_break
                or not _plain_text(chunks, roles, index)
            ):
                _anchor_run(run, anchors)
                run = []
            index += 1
            continue
        title_run, after = item
        run.append((title_run, _text(chunks, title_run)))
        index = after
    _anchor_run(run, anchors)


def _closes_run(chunks: list[Chunk], title_run: list[int], words: IssueWords) -> bool:
    """TITLE_RUN may be the last brief of a run, whatever the length of the text under
    it: a headline, as the briefs before it are (no clause in it, a headline's length),
    and not a line of the text under it cut off mid-word (`…创新转化与开发` /
    `生态方面，…`: the issue prints `发生`…, WORDS say)."""
    title = _text(chunks, title_run)
    after = title_run[-1] + 1
    return (
        not has_clause_mark(title)
        and len(norm(title)) <= BRIEF_HEADLINE_MAX
        and not words.cut_inside_word(title, chunks[after].text)
    )


def _named(title: str, profile: Profile) -> bool:
    """TITLE ends on a firm's or body's word (`…有限公司`, `…中心`): a name, or a
    headline about one."""
    return profile.affiliation.search(norm(title)[-_NAME_END:]) is not None


def _text(chunks: list[Chunk], title_run: list[int]) -> str:
    """The title the chunks of TITLE_RUN print."""
    return " ".join(chunks[i].text for i in title_run)


def _plain_text(chunks: list[Chunk], roles: Roles, index: int) -> bool:
    """A paragraph a run of briefs may have between its items (their texts)."""
    return (
        not roles.title(index)
        and index not in roles.bylines
        and not _marked_headline(chunks, roles, index)
    )


def _marked_headline(chunks: list[Chunk], roles: Roles, index: int) -> bool:
    """`◎ 四大行下调大额存单利率`: a headline-length line after an ornament (the classifier
    takes ornament-led lines for list items)."""
    chunk = chunks[index]
    text = chunk.text.strip()
    rest = text[1:].strip()
    return (
        text[:1] in HEADLINE_ORNAMENTS
        and len(chunk.lines) == 1
        and roles.plain(index)
        and len(norm(rest)) >= BRIEF_HEADLINE_MIN
        and not ends_sentence(rest)
        and not has_clause_mark(rest)
    )


def _item_at(
    chunks: list[Chunk],
    roles: Roles,
    index: int,
    used: set[int],
    anchors: dict[int, Anchor],
    profile: Profile,
    *,
    last: bool = False,
) -> tuple[list[int], int] | None:
    """The title chunks of a brief starting at INDEX and the index after its text. The
    LAST brief of a run may have any length of text under it: where no blank or indent
    parts them, its text runs on into the next article's first paragraph."""
    if index in used or index in anchors or chunks[index].text.startswith(DECK_DASHES):
        return None  # (a deck under a headline is never one itself)
    marked = _marked_headline(chunks, roles, index)
    if not (marked or roles.title(index)):
        return None
    title_run = [index]
    while (
        not marked
        and len(title_run) < TITLE_RUN
        and title_run[-1] + 1 < len(chunks)
        and title_run[-1] + 1 not in used
        and (roles.title(title_run[-1] + 1) or title_tail(chunks, roles, title_run[-1] + 1))
    ):
        title_run.append(title_run[-1] + 1)
    text = "".join(norm(chunks[i].text) for i in title_run)
    listed = chunks[index].text.startswith(_LIST_MARKS)
    if (
        len(text) < BRIEF_HEADLINE_MIN
        or (listed and not marked)
        or (marked and profile.person_role.search(text))
        # a title of several chunks ending on a firm's name: the firm a feature visits
        # (a one-chunk one is judged with the run it would join, `unlisted_briefs`)
        or (len(title_run) > 1 and _named(text, profile))
        or _runs_in_clauses(_text(chunks, title_run))
        or not body_follows(chunks, roles, title_run[-1])
    ):
        return None
    after = title_run[-1] + 1
    paragraphs = letters = 0
    while after < len(chunks) and _plain_text(chunks, roles, after) and after not in anchors:
        if chunks[after].page_break and paragraphs:
            break
        if chunks[after].text.strip() in _LIST_MARKS:
            after += 1  # the next item's mark, printed on a line of its own
            continue
        if listed and chunks[after].text.startswith(_LIST_MARKS):
            return None  # a list's item, with more items under it
        paragraphs += 1
        letters += len(chunks[after].text)
        after += 1
    if not paragraphs or (
        not last and (paragraphs > BRIEF_PARAGRAPHS_MAX or letters > BRIEF_TEXT_MAX)
    ):
        return None
    return title_run, after


def _runs_in_clauses(title: str) -> bool:
    """TITLE goes on clause after clause (`据不完全统计，多年来，…`, `太极、走秀、书画、…`)
    with no headline's two halves set apart: a line of running text, no brief's title (a
    headline may hold one mark, `…创新发力，进入跃升期`)."""
    return len(_CLAUSE_MARKS.findall(title)) >= _CLAUSES_MIN and HEADLINE_GAP.search(title) is None


def _anchor_run(run: list[tuple[list[int], str]], anchors: dict[int, Anchor]) -> None:
    if len(run) < BRIEF_RUN_MIN:
        return
    for title_run, text in run:
        anchors[title_run[0]] = Anchor(
            title_run[0], text, title_run, kind=ArticleKind.BRIEF, evidence="brief"
        )


def brief_grid_rows(chunks: list[Chunk], roles: Roles, anchors: dict[int, Anchor]) -> None:
    """Open an article for each title of a grid of briefs: a page set in columns, a
    brief in each, prints their titles side by side, so the extraction reads them as a
    row of title blocks (`阶段性降低企业用电成本政策延` / `至年底`, then `阿里与浙大…`)
    and only then their texts, interleaved. Each block is a headline wrapped to its
    narrow column, so all have as many printed lines; a headline over its deck, or over
    a label, differ in their lines' count or are fewer."""
    taken = _title_chunks(anchors) | set(anchors)
    frames = [i for i, chunk in enumerate(chunks) if chunk.kind is ChunkKind.FRAME]
    covered = 0  # chunks before this one are read
    for index in frames:  # a row is of frames: the others are passed over at once
        if index < covered:
            continue
        end = index
        while end < len(chunks) and _in_row(chunks, roles, index, end, taken):
            end += 1
        if end - index >= GRID_ROW_MIN and body_follows(chunks, roles, end - 1):
            for item in range(index, end):
                anchors[item] = Anchor(
                    item, chunks[item].text, [item], kind=ArticleKind.BRIEF, evidence="brief"
                )
        covered = max(end, index + 1)


def _in_row(chunks: list[Chunk], roles: Roles, first: int, index: int, taken: set[int]) -> bool:
    """Is the chunk at INDEX a title block of the row that starts at FIRST: a headline's
    lines (no clause marks, no deck's dash), as many as the first block's, on its page?"""
    chunk = chunks[index]
    return (
        chunk.kind is ChunkKind.FRAME
        and len(chunk.lines) == len(chunks[first].lines)
        and index not in taken
        and roles.title(index)
        and (index == first or not chunk.page_break)
        and len(norm(chunk.text)) >= GRID_TITLE_MIN
        and not has_clause_mark(chunk.text)
        and not chunk.text.startswith(DECK_DASHES)
    )


def lone_briefs(chunks: list[Chunk], anchors: dict[int, Anchor]) -> None:
    """A digest prints its briefs in a run: a title the brief rule took with no brief on
    either side, over no more text than a brief's (BRIEF_TEXT_MAX) and under more (the
    article it sits in runs on), is a subheading of that article. Over more, it may head
    an article of its own, which the brief rule caught by its first paragraphs; under
    less, it is one of a run of short items, as a news page prints them."""
    starts = sorted(anchors)
    ends = [*starts[1:], len(chunks)]
    lone = [
        start
        for at, start in enumerate(starts)
        if at > 0
        and anchors[start].evidence == "brief"
        and anchors[starts[at - 1]].evidence != "brief"
        and (at + 1 == len(starts) or anchors[starts[at + 1]].evidence != "brief")
        and _text_of(chunks, anchors, starts[at - 1], start) > BRIEF_TEXT_MAX
        and _text_of(chunks, anchors, start, ends[at]) <= BRIEF_TEXT_MAX
    ]
    for start in lone:
        del anchors[start]


def _text_of(chunks: list[Chunk], anchors: dict[int, Anchor], start: int, end: int) -> int:
    """Characters of text in the article the anchor at START opens, up to END."""
    used = {start, *anchors[start].title_chunks}
    return sum(len(chunks[i].text) for i in range(start, end) if i not in used)
