"""Export benchmark: qtread against pandoc, per-sample cost, batch speed-up.

    .venv/bin/python bench/export.py [--sample PATH]

In one run it prints:
1. on sample 000, side by side: qtread EPUB vs `pandoc -t epub3`, and qtread PDF vs
   pandoc → HTML → WeasyPrint (each timed in-process after warm-up, pandoc as a process);
2. for every sample, in a fresh process each: EPUB and PDF time, pages, ms and KiB per
   page, peak memory (max RSS);
3. all samples through `qtread export --to epub,pdf` with --jobs 1 and --jobs 2.
Targets (2-core box): EPUB < 0.3 s and faster than pandoc; PDF ≤ 60 ms and ≤ 25 KiB per
A5 page and no slower than pandoc + WeasyPrint; --jobs 2 ≤ 0.6 × --jobs 1.
"""

from __future__ import annotations

import argparse
import io
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
PYTHON = sys.executable


def _qtread_once(path: Path) -> dict[str, Any]:
    """Export PATH to EPUB and PDF in this process; timings and sizes as a dict."""
    from qtread.export.epub import build_epub
    from qtread.export.pdf import check_setup, write_pdf
    from qtread.parse import parse_path
    from qtread.render.html import issue_view
    from qtread.render.paper import Paper

    check_setup()
    start = time.perf_counter()
    issue = parse_path(path)
    parsed = time.perf_counter()
    view = issue_view(issue)
    epub = build_epub(view, "default")
    epub_done = time.perf_counter()
    pdf = io.BytesIO()
    pages = write_pdf(view, pdf, theme="default", paper=Paper.A5)
    pdf_done = time.perf_counter()
    return {
        "parse_s": parsed - start,
        "epub_s": epub_done - start,  # parse + render + EPUB
        "epub_kib": len(epub) / 1024,
        "pdf_s": pdf_done - epub_done + (parsed - start),  # parse + render + PDF
        "pages": pages,
        "pdf_kib": len(pdf.getvalue()) / 1024,
        "max_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def _pandoc(path: Path, to: str, *args: str) -> str:
    """pandoc on an issue file, read as Markdown with CJK line breaks, as qtread's peer."""
    return subprocess.run(
        [
            "pandoc",
            "-f",
            "markdown+east_asian_line_breaks",
            "-t",
            to,
            str(path),
            *args,
            "--metadata",
            "title=潮涌钱塘",
            "--metadata",
            "lang=zh-CN",
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def _pandoc_epub(path: Path, out: Path) -> float:
    start = time.perf_counter()
    _pandoc(path, "epub3", "-o", str(out))
    return time.perf_counter() - start


def _pandoc_pdf(path: Path, out: Path, paper: str | None) -> tuple[float, int]:
    """pandoc → standalone HTML, then WeasyPrint (already imported) → PDF.

    PAPER "A5" adds `@page { size: A5 }`, the paper qtread uses; None keeps WeasyPrint's
    default (A4), which is what the bare pipeline gives.
    """
    from weasyprint import CSS, HTML

    start = time.perf_counter()
    html = _pandoc(path, "html5", "--standalone")
    sheets = [CSS(string=f"@page {{ size: {paper} }}")] if paper else []
    document = HTML(string=html).render(stylesheets=sheets)
    document.write_pdf(out)
    return time.perf_counter() - start, len(document.pages)


def side_by_side(sample: Path) -> None:
    print(f"## 1. {sample.name}: qtread vs pandoc (warm, best of 3)\n")
    _qtread_once(sample)  # warm-up: imports, fontconfig, caches
    runs = [_qtread_once(sample) for _ in range(3)]
    ours = min(runs, key=lambda r: r["pdf_s"])
    epub_ours = min(r["epub_s"] for r in runs)
    if shutil.which("pandoc") is None:
        print(f"{'':28} {'qtread':>10}")
        print(f"{'EPUB (s)':28} {epub_ours:10.3f} {'pandoc not installed':>22}")
        print(f"{'PDF (s)':28} {ours['pdf_s']:10.3f} {'pandoc not installed':>22}\n")
        return
    with tempfile.TemporaryDirectory() as tmp:
        theirs_epub = min(_pandoc_epub(sample, Path(tmp) / "p.epub") for _ in range(3))
        pdf = Path(tmp) / "p.pdf"
        theirs: dict[str, tuple[float, int, float]] = {}
        for paper in ("A5", None):
            seconds, pages = min(_pandoc_pdf(sample, pdf, paper) for _ in range(3))
            theirs[paper or "A4"] = (seconds, pages, pdf.stat().st_size / 1024)
    a5, a4 = theirs["A5"], theirs["A4"]
    print(f"{'':28} {'qtread A5':>10} {'pandoc A5':>10} {'pandoc A4':>10}")
    print(f"{'EPUB (s)':28} {epub_ours:10.3f} {theirs_epub:10.3f}")
    print(f"{'PDF (s)':28} {ours['pdf_s']:10.3f} {a5[0]:10.3f} {a4[0]:10.3f}")
    print(f"{'PDF pages':28} {ours['pages']:10d} {a5[1]:10d} {a4[1]:10d}")
    print(
        f"{'PDF ms/page':28} {ours['pdf_s'] * 1000 / ours['pages']:10.1f} "
        f"{a5[0] * 1000 / a5[1]:10.1f} {a4[0] * 1000 / a4[1]:10.1f}"
    )
    print(
        f"{'PDF KiB/page':28} {ours['pdf_kib'] / ours['pages']:10.1f} "
        f"{a5[2] / a5[1]:10.1f} {a4[2] / a4[1]:10.1f}"
    )
    print(
        f"EPUB faster than pandoc: {epub_ours < theirs_epub}; PDF no slower than "
        f"pandoc+WeasyPrint on A5: {ours['pdf_s'] <= a5[0]}, on its default A4: "
        f"{ours['pdf_s'] <= a4[0]}\n"
    )


def per_sample() -> None:
    print("## 2. Every sample, fresh process each (parse included; imports excluded)\n")
    print(
        f"{'sample':26} {'epub s':>7} {'pages':>6} {'pdf s':>7} {'ms/page':>8} "
        f"{'KiB/page':>9} {'max RSS MiB':>12}"
    )
    for sample in SAMPLES:
        raw = subprocess.run(
            [PYTHON, __file__, "--one", str(sample)], check=True, capture_output=True, text=True
        ).stdout
        r = json.loads(raw)
        print(
            f"{sample.name:26} {r['epub_s']:7.3f} {r['pages']:6d} {r['pdf_s']:7.2f} "
            f"{r['pdf_s'] * 1000 / r['pages']:8.1f} {r['pdf_kib'] / r['pages']:9.1f} "
            f"{r['max_rss_mib']:12.0f}"
        )
    print()


def batch() -> None:
    print("## 3. Batch: qtread export SAMPLES --to epub,pdf (wall clock, CLI start-up included)\n")
    times = {"1": float("inf"), "2": float("inf")}
    for jobs in ("1", "2", "1", "2"):  # best of two each, interleaved against load drift
        with tempfile.TemporaryDirectory() as tmp:
            start = time.perf_counter()
            subprocess.run(
                [
                    PYTHON,
                    "-m",
                    "qtread",
                    "export",
                    *map(str, SAMPLES),
                    "--to",
                    "epub,pdf",
                    "--out",
                    tmp,
                    "--jobs",
                    jobs,
                ],
                check=True,
                capture_output=True,
            )
            times[jobs] = min(times[jobs], time.perf_counter() - start)
    ratio = times["2"] / times["1"]
    print(
        f"--jobs 1: {times['1']:.2f} s   --jobs 2: {times['2']:.2f} s   "
        f"ratio {ratio:.2f} (target ≤ 0.60)\n"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=Path, default=SAMPLES[0])
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(_qtread_once(args.one)))
        return
    side_by_side(args.sample)
    per_sample()
    batch()


if __name__ == "__main__":
    main()
