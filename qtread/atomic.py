"""Atomic output: write a hidden temporary file beside the target, then rename it over.

A reader of the output directory sees either the previous file or the complete new one,
never a truncated EPUB or PDF. The temporary file is removed on any failure, including
KeyboardInterrupt and the exception our SIGTERM handler raises.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO

from qtread.errors import OutputError, os_reason
from qtread.i18n import _

TEMP_SUFFIX = ".tmp"
_UMASK = os.umask(0o022)
os.umask(_UMASK)


def output_error(path: Path, error: OSError) -> OutputError:
    """The one-line error for an output that could not be written, with the OS's reason
    in the reader's words."""
    return OutputError(_("{path}: cannot write: {why}").format(path=path, why=os_reason(error)))


@contextmanager
def atomic_write(path: Path, tag: str = "") -> Iterator[BinaryIO]:
    """Yield a binary file; on clean exit it replaces PATH, otherwise it is deleted.

    TAG goes into the temporary name so that a batch can sweep up after a worker that was
    killed outright (SIGKILL runs no cleanup): see `sweep`.
    """
    with staged_write(path, tag) as (handle, staged):
        yield handle
    publish(staged, path)


@contextmanager
def staged_write(beside: Path, tag: str = "") -> Iterator[tuple[BinaryIO, Path]]:
    """Yield a hidden temporary file beside BESIDE and its path. On clean exit the file is
    complete and on disk, for `publish` to rename into place later; otherwise it is
    deleted. A batch stages its outputs so that it can name them in argument order."""
    fd, temp = _temp_beside(beside, tag)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle, Path(temp)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, 0o666 & ~_UMASK)  # mkstemp makes 0600
    except OSError as error:
        _discard(temp)
        raise output_error(beside, error) from error
    except BaseException:
        _discard(temp)
        raise


def publish(staged: Path, path: Path) -> None:
    """Rename the complete file STAGED over PATH in one step; STAGED is gone either way."""
    try:
        os.replace(staged, path)
    except OSError as error:
        _discard(str(staged))
        raise output_error(path, error) from error


def discard(staged: Path) -> None:
    """Delete a staged file that will not be published."""
    _discard(str(staged))


@contextmanager
def scratch_file(beside: Path, tag: str = "") -> Iterator[Path]:
    """A hidden temporary file beside the output BESIDE, deleted on leaving however that
    happens. It is named like atomic_write's, so that `sweep` finds it after a kill."""
    fd, temp = _temp_beside(beside, tag)
    os.close(fd)
    try:
        yield Path(temp)
    finally:
        _discard(temp)


def _temp_beside(path: Path, tag: str) -> tuple[int, str]:
    """A new hidden file beside PATH, named so that `sweep` can find it: (fd, name)."""
    try:
        return tempfile.mkstemp(prefix=f".{path.name}.{tag}", suffix=TEMP_SUFFIX, dir=path.parent)
    except OSError as error:
        raise output_error(path, error) from error


def _discard(temp: str) -> None:
    with suppress(FileNotFoundError):
        os.unlink(temp)


def write_bytes(path: Path, data: bytes, tag: str = "") -> None:
    """DATA written to PATH whole or not at all (`atomic_write`)."""
    with atomic_write(path, tag) as handle:
        handle.write(data)


def sweep(directory: Path, tag: str) -> None:
    """Delete temporary files carrying TAG (a batch's own, never anyone else's)."""
    for temp in directory.glob(f".*.{tag}*{TEMP_SUFFIX}"):
        _discard(str(temp))
