"""Benchmark of the terminal reader on the largest bundled sample (not a timed test).

In process (issue 3, 11): first page on screen <= 0.5 s after start, page turn <= 10 ms,
re-flow after resize <= 100 ms, search over the issue <= 50 ms and as you type <= 30 ms a
keystroke, peak memory <= 120 MB.

Whole processes in tmux (issue 11), side by side in the same rounds with the least Textual
app that shows the same file (`bench/minimal_reader.py`): the time until the first screen
of text is on the terminal, for the largest sample (target <= 1.3 x the minimal app's),
a 30 MB file (the samples repeated; <= 1.5 s) and a 20 MB file on one line (< 1 s).

Run: .venv/bin/python bench/reader.py [--rounds N] [FILE]
"""

from __future__ import annotations

import time

START = time.perf_counter()  # before any import: "after start" includes importing Textual

import asyncio  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import shlex  # noqa: E402
import shutil  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

from textual.strip import Strip  # noqa: E402

from qtread.parse import parse_path  # noqa: E402
from qtread.paths import samples_dir  # noqa: E402
from qtread.tui.app import ReaderApp  # noqa: E402
from qtread.tui.layout import flow  # noqa: E402
from qtread.tui.state import StateStore  # noqa: E402

TARGETS = {
    "first page": 500.0,
    "page turn": 10.0,
    "re-flow": 100.0,
    "search": 50.0,
    "search as you type, per key": 30.0,
}
MINIMAL_APP = Path(__file__).resolve().parent / "minimal_reader.py"
QTREAD = Path(sys.executable).with_name("qtread")
#: Whole-process targets: (ratio to the minimal app on the same file, seconds).
RATIO_TARGET = 1.3
BIG_TARGETS_S = {"30 MB": 1.5, "20 MB, one line": 1.0}


def largest_sample() -> Path:
    return max(samples_dir().glob("*.txt"), key=lambda path: path.stat().st_size)


def ms(seconds: float) -> float:
    return seconds * 1000


async def measure(path: Path) -> dict[str, float]:
    results: dict[str, float] = {}
    imported = time.perf_counter()
    issue = parse_path(path)
    parsed = time.perf_counter()
    with tempfile.TemporaryDirectory() as state:
        app = ReaderApp(issue, store=StateStore(Path(state)))
        view = app.reader.view
        drawn: list[float] = []
        render_line = view.render_line

        def timed_render_line(y: int) -> Strip:
            """Notes when the last row of the first screen has been drawn."""
            strip = render_line(y)
            if not drawn and y == view.page_height - 1:
                drawn.append(time.perf_counter())
            return strip

        view.render_line = timed_render_line  # type: ignore[method-assign]
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            results["first page"] = ms(drawn[0] - START)
            results["  of which imports"] = ms(imported - START)
            results["  of which parse"] = ms(parsed - imported)
            results["  of which reader (layout, first frame)"] = ms(drawn[0] - parsed)

            # A page turn: the action, the status line, and a full repaint of the screen
            # by Textual's compositor (everything but writing to the terminal).
            compositor = app.screen._compositor
            turns = []
            for _ in range(30):
                began = time.perf_counter()
                view.action_next_page()
                app.reader.update_status()
                compositor.render_full_update()
                turns.append(time.perf_counter() - began)
                await pilot.pause()
            results["page turn"] = ms(statistics.median(turns))
            results["  page turn, max"] = ms(max(turns))

            reflows = []
            for width in (64, 56, 88, 100, 48, 76):
                began = time.perf_counter()
                view.set_width(width)  # a width not laid out before: a full re-flow
                compositor.render_full_update()
                reflows.append(time.perf_counter() - began)
                await pilot.pause()
            results["re-flow"] = ms(max(reflows))

            searches = []
            for query in ("钱塘", "产业平台", "高质量发展", "5G", "不存在的词语"):
                began = time.perf_counter()
                hits = app.reader.search_index.search(query)
                view.set_hits(hits)
                searches.append(time.perf_counter() - began)
            results["search"] = ms(max(searches))

            # As you type: each keystroke searches the query so far, marks the hits and
            # redraws the screen (what the prompt does on every Input.Changed).
            keystrokes = []
            for query in ("高质量发展", "钱塘新区", "产业平台建设"):
                for end in range(1, len(query) + 1):
                    began = time.perf_counter()
                    app.reader._search(query[:end], 0, remember=False)
                    compositor.render_full_update()
                    keystrokes.append(time.perf_counter() - began)
            results["search as you type, per key"] = ms(max(keystrokes))
            results["  lines at width 72"] = float(len(flow(app.reader.paras, 72).lines))
            await pilot.press("q")
    results["peak memory (MB)"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    results["  imports via the CLI (qtread read)"] = cli_import_ms()
    return results


def cli_import_ms() -> float:
    """What `qtread read` imports before the reader's own (the CLI loads every command)."""
    code = (
        "import time; t = time.perf_counter(); import qtread.cli.app, qtread.tui.app; "
        "print(time.perf_counter() - t)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return ms(float(out.stdout))


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], capture_output=True, text=True, check=False).stdout


def _han_rows(screen: str) -> int:
    return sum(1 for row in screen.splitlines() if any("\u4e00" <= ch <= "\u9fff" for ch in row))


#: Seconds a process is given to show its first screen of text (the minimal app never
#: shows a 20 MB line: a Log lays out all of it first).
FIRST_TEXT_TIMEOUT_S = 15.0


def first_text_s(
    command: list[str], env: dict[str, str], timeout: float = FIRST_TEXT_TIMEOUT_S
) -> float:
    """Seconds from starting COMMAND in a 120x40 tmux pane until three rows of Chinese
    are on it (the first screen of text), then the pane is closed."""
    session = f"qtread-bench-{os.getpid()}"
    shell = " ".join(shlex.quote(part) for part in command)
    started = time.perf_counter()
    environment = [arg for name, value in env.items() for arg in ("-e", f"{name}={value}")]
    tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "40", *environment, shell)
    try:
        while time.perf_counter() - started < timeout:
            if _han_rows(tmux("capture-pane", "-t", session, "-p")) >= 3:
                return time.perf_counter() - started
            time.sleep(0.005)
        return float("nan")
    finally:
        tmux("kill-session", "-t", session)


def big_files(folder: Path) -> dict[str, Path]:
    """A 30 MB issue (the samples, repeated) and a 20 MB one on one line."""
    samples = [path.read_text(encoding="utf-8") for path in sorted(samples_dir().glob("*.txt"))]
    whole = "\n".join(samples)
    many = folder / "thirty.txt"
    many.write_text(whole * (30 * 2**20 // len(whole.encode()) + 1), encoding="utf-8")
    line = samples[1].replace("\n", "")
    one = folder / "one-line.txt"
    one.write_text(line * (20 * 2**20 // len(line.encode()) + 1), encoding="utf-8")
    return {"30 MB": many, "20 MB, one line": one}


def whole_processes(sample: Path, rounds: int) -> None:
    """The first screen of text, whole processes in tmux, qtread beside the minimal app."""
    if shutil.which("tmux") is None:
        print("tmux is not installed: no whole-process timings")
        return
    with tempfile.TemporaryDirectory() as folder:
        files = {"largest sample": sample, **big_files(Path(folder))}
        env = {"XDG_STATE_HOME": str(Path(folder) / "state"), "TERM": "xterm-256color"}
        times: dict[tuple[str, str], list[float]] = {}
        for _ in range(rounds):
            for label, path in files.items():
                for who, command in (
                    ("qtread read", [str(QTREAD), "read", str(path)]),
                    ("minimal Textual app", [sys.executable, str(MINIMAL_APP), str(path)]),
                ):
                    times.setdefault((label, who), []).append(first_text_s(command, env))
    print(f"\nFirst screen of text, whole processes in tmux 120x40, medians of {rounds} rounds")
    for label in files:
        ours = statistics.median(times[(label, "qtread read")])
        peer = statistics.median(times[(label, "minimal Textual app")])
        target = BIG_TARGETS_S.get(label)
        verdict = f"target <= {RATIO_TARGET} x" if target is None else f"target <= {target} s"
        ok = ours / peer <= RATIO_TARGET if target is None else ours <= target
        shown = f"{peer * 1000:7.0f} ms" if peer == peer else f"> {FIRST_TEXT_TIMEOUT_S:.0f} s"
        ratio = f"x {ours / peer:4.2f}" if peer == peer else "x   - "
        print(
            f"{label:<18} qtread {ours * 1000:7.0f} ms   minimal app {shown:>8}"
            f"   {ratio}   ({verdict}: {'ok' if ok else 'MISSED'})"
        )


def main() -> None:
    arguments = [arg for arg in sys.argv[1:] if not arg.startswith("--rounds")]
    rounds = next((int(a.split("=")[1]) for a in sys.argv[1:] if a.startswith("--rounds=")), 5)
    path = Path(arguments[0]) if arguments else largest_sample()
    results = asyncio.run(measure(path))
    print(f"qtread reader benchmark: {path.name} ({path.stat().st_size // 1024} KB)")
    failed = False
    for name, value in results.items():
        target = TARGETS.get(name, 120.0 if name.startswith("peak") else None)
        unit = "" if name.startswith(("peak", "  lines")) else " ms"
        verdict = ""
        if target is not None:
            ok = value <= target
            failed |= not ok
            verdict = f"  (target <= {target:g}{unit}: {'ok' if ok else 'MISSED'})"
        print(f"{name:<42} {value:9.1f}{unit}{verdict}")
    whole_processes(path, rounds)
    if failed:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
