"""Parsed issues kept on disk, so that the next command on the same issue skips the parser.

People run several commands on one issue: `qtread toc`, then `dump` or `info`, then
`export`. Importing the parser and running it is most of each such command (some 190 of
300 ms on sample 000); a kept parse loads in a few milliseconds and no parser module is
imported at all (`bench/startup.py` times both ways).

A kept parse is used only when everything that decides the parse is the same: the file's
bytes and the name it was read under, the `--shape`, `--encoding` and `--profile` asked
for, and the parser itself (`qtread.parse.fingerprint`). Anything else is a new parse.
Set QTREAD_NO_CACHE to any value to parse every time.

The store lives in the user's cache folder (`paths.cache_dir()/parsed`) and keeps the
most recently used parses up to STORE_MAX_BYTES. It is pickled `Issue` objects, so a file
is read only when this user owns it and nobody else could have written it. Nothing here
ever fails a command: a store that cannot be read or written costs only a parse.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from contextlib import suppress
from pathlib import Path

from qtread.errors import OutputError
from qtread.model import Issue, SourceShape
from qtread.parse.fingerprint import parser_fingerprint
from qtread.parse.source import read_bytes

#: Set (to anything) in the environment, every command parses afresh and keeps nothing.
NO_CACHE_VARIABLE = "QTREAD_NO_CACHE"

#: The store is cut back, least recently used first, to this many bytes on disk: a kept
#: parse is 1.2–1.3 times its issue file (the samples: 170–190 KiB → 200–230 KB), so about
#: a thousand issues of that size. Parses an older parser made are cut back the same way.
STORE_MAX_BYTES = 256 * 2**20

#: Hex digits of the key that name a kept parse: 128 bits, no collision in any one store.
_KEY_DIGITS = 32

#: Bits of a file's mode that let other users write it: such a file is never unpickled.
_OTHERS_WRITE = 0o022

_SUFFIX = ".pickle"


def parse_file(
    path: str | Path,
    *,
    shape: SourceShape | None = None,
    encoding: str | None = None,
    profile: Path | None = None,
) -> Issue:
    """The issue file at PATH ("-" reads standard input) as `parse_path` reads it, from
    the store when an earlier command parsed the same bytes the same way. PROFILE is the
    path of a magazine profile (None: the bundled one)."""
    data, name = read_bytes(path)
    return parse_data(data, name, shape=shape, encoding=encoding, profile=profile)


def parse_data(
    data: bytes,
    name: str,
    *,
    shape: SourceShape | None = None,
    encoding: str | None = None,
    profile: Path | None = None,
) -> Issue:
    """DATA, read from NAME, as `parse_bytes` parses it, kept for the next command."""
    kept_at = _kept_at(data, name, shape, encoding, profile)
    if kept_at is not None and (issue := _load(kept_at)) is not None:
        return issue
    from qtread.parse.pipeline import parse_bytes
    from qtread.parse.profile import profile_at

    issue = parse_bytes(data, name, shape=shape, encoding=encoding, profile=profile_at(profile))
    if kept_at is not None:
        _keep(kept_at, issue)
    return issue


def store_dir() -> Path:
    """The folder of kept parses (safe to delete)."""
    from qtread.paths import cache_dir

    return cache_dir() / "parsed"


def _kept_at(
    data: bytes, name: str, shape: SourceShape | None, encoding: str | None, profile: Path | None
) -> Path | None:
    """Where the parse of DATA read this way is kept; None when nothing is to be kept."""
    if os.environ.get(NO_CACHE_VARIABLE):
        return None
    try:
        parser = parser_fingerprint(profile)
    except OSError:
        return None  # an unreadable profile: the parse says why, in its own words
    digest = hashlib.sha256()
    for part in (parser, name, shape.value if shape else "", encoding or ""):
        digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    digest.update(data)
    return store_dir() / f"{digest.hexdigest()[:_KEY_DIGITS]}{_SUFFIX}"


def _load(path: Path) -> Issue | None:
    """The parse kept at PATH; None when there is none or it cannot be trusted or read."""
    try:
        with open(path, "rb") as handle:
            stat = os.fstat(handle.fileno())
            if stat.st_uid != os.geteuid() or stat.st_mode & _OTHERS_WRITE:
                return None  # someone else could have written it: never unpickled
            issue = pickle.load(handle)
    except FileNotFoundError:
        return None
    except Exception:  # unpickling damaged bytes can raise almost anything
        _forget(path)
        return None
    if not isinstance(issue, Issue):
        _forget(path)
        return None
    with suppress(OSError):
        os.utime(path)  # the store is cut back by last use
    return issue


def _keep(path: Path, issue: Issue) -> None:
    """Keep ISSUE at PATH, whole or not at all, then cut the store back to its size."""
    from qtread.atomic import discard, publish, staged_write  # not needed to load

    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        with staged_write(path) as (handle, staged):
            pickle.dump(issue, handle, protocol=pickle.HIGHEST_PROTOCOL)
        try:
            os.chmod(staged, 0o600)  # whatever the umask: `_load` trusts no other mode
        except BaseException:
            discard(staged)
            raise
        publish(staged, path)
        _cut_back(path.parent)
    except (OSError, OutputError):
        pass  # a full or read-only disk: the next command parses again, nothing worse


def _cut_back(folder: Path) -> None:
    """Delete the least recently used kept parses until the store fits STORE_MAX_BYTES."""
    kept: list[tuple[int, int, str]] = []
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.endswith(_SUFFIX) and entry.is_file(follow_symlinks=False):
                stat = entry.stat(follow_symlinks=False)
                kept.append((stat.st_mtime_ns, stat.st_size, entry.path))
    total = sum(size for _, size, _ in kept)
    for _, size, name in sorted(kept):
        if total <= STORE_MAX_BYTES:
            break
        _forget(Path(name))
        total -= size


def _forget(path: Path) -> None:
    with suppress(OSError):
        path.unlink()
