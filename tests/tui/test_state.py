"""State files: round trip, atomic writes, corrupt files ignored with a warning."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from qtread.tui.state import (
    MAX_WIDTH,
    MIN_WIDTH,
    Bookmark,
    IssueState,
    Place,
    Settings,
    StateStore,
)


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


@pytest.mark.parametrize(
    "garbage",
    [
        '{"width": 1e400}',  # inf: int(inf) overflowed and crashed every launch
        '{"width": NaN}',
        '{"width": Infinity}',
        "[" * 100_000 + "]" * 100_000,  # deep enough to exhaust the JSON parser
        '{"theme": "x", "pad": "' + "x" * (2 * 1024 * 1024) + '"}',  # no state file is this big
    ],
    ids=["1e400", "NaN", "Infinity", "deep", "huge"],
)
def test_settings_that_would_lock_the_reader_out_are_set_aside(
    store: StateStore, garbage: str
) -> None:
    store.settings_path.parent.mkdir(parents=True, exist_ok=True)
    store.settings_path.write_text(garbage, encoding="utf-8")
    assert store.load_settings() == Settings()
    assert store.warnings
    assert store.settings_path.with_suffix(".corrupt").exists()


def test_a_place_out_of_range_is_set_aside_or_clamped(store: StateStore) -> None:
    path = store.issue_path("abc")
    path.parent.mkdir(parents=True)
    path.write_text('{"place": {"article": "a", "block": 1e400, "offset": 0}}', "utf-8")
    assert store.load_issue("abc") == IssueState()
    assert path.with_suffix(".corrupt").exists()
    path.write_text(
        '{"place": {"article": "a", "block": 2, "offset": -5, "fraction": 7.5}}', "utf-8"
    )
    assert StateStore(store.root).load_issue("abc").place == Place("a", 2, 0, 1.0)


def test_a_huge_saved_width_is_clamped(store: StateStore) -> None:
    store.settings_path.parent.mkdir(parents=True, exist_ok=True)
    store.settings_path.write_text('{"width": 1000000000}', encoding="utf-8")
    assert store.load_settings().width == MAX_WIDTH  # opening took 30 s at this width
    store.settings_path.write_text('{"width": -3}', encoding="utf-8")
    assert store.load_settings().width == MIN_WIDTH


def test_an_undecodable_file_is_set_aside_not_overwritten(store: StateStore) -> None:
    store.settings_path.parent.mkdir(parents=True, exist_ok=True)
    store.settings_path.write_bytes(b'{"theme": "\xff"}')
    assert store.load_settings() == Settings()
    assert store.settings_path.with_suffix(".corrupt").read_bytes() == b'{"theme": "\xff"}'
    store.save_settings(Settings(theme="night"))  # the next save finds nothing to lose
    assert store.settings_path.with_suffix(".corrupt").exists()


def test_two_readers_keep_each_others_bookmarks(tmp_path: Path) -> None:
    first, second = StateStore(tmp_path), StateStore(tmp_path)
    mark = [Bookmark(Place(f"a{n}", 0, n), f"mark {n}") for n in range(4)]
    first.save_issue("abc", IssueState(None, [mark[0]]))
    one, two = first.load_issue("abc"), second.load_issue("abc")
    one.bookmarks.append(mark[1])
    first.save_issue("abc", one)
    two.bookmarks.append(mark[2])
    second.save_issue("abc", two)  # used to drop mark 1, which only the first reader had
    assert StateStore(tmp_path).load_issue("abc").bookmarks == [mark[0], mark[2], mark[1]]
    two.bookmarks.remove(mark[0])  # a removal is kept, not undone by the merge
    second.save_issue("abc", two)
    assert mark[0] not in StateStore(tmp_path).load_issue("abc").bookmarks
