"""The reader in a real terminal (tmux): Chinese text neither cut nor misaligned.

Every row tmux shows must be a whole line of the layout, no row wider than the terminal,
at widths 60, 80 and 120. Skipped where tmux is not installed.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from qtread.parse import parse_path
from qtread.paths import newest_sample
from qtread.text.cjk import cell_width
from qtread.tui.layout import build_paras, flow

pytestmark = [
    pytest.mark.slow,
    pytest.mark.xdist_group("tmux"),
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]

SCROLLBAR = " ▁▂▃▄▅▆▇█▉▊▋▌▍▎▏"


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], capture_output=True, text=True, check=False).stdout


def wait_for_text(session: str, timeout: float = 30.0, preview_of: str = "") -> str:
    """The screen once the status line is drawn, and, given the name of the file the
    reader opened, once the parsed issue has replaced the preview (whose one article is
    named after the file)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        screen = tmux("capture-pane", "-t", session, "-p")
        status = screen.rstrip("\n").split("\n")[-1]
        if "%" in status and not (preview_of and preview_of in status):
            return screen
        time.sleep(0.2)
    raise AssertionError(f"the reader did not start:\n{screen}")


@pytest.mark.parametrize("width", [60, 80, 120])
def test_rows_are_whole_layout_lines(width: int, tmp_path: Path) -> None:
    sample = newest_sample()
    assert sample is not None
    paras = build_paras(parse_path(sample))
    column = min(72, width - 3)  # the default width, or the pane less scrollbar and margins
    lines = {line.text.strip() for line in flow(paras, column).lines}
    session = f"qtread-test-{os.getpid()}-{width}"
    # COLUMNS/LINES may leak in from the test runner and would override the pane size.
    env = f"env -u COLUMNS -u LINES XDG_STATE_HOME={shlex.quote(str(tmp_path))}"
    command = f"{env} {shlex.quote(sys.executable)} -m qtread read {shlex.quote(str(sample))}"
    tmux("new-session", "-d", "-s", session, "-x", str(width), "-y", "24", command)
    try:
        screen = wait_for_text(session, preview_of=sample.name)
        status = screen.rstrip("\n").split("\n")[-1]
        assert status.rstrip().endswith("%"), f"the app is not as wide as the pane: {status!r}"
        checked = 0
        for _ in range(3):
            for row in screen.split("\n")[:23]:
                assert cell_width(row.rstrip()) <= width, row
                body = row.rstrip(SCROLLBAR).strip()
                if body and set(body) != {"─"}:
                    assert body in lines, f"row {body!r} is not a whole layout line"
                    checked += 1
            tmux("send-keys", "-t", session, "space")
            time.sleep(0.5)
            screen = tmux("capture-pane", "-t", session, "-p")
        assert checked > 20
    finally:
        tmux("kill-session", "-t", session)


def test_an_issue_piped_in_is_read_with_the_keyboard(tmp_path: Path) -> None:
    """`cat FILE | qtread read -`: the issue comes from the pipe, the keys from the
    terminal (standard input was the pipe)."""
    sample = newest_sample()
    assert sample is not None
    session = f"qtread-test-{os.getpid()}-pipe"
    env = f"env -u COLUMNS -u LINES XDG_STATE_HOME={shlex.quote(str(tmp_path))}"
    reader = f"{env} {shlex.quote(sys.executable)} -m qtread read -"
    command = f"cat {shlex.quote(str(sample))} | {reader}"
    tmux("new-session", "-d", "-s", session, "-x", "80", "-y", "24", command)
    try:
        first = wait_for_text(session)
        tmux("send-keys", "-t", session, "space")
        time.sleep(0.5)
        turned = tmux("capture-pane", "-t", session, "-p")
        assert turned != first  # the key reached the reader: the page turned
        tmux("send-keys", "-t", session, "q")
        time.sleep(0.5)
        assert "%" not in tmux("capture-pane", "-t", session, "-p")  # and q ended it
    finally:
        tmux("kill-session", "-t", session)


def test_a_reader_run_in_the_background_says_so_and_does_not_hang(tmp_path: Path) -> None:
    """`timeout 5 qtread read FILE` runs the reader in a process group of its own, which
    the terminal stops at its first key read: one line and exit 2, not a reader stopped
    for ever (and, in the foreground, SIGTERM ends it with one line)."""
    sample = newest_sample()
    assert sample is not None
    log = tmp_path / "log"
    session = f"qtread-test-{os.getpid()}-bg"
    reader = f"{shlex.quote(sys.executable)} -m qtread read {shlex.quote(str(sample))}"
    env = f"env QTREAD_LANG=en XDG_STATE_HOME={shlex.quote(str(tmp_path))}"
    command = (
        f"{env} timeout 20 {reader}; echo rc=$? >>{log}; "
        f"{env} timeout --foreground 4 {reader}; echo rc=$? >>{log}; sleep 30"
    )
    tmux("new-session", "-d", "-s", session, "-x", "80", "-y", "24", command)
    try:
        deadline = time.monotonic() + 40
        while time.monotonic() < deadline and (
            not log.exists() or log.read_text().count("rc=") < 2
        ):
            time.sleep(0.3)
        assert log.read_text().splitlines() == ["rc=2", "rc=124"]  # 124: timeout stopped it
        said = tmux("capture-pane", "-t", session, "-p")
        assert "qtread: not in the terminal's foreground" in said
        assert "qtread: interrupted" in said and "Traceback" not in said
    finally:
        tmux("kill-session", "-t", session)


def test_the_search_prompt_is_seen_while_typing(tmp_path: Path) -> None:
    """In a real terminal: `/` and a query typed at once show the whole query on the bottom
    row (a modal prompt lost the keys that came before its input had the focus)."""
    sample = newest_sample()
    assert sample is not None
    session = f"qtread-test-{os.getpid()}-search"
    env = f"env -u COLUMNS -u LINES XDG_STATE_HOME={shlex.quote(str(tmp_path))}"
    command = f"{env} {shlex.quote(sys.executable)} -m qtread read {shlex.quote(str(sample))}"
    tmux("new-session", "-d", "-s", session, "-x", "80", "-y", "24", command)
    try:
        wait_for_text(session)
        # typed as fast as tmux sends keys: none of them may be lost while the prompt opens
        tmux("send-keys", "-t", session, "/", "2", "0", "2", "2")
        time.sleep(1.0)
        bottom = tmux("capture-pane", "-t", session, "-p").rstrip("\n").split("\n")[-1]
        assert "2022" in bottom, bottom
    finally:
        tmux("kill-session", "-t", session)


def test_a_hang_up_saves_the_place_and_ends_without_a_traceback(tmp_path: Path) -> None:
    """SIGHUP (the terminal's window closed, the SSH link dropped): the place read to is
    saved, and the reader ends at once with status 129, no traceback."""
    sample = newest_sample()
    assert sample is not None
    session = f"qtread-test-{os.getpid()}-hup"
    env = f"env -u COLUMNS -u LINES XDG_STATE_HOME={shlex.quote(str(tmp_path))}"
    reader = f"{env} {shlex.quote(sys.executable)} -m qtread read {shlex.quote(str(sample))}"
    log = tmp_path / "status"
    tmux("new-session", "-d", "-s", session, "-x", "80", "-y", "24", f"{reader}; echo $? >{log}")
    try:
        wait_for_text(session)
        tmux("send-keys", "-t", session, "space", "space", "space")
        time.sleep(0.5)
        pid = tmux("list-panes", "-t", session, "-F", "#{pane_pid}").strip()
        reader_pid = subprocess.run(
            ["pgrep", "-P", pid, "-f", "qtread read"], capture_output=True, text=True, check=False
        ).stdout.split()
        os.kill(int(reader_pid[0]) if reader_pid else int(pid), signal.SIGHUP)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not log.exists():
            time.sleep(0.2)
        assert log.read_text().strip() == "129"
        saved = list((tmp_path / "qtread" / "issues").glob("*.json"))
        assert saved and '"place"' in saved[0].read_text()
        assert json.loads(saved[0].read_text())["place"]["fraction"] > 0
    finally:
        tmux("kill-session", "-t", session)
