"""The options several commands share, declared once.

Only light modules are imported here: every command module imports this one, and so
does every start of `qtread`, `--version` and `--help` included.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from qtread.errors import QtreadError
from qtread.i18n import _
from qtread.model import SourceShape

if TYPE_CHECKING:
    from qtread.library.store import Library
    from qtread.parse.profile import Profile

ShapeOption = Annotated[
    SourceShape | None, typer.Option("--shape", help=_("Override the detected source shape."))
]
EncodingOption = Annotated[
    str | None,
    typer.Option("--encoding", metavar="NAME", help=_("Override the detected text encoding.")),
]
ProfileOption = Annotated[
    Path | None,
    typer.Option(
        "--profile",
        metavar="FILE.toml",
        help=_("Another magazine's profile (a TOML file like qtread/magazines/qiantang.toml)."),
        dir_okay=False,
    ),
]
LibraryOption = Annotated[
    Path | None,
    typer.Option(
        "--library",
        metavar="FILE",
        envvar="QTREAD_LIBRARY",
        help=_(
            "The library's index file (default: library.sqlite3 in your data folder; "
            "or the QTREAD_LIBRARY variable)."
        ),
        dir_okay=False,
        show_default=False,
        show_envvar=False,  # said in the help, where it can wrap: typer's tag would be cut
    ),
]
NormalizePunctOption = Annotated[
    bool,
    typer.Option(
        "--normalize-punct",
        help=_(
            "Make OCR's half-width , . ; : ? ! ( ) \" full width in Chinese text and "
            "take spaces out of Chinese words (default: for OCR text only)."
        ),
    ),
]
KeepPunctOption = Annotated[
    bool,
    typer.Option("--keep-punct", help=_("Keep the punctuation as parsed, OCR text too.")),
]


def punctuation_wanted(normalize: bool, keep: bool) -> bool | None:
    """`--normalize-punct` (True), `--keep-punct` (False) or neither (None: the default,
    for OCR text only); both at once is a usage error. (Two options, not typer's
    `--a/--b` pair, whose second column would narrow every help text.)"""
    if normalize and keep:
        raise QtreadError(_("--normalize-punct and --keep-punct contradict each other"))
    return True if normalize else False if keep else None


JobsOption = Annotated[
    int | None,
    typer.Option(
        "--jobs", "-j", min=1, metavar="N", help=_("Files parsed at once (default: the CPUs).")
    ),
]


def load_profile(path: Path | None) -> Profile | None:
    """The magazine profile at PATH, or None for 潮涌钱塘's own (a bad one: exit 2)."""
    if path is None:
        return None
    from qtread.parse.profile import profile_at

    return profile_at(path)  # read once: the parse asks for it again


def open_library(path: Path | None, *, create: bool = False) -> Library:
    """The library at PATH (or the default one). Only CREATE makes a new one: a search in
    a library that does not exist says so instead of leaving an empty file behind."""
    from qtread.library.store import Library, LibraryError
    from qtread.paths import library_file

    file = path if path is not None else library_file()
    if not create and not file.exists():
        raise LibraryError(file, _("no library yet: `qtread library add FOLDER` makes one"))
    return Library(file)
