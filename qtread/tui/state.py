"""Reading state that survives the session: position and bookmarks per issue, settings.

Issues are keyed by the SHA-256 of the file's bytes, so a renamed or moved file resumes
and an edited one starts afresh. Files are small JSON documents written atomically; a
file that cannot be read is set aside as `*.corrupt` and reported, never fatal.
"""

from __future__ import annotations

import contextlib
import json
import math
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from qtread.atomic import write_bytes
from qtread.errors import OutputError, os_reason
from qtread.paths import state_dir

T = TypeVar("T")

VERSION = 1
DEFAULT_WIDTH = 72
#: The text column's width in cells, at least and at most: a state file saying more (or
#: less) is clamped, so that a hand-edited 1e9 cannot make opening an issue take minutes.
MIN_WIDTH, MAX_WIDTH = 20, 200
#: Bytes a state file may have, at most: one holds a place and some bookmarks, a few KB;
#: a bigger one is not ours, and is set aside unread.
MAX_STATE_BYTES = 1024 * 1024
#: Bookmarks an issue keeps, at most (the oldest go first).
MAX_BOOKMARKS = 1000


@dataclass(slots=True)
class Place:
    """A width-independent position: an article (by its stable id), a block, an offset.

    `block` uses the layout's part numbers for titles and bylines (negative); `fraction`
    of the issue is the fallback when the article is no longer found.
    """

    article: str
    block: int
    offset: int
    fraction: float = 0.0


@dataclass(slots=True)
class Bookmark:
    """A place the reader marked, with a label to find it by."""

    place: Place
    label: str
    created: str = ""


@dataclass(slots=True)
class IssueState:
    """What the reader remembers of one issue: the place and the bookmarks."""

    place: Place | None = None
    bookmarks: list[Bookmark] = field(default_factory=list)


@dataclass(slots=True)
class Settings:
    """What the reader remembers across issues: theme, width, indent, contents pane."""

    theme: str | None = None
    width: int = DEFAULT_WIDTH
    indent: bool = True
    toc: bool = False


def _finite_float(text: str) -> float:
    """A JSON number as a float, refused when it is no finite number (`1e400` is inf)."""
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"number out of range: {text}")
    return value


def _no_constant(name: str) -> Any:
    """JSON has no NaN or Infinity; Python's reader takes them unless told not to."""
    raise ValueError(f"not a JSON number: {name}")


def _place(data: Any) -> Place:
    if not isinstance(data, dict):
        raise ValueError("place is not an object")
    fraction = float(data.get("fraction", 0.0))
    return Place(
        article=str(data["article"]),
        block=int(data["block"]),
        offset=max(int(data["offset"]), 0),
        fraction=min(max(fraction, 0.0), 1.0),
    )


def _issue_from(data: Any) -> IssueState:
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    place = data.get("place")
    marks = data.get("bookmarks", [])
    if not isinstance(marks, list):
        raise ValueError("bookmarks is not a list")
    bookmarks = [
        Bookmark(_place(mark["place"]), str(mark.get("label", "")), str(mark.get("created", "")))
        for mark in marks[-MAX_BOOKMARKS:]
    ]
    return IssueState(_place(place) if place is not None else None, bookmarks)


def _settings_from(data: Any) -> Settings:
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    defaults = Settings()
    theme = data.get("theme")
    return Settings(
        theme=str(theme) if theme is not None else None,
        width=min(max(int(data.get("width", defaults.width)), MIN_WIDTH), MAX_WIDTH),
        indent=bool(data.get("indent", defaults.indent)),
        toc=bool(data.get("toc", defaults.toc)),
    )


class StateStore:
    """Reads and writes the state files under one directory (the platform state dir)."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root if root is not None else state_dir()
        self.warnings: list[str] = []
        # the bookmarks each issue had when it was loaded: what another reader added
        # since is told apart from what this one removed
        self._loaded: dict[str, list[Bookmark]] = {}

    def issue_path(self, sha256: str) -> Path:
        return self.root / "issues" / f"{sha256}.json"

    @property
    def settings_path(self) -> Path:
        return self.root / "settings.json"

    def load_issue(self, sha256: str) -> IssueState:
        state = self._issue_on_disk(sha256, set_aside=True)
        self._loaded[sha256] = list(state.bookmarks)
        return state

    def save_issue(self, sha256: str, state: IssueState, name: str = "") -> None:
        """Save STATE, with the bookmarks another reader of the same issue saved since
        this one loaded it merged in (its place is this reader's: the last one wins)."""
        loaded = self._loaded.get(sha256, [])
        elsewhere = [
            mark
            for mark in self._issue_on_disk(sha256, set_aside=False).bookmarks
            if mark not in loaded and mark not in state.bookmarks
        ]
        merged = IssueState(state.place, [*state.bookmarks, *elsewhere][-MAX_BOOKMARKS:])
        payload = {"version": VERSION, "name": name, **asdict(merged)}
        self._write(self.issue_path(sha256), payload)
        self._loaded[sha256] = list(merged.bookmarks)

    def _issue_on_disk(self, sha256: str, *, set_aside: bool) -> IssueState:
        return self._load(self.issue_path(sha256), _issue_from, IssueState(), set_aside)

    def load_settings(self) -> Settings:
        return self._load(self.settings_path, _settings_from, Settings(), set_aside=True)

    def _load(self, path: Path, shape: Callable[[Any], T], default: T, set_aside: bool) -> T:
        """The state in PATH as SHAPE reads it, or DEFAULT where there is none or it is
        not what SHAPE expects (then set aside, if SET_ASIDE, as `_read` does)."""
        data = self._read(path, set_aside=set_aside)
        if data is None:
            return default
        try:
            return shape(data)
        except (KeyError, TypeError, ValueError, OverflowError) as error:
            if set_aside:
                self._set_aside(path, error)
            return default

    def save_settings(self, settings: Settings) -> None:
        self._write(self.settings_path, {"version": VERSION, **asdict(settings)})

    def _read(self, path: Path, *, set_aside: bool = True) -> Any:
        """The JSON in PATH; None where there is none. A file that is not a state file
        (too big, not UTF-8, not JSON, non-finite numbers, nesting deep enough to exhaust
        the parser) is set aside as `*.corrupt` with a warning, so that the next save
        does not overwrite what someone may want to look at."""
        try:
            if path.stat().st_size > MAX_STATE_BYTES:
                raise ValueError(f"larger than {MAX_STATE_BYTES // 1024} KiB")
            text = path.read_text(encoding="utf-8")
            return json.loads(text, parse_float=_finite_float, parse_constant=_no_constant)
        except FileNotFoundError:
            return None
        except (ValueError, RecursionError) as error:  # JSONDecodeError, UnicodeDecodeError
            if set_aside:
                self._set_aside(path, error)
            return None
        except OSError as error:
            self.warnings.append(f"could not read {path}: {os_reason(error)}; using defaults")
            return None

    def _set_aside(self, path: Path, error: Exception) -> None:
        """Keep a corrupt file for inspection, out of the way of the next save."""
        self.warnings.append(f"ignored corrupt state file {path.name} ({error}); using defaults")
        with contextlib.suppress(OSError):
            path.replace(path.with_suffix(".corrupt"))

    def _write(self, path: Path, payload: dict[str, Any]) -> None:
        """Write atomically (`qtread.atomic`, as the exports are written): a crash or a
        full disk mid-write leaves the previous file intact and no temporary file."""
        data = json.dumps(payload, ensure_ascii=False, indent=1).encode("utf-8")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_bytes(path, data)
        except OSError as error:  # the directory could not be made
            self.warnings.append(f"could not save {path}: {os_reason(error)}")
        except OutputError as error:
            self.warnings.append(f"could not save: {error}")
