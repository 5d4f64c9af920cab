"""`qtread export` end to end: batches with bad inputs, bad outputs, names, signals."""

from __future__ import annotations

import errno
import json
import os
import re
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qtread import atomic
from qtread.cli.app import app
from qtread.errors import OutputError

from .conftest import SAMPLES

QTREAD = [sys.executable, "-m", "qtread"]


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*QTREAD, "export", *args], capture_output=True, text=True, cwd=cwd, timeout=300
    )


def _tmp_files(directory: Path) -> list[Path]:
    return [p for p in directory.rglob("*") if p.name.endswith(".tmp")]


def test_bad_inputs_fail_alone_and_the_rest_converts(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("潮涌钱塘\n\n钱塘新区成立一周年。\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "folder").mkdir()
    inputs = ["missing.txt", "folder", "empty.txt", "binary.txt", "good.txt"]
    done = run(*inputs, "--to", "epub,md,json", "--out", "out", "--jobs", "2", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("qtread: ")]
    assert len(errors) == 4
    for name in ("missing.txt", "folder", "empty.txt", "binary.txt"):
        assert sum(name in line for line in errors) == 1, errors
    outputs = sorted(p.suffix for p in (tmp_path / "out").iterdir())
    assert outputs == [".epub", ".json", ".md"]
    assert "good.txt" in done.stdout and "failed" in done.stdout
    assert _tmp_files(tmp_path) == []


def test_usage_errors(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("钱塘\n", encoding="utf-8")
    bad_format = run("a.txt", "--to", "epub,docx", cwd=tmp_path)
    assert bad_format.returncode == 2 and "unknown format 'docx'" in bad_format.stderr
    bad_theme = run("a.txt", "--theme", "../etc/passwd", cwd=tmp_path)
    assert bad_theme.returncode == 2 and "unknown theme" in bad_theme.stderr


def test_a_stylesheet_reaches_the_epub_and_html_and_a_bad_one_stops_the_run(
    tmp_path: Path,
) -> None:
    (tmp_path / "a.txt").write_text("潮涌钱塘\n\n钱塘新区成立一周年。\n", encoding="utf-8")
    (tmp_path / "mine.css").write_text(".article-title { color: #c00 }\n", encoding="utf-8")
    done = run("a.txt", "--to", "epub,html", "--css", "mine.css", "--out", "out", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    html = next((tmp_path / "out").glob("*.html")).read_text("utf-8")
    assert html.index(".article-title { color: #c00 }") > html.index("--qt-")  # after the theme
    with zipfile.ZipFile(next((tmp_path / "out").glob("*.epub"))) as book:
        assert b"color: #c00" in book.read("EPUB/style/qtread.css")
    (tmp_path / "remote.css").write_text("p { background: url(http://x.invalid/a.png) }")
    refused = run("a.txt", "--css", "remote.css", "--out", "never", cwd=tmp_path)
    assert refused.returncode == 2
    assert refused.stderr.splitlines() == [
        "qtread: remote.css: a stylesheet for qtread may not load anything (url(), @import)"
    ]
    assert not (tmp_path / "never").exists()


def test_an_output_directory_under_a_file_is_one_clear_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("钱塘\n", encoding="utf-8")
    (tmp_path / "blocker").write_text("")
    done = run("a.txt", "--to", "md", "--out", "blocker/out", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        "qtread: blocker/out: cannot write: a parent of the output is not a directory"
    ]


def test_a_full_disk_is_reported_per_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text("钱塘\n", encoding="utf-8")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["export", "a.txt", "--to", "epub", "--jobs", "1"])
    assert result.exit_code == 1
    assert "cannot write: no space left on the device" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_duplicate_names_in_one_batch_get_a_suffix(tmp_path: Path) -> None:
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "issue.txt").write_text("钱塘\n", encoding="utf-8")
    done = run("x/issue.txt", "y/issue.txt", "--to", "md", "--out", "out", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["issue-2.md", "issue.md"]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_clash_is_numbered_in_argument_order_whoever_finishes_first(
    tmp_path: Path, jobs: str
) -> None:
    """The pool starts the biggest file first and a small one finishes first; the name
    still goes to the earlier argument."""
    small, big = tmp_path / "small" / "issue.txt", tmp_path / "big" / "issue.txt"
    for path, paragraphs in ((small, 1), (big, 3000)):
        path.parent.mkdir()
        path.write_text("钱塘\n\n" + "钱塘新区成立一周年。\n\n" * paragraphs, encoding="utf-8")
    for order in (["big/issue.txt", "small/issue.txt"], ["small/issue.txt", "big/issue.txt"]):
        out = tmp_path / f"out-{order[0].split('/')[0]}"
        done = run(*order, "--to", "md", "--out", out.name, "--jobs", jobs, "--json", cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        files = json.loads(done.stdout)["files"]
        assert [f["source"] for f in files] == order
        assert [f["outputs"] for f in files] == [
            [f"{out.name}/issue.md"],
            [f"{out.name}/issue-2.md"],
        ]
        sizes = {p.name: p.stat().st_size for p in out.iterdir()}
        assert (sizes["issue.md"] > sizes["issue-2.md"]) == (order[0] == "big/issue.txt")


def test_the_summary_shows_whole_relative_paths_at_any_width(tmp_path: Path) -> None:
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "issue.txt").write_text("钱塘\n", encoding="utf-8")
    done = subprocess.run(
        [*QTREAD, "export", "x/issue.txt", "y/issue.txt", "--to", "epub,md", "--out", "输出目录"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "COLUMNS": "50"},
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "…" not in done.stdout
    cells = [line.split("│") for line in done.stdout.splitlines() if line.count("│") == 6]
    files = "".join(cell[1].strip() for cell in cells)
    outputs = "".join(cell[3].strip() for cell in cells)
    assert files == "x/issue.txty/issue.txt"
    assert outputs == "输出目录/issue.epub输出目录/issue.md输出目录/issue-2.epub输出目录/issue-2.md"


def test_the_json_summary_names_a_failure_and_any_file_name(tmp_path: Path) -> None:
    odd = os.fsdecode(b"\xff\xfe-\x1b[31m.txt")
    (tmp_path / odd).write_text("钱塘\n", encoding="utf-8")
    done = subprocess.run(
        [*QTREAD, "export", odd, "missing.txt", "--to", "md", "--json"],
        capture_output=True,
        cwd=tmp_path,
        timeout=300,
    )
    assert done.returncode == 1
    files = json.loads(done.stdout.decode("utf-8"))["files"]
    assert [(f["source"], f["ok"]) for f in files] == [
        ("\\xff\\xfe-\x1b[31m.txt", True),
        ("missing.txt", False),
    ]
    assert files[1]["outputs"] == [] and "missing.txt" in files[1]["error"]


def _complete(path: Path) -> bool:
    if path.suffix == ".epub":
        with zipfile.ZipFile(path) as archive:
            return archive.testzip() is None
    data = path.read_bytes()
    return data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")


@pytest.mark.slow
@pytest.mark.xdist_group("export")
@pytest.mark.parametrize(
    ("signum", "jobs"), [(signal.SIGINT, "2"), (signal.SIGTERM, "2"), (signal.SIGTERM, "1")]
)
def test_interrupted_batches_leave_only_complete_files(
    tmp_path: Path, signum: signal.Signals, jobs: str
) -> None:
    out = tmp_path / "out"
    process = subprocess.Popen(
        [*QTREAD, "export", *map(str, SAMPLES), "--to", "epub,pdf", "--out", str(out), "-j", jobs],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 120
    while not (
        out.is_dir()
        and any(p.name.endswith(".pdf.tmp") or ".pdf." in p.name for p in out.iterdir())
    ):
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.02)
    time.sleep(0.3)  # well inside a PDF render
    process.send_signal(signum)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert "interrupted" in stderr
    assert _tmp_files(out) == []
    finished = [p for p in out.iterdir()]
    assert all(_complete(p) for p in finished), finished
    assert len([p for p in finished if p.suffix == ".pdf"]) < len(SAMPLES)


def test_hostile_file_names_are_shown_as_text(tmp_path: Path) -> None:
    name = "[bold]期\x1b[31m\u202e.txt"
    (tmp_path / name).write_text("钱塘\n", encoding="utf-8")
    done = run(name, "--to", "md", "--out", "out", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "[bold]期" in done.stdout
    assert "\x1b" not in done.stdout + done.stderr
    assert "\u202e" not in done.stdout + done.stderr
    (output,) = (tmp_path / "out").iterdir()
    assert output.name == "[bold]期-[31m.md"


@pytest.mark.parametrize("name", ["\x01\x02.txt", "-"])
def test_a_name_of_nothing_printable_gives_an_untitled_issue_not_a_path(
    tmp_path: Path, name: str
) -> None:
    """A stem of control characters only (it ended EPUB in "internal error") or standard
    input: the title is 「无题」 everywhere, never the path as typed."""
    text = "钱塘\n\n钱塘新区成立一周年。\n"
    if name != "-":
        (tmp_path / name).write_text(text, encoding="utf-8")
    done = subprocess.run(
        [*QTREAD, "export", name, "--to", "epub,md,html", "--out", str(tmp_path / "out")],
        input=text,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    outputs = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert outputs == ["issue.epub", "issue.html", "issue.md"]
    assert (tmp_path / "out/issue.md").read_text("utf-8").startswith("# 无题\n")
    assert "<title>无题</title>" in (tmp_path / "out/issue.html").read_text("utf-8")
    with zipfile.ZipFile(tmp_path / "out/issue.epub") as book:
        assert "<dc:title>无题</dc:title>" in book.read("EPUB/content.opf").decode()


def test_a_read_only_output_directory_is_one_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Tests run as root, so chmod cannot make a directory read-only: fake the refusal."""
    import tempfile

    (tmp_path / "a.txt").write_text("钱塘\n", encoding="utf-8")

    def read_only(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "TemporaryFile", read_only)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["export", "a.txt", "--to", "md", "--out", "ro"])
    # `qtread.cli.main` prints this one line and exits with the error's code (1).
    assert isinstance(result.exception, OutputError)
    assert result.exception.exit_code == 1
    assert str(result.exception) == "ro: cannot write: the file system is read-only"


def test_ocr_punctuation_is_made_full_width_unless_kept(tmp_path: Path) -> None:
    """The flowed (OCR) shape is normalised by default, `--keep-punct` keeps it as it is,
    and `info` counts what changes."""
    sample = str(next(s for s in SAMPLES if s.name.startswith("001")))
    default = run(sample, "--to", "md", "--out", "a", cwd=tmp_path)
    kept = run(sample, "--to", "md", "--out", "b", "--keep-punct", cwd=tmp_path)
    assert default.returncode == kept.returncode == 0, default.stderr + kept.stderr
    normalised = next((tmp_path / "a").iterdir()).read_text("utf-8")
    as_printed = next((tmp_path / "b").iterdir()).read_text("utf-8")
    assert "滑动手机屏幕，问候从指尖轻轻启程；" in normalised
    assert "滑动手机屏幕,问候从指尖轻轻启程;" in as_printed
    info = subprocess.run(
        [*QTREAD, "info", sample], capture_output=True, text=True, cwd=tmp_path, timeout=60
    )
    assert re.search(
        r"Punctuation: +[\d,]+ half-width marks .*; export does this$", info.stdout, re.M
    )


def test_a_folder_stands_for_its_issues(tmp_path: Path) -> None:
    for name in ("2020/05.txt", "2020/sub/07.txt", "2020/.hidden.txt", "2020/notes.pdf"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("钱塘\n", encoding="utf-8")
    done = run("2020", "--to", "md", "--out", "out", "--json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert [f["source"] for f in json.loads(done.stdout)["files"]] == [
        "2020/05.txt",
        "2020/sub/07.txt",
    ]
