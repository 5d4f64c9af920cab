"""A bound volume (合订本): several issues bound into one EPUB and one PDF, in date order.

`qtread export 2021/ --bind "2021 合订本"`. Every issue is parsed as `export` parses it
(its sidecar, the punctuation it would get); a file that cannot be read fails the volume
in one line, since a volume with a hole in it is not what was asked for. Outputs are
staged and published as the batch's are, so a failure leaves nothing half-written.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import BinaryIO

from qtread.atomic import staged_write
from qtread.errors import InputError, QtreadError, os_reason
from qtread.export.convert import FileResult, publish_outputs
from qtread.export.epub import build_volume_epub
from qtread.export.metadata import metadata_for, with_metadata
from qtread.export.names import safe_stem
from qtread.export.options import Format, Options
from qtread.export.pdf import write_volume_pdf
from qtread.i18n import _
from qtread.model import Issue
from qtread.parse import parse_path
from qtread.render.cover_image import read_cover
from qtread.render.html import issue_view
from qtread.render.themes import html_css
from qtread.render.volume import VolumeView, volume_html, volume_view
from qtread.text.punctuation import as_wanted

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
        data = volume_html(volume, html_css(options.theme) + options.stylesheet).encode()
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
        issues, views = [], []
        for source in sources:
            report(source)
            override = metadata_for(source, replace(options.metadata, cover=None))
            issue = as_wanted(with_metadata(parse_path(source), override), options.normalize_punct)
            view = issue_view(issue)
            if not view.outline:
                raise InputError(source, _("no articles found to export"))
            if override.cover is not None:  # the issue's own, from its sidecar
                view = replace(view, cover_image=read_cover(override.cover))
            issues.append(issue)
            views.append(view)
        cover = options.metadata.cover  # `--cover`: the volume's
        ordered = [views[index] for index in date_order(issues)]
        volume = volume_view(title, ordered, read_cover(cover) if cover else None)
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
        _discard_staged(result)
    except OSError as error:
        result.error = f"{title}: {os_reason(error)}"
        _discard_staged(result)
    result.seconds = time.perf_counter() - start
    return publish_outputs(result, options.out_dir, set())


def _discard_staged(result: FileResult) -> None:
    """A volume is whole or not at all: what was staged before the failure goes."""
    from qtread.atomic import discard

    for _fmt, staged in result.staged:
        discard(staged)
    result.staged.clear()
