"""The one HTML rendering of the model: every exporter prints these templates.

`IssueView` turns an `Issue` into display-ready, cleaned strings once; the templates only
lay them out. Autoescaping is on for every template, so text from the issue can never
become markup, whatever it contains.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined
from jinja2.bccache import Bucket
from markupsafe import Markup

from qtread.model import Article, ArticleKind, Block, BlockType, Issue
from qtread.paths import cache_dir
from qtread.render.cover_image import COVER_URL, CoverImage, image_src
from qtread.render.meta import PublicationMeta, publication_meta
from qtread.render.outline import OutlineArticle, OutlineSection, build_outline
from qtread.render.text import body, compress_punctuation, label, shorten
from qtread.render.themes import TEMPLATES
from qtread.text.cjk import has_own_list_mark
from qtread.text.credits import names_text

RUNNING_HEADER_CHARS = 18  # what fits beside the column name in an A5 header
COVER_LINES = 5
#: Characters of text from which an article opens a new page of the PDF: about one A5
#: page (33 characters a line, 26 lines). A shorter article follows the one before it on
#: its page, which a page break would leave mostly empty.
PAGE_OPENING_CHARS = 800


@dataclass(frozen=True, slots=True)
class BylineView:
    """One credit as the templates print it: role and names, cleaned."""

    role: str
    names: str


@dataclass(frozen=True, slots=True)
class ArticleView:
    """One article as the templates print it, its text cleaned and grouped."""

    key: str
    title: str
    running: str
    printed: str  # 「　原刊第 12 页」 for the PDF's running head, or nothing
    page: int | None  # the magazine's page the article starts on, where it prints pages
    page_break: int | None  # the printed page, if the article is the first to start on it
    kind: str
    subtitle: str | None
    bylines: tuple[BylineView, ...]
    parts: tuple[dict[str, Any], ...]

    @property
    def opens_page(self) -> bool:
        """Whether the PDF starts the article on a page of its own (a column's first
        opens one anyway): a sidebar never, as it belongs beside its article; anything
        else when it is long enough to fill a page."""
        return self.kind != ArticleKind.SIDEBAR and text_size(self) >= PAGE_OPENING_CHARS


@dataclass(frozen=True, slots=True)
class IssueView:
    """The issue as every rendered output sees it: metadata, outline and articles."""

    meta: PublicationMeta
    outline: tuple[OutlineSection, ...]
    articles: dict[str, ArticleView]
    cover_name: str
    cover_issue: str | None
    title_en: str | None
    cover_lines: tuple[str, ...]
    cover_image: CoverImage | None = None  # the user's (`--cover`), over the generated one


@dataclass(frozen=True, slots=True)
class Slice:
    """Articles of one column, printed together (see qtread/render/parts.py)."""

    section: OutlineSection
    articles: tuple[OutlineArticle, ...]
    opens: bool  # the column starts here: its heading, anchor and bookmark are printed


Part = tuple[Slice, ...]


class _TemplateCache(FileSystemBytecodeCache):
    """Jinja's compiled templates kept between runs in the user's cache folder: compiling
    the bundled templates costs each export process some 50 ms, loading them 3 ms. A
    cache only saves time, so a folder that cannot be read, made or written (a read-only
    home, a full disk) leaves the templates compiled as before, never an error."""

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except OSError:
            return

    def dump_bytecode(self, bucket: Bucket) -> None:
        try:
            os.makedirs(self.directory, mode=0o700, exist_ok=True)
            super().dump_bytecode(bucket)
        except OSError:
            return


@cache
def environment() -> Environment:
    """The Jinja environment of the bundled templates, autoescaping on: issue text is data."""
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        bytecode_cache=_TemplateCache(str(cache_dir() / "templates")),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )
    env.filters["compressed"] = compress_punctuation
    return env


def text_size(article: ArticleView) -> int:
    """Characters of text an article prints: what decides its page break, and a part's
    budget when a long PDF is laid out in parts."""
    size = len(article.title) + len(article.subtitle or "")
    size += sum(len(b.role) + len(b.names) for b in article.bylines)
    for part in article.parts:
        size += sum(len(text) for text in part.get("entries", ()))
        size += len(part.get("text", "")) + len(part.get("date") or "")
    return size


def _parts(blocks: list[Block]) -> tuple[dict[str, Any], ...]:
    """Blocks as template parts; consecutive list items become one list."""
    parts: list[dict[str, Any]] = []
    for block in blocks:
        text = body(block.text)
        if block.type is BlockType.LIST_ITEM:
            entry = (text, has_own_list_mark(text))  # marked: the list adds no bullet
            if parts and parts[-1]["tag"] == "ul":
                parts[-1]["entries"].append(entry)
            else:
                parts.append({"tag": "ul", "entries": [entry]})
        elif block.type is BlockType.SUBHEADING:
            parts.append({"tag": "h3", "text": text})
        elif block.type is BlockType.QUOTE:
            parts.append({"tag": "blockquote", "text": text})
        else:
            date = body(block.date) if block.date else None
            if date and text.startswith(date):
                date = None
            cls = {
                BlockType.CAPTION: "caption",
                BlockType.TABLE_ROW: "table-row",
                BlockType.CHRONOLOGY: "chronology",
            }.get(block.type, "")
            parts.append({"tag": "p", "cls": cls, "text": text, "date": date})
    return tuple(parts)


def _article_view(item: OutlineArticle, first_on_page: bool) -> ArticleView:
    article: Article = item.article
    bylines = tuple(
        BylineView(label(b.role), label(names_text(b)))
        for b in article.credits
        if label(b.role) or any(label(n) for n in b.names)
    )
    subtitle = body(article.subtitle).strip() if article.subtitle else None
    return ArticleView(
        key=item.key,
        title=item.title,
        running=shorten(item.title, RUNNING_HEADER_CHARS),
        printed=f"　原刊第 {article.page} 页" if article.page is not None else "",
        page=article.page,
        page_break=article.page if first_on_page else None,
        kind=str(article.kind),
        subtitle=subtitle or None,
        bylines=bylines,
        parts=_parts(article.blocks),
    )


def issue_view(issue: Issue) -> IssueView:
    """The issue prepared once for every rendered output (EPUB, HTML, PDF, Markdown)."""
    meta = publication_meta(issue)
    outline = build_outline(issue)
    articles: dict[str, ArticleView] = {}
    pages: set[int | None] = {None}  # the printed pages an article has started on so far
    for item in (item for section in outline for item in section.articles):
        articles[item.key] = _article_view(item, item.article.page not in pages)
        pages.add(item.article.page)
    name = meta.magazine or meta.title
    rest = meta.title[len(name) :].strip() if meta.title.startswith(name) else ""
    lines = [
        item.title
        for s in outline
        for item in s.articles
        if item.article.kind is ArticleKind.ARTICLE
    ]
    title_en = label(issue.metadata.title_en) if issue.metadata.title_en else None
    return IssueView(
        meta=meta,
        outline=outline,
        articles=articles,
        cover_name=name,
        cover_issue=rest or None,
        title_en=title_en or None,
        cover_lines=tuple(lines[:COVER_LINES]),
    )


def render(template: str, **context: Any) -> str:
    """A bundled template rendered with CONTEXT (autoescaped)."""
    return environment().get_template(template).render(**context)


def xhtml_page(title: str, content: str, css_href: str, body_class: str) -> str:
    """A complete HTML5 document in XML syntax (an EPUB content document)."""
    return render(
        "page.xhtml.j2",
        title=label(title),
        content=Markup(content),
        css_href=css_href,
        body_class=body_class,
    )


def epub_article(view: IssueView, section: OutlineSection, key: str) -> str:
    """The body of one article's EPUB document; the column name is printed above it."""
    return render("epub_article.j2", item=view.articles[key], kicker=section.label)


def epub_cover(view: IssueView, image_href: str | None = None) -> str:
    """The EPUB's cover page document: the user's cover image at IMAGE_HREF, if any."""
    return render("epub_cover.j2", view=view, image_href=image_href)


def cover_svg(view: IssueView) -> str:
    """A cover image for reading systems' library views (text, no raster, no fonts)."""
    return render("cover.svg.j2", view=view)


def epub_nav(view: IssueView, hrefs: dict[str, str], bodymatter: str) -> str:
    """The EPUB's navigation document: its 目录 and landmarks."""
    return render("epub_nav.j2", view=view, hrefs=hrefs, bodymatter=bodymatter)


def anchors(view: IssueView) -> dict[str, str]:
    """Each column's and article's link within one HTML document (`#s01a02`)."""
    hrefs = {s.key: f"#{s.key}" for s in view.outline}
    hrefs.update({a.key: f"#{a.key}" for s in view.outline for a in s.articles})
    return hrefs


def _book(
    view: IssueView,
    css: str | None,
    *,
    front: bool,
    body: Part,
    pages: Mapping[str, int] | None = None,
    cover_src: str | None = None,
) -> str:
    return render(
        "book.html.j2",
        view=view,
        hrefs=anchors(view),
        css=Markup(css) if css is not None else None,
        front=front,
        body=body,
        pages=pages,
        cover_src=cover_src,
    )


def book_html(view: IssueView, css: str | None, *, standalone: bool = False) -> str:
    """The whole issue as one HTML document: cover, 目录, then every column and article.

    CSS is the caller's own (a bundled theme), inlined verbatim; None leaves it out. A
    STANDALONE document (the HTML export) carries a cover image inline; otherwise it
    names the address the PDF's fetcher serves it under.
    """
    body = tuple(Slice(s, s.articles, True) for s in view.outline)
    return _book(view, css, front=True, body=body, cover_src=_cover_src(view, standalone))


def _cover_src(view: IssueView, standalone: bool) -> str | None:
    return image_src(view.cover_image, COVER_URL, standalone)


def cover_images(view: IssueView) -> dict[str, CoverImage]:
    """The cover image the issue's HTML names, by its address: what the PDF's fetcher
    serves (nothing, where the issue has the generated cover)."""
    return {} if view.cover_image is None else {COVER_URL: view.cover_image}


def front_html(view: IssueView, pages: Mapping[str, int]) -> str:
    """Cover and 目录 alone, for a PDF laid out in parts: the 目录 prints PAGES (outline
    key → page number), since its targets are in other documents."""
    return _book(view, None, front=True, body=(), pages=pages, cover_src=_cover_src(view, False))


def part_html(view: IssueView, part: Part) -> str:
    """One part of a PDF laid out in parts: its columns and articles, nothing else."""
    return _book(view, None, front=False, body=part)
