"""State files: round trip, atomic writes, corrupt files ignored with a warning."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from qtread.tui.state import Bookmark, IssueState, Place, Settings, StateStore


def test_round_trip(store: StateStore) -> None:
    state = IssueState(Place("a1", 3, 17, 0.25), [Bookmark(Place("a2", -1, 0, 0.5), "标题", "t")])
    store.save_issue("abc", state, "x.txt")
    assert StateStore(store.root).load_issue("abc") == state
    store.save_settings(Settings(theme="night", width=60, indent=False, toc=True))
    assert StateStore(store.root).load_settings() == Settings("night", 60, False, True)
    assert not store.warnings


def test_missing_files_give_defaults(store: StateStore) -> None:
    assert store.load_issue("nope") == IssueState()
    assert store.load_settings() == Settings()
    assert not store.warnings


def test_corrupt_files_are_set_aside_with_a_warning(store: StateStore) -> None:
    path = store.issue_path("abc")
    path.parent.mkdir(parents=True)
    for garbage in ("{not json", '{"place": 5}', "[]", '{"bookmarks": [{"place": {}}]}'):
        path.write_text(garbage, encoding="utf-8")
        assert store.load_issue("abc") == IssueState()
        assert store.warnings and "abc.json" in store.warnings[-1]
        assert path.with_suffix(".corrupt").exists()
    store.settings_path.write_bytes(b"\xff\xfe")
    assert store.load_settings() == Settings()


def test_unwritable_directory_warns(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    store = StateStore(blocker / "state")
    store.save_settings(Settings())
    assert store.warnings


def test_a_failed_save_keeps_the_old_file_and_leaves_no_temporary_file(
    store: StateStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.save_settings(Settings(theme="night"))
    old = store.settings_path.read_bytes()

    def full_disk(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)  # the temporary file is written, then…
    store.save_settings(Settings(theme="sepia"))
    assert store.warnings and "no space left on the device" in store.warnings[-1]
    assert store.settings_path.read_bytes() == old
    assert [p.name for p in store.root.iterdir()] == ["settings.json"]
