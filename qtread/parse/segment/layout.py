"""Anchors from layout: a title with its byline, the title after a kicker, an opening essay
whose title is printed after it, voices whose headline is set under their quote, and the
tails wrapped titles leave on lines of their own."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable

from qtread.model import ArticleKind
from qtread.parse.chunks import Chunk, ChunkKind
from qtread.parse.classify import has_clause_mark, norm, pictures_only
from qtread.parse.segment.common import (
    DETACHED,
    TITLE_RUN,
    TOC_EVIDENCE,
    Anchor,
    _title_chunks,
    body_follows,
)
from qtread.parse.segment.roles import Roles
from qtread.parse.toc_read import TITLE_KEY
from qtread.text.cjk import DECK_DASHES, join_wrapped

_RUNNING_HEAD = 3  # times a line is printed, at least, for it to be a page's head, not a title
_TITLE_TAIL = 3  # letters a wrapped title may leave on a line of its own, at most
_TITLE_END_MARKS = "！？!?”’」』）)…"  # the marks a headline may end on (`…来了！`, `…在哪里？`)
_VOICE_REACH = 12  # chunks of quoted text between a name and the headline under it, at most
_TITLE_ABOVE_REACH = 2  # chunks between an anchored title and its byline: its deck
_LEAD_CHUNKS = 3  # chunks of a lead printed before its title, at most (one or two
# paragraphs, a line of one cut where the byline closing it was)
#: Paragraphs, at most, between a heading opening a page and a title over its byline
#: set low on that page, for the heading to be the article's subheading.
_LOW_TITLE_REACH = 6
#: Chunks, at most, between a low title's byline (or caption) and its page's end.
_LOW_ON_PAGE = 2
_LEAD_FIRST_MIN = 3  # articles in an issue that show the lead-first form, at least, before
# any is read so
#: Drop caps in an issue, at least, before the titles beside them are read so: a design
#: that opens its articles with one prints one an article, a stray lone letter is rare.
_DROP_CAPS_MIN = 3
#: Chunks between a drop-capped paragraph and the title floated beside the lead above it,
#: at most (the title's lines, a deck, the lead's tail and its byline).
_DROP_CAP_REACH = 7
_FLOAT_LINES = 5  # chunks of a floated title block, at most: a deck and four title lines
_FLOAT_LETTERS = 8  # letters of a floated title, at least: shorter ones are labels
#: Chunks between a floated title and the drop cap under it, at most: the lead's tail
#: and its byline (more, and the title-like line is a subheading further up the text).
_FLOAT_TO_CAP = 2
#: Chunks of running text, past a lead's, an ornament's byline must close to close an
#: article (`■ 记者 …` may end a lead of a paragraph or two, as design d prints it).
_ORNAMENT_LEAD = 1
_CLOSING_DASH = "—"  # the byline mark that closes a text (`——记者 …`), no ornament
_BRACKETS = "（(［[【"  # a byline opening with one closes the article above (news style)


def byline_anchors(chunks: list[Chunk], roles: Roles, anchors: dict[int, Anchor]) -> None:
    """A title over a byline opens an article: the title lines (up to a run of three,
    a wrapped tail among them) directly above each byline, or the line under it."""
    used = _title_chunks(anchors)
    decks = _toc_decks(anchors)
    for index in sorted(roles.bylines.keys() - roles.closing):
        if pictures_only(roles.bylines[index]):
            continue  # `…股份有限公司　融媒体记者 汪株燚 摄`: a caption over its credit
        start = _title_run_start(chunks, roles, used, index)
        if _byline_of_anchored(used, start, index):
            continue  # the byline of an anchored title (or of its deck, printed between)
        if start < index and (
            chunks[start].text.startswith(DECK_DASHES) or _wrapped_deck_above(chunks, start)
        ):
            continue  # under a deck (`——…`): its headline is above, anchored or not
        if start == index:  # the byline comes first: 文 \ 汪株燚 above its title
            _title_under_byline(chunks, roles, anchors, used, index)
            continue
        title_chunks = list(range(start, index))
        text = _title_run_text(chunks, title_chunks)
        if norm(text)[:TITLE_KEY] in decks:
            continue  # the deck of a title the TOC placed above: its article's byline
        anchors[start] = Anchor(start, text, title_chunks, evidence="byline")
        used.update(title_chunks)


def _wrapped_deck_above(chunks: list[Chunk], start: int) -> bool:
    """The line over START opens a deck and wraps at once (`——白` / `杨街道深化…试点`):
    the run from START is that deck's rest, not a title of its own."""
    if start == 0:
        return False
    above = chunks[start - 1].text
    return above.startswith(DECK_DASHES) and len(norm(above)) <= _TITLE_TAIL


def _title_run_start(chunks: list[Chunk], roles: Roles, used: set[int], index: int) -> int:
    """Where the run of title lines over the byline at INDEX starts (INDEX: no run). The
    run stops at a title already USED, at the top of a frame, heading or page, and at a
    running head; a wrapped title's tail does not count as a line, nor opens the run."""
    start = index
    detached = chunks[index].gap >= DETACHED  # a wide gap: not the title above
    tails = 0  # wrapped titles' tails in the run: they do not count as title lines
    while (
        not detached
        and start - 1 >= 0
        and (roles.title(start - 1) or title_tail(chunks, roles, start - 1))
        and index - start < TITLE_RUN + tails
    ):
        if start - 1 in used:
            break
        if start < index and ChunkKind.FRAME is chunks[start].kind is chunks[start - 1].kind:
            break  # two frames are two titles: the byline belongs to the lower one
        top = chunks[start].kind is ChunkKind.HEADING or chunks[start].page_break
        if start < index and top:
            break  # a title starts at its heading, or at the top of its page
        if roles.counts.get(roles.key(start - 1), 0) >= _RUNNING_HEAD:
            break  # printed page after page: a running head, not a title
        start -= 1
        tails += title_tail(chunks, roles, start)
    while start < index and title_tail(chunks, roles, start):
        start += 1  # a run cannot open with a tail: the title it ends is not there
    return start


def _byline_of_anchored(used: set[int], start: int, index: int) -> bool:
    """Whether the byline at INDEX, its title run starting at START, is that of a title
    already anchored: one right over the run, or, with no run, one within a deck's reach
    above the byline (the deck printed between)."""
    return start - 1 in used or (
        start == index and any(index - k in used for k in range(1, _TITLE_ABOVE_REACH + 1))
    )


def _title_under_byline(
    chunks: list[Chunk], roles: Roles, anchors: dict[int, Anchor], used: set[int], index: int
) -> None:
    """A byline printed above its title, not under it, anchors the title line under it,
    if no other title has it, and unless that line is a sentence cut at the line's end
    with no deck under it."""
    following = index + 1
    if (
        following < len(chunks)
        and roles.title(following)
        and following not in used
        and not (  # a sentence cut at the line's end, unless a deck is under it
            chunks[following].fragment
            and not (following + 1 < len(chunks) and roles.title(following + 1))
        )
    ):
        anchors[following] = Anchor(
            following, chunks[following].text, [following], evidence="byline-above"
        )
        used.add(following)


def _title_run_text(chunks: list[Chunk], title_chunks: list[int]) -> str:
    """The title the run TITLE_CHUNKS prints: a frame's wrapped lines joined as one line
    of text, other lines with a space between."""
    text = chunks[title_chunks[0]].text
    for i in title_chunks[1:]:
        text = (
            join_wrapped(text, chunks[i].text)
            if chunks[i - 1].kind is ChunkKind.FRAME
            else f"{text} {chunks[i].text}"
        )
    return text


def _toc_decks(anchors: dict[int, Anchor]) -> set[str]:
    """The first letters of the subtitles the TOC gives the titles it placed: a deck
    printed over a byline below its headline is no title of its own."""
    return {
        norm(anchor.entry.subtitle)[:TITLE_KEY]
        for anchor in anchors.values()
        if anchor.entry is not None and anchor.entry.subtitle
    }


def kicker_anchors(chunks: list[Chunk], roles: Roles, anchors: dict[int, Anchor]) -> None:
    """A `·说X·` kicker announces the title on the line after it, when text follows that
    title (a label set so over a list, `· 三个维度 ·` / `党建共建` / `资源对接`, heads a box)."""
    used = _title_chunks(anchors)
    for index in sorted(roles.kickers):
        following = index + 1
        if (
            following < len(chunks)
            and roles.title(following)
            and following not in used
            and body_follows(chunks, roles, following)
        ):
            anchors[following] = Anchor(
                following, chunks[following].text, [following], evidence="kicker"
            )


def titles_beside_drop_caps(chunks: list[Chunk], roles: Roles, anchors: dict[int, Anchor]) -> None:
    """A design that sets each article's title beside its lead and opens the text after
    the lead with a drop cap: extractors print the title's short lines inside the lead,
    after it or after its byline, so no rule that wants the title above its text finds
    it. The title-like run nearest above each drop-capped paragraph, with no article
    opened between, opens an article, in an issue that prints three drop caps or more."""
    caps = [i for i, chunk in enumerate(chunks) if chunk.drop_cap]
    if len(caps) < _DROP_CAPS_MIN:
        return
    used = _title_chunks(anchors)
    previous = -1
    for cap in caps:
        floor, previous = max(previous + 1, cap - _DROP_CAP_REACH), cap
        run = _float_run(chunks, roles, range(cap - 1, floor - 1, -1), anchors.keys() | used)
        if not run or len(norm("".join(chunks[i].text for i in run))) < _FLOAT_LETTERS:
            continue
        text = " ".join(chunks[i].text for i in run)
        anchors[run[0]] = Anchor(run[0], text, run, evidence="drop-cap")
        used.update(run)


def _float_run(
    chunks: list[Chunk], roles: Roles, indexes: Iterable[int], taken: set[int]
) -> list[int]:
    """The nearest run of title-like chunks at INDEXES (walked upwards), if no chunk
    between it and the drop cap is TAKEN by an article and no page starts there."""
    run: list[int] = []
    between = 0  # chunks between the run and the drop cap
    for index in indexes:
        if index in taken:
            return run  # an article opened above the run: the run is whole, or there is none
        chunk = chunks[index]
        title = (
            chunk.kind in (ChunkKind.TEXT, ChunkKind.FRAME)
            and (roles.title(index) or title_tail(chunks, roles, index))
            and index not in roles.captions
        )
        if title and len(run) < _FLOAT_LINES:
            run.insert(0, index)
        elif run:
            break
        elif (between := between + 1) > _FLOAT_TO_CAP:
            return []
        if chunk.page_break:
            break
    return run


def title_after_body(chunks: list[Chunk], roles: Roles, anchors: dict[int, Anchor]) -> None:
    """An opening essay whose title is printed after it, at the foot of its page."""
    if not anchors or 0 in anchors:
        return
    first = min(anchors)
    if not any_running_text(chunks, roles, range(first)):
        return  # labels and leftovers of the cover: no essay (build sends them to the ledger)
    candidates = [i for i in range(first) if roles.title(i)]
    ending_page = [i for i in candidates if i + 1 < len(chunks) and chunks[i + 1].page_break]
    title = ending_page[0] if ending_page else None
    if title is None and first + 1 < len(chunks) and chunks[first + 1].page_break:
        anchor = anchors.pop(first)
        anchor.start, anchor.kind, anchor.evidence = 0, ArticleKind.FRONT, "front"
        anchors[0] = anchor
        return
    if title is not None:
        anchors[0] = Anchor(
            0, chunks[title].text, [title], kind=ArticleKind.FRONT, evidence="front"
        )
    elif not candidates:
        # no title: the text's own opening words, past the label over it (`主编手记`)
        opening = next((i for i in range(first) if i not in roles.kickers), 0)
        anchors[0] = Anchor(
            0, chunks[opening].text[:20], [], kind=ArticleKind.FRONT, evidence="front"
        )


def titles_under_their_text(chunks: list[Chunk], roles: Roles, anchors: dict[int, Anchor]) -> None:
    """Pages of voices set each as a name and role, then the quote, then its headline at
    the foot. A title under text that a person's name opens closes that text, when the
    article above already credits someone: one person an article, so the article starts
    at the name."""
    for index in sorted(anchors):
        anchor = anchors[index]
        if anchor.evidence in TOC_EVIDENCE or len(anchor.title_chunks) != 1:  # never moved
            continue
        person = index - 1
        while (
            person >= 0
            and index - person <= _VOICE_REACH
            and person not in anchors
            and person not in roles.people
            and chunks[person].kind is ChunkKind.TEXT
            and roles.plain(person)
        ):
            person -= 1
        if person < 0 or person == index - 1 or person not in roles.people or person in anchors:
            continue
        name = roles.people[person]
        while person - 1 in roles.people and roles.people[person - 1] == name:
            person -= 1  # the name's frame opens where its first line is
        above = max((i for i in anchors if i < person), default=None)
        credited = above is not None and any(
            i in roles.people or i in roles.bylines for i in range(above, person)
        )
        if credited and person not in anchors:
            del anchors[index]
            anchor.start = person
            anchors[person] = anchor


def take_title_tails(chunks: list[Chunk], roles: Roles, anchors: dict[int, Anchor]) -> None:
    """A title wrapped one to three letters short of its end (`…消费更放` / `心`) leaves
    its tail as a line of its own under it: the tail is the title's, or its deck's where
    the deck is the line above it (`——产业红盟推进联盟式党` / `建`)."""
    for anchor in anchors.values():
        if not anchor.title_chunks:
            continue
        following = max(anchor.title_chunks) + 1
        if following >= len(chunks) or following in anchors:
            continue
        if title_tail(chunks, roles, following):
            anchor.title_chunks.append(following)
            tail = chunks[following].text.strip()
            above = chunks[following - 1].text.strip()
            if anchor.subtitle and anchor.subtitle.rstrip().endswith(above):
                anchor.subtitle = join_wrapped(anchor.subtitle, tail)  # the deck's tail
            else:
                anchor.title = join_wrapped(anchor.title, tail)


def title_tail(chunks: list[Chunk], roles: Roles, index: int) -> bool:
    """One to three letters on a line of their own under a title, maybe with the mark a
    headline may end on: the rest of a title wrapped just short of its end (`…服务中心
    正式` / `启用`, `…快速路来` / `了！`)."""
    chunk = chunks[index]
    text = chunk.text.strip()
    return (
        index > 0
        and chunk.kind is ChunkKind.TEXT
        and len(chunk.lines) == 1
        and not chunk.page_break
        and 0 < len(letters := text.rstrip(_TITLE_END_MARKS)) <= _TITLE_TAIL
        and len(norm(letters)) == len(letters)
        and roles.plain(index)
        and roles.title(index - 1)
        and index not in roles.under_role
    )


def leads_before_titles(chunks: list[Chunk], roles: Roles, anchors: dict[int, Anchor]) -> None:
    """Articles that open with their lead, the byline closing it, and only then the title
    (`…人才云聘会。 ■ 记者 …` / `钱塘新区人才储备` / `库向全球发出招贤令` / the text): the
    article starts at the lead.

    The lead is one or two paragraphs that open a page or follow a caption, label or
    title, never the end of a longer text: so a byline closing an article (`…。（记者 …）`)
    with the next article's title under it does not pull that article's last paragraphs
    into the next one; and a byline in brackets always closes the article above it. A
    title the TOC or a byline already anchored moves to the lead."""
    used = _title_chunks(anchors)
    found = [
        (byline, run)
        for byline in sorted(roles.closing & roles.bylines.keys())
        if chunks[byline].text.lstrip()[:1] not in _BRACKETS  # `（记者 …）` closes its article
        and (run := _title_run_after(chunks, roles, byline))
    ]
    if len(found) < _LEAD_FIRST_MIN:
        return  # a layout prints every article so, or none: a few are other things
    for byline, run in found:
        lead = _lead_start(chunks, roles, byline, lambda i: i in anchors or i in used)
        before = lead - 1
        opens = (
            before < 0
            or chunks[lead].page_break
            or not (
                running_text(chunks, roles, before)
                or roles.title(before)  # text under a title is that title's
                or before in roles.bylines
            )
        )
        if lead == byline or not opens or any(i in anchors for i in range(lead, byline)):
            continue
        existing = next((i for i in run if i in anchors), None)
        if existing is not None and anchors[existing].title_chunks[0] in run:
            anchor = anchors.pop(existing)
            anchor.start = lead
            anchors[lead] = anchor
        elif not any(i in used for i in run):
            text = " ".join(chunks[i].text for i in run)
            anchors[lead] = Anchor(lead, text, run, evidence="lead-first")
            used.update(run)


def titles_after_closing_bylines(
    chunks: list[Chunk], roles: Roles, anchors: dict[int, Anchor], marks: str
) -> None:
    """In a layout that closes its articles with their bylines (`…贡献力量。` / `文/林远`
    / `标题` / the text), the title run right under a closing byline, over running text,
    opens the next article: the byline ended the one above. Runs after
    `leads_before_titles`, which gives such a run to a short lead above the byline
    instead, where the layout prints its leads first; a byline an ornament opens (MARKS,
    `■ 记者 …`) ends a lead, as in `titles_over_leads`, and is passed over (the dash
    that closes a text, `——记者 …`, is none)."""
    used = _title_chunks(anchors)
    ornaments = marks.replace(_CLOSING_DASH, "")
    for byline in sorted(roles.closing & roles.bylines.keys()):
        run = _title_run_after(chunks, roles, byline)
        if (
            run
            and _closes_a_text(chunks, roles, byline, ornaments)
            and not any(i in used or i in anchors for i in run)
            # its text right under it: a deck over a title on the next page is no title
            and running_text(chunks, roles, run[-1] + 1)
        ):
            text = " ".join(chunks[i].text for i in run)
            anchors[run[0]] = Anchor(run[0], text, run, evidence="after-byline")
            used.update(run)


def _closes_a_text(chunks: list[Chunk], roles: Roles, byline: int, ornaments: str) -> bool:
    """BYLINE closes a whole text, not a lead: more running text right above it on its
    page than a lead is long (`_LEAD_CHUNKS`; one chunk more after an ornament of
    ORNAMENTS, `■ 记者 …`, which a layout may print to end a lead), or it is in brackets
    (`（记者 …）`), which only an article's end prints. Under a lead's byline come its
    article's text and subheads."""
    if pictures_only(roles.bylines[byline]):
        return False  # `图 | 钱塘新区`: a photograph's credit closes its caption
    mark = chunks[byline].text.lstrip()[:1]
    if mark in _BRACKETS:
        return True
    lead = _LEAD_CHUNKS + (_ORNAMENT_LEAD if mark in ornaments else 0)
    text = 0  # chunks of running text right above the byline, on its page
    for index in range(byline - 1, max(-1, byline - lead - 2), -1):
        if not running_text(chunks, roles, index):
            break
        text += 1
        if chunks[index].page_break:
            break  # a lead may open the page: what is above it is another article's
    return text > lead


def subheads_over_low_titles(chunks: list[Chunk], roles: Roles, anchors: dict[int, Anchor]) -> None:
    """A heading that opens a page over a few paragraphs, then, at the foot of the same
    page, a title over its byline: the title and byline are the article's, set low on its
    first page (or read after the first column's text), and the heading is a subheading
    of it. The article starts at the heading."""
    starts = sorted(anchors)
    for first, second in itertools.pairwise(starts):
        low = anchors.get(second)
        if (
            low is None
            or first not in anchors
            or anchors[first].evidence != "opens-page"
            or low.evidence != "byline"
            or second - first - 1 > _LOW_TITLE_REACH
            or any(chunks[i].page_break for i in range(first + 1, second + 1))
            or not all(running_text(chunks, roles, i) for i in range(first + 1, second))
            or not _page_ends_soon(chunks, max(low.title_chunks) + 1)
        ):
            continue
        del anchors[first], anchors[second]
        low.start = first
        anchors[first] = low


def _page_ends_soon(chunks: list[Chunk], index: int) -> bool:
    """The page turns within a few chunks of INDEX: what stands there is low on its page."""
    end = min(len(chunks), index + _LOW_ON_PAGE + 1)
    return end == len(chunks) or any(chunks[i].page_break for i in range(index, end))


def titles_over_leads(
    chunks: list[Chunk], roles: Roles, anchors: dict[int, Anchor], marks: str
) -> None:
    """Articles whose lead ends in their byline under the title (`标题` / `…开幕。 ■ 记者
    …` / the text): the byline closes the lead, not the article, so the title run right
    above the lead is the article's and the byline anchors it. Only a byline an ornament
    opens (MARKS: `■ 记者 …`, printed on the lead's last line) ends a lead: a plain one
    after a finished paragraph ends its article. As with leads printed before their
    titles, only in an issue that does so three times or more."""
    used = _title_chunks(anchors)
    found: list[tuple[int, list[int]]] = []
    for byline in sorted(roles.closing & roles.bylines.keys()):
        if chunks[byline].text.lstrip()[:1] not in marks:
            continue  # only an ornament's byline ends a lead
        lead = _lead_start(chunks, roles, byline)
        run = _title_run_before(chunks, roles, lead)
        if lead < byline and run and not any(i in used or i in anchors for i in run):
            found.append((byline, run))
    if len(found) < _LEAD_FIRST_MIN:
        return
    for _, run in found:
        text = " ".join(chunks[i].text for i in run)
        anchors[run[0]] = Anchor(run[0], text, run, evidence="byline")
        used.update(run)


def _lead_start(
    chunks: list[Chunk], roles: Roles, byline: int, taken: Callable[[int], bool] = lambda _: False
) -> int:
    """Where the lead that BYLINE closes starts: the running text right above it on its
    page, `_LEAD_CHUNKS` chunks at most, none of them TAKEN (already a title or anchor)."""
    lead = byline
    while (
        lead - 1 >= 0
        and byline - (lead - 1) <= _LEAD_CHUNKS
        and not taken(lead - 1)
        and running_text(chunks, roles, lead - 1)
        and not chunks[lead].page_break
    ):
        lead -= 1
    return lead


def _title_run_before(chunks: list[Chunk], roles: Roles, lead: int) -> list[int]:
    """The title chunks right over LEAD, up to a run of three (none at all: empty)."""
    start = lead
    while start - 1 >= 0 and lead - start < TITLE_RUN and roles.title(start - 1):
        start -= 1
        if chunks[start].page_break:
            break
    return list(range(start, lead))


def _title_run_after(chunks: list[Chunk], roles: Roles, byline: int) -> list[int]:
    """The title chunks right under BYLINE (a deck and the title's wrapped lines), when
    running text follows them."""
    run: list[int] = []
    index = byline + 1
    while (
        index < len(chunks)
        and len(run) <= TITLE_RUN
        and not (run and chunks[index].page_break)
        and (roles.title(index) or (run and title_tail(chunks, roles, index)))
    ):
        run.append(index)
        index += 1
    if not run or not body_follows(chunks, roles, run[-1]):
        return []
    return run


def any_running_text(chunks: list[Chunk], roles: Roles, indexes: Iterable[int]) -> bool:
    """Whether any chunk at INDEXES is running text: what tells an article, or a
    foreword, from labels and leftovers of the cover."""
    return any(running_text(chunks, roles, i) for i in indexes)


def running_text(chunks: list[Chunk], roles: Roles, index: int) -> bool:
    """A chunk of running text: a paragraph or a line of one, not a title or label."""
    chunk = chunks[index]
    return (
        chunk.kind is ChunkKind.TEXT
        and roles.plain(index)
        and (not chunk.short or has_clause_mark(chunk.text))
        and not roles.title(index)
    )


#: Chunks at the head of an issue's text, at most, among which the first article's title
#: is looked for when no anchor opens the text: a label over it (`本刊评论`), or the
#: lead and a floated title block beside it, come first.
_FRONT_TITLE_REACH = 4
_FRONT_TITLE_LETTERS = 8  # letters of such a title, at least: shorter ones are labels
_OWN_TITLE_LETTERS = 6  # letters of a title opening the text, at least (`本刊评论` is a label)


def untitled_front(chunks: list[Chunk], roles: Roles, anchors: dict[int, Anchor]) -> None:
    """Running text before the first anchor, which would open an untitled article: the
    editorial's title printed beside its lead or under its label (`本刊评论` / `红色党旗
    引领…` / text) opens it from its first chunk, as lead-first titles do; with no such
    title, a lead of a few chunks of running text alone (no title of its own, however
    short, and no byline closing it) is the first anchored article's, printed above
    its title. (Almost no untitled article matches one the issue prints.)"""
    first = min(anchors, default=None)
    if first is None or not any_running_text(chunks, roles, range(first)):
        return
    # a column's label or a kicker between goes to the ledger, and is no part of a lead
    lead = [i for i in range(first) if i not in roles.columns and i not in roles.kickers]
    start = lead[0]
    if roles.title(start) and len(norm(chunks[start].text)) >= _OWN_TITLE_LETTERS:
        return  # the text opens on a title of its own, however short
    used = _title_chunks(anchors)
    title = next(
        (
            i
            for i in range(start, min(first, start + _FRONT_TITLE_REACH))
            if roles.title(i)
            and i not in used
            and not roles.repeated(i)  # a teaser for an article further on
            and len(norm(chunks[i].text)) >= _FRONT_TITLE_LETTERS
            and not has_clause_mark(chunks[i].text)
        ),
        None,
    )
    if title is not None:
        anchors[start] = Anchor(start, chunks[title].text, [title], evidence="lead-first")
    elif len(lead) <= _LEAD_CHUNKS and all(running_text(chunks, roles, i) for i in lead):
        anchor = anchors.pop(first)
        anchor.start = start
        anchors[start] = anchor


#: Chunks from a chronology's title to its first dated entry, at most: the span of dates
#: it covers (`(2020年6月)`) and a label may stand between.
_CHRONOLOGY_REACH = 4


def chronology_titles(
    chunks: list[Chunk], roles: Roles, anchors: dict[int, Anchor], words: tuple[str, ...]
) -> None:
    """A title naming the issue's chronology (WORDS, the profile's: `杭州钱塘新区大事记`,
    its last letters perhaps wrapped onto a line of their own) right over dated entries
    opens it, wherever the TOC left it out: a contents page read short, or none. Of the
    titles so named before the first entry (a part's opening page names it too), the
    last."""
    if any(word in norm(anchor.title) for anchor in anchors.values() for word in words):
        return  # the TOC placed it
    used = _title_chunks(anchors)
    found: Anchor | None = None
    for index in range(len(chunks)):
        if index in roles.dates and found is not None:
            if index - found.title_chunks[-1] <= _CHRONOLOGY_REACH:
                anchors[found.start] = found
            return  # an issue has one
        if index in anchors or index in used or not roles.title(index):
            continue
        run, text = [index], chunks[index].text
        while run[-1] + 1 < len(chunks) and title_tail(chunks, roles, run[-1] + 1):
            run.append(run[-1] + 1)
            text = join_wrapped(text, chunks[run[-1]].text)  # `…大` / `事记`: one word
        if any(word in norm(text) for word in words):
            found = Anchor(index, text, run, evidence="chronology")
