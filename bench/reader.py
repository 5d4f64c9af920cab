"""Benchmark of the terminal reader on the largest bundled sample (not a timed test).

Targets (issue 3): first page on screen <= 0.5 s after start, page turn <= 20 ms,
re-flow after resize <= 100 ms, search over the issue <= 50 ms, peak memory <= 150 MB.

Run: .venv/bin/python bench/reader.py [FILE]
"""

from __future__ import annotations

import time

START = time.perf_counter()  # before any import: "after start" includes importing Textual

import asyncio  # noqa: E402
import resource  # noqa: E402
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

TARGETS = {"first page": 500.0, "page turn": 20.0, "re-flow": 100.0, "search": 50.0}


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
        view = app.view
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
                app.update_status()
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
                hits = app.search_index.search(query)
                view.set_hits(hits)
                searches.append(time.perf_counter() - began)
            results["search"] = ms(max(searches))
            results["  lines at width 72"] = float(len(flow(app.paras, 72).lines))
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


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else largest_sample()
    results = asyncio.run(measure(path))
    print(f"qtread reader benchmark: {path.name} ({path.stat().st_size // 1024} KB)")
    failed = False
    for name, value in results.items():
        target = TARGETS.get(name, 150.0 if name.startswith("peak") else None)
        unit = "" if name.startswith(("peak", "  lines")) else " ms"
        verdict = ""
        if target is not None:
            ok = value <= target
            failed |= not ok
            verdict = f"  (target <= {target:g}{unit}: {'ok' if ok else 'MISSED'})"
        print(f"{name:<42} {value:9.1f}{unit}{verdict}")
    if failed:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
