"""Join the files of a PDF laid out in parts into one, with what a single WeasyPrint pass
would have written itself: the outline (栏目 → 文章), the 目录's links, the document
information and the language.

pypdf copies pages with their resources as they are (poppler's pdfunite would drop the
outline, the metadata and /Lang). Each part carries its own subset of the fonts. pypdf
7.1 or later: 6.0 and before wrote a Link's target as a page number, not a page.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from qtread.render.outline import OutlineSection


@dataclass(frozen=True, slots=True)
class Target:
    page: int  # index in the whole PDF
    x: float  # PDF points from the page's bottom-left corner
    y: float


@dataclass(frozen=True, slots=True)
class Bookmark:
    label: str
    target: Target


@dataclass(frozen=True, slots=True)
class LinkArea:
    page: int  # index in the whole PDF (the front comes first)
    rect: tuple[float, float, float, float]
    key: str  # the outline key it leads to


def merge_pdf(
    target: BinaryIO,
    files: Sequence[Path],
    outline: Sequence[OutlineSection],
    bookmarks: Mapping[str, Bookmark],
    anchors: Mapping[str, Target],
    links: Sequence[LinkArea],
) -> None:
    """Write FILES, in order, as one PDF to TARGET; the first file's document information
    and language are the whole PDF's."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.annotations import Link
    from pypdf.generic import Fit, IndirectObject, NameObject

    writer = PdfWriter()
    for path in files:
        writer.append(path, import_outline=False)
    first = PdfReader(files[0])
    if first.metadata is not None:
        writer.add_metadata(first.metadata)
    if "/Lang" in first.root_object:
        writer.root_object[NameObject("/Lang")] = first.root_object["/Lang"]

    def add(mark: Bookmark, parent: IndirectObject | None = None) -> IndirectObject:
        page, fit = mark.target.page, Fit.xyz(mark.target.x, mark.target.y, 0)
        return writer.add_outline_item(title=mark.label, page_number=page, parent=parent, fit=fit)

    for section in outline:
        parent = add(bookmarks[section.key])
        for item in section.articles:
            add(bookmarks[item.key], parent)
    for link in links:
        to = anchors[link.key]
        fit = Fit.xyz(to.x, to.y, 0)
        writer.add_annotation(link.page, Link(rect=link.rect, target_page_index=to.page, fit=fit))
    writer.write(target)
