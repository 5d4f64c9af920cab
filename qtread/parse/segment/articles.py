"""Articles built from the anchors: headline, bylines and credits (shared along a run of
uncredited items), blocks, and the articles grouped into sections."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import replace

from qtread.model import Article, ArticleKind, Block, BlockType, Byline, DroppedLine, Section
from qtread.parse.chunks import Chunk, ChunkKind
from qtread.parse.classify import PHOTO_ROLE, norm, pictures_only
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
from qtread.parse.segment.common import (
    Anchor,
    Segmented,
    _dropped,
    _title_chunks,
)
from qtread.parse.segment.layout import any_running_text, running_text
from qtread.parse.segment.pull_quotes import drop_pull_quotes
from qtread.parse.segment.roles import Roles
from qtread.parse.word_cuts import IssueWords

LIST_NUMBER = "list number before a title"  # the ledger's reasons
BYLINE_AGAIN = "byline printed again"
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
    reader = _ArticleReader(chunks, roles, anchors, heads, profile, out)
    for index, chunk in enumerate(chunks):
        reader.read(index, chunk)
    articles = reader.articles
    for article, _ in articles:
        article.blocks = [b for b in article.blocks if b.text or b.date]
        if any(word in article.title for word in profile.chronology_words):
            article.kind = ArticleKind.CHRONOLOGY
    _share_credits([article for article, _ in articles], reader.credits, out)
    for article, _ in articles:
        _editors_apart(article, profile)
        article.confidence = confidence(article.evidence, bylined=bool(article.bylines))
    drop_pull_quotes(articles, out)
    return _group(articles)


class _ArticleReader:
    """The articles as the chunks are read in order: the article each chunk falls in and
    what it is of it. What one chunk leaves for the next is kept here: the article open,
    bylines printed over the next title, a chronology's date waiting for its text, and
    the column filing. ARTICLES is the list of (article, column) built; CREDITS the
    column credits read, (article position, credit, its chunk), shared out afterwards."""

    def __init__(
        self,
        chunks: list[Chunk],
        roles: Roles,
        anchors: dict[int, Anchor],
        heads: ColumnHeads,
        profile: Profile,
        out: Segmented,
    ) -> None:
        self._chunks = chunks
        self._roles = roles
        self._anchors = anchors
        self._profile = profile
        self._out = out
        self._title_chunks = _title_chunks(anchors)
        self.articles: list[tuple[Article, str | None]] = []
        self.credits: list[tuple[int, Byline, Chunk]] = []
        self._pending_bylines: list[Byline] = []  # printed over the next article's title
        self._article: Article | None = None
        self._pending_date: str | None = None
        self._columns = _ColumnFiling(heads, self.articles)
        first_anchor = min(anchors, default=len(chunks))
        # Before the first article, chunks with no running text among them are what the
        # cover and contents pages left (a motto, a stray page number): not an article.
        # (With no article found at all, the text is one untitled article: never nothing.)
        self._leftovers = bool(anchors) and not any_running_text(chunks, roles, range(first_anchor))
        self._inside_word = IssueWords(chunks).cut_inside_word
        self._listed = numbered_list({index: anchor.title for index, anchor in anchors.items()})

    def read(self, index: int, chunk: Chunk) -> None:
        """File CHUNK, at INDEX: it opens an article, is part of a title, goes to the
        ledger, or is content of the article it falls in."""
        self._columns.reach(chunk)
        if index in self._anchors:
            self._open(index, chunk, self._anchors[index])
        if index in self._title_chunks:
            self._widen_title(chunk)
            return
        if self._set_aside(index, chunk):
            return
        article = self._article
        if article is None:
            self._open_untitled(chunk)
            return
        article.span = chunk.span if article.span is None else article.span.union(chunk.span)
        self._take(index, chunk, article)

    def _open(self, index: int, chunk: Chunk, anchor: Anchor) -> None:
        """The article ANCHOR opens at CHUNK: filed under its column, credited with the
        bylines printed over its title."""
        column = self._columns.for_article(anchor)
        headline = self._bare_headline(index, chunk, anchor)
        article = Article(
            id=_article_id(len(self.articles) + 1, headline.title),
            title=headline.title,
            kind=anchor.kind,
            subtitle=headline.subtitle,
            evidence=anchor.evidence,
            page=anchor.entry.page if anchor.entry else None,
            span=chunk.span,
        )
        if anchor.entry is not None:
            anchor.entry.article_id = article.id
        self.articles.append((article, column))
        self._article = article
        self._pending_date = None
        article.bylines.extend(self._pending_bylines)
        self._pending_bylines = []

    def _bare_headline(self, index: int, chunk: Chunk, anchor: Anchor) -> Headline:
        """The anchor's headline as its article's title: bare of its brackets, and of a
        numbered list's number (the list's, not the headline's wording: into the ledger)."""
        headline = headline_of(self._chunks, anchor, self._inside_word)
        headline = replace(headline, title=without_headline_brackets(headline.title))
        if index in self._listed and (number := list_number(headline.title)):
            headline = replace(headline, title=headline.title[len(number[1]) :])
            self._out.dropped.append(DroppedLine(chunk.span.first, number[1].strip(), LIST_NUMBER))
        return headline

    def _widen_title(self, chunk: Chunk) -> None:
        """A title chunk is its article's: the article's span takes it in."""
        article = self._article
        if article is not None and article.span is not None:
            article.span = article.span.union(chunk.span)

    def _set_aside(self, index: int, chunk: Chunk) -> bool:
        """Whether CHUNK is no article's content, and goes to the ledger: a column's label
        (which files the articles under it), a kicker or group label, or what the cover
        and contents pages left before the first article."""
        roles = self._roles
        if index in roles.columns:
            self._columns.label(roles.columns[index])
            reason = "column label"
        elif index in roles.kickers or index in roles.group_labels:
            reason = "kicker label"
        elif self._article is None and self._leftovers:
            reason = "before the first article"
        else:
            return False
        self._out.dropped.append(_dropped(chunk, reason))
        return True

    def _open_untitled(self, chunk: Chunk) -> None:
        """With no article open, CHUNK opens one: untitled, its own text the title."""
        article = Article(
            id=_article_id(1, chunk.text),
            title=chunk.text,
            span=chunk.span,
            evidence="untitled",
        )
        self.articles.append((article, self._columns.current))
        self._article = article

    def _take(self, index: int, chunk: Chunk, article: Article) -> None:
        """CHUNK as content of ARTICLE: a byline, a column credit (shared out later), a
        person's name label, a chronology's date, or a block of text."""
        roles = self._roles
        if index in roles.bylines:
            self._byline(index, chunk, article)
        elif index in roles.credits:
            self.credits.append((len(self.articles) - 1, roles.credits[index], chunk))
        elif index in roles.people:
            if roles.people[index] not in article.names:  # a name label and its photo's
                article.bylines.append(Byline("", (roles.people[index],)))
            article.blocks.append(Block(BlockType.CAPTION, chunk.text, chunk.span))
        elif index in roles.dates:
            self._date(index, chunk, article)
        else:
            self._text(index, article)

    def _byline(self, index: int, chunk: Chunk, article: Article) -> None:
        """The byline at INDEX credits ARTICLE, or the next article when printed over its
        title, or is a copy of a credit ARTICLE has (into the ledger)."""
        roles = self._roles
        if lead := self._profile.news_lead.match(chunk.text):  # 本刊讯（记者 …）: the source
            self._out.dropped.append(DroppedLine(chunk.span.first, lead[0], "news lead's source"))
        if _credited_again(article, roles.bylines[index]):
            # the same credit printed twice (over the text and at its end, or on
            # both pages of a spread): one credit, the copy's line in the ledger
            self._out.dropped.append(_dropped(chunk, BYLINE_AGAIN))
        elif (
            article.bylines
            and pictures_only(roles.bylines[index])
            and _names_credited(article, roles.bylines[index])
        ):
            # `融媒体记者 汪株燚 摄` under a picture of an article he wrote: the caption's
            # credit, which names no one new, stays with the caption as text
            article.blocks.append(Block(BlockType.CAPTION, chunk.text, chunk.span))
        elif index in roles.closing:
            article.bylines.extend(roles.bylines[index])  # printed at its article's end
        elif _over_next_title(article, self._chunks, roles, self._anchors, index) or (
            self._pending_bylines and index - 1 in roles.bylines
        ):
            self._pending_bylines += roles.bylines[index]
        else:
            article.bylines.extend(roles.bylines[index])

    def _date(self, index: int, chunk: Chunk, article: Article) -> None:
        """A chronology's date: an entry with the text after it, or one whose text is the
        next block (the date is left pending until it comes)."""
        date, rest = self._roles.dates[index]
        if rest:
            article.blocks.append(Block(BlockType.CHRONOLOGY, rest, chunk.span, date))
            self._pending_date = None
        else:
            self._pending_date = date
            article.blocks.append(Block(BlockType.CHRONOLOGY, "", chunk.span, date))

    def _text(self, index: int, article: Article) -> None:
        """A block of ARTICLE's text, or the text of the dated entry waiting for it."""
        block = _block(self._chunks, self._roles, index)
        if self._pending_date is not None:
            last = article.blocks[-1]
            if last.type is BlockType.CHRONOLOGY and not last.text:
                last.text, last.span = block.text, last.span.union(block.span)
                self._pending_date = None
                return
        article.blocks.append(block)


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
        and not any(PHOTO_ROLE in byline.role for byline in roles.bylines[index])
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


def _names_credited(article: Article, bylines: list[Byline]) -> bool:
    """Every name of BYLINES is one ARTICLE already credits, in whatever role."""
    credited = {name for had in article.bylines for name in had.names}
    return all(set(byline.names) <= credited for byline in bylines)


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


def headline_of(
    chunks: list[Chunk], anchor: Anchor, inside_word: Callable[[str, str], bool]
) -> Headline:
    """The anchor's title and subtitle, told apart from the pieces they were printed in.
    A chunk set in another style than the one before (a Markdown heading's plain deck
    line) starts a new part."""
    headline = _printed_headline(chunks, anchor, inside_word)
    if anchor.entry is None:
        return headline
    title = whole_title(headline.title, anchor.entry.title)
    subtitle = headline.subtitle
    if title != headline.title and subtitle and norm(subtitle) in norm(title):
        subtitle = None  # the rest of the headline, which the entry's wording took in
    return Headline(title, subtitle)


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
        pieces,
        toc_title=anchor.entry.title if anchor.entry else None,
        inside_word=inside_word,
        measured=all(chunks[i].kind is not ChunkKind.HEADING for i in anchor.title_chunks),
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
