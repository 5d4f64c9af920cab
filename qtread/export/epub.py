"""EPUB 3 through ebooklib: cover, 目录 (the nav itself, in the spine), one XHTML per article.

ebooklib writes the package and the NCX; the documents are our own templates, stored
as-is (ebooklib would re-parse and rewrite <head>). ebooklib 0.20 stamps zip entries with
the wall clock, so the archive is rewritten with fixed timestamps: same input, same bytes.
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime

from ebooklib import epub

from qtread.render.html import (
    IssueView,
    cover_svg,
    epub_article,
    epub_cover,
    epub_nav,
    xhtml_page,
)
from qtread.render.themes import epub_css

LANG = "zh-CN"
XHTML = "application/xhtml+xml"
CSS_NAME = "style/qtread.css"
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


def _document(uid: str, name: str, content: str) -> epub.EpubItem:
    return epub.EpubItem(uid=uid, file_name=name, media_type=XHTML, content=content.encode())


def _metadata(book: epub.EpubBook, view: IssueView) -> None:
    meta = view.meta
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


def build_epub(view: IssueView, theme: str, stylesheet: str = "") -> bytes:
    """The EPUB as bytes (a magazine issue is a few hundred KiB)."""
    book = epub.EpubBook()
    _metadata(book, view)
    book.set_direction("ltr")
    book.add_item(
        epub.EpubItem(
            uid="css",
            file_name=CSS_NAME,
            media_type="text/css",
            content=(epub_css(theme) + stylesheet).encode(),
        )
    )

    hrefs: dict[str, str] = {}
    articles: list[epub.EpubItem] = []
    toc: list[tuple[epub.Section, list[epub.Link]]] = []
    for section in view.outline:
        links = []
        for item in section.articles:
            name = f"text/{item.key}.xhtml"
            hrefs[item.key] = name
            page = xhtml_page(
                item.title, epub_article(view, section, item.key), f"../{CSS_NAME}", "article"
            )
            articles.append(_document(item.key, name, page))
            links.append(epub.Link(name, item.title, item.key))
        hrefs[section.key] = hrefs[section.articles[0].key]
        toc.append((epub.Section(section.label, hrefs[section.key]), links))

    image = epub.EpubItem(
        uid="cover-image",
        file_name="cover.svg",
        media_type="image/svg+xml",
        content=cover_svg(view).encode(),
    )
    image.properties = ["cover-image"]
    book.add_item(image)
    book.add_metadata(None, "meta", "", {"name": "cover", "content": "cover-image"})
    cover = _document(
        "cover", "cover.xhtml", xhtml_page(view.meta.title, epub_cover(view), CSS_NAME, "cover")
    )
    nav = _document(
        "nav",
        "nav.xhtml",
        xhtml_page("目录", epub_nav(view, hrefs, articles[0].file_name), CSS_NAME, "toc"),
    )
    nav.properties = ["nav"]
    for item in (cover, nav, *articles):
        book.add_item(item)
    book.add_item(epub.EpubNcx())
    book.toc = toc
    book.spine = [cover, nav, *articles]
    book.guide = [
        {"type": "cover", "href": "cover.xhtml", "title": "封面"},
        {"type": "toc", "href": "nav.xhtml", "title": "目录"},
        {"type": "text", "href": articles[0].file_name, "title": "正文"},
    ]
    raw = io.BytesIO()
    epub.write_epub(
        raw, book, {"mtime": _mtime(view), "epub3_landmark": False, "raise_exceptions": True}
    )
    return _reproducible(raw.getvalue())


def _mtime(view: IssueView) -> datetime:
    """`dcterms:modified` from the issue's date, never the clock."""
    return datetime.strptime(view.meta.modified, "%Y-%m-%dT%H:%M:%SZ")


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
