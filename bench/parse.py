"""Parse speed and memory: every sample, then ever larger files to show the cost is linear.

    .venv/bin/python bench/parse.py [--runs N] [--sizes 1,5,10,20,30] [--check] [--passes]

Per sample: median wall time of `parse_bytes` over N runs (decode included), peak
Python memory (tracemalloc, a separate run) and time per MB. Then files of 1…30 MB made
by concatenating the samples, and one file that is a single 5 MB line (the worst case
for anything that scans a line repeatedly). Target: < 50 ms per sample.
--passes adds the median time of each pass on each sample (nested passes indented
under the pass that calls them), to see which pass a slow sample spends its time in.
"""

from __future__ import annotations

import argparse
import importlib
import statistics
import sys
import time
import tracemalloc
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

from rich.console import Console
from rich.table import Table

from qtread.parse import parse_bytes

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
TARGET_MS = 50.0
MB = 1024 * 1024
# (depth, module under qtread.parse, function): each pass as the module that calls it
# sees it, so wrapping it there times every call of that pass.
PASSES = [
    (0, "pipeline", "_decoded"),
    (0, "pipeline", "normalise"),
    (0, "pipeline", "split_lines"),
    (0, "pipeline", "read_side_by_side"),
    (0, "pipeline", "detect_shape"),
    (0, "pipeline", "unweave_columns"),
    (0, "pipeline", "drop_bold_marks"),
    (0, "pipeline", "restore_gaps"),
    (0, "pipeline", "read_covers"),
    (0, "pipeline", "strip_furniture"),
    (1, "furniture", "learn_furniture"),
    (0, "pipeline", "find_toc"),
    (1, "toc", "find_loose_toc"),
    (0, "pipeline", "confirm_toc"),
    (0, "pipeline", "drop_column_contents"),
    (0, "pipeline", "split_marked_bylines"),
    (0, "pipeline", "unwrap"),
    (1, "unwrap", "pdf_chunks"),
    (1, "unwrap", "rejoin_breaks"),
    (1, "unwrap", "resume_cut_sentences"),
    (0, "pipeline", "_segment"),
    (1, "segment", "split_headline"),
    (1, "segment", "confidence"),
    (0, "pipeline", "_source_info"),
    (0, "pipeline", "_issue"),
]


def median_seconds(data: bytes, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        parse_bytes(data, "bench.txt")
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def peak_bytes(data: bytes) -> int:
    tracemalloc.start()
    try:
        parse_bytes(data, "bench.txt")
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def pass_medians(data: bytes, runs: int) -> dict[str, float]:
    """Median seconds each pass of PASSES takes over RUNS parses of DATA (a pass missing
    from the parser is left out): each pass is wrapped where its caller looks it up."""
    spent: defaultdict[str, float] = defaultdict(float)
    restore: list[tuple[ModuleType, str, Callable[..., object]]] = []

    def timed(key: str, function: Callable[..., object]) -> Callable[..., object]:
        def wrapper(*args: object, **kwargs: object) -> object:
            start = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                spent[key] += time.perf_counter() - start

        return wrapper

    for _, module_name, name in PASSES:
        module = importlib.import_module(f"qtread.parse.{module_name}")
        if hasattr(module, name):
            restore.append((module, name, getattr(module, name)))
            setattr(module, name, timed(f"{module_name}.{name}", getattr(module, name)))
    samples: defaultdict[str, list[float]] = defaultdict(list)
    try:
        for _ in range(runs):
            spent.clear()
            parse_bytes(data, "bench.txt")
            for key, seconds in spent.items():
                samples[key].append(seconds)
    finally:
        for owner, name, function in restore:
            setattr(owner, name, function)
    return {key: statistics.median(times) for key, times in samples.items()}


def pass_table(runs: int) -> Table:
    """Median ms of each pass (rows) on each sample (columns)."""
    medians = {path.name: pass_medians(path.read_bytes(), runs) for path in SAMPLES}
    table = Table(title=f"Passes, ms (median of {runs} runs; indented: inside the pass above)")
    table.add_column("pass", no_wrap=True)
    for path in SAMPLES:
        table.add_column(path.name[:3], justify="right")
    for depth, module_name, name in PASSES:
        key = f"{module_name}.{name}"
        if any(key in found for found in medians.values()):
            cells = [f"{medians[p.name].get(key, 0.0) * 1000:.1f}" for p in SAMPLES]
            table.add_row("  " * depth + name.lstrip("_"), *cells)
    return table


def concatenated(size: int) -> bytes:
    """About SIZE bytes of the samples, one after the other, in whole rounds of all four.

    Whole rounds keep the mix of shapes the same at every size, so the rows compare like
    with like: a file cut mid-round can tip shape detection (Markdown at 1 MB, PDF text at
    2 MB) and measure a different parser path instead of the cost of size.
    """
    whole = b"\n".join(path.read_bytes() for path in SAMPLES)
    return whole * max(1, round(size / len(whole)))


def one_line(size: int) -> bytes:
    text = " ".join(path.read_text("utf-8").replace("\n", " ") for path in SAMPLES)
    data = text.encode("utf-8") * (size // len(text.encode("utf-8")) + 1)
    return data[:size].decode("utf-8", "ignore").encode("utf-8")


def scaling(sizes: list[int], runs: int) -> Iterator[tuple[str, bytes, int]]:
    for size in sizes:
        yield f"{size} MB of samples", concatenated(size * MB), runs
    yield "one 5 MB line", one_line(5 * MB), runs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="runs per sample (median)")
    parser.add_argument("--big-runs", type=int, default=3, help="runs per large file")
    parser.add_argument("--sizes", default="1,5,10,20,30", help="MB sizes for scaling rows")
    parser.add_argument("--check", action="store_true", help="exit 1 if a sample misses 50 ms")
    parser.add_argument("--passes", action="store_true", help="also time each pass per sample")
    args = parser.parse_args()
    console = Console(highlight=False)

    table = Table(title=f"Samples (median of {args.runs} runs)")
    table.add_column("file", no_wrap=True, min_width=max(len(p.name) for p in SAMPLES))
    for column in ("size", "lines", "median ms", "ms/MB", "peak MiB", "target"):
        table.add_column(column, justify="right")
    slow = []
    for path in SAMPLES:
        data = path.read_bytes()
        seconds = median_seconds(data, args.runs)
        ok = seconds * 1000 < TARGET_MS
        if not ok:
            slow.append(path.name)
        table.add_row(
            path.name,
            f"{len(data) / 1024:.0f} KiB",
            str(data.count(b"\n") + 1),
            f"{seconds * 1000:.1f}",
            f"{seconds * 1000 / (len(data) / MB):.0f}",
            f"{peak_bytes(data) / MB:.1f}",
            "ok" if ok else "SLOW",
        )
    console.print(table)
    if args.passes:
        console.print(pass_table(args.runs))

    sizes = [int(s) for s in args.sizes.split(",") if s]
    table = Table(title=f"Scaling (median of {args.big_runs} runs)")
    for column in ("input", "size", "median s", "ms/MB"):
        table.add_column(column, justify="left" if column == "input" else "right")
    per_mb = []
    for label, data, runs in scaling(sizes, args.big_runs):
        seconds = median_seconds(data, runs)
        per_mb.append(seconds * 1000 / (len(data) / MB))
        table.add_row(label, f"{len(data) / MB:.1f} MB", f"{seconds:.2f}", f"{per_mb[-1]:.0f}")
        console.print(f"  {label}: {seconds:.2f} s", style="dim")
    console.print(table)
    if len(per_mb) > 2:
        growth = max(per_mb[:-1]) / min(per_mb[:-1])
        console.print(f"ms/MB spread across sizes: ×{growth:.2f} (1.0 = perfectly linear)")
    if slow:
        console.print(f"over {TARGET_MS:.0f} ms: {', '.join(slow)}", style="bold red")
    return 1 if args.check and slow else 0


if __name__ == "__main__":
    sys.exit(main())
