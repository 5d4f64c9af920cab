"""`library add`: what is parsed, what is not, and what a moved or changed file does."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from qtread.library import indexer
from qtread.library.files import issue_files
from qtread.library.indexer import add, check, remove
from qtread.library.store import Library

from .conftest import SAMPLES, index_is_whole, made_issue


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every file parsed from here on (in this process: jobs=1)."""
    seen: list[Path] = []
    real = indexer._parse

    def counting(path: Path, profile: Path | None) -> object:
        seen.append(path)
        return real(path, profile)

    monkeypatch.setattr(indexer, "_parse", counting)
    return seen


def test_a_folder_is_read_at_any_depth_hidden_files_skipped(shelf: Path) -> None:
    (shelf / ".trash").mkdir()
    shutil.copy(SAMPLES[0], shelf / ".trash" / "old.txt")
    (shelf / "year0" / "cover.jpg").write_bytes(b"\xff\xd8")
    (shelf / "year0" / ".hidden.txt").write_text("x")
    found = issue_files([shelf])
    assert [path.relative_to(shelf).as_posix() for path in found] == sorted(
        f"year{n % 2}/issue{n}.txt" for n in range(len(SAMPLES))
    )
    assert issue_files(["-", shelf / "missing.txt"]) == [Path("-"), shelf / "missing.txt"]


def test_add_then_add_again_parses_nothing(
    library: Library, shelf: Path, parses: list[Path]
) -> None:
    first = add(library, [str(shelf)], jobs=1)
    assert len(first.added) == len(SAMPLES) == len(parses)
    again = add(library, [str(shelf)], jobs=1)
    assert len(again.unchanged) == len(SAMPLES)
    assert len(parses) == len(SAMPLES)  # not one more parse
    assert not (again.added or again.updated or again.moved or again.failed)


def test_a_changed_file_is_indexed_again(library: Library, shelf: Path, parses: list[Path]) -> None:
    add(library, [str(shelf)], jobs=1)
    changed = shelf / "year0" / "issue0.txt"
    changed.write_text(
        changed.read_text(encoding="utf-8") + "\n补记：独一无二的尾巴\n", encoding="utf-8"
    )
    report = add(library, [str(shelf)], jobs=1)
    assert report.updated == [changed.absolute()]
    assert parses[-1] == changed.absolute()
    stored = library.find(changed)
    assert stored is not None
    assert len(library.issues()) == len(SAMPLES)


def test_a_new_parser_indexes_everything_again(
    library: Library, shelf: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add(library, [str(shelf)], jobs=1)
    monkeypatch.setattr(indexer, "parser_fingerprint", lambda profile=None: "another parser")
    assert len(add(library, [str(shelf)], jobs=1).updated) == len(SAMPLES)


def test_a_moved_file_keeps_its_entry_without_a_parse(
    library: Library, shelf: Path, parses: list[Path]
) -> None:
    add(library, [str(shelf)], jobs=1)
    old, new = shelf / "year0" / "issue0.txt", shelf / "moved" / "renamed.txt"
    new.parent.mkdir()
    old.rename(new)
    missing = check(library)
    assert missing.missing == [old.absolute()]
    report = add(library, [str(shelf)], jobs=1)
    assert report.moved == [(old.absolute(), new.absolute())]
    assert len(parses) == len(SAMPLES)
    assert library.find(old) is None and library.find(new) is not None
    assert check(library).missing == []


def test_check_tells_changed_and_missing_files(library: Library, shelf: Path) -> None:
    add(library, [str(shelf)], jobs=1)
    (shelf / "year0" / "issue0.txt").write_text("别的内容\n", encoding="utf-8")
    (shelf / "year1" / "issue1.txt").unlink()
    report = check(library)
    assert report.changed == [(shelf / "year0" / "issue0.txt").absolute()]
    assert report.missing == [(shelf / "year1" / "issue1.txt").absolute()]
    assert report.ok == len(SAMPLES) - 2


def test_remove_forgets_a_file_or_a_folder(library: Library, shelf: Path) -> None:
    add(library, [str(shelf)], jobs=1)
    assert remove(library, [str(shelf / "year0" / "issue0.txt")]) == [
        (shelf / "year0" / "issue0.txt").absolute()
    ]
    removed = remove(library, [str(shelf / "year1")])
    assert {path.parent.name for path in removed} == {"year1"}
    assert remove(library, [str(shelf / "nothing")]) == []
    left = library.issues()
    assert all(issue.path.parent.name == "year0" for issue in left)
    assert (shelf / "year0" / "issue0.txt").exists()  # the file itself is not touched
    assert index_is_whole(library)  # no trigram left behind of what was removed


def test_unreadable_files_are_reported_and_the_rest_indexed(library: Library, shelf: Path) -> None:
    (shelf / "year0" / "empty.txt").write_bytes(b"")
    (shelf / "year0" / "binary.md").write_bytes(bytes(range(256)) * 10)
    report = add(library, [str(shelf), str(shelf / "absent.txt")], jobs=1)
    assert len(report.added) == len(SAMPLES)
    assert sorted(Path(error.name).name for error in report.failed) == [
        "absent.txt",
        "binary.md",
        "empty.txt",
    ]


def test_a_pool_of_workers_gives_the_same_index(tmp_path: Path, shelf: Path) -> None:
    with Library(tmp_path / "one.sqlite3") as one, Library(tmp_path / "two.sqlite3") as two:
        add(one, [str(shelf)], jobs=1)
        report = add(two, [str(shelf)], jobs=2)
        assert len(report.added) == len(SAMPLES)
        query = "SELECT title, year, month, number, articles FROM issue ORDER BY path"
        assert one.db.execute(query).fetchall() == two.db.execute(query).fetchall()
        texts = "SELECT text FROM passage ORDER BY id"
        assert one.db.execute(texts).fetchall() == two.db.execute(texts).fetchall()


ADD = """
import sys
from qtread.library.indexer import add
from qtread.library.store import Library
with Library(__import__("pathlib").Path(sys.argv[1])) as library:
    add(library, sys.argv[2:], jobs=1)
"""


def test_concurrent_adds_to_one_library_lose_nothing(tmp_path: Path, shelf: Path) -> None:
    """Two qtreads adding at once (one the whole shelf, one a year of it) wait their turn:
    every issue is stored once, whole."""
    path = tmp_path / "library.sqlite3"
    runs = [
        subprocess.Popen([sys.executable, "-c", ADD, str(path), str(folder)])
        for folder in (shelf, shelf / "year0", shelf, shelf / "year1")
    ]
    assert [run.wait(timeout=120) for run in runs] == [0, 0, 0, 0]
    with Library(path) as library:
        issues = library.issues()
        assert len(issues) == len(SAMPLES)
        assert index_is_whole(library)
        per_issue = library.db.execute(
            "SELECT issue, count(*) FROM article GROUP BY issue"
        ).fetchall()
        assert sorted(count for _, count in per_issue) == sorted(issue.articles for issue in issues)


def test_a_record_holds_every_block_of_every_article() -> None:
    record = made_issue("x", 2020, "专栏", "标题", "张三", ["第一段", "第二段"])
    (article,) = record.articles
    assert article.passages == (
        (-1, "标题", "标题"),
        (0, "第一段", "第一段"),
        (1, "第二段", "第二段"),
    )
    assert article.bylines == "记者 张三"


def test_the_index_holds_the_text_the_reader_shows(library: Library, shelf: Path) -> None:
    """An OCR issue's passages are stored with its punctuation made full width, as the
    reader and the exports show it, so a search's snippet reads as the page it opens."""
    from qtread.library.search import search

    add(library, [str(shelf)], jobs=1)
    hits = search(library, "问候从指尖")
    assert hits and "滑动手机屏幕，问候从指尖" in hits[0].snippet.text
