"""The library file: created when absent, refused (and left untouched) when not ours."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from qtread.library.store import APPLICATION_ID, SCHEMA_VERSION, Library, LibraryError

from .conftest import index_is_whole, made_issue


def test_a_new_library_is_made_and_opened_again(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "folder" / "library.sqlite3"
    with Library(path) as library:
        library.store(
            tmp_path / "a.txt", made_issue("a", 2020, "专栏", "标题", "张三", ["正文"]), "p1"
        )
    with Library(path) as library:
        (issue,) = library.issues()
    assert issue.path == tmp_path / "a.txt"
    assert (issue.year, issue.month, issue.number, issue.articles) == (2020, 6, 2, 1)
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA application_id").fetchone() == (APPLICATION_ID,)
        assert db.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)


def _refused(path: Path, reason: str) -> bool:
    """Opening PATH fails with REASON, naming the file, and leaves it as it was."""
    before = path.read_bytes()
    with pytest.raises(LibraryError, match=reason) as raised:
        Library(path)
    return str(path) in str(raised.value) and path.read_bytes() == before


def test_a_text_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("我的笔记，不是数据库\n", encoding="utf-8")
    assert _refused(path, "not an SQLite database")


def test_another_programs_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE things (x)")
    assert _refused(path, "another program's database")


def test_a_newer_qtreads_library_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    Library(path).close()
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    assert _refused(path, "newer qtread")


def test_a_damaged_library_is_one_error_not_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    with Library(path) as library:
        for n in range(30):
            record = made_issue(f"{n:02d}", 2020, "专栏", "标题", "张三", ["正文" * 400] * 5)
            library.store(tmp_path / f"{n}.txt", record, "p1")
    data = bytearray(path.read_bytes())
    page = 4096
    data[page:] = b"\xa5" * (len(data) - page)  # every page but the first (the schema's)
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    with pytest.raises(LibraryError, match="library:"), Library(path) as library:
        library.issues()
        for n in range(30):
            library.find(tmp_path / f"{n}.txt")
    assert path.read_bytes() == before


def test_storing_a_file_again_replaces_it_whole(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    library.store(path, made_issue("a", 2020, "专栏", "旧标题", "张三", ["旧的正文"]), "p1")
    library.store(path, made_issue("b", 2021, "专栏", "新标题", "李四", ["新的正文"]), "p1")
    (issue,) = library.issues()
    assert issue.year == 2021
    counts = [
        library.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("article", "passage")
    ]
    assert counts == [1, 2]  # the old article and its passages are gone
    assert index_is_whole(library)  # and so are their trigrams


def test_issues_come_newest_first_and_undated_last(library: Library, tmp_path: Path) -> None:
    for name, year in (("old", 2019), ("new", 2022), ("mid", 2020)):
        library.store(
            tmp_path / f"{name}.txt", made_issue(name, year, "专栏", "题", "某", ["文"]), "p"
        )
    undated = made_issue("und", 2020, "专栏", "题", "某", ["文"])
    from dataclasses import replace

    library.store(tmp_path / "a-undated.txt", replace(undated, year=None, month=None), "p")
    assert [issue.path.stem for issue in library.issues()] == ["new", "mid", "old", "a-undated"]
    assert [issue.path.stem for issue in library.issues(tmp_path / "nowhere")] == []


def test_a_file_name_that_is_not_utf8_is_kept_as_the_file_system_spells_it(
    library: Library, tmp_path: Path
) -> None:
    import os

    path = tmp_path / os.fsdecode(b"\xb3\xb1\xd3\xbf.txt")  # GBK bytes, not UTF-8
    library.store(path, made_issue("g", 2020, "专栏", "题", "某", ["文"]), "p")
    assert library.find(path) is not None
    assert library.issues()[0].path == path
