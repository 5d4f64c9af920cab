"""Atomic writes: a complete file or none, and a clear reason when the disk refuses."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from qtread import atomic
from qtread.atomic import atomic_write, sweep, write_bytes
from qtread.errors import OutputError


def _leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".tmp"))


def test_replaces_the_target_and_leaves_nothing_else(tmp_path: Path) -> None:
    target = tmp_path / "a.epub"
    target.write_bytes(b"old")
    write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert _leftovers(tmp_path) == []
    assert target.stat().st_mode & 0o777 == 0o666 & ~atomic._UMASK


@pytest.mark.parametrize("error", [RuntimeError("boom"), KeyboardInterrupt()])
def test_a_failure_keeps_the_old_file_and_removes_the_temporary(
    tmp_path: Path, error: BaseException
) -> None:
    target = tmp_path / "a.pdf"
    target.write_bytes(b"old")
    with pytest.raises(type(error)), atomic_write(target) as handle:
        handle.write(b"half")
        raise error
    assert target.read_bytes() == b"old"
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize(
    ("code", "reason"),
    [(errno.ENOSPC, "no space left"), (errno.EROFS, "read-only"), (errno.EDQUOT, "quota")],
)
def test_disk_errors_become_one_clear_output_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, reason: str
) -> None:
    def refuse(fd: int) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(atomic.os, "fsync", refuse)
    target = tmp_path / "a.epub"
    with pytest.raises(OutputError, match=reason) as caught:
        write_bytes(target, b"data")
    assert str(target) in str(caught.value)
    assert not target.exists()
    assert _leftovers(tmp_path) == []


def test_an_output_under_a_file_is_an_output_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(OutputError, match="not a directory"):
        write_bytes(tmp_path / "file" / "a.epub", b"data")


def test_sweep_removes_only_the_runs_own_temporaries(tmp_path: Path) -> None:
    (tmp_path / ".a.epub.qt1abc.tmp").write_text("")
    (tmp_path / ".a.epub.qt2abc.tmp").write_text("")
    (tmp_path / "qt1.tmp").write_text("")
    sweep(tmp_path, "qt1")
    assert _leftovers(tmp_path) == [".a.epub.qt2abc.tmp", "qt1.tmp"]
