"""One input file to every requested format; what a batch worker runs.

Errors a user can cause (bad input, unwritable output, missing setup) end the file's
conversion with a one-line reason and never the batch. Outputs already finished stay:
each is complete, having been written atomically.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from qtread.atomic import atomic_write, write_bytes
from qtread.errors import InputError, QtreadError, os_reason
from qtread.export.epub import build_epub
from qtread.export.markdown import to_markdown
from qtread.export.metadata import metadata_for, with_metadata
from qtread.export.names import issue_stem
from qtread.export.options import Format, Options
from qtread.export.pdf import write_pdf
from qtread.i18n import N_, _
from qtread.model import Issue
from qtread.parse import parse_path
from qtread.render.html import IssueView, book_html, issue_view
from qtread.render.themes import html_css
from qtread.serialize import issue_to_dict


@dataclass(slots=True)
class FileResult:
    """What converting one file gave: its outputs, pages and time, or its error."""

    source: str
    outputs: list[str] = field(default_factory=list)
    pages: int | None = None
    seconds: float = 0.0
    error: str | None = None


def stages(options: Options) -> list[str]:
    """Progress stages for one file, in order."""
    return [N_("parse"), N_("render"), *(str(f) for f in options.formats)]


def claim_stem(stem: str, claims: Path | None) -> str:
    """STEM, or STEM-2, STEM-3…: the first not yet taken by another file of this batch.

    Claims are empty files created with O_EXCL, so two worker processes can never both
    win the same name.
    """
    if claims is None:
        return stem
    for number in range(1, 10_000):
        candidate = stem if number == 1 else f"{stem}-{number}"
        marker = claims / hashlib.sha256(candidate.encode()).hexdigest()
        try:
            os.close(os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
        except FileExistsError:
            continue
        return candidate
    raise QtreadError(_("too many inputs named {stem!r}").format(stem=stem))


def _write(fmt: Format, issue: Issue, view: IssueView, path: Path, options: Options) -> int | None:
    """Write one format; returns the page count for PDF."""
    if fmt is Format.PDF:
        with atomic_write(path, options.tag) as handle:
            return write_pdf(
                view,
                handle,
                theme=options.theme,
                paper=options.paper,
                stylesheet=options.stylesheet,
                beside=path,
                tag=options.tag,
            )
    if fmt is Format.EPUB:
        data = build_epub(view, options.theme, options.stylesheet)
    elif fmt is Format.HTML:
        data = book_html(view, html_css(options.theme) + options.stylesheet).encode()
    elif fmt is Format.MD:
        data = to_markdown(view).encode()
    else:
        text = json.dumps(issue_to_dict(issue), ensure_ascii=False, indent=1) + "\n"
        data = text.encode("utf-8", "replace")  # a lone surrogate cannot be UTF-8
    write_bytes(path, data, options.tag)
    return None


def convert_file(source: str, options: Options, report: Callable[[str], None]) -> FileResult:
    """Parse SOURCE and write every format of OPTIONS; REPORT is told each stage."""
    result = FileResult(source)
    start = time.perf_counter()
    try:
        report("parse")
        issue = with_metadata(parse_path(source), metadata_for(source, options.metadata))
        report("render")
        view = issue_view(issue)
        if not view.outline:
            raise InputError(source, _("no articles found to export"))
        stem = claim_stem(issue_stem(issue, source), options.claims)
        for fmt in options.formats:
            report(str(fmt))
            path = options.out_dir / f"{stem}.{fmt}"
            pages = _write(fmt, issue, view, path, options)
            result.pages = pages if pages is not None else result.pages
            result.outputs.append(str(path))
    except QtreadError as error:
        result.error = str(error)
    except OSError as error:
        result.error = f"{source}: {os_reason(error)}"
    except Exception as error:  # a bug: report it, finish the batch
        result.error = f"{source}: " + _("internal error") + f": {type(error).__name__}: {error}"
    result.seconds = time.perf_counter() - start
    return result
