"""A bound volume (合订本): several issues bound into one EPUB and one PDF, in date order.

`qtread export 2021/ --bind "2021 合订本"`. Every issue is parsed as `export` parses it
(its sidecar, the punctuation it would get); a file that cannot be read fails the volume
in one line, since a volume with a hole in it is not what was asked for. Outputs are
staged and published as the batch's are, so a failure leaves nothing half-written.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

from qtread.atomic import staged_write
from qtread.errors import QtreadError, os_reason
from qtread.export.convert import FileResult, export_view, parse_for_export, publish_outputs
from qtread.export.epub import build_volume_epub
from qtread.export.names import safe_stem
from qtread.export.options import Format, Options
from qtread.export.pdf import write_volume_pdf
from qtread.model import Issue
from qtread.render.cover_image import read_cover
from qtread.render.html import IssueView
from qtread.render.text import label
from qtread.render.themes import html_css
from qtread.render.volume import VolumeView, volume_html, volume_view

#: The formats a volume is made in: one book each (JSON is one issue's model).
VOLUME_FORMATS = frozenset({Format.EPUB, Format.PDF, Format.HTML})
#: Sorts an undated issue after the dated ones, in the order it was named.
_UNDATED = 10_000


def date_order(issues: Sequence[Issue]) -> list[int]:
    """Indices of ISSUES by year, month and number; those with no date after the dated
    ones, in argument order."""

    def key(index: int) -> tuple[int, int, int, int]:
        meta = issues[index].metadata
        return (
            meta.year or _UNDATED,
            meta.month or _UNDATED,
            meta.issue_number or _UNDATED,
            index,
        )

    return sorted(range(len(issues)), key=key)


def _write(fmt: Format, volume: VolumeView, options: Options, handle: BinaryIO) -> int | None:
    """Write the volume in one format into HANDLE; returns the page count for PDF."""
    if fmt is Format.PDF:
        return write_volume_pdf(
            volume,
            handle,
            theme=options.theme,
            paper=options.paper,
            stylesheet=options.stylesheet,
        )
    if fmt is Format.EPUB:
        data = build_volume_epub(volume, options.theme, options.stylesheet)
    else:
        css = html_css(options.theme) + options.stylesheet
        data = volume_html(volume, css, standalone=True).encode()
    handle.write(data)
    return None


def bind(
    sources: Sequence[str], title: str, options: Options, report: Callable[[str], None]
) -> FileResult:
    """Parse SOURCES and bind them as TITLE in every format of OPTIONS (each of
    VOLUME_FORMATS); REPORT is told each step. One result for the volume."""
    result = FileResult(title)
    start = time.perf_counter()
    try:
        cover = options.metadata.cover  # `--cover`: the volume's
        volume = volume_view(
            title, _issues_by_date(sources, options, report), read_cover(cover) if cover else None
        )
        result.stem = safe_stem(title)
        for fmt in options.formats:
            report(str(fmt))
            beside = options.out_dir / f"{result.stem}.{fmt}"
            with staged_write(beside, options.tag) as (handle, staged):
                pages = _write(fmt, volume, options, handle)
            result.staged.append((fmt, staged))
            result.pages = pages if pages is not None else result.pages
    except QtreadError as error:
        result.error = str(error)
        result.drop_staged()  # a volume is whole or not at all
    except OSError as error:
        result.error = f"{title}: {os_reason(error)}"
        result.drop_staged()  # a volume is whole or not at all
    result.seconds = time.perf_counter() - start
    return publish_outputs(result, options.out_dir, set())


def _issues_by_date(
    sources: Sequence[str], options: Options, report: Callable[[str], None]
) -> list[IssueView]:
    """Each of SOURCES parsed as `export` parses it, with its sidecar's cover (`--cover`
    is the volume's), titles told apart, in date order; InputError for one that fails."""
    issues, views = [], []
    own = replace(options, metadata=replace(options.metadata, cover=None))
    for source in sources:
        report(source)
        issue, override = parse_for_export(source, own)
        issues.append(issue)
        views.append(export_view(source, issue, override))  # its sidecar's cover, if any
    views = _told_apart(views, sources)
    return [views[index] for index in date_order(issues)]


def once_each(sources: Sequence[str]) -> tuple[list[str], list[str]]:
    """SOURCES with each file once (the first time it is named, however the path was
    typed), and the names dropped as repeats: a volume binds an issue once."""
    seen: set[str] = set()
    unique: list[str] = []
    repeats: list[str] = []
    for source in sources:
        key = source if source == "-" else os.path.realpath(source)
        (repeats if key in seen else unique).append(source)
        seen.add(key)
    return unique, repeats


def _told_apart(views: list[IssueView], sources: Sequence[str]) -> list[IssueView]:
    """VIEWS with a title two of them share followed by the file's name (`某刊（2021-03）`):
    the volume's 目录 and navigation must tell its issues apart."""
    counts = Counter(view.meta.title for view in views)
    told = []
    for view, source in zip(views, sources, strict=True):
        if counts[view.meta.title] > 1 and source != "-":
            title = f"{view.meta.title}（{label(Path(source).stem)}）"
            view = replace(view, meta=replace(view.meta, title=title))
        told.append(view)
    return told
