"""Reading state that survives the session: position and bookmarks per issue, settings.

Issues are keyed by the SHA-256 of the file's bytes, so a renamed or moved file resumes
and an edited one starts afresh. Files are small JSON documents written atomically; a
file that cannot be read is set aside as `*.corrupt` and reported, never fatal.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from qtread.atomic import write_bytes
from qtread.errors import OutputError, os_reason
from qtread.paths import state_dir

VERSION = 1
DEFAULT_WIDTH = 72


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
    place: Place
    label: str
    created: str = ""


@dataclass(slots=True)
class IssueState:
    place: Place | None = None
    bookmarks: list[Bookmark] = field(default_factory=list)


@dataclass(slots=True)
class Settings:
    theme: str | None = None
    width: int = DEFAULT_WIDTH
    indent: bool = True
    toc: bool = False


def _place(data: Any) -> Place:
    if not isinstance(data, dict):
        raise ValueError("place is not an object")
    return Place(
        article=str(data["article"]),
        block=int(data["block"]),
        offset=int(data["offset"]),
        fraction=float(data.get("fraction", 0.0)),
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
        for mark in marks
    ]
    return IssueState(_place(place) if place is not None else None, bookmarks)


def _settings_from(data: Any) -> Settings:
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    defaults = Settings()
    theme = data.get("theme")
    return Settings(
        theme=str(theme) if theme is not None else None,
        width=int(data.get("width", defaults.width)),
        indent=bool(data.get("indent", defaults.indent)),
        toc=bool(data.get("toc", defaults.toc)),
    )


class StateStore:
    """Reads and writes the state files under one directory (the platform state dir)."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root if root is not None else state_dir()
        self.warnings: list[str] = []

    def issue_path(self, sha256: str) -> Path:
        return self.root / "issues" / f"{sha256}.json"

    @property
    def settings_path(self) -> Path:
        return self.root / "settings.json"

    def load_issue(self, sha256: str) -> IssueState:
        data = self._read(self.issue_path(sha256))
        if data is None:
            return IssueState()
        try:
            return _issue_from(data)
        except (KeyError, TypeError, ValueError) as error:
            self._set_aside(self.issue_path(sha256), error)
            return IssueState()

    def save_issue(self, sha256: str, state: IssueState, name: str = "") -> None:
        payload = {"version": VERSION, "name": name, **asdict(state)}
        self._write(self.issue_path(sha256), payload)

    def load_settings(self) -> Settings:
        data = self._read(self.settings_path)
        if data is None:
            return Settings()
        try:
            return _settings_from(data)
        except (KeyError, TypeError, ValueError) as error:
            self._set_aside(self.settings_path, error)
            return Settings()

    def save_settings(self, settings: Settings) -> None:
        self._write(self.settings_path, {"version": VERSION, **asdict(settings)})

    def _read(self, path: Path) -> Any:
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError) as error:
            self.warnings.append(f"could not read {path}: {error}; using defaults")
            return None
        try:
            return json.loads(text)
        except json.JSONDecodeError as error:
            self._set_aside(path, error)
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
