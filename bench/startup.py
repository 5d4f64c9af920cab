"""Start-up: whole `qtread` processes against `pandoc` on the same file, side by side.

    .venv/bin/python bench/startup.py [--rounds N] [--against OTHER/qtread] [FILE]

Each round runs every command once, in the same order, so that a noisy moment of the
machine falls on all of them alike; the table gives each command's median wall time over
the rounds and its ratio to pandoc's median in the same run (`pandoc -f markdown -t
json`, which reads and parses the file as qtread's `dump` does). The bare interpreter
(`python -c pass`, `python -I -S -c pass`) shows what no Python program can go below.

`toc`, `dump` and `info` are timed twice: "parse" is a file no command has read before
(QTREAD_NO_CACHE set: import the parser, parse), "kept" one an earlier command parsed
(the parse kept by `qtread.parse.cache`, what the second command on an issue finds).
The kept parses go to a temporary cache folder, never the user's.
--against adds another qtread (an older checkout's script) to the same rounds, so a
change is judged against what came before it on the same noisy machine.
Targets (issue 13): `qtread --version` ≤ 80 ms; `toc`, `dump`, `info` ≤ 1.0 × pandoc.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = sorted((ROOT / "samples").glob("*.txt"))[0]
QTREAD = Path(sys.executable).with_name("qtread")
VERSION_TARGET_MS = 80.0
PANDOC_RATIO_TARGET = 1.0


#: The environment of a command that parses every time.
PARSE = {"QTREAD_NO_CACHE": "1"}

#: The commands whose time is measured against pandoc's.
READERS = ("toc", "dump", "info")

Run = tuple[list[str], dict[str, str]]  # the command line, what its environment adds


def commands(file: Path, against: Path | None) -> dict[str, Run]:
    """Every process timed, by the name the table shows."""
    runs: dict[str, Run] = {
        "python -I -S -c pass": ([sys.executable, "-I", "-S", "-c", "pass"], {}),
        "python -c pass": ([sys.executable, "-c", "pass"], {}),
        "qtread --version": ([str(QTREAD), "--version"], {}),
        "qtread --help": ([str(QTREAD), "--help"], {}),
    }
    for name in READERS:
        runs[f"qtread {name} (parse)"] = ([str(QTREAD), name, str(file)], PARSE)
        runs[f"qtread {name} (kept)"] = ([str(QTREAD), name, str(file)], {})
    if against is not None:
        runs["other --version"] = ([str(against), "--version"], {})
        for name in READERS:
            runs[f"other {name} (parse)"] = ([str(against), name, str(file)], PARSE)
    if shutil.which("pandoc"):
        runs["pandoc -t json"] = (["pandoc", "-f", "markdown", "-t", "json", str(file)], {})
    return runs


def seconds(run: Run, cache: str) -> float:
    """Wall time of one whole process, its output thrown away (as a pipe would take it)."""
    command, adds = run
    env = {**os.environ, "XDG_CACHE_HOME": cache, **adds}
    start = time.perf_counter()
    subprocess.run(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, env=env
    )
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("file", nargs="?", type=Path, default=SAMPLE)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--against", type=Path, help="another qtread script to compare with")
    args = parser.parse_args()
    runs = commands(args.file, args.against)
    times: dict[str, list[float]] = {name: [] for name in runs}
    with tempfile.TemporaryDirectory(prefix="qtread-bench-cache-") as cache:
        for run in runs.values():  # warm the disk cache and the bytecode; keep the parses
            seconds(run, cache)
        for _ in range(args.rounds):
            for name, run in runs.items():
                times[name].append(seconds(run, cache))
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
        elif name.startswith("qtread ") and name.split()[1] in READERS:
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
