"""What each chunk is, decided once: bylines cut out of the text they share a chunk with,
then every chunk classified (byline, credit, column label, kicker, date, person…)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from qtread.model import Byline, LineSpan
from qtread.parse.chunks import Chunk, ChunkKind, part_of
from qtread.parse.classify import (
    author_note_names,
    bracketed_byline,
    chronology_date,
    column_label,
    ends_with_role,
    has_sentence_end,
    is_titleish,
    kicker_label,
    leading_byline,
    may_hold_byline,
    news_lead_byline,
    norm,
    parse_byline,
    parse_credit,
    person_frame,
    pictures_only,
    trailing_byline,
)
from qtread.parse.profile import Profile
from qtread.text.cjk import ends_sentence, join_wrapped
from qtread.text.names import names_alone, opens_with_surname

#: Printed lines, at most, of a headline and its deck set over a news lead.
HEADLINE_OVER_LEAD = 4
#: Times, at least, a byline's first line is as long (in characters) as a line it wraps
#: its last names onto: the wrap comes at a full line, and a short title or label after
#: a short byline (`文｜林远` / `卷首语`) is no name of it.
WRAPPED_NAMES_SHARE = 3
#: Bylines after finished text, at least, and times as many as those under a title, for
#: a layout to be read as printing its bylines at its articles' ends.
CLOSING_MIN = 3
CLOSING_SHARE = 2
_HEADLINE_AND_LEAD = 2  # printed lines, at least, of a chunk holding a headline over a news lead
_BYLINE_NAMES = 2  # names alone under a title, at least, that are a byline uncredited elsewhere
_STAFF_CREDITS = 2  # titles, at least, one name alone stands under to be credited: a staff writer
_WRAPPED_ROLE_MAX = 24  # characters of a role's end wrapped onto a line of its own, at most


@dataclass(slots=True)
class Roles:
    """What each chunk is, decided once."""

    bylines: dict[int, list[Byline]] = field(default_factory=dict)
    closing: set[int] = field(default_factory=set)  # bylines that end the article above
    numbered: set[int] = field(default_factory=set)  # 一、…: an article's part, not its title
    captions: set[int] = field(default_factory=set)  # 图1 …, ▲ …: a photo's caption
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

    def repeated(self, index: int) -> bool:
        """Chunk INDEX is printed more than once: a layout label or a teaser, not a title
        (its key is worked out once, however often this is asked)."""
        return self.counts.get(self.key(index), 0) > 1

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
        """May open an article: title-like, free, and not a numbered subheading."""
        return self.titleish[index] and self.plain(index) and index not in self.numbered


_CREDIT_EDGES = " /／\\|｜丨:："  # separators a stacked role may print after it


def split_byline_frames(chunks: list[Chunk], profile: Profile) -> tuple[list[Chunk], set[int]]:
    """A byline that shares a chunk with other text gets a chunk of its own: a title set
    directly above it, the other column's line it opens, the paragraph it is glued to the
    end of. Also returns the indexes of the glued ones: they close the article above."""
    result: list[Chunk] = []
    glued: set[int] = set()
    chunks = _news_leads_joined(_headlines_off_news_leads(chunks, profile), profile)
    chunks = _wrapped_bylines_joined(chunks, profile)
    for chunk in chunks:
        pieces, closing = _cut_byline(chunk, profile)
        if closing is not None:
            glued.add(len(result) + closing)
        result.extend(pieces)
    return result, glued


def _headlines_off_news_leads(chunks: list[Chunk], profile: Profile) -> list[Chunk]:
    """A headline (and its deck) that the paragraph joiner ran into the news lead under
    it (`地铁8号线新湾站设置10个出入口` / `本刊讯（通讯员 …）机器轰鸣…`) cut off it: a
    lead's `本刊讯` opens its text, so printed lines before it with no sentence end
    are the headline."""
    result: list[Chunk] = []
    for chunk in chunks:
        if result and chunk.kind is ChunkKind.TEXT and profile.news_lead.match(chunk.text):
            result[-1:] = _headline_off_paragraph(result[-1])
        at = _news_lead_line(chunk, profile)
        if at is None:
            result.append(chunk)
            continue
        first = chunk.span.first
        head = part_of(chunk, chunk.lines[:at], first)
        head.page_break = chunk.page_break
        lead = part_of(chunk, chunk.lines[at:], min(first + at, chunk.span.last))
        lead.kind = ChunkKind.TEXT  # running text, however many lines
        result += [head, lead]
    return result


def _headline_off_paragraph(chunk: Chunk) -> list[Chunk]:
    """CHUNK, the text over a news lead, with the printed lines after its last sentence
    end cut off when they hold none: the next article's headline (and deck), which the
    paragraph joiner ran into the paragraph above (`…就在家门口。` /
    `伊萨卡社区党群服务中心正式启用` / `白杨街道深化…试点`, then `本刊讯（…`)."""
    if chunk.kind is not ChunkKind.TEXT or len(chunk.lines) < _HEADLINE_AND_LEAD:
        return [chunk]
    ends = [at for at, line in enumerate(chunk.lines) if ends_sentence(line.rstrip())]
    at = ends[-1] + 1 if ends else 0
    tail = chunk.lines[at:]
    if not at or not 0 < len(tail) <= HEADLINE_OVER_LEAD or has_sentence_end("".join(tail)):
        return [chunk]
    first = chunk.span.first
    text = part_of(chunk, chunk.lines[:at], first)
    head = part_of(chunk, chunk.lines[at:], min(first + at, chunk.span.last))
    return [text, head]


def _news_lead_line(chunk: Chunk, profile: Profile) -> int | None:
    """The printed line of CHUNK (past its first) that opens a news lead under a
    headline, if there is one."""
    if chunk.kind is not ChunkKind.TEXT or len(chunk.lines) < _HEADLINE_AND_LEAD:
        return None
    for at, line in enumerate(chunk.lines[1 : HEADLINE_OVER_LEAD + 1], start=1):
        if profile.news_lead.match(line.strip()):
            return None if has_sentence_end("".join(chunk.lines[:at])) else at
    return None


def _news_leads_joined(chunks: list[Chunk], profile: Profile) -> list[Chunk]:
    """A news lead whose bracketed byline the extraction broke off at a line's end
    (`本刊讯（记者 林远 通讯员` / `周小舟）7月15日，…`) joined with the line that closes it,
    so the byline can be cut out whole."""

    def join(before: Chunk, chunk: Chunk) -> tuple[str, list[str]] | None:
        if (
            before.kind is ChunkKind.TEXT
            and profile.news_lead.match(before.text)
            and news_lead_byline(before.text, profile) is None
            and news_lead_byline(text := f"{before.text} {chunk.text}", profile) is not None
        ):
            return text, [*before.lines, *chunk.lines]  # a line's end parts names like a space
        return None

    return _joined_pairs(chunks, join)


def _wrapped_bylines_joined(chunks: list[Chunk], profile: Profile) -> list[Chunk]:
    """A byline the layout wrapped onto a second line joined with it: a role word cut at
    the line's end (`本刊记者 李明 王芳 通` / `讯员 张华`), or its last names on a line
    of their own (`记者 李明 通讯员 王芳` / `张华`). Neither line is a byline alone,
    or the second adds names to the first, so the names are read whole and none is
    left behind as a line of text."""

    def join(before: Chunk, chunk: Chunk) -> tuple[str, list[str]] | None:
        joined = _wrapped_byline(before, chunk, profile)
        if joined is None:
            return None
        tight = joined == before.text + chunk.text  # the wrap cut a word: one line
        return joined, [joined] if tight else [*before.lines, *chunk.lines]

    return _joined_pairs(chunks, join)


def _joined_pairs(
    chunks: list[Chunk], join: Callable[[Chunk, Chunk], tuple[str, list[str]] | None]
) -> list[Chunk]:
    """CHUNKS with each chunk that JOIN says carries on the one before (its text and
    printed lines together) made one text chunk with it; a joined chunk may take the
    next one too."""
    result: list[Chunk] = []
    for chunk in chunks:
        found = join(result[-1], chunk) if result else None
        if found is None:
            result.append(chunk)
            continue
        before = result[-1]
        text, lines = found
        result[-1] = Chunk(
            ChunkKind.TEXT,
            text,
            before.span.union(chunk.span),
            lines,
            page_break=before.page_break,
            gap=before.gap,
        )
    return result


def _wrapped_byline(before: Chunk, chunk: Chunk, profile: Profile) -> str | None:
    """The text of BEFORE and CHUNK as one byline, if BEFORE is a byline's first line
    that CHUNK continues; else None."""
    if (
        chunk.page_break
        or before.kind not in (ChunkKind.FRAME, ChunkKind.TEXT)
        or chunk.kind not in (ChunkKind.FRAME, ChunkKind.TEXT)
        or len(chunk.lines) != 1
        or not may_hold_byline(before.text, profile)
    ):
        return None
    alone = parse_byline(before.text, profile) or []
    if (stacked := _stacked_credit(before.text, alone, chunk.text, profile)) is not None:
        return stacked  # a stack grows a line at a time
    if len(before.lines) != 1:
        return None
    if parse_byline(chunk.text, profile) is not None:
        return None  # a byline of its own, the next person's (`文/通讯员 林远` / `文/…`)
    tight = f"{before.text}{chunk.text}"  # a role word cut at the line's end
    if len(parse_byline(tight, profile) or []) > len(alone):
        return tight
    if not alone:
        return None
    if len(chunk.text) * WRAPPED_NAMES_SHARE > len(before.text):
        return None  # no full line: nothing was wrapped off it
    text = f"{before.text} {chunk.text}"
    names = [name for byline in alone for name in byline.names]
    wrapped = [name for byline in parse_byline(text, profile) or [] for name in byline.names]
    added = wrapped[len(names) :]
    if wrapped[: len(names)] != names or not added or not all(map(opens_with_surname, added)):
        return None
    return text


def _stacked_credit(before: str, credits: list[Byline], line: str, profile: Profile) -> str | None:
    """BEFORE and LINE as one byline where the layout stacks its credits, each role a
    line of its own over its names (`记者` / `汪株燚` / `通讯员` / `曲玉国 张钜栋`):
    LINE is a role alone under a byline's names, or the names under a role (`记者`,
    `记者 整理报道`) that has none yet, every one of them opening with a surname."""
    text = f"{before} {line}"
    if line.strip(_CREDIT_EDGES) in profile.byline_role_set:
        return text if credits and credits[-1].names else None
    if credits and credits[-1].names:
        return None  # the role above has its names: these are not its
    stacked = parse_byline(text, profile) or []
    names = [name for byline in credits for name in byline.names]
    added = [name for byline in stacked for name in byline.names][len(names) :]
    return text if added and all(map(opens_with_surname, added)) else None


#: CHUNK cut into pieces around a byline, and which piece is a byline glued to text.
_Cut = tuple[list[Chunk], int | None]


def _cut_byline(chunk: Chunk, profile: Profile) -> _Cut:
    """CHUNK cut around the byline in it, and which piece is a byline glued to text: the
    cheap tests that rule a byline out first, then each place one is printed, the surest
    first."""
    lines = chunk.lines
    if chunk.kind not in (ChunkKind.FRAME, ChunkKind.TEXT) or not lines:
        return [chunk], None
    if not may_hold_byline("\n".join(lines), profile):  # a line's end is a separator too
        return [chunk], None  # no role word before a separator: no byline to cut out
    spaced = " ".join(lines)  # a line's end parts names like a space does
    if parse_byline(spaced, profile):
        return [chunk], None
    cut = (
        _cut_news_lead_byline(chunk, spaced, profile)
        or _cut_byline_opening_a_line(chunk, profile)
        or _cut_byline_closing_a_line(chunk, profile)
        or _cut_byline_closing_the_paragraph(chunk, profile)
    )
    return cut or ([chunk], None)


def _cut_news_lead_byline(chunk: Chunk, spaced: str, profile: Profile) -> _Cut | None:
    """The bracketed byline of a news lead (`本刊讯（记者 林远）`) cut off the text it
    opens; SPACED is CHUNK's lines joined with spaces."""
    news = news_lead_byline(spaced, profile)
    if news is None or not news[0].strip():
        return None
    first = chunk.span.first
    byline = spaced[: len(spaced) - len(news[0])].strip()
    # the lead's text as the paragraph joins it, from the byline's closing bracket on
    rest = chunk.text[chunk.text.find(byline[-1]) + 1 :].strip()
    return [
        _piece(chunk, [byline], first, at_start=True),
        _piece(chunk, [rest], first, at_start=False),
    ], None


def _cut_byline_opening_a_line(chunk: Chunk, profile: Profile) -> _Cut | None:
    """A byline that opens a printed line: a frame's line past its first (the title
    above it set in the same frame), or a byline leading the text run on after it."""
    lines = chunk.lines
    first = chunk.span.first
    for i, line in enumerate(lines):
        if i and chunk.kind is ChunkKind.FRAME and parse_byline(line, profile):
            above = part_of(chunk, lines[:i], first)
            above.page_break = chunk.page_break  # the frame's first line opens its page
            return [above, part_of(chunk, lines[i:], first + i)], None
        if lead := leading_byline(line, profile):
            _, rest = lead
            head = lines[:i]
            byline = line[: len(line.rstrip()) - len(rest)].strip()
            pieces = [part_of(chunk, head, first)] if head else []
            pieces.append(_piece(chunk, [byline], first + i, at_start=not head))
            pieces.append(_piece(chunk, [rest, *lines[i + 1 :]], first + i, at_start=False))
            return pieces, None
    return None


def _cut_byline_closing_a_line(chunk: Chunk, profile: Profile) -> _Cut | None:
    """A byline that closes a line before the paragraph's last, the next article's text
    run on under it: the byline ends the article above."""
    lines = chunk.lines
    first = chunk.span.first
    for i, line in enumerate(lines[:-1]):  # a byline closing the lead, the text run on
        trail = trailing_byline(line.strip(), profile)
        if trail and trail[0] and not _caption_credit(line, trail[1], profile):
            before = trail[0]
            byline = line.strip()[len(before) :].strip()
            return [
                _piece(chunk, [*lines[:i], before], first, at_start=True),
                _piece(chunk, [byline], first + i, at_start=False),
                _piece(chunk, lines[i + 1 :], first + i + 1, at_start=False),
            ], 1
    return None


def _cut_byline_closing_the_paragraph(chunk: Chunk, profile: Profile) -> _Cut | None:
    """A byline that closes the paragraph it is glued to, on its last line or, bracketed,
    wrapped from the line before onto it: the byline ends the article above."""
    lines = chunk.lines
    first = chunk.span.first
    for wrapped in (1, 2):  # a bracketed byline may wrap onto the paragraph's last line
        if len(lines) < wrapped:
            break
        tail = " ".join(line.strip() for line in lines[-wrapped:])
        trail = trailing_byline(tail, profile)
        if trail and not _caption_credit(tail, trail[1], profile):
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
    return None


def _caption_credit(text: str, credits: list[Byline], profile: Profile) -> bool:
    """`夜幕降临的湖畔中心。 摄影: 邱东明`: a photographer's credit set after a sentence, no
    bracket round it, closes a caption; it credits that picture, not the article, and
    stays with the caption's text. (A bracketed one, `（记者 汪株焱 摄）`, closes a
    reporter's own text, and is cut off as a byline.)"""
    closings = tuple(pair[-1] for pair in profile.byline_brackets)
    return pictures_only(credits) and not text.rstrip().endswith(closings)


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


def _off_a_paragraphs_line(chunks: list[Chunk], index: int, profile: Profile) -> bool:
    """An ornament-led byline printed on its paragraph's last line (qtread/parse/
    byline_lines.py moved it to a line of its own, under the same number)."""
    chunk = chunks[index]
    return (
        index > 0
        and chunk.text[:1] in profile.byline_marks
        and chunks[index - 1].span.last == chunk.span.first
        and chunks[index - 1].kind is ChunkKind.TEXT
        and not chunks[index - 1].short
    )


def classify(
    chunks: list[Chunk], profile: Profile, glued: set[int], credited: Iterable[str] = ()
) -> Roles:
    """What each chunk is, decided once: byline, credit, column label, kicker, date,
    person, group label, or free to be a title or text. CREDITED names people the issue
    credits outside its body (its contents page)."""
    roles = Roles(
        titleish=[is_titleish(chunk, profile) for chunk in chunks],
        chunks=chunks,
    )
    dates = [chronology_date(chunk.text, profile) for chunk in chunks]  # read once, asked twice
    _count_titles(chunks, roles, dates)
    for index, chunk in enumerate(chunks):
        _mark_printed_cues(chunks, roles, index, profile)
        if chunk.kind is ChunkKind.LIST_ITEM:
            # a converter sets an ornament-led byline (`□ 记者 …`) as a list item
            if byline := parse_byline(chunk.text, profile):
                roles.bylines[index] = byline
        elif _wraps_a_persons_role(chunks, roles, index, profile):
            roles.people[index] = roles.people[index - 1]  # the role, wrapped onto a line
        else:
            _mark_role(chunks, roles, index, profile, glued, dates[index])
    _names_under_titles(chunks, roles, profile, credited)
    return roles


def _count_titles(chunks: list[Chunk], roles: Roles, dates: list[tuple[str, str] | None]) -> None:
    """How often each title-like text is printed (one printed twice is a label or a
    teaser), and the line under a chronology's date kept from being taken for a title:
    it is that entry's heading."""
    for index, chunk in enumerate(chunks):
        if roles.titleish[index]:
            key = roles.key(index)
            roles.counts[key] = roles.counts.get(key, 0) + 1
        if index and dates[index - 1] and not chunk.page_break:
            roles.titleish[index] = False  # the title of a chronology entry


def _mark_printed_cues(chunks: list[Chunk], roles: Roles, index: int, profile: Profile) -> None:
    """What a chunk's print says of it beside its role, marked before the role is read
    since the role's tests ask for it: a numbered part, a photo's caption, a line right
    under one ending in a role."""
    text = chunks[index].text
    if profile.numbered_subhead.match(text):
        roles.numbered.add(index)
    if profile.caption.match(text):
        roles.captions.add(index)
    if index and ends_with_role(chunks[index - 1].text, profile):
        roles.under_role.add(index)  # `…办公室主任` / `陶峰`: a name, not a title's tail


def _wraps_a_persons_role(chunks: list[Chunk], roles: Roles, index: int, profile: Profile) -> bool:
    """Chunk INDEX is the end of the role of the person framed above it, wrapped onto a
    line of its own: part of that person, not a chunk of its own."""
    return (
        index - 1 in roles.people
        and _wrapped_role(chunks[index])
        and not ends_with_role(chunks[index - 1].text, profile)
    )


def _mark_role(
    chunks: list[Chunk],
    roles: Roles,
    index: int,
    profile: Profile,
    glued: set[int],
    date: tuple[str, str] | None,
) -> None:
    """The one role chunk INDEX's text gives it, the surest reading first: credit,
    byline, column label, kicker, date (DATE, read already), group label or person;
    none leaves it free to be a title or text."""
    chunk = chunks[index]
    text = chunk.text
    if credit := parse_credit(text, profile):
        roles.credits[index] = credit
    elif (byline := parse_byline(" ".join(chunk.lines) or text, profile)) and not (
        index in roles.captions and not _names_people(byline)
    ):
        roles.bylines[index] = byline
        if _closes_the_article_above(chunks, index, profile, glued):
            roles.closing.add(index)
    elif column := column_label(chunk, profile):
        roles.columns[index] = column
    elif kicker_label(text, profile):
        roles.kickers.add(index)
    elif date:
        roles.dates[index] = date
    elif text.strip() in profile.group_labels:
        roles.group_labels.add(index)
    elif chunk.kind in (ChunkKind.FRAME, ChunkKind.TEXT) and (
        person := person_frame(chunk, profile)
    ):
        roles.people[index] = person


def _closes_the_article_above(
    chunks: list[Chunk], index: int, profile: Profile, glued: set[int]
) -> bool:
    """The byline of chunk INDEX ends the article above rather than opening the one
    below: it was cut off the end of a paragraph (GLUED), is set in brackets, or was
    printed on its paragraph's last line."""
    chunk = chunks[index]
    return (
        index in glued
        or bracketed_byline(" ".join(chunk.lines) or chunk.text, profile)
        or _off_a_paragraphs_line(chunks, index, profile)
    )


def _names_under_titles(
    chunks: list[Chunk], roles: Roles, profile: Profile, credited: Iterable[str]
) -> None:
    """A line of names alone right under a title, with no role (`林远　周舟`), or such
    lines stacked a name a line: the authors, as journals credit them. Two names or
    more, each opening with a surname, are a byline; one name alone only where the issue
    credits that person elsewhere too (in a byline, alone under another title, in an
    author note or on the contents page), since many a short word opens with a
    surname's character."""
    stacks: list[dict[int, list[str]]] = []  # the lines of names under each title
    for index in range(1, len(chunks)):
        chunk = chunks[index]
        stacked = bool(stacks) and index - 1 in stacks[-1] and not chunk.page_break
        if (
            (stacked or roles.titleish[index - 1])
            and roles.plain(index)
            and len(chunk.lines) == 1
            and (names := names_alone(chunk.text))
        ):
            if not stacked:
                stacks.append({})
            stacks[-1][index] = names
    if not stacks:
        return
    people = [[name for names in stack.values() for name in names] for stack in stacks]
    credited = {
        *credited,
        *(name for bylines in roles.bylines.values() for b in bylines for name in b.names),
        *(name for names in people if len(names) >= _BYLINE_NAMES for name in names),
        *(name for chunk in chunks for name in author_note_names(chunk.text, profile) or ()),
    }
    alone = Counter(names[0] for names in people if len(names) == 1)
    credited.update(
        name for name, count in alone.items() if count >= _STAFF_CREDITS
    )  # a staff writer
    for stack, names in zip(stacks, people, strict=True):
        if len(names) >= _BYLINE_NAMES or names[0] in credited:
            roles.bylines.update((i, [Byline("", tuple(line))]) for i, line in stack.items())


def _names_people(bylines: list[Byline]) -> bool:
    """Every name of BYLINES opens with a surname: `图｜周舟` credits a photographer,
    `图｜圆桌论坛` is a caption in the same printed form."""
    return all(opens_with_surname(name) for byline in bylines for name in byline.names)


def closing_layout(chunks: list[Chunk], roles: Roles) -> None:
    """Bylines a layout prints at its articles' ends, after the last sentence and not
    under a title, marked as closing the article above: where most of the issue's
    bylines stand so, each of those does (one alone could be a feature's byline over a
    lead in bold, or a label's)."""
    after_text: list[int] = []
    under_title = 0
    for index in roles.bylines.keys() - roles.closing:
        before = chunks[index - 1] if index else None
        if before is None or roles.titleish[index - 1] or before.kind is ChunkKind.HEADING:
            under_title += 1
        elif before.kind is ChunkKind.TEXT and not before.open and not before.short:
            after_text.append(index)
    if len(after_text) >= CLOSING_MIN and len(after_text) > CLOSING_SHARE * under_title:
        roles.closing.update(after_text)


def _wrapped_role(chunk: Chunk) -> bool:
    """`董事长` under `陈立荣百合花集团股份有限公司`: the end of a person's role, one line
    with no clause or quote marks (a title beside the name has them)."""
    return (
        chunk.kind is ChunkKind.TEXT
        and len(chunk.text) <= _WRAPPED_ROLE_MAX
        and not chunk.page_break
        and not any(mark in chunk.text for mark in "，“”！？")
    )
