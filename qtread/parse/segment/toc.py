"""Anchors from the printed TOC: the front article before it, and each entry matched to
the title it names (a `等 N 则` group entry opens each of its briefs)."""

from __future__ import annotations

import itertools

from rapidfuzz import fuzz

from qtread.model import ArticleKind, ParseWarning, SourceShape, TocEntry
from qtread.parse.chunks import Chunk, ChunkKind, part_of
from qtread.parse.classify import norm
from qtread.parse.segment.common import (
    TITLE_RUN,
    TOC_EVIDENCE,
    Anchor,
    Segmented,
    _dropped,
    body_follows,
)
from qtread.parse.segment.layout import any_running_text
from qtread.parse.segment.roles import Roles
from qtread.text.cjk import DECK_DASHES

#: Share of the issue's lines past which a TOC is printed at the back, not the front.
BACK_TOC_SHARE = 0.5
MIN_PLACED = 3  # articles the TOC placed, at least, to tell how long its articles run
#: Times the longest article the TOC placed (in chunks) that its last one may run, past
#: which the issue goes on with articles the TOC does not list.
LAST_ARTICLE_SLACK = 1
_CONTAINED_MIN = 4  # characters of a title or run, at least, to match inside another (not `一张网`)
_FUZZY_MIN = 6  # characters of a run, at least, to match a title fuzzily: shorter is chance
_FUZZY_RATIO = 85  # percent (rapidfuzz ratio), at least, between a run and title with subtitle
_PARTIAL_TITLE_MIN = 8  # characters of a title, at least, to look for it partially in a run
_PARTIAL_TITLE_RATIO = 90  # percent (rapidfuzz partial_ratio), at least, for such a title in a run
_PARTIAL_RATIO = 92  # percent (rapidfuzz partial_ratio), at least, for a run in title with subtitle


def front_anchor(
    chunks: list[Chunk], roles: Roles, toc_line: int | None, anchors: dict[int, Anchor]
) -> None:
    """Text printed before the TOC (a foreword on the contents page) is the front article.
    A TOC printed at the back (past half the issue's lines) has the whole issue before it:
    there its own entries place every article."""
    if toc_line is None or (chunks and toc_line > chunks[-1].span.last * BACK_TOC_SHARE):
        return
    before = (i for i, chunk in enumerate(chunks) if chunk.span.first < toc_line)
    if not any_running_text(chunks, roles, before):
        return  # a motto or label under the masthead: no foreword
    for index, chunk in enumerate(chunks):
        if chunk.span.first >= toc_line:
            return
        if roles.title(index) and index not in roles.kickers:  # `主编手记` labels its title
            anchors[index] = Anchor(
                index, chunk.text, [index], kind=ArticleKind.FRONT, evidence="front"
            )
            return


def _similar(candidate: str, key: str, key_title: str) -> bool:
    if not candidate:
        return False
    if len(key_title) >= _CONTAINED_MIN and key_title in candidate:
        return True
    if len(candidate) >= _CONTAINED_MIN and candidate in key and len(candidate) * 2 >= len(key):
        return True
    return len(candidate) >= _FUZZY_MIN and (
        fuzz.ratio(candidate, key) >= _FUZZY_RATIO
        or (
            len(key_title) >= _PARTIAL_TITLE_MIN
            and fuzz.partial_ratio(key_title, candidate) >= _PARTIAL_TITLE_RATIO
        )
        or fuzz.partial_ratio(candidate, key) >= _PARTIAL_RATIO
    )


def toc_anchors(
    chunks: list[Chunk],
    roles: Roles,
    entries: list[TocEntry],
    anchors: dict[int, Anchor],
    out: Segmented,
    shape: SourceShape,
) -> None:
    """An article for each TOC entry, found in the body in the TOC's order; a `等 N 则`
    entry also opens the group's other briefs (titles like its first, up to the next entry,
    as many as the count promises)."""
    first_position = position = max(anchors, default=-1) + 1
    placed: list[tuple[Anchor, Chunk]] = []
    taken: set[int] = set()
    missed: list[TocEntry] = []
    for entry in entries:
        found = _find_entry(chunks, roles, entry, position, taken)
        if found is None:
            missed.append(entry)
            continue
        anchor = _place(chunks, roles, entry, found, anchors, placed, taken, out)
        position = max(anchor.title_chunks) + 1
    # The body need not follow the TOC's order (a contents page set in two columns and
    # read across, a feature listed before the news it follows): an entry not found
    # after the one before is looked for among the titles no entry has taken.
    for entry in missed:
        found = _find_entry(chunks, roles, entry, first_position, taken)
        if found is None:
            out.warnings.append(
                ParseWarning(f"TOC entry not found in the body: {entry.title}", entry.line)
            )
            continue
        _place(chunks, roles, entry, found, anchors, placed, taken, out)
    placed.sort(key=lambda pair: pair[0].start)
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


def _place(
    chunks: list[Chunk],
    roles: Roles,
    entry: TocEntry,
    found: tuple[int, int],
    anchors: dict[int, Anchor],
    placed: list[tuple[Anchor, Chunk]],
    taken: set[int],
    out: Segmented,
) -> Anchor:
    """The anchor ENTRY opens at the chunks FOUND, recorded as placed and its chunks taken."""
    index, count = found
    if index in roles.kickers and index + 1 < len(chunks):  # ·说项目· then the title
        out.dropped.append(_dropped(chunks[index], "kicker label"))
        index, count = index + 1, 1
    anchor = _anchor_from_entry(chunks, roles, entry, index, count)
    anchors[index] = anchor
    placed.append((anchor, chunks[index]))
    taken.update(anchor.title_chunks)
    return anchor


def _find_entry(
    chunks: list[Chunk], roles: Roles, entry: TocEntry, start: int, taken: set[int]
) -> tuple[int, int] | None:
    key_title = norm(entry.title)
    key = key_title + norm(entry.subtitle)
    above = norm(entry.subtitle) + key_title  # a kicker printed above its title
    for index in range(start, len(chunks)):
        if index in taken:
            continue
        if (
            key_title
            and roles.key(index) == key_title
            and roles.plain(index)
            and not roles.titleish[index]
        ):
            return index, 1  # a title too short to look like one (一张网), named exactly
        if roles.title(index) or index in roles.kickers:
            found = _run_naming(chunks, roles, index, taken, key_title, key, above)
            if found is not None:
                return found
    return None


def _run_naming(
    chunks: list[Chunk],
    roles: Roles,
    index: int,
    taken: set[int],
    key_title: str,
    key: str,
    above: str,
) -> tuple[int, int] | None:
    """The run of title chunks from INDEX (at most `TITLE_RUN`, none TAKEN) that names
    the entry (KEY_TITLE: its title; KEY: title and subtitle; ABOVE: subtitle printed as
    a kicker over the title), tightened to the chunks the match needs; else the longest
    run from INDEX similar to it; else None. Keys are normalized (`norm`)."""
    text = ""
    best = 0
    fuzzy: tuple[int, int] | None = None
    for count in range(1, TITLE_RUN + 1):
        last = index + count - 1
        if last >= len(chunks) or last in taken or not (roles.title(last) or last == index):
            break
        text += roles.key(last)
        contains = len(key_title) >= _CONTAINED_MIN and key_title in text
        inside = len(text) >= _CONTAINED_MIN and (text in key or text in above)
        if (
            text == key_title  # a title too short for the tests below: `一张网`
            or (contains and (count == 1 or inside or best == 0))
            or (inside and len(text) * 2 >= len(key))
            or (index in roles.kickers and text == key)
        ):
            best = count
        elif best:
            break
        if _similar(text, key, key_title):
            fuzzy = (index, count)  # the longest similar run from this start
    if best:
        return _tighten(chunks, index, best, key_title)
    return fuzzy


def _tighten(chunks: list[Chunk], index: int, count: int, key_title: str) -> tuple[int, int]:
    """Drop leading chunks (a caption before the heading) the match does not need."""
    while count > 1 and len(key_title) >= _CONTAINED_MIN:
        rest = "".join(norm(chunks[i].text) for i in range(index + 1, index + count))
        if key_title not in rest:
            break
        index, count = index + 1, count - 1
    return index, count


def _anchor_from_entry(
    chunks: list[Chunk], roles: Roles, entry: TocEntry, index: int, count: int
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
    kind = ArticleKind.ARTICLE  # build marks chronologies, by the profile's words
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
    roles: Roles,
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
            hit = roles.title(index) and body_follows(chunks, roles, index)
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


def past_the_toc(anchors: dict[int, Anchor], chunks: int) -> int | None:
    """The first chunk past the articles the TOC placed, where it lists only part of
    the issue (one column's contents on its divider page): its last article runs no
    longer than the longest before it, and more of the issue's CHUNKS lie beyond that
    than the TOC covers, so there titles are read without it. None when the TOC covers
    the issue, or placed too few articles to tell how long they run."""
    placed = sorted(i for i, anchor in anchors.items() if anchor.evidence in TOC_EVIDENCE)
    if len(placed) < MIN_PLACED:
        return None
    longest = max(b - a for a, b in itertools.pairwise(placed))
    past = placed[-1] + longest * LAST_ARTICLE_SLACK
    return past if chunks - past > past - placed[0] else None


#: Characters, at least, in a TOC title looked for among a chunk's printed lines: a
#: shorter one (`一张网`) may be printed as a line of running text.
APART_MIN = 4
#: Printed lines, at most, a title wraps to inside a longer chunk.
APART_LINES = 3
_APART_FROM = 2  # printed lines of a chunk, at least, for some of them to be a title apart


def toc_titles_apart(chunks: list[Chunk], entries: list[TocEntry]) -> list[Chunk]:
    """A title the TOC names, printed as whole lines of a longer chunk (the deck set
    above or under it in one frame, the paragraph the joiner ran it into), set apart as a
    chunk of its own, so the matcher finds it as it finds a title printed alone (and a
    deck under it as the entry's subtitle)."""
    titles = {key for entry in entries if len(key := norm(entry.title)) >= APART_MIN}
    if not titles:
        return chunks
    keys = titles | {norm(e.title) + norm(e.subtitle) for e in entries if e.subtitle}
    result: list[Chunk] = []
    for chunk in chunks:
        if len(chunk.lines) > 1:
            chunk.lines = _deck_cut(chunk.lines, titles)
        found = _title_lines(chunk, keys, titles)
        result.extend([chunk] if found is None else _apart(chunk, *found))
    return result


def _apart(chunk: Chunk, start: int, end: int) -> list[Chunk]:
    """CHUNK cut into the lines before line START, the title's lines up to END and the
    lines after it; the parts around the title stay what CHUNK was (a paragraph, a
    frame, a heading)."""
    pieces = []
    for low, high in ((0, start), (start, end), (end, len(chunk.lines))):
        if low == high:
            continue
        piece = part_of(chunk, chunk.lines[low:high], min(chunk.span.first + low, chunk.span.last))
        if (low, high) != (start, end) or chunk.kind is ChunkKind.HEADING:
            piece.kind = chunk.kind
        piece.level, piece.emphasis = chunk.level, chunk.emphasis
        pieces.append(piece)
    pieces[0].page_break, pieces[0].indented = chunk.page_break, chunk.indented
    return pieces


def _title_lines(chunk: Chunk, keys: set[str], titles: set[str]) -> tuple[int, int] | None:
    """The printed lines of CHUNK, not all of them, that read as one of KEYS (a title,
    or a title and its subtitle); none where CHUNK is one of TITLES already."""
    if len(chunk.lines) < _APART_FROM:
        return None
    lines = [norm(line) for line in chunk.lines]  # each read once
    if "".join(lines) in titles:
        return None
    for start in range(len(lines)):
        text = ""
        for end in range(start + 1, min(len(lines), start + APART_LINES) + 1):
            text += lines[end - 1]
            if text in keys and (start, end) != (0, len(lines)):
                return start, end
    return None


def _deck_cut(lines: list[str], titles: set[str]) -> list[str]:
    """LINES with the one that prints a listed title and its deck after a dash
    (`乐享邻里——下沙街道…`) cut in two at the dash, so the title is a whole line."""
    for at, line in enumerate(lines):
        head = _before_deck(line)
        if head and norm(head) in titles:
            return [*lines[:at], head, line[len(head) :], *lines[at + 1 :]]
    return lines


def _before_deck(line: str) -> str:
    """LINE up to a deck's dash in it (`乐享邻里——下沙街道…` → `乐享邻里`), or ''."""
    at = line.find(DECK_DASHES[0])
    return line[:at] if at > 0 else ""
