"""The reader in a real terminal (tmux): Chinese text neither cut nor misaligned.

Every row tmux shows must be a whole line of the layout, no row wider than the terminal,
at widths 60, 80 and 120. Skipped where tmux is not installed.

Each test has a tmux server of its own (its own socket, no user configuration): no other test, CI job
or user's tmux can end it, and a pane whose command ended stays, so a failure shows what
the reader printed and how it exited.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
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
START_TIMEOUT = 30.0  # seconds: generous, for a loaded two-core machine
# COLUMNS/LINES may leak in from the test runner and would override the pane size.
CLEAN_SIZE = "env -u COLUMNS -u LINES"


@dataclass
class Pane:
    """One tmux server, one session, one pane."""

    socket: Path
    config: Path
    session: str = "qtread"

    def tmux(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = ["tmux", "-S", str(self.socket), "-f", str(self.config), *args]
        return subprocess.run(command, capture_output=True, text=True, check=False)

    def start(self, command: str, width: int = 80, height: int = 24) -> None:
        size = ("-x", str(width), "-y", str(height))
        started = self.tmux("new-session", "-d", "-s", self.session, *size, command)
        assert started.returncode == 0, f"tmux did not start: {started.stderr}"

    def screen(self, history: bool = False) -> str:
        """The rows the pane shows, and with HISTORY those scrolled off above them."""
        start = ("-S", "-") if history else ()
        return self.tmux("capture-pane", "-t", self.session, "-p", *start).stdout

    def send(self, *keys: str) -> None:
        self.tmux("send-keys", "-t", self.session, *keys)

    def state(self) -> str:
        """`alive`; `dead N` with the exit status of the pane's command, or `dead signal N`;
        `dead` alone where tmux has not collected the status (tmux 3.3 leaves a pipeline's
        shell a zombie at times)."""
        fields = "#{pane_dead} #{pane_dead_status}#{?pane_dead_signal,signal #{pane_dead_signal},}"
        shown = self.tmux("list-panes", "-t", self.session, "-F", fields)
        dead, _, status = shown.stdout.strip().partition(" ")
        if not dead:
            return f"gone ({shown.stderr.strip()})"
        if dead == "0":
            return "alive"
        return f"dead {status}".strip()

    def wait_for_end(self, timeout: float = 10.0) -> str:
        """The state once the pane's command has ended."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and self.state() == "alive":
            time.sleep(0.2)
        return self.state()

    def pid(self) -> int:
        return int(self.tmux("list-panes", "-t", self.session, "-F", "#{pane_pid}").stdout)

    def wait_for_text(self, preview_of: str = "") -> str:
        """The screen once the status line is drawn, and, given the name of the file the
        reader opened, once the parsed issue has replaced the preview (whose one article is
        named after the file)."""
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            screen = self.screen()
            status = screen.rstrip("\n").split("\n")[-1]
            if "%" in status and not (preview_of and preview_of in status):
                return screen
            if self.state() != "alive":
                break
            time.sleep(0.2)
        raise AssertionError(
            f"the reader did not start ({self.state()}):\n{self.screen(history=True)}"
        )


@pytest.fixture
def pane(tmp_path: Path) -> Iterator[Pane]:
    config = tmp_path / "tmux.conf"
    config.write_text("set -g remain-on-exit on\n")
    home = Path(tempfile.mkdtemp(prefix="qtread-tmux-"))  # short: a socket's path has a limit
    terminal = Pane(socket=home / "socket", config=config)
    try:
        yield terminal
    finally:
        terminal.tmux("kill-server")
        shutil.rmtree(home, ignore_errors=True)


def reader(tmp_path: Path, source: str, env: str = CLEAN_SIZE) -> str:
    """The command that opens SOURCE in the reader, its state kept under TMP_PATH."""
    state = f"XDG_STATE_HOME={shlex.quote(str(tmp_path))}"
    return f"{env} {state} {shlex.quote(sys.executable)} -m qtread read {source}"


@pytest.mark.parametrize("width", [60, 80, 120])
def test_rows_are_whole_layout_lines(width: int, pane: Pane, tmp_path: Path) -> None:
    sample = newest_sample()
    assert sample is not None
    paras = build_paras(parse_path(sample))
    column = min(72, width - 3)  # the default width, or the pane less scrollbar and margins
    lines = {line.text.strip() for line in flow(paras, column).lines}
    pane.start(reader(tmp_path, shlex.quote(str(sample))), width=width)
    screen = pane.wait_for_text(preview_of=sample.name)
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
        pane.send("space")
        time.sleep(0.5)
        screen = pane.screen()
    assert checked > 20


def test_an_issue_piped_in_is_read_with_the_keyboard(pane: Pane, tmp_path: Path) -> None:
    """`cat FILE | qtread read -`: the issue comes from the pipe, the keys from the
    terminal (standard input was the pipe)."""
    sample = newest_sample()
    assert sample is not None
    pane.start(f"cat {shlex.quote(str(sample))} | {reader(tmp_path, '-')}")
    first = pane.wait_for_text()
    pane.send("space")
    time.sleep(0.5)
    assert pane.screen() != first  # the key reached the reader: the page turned
    pane.send("q")
    assert pane.wait_for_end() in ("dead 0", "dead")  # and q ended it
    assert "Traceback" not in pane.screen(history=True)


def test_a_reader_run_in_the_background_says_so_and_does_not_hang(
    pane: Pane, tmp_path: Path
) -> None:
    """`timeout 5 qtread read FILE` runs the reader in a process group of its own, which
    the terminal stops at its first key read: one line and exit 2, not a reader stopped
    for ever (and, in the foreground, SIGTERM ends it with one line)."""
    sample = newest_sample()
    assert sample is not None
    log = tmp_path / "log"
    opened = reader(tmp_path, shlex.quote(str(sample)), env="env QTREAD_LANG=en")
    pane.start(
        f"timeout 20 {opened}; echo rc=$? >>{log}; "
        f"timeout --foreground 4 {opened}; echo rc=$? >>{log}"
    )
    deadline = time.monotonic() + 40
    while time.monotonic() < deadline and (not log.exists() or log.read_text().count("rc=") < 2):
        time.sleep(0.3)
    assert log.read_text().splitlines() == ["rc=2", "rc=124"]  # 124: timeout stopped it
    said = pane.screen(history=True)
    assert "qtread: not in the terminal's foreground" in said
    assert "qtread: interrupted" in said and "Traceback" not in said


def test_the_search_prompt_is_seen_while_typing(pane: Pane, tmp_path: Path) -> None:
    """In a real terminal: `/` and a query typed at once show the whole query on the bottom
    row (a modal prompt lost the keys that came before its input had the focus)."""
    sample = newest_sample()
    assert sample is not None
    pane.start(reader(tmp_path, shlex.quote(str(sample))))
    pane.wait_for_text()
    # typed as fast as tmux sends keys: none of them may be lost while the prompt opens
    pane.send("/", "2", "0", "2", "2")
    time.sleep(1.0)
    bottom = pane.screen().rstrip("\n").split("\n")[-1]
    assert "2022" in bottom, bottom


def test_a_hang_up_saves_the_place_and_ends_without_a_traceback(pane: Pane, tmp_path: Path) -> None:
    """SIGHUP (the terminal's window closed, the SSH link dropped): the place read to is
    saved, and the reader ends at once with status 129, no traceback."""
    sample = newest_sample()
    assert sample is not None
    log = tmp_path / "status"
    pane.start(f"{reader(tmp_path, shlex.quote(str(sample)))}; echo $? >{log}")
    pane.wait_for_text()
    pane.send("space", "space", "space")
    time.sleep(0.5)
    shell = pane.pid()
    reader_pid = subprocess.run(
        ["pgrep", "-P", str(shell), "-f", "qtread read"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.split()
    signal_to = int(reader_pid[0]) if reader_pid else shell
    os.kill(signal_to, signal.SIGHUP)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and not log.exists():
        time.sleep(0.2)
    assert log.read_text().strip() == "129"
    saved = list((tmp_path / "qtread" / "issues").glob("*.json"))
    assert saved and '"place"' in saved[0].read_text()
    assert json.loads(saved[0].read_text())["place"]["fraction"] > 0
