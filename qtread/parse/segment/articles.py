"""Articles built from the anchors: headline, bylines and credits (shared along a run of
uncredited items), blocks, and the articles grouped into sections."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import replace

from qtread.model import Article, ArticleKind, Block, BlockType, Byline, DroppedLine, Section
from qtread.parse.chunks import Chunk, ChunkKind
from qtread.parse.classify import norm
from qtread.parse.column_heads import ColumnHeads, HeadScope
from qtread.parse.confidence import confidence
from qtread.parse.headline import (
    Headline,
    Piece,
    list_number,
    numbered_list,
    pieces_of,
    split_headline,
    whole_title,
    without_headline_brackets,
)
from qtread.parse.profile import Profile
from qtread.parse.segment.common import Anchor, Segmented, _dropped, _title_chunks
from qtread.parse.segment.layout import any_running_text, running_text
from qtread.parse.segment.pull_quotes import drop_pull_quotes
from qtread.parse.segment.roles import Roles
from qtread.parse.word_cuts import IssueWords

LIST_NUMBER = "list number before a title"  # the ledger's reasons
BYLINE_AGAIN = "byline printed again"
_PHOTO_ROLE = "摄"  # in a credit's role (摄影, 人物摄影): it credits photographs
_CREDITED_ITEM = 1500  # characters of text in an item a column credit may cover, at most


def _article_id(position: int, title: str) -> str:
    digest = hashlib.sha1(norm(title).encode("utf-8")).hexdigest()[:6]
    return f"a{position:03d}-{digest}"


def build(
    chunks: list[Chunk],
    roles: Roles,
    anchors: dict[int, Anchor],
    heads: ColumnHeads,
    profile: Profile,
    out: Segmented,
) -> list[Section]:
    """The articles between anchors, grouped into columns: each chunk becomes the
    title, a byline, a block or a ledger entry of the article it falls in."""
    title_chunks = _title_chunks(anchors)
    articles: list[tuple[Article, str | None]] = []
    credits: list[tuple[int, Byline, Chunk]] = []  # (article position, credit, its chunk)
    pending_bylines: list[Byline] = []  # printed over the next article's title
    article: Article | None = None
    pending_date: str | None = None
    columns = _ColumnFiling(heads, articles)
    first_anchor = min(anchors, default=len(chunks))
    # Before the first article, chunks with no running text among them are what the
    # cover and contents pages left (a motto, a stray page number): not an article.
    # (With no article found at all, the text is one untitled article: never nothing.)
    leftovers = bool(anchors) and not any_running_text(chunks, roles, range(first_anchor))
    words = IssueWords(chunks)
    inside_word = words.cut_inside_word
    listed = numbered_list({index: anchor.title for index, anchor in anchors.items()})
    for index, chunk in enumerate(chunks):
        columns.reach(chunk)
        if index in anchors:
            anchor = anchors[index]
            column = columns.for_article(anchor)
            headline = _headline(chunks, anchor, inside_word)
            headline = replace(headline, title=without_headline_brackets(headline.title))
            if index in listed and (number := list_number(headline.title)):
                # the list's number, not the headline's wording: into the ledger
                headline = replace(headline, title=headline.title[len(number[1]) :])
                out.dropped.append(DroppedLine(chunk.span.first, number[1].strip(), LIST_NUMBER))
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
            columns.label(roles.columns[index])
            out.dropped.append(_dropped(chunk, "column label"))
            continue
        if index in roles.kickers or index in roles.group_labels:
            out.dropped.append(_dropped(chunk, "kicker label"))
            continue
        if article is None and leftovers:
            out.dropped.append(_dropped(chunk, "before the first article"))
            continue
        if article is None:
            article = Article(
                id=_article_id(1, chunk.text),
                title=chunk.text,
                span=chunk.span,
                evidence="untitled",
            )
            articles.append((article, columns.current))
            continue
        article.span = chunk.span if article.span is None else article.span.union(chunk.span)
        if index in roles.bylines:
            if lead := profile.news_lead.match(chunk.text):  # 本刊讯（记者 …）: the source
                out.dropped.append(DroppedLine(chunk.span.first, lead[0], "news lead's source"))
            if _credited_again(article, roles.bylines[index]):
                # the same credit printed twice (over the text and at its end, or on
                # both pages of a spread): one credit, the copy's line in the ledger
                out.dropped.append(_dropped(chunk, BYLINE_AGAIN))
            elif index in roles.closing:
                article.bylines.extend(roles.bylines[index])  # printed at its article's end
            elif _over_next_title(article, chunks, roles, anchors, index) or (
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
        _editors_apart(article, profile)
        article.confidence = confidence(article.evidence, bylined=bool(article.bylines))
    drop_pull_quotes(articles, out)
    return _group(articles)


class _ColumnFiling:
    """The column each article is filed under, as the chunks are read: what the running
    heads (`ColumnHeads`) and the columns' labels name, and where the pages break.
    ARTICLES is the builder's list of (article, column), refiled in place."""

    def __init__(self, heads: ColumnHeads, articles: list[tuple[Article, str | None]]) -> None:
        self._heads = heads.in_order()
        self._articles = articles
        self.current: str | None = None  # the column the next article is filed under
        self._printed = False  # the body named the column since the last article began
        self._page_start: int | None = None  # the first article begun on this page, once known
        self._page_first: int | None = None  # the first article begun since a page break

    def reach(self, chunk: Chunk) -> None:
        """Apply the heads printed before CHUNK, and note the page it may start."""
        while self._heads and self._heads[0][0] <= chunk.span.first:
            _, self.current, scope = self._heads.pop(0)
            self._printed = True
            if scope is HeadScope.PAGE and self._page_start is not None:
                self._refile(self._page_start)  # the page's articles
            elif scope is not HeadScope.AFTER and self._articles:
                self._refile(len(self._articles) - 1)  # the article it stands in
            # a head that closes its page starts the next; after another, a page is
            # known to start only where one is seen
            self._page_start = len(self._articles) if scope is HeadScope.PAGE else None
        if chunk.page_break:
            self._page_start = self._page_first = len(self._articles)

    def for_article(self, anchor: Anchor) -> str | None:
        """The column the article ANCHOR opens is filed under. The column the page prints
        wins over the one the TOC files the entry under (a contents page set in two
        columns and read across files some wrongly)."""
        if anchor.has_column and not self._printed:
            self.current = anchor.column
        self._printed = False
        return self.current

    def label(self, column: str) -> None:
        """A column's label printed in the body: the article it opens (no text yet) and
        the articles begun on its page that nothing filed yet are that column's."""
        self.current, self._printed = column, True
        if self._articles and not self._articles[-1][0].blocks:
            self._refile(len(self._articles) - 1)
        if self._page_first is not None:
            self._refile(self._page_first, unfiled_only=True)

    def _refile(self, first: int, *, unfiled_only: bool = False) -> None:
        """File the articles from FIRST on under the current column."""
        for at in range(first, len(self._articles)):
            article, column = self._articles[at]
            if column is None or not unfiled_only:
                self._articles[at] = (article, self.current)


def _editors_apart(article: Article, profile: Profile) -> None:
    """The editor a byline credits with the authors (`记者丨… · 编辑丨…`) is no author:
    the credit moves from the article's bylines to its editors."""
    if any(byline.role in profile.byline_editors for byline in article.bylines):
        article.editors = [b for b in article.bylines if b.role in profile.byline_editors]
        article.bylines = [b for b in article.bylines if b.role not in profile.byline_editors]


def _over_next_title(
    article: Article, chunks: list[Chunk], roles: Roles, anchors: dict[int, Anchor], index: int
) -> bool:
    """A byline right over the next title is that title's in an article already
    credited, or where the title was anchored by it (`byline-above`) and no paragraph
    ends right above it (a byline after its article's last paragraph closes that one);
    a photographer's credit (摄) stays with the pictures above it."""
    return (
        index + 1 in anchors
        and (
            bool(article.bylines)
            or (
                anchors[index + 1].evidence == "byline-above"
                and not (index > 0 and running_text(chunks, roles, index - 1))
            )
        )
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


def _credited_again(article: Article, bylines: list[Byline]) -> bool:
    """Every credit of BYLINES is one ARTICLE already has: its names are all in a credit
    of the same role, or of none (names printed alone under the title, then an author
    line `作者：…` at the end)."""
    return bool(bylines) and all(
        any(
            set(byline.names) <= set(had.names) and (had.role == byline.role or not had.role)
            for had in article.bylines
        )
        for byline in bylines
    )


def _headline(
    chunks: list[Chunk], anchor: Anchor, inside_word: Callable[[str, str], bool]
) -> Headline:
    """The anchor's title and subtitle, told apart from the pieces they were printed in.
    A chunk set in another style than the one before (a Markdown heading's plain deck
    line) starts a new part."""
    headline = _printed_headline(chunks, anchor, inside_word)
    if anchor.entry is not None:
        return replace(headline, title=whole_title(headline.title, anchor.entry.title))
    return headline


def _printed_headline(
    chunks: list[Chunk], anchor: Anchor, inside_word: Callable[[str, str], bool]
) -> Headline:
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
    return split_headline(
        pieces, toc_title=anchor.entry.title if anchor.entry else None, inside_word=inside_word
    )


def _style(chunk: Chunk) -> tuple[ChunkKind, int, bool]:
    return chunk.kind, chunk.level, chunk.emphasis


def _block(chunks: list[Chunk], roles: Roles, index: int) -> Block:
    chunk = chunks[index]
    if chunk.kind is ChunkKind.LIST_ITEM:
        return Block(BlockType.LIST_ITEM, chunk.text, chunk.span)
    if chunk.kind is ChunkKind.QUOTE:
        return Block(BlockType.QUOTE, chunk.text, chunk.span)
    if index in roles.captions and chunk.short:
        return Block(BlockType.CAPTION, chunk.text, chunk.span)
    if chunk.kind is ChunkKind.HEADING or (roles.titleish[index] and chunk.short):
        following = chunks[index + 1] if index + 1 < len(chunks) else None
        if chunk.kind is ChunkKind.HEADING or (
            following is not None and following.kind is ChunkKind.TEXT and not following.short
        ):
            return Block(BlockType.SUBHEADING, chunk.text, chunk.span)
        return Block(BlockType.CAPTION, chunk.text, chunk.span)
    return Block(BlockType.PARAGRAPH, chunk.text, chunk.span)


def _group(articles: list[tuple[Article, str | None]]) -> list[Section]:
    sections: list[Section] = []
    for article, column in articles:
        if not sections or sections[-1].name != column:
            sections.append(Section(column))
        sections[-1].articles.append(article)
    return sections
