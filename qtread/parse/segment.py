"""Pass: cut the chunk stream into articles and columns.

An article starts at an *anchor*: a title the printed TOC names, a title with a byline
next to it, the title after a `·说X·` kicker, each title of a `等 N 则` group of briefs,
or (in issues without a TOC) a title frame followed by its text. Everything between two
anchors belongs to the first: later titles become subheadings, short lines captions.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz

from qtread.model import (
    Article,
    ArticleKind,
    Block,
    BlockType,
    Byline,
    DroppedLine,
    LineSpan,
    ParseWarning,
    Section,
    SourceShape,
    TocEntry,
)
from qtread.parse.chunks import Chunk, ChunkKind
from qtread.parse.classify import (
    bracketed_byline,
    chronology_date,
    column_label,
    ends_with_role,
    has_clause_mark,
    is_titleish,
    kicker_label,
    leading_byline,
    may_hold_byline,
    norm,
    parse_byline,
    parse_credit,
    person_frame,
    trailing_byline,
)
from qtread.parse.confidence import confidence
from qtread.parse.headline import Headline, Piece, pieces_of, place_first, split_headline
from qtread.parse.profile import Profile
from qtread.text.cjk import join_wrapped

_TITLE_RUN = 3  # consecutive title chunks that may form one title
_BRIEF_BODY = 2  # paragraphs a brief may have before the next title
_HAN_RUN = re.compile("[\u4e00-\u9fff]{4}")
_CAPTION = 8  # letters in a photo caption or name label: fewer
_NAME = 8  # letters in a place or kicker set above a headline, at most
_HEADLINE = 10  # letters in a headline that stands alone (a region name or kicker is shorter)
_PULL_QUOTE = 90  # characters a pull quote may have
_PULL_REACH = 12  # blocks either side where its source sentence may be
_BYLINED_OPENERS = ("byline", "byline-above")  # evidence of a feature with its byline
_BRIEF_RUN = 3  # bold titles over short texts, at least, that make a run of briefs
_BRIEF_TITLE = 8  # letters in a brief's title, at least: shorter bold lines are labels
_VOICE_REACH = 12  # chunks of quoted text between a name and the headline under it, at most
_TOC_EVIDENCE = ("toc", "toc-group")  # anchors the printed TOC placed: never moved
_TITLE_TAIL = 3  # letters a wrapped title may leave on a line of its own, at most
_TITLE_HEADINGS = 3  # headings of a level, at least, for it to be the articles' level
_DETACHED = 3  # blank lines that separate a byline from the title above it
_RUNNING_HEAD = 3  # times a line is printed, at least, for it to be a page's head, not a title
_PHOTO_ROLE = "摄"  # in a credit's role (摄影, 人物摄影): it credits photographs
_CREDITED_ITEM = 1500  # characters of text in an item a column credit may cover, at most


@dataclass(slots=True)
class Anchor:
    start: int  # chunk index where the article begins
    title: str
    title_chunks: list[int]  # chunk indexes used up by the title and subtitle
    subtitle: str | None = None
    entry: TocEntry | None = None
    kind: ArticleKind = ArticleKind.ARTICLE
    column: str | None = None
    has_column: bool = False  # column is known (None then means "no name printed")
    evidence: str = "layout"  # the rule that opened it: see qtread/parse/confidence.toml


@dataclass(slots=True)
class Segmented:
    sections: list[Section]
    dropped: list[DroppedLine] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)


@dataclass(slots=True)
class _Roles:
    """What each chunk is, decided once."""

    bylines: dict[int, list[Byline]] = field(default_factory=dict)
    closing: set[int] = field(default_factory=set)  # bylines that end the article above
    credits: dict[int, Byline] = field(default_factory=dict)
    columns: dict[int, str] = field(default_factory=dict)
    kickers: set[int] = field(default_factory=set)
    dates: dict[int, tuple[str, str]] = field(default_factory=dict)
    people: dict[int, str] = field(default_factory=dict)
    group_labels: set[int] = field(default_factory=set)
    under_role: set[int] = field(default_factory=set)  # right under a line ending in a role
    titleish: list[bool] = field(default_factory=list)
    chunks: list[Chunk] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)  # how often each short text occurs
    _keys: dict[int, str] = field(default_factory=dict)

    def key(self, index: int) -> str:
        """norm() of a chunk's text, worked out only for the few chunks that are compared."""
        if (cached := self._keys.get(index)) is None:
            cached = self._keys[index] = norm(self.chunks[index].text)
        return cached

    def repeated(self, text: str) -> bool:
        """Printed more than once: a layout label or a teaser, not a title."""
        return self.counts.get(norm(text), 0) > 1

    def plain(self, index: int) -> bool:
        """Not a byline, label or other marker: free to be a title or text."""
        return not (
            index in self.bylines
            or index in self.credits
            or index in self.columns
            or index in self.kickers
            or index in self.dates
            or index in self.people
            or index in self.group_labels
        )

    def title(self, index: int) -> bool:
        return self.titleish[index] and self.plain(index)


def segment(
    chunks: list[Chunk],
    *,
    entries: list[TocEntry],
    toc_line: int | None,
    header_columns: dict[int, str],
    profile: Profile,
    shape: SourceShape,
) -> Segmented:
    chunks, glued = _split_byline_frames(chunks, profile)
    roles = _classify(chunks, profile, glued)
    out = Segmented([])
    anchors: dict[int, Anchor] = {}
    if entries:
        _front_anchor(chunks, roles, toc_line, anchors)
        _toc_anchors(chunks, roles, entries, anchors, out, shape)
    _byline_anchors(chunks, roles, anchors)
    _kicker_anchors(chunks, roles, anchors)
    if not entries:
        _title_runs(chunks, roles, anchors, shape)
        _title_after_body(chunks, roles, anchors)
    _titles_under_their_text(chunks, roles, anchors)
    _take_title_tails(chunks, roles, anchors)
    out.sections = _build(chunks, roles, anchors, header_columns, profile, out)
    return out


def _split_byline_frames(chunks: list[Chunk], profile: Profile) -> tuple[list[Chunk], set[int]]:
    """A byline that shares a chunk with other text gets a chunk of its own: a title set
    directly above it, the other column's line it opens, the paragraph it is glued to the
    end of. Also returns the indexes of the glued ones: they close the article above."""
    result: list[Chunk] = []
    glued: set[int] = set()
    for chunk in chunks:
        pieces, closing = _cut_byline(chunk, profile)
        if closing is not None:
            glued.add(len(result) + closing)
        result.extend(pieces)
    return result, glued


def _cut_byline(chunk: Chunk, profile: Profile) -> tuple[list[Chunk], int | None]:
    """CHUNK cut around the byline in it, and which piece is a byline glued to text."""
    lines = chunk.lines
    if chunk.kind not in (ChunkKind.FRAME, ChunkKind.TEXT) or not lines:
        return [chunk], None
    if not may_hold_byline("\n".join(lines), profile):  # a line's end is a separator too
        return [chunk], None  # no role word before a separator: no byline to cut out
    if parse_byline(" ".join(lines), profile):
        return [chunk], None
    first = chunk.span.first
    for i, line in enumerate(lines):
        if i and chunk.kind is ChunkKind.FRAME and parse_byline(line, profile):
            return [
                _sub_chunk(chunk, lines[:i], first),
                _sub_chunk(chunk, lines[i:], first + i),
            ], None
        if lead := leading_byline(line, profile):
            _, rest = lead
            head = lines[:i]
            byline = line[: len(line.rstrip()) - len(rest)].strip()
            pieces = [_sub_chunk(chunk, head, first)] if head else []
            pieces.append(_piece(chunk, [byline], first + i, at_start=not head))
            pieces.append(_piece(chunk, [rest, *lines[i + 1 :]], first + i, at_start=False))
            return pieces, None
    for wrapped in (1, 2):  # a bracketed byline may wrap onto the paragraph's last line
        if len(lines) < wrapped:
            break
        tail = " ".join(line.strip() for line in lines[-wrapped:])
        if trail := trailing_byline(tail, profile):
            before, _ = trail
            at = first + len(lines) - wrapped
            body = [*lines[:-wrapped], before] if before else lines[:-wrapped]
            byline = tail[len(before) :].strip()
            if not body:
                break
            return [
                _piece(chunk, body, first, at_start=True),
                _piece(chunk, [byline], min(at, chunk.span.last), at_start=False),
            ], 1
    return [chunk], None


def _piece(chunk: Chunk, lines: list[str], first: int, *, at_start: bool) -> Chunk:
    """Part of a chunk cut inside a line: the paragraph keeps its kind and, if it opens
    the chunk, its page break and gap."""
    text = lines[0]
    for line in lines[1:]:
        text = join_wrapped(text, line)
    last = max(first, min(chunk.span.last, first + len(lines) - 1))
    return Chunk(
        chunk.kind if len(lines) > 1 else ChunkKind.TEXT,
        text,
        LineSpan(first, last),
        list(lines),
        page_break=chunk.page_break and at_start,
        gap=chunk.gap if at_start else 0,
        indented=chunk.indented and at_start,
    )


def _sub_chunk(chunk: Chunk, lines: list[str], first: int) -> Chunk:
    """Part of a frame (its lines are adjacent, so line numbers follow on)."""
    text = lines[0]
    for line in lines[1:]:
        text = join_wrapped(text, line)
    kind = ChunkKind.FRAME if len(lines) > 1 else ChunkKind.TEXT
    last = min(chunk.span.last, first + len(lines) - 1)
    return Chunk(kind, text, LineSpan(min(first, last), last), list(lines), gap=chunk.gap)


def _classify(chunks: list[Chunk], profile: Profile, glued: set[int]) -> _Roles:
    roles = _Roles(
        titleish=[is_titleish(chunk, profile) for chunk in chunks],
        chunks=chunks,
    )
    for index, chunk in enumerate(chunks):
        if roles.titleish[index]:
            key = roles.key(index)
            roles.counts[key] = roles.counts.get(key, 0) + 1
        if index and chronology_date(chunks[index - 1].text, profile) and not chunk.page_break:
            roles.titleish[index] = False  # the title of a chronology entry
    for index, chunk in enumerate(chunks):
        text = chunk.text
        if index and ends_with_role(chunks[index - 1].text, profile):
            roles.under_role.add(index)  # `…办公室主任` / `陶峰`: a name, not a title's tail
        if chunk.kind is ChunkKind.LIST_ITEM:
            continue
        if (
            index - 1 in roles.people
            and _wrapped_role(chunk)
            and not ends_with_role(chunks[index - 1].text, profile)
        ):
            roles.people[index] = roles.people[index - 1]  # the role, wrapped onto a line
            continue
        if credit := parse_credit(text, profile):
            roles.credits[index] = credit
        elif byline := parse_byline(" ".join(chunk.lines) or text, profile):
            roles.bylines[index] = byline
            if index in glued or bracketed_byline(" ".join(chunk.lines) or text, profile):
                roles.closing.add(index)
        elif column := column_label(chunk, profile):
            roles.columns[index] = column
        elif kicker_label(text, profile):
            roles.kickers.add(index)
        elif date := chronology_date(text, profile):
            roles.dates[index] = date
        elif text.strip() in profile.group_labels:
            roles.group_labels.add(index)
        elif chunk.kind in (ChunkKind.FRAME, ChunkKind.TEXT) and (
            person := person_frame(chunk, profile)
        ):
            roles.people[index] = person
    return roles


def _wrapped_role(chunk: Chunk) -> bool:
    """`董事长` under `陈立荣百合花集团股份有限公司`: the end of a person's role, one line
    with no clause or quote marks (a title beside the name has them)."""
    return (
        chunk.kind is ChunkKind.TEXT
        and len(chunk.text) <= 24
        and not chunk.page_break
        and not any(mark in chunk.text for mark in "，“”！？")
    )


# --- anchors ---------------------------------------------------------------------------


def _front_anchor(
    chunks: list[Chunk], roles: _Roles, toc_line: int | None, anchors: dict[int, Anchor]
) -> None:
    """Text printed before the TOC (a foreword on the contents page) is the front article."""
    if toc_line is None:
        return
    for index, chunk in enumerate(chunks):
        if chunk.span.first >= toc_line:
            return
        if roles.title(index):
            anchors[index] = Anchor(
                index, chunk.text, [index], kind=ArticleKind.FRONT, evidence="front"
            )
            return


def _similar(candidate: str, key: str, key_title: str) -> bool:
    if not candidate:
        return False
    if len(key_title) >= 4 and key_title in candidate:
        return True
    if len(candidate) >= 4 and candidate in key and len(candidate) * 2 >= len(key):
        return True
    return len(candidate) >= 6 and (
        fuzz.ratio(candidate, key) >= 85
        or (len(key_title) >= 8 and fuzz.partial_ratio(key_title, candidate) >= 90)
        or fuzz.partial_ratio(candidate, key) >= 92
    )


def _toc_anchors(
    chunks: list[Chunk],
    roles: _Roles,
    entries: list[TocEntry],
    anchors: dict[int, Anchor],
    out: Segmented,
    shape: SourceShape,
) -> None:
    position = max(anchors, default=-1) + 1
    placed: list[tuple[Anchor, Chunk]] = []
    for entry in entries:
        found = _find_entry(chunks, roles, entry, position)
        if found is None:
            out.warnings.append(
                ParseWarning(f"TOC entry not found in the body: {entry.title}", entry.line)
            )
            continue
        index, count = found
        if index in roles.kickers:  # ·说项目· then the title on the next line
            out.dropped.append(_dropped(chunks[index], "kicker label"))
            index, count = index + 1, 1
        anchor = _anchor_from_entry(chunks, roles, entry, index, count)
        anchors[index] = anchor
        placed.append((anchor, chunks[index]))
        position = max(anchor.title_chunks) + 1
    for number, (anchor, first) in enumerate(placed):
        group = anchor.entry
        if group is None or not group.claimed_count:
            continue
        end = placed[number + 1][0].start if number + 1 < len(placed) else len(chunks)
        briefs = _expand_group(chunks, roles, anchor, first, end, shape)
        anchor.kind = ArticleKind.BRIEF
        for brief in briefs[: group.claimed_count - 1]:
            anchors[brief.start] = brief
        if len(briefs) + 1 != group.claimed_count:
            out.warnings.append(
                ParseWarning(
                    f"TOC promises {group.claimed_count} items for “{group.title}”,"
                    f" found {len(briefs) + 1}",
                    group.line,
                )
            )


def _find_entry(
    chunks: list[Chunk], roles: _Roles, entry: TocEntry, start: int
) -> tuple[int, int] | None:
    key_title = norm(entry.title)
    key = key_title + norm(entry.subtitle)
    above = norm(entry.subtitle) + key_title  # a kicker printed above its title
    fuzzy: tuple[int, int] | None = None
    for index in range(start, len(chunks)):
        if not (roles.title(index) or index in roles.kickers):
            continue
        text = ""
        best = 0
        for count in range(1, _TITLE_RUN + 1):
            last = index + count - 1
            if last >= len(chunks) or not (roles.title(last) or last == index):
                break
            text += roles.key(last)
            contains = len(key_title) >= 4 and key_title in text
            inside = len(text) >= 4 and (text in key or text in above)
            if (
                (contains and (count == 1 or inside or best == 0))
                or (inside and len(text) * 2 >= len(key))
                or (index in roles.kickers and text == key)
            ):
                best = count
            elif best:
                break
            if (fuzzy is None or fuzzy[0] == index) and _similar(text, key, key_title):
                fuzzy = (index, count)  # the longest similar run from this start
        if best:
            return _tighten(chunks, index, best, key_title)
        if fuzzy is not None:
            return fuzzy
    return None


def _tighten(chunks: list[Chunk], index: int, count: int, key_title: str) -> tuple[int, int]:
    """Drop leading chunks (a caption before the heading) the match does not need."""
    while count > 1 and len(key_title) >= 4:
        rest = "".join(norm(chunks[i].text) for i in range(index + 1, index + count))
        if key_title not in rest:
            break
        index, count = index + 1, count - 1
    return index, count


def _anchor_from_entry(
    chunks: list[Chunk], roles: _Roles, entry: TocEntry, index: int, count: int
) -> Anchor:
    used = list(range(index, index + count))
    text = " ".join(chunks[i].text for i in used)
    title, subtitle = _split_title(text, entry)
    if subtitle is None and entry.subtitle:  # the TOC's subtitle printed as its own lines
        wanted, found, parts = norm(entry.subtitle), "", []
        for following in range(index + count, min(len(chunks), index + count + 2)):
            if not roles.title(following):
                break
            found += norm(chunks[following].text)
            if not wanted.startswith(found):
                break
            parts.append(following)
            if found == wanted:
                subtitle = " ".join(chunks[i].text for i in parts)
                used.extend(parts)
                break
    kind = ArticleKind.ARTICLE  # _build marks chronologies, by the profile's words
    return Anchor(
        index, title, used, subtitle, entry, kind, entry.column, has_column=True, evidence="toc"
    )


def _split_title(text: str, entry: TocEntry) -> tuple[str, str | None]:
    """Use the TOC's wording to tell a body heading's title from its kicker or subtitle."""
    key = norm(entry.title)
    if not key or entry.title.rstrip().endswith(("：", ":")) or norm(text) == key:
        return text, None
    for position, char in enumerate(text):
        if char != " ":
            continue
        head, tail = text[:position].strip(), text[position:].strip()
        if norm(tail) == key:
            return tail, head  # kicker first: 突出龙头引领 建强组织体系 汽车党建联盟…
        if norm(head) == key:
            return head, tail
    return text, None


def _expand_group(
    chunks: list[Chunk],
    roles: _Roles,
    anchor: Anchor,
    first: Chunk,
    end: int,
    shape: SourceShape,
) -> list[Anchor]:
    """The other items of a `等 N 则` entry: titles like the first one, up to the next anchor."""
    found = []
    for index in range(max(anchor.title_chunks) + 1, end):
        if index in roles.credits:
            break
        chunk = chunks[index]
        if shape is SourceShape.MARKDOWN:
            hit = (chunk.kind is ChunkKind.HEADING and chunk.level == first.level) or (
                chunk.emphasis and first.emphasis and roles.title(index)
            )
        else:
            hit = roles.title(index) and _body_follows(chunks, roles, index)
        if hit:
            found.append(
                Anchor(
                    index,
                    chunk.text,
                    [index],
                    None,
                    None,
                    ArticleKind.BRIEF,
                    anchor.column,
                    anchor.has_column,
                    evidence="toc-group",
                )
            )
    return found


def _body_follows(chunks: list[Chunk], roles: _Roles, index: int) -> bool:
    """The next chunk or the one after it is a paragraph (a pull quote may sit between)."""
    for following in range(index + 1, min(len(chunks), index + 3)):
        chunk = chunks[following]
        if following in roles.bylines:
            return chunk.gap < _DETACHED  # a page's furniture between: not this title's
        if following in roles.dates:
            return True  # a chronology under its title
        if chunk.kind is ChunkKind.TEXT and not chunk.short:
            return True
        if not roles.plain(following):
            return False
    return False


def _byline_anchors(chunks: list[Chunk], roles: _Roles, anchors: dict[int, Anchor]) -> None:
    used = _title_chunks(anchors)
    for index in sorted(roles.bylines.keys() - roles.closing):
        start = index
        detached = chunks[index].gap >= _DETACHED  # a wide gap: not the title above
        tails = 0  # wrapped titles' tails in the run: they do not count as title lines
        while (
            not detached
            and start - 1 >= 0
            and (roles.title(start - 1) or _title_tail(chunks, roles, start - 1))
            and index - start < _TITLE_RUN + tails
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
            tails += _title_tail(chunks, roles, start)
        while start < index and _title_tail(chunks, roles, start):
            start += 1  # a run cannot open with a tail: the title it ends is not there
        if start - 1 in used or (start == index and index - 1 in used):
            continue  # the byline of an anchored title
        if start == index:  # the byline comes first: 文 \ 汪株燚 above its title
            following = index + 1
            if (
                following < len(chunks)
                and roles.title(following)
                and following not in used
                and not chunks[following].fragment  # a sentence cut at the line's end
            ):
                anchors[following] = Anchor(
                    following, chunks[following].text, [following], evidence="byline-above"
                )
                used.add(following)
            continue
        title_chunks = list(range(start, index))
        text = chunks[start].text
        for i in title_chunks[1:]:
            text = (
                join_wrapped(text, chunks[i].text)
                if chunks[i - 1].kind is ChunkKind.FRAME
                else f"{text} {chunks[i].text}"
            )
        anchors[start] = Anchor(start, text, title_chunks, evidence="byline")
        used.update(title_chunks)


def _kicker_anchors(chunks: list[Chunk], roles: _Roles, anchors: dict[int, Anchor]) -> None:
    used = _title_chunks(anchors)
    for index in sorted(roles.kickers):
        following = index + 1
        if following < len(chunks) and roles.title(following) and following not in used:
            anchors[following] = Anchor(
                following, chunks[following].text, [following], evidence="kicker"
            )


def _title_runs(
    chunks: list[Chunk], roles: _Roles, anchors: dict[int, Anchor], shape: SourceShape
) -> None:
    """Without a TOC: decide which runs of title-like chunks open an article.

    A run opens one when it is a multi-part title (`天津高新区` / `抢占…先机`), a `名称：`
    headline frame, a frame opening a page or column, a title next to a person's name
    (testimonials), or the title of a brief (a short text before the next title).
    Runs that do none of these are subheadings of the article they sit in. In Markdown
    only top-level headings (`#`) qualify: there, plain lines are never titles.
    """
    if shape is SourceShape.MARKDOWN:
        level = _article_level(chunks)
        for index, chunk in enumerate(chunks):
            if chunk.kind is ChunkKind.HEADING and chunk.level == level and index not in anchors:
                anchors[index] = Anchor(index, chunk.text, [index], evidence="heading")
        _bold_briefs(chunks, roles, anchors)
        return
    used = _title_chunks(anchors)
    earlier = sorted(anchors)  # anchors found by bylines and kickers, never briefs
    seen = 0
    in_briefs = False  # the last article opened was a brief
    index = 0
    while index < len(chunks):
        while seen < len(earlier) and earlier[seen] < index:
            seen, in_briefs = seen + 1, False
        if index in used or not _run_member(chunks, roles, index):
            index += 1
            continue
        run = [index]
        while len(run) < _TITLE_RUN and _run_member(chunks, roles, run[-1] + 1):
            following = chunks[run[-1] + 1]
            if run[-1] + 1 in used or following.page_break:
                break
            if ChunkKind.FRAME in (chunks[run[-1]].kind, following.kind):
                break  # a frame is a whole title block: two frames are two titles
            if _two_headlines(chunks, run, following):
                break
            run.append(run[-1] + 1)
        index = run[-1] + 1
        text = _join_titles(chunks, run)
        first = chunks[run[0]]
        shortest = 5 if first.page_break else 6  # a four-letter line is a label
        if len(norm(text)) < shortest or _teaser(first, roles) or _caption_cluster(chunks, run):
            continue
        after = run[-1] + 1
        frame = any(chunks[i].kind is ChunkKind.FRAME for i in run)
        headline = frame and first.lines[0].rstrip().endswith(("：", ":"))
        beside_person = after in roles.people or run[0] - 1 in roles.people
        opens = first.page_break or run[0] - 1 in roles.columns
        # a short text under a title is a brief; under a framed title it is one only in
        # a run of briefs, else the frame is a subheading of the feature around it
        brief = (
            after < len(chunks)
            and not chunks[after].page_break  # a brief's text is on its title's page
            and _short_body(chunks, roles, after)
            and len(norm(text)) >= 8
            and (not frame or in_briefs or opens)
        )
        # a title printed under the text it belongs to, just above the next title
        trailing = (
            (frame or (len(norm(text)) >= _HEADLINE and not has_clause_mark(text)))
            and _under_text(chunks, run[0])
            and after < len(chunks)
            and chunks[after].kind is ChunkKind.FRAME
        )
        if not (_body_follows(chunks, roles, run[-1]) or beside_person or headline):
            if trailing:
                anchors[run[0]] = Anchor(run[0], text, run, evidence="trailing")
            continue
        named = (len(run) == 2 and len(norm(first.text)) <= _NAME) or (  # 天津高新区 / 抢占…
            len(run) == 1 and place_first(first.lines or [first.text])  # 松山湖科学城 打造…
        )
        if brief and _inside_feature(chunks, roles, anchors, run[0], after):
            brief = False  # a subheading of the bylined feature it sits in
        if named or headline or beside_person or opens or brief:
            kind = (
                ArticleKind.BRIEF if brief and not frame and len(run) == 1 else ArticleKind.ARTICLE
            )
            reasons = (  # the surest first: the one an article is credited with
                ("headline", headline),
                ("beside-person", beside_person),
                ("opens-page", opens),
                ("named", named),
                ("brief", brief),
            )
            evidence = next(name for name, held in reasons if held)
            anchors[run[0]] = Anchor(run[0], text, run, kind=kind, evidence=evidence)
            in_briefs = brief


def _inside_feature(
    chunks: list[Chunk], roles: _Roles, anchors: dict[int, Anchor], index: int, after: int
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


def _bold_briefs(chunks: list[Chunk], roles: _Roles, anchors: dict[int, Anchor]) -> None:
    """Converter Markdown sets a brief's title as a line in bold. A run of such lines,
    each over a short text and none split from the next by a heading, is a run of
    briefs; a bold line alone, or over long text, is a subheading or a lead."""
    run: list[int] = []
    for index, chunk in enumerate(chunks):
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
    chunks: list[Chunk], roles: _Roles, anchors: dict[int, Anchor], run: list[int]
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


def _caption_cluster(chunks: list[Chunk], run: list[int]) -> bool:
    """`沃镭智能` / `传化化学`: several short names under photos, no part a headline."""
    return len(run) > 1 and all(len(norm(chunks[i].text)) < _CAPTION for i in run)


def _two_headlines(chunks: list[Chunk], run: list[int], following: Chunk) -> bool:
    """Two full headlines right under a paragraph: the first is that text's title, printed
    after it, and the second opens the next item (a region name or kicker is short)."""
    first = chunks[run[0]]
    return (
        len(run) == 1
        and not first.page_break
        and _under_text(chunks, run[0])
        and min(len(norm(first.text)), len(norm(following.text))) >= _HEADLINE
    )


def _under_text(chunks: list[Chunk], index: int) -> bool:
    """The chunk before INDEX is a paragraph of running text."""
    return index > 0 and chunks[index - 1].kind is ChunkKind.TEXT and not chunks[index - 1].short


def _run_member(chunks: list[Chunk], roles: _Roles, index: int) -> bool:
    return index < len(chunks) and (
        (
            chunks[index].kind in (ChunkKind.TEXT, ChunkKind.FRAME)
            and roles.title(index)
            and not _teaser(chunks[index], roles)
        )
        or _title_tail(chunks, roles, index)
    )


def _title_tail(chunks: list[Chunk], roles: _Roles, index: int) -> bool:
    """One to three letters on a line of their own under a title: the rest of a title
    wrapped just short of its end (`…服务中心正式` / `启用`)."""
    chunk = chunks[index]
    text = chunk.text.strip()
    return (
        index > 0
        and chunk.kind is ChunkKind.TEXT
        and len(chunk.lines) == 1
        and not chunk.page_break
        and 0 < len(norm(text)) == len(text) <= _TITLE_TAIL
        and roles.plain(index)
        and roles.title(index - 1)
        and index not in roles.under_role
    )


def _teaser(chunk: Chunk, roles: _Roles) -> bool:
    """Printed twice: a label or a teaser, unless this copy opens a page."""
    return roles.repeated(chunk.text) and not chunk.page_break


def _join_titles(chunks: list[Chunk], run: list[int]) -> str:
    return " ".join(chunks[i].text for i in run)


def _short_body(chunks: list[Chunk], roles: _Roles, start: int) -> bool:
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


def _title_after_body(chunks: list[Chunk], roles: _Roles, anchors: dict[int, Anchor]) -> None:
    """An opening essay whose title is printed after it, at the foot of its page."""
    if not anchors or 0 in anchors:
        return
    first = min(anchors)
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
        anchors[0] = Anchor(0, chunks[0].text[:20], [], kind=ArticleKind.FRONT, evidence="front")


# --- building ---------------------------------------------------------------------------


def _titles_under_their_text(
    chunks: list[Chunk], roles: _Roles, anchors: dict[int, Anchor]
) -> None:
    """Pages of voices set each as a name and role, then the quote, then its headline at
    the foot. A title under text that a person's name opens closes that text, when the
    article above already credits someone: one person an article, so the article starts
    at the name."""
    for index in sorted(anchors):
        anchor = anchors[index]
        if anchor.evidence in _TOC_EVIDENCE or len(anchor.title_chunks) != 1:
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


def _take_title_tails(chunks: list[Chunk], roles: _Roles, anchors: dict[int, Anchor]) -> None:
    """A title wrapped one to three letters short of its end (`…消费更放` / `心`) leaves
    its tail as a line of its own under it: the tail is the title's."""
    for anchor in anchors.values():
        if not anchor.title_chunks:
            continue
        following = max(anchor.title_chunks) + 1
        if following >= len(chunks) or following in anchors:
            continue
        if _title_tail(chunks, roles, following):
            anchor.title_chunks.append(following)
            anchor.title = join_wrapped(anchor.title, chunks[following].text.strip())


def _title_chunks(anchors: dict[int, Anchor]) -> set[int]:
    """Chunks already used up as some article's title or subtitle."""
    return {i for anchor in anchors.values() for i in anchor.title_chunks}


def _dropped(chunk: Chunk, reason: str) -> DroppedLine:
    return DroppedLine(chunk.span.first, chunk.text, reason)


def _article_id(position: int, title: str) -> str:
    digest = hashlib.sha1(norm(title).encode("utf-8")).hexdigest()[:6]
    return f"a{position:03d}-{digest}"


def _build(
    chunks: list[Chunk],
    roles: _Roles,
    anchors: dict[int, Anchor],
    header_columns: dict[int, str],
    profile: Profile,
    out: Segmented,
) -> list[Section]:
    title_chunks = _title_chunks(anchors)
    articles: list[tuple[Article, str | None]] = []
    credits: list[tuple[int, Byline, Chunk]] = []  # (article position, credit, its chunk)
    pending_bylines: list[Byline] = []  # printed over the next article's title
    column: str | None = None
    article: Article | None = None
    pending_date: str | None = None
    headers = sorted(header_columns.items())
    for index, chunk in enumerate(chunks):
        while headers and headers[0][0] <= chunk.span.first:
            column = headers.pop(0)[1]
            if article is not None:
                articles[-1] = (article, column)
        if index in anchors:
            anchor = anchors[index]
            if anchor.has_column:
                column = anchor.column
            headline = _headline(chunks, anchor)
            article = Article(
                id=_article_id(len(articles) + 1, headline.title),
                title=headline.title,
                kind=anchor.kind,
                subtitle=headline.subtitle,
                evidence=anchor.evidence,
                page=anchor.entry.page if anchor.entry else None,
                span=chunk.span,
            )
            if anchor.entry is not None:
                anchor.entry.article_id = article.id
            articles.append((article, column))
            pending_date = None
            article.bylines.extend(pending_bylines)
            pending_bylines = []
        if index in title_chunks:
            if article is not None and article.span is not None:
                article.span = article.span.union(chunk.span)
            continue
        if index in roles.columns:
            column = roles.columns[index]
            out.dropped.append(_dropped(chunk, "column label"))
            if article is not None and not article.blocks:
                articles[-1] = (article, column)
            continue
        if index in roles.kickers or index in roles.group_labels:
            out.dropped.append(_dropped(chunk, "kicker label"))
            continue
        if article is None:
            article = Article(
                id=_article_id(1, chunk.text),
                title=chunk.text,
                span=chunk.span,
                evidence="untitled",
            )
            articles.append((article, column))
            continue
        article.span = chunk.span if article.span is None else article.span.union(chunk.span)
        if index in roles.bylines:
            if index in roles.closing:
                article.bylines.extend(roles.bylines[index])  # printed at its article's end
            elif _over_next_title(article, roles, anchors, index) or (
                pending_bylines and index - 1 in roles.bylines
            ):
                pending_bylines += roles.bylines[index]
            else:
                article.bylines.extend(roles.bylines[index])
        elif index in roles.credits:
            credits.append((len(articles) - 1, roles.credits[index], chunk))
        elif index in roles.people:
            if roles.people[index] not in article.names:  # a name label and its photo's
                article.bylines.append(Byline("", (roles.people[index],)))
            article.blocks.append(Block(BlockType.CAPTION, chunk.text, chunk.span))
        elif index in roles.dates:
            date, rest = roles.dates[index]
            if rest:
                article.blocks.append(Block(BlockType.CHRONOLOGY, rest, chunk.span, date))
                pending_date = None
            else:
                pending_date = date
                article.blocks.append(Block(BlockType.CHRONOLOGY, "", chunk.span, date))
        else:
            block = _block(chunks, roles, index)
            if pending_date is not None:
                last = article.blocks[-1]
                if last.type is BlockType.CHRONOLOGY and not last.text:
                    last.text, last.span = block.text, last.span.union(block.span)
                    pending_date = None
                    continue
            article.blocks.append(block)
    for article, _ in articles:
        article.blocks = [b for b in article.blocks if b.text or b.date]
        if any(word in article.title for word in profile.chronology_words):
            article.kind = ArticleKind.CHRONOLOGY
    _share_credits([article for article, _ in articles], credits, out)
    for article, _ in articles:
        article.confidence = confidence(article.evidence, bylined=bool(article.bylines))
    _drop_pull_quotes(articles, out)
    return _group(articles)


def _over_next_title(
    article: Article, roles: _Roles, anchors: dict[int, Anchor], index: int
) -> bool:
    """A byline right over the next title, in an article already credited, is that
    title's; a photographer's credit (摄) stays with the pictures above it."""
    return (
        bool(article.bylines)
        and index + 1 in anchors
        and index - 1 not in roles.bylines
        and not any(_PHOTO_ROLE in byline.role for byline in roles.bylines[index])
    )


def _share_credits(
    articles: list[Article], credits: list[tuple[int, Byline, Chunk]], out: Segmented
) -> None:
    """A column credit (`［整理 薛瑾］`) names who compiled a run of short items.

    It goes to every item of the run it is printed in that credits no one of its own;
    an item that has its own byline keeps only that (the credit is then in the ledger).
    """
    for position, credit, chunk in credits:
        run = _uncredited_run(articles, position)
        if not run:
            out.dropped.append(_dropped(chunk, "column credit"))
        for article in run:
            article.bylines.append(credit)


def _uncredited_run(articles: list[Article], position: int) -> list[Article]:
    """The short articles around POSITION, up to the nearest with a byline of its own."""

    def open_item(at: int) -> bool:
        article = articles[at]
        return (
            not article.bylines
            and article.kind is not ArticleKind.FRONT
            and sum(len(block.text) for block in article.blocks) <= _CREDITED_ITEM
        )

    if not open_item(position):
        return []
    first = last = position
    while first > 0 and open_item(first - 1):
        first -= 1
    while last + 1 < len(articles) and open_item(last + 1):
        last += 1
    return articles[first : last + 1]


def _headline(chunks: list[Chunk], anchor: Anchor) -> Headline:
    """The anchor's title and subtitle, told apart from the pieces they were printed in.
    A chunk set in another style than the one before (a Markdown heading's plain deck
    line) starts a new part."""
    if anchor.subtitle is not None or not anchor.title_chunks:
        return Headline(anchor.title, anchor.subtitle)
    pieces: list[Piece] = []
    before: Chunk | None = None
    for chunk in (chunks[i] for i in anchor.title_chunks):
        own = pieces_of(
            chunk.lines or [chunk.text], gaps_are_breaks=chunk.kind is ChunkKind.HEADING
        )
        if own and before is not None and _style(before) != _style(chunk):
            own[0] = replace(own[0], restyled=True)
        pieces += own
        before = chunk
    return split_headline(pieces, toc_title=anchor.entry.title if anchor.entry else None)


def _style(chunk: Chunk) -> tuple[ChunkKind, int, bool]:
    return chunk.kind, chunk.level, chunk.emphasis


def _block(chunks: list[Chunk], roles: _Roles, index: int) -> Block:
    chunk = chunks[index]
    if chunk.kind is ChunkKind.LIST_ITEM:
        return Block(BlockType.LIST_ITEM, chunk.text, chunk.span)
    if chunk.kind is ChunkKind.QUOTE:
        return Block(BlockType.QUOTE, chunk.text, chunk.span)
    if chunk.kind is ChunkKind.HEADING or (roles.titleish[index] and chunk.short):
        following = chunks[index + 1] if index + 1 < len(chunks) else None
        if chunk.kind is ChunkKind.HEADING or (
            following is not None and following.kind is ChunkKind.TEXT and not following.short
        ):
            return Block(BlockType.SUBHEADING, chunk.text, chunk.span)
        return Block(BlockType.CAPTION, chunk.text, chunk.span)
    return Block(BlockType.PARAGRAPH, chunk.text, chunk.span)


def _drop_pull_quotes(articles: list[tuple[Article, str | None]], out: Segmented) -> None:
    """A short display quote that repeats a nearby sentence of its own article goes to the
    ledger. Only nearby paragraphs are compared: a pull quote sits next to its source."""
    for article, _ in articles:
        article.blocks = _without_pull_quotes(article.blocks, out)


_DISPLAY = (BlockType.PARAGRAPH, BlockType.CAPTION, BlockType.SUBHEADING)


def _without_pull_quotes(blocks: list[Block], out: Segmented) -> list[Block]:
    keys: dict[int, str] = {}  # norm() of a paragraph, only for those near a short block

    def key(position: int) -> str:
        if position not in keys:
            block = blocks[position]
            keys[position] = norm(block.text) if block.type is BlockType.PARAGRAPH else ""
        return keys[position]

    kept: list[Block] = []
    for position, block in enumerate(blocks):
        if block.type in _DISPLAY and len(block.text) <= _PULL_QUOTE:
            nearby = [
                near
                for near in range(
                    max(0, position - _PULL_REACH), min(len(blocks), position + _PULL_REACH + 1)
                )
                if near != position
            ]
            # four Chinese characters in a row survive norm(): a cheap test on the raw
            # texts before normalising any of them
            found = _HAN_RUN.search(block.text)
            probe = found.group() if found else ""
            candidates = [near for near in nearby if probe in blocks[near].text]
            own = norm(block.text) if candidates else ""
            if len(own) >= 8 and any(
                own in (other := key(near)) and other != own for near in candidates
            ):
                out.dropped.append(
                    DroppedLine(block.span.first, block.text, "pull quote repeating the text")
                )
                continue
        kept.append(block)
    return kept


def _group(articles: list[tuple[Article, str | None]]) -> list[Section]:
    sections: list[Section] = []
    for article, column in articles:
        if not sections or sections[-1].name != column:
            sections.append(Section(column))
        sections[-1].articles.append(article)
    return sections
