"""Anchors from title runs in issues without a TOC: a title frame followed by its text,
runs of briefs and bold briefs, and subheadings kept inside a feature."""

from __future__ import annotations

import re
from collections import Counter

from qtread.model import ArticleKind, SourceShape
from qtread.parse.chunks import Chunk, ChunkKind, head_over_dashed_deck
from qtread.parse.classify import (
    HEADLINE_GAP,
    has_clause_mark,
    has_sentence_end,
    norm,
    opens_unclosed,
    pictures_only,
    spaced_deck,
)
from qtread.parse.headline import place_first
from qtread.parse.segment.common import (
    TITLE_RUN,
    Anchor,
    _title_chunks,
    body_follows,
)
from qtread.parse.segment.layout import title_tail
from qtread.parse.segment.roles import Roles
from qtread.parse.unwrap.paragraphs import WIDER_THAN_TEXT
from qtread.parse.word_cuts import IssueWords
from qtread.text.cjk import DECK_DASHES, NO_WORD_ENDS, printed_width

_BRIEF_BODY = 2  # paragraphs a brief may have before the next title
_CAPTION = 8  # letters in a photo caption or name label: fewer
_NAME = 8  # letters in a place or kicker set above a headline, at most
#: Colons in a run of title-like lines that make it a fact box's fields, at least: a
#: headline has one at most (`九源基因：跨入基因工程的黄金时代`).
_FIELDS_MIN = 2
_HEADLINE = 10  # letters in a headline that stands alone (a region name or kicker is shorter)
_TITLE_PAIR = 2  # chunks of a run set one over the other: a place or headline over the rest
_DECKED_HEADLINE = 6  # letters in a headline over a dashed deck, at least (shorter: a label)
_DECKED_FRAME = 2  # printed lines of a frame, at least, holding a headline over its deck
_CUT_COMMAS = 2  # commas in a line, at least, that show cut running text: a headline prints one
_BYLINED_OPENERS = ("byline", "byline-above")  # evidence of a feature with its byline
_BRIEF_RUN = 3  # bold titles over short texts, at least, that make a run of briefs
_BRIEF_TITLE = 8  # letters in a brief's title, at least: shorter bold lines are labels
_COMMA = re.compile("[，,]")
#: Two phrases of a headline set apart by a space (`…、投产 新区的底气…`).
_HALVES = re.compile(r"[\u4e00-\u9fff]{2} +[\u4e00-\u9fff]{2}")
_CURLY_QUOTES = (("“", "”"),)
_FULL_DATE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
_TITLE_HEADINGS = 3  # headings of a level, at least, for it to be the articles' level


def title_runs(
    chunks: list[Chunk],
    roles: Roles,
    anchors: dict[int, Anchor],
    shape: SourceShape,
    start: int = 0,
) -> None:
    """Without a TOC (or past what it covers, from chunk START on): decide which runs of
    title-like chunks open an article.

    A run opens one when it is a multi-part title (`天津高新区` / `抢占…先机`), a `名称：`
    headline frame, a frame opening a page or column, a title next to a person's name
    (testimonials), the title of a brief (a short text before the next title), or a
    headline set across the columns, wider than the running text under it.
    Runs that do none of these are subheadings of the article they sit in. In Markdown
    only top-level headings (`#`) qualify: there, plain lines are never titles.
    """
    if shape is SourceShape.MARKDOWN:
        _markdown_titles(chunks, roles, anchors, start)
        return
    used = _title_chunks(anchors)
    words = IssueWords(chunks)
    earlier = sorted(anchors)  # anchors found by bylines and kickers, never briefs
    seen = 0
    in_briefs = False  # the last article opened was a brief
    index = start
    while index < len(chunks):
        while seen < len(earlier) and earlier[seen] < index:
            seen, in_briefs = seen + 1, False
        if index in used or not _run_member(chunks, roles, index):
            index += 1
            continue
        run = _title_run(chunks, roles, used, index)
        index = run[-1] + 1
        in_briefs = _anchor_run(chunks, roles, anchors, run, words, in_briefs=in_briefs)


def _markdown_titles(
    chunks: list[Chunk], roles: Roles, anchors: dict[int, Anchor], start: int
) -> None:
    """In Markdown the articles' titles are the headings of the articles' level (and
    runs of briefs set in bold, `bold_briefs`): plain lines are never titles there."""
    level = _article_level(chunks)
    for index in range(start, len(chunks)):
        chunk = chunks[index]
        if chunk.kind is ChunkKind.HEADING and chunk.level == level and index not in anchors:
            anchors[index] = Anchor(index, chunk.text, [index], evidence="heading")


def _title_run(chunks: list[Chunk], roles: Roles, used: set[int], index: int) -> list[int]:
    """The title-like chunks from INDEX on that may be one title (`天津高新区` /
    `抢占…先机`): at most TITLE_RUN of them on one page, none used up by another title,
    no frame among several (a frame is a whole title block) and no second full headline
    under a paragraph."""
    run = [index]
    while len(run) < TITLE_RUN and _run_member(chunks, roles, run[-1] + 1):
        following = chunks[run[-1] + 1]
        if run[-1] + 1 in used or following.page_break:
            break
        if ChunkKind.FRAME in (chunks[run[-1]].kind, following.kind):
            break  # a frame is a whole title block: two frames are two titles
        if _two_headlines(chunks, run, following):
            break
        run.append(run[-1] + 1)
    return run


def _anchor_run(
    chunks: list[Chunk],
    roles: Roles,
    anchors: dict[int, Anchor],
    run: list[int],
    words: IssueWords,
    *,
    in_briefs: bool,
) -> bool:
    """Anchors the article the title run RUN opens, if it opens one (`title_runs` says
    how it may), with the surest evidence it holds. IN_BRIEFS says the last article
    opened was a brief; returns what it says after RUN, since a framed title opens a
    brief only in a run of them."""
    first = chunks[run[0]]
    if first.text.startswith(DECK_DASHES):
        return in_briefs  # `——钱塘新区…`: the deck under a headline, never one itself
    text = _join_titles(chunks, run)
    letters = len(norm(text))
    if _not_a_title(chunks, roles, run, text, letters, words):
        return in_briefs
    after = run[-1] + 1
    frame = any(chunks[i].kind is ChunkKind.FRAME for i in run)
    headline = frame and first.lines[0].rstrip().endswith(("：", ":"))
    beside_person = after in roles.people or run[0] - 1 in roles.people
    # a headline over its dashed deck in one frame is a title wherever its text starts
    framed_deck = len(run) == 1 and _framed_over_dashed_deck(first)
    if not (body_follows(chunks, roles, run[-1]) or beside_person or headline or framed_deck):
        if _trails_its_text(chunks, run, text, letters, frame=frame):
            anchors[run[0]] = Anchor(run[0], text, run, evidence="trailing")
        return in_briefs
    opens = (first.page_break or run[0] - 1 in roles.columns) and not _quoted_sentence(text)
    named = (  # 天津高新区 / 抢占…: a place over the headline (a topic's word is a kicker)
        len(run) == _TITLE_PAIR
        and len(roles.key(run[0])) <= _NAME
        and place_first([first.text, chunks[run[1]].text])
    ) or (
        len(run) == 1 and place_first(first.lines or [first.text])  # 松山湖科学城 打造…
    )
    decked = framed_deck or _decked(chunks, roles, run, opens=opens)
    # a short text under a title is a brief, unless the title is a subheading of the
    # bylined feature it sits in
    brief = _brief(
        chunks, roles, after, text, letters, frame=frame, opens=opens, in_briefs=in_briefs
    ) and not _inside_feature(chunks, roles, anchors, run[0], after)
    # a headline set across the columns over running text (a subheading stays
    # inside its column)
    across = not brief and _full_headline(text) and _across_columns(chunks, run, after)
    asked = len(run) == 1 and _spaced_question(first.text) and _after_finished_text(chunks, run[0])
    if not (named or headline or beside_person or opens or brief or decked or across or asked):
        return in_briefs
    kind = ArticleKind.BRIEF if brief and not frame and len(run) == 1 else ArticleKind.ARTICLE
    reasons = (  # the surest first: the one an article is credited with
        ("headline", headline),
        ("beside-person", beside_person),
        ("opens-page", opens),
        ("named", named),
        ("decked", decked),
        ("brief", brief),
        ("across", across),
        ("asked", asked),
    )
    evidence = next(name for name, held in reasons if held)
    anchors[run[0]] = Anchor(run[0], text, run, kind=kind, evidence=evidence)
    return brief


def _not_a_title(
    chunks: list[Chunk], roles: Roles, run: list[int], text: str, letters: int, words: IssueWords
) -> bool:
    """RUN is no title, whatever follows it: too short for one (a label), printed twice
    (a teaser), names under photos, a fact box's fields, a line of running text (it
    carries on a word cut above it, or ends on a function word), or a caption over its
    picture credit. TEXT is its chunks' text and LETTERS its count of letters; WORDS,
    the issue's text, says where a cut splits a word."""
    shortest = 5 if chunks[run[0]].page_break else 6  # a four-letter line is a label
    return (
        letters < shortest
        or _teaser(chunks, roles, run[0])
        or _caption_cluster(roles, run)
        # `基础产业：…` / `一车：广汽` / `一糖：费列罗`: fields of a fact box
        or text.count("：") >= _FIELDS_MIN
        or _carries_a_word_on(chunks, run[0], words)
        or text.rstrip().endswith(NO_WORD_ENDS)  # a line of text runs on, as no headline
        or _captions_a_picture(roles, run[-1] + 1)
    )


def _carries_a_word_on(chunks: list[Chunk], index: int, words: IssueWords) -> bool:
    """Chunk INDEX opens with the rest of a word the running text above it left open
    (`…企业党组织和党` / `员共同服务职工群众`): a line of that text the layout set apart."""
    above = chunks[index - 1] if index else None
    return (
        above is not None
        and above.fragment
        and words.cut_inside_word(above.text, chunks[index].text)
    )


def _captions_a_picture(roles: Roles, after: int) -> bool:
    """The chunk AFTER a run is a credit for pictures alone (`融媒体记者 林远 摄`): the
    run is the caption it credits, no title."""
    return after in roles.bylines and pictures_only(roles.bylines[after])


def _trails_its_text(
    chunks: list[Chunk], run: list[int], text: str, letters: int, *, frame: bool
) -> bool:
    """RUN, with no text of its own under it, is a title printed under the text it
    belongs to, just above the next title."""
    after = run[-1] + 1
    return (
        (frame or (letters >= _HEADLINE and not has_clause_mark(text)))
        and HEADLINE_GAP.search(text) is not None  # a headline's two halves set apart
        and _under_text(chunks, run[0])
        and after < len(chunks)
        and chunks[after].kind is ChunkKind.FRAME
        # a frame over a drop-capped paragraph is a title floated beside its lead,
        # and the line above it that title's deck (`titles_beside_drop_caps`)
        and not (after + 1 < len(chunks) and chunks[after + 1].drop_cap)
    )


def _decked(chunks: list[Chunk], roles: Roles, run: list[int], *, opens: bool) -> bool:
    """RUN is a headline over its deck in two chunks: a spaced deck (`…突出龙头引领作用` /
    `突出龙头引领 建强组织体系`) where it OPENS a page or column or follows finished text,
    or a deck behind its dash (`——…`) anywhere (both in one frame:
    `_framed_over_dashed_deck`)."""
    first = chunks[run[0]]
    dashed = len(run) == _TITLE_PAIR and chunks[run[1]].text.startswith(DECK_DASHES)
    return (
        len(run) == _TITLE_PAIR
        # the dash shows the line over it is a headline, however short
        and len(roles.key(run[0])) >= (_DECKED_HEADLINE if dashed else _HEADLINE)
        and not spaced_deck(first.text)
        and not _reads_on(first.text)
        and (
            dashed  # a deck behind its dash: `——…`
            or (
                spaced_deck(chunks[run[1]].text) and (opens or _after_finished_text(chunks, run[0]))
            )
        )
    )


def _brief(
    chunks: list[Chunk],
    roles: Roles,
    after: int,
    text: str,
    letters: int,
    *,
    frame: bool,
    opens: bool,
    in_briefs: bool,
) -> bool:
    """A title (TEXT, of LETTERS letters) over a short text from chunk AFTER on is a
    brief's; a FRAMEd one only in a run of briefs (IN_BRIEFS) or where it OPENS a page
    or column, else the frame is a subheading of the feature around it."""
    return (
        after < len(chunks)
        and not chunks[after].page_break  # a brief's text is on its title's page
        and _short_body(chunks, roles, after)
        and letters >= _BRIEF_TITLE
        and (not frame or in_briefs or opens)
        and not _cut_from_text(text)
        # `耕耘七年 开垦十个分区`: a feature's subheading, unless a deck's dash under it
        # shows a headline (`为他们点赞 向最美致敬` / `——…`)
        and not (spaced_deck(text) and not chunks[after].text.startswith(DECK_DASHES))
    )


def _framed_over_dashed_deck(frame: Chunk) -> bool:
    """One frame of a headline's lines over its deck behind a dash (`汽车党建联盟突出龙头
    引领作用` / `——突出龙头引领 建强组织体系`): the block a feature sets each of its
    parts under, as `decked` finds it in two chunks."""
    if frame.kind is not ChunkKind.FRAME or len(frame.lines) < _DECKED_FRAME:
        return False
    head = head_over_dashed_deck(frame.lines)
    # the deck shows the line over it is a headline, however short (`党建注入企业血脉里`)
    return bool(head) and _full_headline(head, least=_DECKED_HEADLINE)


def _full_headline(text: str, *, least: int = _HEADLINE) -> bool:
    """TEXT reads as a whole headline: LEAST letters or more (ten: a region name or kicker
    is shorter), no clause mark, no sentence ending inside it or a full date."""
    return len(norm(text)) >= least and not has_clause_mark(text) and not _reads_on(text)


#: Lines of running text, at least, whose measure a headline is compared with.
_MEASURED_LINES = 3


def _across_columns(chunks: list[Chunk], run: list[int], after: int) -> bool:
    """The headline's first line is wider than the running text under it, by more than
    squeezed punctuation makes lines differ: a headline set across the columns, while a
    subheading stays inside its column."""
    if after >= len(chunks):
        return False
    body, first = chunks[after], chunks[run[0]]
    if body.kind is not ChunkKind.TEXT or len(body.lines) < _MEASURED_LINES:
        return False
    measure = max(printed_width(line) for line in body.lines[:-1])
    return printed_width(first.lines[0] if first.lines else first.text) >= measure + WIDER_THAN_TEXT


def _quoted_sentence(text: str) -> bool:
    """TEXT opens with a quote it does not close: a quoted sentence of the text, cut at
    the line's end (`“开展外资企业党建工作的首要是赢得外商认`), not a headline (a
    headline that quotes closes the quote, or wraps after opening it mid-line)."""
    return text.startswith(("“", '"')) and _quote_left_open(text)


def _quote_left_open(text: str) -> bool:
    """TEXT opens a quote, curly or straight, that it does not close."""
    return opens_unclosed(text, _CURLY_QUOTES) or text.count('"') % 2 == 1


def _cut_from_text(text: str) -> bool:
    """A line of running text cut at the line's end, not a brief's headline: two commas
    (a two-part headline prints one), a quote it opens and does not close, or a number
    the line's end cut (`…成立于2015年6`)."""
    return len(_COMMA.findall(text)) >= _CUT_COMMAS or _quote_left_open(text) or text[-1:].isdigit()


def _inside_feature(
    chunks: list[Chunk], roles: Roles, anchors: dict[int, Anchor], index: int, after: int
) -> bool:
    """A title with a short text under it and no byline of its own, after a bylined
    article and no other title since but such short ones: a subheading of that article.
    (On the samples and the corpus such "briefs" were real one time in seven.)"""
    if any(i in roles.bylines or i in roles.credits for i in range(after, after + _BRIEF_BODY + 1)):
        return False
    opener = max(
        (i for i, anchor in anchors.items() if i < index and anchor.evidence != "brief"),
        default=None,
    )
    return opener is not None and anchors[opener].evidence in _BYLINED_OPENERS


def bold_briefs(chunks: list[Chunk], roles: Roles, anchors: dict[int, Anchor]) -> None:
    """A converter sets a brief's title as a line in bold. A run of such lines, each over
    a short text and none split from the next by a heading or an anchor, is a run of
    briefs; a bold line alone, or over long text, is a subheading or a lead."""
    run: list[int] = []
    for index in range(len(chunks)):
        chunk = chunks[index]
        if chunk.kind is ChunkKind.HEADING or index in anchors:
            _anchor_briefs(chunks, roles, anchors, run)
            run = []
        elif chunk.emphasis and roles.title(index) and len(roles.key(index)) >= _BRIEF_TITLE:
            if run and index - run[-1] - 1 > _BRIEF_BODY:
                _anchor_briefs(chunks, roles, anchors, run)
                run = []
            run.append(index)
    _anchor_briefs(chunks, roles, anchors, run)


def _anchor_briefs(
    chunks: list[Chunk], roles: Roles, anchors: dict[int, Anchor], run: list[int]
) -> None:
    if len(run) < _BRIEF_RUN:
        return
    for index in run:
        anchors[index] = Anchor(
            index, chunks[index].text, [index], kind=ArticleKind.BRIEF, evidence="bold-brief"
        )


def _article_level(chunks: list[Chunk]) -> int:
    """The heading level a converter gave article titles: the top level used often
    enough to be more than a masthead (`# 刊名`, then `## 标题` for each article)."""
    levels = Counter(chunk.level for chunk in chunks if chunk.kind is ChunkKind.HEADING)
    return min((level for level, count in levels.items() if count >= _TITLE_HEADINGS), default=1)


def _caption_cluster(roles: Roles, run: list[int]) -> bool:
    """`沃镭智能` / `传化化学`: several short names under photos, no part a headline."""
    return len(run) > 1 and all(len(roles.key(i)) < _CAPTION for i in run)


def _spaced_question(text: str) -> bool:
    """`76个项目集中签约、开工、投产 新区的底气在哪里?`: a headline in two spaced halves
    that asks, as a subheading inside a feature seldom does; the question ends it, and no
    comma or full stop is in it."""
    text = text.strip()
    return (
        text.endswith(("？", "?"))
        and _HALVES.search(text) is not None
        and len(norm(text)) >= _HEADLINE
        and not _COMMA.search(text)
        and not has_sentence_end(text[:-1])
    )


def _after_finished_text(chunks: list[Chunk], index: int) -> bool:
    """The chunk before INDEX is running text that ends its sentence: an article
    may end there."""
    return _under_text(chunks, index) and not chunks[index - 1].open


def _reads_on(text: str) -> bool:
    """Running text cut to a line, not a headline: a sentence ends inside it, or it
    dates something to the day (`于2019年10月28日成立`)."""
    return has_sentence_end(text[:-1]) or _FULL_DATE.search(text) is not None


def _two_headlines(chunks: list[Chunk], run: list[int], following: Chunk) -> bool:
    """Two full headlines right under a paragraph: the first is that text's title, printed
    after it, and the second opens the next item (a region name or kicker is short)."""
    first = chunks[run[0]]
    return (
        len(run) == 1
        and not first.page_break
        and not spaced_deck(following.text)  # the first one's deck, not a headline
        and _under_text(chunks, run[0])
        and min(len(norm(first.text)), len(norm(following.text))) >= _HEADLINE
    )


def _under_text(chunks: list[Chunk], index: int) -> bool:
    """The chunk before INDEX is a paragraph of running text."""
    return index > 0 and chunks[index - 1].kind is ChunkKind.TEXT and not chunks[index - 1].short


def _run_member(chunks: list[Chunk], roles: Roles, index: int) -> bool:
    return index < len(chunks) and (
        (
            chunks[index].kind in (ChunkKind.TEXT, ChunkKind.FRAME)
            and roles.title(index)
            and not _teaser(chunks, roles, index)
        )
        or title_tail(chunks, roles, index)
    )


def _teaser(chunks: list[Chunk], roles: Roles, index: int) -> bool:
    """Printed twice: a label or a teaser, unless this copy opens a page."""
    return roles.repeated(index) and not chunks[index].page_break


def _join_titles(chunks: list[Chunk], run: list[int]) -> str:
    return " ".join(chunks[i].text for i in run)


def _short_body(chunks: list[Chunk], roles: Roles, start: int) -> bool:
    """At most two paragraphs follow before the next title-like chunk."""
    body = 0
    for following in range(start, len(chunks)):
        if roles.title(following) or following in roles.columns:
            break
        if following > start and chunks[following].page_break:
            break
        if following in roles.bylines or following in roles.credits:
            continue
        body += 1
    return body <= _BRIEF_BODY


def decked_page_openers(chunks: list[Chunk], roles: Roles, anchors: dict[int, Anchor]) -> None:
    """With a TOC, which does not list every article: a headline opening a page over its
    deck behind a dash (`45 个项目入围…` / `——新区生物医药…`) opens an article, as it
    does in an issue without one (`decked`). Only at a page's top: inside a page such a
    pair is as often a feature's part under its own deck."""
    used = _title_chunks(anchors) | set(anchors)
    for index in range(len(chunks) - 1):
        head, deck = chunks[index], chunks[index + 1]
        if (
            head.page_break
            and index not in used
            and index + 1 not in used
            and roles.title(index)
            and deck.text.startswith(DECK_DASHES)
            and _full_headline(head.text)
            and body_follows(chunks, roles, index + 1)
        ):
            anchors[index] = Anchor(index, head.text, [index, index + 1], evidence="decked")
