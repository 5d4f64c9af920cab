"""Scale benchmark: EPUB and PDF of one big input, each in a fresh `qtread export`.

    .venv/bin/python bench/scale_export.py [--copies 42] [--formats epub,pdf]

The input is whole copies of the four samples, one after the other: 42 copies make the
30 MB file of the scale target (about 15,000 A5 pages). `--copies 1,2,4,42` adds rows to
see how time and memory grow. For each size and format it prints the wall time (CLI
start-up included), the peak memory of the process (max RSS), pages and output size.
Target: the 30 MB file exports to both formats on the 2-core, 24 GiB build machine, the
PDF in memory that does not grow with the input (it is laid out in parts).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))


def build_input(copies: int, folder: Path) -> Path:
    """COPIES whole copies of the four samples, as one file."""
    path = folder / f"samples-x{copies}.txt"
    path.write_bytes(b"\n".join(p.read_bytes() for p in SAMPLES) * copies)
    return path


def export(source: Path, fmt: str, out: Path) -> tuple[float, float]:
    """Run `qtread export SOURCE --to FMT`; wall seconds and the child's peak RSS in MiB."""
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-m", "qtread", "export", str(source), "--to", fmt, "--out", str(out)],
            stdout=subprocess.DEVNULL,
            stderr=errors,
        )
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        child.returncode = code = os.waitstatus_to_exitcode(status)
        if code != 0:
            errors.seek(0)
            raise SystemExit(f"{fmt} failed ({code}): {errors.read().decode()}")
    return seconds, usage.ru_maxrss / 1024


def pages(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(pdf).pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", default="42", help="comma-separated copy counts")
    parser.add_argument("--formats", default="epub,pdf")
    args = parser.parse_args()
    formats = args.formats.split(",")
    print("## Scale: qtread export on copies of the four samples (fresh process each)\n")
    print(
        f"{'copies':>6} {'input MB':>9} {'format':>6} {'time s':>8} {'peak RSS MiB':>13} "
        f"{'pages':>7} {'output MiB':>11}"
    )
    for copies in (int(c) for c in args.copies.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            source = build_input(copies, Path(tmp))
            size = source.stat().st_size / 1e6
            for fmt in formats:
                out = Path(tmp) / fmt
                seconds, rss = export(source, fmt, out)
                (result,) = out.iterdir()
                count = str(pages(result)) if fmt == "pdf" else ""
                print(
                    f"{copies:6d} {size:9.1f} {fmt:>6} {seconds:8.1f} {rss:13.0f} "
                    f"{count:>7} {result.stat().st_size / 2**20:11.1f}",
                    flush=True,
                )
    print()


if __name__ == "__main__":
    main()
