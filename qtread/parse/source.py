"""Reading an issue file's bytes, with one clear error for each way that can fail."""

from __future__ import annotations

import errno
import sys
from pathlib import Path
from typing import BinaryIO

from qtread.errors import InputError
from qtread.i18n import _
from qtread.text.sanitize import display_name

#: Files larger than this are refused before reading: no issue is anywhere near it.
MAX_BYTES = 256 * 1024 * 1024


def read_bytes(path: str | Path) -> tuple[bytes, str]:
    """The raw bytes of PATH ("-" for standard input) and the name to report it by."""
    if str(path) == "-":
        return _read_capped(sys.stdin.buffer, "-"), "-"
    file = Path(path)
    name = display_name(path)
    try:
        _refuse_unreadable(file, name)
        with file.open("rb") as stream:
            return _read_capped(stream, name), name
    except PermissionError:
        raise InputError(name, _("permission denied")) from None
    except FileNotFoundError:
        raise InputError(name, _("no such file")) from None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise InputError(name, _("too many levels of symbolic links (a loop)")) from None
        raise InputError(name, error.strerror or _("cannot be read")) from None


def _refuse_unreadable(file: Path, name: str) -> None:
    """Raise InputError, before anything is read, for a FILE that is no regular file of
    a size an issue can have: each way gets its own message. The OSError that a look at
    the file system raises (a link loop, no permission) is the caller's to word."""
    if file.is_dir():
        raise InputError(name, _("is a directory"))
    if not file.exists():
        if file.is_symlink():
            file.stat()  # a loop says so here; a dangling link is "no such file"
        raise InputError(name, _("no such file"))
    if not file.is_file():
        raise InputError(name, _("not a regular file"))
    if file.stat().st_size > MAX_BYTES:
        raise InputError(name, _too_large())


def _read_capped(stream: BinaryIO, name: str) -> bytes:
    """All of STREAM, refused once it passes MAX_BYTES (a pipe has no size to check
    first, and a file may grow while it is read)."""
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise InputError(name, _too_large())
    return data


def _too_large() -> str:
    return _("larger than {size} MiB").format(size=MAX_BYTES // 2**20)
