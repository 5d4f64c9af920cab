"""What the segment pass's steps share: an article's `Anchor`, the pass's result
(`Segmented`), and the few helpers and limits more than one step uses."""

from __future__ import annotations

from dataclasses import dataclass, field

from qtread.model import ArticleKind, DroppedLine, ParseWarning, Section, TocEntry
from qtread.parse.chunks import Chunk, ChunkKind
from qtread.parse.segment.roles import Roles

TITLE_RUN = 3  # consecutive title chunks that may form one title
DETACHED = 3  # blank lines that separate a byline from the title above it
TOC_EVIDENCE = ("toc", "toc-group")  # the evidence of anchors the printed TOC placed


@dataclass(slots=True)
class Anchor:
    """Where an article starts, what opened it and which chunks its headline used."""

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
    """What the segment pass yields: the columns, and what it dropped or warns of."""

    sections: list[Section]
    dropped: list[DroppedLine] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)


def body_follows(chunks: list[Chunk], roles: Roles, index: int) -> bool:
    """The next chunk or the one after it is a paragraph (a pull quote may sit between)."""
    for following in range(index + 1, min(len(chunks), index + 3)):
        chunk = chunks[following]
        if following in roles.bylines:
            return chunk.gap < DETACHED  # a page's furniture between: not this title's
        if following in roles.dates:
            return True  # a chronology under its title
        if chunk.kind is ChunkKind.TEXT and not chunk.short:
            return True
        if not roles.plain(following):
            return False
    return False


def _title_chunks(anchors: dict[int, Anchor]) -> set[int]:
    """Chunks already used up as some article's title or subtitle."""
    return {i for anchor in anchors.values() for i in anchor.title_chunks}


def _dropped(chunk: Chunk, reason: str) -> DroppedLine:
    return DroppedLine(chunk.span.first, chunk.text, reason)
