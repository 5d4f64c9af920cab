"""Every way a user can hand qtread a bad file or bad arguments, for toc, info and dump.

The contract (docs/cli.md): one line on stderr that names the file and the reason,
nothing on stdout, exit 2. With several files, toc prints what it could and exits 1.
"""

from __future__ import annotations

import os
import random
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from test_cli import SAMPLES, run

COMMANDS = ("toc", "info", "dump")


def _missing(tmp: Path) -> Path:
    return tmp / "missing.txt"


def _directory(tmp: Path) -> Path:
    return tmp


def _fifo(tmp: Path) -> Path:
    path = tmp / "pipe"
    os.mkfifo(path)
    return path


def _dangling_link(tmp: Path) -> Path:
    path = tmp / "link.txt"
    path.symlink_to(tmp / "gone.txt")
    return path


def _under_a_file(tmp: Path) -> Path:
    (tmp / "plain").write_text("x")
    return tmp / "plain" / "issue.txt"


def _write(name: str, data: bytes) -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        path = tmp / name
        path.write_bytes(data)
        return path

    return make


def _epub(tmp: Path) -> Path:
    path = tmp / "issue.epub"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip")
        archive.writestr("content.xhtml", "<p>潮涌钱塘</p>")
    return path


BAD_INPUTS: dict[str, tuple[Callable[[Path], Path], str]] = {
    "missing": (_missing, "no such file"),
    "directory": (_directory, "directory"),
    "fifo": (_fifo, "not a regular file"),
    "dangling-symlink": (_dangling_link, "no such file"),
    "path-under-a-file": (_under_a_file, ""),
    "empty": (_write("empty.txt", b""), "empty"),
    "whitespace-only": (_write("blank.txt", b" \n\t\r\n\xe3\x80\x80\n"), ""),
    "pdf": (_write("issue.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"), "PDF"),
    "epub": (_epub, "ZIP"),
    "png": (_write("cover.png", b"\x89PNG\r\n\x1a\n" + bytes(64)), "PNG"),
    "random-bytes": (_write("noise.bin", random.Random(0).randbytes(4096)), ""),
    "nul-bytes": (_write("zeros.txt", bytes(4096)), ""),
}


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("case", BAD_INPUTS, ids=str)
def test_bad_input_is_one_line_naming_the_file_and_exit_2(
    command: str, case: str, tmp_path: Path
) -> None:
    make, reason = BAD_INPUTS[case]
    path = make(tmp_path).relative_to(tmp_path)
    result = run(command, path, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == b""
    stderr = result.stderr.decode()
    assert stderr.count("\n") == 1, stderr
    assert stderr.startswith(f"qtread: {path}: ")
    assert reason in stderr
    assert "Traceback" not in stderr


@pytest.mark.parametrize("command", COMMANDS)
def test_long_error_lines_are_not_wrapped(command: str, tmp_path: Path) -> None:
    path = tmp_path / ("很长的文件名" * 12 + ".pdf")
    path.write_bytes(b"%PDF-1.7\n")
    result = run(command, path)
    assert result.returncode == 2
    assert result.stderr.decode().count("\n") == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
@pytest.mark.parametrize("command", COMMANDS)
def test_unreadable_file_is_permission_denied(command: str, tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_bytes(SAMPLES[0].read_bytes())
    path.chmod(0)
    result = run(command, path)
    assert result.returncode == 2
    assert result.stderr.decode() == f"qtread: {path}: permission denied\n"


@pytest.mark.parametrize("command", COMMANDS)
def test_wrong_encoding_override_is_refused(command: str, tmp_path: Path) -> None:
    ascii_ = run(command, "--encoding", "ascii", SAMPLES[0])
    assert ascii_.returncode == 2
    assert ascii_.stderr.decode().startswith(f"qtread: {SAMPLES[0]}: not valid ascii")
    unknown = run(command, "--encoding", "no-such-codec", SAMPLES[0])
    assert unknown.returncode == 2
    assert "unknown encoding 'no-such-codec'" in unknown.stderr.decode()


@pytest.mark.parametrize("command", COMMANDS)
def test_empty_standard_input_is_refused(command: str) -> None:
    result = run(command, "-", stdin=b"")
    assert result.returncode == 2
    assert result.stderr.decode() == "qtread: -: file is empty\n"


def test_toc_prints_the_good_files_and_exits_1_when_some_fail(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    result = run("toc", "-f", "csv", SAMPLES[0], missing, SAMPLES[1])
    assert result.returncode == 1
    assert result.stderr.decode() == f"qtread: {missing}: no such file\n"
    files = {line.split(",", 1)[0] for line in result.stdout.decode().splitlines()[1:]}
    assert files == {str(SAMPLES[0]), str(SAMPLES[1])}


def test_toc_exits_2_when_no_file_can_be_read(tmp_path: Path) -> None:
    result = run("toc", "-f", "json", tmp_path / "a", tmp_path / "b")
    assert result.returncode == 2
    assert result.stdout == b""
    assert len(result.stderr.decode().splitlines()) == 2


@pytest.mark.parametrize(
    "args",
    [
        ("toc",),
        ("info",),
        ("toc", "--format", "xml", "x.txt"),
        ("toc", "--no-such-option", "x.txt"),
        ("info", "a.txt", "b.txt"),
        ("toc", "--shape", "scroll", "x.txt"),
        ("no-such-command",),
    ],
    ids=" ".join,
)
def test_usage_errors_exit_2(args: tuple[str, ...]) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert result.stdout == b""
    assert b"Traceback" not in result.stderr


def test_a_short_file_of_nul_bytes_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "zeros.txt"
    path.write_bytes(bytes(10))
    assert run("toc", path).returncode == 2


def test_encoding_override_still_refuses_binary_files(tmp_path: Path) -> None:
    path = tmp_path / "cover.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    result = run("info", "--encoding", "latin-1", path)
    assert result.returncode == 2
    assert "PNG" in result.stderr.decode()
