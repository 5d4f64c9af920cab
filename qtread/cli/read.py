"""`qtread read`: parse an issue and open it in the terminal reader.

Textual is imported inside the command so that the other commands start quickly.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from qtread.cli.options import (
    EncodingOption,
    KeepPunctOption,
    LibraryOption,
    NormalizePunctOption,
    ProfileOption,
    ShapeOption,
    load_profile,
    open_library,
    punctuation_wanted,
)
from qtread.errors import InputError, QtreadError
from qtread.i18n import _

if TYPE_CHECKING:
    from qtread.library.store import Library
    from qtread.model import Issue, SourceShape
    from qtread.tui.preview import PendingParse

#: Where the keyboard is when standard input brought the issue (`… | qtread read -`).
TERMINAL = "/dev/tty"


#: What `qtread read --help` says, in the reader's language.
HELP = _("Read an issue in the terminal.")


def read(
    file: Annotated[
        str | None,
        typer.Argument(
            metavar="FILE",
            help=_(
                "Issue file, or a folder of them (a shelf); without it, the library's shelf,"
                " or the newest bundled sample while the library is empty."
            ),
            show_default=False,
        ),
    ] = None,
    theme: Annotated[
        str | None,
        typer.Option(
            "--theme", metavar="NAME", help=_("Colour theme: paper, night, sepia (remembered).")
        ),
    ] = None,
    shape: ShapeOption = None,
    encoding: EncodingOption = None,
    profile: ProfileOption = None,
    library: LibraryOption = None,
    normalize_punct: NormalizePunctOption = False,
    keep_punct: KeepPunctOption = False,
) -> None:
    """Parse first, then take over the screen: a bad file is one line, not a broken screen."""
    from qtread.cli.library import index
    from qtread.paths import library_file, newest_sample

    path: str | Path | None = file
    if path is not None and path != "-" and Path(path).is_dir():
        check_theme(theme)
        check_terminal()
        with open_library(library, create=True) as shelf:
            index(shelf, [str(path)], profile=profile)  # as `library add` does
            return read_shelf(shelf, Path(path), theme=theme, profile=profile)
    if path is None and (library or library_file()).exists():
        with open_library(library) as shelf:
            if shelf.issues():
                check_theme(theme)
                check_terminal()
                return read_shelf(shelf, None, theme=theme, profile=profile)
    if path is None:
        path = newest_sample()
        if path is None:
            raise InputError("qtread read", _("no FILE given and no bundled sample found"))
    check_theme(theme)
    issue, pending = open_issue(
        path,
        shape=shape,
        encoding=encoding,
        profile=profile,
        normalize_punct=punctuation_wanted(normalize_punct, keep_punct),
    )
    check_terminal()

    from qtread.tui.app import ReaderApp

    ReaderApp(issue, theme=theme, pending=pending).run()


def open_issue(
    path: str | Path,
    *,
    shape: SourceShape | None = None,
    encoding: str | None = None,
    profile: Path | None = None,
    normalize_punct: bool | None = None,
) -> tuple[Issue, PendingParse]:
    """A preview of the issue at PATH, and its parse, which the reader runs once its
    first screen is up (`qtread.tui.preview`). A file that is no issue text, or a bad
    profile, is an error here, before the screen is taken over."""
    from qtread.parse.source import read_bytes
    from qtread.tui.preview import PendingParse, preview_issue

    data, name = read_bytes(path)
    load_profile(profile)
    pending = PendingParse(data, name, shape, encoding, profile, normalize_punct)
    return preview_issue(pending), pending


def read_shelf(
    shelf: Library, under: Path | None, *, theme: str | None, profile: Path | None
) -> None:
    """The shelf until the user quits it; the reader on each issue chosen, and the shelf
    again when the reader is closed (with its reading progress brought up to date)."""
    from functools import partial

    from qtread.library.search import search
    from qtread.startup import started
    from qtread.tui.app import ReaderApp
    from qtread.tui.shelf import ShelfApp, shelf_entries
    from qtread.tui.state import Place, StateStore

    started()  # a session of many screens: the cyclic collector is needed again
    store = StateStore()
    load_profile(profile)  # a bad profile is one line before the shelf, not on it
    notice = ""
    while True:
        issues = shelf.issues(under)
        heading = _("Shelf: {count} issues").format(count=len(issues))
        if under is not None:
            heading += f" · {under}"
        app = ShelfApp(
            shelf_entries(issues, store),
            heading,
            partial(search, shelf),
            store=store,
            theme=theme,
            notice=notice,
        )
        opening = app.run()
        if opening is None:
            return
        try:
            issue, pending = open_issue(opening.path, profile=profile)
        except InputError as error:
            notice = str(error)  # said on the shelf, which comes back
            continue
        notice = ""
        hit = opening.hit
        start = None if hit is None else Place(hit.article, hit.block, hit.start)
        reader = ReaderApp(
            issue, store=store, theme=theme, start=start, query=opening.query, pending=pending
        )
        reader.run()


def _in_background() -> bool:
    """Is this process outside the terminal's foreground process group? (A terminal that
    is not the controlling one has no such group to ask about: then it is not.)"""
    try:
        return os.tcgetpgrp(sys.stdout.fileno()) != os.getpgrp()
    except OSError:
        return False


def check_terminal() -> None:
    """The reader needs a terminal to draw on and a keyboard to read. Output redirected
    (standard output, or standard error, where Textual draws) is refused with a hint: a
    full-screen app would fill the file with escape sequences. So is a process the
    terminal would stop. Where standard input brought the issue, the keyboard is the
    terminal."""
    if not (sys.stdout.isatty() and sys.stderr.isatty()):  # Textual draws on stderr
        raise QtreadError(
            _("standard output is not a terminal: for text, try `qtread toc` or `qtread dump`")
        )
    if _in_background():
        # in the background (`timeout` puts its command in a group of its own): the first
        # key read or screen drawn would stop the reader, to wait for ever
        raise QtreadError(
            _("not in the terminal's foreground (under `timeout`, use `timeout --foreground`)")
        )
    if sys.stdin.isatty():
        return
    try:
        keyboard = os.open(TERMINAL, os.O_RDONLY)
    except OSError:
        raise QtreadError(_("no terminal to read the keys from")) from None
    os.dup2(keyboard, sys.stdin.fileno())
    os.close(keyboard)


def check_theme(theme: str | None) -> None:
    """Reject an unknown theme before the screen is taken over (as `export` does)."""
    if theme is not None:
        from qtread.themes import check_theme_name

        check_theme_name(theme)
