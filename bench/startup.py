"""Start-up: whole `qtread` processes against `pandoc` on the same file, side by side.

    .venv/bin/python bench/startup.py [--rounds N] [--against OTHER/qtread] [FILE]

Each round runs every command once, in the same order, so that a noisy moment of the
machine falls on all of them alike; the table gives each command's median wall time over
the rounds and its ratio to pandoc's median in the same run (`pandoc -f markdown -t
json`, which reads and parses the file as qtread's `dump` does). The bare interpreter
(`python -c pass`, `python -I -S -c pass`) shows what no Python program can go below.
--against adds another qtread (an older checkout's script) to the same rounds, so a
change is judged against what came before it on the same noisy machine.
Targets (issue 13): `qtread --version` ≤ 80 ms; `toc`, `dump`, `info` ≤ 1.0 × pandoc.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = sorted((ROOT / "samples").glob("*.txt"))[0]
QTREAD = Path(sys.executable).with_name("qtread")
VERSION_TARGET_MS = 80.0
PANDOC_RATIO_TARGET = 1.0


def commands(file: Path, against: Path | None) -> dict[str, list[str]]:
    """Every process timed, by the name the table shows."""
    runs: dict[str, list[str]] = {
        "python -I -S -c pass": [sys.executable, "-I", "-S", "-c", "pass"],
        "python -c pass": [sys.executable, "-c", "pass"],
        "qtread --version": [str(QTREAD), "--version"],
        "qtread --help": [str(QTREAD), "--help"],
        "qtread toc": [str(QTREAD), "toc", str(file)],
        "qtread dump": [str(QTREAD), "dump", str(file)],
        "qtread info": [str(QTREAD), "info", str(file)],
    }
    if against is not None:
        for name in ("--version", "toc", "dump", "info"):
            args = [name] if name.startswith("-") else [name, str(file)]
            runs[f"other {name}"] = [str(against), *args]
    if shutil.which("pandoc"):
        runs["pandoc -t json"] = ["pandoc", "-f", "markdown", "-t", "json", str(file)]
    return runs


def seconds(command: list[str]) -> float:
    """Wall time of one whole process, its output thrown away (as a pipe would take it)."""
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("file", nargs="?", type=Path, default=SAMPLE)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--against", type=Path, help="another qtread script to compare with")
    args = parser.parse_args()
    runs = commands(args.file, args.against)
    for command in runs.values():  # warm the disk cache and the bytecode once
        seconds(command)
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(args.rounds):
        for name, command in runs.items():
            times[name].append(seconds(command))
    medians = {name: statistics.median(values) * 1000 for name, values in times.items()}
    pandoc = medians.get("pandoc -t json")

    table = Table(title=f"Start-up on {args.file.name}, medians of {args.rounds} paired rounds")
    table.add_column("process")
    table.add_column("median ms", justify="right")
    table.add_column("× pandoc", justify="right")
    table.add_column("target", justify="right")
    for name, median in medians.items():
        ratio = f"{median / pandoc:.2f}" if pandoc else "—"
        target = ""
        if name == "qtread --version":
            target = "ok" if median <= VERSION_TARGET_MS else f"> {VERSION_TARGET_MS:.0f} ms"
        elif name.startswith("qtread ") and name.split()[-1] in {"toc", "dump", "info"}:
            if pandoc is None:
                target = "no pandoc"
            else:
                target = "ok" if median <= PANDOC_RATIO_TARGET * pandoc else "SLOW"
        table.add_row(name, f"{median:.1f}", ratio, target)
    Console().print(table)
    if pandoc is None:
        print("pandoc is not installed: `apt-get install pandoc` for the side-by-side column")


if __name__ == "__main__":
    main()
