"""`qtread library`, `qtread search` and `qtread toc DIR` end to end, in subprocesses."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from tests.test_cli import run

from .conftest import SAMPLES


def _env(library: Path) -> dict[str, str]:
    return {"QTREAD_LIBRARY": str(library)}


def test_add_list_check_remove(tmp_path: Path, shelf: Path) -> None:
    env = _env(tmp_path / "lib.sqlite3")
    added = run("library", "add", shelf, env=env)
    assert added.returncode == 0, added.stderr
    assert added.stdout.decode().startswith(f"{len(SAMPLES)} added, 0 updated, 0 unchanged")
    again = run("library", "add", shelf, "--jobs", "1", env=env)
    assert f"0 added, 0 updated, {len(SAMPLES)} unchanged" in again.stdout.decode()

    listed = json.loads(run("library", "list", "-f", "json", env=env).stdout)
    assert len(listed) == len(SAMPLES)
    assert {row["path"] for row in listed} == {str(p.absolute()) for p in shelf.rglob("*.txt")}
    rows = list(
        csv.DictReader(io.StringIO(run("library", "list", "-f", "csv", env=env).stdout.decode()))
    )
    assert [row["path"] for row in rows] == [row["path"] for row in listed]
    plain = run("library", "list", env=env).stdout.decode().splitlines()
    assert len(plain) == len(SAMPLES) and all("\t" in line for line in plain)

    assert run("library", "check", env=env).returncode == 0
    (shelf / "year0" / "issue0.txt").unlink()
    checked = run("library", "check", env=env)
    assert checked.returncode == 1
    assert checked.stderr.decode().strip().endswith("issue0.txt: missing (moved or deleted)")

    removed = run("library", "remove", shelf / "year0", env=env)
    assert removed.returncode == 0 and removed.stdout.decode().endswith(" removed\n")
    assert run("library", "remove", shelf / "year0", env=env).returncode == 1
    assert run("library", "check", env=env).returncode == 0


def test_search_finds_short_and_long_queries_and_exits_1_on_nothing(
    tmp_path: Path, shelf: Path
) -> None:
    env = _env(tmp_path / "lib.sqlite3")
    run("library", "add", shelf, env=env)
    for query in ("钱塘", "钱塘新区管委"):
        found = run("search", query, "-f", "json", "-n", "5", env=env)
        assert found.returncode == 0, found.stderr
        hits = json.loads(found.stdout)
        assert 0 < len(hits) <= 5
        for hit in hits:
            assert set(hit) == {
                "path", "issue", "year_month", "section", "title", "bylines",
                "article", "block", "start", "end", "snippet",
            }  # fmt: skip
            assert query in hit["snippet"].replace(" ", "")
    table = run("search", "钱塘", "-f", "csv", "-n", "3", env=env).stdout.decode()
    assert len(list(csv.reader(io.StringIO(table)))) == 4
    plain = run("search", "钱塘", "-n", "2", env=env)
    assert plain.returncode == 0 and len(plain.stdout.decode().splitlines()) == 6
    nothing = run("search", "绝对不会出现的词语", env=env)
    assert (nothing.returncode, nothing.stdout, nothing.stderr) == (1, b"", b"")


def test_a_library_that_is_not_one_is_one_line_and_untouched(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.txt"
    bogus.write_text("我的笔记\n", encoding="utf-8")
    for args in (("search", "钱塘"), ("library", "list"), ("library", "add", SAMPLES[0])):
        done = run(*args, env=_env(bogus))
        assert done.returncode == 2
        assert (
            done.stderr.decode()
            == f"qtread: {bogus}: not a qtread library (not an SQLite database)\n"
        )
    assert bogus.read_text(encoding="utf-8") == "我的笔记\n"


def test_searching_a_library_that_does_not_exist_makes_none(tmp_path: Path) -> None:
    absent = tmp_path / "none" / "lib.sqlite3"
    done = run("search", "钱塘", env=_env(absent))
    assert done.returncode == 2 and b"no library yet" in done.stderr
    assert not absent.parent.exists()


def test_toc_of_a_folder_is_the_toc_of_its_files(shelf: Path) -> None:
    files = sorted(shelf.rglob("*.txt"))
    folder = json.loads(run("toc", shelf, "-f", "json").stdout)
    one_by_one = [json.loads(run("toc", file, "-f", "json").stdout) for file in files]
    assert folder == one_by_one
    table = run("toc", shelf, "-f", "csv").stdout.decode().splitlines()
    per_file = [run("toc", file, "-f", "csv").stdout.decode().splitlines() for file in files]
    assert table[0] == per_file[0][0]
    assert table[0].startswith("file,issue,year,month,number,")
    assert table[1:] == [row for rows in per_file for row in rows[1:]]


def test_read_of_a_folder_wants_a_terminal_before_it_indexes(tmp_path: Path, shelf: Path) -> None:
    library = tmp_path / "lib.sqlite3"
    done = run("read", shelf, env=_env(library))
    assert done.returncode == 2 and b"not a terminal" in done.stderr
    assert not library.exists()
