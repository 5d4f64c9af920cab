"""Reading an issue file's bytes, with one clear error for each way that can fail."""

from __future__ import annotations

import sys
from pathlib import Path

from qtread.errors import InputError

#: Files larger than this are refused before reading: no issue is anywhere near it.
MAX_BYTES = 256 * 1024 * 1024


def read_bytes(path: str | Path) -> tuple[bytes, str]:
    """The raw bytes of PATH ("-" for standard input) and the name to report it by."""
    if str(path) == "-":
        return sys.stdin.buffer.read(), "-"
    file = Path(path)
    name = str(path)
    try:
        if file.is_dir():
            raise InputError(name, "is a directory")
        if not file.exists():
            raise InputError(name, "no such file")
        if not file.is_file():
            raise InputError(name, "not a regular file")
        if file.stat().st_size > MAX_BYTES:
            raise InputError(name, f"larger than {MAX_BYTES // 2**20} MiB")
        return file.read_bytes(), name
    except PermissionError:
        raise InputError(name, "permission denied") from None
    except OSError as error:
        raise InputError(name, error.strerror or "cannot be read") from None
