"""The failures a reliability pass found (issue 13), each one line and a documented exit
code: names that are not UTF-8, codecs that are no text encodings, lone surrogates,
standard output on a full disk or a closed pipe, an endless standard input, symlink loops.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_cli import ROOT, SAMPLES, run

from qtread.errors import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_PIPE_CLOSED, InputError
from qtread.parse import source
from qtread.text.sanitize import display_name, printable

PARSING = ("toc", "dump", "info")
ISSUE = "潮涌钱塘\n\n钱塘新区成立一周年。\n".encode()
#: A file name with a byte no UTF-8 file system name decodes: Python keeps it as U+DCFF.
NOT_UTF8 = os.fsdecode(b"issue-\xff.txt")


def _one_line(result: subprocess.CompletedProcess[bytes], exit_code: int) -> str:
    assert result.returncode == exit_code, result.stderr.decode()
    stderr = result.stderr.decode()
    assert stderr.count("\n") == 1, stderr
    assert "Traceback" not in stderr
    return stderr


@pytest.mark.parametrize("command", PARSING)
def test_a_file_name_that_is_not_utf8_is_shown_escaped(command: str, tmp_path: Path) -> None:
    (tmp_path / NOT_UTF8).write_bytes(ISSUE)
    result = run(command, NOT_UTF8, cwd=tmp_path, env={"LC_ALL": "C.UTF-8"})
    assert result.returncode == 0, result.stderr.decode()
    assert result.stderr == b""
    assert "issue-\\xff.txt" in result.stdout.decode("utf-8").replace("\\\\", "\\")


def test_export_of_a_file_name_that_is_not_utf8_reports_it_escaped(tmp_path: Path) -> None:
    (tmp_path / NOT_UTF8).write_bytes(ISSUE)
    result = run("export", "--to", "md", "--out", "out", NOT_UTF8, cwd=tmp_path)
    assert result.returncode == 0, result.stderr.decode()
    assert "Traceback" not in result.stderr.decode()
    assert "issue-\\xff" in result.stdout.decode("utf-8")
    assert [p.suffix for p in (tmp_path / "out").iterdir()] == [".md"]


def test_undecodable_name_bytes_are_escaped_as_bytes() -> None:
    assert display_name(NOT_UTF8) == "issue-\\xff.txt"
    assert display_name("期刊.txt") == "期刊.txt"
    assert printable(NOT_UTF8) == "issue-\\xff.txt"
    assert printable("a\ud800b") == "a\\ud800b"  # a surrogate no file system made


@pytest.mark.parametrize(
    "codec", ["rot13", "base64", "hex", "zlib", "bz2", "uu", "quopri", "undefined"]
)
def test_a_codec_that_is_no_text_encoding_is_refused(codec: str) -> None:
    result = run("dump", "--encoding", codec, SAMPLES[0])
    stderr = _one_line(result, EXIT_BAD_INPUT)
    assert stderr.startswith(f"qtread: {SAMPLES[0]}: '{codec}' ")
    assert result.stdout == b""


def test_a_codec_that_decodes_to_lone_surrogates_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "escaped.txt"
    path.write_bytes(b"\\u6f6e\\u6d8c \\ud800 \\u94b1\\u5858\n")
    result = run("dump", "--encoding", "unicode_escape", path)
    stderr = _one_line(result, EXIT_BAD_INPUT)
    assert "lone surrogate (U+D800 at character 3)" in stderr
    assert result.stdout == b""  # no half-written JSON


@pytest.mark.parametrize("args", [("--version",), *((c, str(SAMPLES[0])) for c in PARSING)])
def test_a_full_disk_on_standard_output_is_one_line(args: tuple[str, ...]) -> None:
    with open("/dev/full", "wb") as full:
        result = subprocess.run(
            [sys.executable, "-m", "qtread", *args],
            stdout=full,
            stderr=subprocess.PIPE,
            cwd=ROOT,
            timeout=120,
            check=False,
        )
    stderr = _one_line(result, EXIT_FAILED)
    assert stderr == "qtread: standard output: no space left on the device\n"


@pytest.mark.parametrize("command", PARSING)
def test_a_closed_pipe_ends_quietly(command: str) -> None:
    reader, writer = os.pipe()
    os.close(reader)  # nobody will read: the first write fails with EPIPE
    try:
        result = subprocess.run(
            [sys.executable, "-m", "qtread", command, str(SAMPLES[0])],
            stdout=writer,
            stderr=subprocess.PIPE,
            cwd=ROOT,
            timeout=120,
            check=False,
        )
    finally:
        os.close(writer)
    assert result.returncode == EXIT_PIPE_CLOSED
    assert result.stderr == b""


class _Endless(io.RawIOBase):
    """Standard input that never ends (`< /dev/zero`), counting what is asked of it."""

    def __init__(self) -> None:
        self.asked = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        self.asked += len(buffer)
        buffer[:] = b"\x00" * len(buffer)
        return len(buffer)


def test_standard_input_is_capped_like_a_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(source, "MAX_BYTES", 4096)
    endless = _Endless()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(endless)))
    with pytest.raises(InputError, match=r"^-: larger than"):
        source.read_bytes("-")
    assert endless.asked < 4 * 4096  # it stopped at the cap, not at the end of memory


def test_a_symlink_loop_says_so(tmp_path: Path) -> None:
    (tmp_path / "loop").symlink_to("loop")
    stderr = _one_line(run("toc", "loop", cwd=tmp_path), EXIT_BAD_INPUT)
    assert stderr == "qtread: loop: too many levels of symbolic links (a loop)\n"


def test_version_answers_without_loading_the_command_line() -> None:
    probe = (
        "import sys; sys.argv = ['qtread', '--version']\n"
        "from qtread.entry import main\n"
        "main()\n"
        "heavy = {'typer', 'rich', 'qtread.cli.app', 'qtread.parse'} & set(sys.modules)\n"
        "print(sorted(heavy))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT
    )
    from qtread import __version__

    assert result.stdout == f"{__version__}\n[]\n"


@pytest.mark.parametrize("args", [("export", "--to", "md", "--out", "out"), ("toc",), ("info",)])
def test_a_console_that_cannot_show_chinese_gets_escapes_not_a_traceback(
    args: tuple[str, ...], tmp_path: Path
) -> None:
    """`PYTHONIOENCODING=ascii` (or an old code page): the export summary ended in a
    UnicodeEncodeError after the files were written."""
    (tmp_path / "期刊.txt").write_bytes(ISSUE)
    env = {"PYTHONIOENCODING": "ascii", "FORCE_COLOR": "1"}
    result = run(*args, "期刊.txt", cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr.decode()
    assert b"Traceback" not in result.stderr
    assert b"\\u671f" in result.stdout + result.stderr  # 期, shown as an escape
