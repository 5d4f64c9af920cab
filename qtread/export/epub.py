"""EPUB 3 through ebooklib: cover, 目录 (the nav itself, in the spine), one XHTML per article.

ebooklib writes the package and the NCX; the documents are our own templates, stored
as-is (ebooklib would re-parse and rewrite <head>). ebooklib 0.20 stamps zip entries with
the wall clock, so the archive is rewritten with fixed timestamps: same input, same bytes.
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from typing import Any

from ebooklib import epub

from qtread.render.html import (
    IssueView,
    cover_svg,
    epub_article,
    epub_cover,
    epub_nav,
    xhtml_page,
)
from qtread.render.meta import PublicationMeta
from qtread.render.themes import epub_css
from qtread.render.volume import (
    VolumeView,
    epub_issue_cover,
    epub_volume_cover,
    epub_volume_nav,
)

LANG = "zh-CN"
XHTML = "application/xhtml+xml"
CSS_NAME = "style/qtread.css"
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


def _document(uid: str, name: str, content: str) -> epub.EpubItem:
    return epub.EpubItem(uid=uid, file_name=name, media_type=XHTML, content=content.encode())


def _metadata(book: epub.EpubBook, meta: PublicationMeta) -> None:
    book.set_identifier(meta.identifier)
    book.set_title(meta.title)
    book.set_language(LANG)
    book.add_metadata("DC", "creator", meta.creator, {"id": "creator"})
    if meta.publisher:
        book.add_metadata("DC", "publisher", meta.publisher)
    if meta.date:
        book.add_metadata("DC", "date", meta.date)
    if meta.magazine:
        book.add_metadata(
            None, "meta", meta.magazine, {"property": "belongs-to-collection", "id": "magazine"}
        )
        book.add_metadata(
            None, "meta", "series", {"refines": "#magazine", "property": "collection-type"}
        )
        if meta.issue_number:
            book.add_metadata(
                None,
                "meta",
                str(meta.issue_number),
                {"refines": "#magazine", "property": "group-position"},
            )
    for prop, value in (
        ("schema:accessMode", "textual"),
        ("schema:accessModeSufficient", "textual"),
        ("schema:accessibilityFeature", "tableOfContents"),
        ("schema:accessibilityFeature", "readingOrder"),
        ("schema:accessibilityFeature", "structuralNavigation"),
        ("schema:accessibilityHazard", "none"),
        ("schema:accessibilitySummary", "纯文本期刊，含目录与栏目、文章两级导航。"),
    ):
        book.add_metadata(None, "meta", value, {"property": prop})


def _new_book(meta: PublicationMeta, theme: str, stylesheet: str) -> epub.EpubBook:
    """A book with its metadata and stylesheet (the theme's, then the reader's own)."""
    book = epub.EpubBook()
    _metadata(book, meta)
    book.set_direction("ltr")
    book.add_item(
        epub.EpubItem(
            uid="css",
            file_name=CSS_NAME,
            media_type="text/css",
            content=(epub_css(theme) + stylesheet).encode(),
        )
    )
    return book


def _articles(
    view: IssueView, hrefs: dict[str, str]
) -> tuple[list[epub.EpubItem], list[tuple[epub.Section, list[epub.Link]]]]:
    """One document an article, and the NCX entries of VIEW's columns; HREFS learns where
    each column and article is."""
    documents: list[epub.EpubItem] = []
    toc: list[tuple[epub.Section, list[epub.Link]]] = []
    for section in view.outline:
        links = []
        for item in section.articles:
            name = f"text/{item.key}.xhtml"
            hrefs[item.key] = name
            page = xhtml_page(
                item.title, epub_article(view, section, item.key), f"../{CSS_NAME}", "article"
            )
            documents.append(_document(item.key, name, page))
            links.append(epub.Link(name, item.title, item.key))
        hrefs[section.key] = hrefs[section.articles[0].key]
        toc.append((epub.Section(section.label, hrefs[section.key]), links))
    return documents, toc


def _package(
    book: epub.EpubBook,
    meta: PublicationMeta,
    cover_image: epub.EpubItem,
    front: tuple[str, str],
    documents: list[epub.EpubItem],
    toc: list[Any],
) -> bytes:
    """BOOK with its cover image, its FRONT (the bodies of its cover page and of its
    nav) and DOCUMENTS in reading order, as the bytes of a reproducible EPUB."""
    cover_body, nav_body = front
    cover = _document("cover", "cover.xhtml", xhtml_page(meta.title, cover_body, CSS_NAME, "cover"))
    nav = _document("nav", "nav.xhtml", xhtml_page("目录", nav_body, CSS_NAME, "toc"))
    cover_image.properties = ["cover-image"]
    book.add_item(cover_image)
    book.add_metadata(None, "meta", "", {"name": "cover", "content": "cover-image"})
    nav.properties = ["nav"]
    for item in (cover, nav, *documents):
        book.add_item(item)
    book.add_item(epub.EpubNcx())
    book.toc = toc
    book.spine = [cover, nav, *documents]
    body = next(d for d in documents if d.file_name.startswith("text/"))
    book.guide = [
        {"type": "cover", "href": "cover.xhtml", "title": "封面"},
        {"type": "toc", "href": "nav.xhtml", "title": "目录"},
        {"type": "text", "href": body.file_name, "title": "正文"},
    ]
    raw = io.BytesIO()
    epub.write_epub(
        raw, book, {"mtime": _mtime(meta), "epub3_landmark": False, "raise_exceptions": True}
    )
    return _reproducible(raw.getvalue())


def build_epub(view: IssueView, theme: str, stylesheet: str = "") -> bytes:
    """The EPUB as bytes (a magazine issue is a few hundred KiB)."""
    book = _new_book(view.meta, theme, stylesheet)
    hrefs: dict[str, str] = {}
    documents, toc = _articles(view, hrefs)
    image = _cover_image(view)
    href = image.file_name if view.cover_image is not None else None
    front = (epub_cover(view, href), epub_nav(view, hrefs, documents[0].file_name))
    return _package(book, view.meta, image, front, documents, toc)


def _cover_image(view: IssueView) -> epub.EpubItem:
    """The user's cover image, or one drawn from the issue's metadata (text, no raster)."""
    if view.cover_image is not None:
        picture = view.cover_image
        name = f"cover.{picture.suffix}"
        return epub.EpubItem("cover-image", name, picture.media_type, picture.data)
    return epub.EpubItem(
        uid="cover-image",
        file_name="cover.svg",
        media_type="image/svg+xml",
        content=cover_svg(view).encode(),
    )


def build_volume_epub(volume: VolumeView, theme: str, stylesheet: str = "") -> bytes:
    """A bound volume as one EPUB: its cover and 目录 (issue → column → article), then
    each issue's cover page and articles."""
    book = _new_book(volume.meta, theme, stylesheet)
    hrefs: dict[str, str] = {}
    documents: list[epub.EpubItem] = []
    toc: list[Any] = []
    for view, key in zip(volume.issues, volume.issue_keys, strict=True):
        name = f"text/{key}.xhtml"
        hrefs[key] = name
        picture = None
        if view.cover_image is not None:  # the issue's own, from its sidecar
            picture = f"images/{key}-cover.{view.cover_image.suffix}"
            image = view.cover_image
            book.add_item(epub.EpubItem(f"{key}-cover", picture, image.media_type, image.data))
            picture = f"../{picture}"
        content = epub_issue_cover(view, key, picture)
        page = xhtml_page(view.meta.title, content, f"../{CSS_NAME}", "cover")
        articles, columns = _articles(view, hrefs)
        documents += [_document(key, name, page), *articles]
        toc.append((epub.Section(view.meta.title, name), columns))
    image = _cover_image(volume.cover_view)
    href = image.file_name if volume.cover_image is not None else None
    front = (
        epub_volume_cover(volume, href),
        epub_volume_nav(volume, hrefs, documents[0].file_name),
    )
    return _package(book, volume.meta, image, front, documents, toc)


def _mtime(meta: PublicationMeta) -> datetime:
    """`dcterms:modified` from the issue's date, never the clock."""
    return datetime.strptime(meta.modified, "%Y-%m-%dT%H:%M:%SZ")


def _reproducible(data: bytes) -> bytes:
    """Rewrite the zip with fixed timestamps and attributes; `mimetype` first, stored."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_EPOCH)
            entry.external_attr = 0o644 << 16
            entry.create_system = 3
            stored = info.filename == "mimetype"
            entry.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            target.writestr(entry, source.read(info), compresslevel=None if stored else 9)
    return out.getvalue()
