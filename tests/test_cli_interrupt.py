"""Ctrl-C or SIGTERM while qtread is still importing its modules: one line, exit 130.

Timing a signal by the clock would be flaky, so the child runs with PYTHONPROFILEIMPORTTIME
and the signal is sent when it reports a given import done: right after the entry
module, inside the command line's imports, and inside the lazy WeasyPrint import of
`export`. Both ways in are tried: `python -m qtread` and the installed `qtread` script.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = sorted((ROOT / "samples").glob("*.txt"))[0]
SCRIPT = Path(sys.executable).parent / "qtread"
IMPORT_LINE = re.compile(r"^import time:\s+\d+ \|\s+\d+ \|\s+(\S+)\s*$")
WAYS_IN = {"module": [sys.executable, "-m", "qtread"], "script": [str(SCRIPT)]}


def interrupt_after_import(
    way_in: str, module: str, signum: signal.Signals, out: Path
) -> tuple[int, list[str]]:
    """Run `qtread export`, send SIGNUM once MODULE is imported; exit code and the
    stderr lines that are not the import profile."""
    env = {**os.environ, "PYTHONPROFILEIMPORTTIME": "1"}
    command = [*WAYS_IN[way_in], "export", str(SAMPLE), "--to", "pdf", "--out", str(out)]
    child = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, text=True
    )
    assert child.stderr is not None
    lines: list[str] = []
    for line in child.stderr:
        lines.append(line)
        found = IMPORT_LINE.match(line)
        if found and found.group(1) == module:
            child.send_signal(signum)
            break
    _, rest = child.communicate(timeout=60)
    lines += rest.splitlines(keepends=True)
    return child.returncode, [line.rstrip("\n") for line in lines if not IMPORT_LINE.match(line)]


@pytest.mark.parametrize("way_in", sorted(WAYS_IN))
@pytest.mark.parametrize(
    ("module", "signum"),
    [
        ("qtread.entry", signal.SIGINT),
        ("pathlib", signal.SIGINT),  # inside qtread.i18n's import: the handler imports nothing
        ("qtread.i18n", signal.SIGTERM),
        ("typer", signal.SIGINT),
        ("rich.console", signal.SIGTERM),
        ("weasyprint", signal.SIGINT),
    ],
)
def test_an_interrupt_during_start_up_is_one_line_and_130(
    way_in: str, module: str, signum: signal.Signals, tmp_path: Path
) -> None:
    if way_in == "script" and not SCRIPT.exists():
        pytest.skip("qtread is not installed as a script beside this Python")
    code, stderr = interrupt_after_import(way_in, module, signum, tmp_path / "out")
    assert code == 130, stderr
    assert not any("Traceback" in line for line in stderr), stderr
    assert stderr and stderr[-1].startswith("qtread: interrupted"), stderr
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_an_interrupt_inside_a_command_is_said_once(signum: signal.Signals) -> None:
    """Past start-up, inside a command (here `dump -`, waiting on its standard input):
    typer would end a Ctrl-C silently; qtread says it, once, and exits 130."""
    env = {**os.environ, "PYTHONPROFILEIMPORTTIME": "1", "QTREAD_LANG": "en"}
    child = subprocess.Popen(
        [*WAYS_IN["module"], "dump", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )
    assert child.stderr is not None and child.stdin is not None
    for line in child.stderr:
        found = IMPORT_LINE.match(line)
        if found and found.group(1) == "qtread.parse":  # the command is running
            break
    time.sleep(0.3)  # into the read of standard input
    child.send_signal(signum)
    _, rest = child.communicate(timeout=60)
    said = [line for line in rest.splitlines() if not IMPORT_LINE.match(line)]
    assert child.returncode == 130
    assert said == ["qtread: interrupted"]
