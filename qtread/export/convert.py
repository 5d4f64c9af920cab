"""One input file to every requested format; what a batch worker runs.

Errors a user can cause (bad input, unwritable output, missing setup) end the file's
conversion with a one-line reason and never the batch. Outputs already finished stay:
each is complete, having been written atomically.
"""

from __future__ import annotations

import errno
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO

from qtread.atomic import discard, output_error, publish, staged_write
from qtread.errors import InputError, QtreadError, os_reason
from qtread.export.epub import build_epub
from qtread.export.markdown import to_markdown
from qtread.export.metadata import MetadataOverride, metadata_for, with_metadata
from qtread.export.names import issue_stem
from qtread.export.options import Format, Options
from qtread.export.pdf import write_pdf
from qtread.i18n import N_, _
from qtread.model import Issue
from qtread.parse.cache import parse_file
from qtread.render.cover_image import read_cover
from qtread.render.html import IssueView, book_html, issue_view
from qtread.render.themes import html_css
from qtread.serialize import issue_to_dict
from qtread.text.punctuation import as_wanted


@dataclass(slots=True)
class FileResult:
    """What converting one file gave: its outputs, pages and time, or its error.

    Until it is published, an output is staged: complete, under a hidden temporary name
    in the output directory (STAGED), waiting for its name (`publish_outputs`).
    """

    source: str
    outputs: list[str] = field(default_factory=list)
    pages: int | None = None
    seconds: float = 0.0
    error: str | None = None
    stem: str = ""  # the name the outputs want, before any -2 of a clash
    staged: list[tuple[Format, Path]] = field(default_factory=list)

    def drop_staged(self) -> None:
        """Delete what is still staged: it will not be published."""
        for _fmt, staged in self.staged:
            discard(staged)
        self.staged.clear()


def stages(options: Options) -> list[str]:
    """Progress stages for one file, in order."""
    return [N_("parse"), N_("render"), *(str(f) for f in options.formats)]


def _write(
    fmt: Format, issue: Issue, view: IssueView, options: Options, handle: BinaryIO, beside: Path
) -> int | None:
    """Write one format into HANDLE; returns the page count for PDF."""
    if fmt is Format.PDF:
        return write_pdf(
            view,
            handle,
            theme=options.theme,
            paper=options.paper,
            stylesheet=options.stylesheet,
            beside=beside,
            tag=options.tag,
        )
    if fmt is Format.EPUB:
        data = build_epub(view, options.theme, options.stylesheet)
    elif fmt is Format.HTML:
        css = html_css(options.theme) + options.stylesheet
        data = book_html(view, css, standalone=True).encode()
    elif fmt is Format.MD:
        data = to_markdown(view).encode()
    else:
        text = json.dumps(issue_to_dict(issue), ensure_ascii=False, indent=1) + "\n"
        data = text.encode("utf-8", "replace")  # a lone surrogate cannot be UTF-8
    handle.write(data)
    return None


def parse_for_export(source: str, options: Options) -> tuple[Issue, MetadataOverride]:
    """SOURCE parsed as OPTIONS read it (`--shape`, `--encoding`, `--profile`), with the
    metadata the user gives over the parse's and its punctuation as asked; also what
    was given (the cover, say). What a single export and a bound volume both start from."""
    override = metadata_for(source, options.metadata)
    issue = parse_file(
        source, shape=options.shape, encoding=options.encoding, profile=options.profile
    )
    return as_wanted(with_metadata(issue, override), options.normalize_punct), override


def export_view(source: str, issue: Issue, override: MetadataOverride) -> IssueView:
    """ISSUE (read from SOURCE) as the exports print it, with the cover image OVERRIDE
    names; InputError when it has no article to print."""
    view = issue_view(issue)
    if not view.outline:
        raise InputError(source, _("no articles found to export"))
    if override.cover is not None:
        view = replace(view, cover_image=read_cover(override.cover))
    return view


def stage_file(source: str, options: Options, report: Callable[[str], None]) -> FileResult:
    """Parse SOURCE and stage every format of OPTIONS (what a batch worker runs); REPORT
    is told each stage. The outputs get their names from `publish_outputs`."""
    result = FileResult(source)
    start = time.perf_counter()
    try:
        report("parse")
        issue, override = parse_for_export(source, options)
        report("render")
        view = export_view(source, issue, override)
        result.stem = issue_stem(issue, source)
        for fmt in options.formats:
            report(str(fmt))
            beside = options.out_dir / f"{result.stem}.{fmt}"
            with staged_write(beside, options.tag) as (handle, staged):
                pages = _write(fmt, issue, view, options, handle, beside)
            result.staged.append((fmt, staged))
            result.pages = pages if pages is not None else result.pages
    except QtreadError as error:
        result.error = str(error)
    except OSError as error:
        result.error = f"{source}: {os_reason(error)}"
    except Exception as error:  # a bug: report it, finish the batch
        result.error = f"{source}: " + _("internal error") + f": {type(error).__name__}: {error}"
    result.seconds = time.perf_counter() - start
    return result


def publish_outputs(result: FileResult, out_dir: Path, taken: set[str]) -> FileResult:
    """Rename RESULT's staged outputs into OUT_DIR under its stem, or STEM-2, STEM-3…
    where an earlier file of the batch took that name (TAKEN, updated). Called in
    argument order, so the earlier argument keeps the plain name."""
    if not result.staged:
        return result
    name = _free_name(result.stem, taken)
    try:
        for fmt, _staged in result.staged:  # a directory in the way: say so before renaming
            if (target := out_dir / f"{name}.{fmt}").is_dir():
                raise output_error(target, IsADirectoryError(errno.EISDIR, "is a directory"))
        for fmt, staged in result.staged:
            target = out_dir / f"{name}.{fmt}"
            publish(staged, target)
            result.outputs.append(str(target))
    except QtreadError as error:
        result.error = result.error or str(error)
    finally:
        result.drop_staged()  # nothing, unless a rename failed before it
    return result


def _free_name(stem: str, taken: set[str]) -> str:
    """STEM, or STEM-2, STEM-3…: the first TAKEN does not hold (case aside: two names that
    differ only in case are one file on macOS and Windows)."""
    number = 1
    while (candidate := stem if number == 1 else f"{stem}-{number}").casefold() in taken:
        number += 1
    taken.add(candidate.casefold())
    return candidate


def convert_file(source: str, options: Options, report: Callable[[str], None]) -> FileResult:
    """Parse SOURCE and write every format of OPTIONS, named after the issue."""
    return publish_outputs(stage_file(source, options, report), options.out_dir, set())
