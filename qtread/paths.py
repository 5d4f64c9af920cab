"""Where qtread finds its bundled data (themes, samples), keeps reading state and caches
compiled templates."""

from __future__ import annotations

from pathlib import Path

from qtread.errors import InputError, read_reason
from qtread.text.sanitize import display_name

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """A bundled folder: the source checkout's top level, or the installed wheel's copy."""
    for candidate in (_PACKAGE.parent / name, _PACKAGE / "_data" / name):
        if candidate.is_dir():
            return candidate
    return _PACKAGE.parent / name


def themes_dir() -> Path:
    return data_dir("themes")


def samples_dir() -> Path:
    return data_dir("samples")


def newest_sample() -> Path | None:
    """The bundled sample issue that came out last (samples are numbered in that order)."""
    samples = sorted(samples_dir().glob("*.txt"))
    return samples[-1] if samples else None


def state_dir() -> Path:
    """Per-user state (reading positions, bookmarks, chosen theme)."""
    from platformdirs import user_state_path  # imported by the commands that keep state

    return user_state_path("qtread", appauthor=False)


def cache_dir() -> Path:
    """Per-user cache (compiled templates): safe to delete, made again when missing."""
    from platformdirs import user_cache_path  # imported by the commands that render

    return user_cache_path("qtread", appauthor=False)


def library_file() -> Path:
    """The library's index, unless `--library` or QTREAD_LIBRARY names another."""
    from platformdirs import user_data_path

    return user_data_path("qtread", appauthor=False) / "library.sqlite3"


def read_given(path: Path, limit: int, too_big: str) -> bytes:
    """The bytes of a file the user names beside an issue (a stylesheet, a cover), at
    most LIMIT of them; InputError naming it, with TOO_BIG or the reason it could not be
    read, otherwise."""
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as error:
        raise InputError(display_name(path), read_reason(error)) from None
    if len(data) > limit:
        raise InputError(display_name(path), too_big)
    return data
