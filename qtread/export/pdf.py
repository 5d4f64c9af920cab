"""PDF through WeasyPrint: A5 (or A4), cover, 目录 with page numbers, bookmarks, headers.

WeasyPrint (and pypdf, for a long issue) is imported inside functions, on first use: it
costs a second at start-up, which `qtread --help` should not pay.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO

from qtread.errors import SetupError
from qtread.export.pdf_parts import write_parts
from qtread.i18n import _
from qtread.render.cover_image import CoverImage
from qtread.render.html import IssueView, book_html, cover_images
from qtread.render.paper import Paper
from qtread.render.parts import plan_parts
from qtread.render.themes import print_css
from qtread.render.volume import VolumeView, volume_cover_images, volume_html

BODY_FONT = "Noto Serif CJK SC"
HEADING_FONT = "Noto Sans CJK SC"
#: Characters of text per part when an issue is too long for one WeasyPrint pass (about
#: 700 A5 pages; 430-590 MiB at peak, see docs/export.md). Anything shorter is one pass.
PART_CHARS = 500_000


@cache
def check_setup() -> None:
    """Fail loudly, once, where the PDF would be slow or set in the wrong faces.

    Without libharfbuzz-subset WeasyPrint falls back to fontTools and writes CJK fonts
    about six times slower; without the Noto CJK SC faces Pango substitutes others.
    """
    from weasyprint.text.ffi import harfbuzz, harfbuzz_subset

    if harfbuzz_subset is None or not harfbuzz.hb_version_atleast(4, 1, 0):
        raise SetupError(
            _(
                "HarfBuzz subsetting is missing (install libharfbuzz-subset0): "
                "PDF export would be about 6x slower"
            )
        )
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return
    for family in (BODY_FONT, HEADING_FONT):
        found = subprocess.run(
            [fc_list, family, "family"], capture_output=True, text=True, check=False
        ).stdout
        if family not in found:
            raise SetupError(
                _("font {family!r} is not installed (install fonts-noto-cjk)").format(family=family)
            )


def refusing_fetcher(covers: Mapping[str, CoverImage] | None = None) -> Any:
    """A WeasyPrint URL fetcher that fetches nothing: the issue's text names no resource
    we want, and all CSS is passed in as a string. It serves only the user's cover
    images, from memory, at the addresses COVERS gives them (`COVER_URL`…)."""
    served = dict(covers or {})
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class RefusingFetcher(URLFetcher):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__(allowed_protocols=())
            self.refused: list[str] = []

        def fetch(self, url: str, headers: Any = None) -> Any:
            if (cover := served.get(url)) is not None:
                return URLFetcherResponse(url, cover.data, {"Content-Type": cover.media_type})
            self.refused.append(url)
            raise ValueError(f"qtread fetches no URL: {url}")

    return RefusingFetcher()


def _layout(html: str, css: str, covers: Mapping[str, CoverImage] | None = None) -> Any:
    """HTML laid out by WeasyPrint with CSS: a Document of pages, nothing fetched (the
    cover image, if any, is served from memory)."""
    from weasyprint import CSS, HTML

    from qtread.export.justify import install

    install()  # justified Chinese lines: WeasyPrint alone stretches spaces only
    fetcher = refusing_fetcher(covers)
    stylesheet = CSS(string=css, url_fetcher=fetcher)
    return HTML(string=html, url_fetcher=fetcher).render(stylesheets=[stylesheet])


def write_pdf(
    view: IssueView,
    target: BinaryIO,
    *,
    theme: str,
    paper: Paper,
    stylesheet: str = "",
    beside: Path | None = None,
    tag: str = "",
    part_chars: int = PART_CHARS,
) -> int:
    """Render the issue into TARGET; returns the number of pages.

    STYLESHEET, the reader's own CSS, comes after the theme's and the page layout's.
    An issue longer than PART_CHARS is laid out in parts, whose temporary files are made
    beside the output BESIDE (by default in the system's temporary directory), with TAG
    in their names like every temporary file of the batch.
    """
    check_setup()
    css = print_css(theme, paper) + stylesheet
    parts = plan_parts(view, part_chars)
    if len(parts) > 1:
        beside = beside or Path(tempfile.gettempdir()) / "qtread.pdf"

        def layout(html: str, extra_css: str) -> Any:
            return _layout(html, css + extra_css, cover_images(view))

        return write_parts(view, parts, target, layout=layout, beside=beside, tag=tag)
    document = _layout(book_html(view, None), css, cover_images(view))
    document.write_pdf(target)
    return len(document.pages)


def write_volume_pdf(
    volume: VolumeView, target: BinaryIO, *, theme: str, paper: Paper, stylesheet: str = ""
) -> int:
    """Render a bound volume into TARGET in one pass; returns the number of pages. (A
    year of issues is some 1,300 A5 pages: about 400 MiB, where parts would pay off only
    at ten times that.)"""
    check_setup()
    css = print_css(theme, paper) + stylesheet
    document = _layout(volume_html(volume, None), css, volume_cover_images(volume))
    document.write_pdf(target)
    return len(document.pages)
