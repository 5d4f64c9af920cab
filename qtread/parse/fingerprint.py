"""What decides how an issue is parsed, in one short string: a parse made by another
parser or profile is not the one this parser would make, and is made again.

The library's index (`qtread library add`) and the store of parsed issues
(`qtread.parse.cache`) both keep parses for later; both ask this module whether a kept
parse is still the one the parser would make now.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent

#: Everything a parse depends on, relative to the `qtread` package: the parser, the
#: bundled magazine profiles, the text helpers it calls and the model it builds (a kept
#: parse is that model's objects).
_INPUTS = ("parse", "magazines", "text", "model.py")

#: The files among them that hold code or data.
_SUFFIXES = (".py", ".toml")


def parser_fingerprint(profile: Path | None = None) -> str:
    """The parser's code and data, and the PROFILE given (its bytes), as 16 hex digits.

    The code is known by each file's path, size and modification time rather than its
    bytes: stat-ing some 60 files takes 0.5 ms, reading them ten times as long, and this
    runs on every command that looks for a kept parse. A file edited, checked out or
    installed anew has another time. OSError when PROFILE cannot be read.
    """
    digest = hashlib.sha256()
    for entry in sorted(_source_files()):
        digest.update(entry.encode("utf-8", "surrogateescape") + b"\n")
    if profile is not None:
        digest.update(b"profile\n" + Path(profile).read_bytes())
    return digest.hexdigest()[:16]


def _source_files() -> list[str]:
    """`path size mtime` of each file in _INPUTS, the path relative to the package."""
    found: list[str] = []
    for name in _INPUTS:
        path = _PACKAGE / name
        if path.is_dir():
            _walk(path, found)
        else:
            _stat_line(path, os.stat(path), found)
    return found


def _walk(folder: Path, found: list[str]) -> None:
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                if entry.name != "__pycache__":
                    _walk(Path(entry.path), found)
            elif entry.name.endswith(_SUFFIXES):
                _stat_line(Path(entry.path), entry.stat(), found)


def _stat_line(path: Path, stat: os.stat_result, found: list[str]) -> None:
    relative = path.relative_to(_PACKAGE).as_posix()
    found.append(f"{relative} {stat.st_size} {stat.st_mtime_ns}")
