"""Export benchmark: qtread against pandoc, per-sample cost, batch speed-up.

    .venv/bin/python bench/export.py [--sample PATH] [--rounds N] [--quick]

The machine is noisy (two shared cores), so every comparison is whole-process wall
clock, the median of paired rounds: each round runs both sides back to back, and every
other round swaps which goes first. Each comparison prints the ratio of the medians and
the median (and spread) of the per-round ratios; one untimed warm-up round comes first.

In one run it prints:
1. on sample 000 (or --sample), N rounds (--rounds, default 7):
   - EPUB: `qtread export S --to epub --jobs 1` vs `pandoc -t epub3`;
   - PDF: `qtread export S --to pdf --jobs 1` (A5) vs `pandoc -t html5 --standalone |
     weasyprint -s cjk.css` (timed together as one pipeline), the stylesheet setting
     A5, qtread's margins, Noto Serif CJK SC 10pt / 1.75 and Noto Sans CJK SC headings;
     both PDFs' pages (pypdf), KiB and ms per page, and each side's peak RSS;
   - each again with the parse an earlier command kept ("kept", `qtread.parse.cache`;
     every other qtread run parses its file, QTREAD_NO_CACHE set);
2. (not with --quick) every sample in a fresh process, imports excluded: EPUB s, pages,
   PDF s, ms/page, KiB/page, max RSS;
3. "cores free before the batch: X of 2" (2 × one CPU-bound loop alone / two at once,
   capped at 2), then all samples through `qtread export --to epub,pdf` with --jobs 1
   vs --jobs 2 (3 paired rounds), then the cores-free probe again: the batch ratio
   means something only if both say ~2.
If pandoc is missing, its figures read "pandoc not installed".

Targets (2-core box): whole-process EPUB ≤ 1.0 × pandoc; whole-process PDF ≤ 0.8 ×
pandoc + WeasyPrint and ≤ 25 KiB per A5 page; in-process EPUB < 0.3 s and PDF ≤ 60 ms
a page (section 2); --jobs 2 ≤ 0.6 × --jobs 1.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
PYTHON = sys.executable

# Targets. Whole-process ratios are qtread's median time over its peer's (section 1) or
# --jobs 2 over --jobs 1 (section 3); lower is better.
EPUB_RATIO_TARGET = 1.0  # qtread's EPUB at least as fast as pandoc's
PDF_RATIO_TARGET = 0.8  # qtread's PDF a fifth faster than pandoc → WeasyPrint
PDF_KIB_PER_PAGE_TARGET = 25.0  # an A5 page, fonts subset and shared across pages
EPUB_SECONDS_TARGET = 0.3  # section 2, in-process: parse + render + EPUB
PDF_MS_PER_PAGE_TARGET = 60.0  # section 2, in-process: parse + render + PDF
BATCH_RATIO_TARGET = 0.6  # --jobs 2 on two cores: near twice as fast, allowing start-up

NO_CACHE = "QTREAD_NO_CACHE"  # set: qtread parses every file (qtread.parse.cache)
DEFAULT_ROUNDS = 7
QUICK_ROUNDS = 3
BATCH_ROUNDS = 3  # a round of the batch takes ~20 s
CORES = 2
LOOP_COUNT = 8_000_000  # ~0.4 s of pure-Python work, for the cores-free probe

TITLE = "潮涌钱塘"
PANDOC_READ = ["-f", "markdown+east_asian_line_breaks"]
PANDOC_META = ["--metadata", f"title={TITLE}", "--metadata", "lang=zh-CN"]
# pandoc's standalone HTML embeds its own CSS (Georgia 20px, body 12pt in print, a 36em
# column with 50px padding, 1em paragraph margins). It is an author stylesheet, which
# beats a user one (`weasyprint -s`) unless the user's declarations are !important; and
# the body must be reset, or the text column is 100px narrower than qtread's.
CJK_CSS = """\
@page { size: A5; margin: 20mm 15mm 18mm 15mm }
html { font-family: "Noto Serif CJK SC" !important; font-size: 10pt !important;
       line-height: 1.75 !important }
body { margin: 0 !important; padding: 0 !important; max-width: none !important;
       font-size: 10pt !important }
p { text-indent: 2em !important; margin: 0 !important }
h1, h2, h3, h4, h5, h6 { font-family: "Noto Sans CJK SC" !important }
"""


@dataclass(frozen=True, slots=True)
class Run:
    """One whole-process measurement: wall seconds and the largest peak RSS (KiB) of
    its processes."""

    seconds: float
    max_rss_kib: int


def run_pipeline(*commands: Sequence[str], env: dict[str, str] | None = None) -> Run:
    """Run COMMANDS as a shell pipeline would (each one's output into the next, the
    last one's to nowhere), timing the lot from the first spawn to the last exit.

    Each process is reaped with os.wait4, which gives its own peak RSS; a
    RUSAGE_CHILDREN maximum would mix in every earlier child. Raises with the stderr of
    a process that fails.
    """
    with ExitStack() as stack:
        procs: list[tuple[subprocess.Popen[bytes], IO[bytes]]] = []
        start = time.perf_counter()
        for index, argv in enumerate(commands):
            last = index == len(commands) - 1
            errors: IO[bytes] = stack.enter_context(tempfile.TemporaryFile())
            previous = procs[-1][0].stdout if procs else None
            proc = subprocess.Popen(
                argv,
                cwd=ROOT,
                stdin=previous or subprocess.DEVNULL,
                stdout=subprocess.DEVNULL if last else subprocess.PIPE,
                stderr=errors,
                env=env,
            )
            if previous:
                previous.close()  # so the writer sees a broken pipe, as in sh
            procs.append((proc, errors))
        rss = 0
        for proc, _errors in procs:
            _pid, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
            rss = max(rss, usage.ru_maxrss)
        seconds = time.perf_counter() - start
        for (proc, errors), argv in zip(procs, commands, strict=True):
            if proc.returncode:
                errors.seek(0)
                tail = errors.read().decode(errors="replace")[-2000:]
                raise RuntimeError(f"{' '.join(argv)} exited {proc.returncode}:\n{tail}")
    return Run(seconds, rss)


def qtread_argv(samples: Sequence[Path], to: str, out: Path, jobs: int) -> list[str]:
    """The CLI as a user runs it, from the repository, so start-up and imports count."""
    files = [str(sample) for sample in samples]
    options = ["--to", to, "--out", str(out), "--jobs", str(jobs)]
    return [PYTHON, "-m", "qtread", "export", *files, *options]


def weasyprint_argv() -> list[str]:
    """The venv's WeasyPrint command line (the same WeasyPrint qtread uses)."""
    script = Path(PYTHON).with_name("weasyprint")
    return [str(script)] if script.exists() else [PYTHON, "-m", "weasyprint"]


def pdf_pages(path: Path) -> int:
    """Pages of a PDF, counted the same way for both sides."""
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


@dataclass(slots=True)
class Paired:
    """Per-round times of two sides run back to back, A the one under test."""

    a: list[Run]
    b: list[Run]

    def median(self, side: list[Run]) -> float:
        return statistics.median(r.seconds for r in side)

    @property
    def ratio_of_medians(self) -> float:
        return self.median(self.a) / self.median(self.b)

    @property
    def round_ratios(self) -> list[float]:
        return [a.seconds / b.seconds for a, b in zip(self.a, self.b, strict=True)]


def paired_rounds(a: Callable[[], Run], b: Callable[[], Run], rounds: int) -> Paired:
    """ROUNDS of A and B back to back, after one untimed warm-up pair (page cache, .pyc,
    fontconfig). B goes first every other round, so neither side always runs just after
    the other has heated the CPU or filled the caches."""
    a()
    b()
    result = Paired([], [])
    for index in range(rounds):
        if index % 2:
            result.b.append(b())
            result.a.append(a())
        else:
            result.a.append(a())
            result.b.append(b())
    return result


def solo_rounds(a: Callable[[], Run], rounds: int) -> list[Run]:
    """ROUNDS of A alone after a warm-up, for when its peer is not installed."""
    a()
    return [a() for _ in range(rounds)]


def _verdict(value: float, target: float, digits: int = 2) -> str:
    """ "≤ TARGET met" or "≤ TARGET MISSED", so a reader need not compare the figures."""
    return f"≤ {target:.{digits}f} {'met' if value <= target else 'MISSED'}"


def _ratio_cells(pair: Paired, target: float) -> str:
    """Ratio of medians, median of per-round ratios with their range, and the verdict on
    the former."""
    ratios = pair.round_ratios
    return (
        f"{pair.ratio_of_medians:7.2f} {statistics.median(ratios):7.2f} "
        f"{min(ratios):5.2f}–{max(ratios):<5.2f} {_verdict(pair.ratio_of_medians, target)}"
    )


@dataclass(frozen=True, slots=True)
class PdfFacts:
    """One side's PDF: its pages and size (from the last round), median time and RSS."""

    pages: int
    kib: float
    seconds: float
    rss_mib: float

    @classmethod
    def of(cls, pdf: Path, runs: list[Run]) -> PdfFacts:
        return cls(
            pdf_pages(pdf),
            pdf.stat().st_size / 1024,
            statistics.median(r.seconds for r in runs),
            statistics.median(r.max_rss_kib for r in runs) / 1024,
        )


class Outputs:
    """Fresh output directories under WORK, one a run, remembering the last file each
    side wrote so its pages and size can be read after the timing."""

    def __init__(self, work: Path) -> None:
        self.work = work
        self.count = 0
        self.last: dict[str, Path] = {}

    def fresh(self) -> Path:
        self.count += 1
        path = self.work / f"run{self.count}"
        path.mkdir()
        return path


def qtread_export(
    sample: Path, to: str, outputs: Outputs, *, kept: bool = False
) -> Callable[[], Run]:
    """One whole `qtread export SAMPLE --to TO --jobs 1`, as a user would type it: the
    file parsed, or (KEPT) its parse loaded as an earlier command on it left it."""
    env = {name: value for name, value in os.environ.items() if name != NO_CACHE or not kept}

    def run() -> Run:
        out = outputs.fresh()
        measured = run_pipeline(qtread_argv([sample], to, out, 1), env=env)
        outputs.last[f"qtread.{to}{' kept' if kept else ''}"] = next(out.glob(f"*.{to}"))
        return measured

    return run


def pandoc_export(sample: Path, to: str, outputs: Outputs) -> Callable[[], Run]:
    """pandoc's EPUB, or its standalone HTML piped into WeasyPrint with CJK_CSS: the way
    a user without qtread gets the same two files."""
    css = outputs.work / "cjk.css"
    css.write_text(CJK_CSS, encoding="utf-8")

    def run() -> Run:
        out = outputs.fresh() / f"p.{to}"
        outputs.last[f"pandoc.{to}"] = out
        if to == "epub":
            epub = ["pandoc", *PANDOC_READ, "-t", "epub3", str(sample), "-o", str(out)]
            return run_pipeline([*epub, *PANDOC_META])
        html = ["pandoc", *PANDOC_READ, "-t", "html5", "--standalone", str(sample)]
        pdf = [*weasyprint_argv(), "-q", "-s", str(css), "-", str(out)]
        return run_pipeline([*html, *PANDOC_META], pdf)

    return run


def _pdf_rows(ours: PdfFacts, theirs: PdfFacts | None) -> None:
    """Pages, KiB/page (with its target), ms/page and peak RSS of both PDFs."""
    missing = f"{'pandoc not installed':>8}"

    def row(label: str, mine: str, other: str, note: str = "") -> None:
        print(f"{label:18} {mine:>8} {other if theirs else missing:>8}{note}")

    kib_page = ours.kib / ours.pages
    verdict = f"{'':28} {_verdict(kib_page, PDF_KIB_PER_PAGE_TARGET, 0)} (qtread)"
    kib_theirs = f"{theirs.kib / theirs.pages:.1f}" if theirs else ""
    ms_theirs = f"{theirs.seconds * 1000 / theirs.pages:.1f}" if theirs else ""
    row("PDF pages", f"{ours.pages}", f"{theirs.pages}" if theirs else "")
    row("PDF KiB/page", f"{kib_page:.1f}", kib_theirs, verdict)
    row("PDF ms/page", f"{ours.seconds * 1000 / ours.pages:.1f}", ms_theirs)
    row("PDF peak RSS MiB", f"{ours.rss_mib:.0f}", f"{theirs.rss_mib:.0f}" if theirs else "")


def side_by_side(sample: Path, rounds: int, work: Path) -> None:
    """Section 1: whole-process qtread vs pandoc (EPUB) and pandoc → WeasyPrint (PDF)."""
    print(
        f"## 1. {sample.name}: whole process, qtread vs pandoc "
        f"(median of {rounds} paired rounds, after a warm-up)\n"
    )
    have_pandoc = shutil.which("pandoc") is not None
    outputs = Outputs(work)
    print(f"{'':18} {'qtread':>8} {'pandoc':>8} {'ratio':>7} {'rounds':>7} {'spread':>11} target")
    pdf_runs: tuple[list[Run], list[Run]] = ([], [])
    for to, label, target, kept in (
        ("epub", "EPUB (s)", EPUB_RATIO_TARGET, False),
        ("epub", "EPUB, kept (s)", EPUB_RATIO_TARGET, True),
        ("pdf", "PDF (s)", PDF_RATIO_TARGET, False),
        ("pdf", "PDF, kept (s)", PDF_RATIO_TARGET, True),
    ):
        ours = qtread_export(sample, to, outputs, kept=kept)
        if not have_pandoc:
            solo = solo_rounds(ours, rounds)
            if to == "pdf" and not kept:
                pdf_runs = (solo, [])
            seconds = statistics.median(r.seconds for r in solo)
            print(f"{label:18} {seconds:8.3f} pandoc not installed")
            continue
        pair = paired_rounds(ours, pandoc_export(sample, to, outputs), rounds)
        if to == "pdf" and not kept:
            pdf_runs = (pair.a, pair.b)
        print(
            f"{label:18} {pair.median(pair.a):8.3f} {pair.median(pair.b):8.3f} "
            f"{_ratio_cells(pair, target)}"
        )
    theirs = PdfFacts.of(outputs.last["pandoc.pdf"], pdf_runs[1]) if have_pandoc else None
    _pdf_rows(PdfFacts.of(outputs.last["qtread.pdf"], pdf_runs[0]), theirs)
    print(
        "ratio = qtread median / pandoc median; rounds = median of per-round ratios, "
        'spread = their range.\n"kept": the parse an earlier command on the file kept '
        "(qtread.parse.cache); the other rows parse every time.\n"
        "PDF peer: pandoc -t html5 --standalone | weasyprint -s cjk.css "
        "(A5, Noto CJK, !important over pandoc's own CSS).\n"
    )


def _qtread_once(path: Path) -> dict[str, Any]:
    """Export PATH to EPUB and PDF in this process; timings and sizes as a dict.

    In-process so section 2 shows the work itself, apart from start-up (section 1 has
    the whole process)."""
    from qtread.export.epub import build_epub
    from qtread.export.pdf import check_setup, write_pdf
    from qtread.parse import parse_path
    from qtread.render.html import issue_view
    from qtread.render.paper import Paper
    from qtread.themes import DEFAULT_THEME

    check_setup()
    start = time.perf_counter()
    issue = parse_path(path)
    parsed = time.perf_counter()
    view = issue_view(issue)
    epub = build_epub(view, DEFAULT_THEME)
    epub_done = time.perf_counter()
    with tempfile.TemporaryFile() as pdf:
        pages = write_pdf(view, pdf, theme=DEFAULT_THEME, paper=Paper.A5)
        pdf_done = time.perf_counter()
        pdf_bytes = pdf.tell()
    return {
        "parse_s": parsed - start,
        "epub_s": epub_done - start,  # parse + render + EPUB
        "epub_kib": len(epub) / 1024,
        "pdf_s": pdf_done - epub_done + (parsed - start),  # parse + render + PDF
        "pages": pages,
        "pdf_kib": pdf_bytes / 1024,
        "max_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def per_sample() -> None:
    """Section 2: each sample's own cost, in a fresh process so memory is its own."""
    print("## 2. Every sample, fresh process each (parse included; imports excluded)\n")
    print(
        f"{'sample':26} {'epub s':>7} {'pages':>6} {'pdf s':>7} {'ms/page':>8} "
        f"{'KiB/page':>9} {'max RSS MiB':>12}"
    )
    worst_epub = worst_ms = 0.0
    for sample in SAMPLES:
        raw = subprocess.run(
            [PYTHON, __file__, "--one", str(sample)], check=True, capture_output=True, text=True
        ).stdout
        r = json.loads(raw)
        ms_page = r["pdf_s"] * 1000 / r["pages"]
        worst_epub, worst_ms = max(worst_epub, r["epub_s"]), max(worst_ms, ms_page)
        print(
            f"{sample.name:26} {r['epub_s']:7.3f} {r['pages']:6d} {r['pdf_s']:7.2f} "
            f"{ms_page:8.1f} {r['pdf_kib'] / r['pages']:9.1f} {r['max_rss_mib']:12.0f}"
        )
    print(
        f"worst EPUB {worst_epub:.3f} s (target < {EPUB_SECONDS_TARGET} s: "
        f"{'met' if worst_epub < EPUB_SECONDS_TARGET else 'MISSED'}); worst PDF "
        f"{worst_ms:.1f} ms/page (target ≤ {PDF_MS_PER_PAGE_TARGET:.0f}: "
        f"{'met' if worst_ms <= PDF_MS_PER_PAGE_TARGET else 'MISSED'})\n"
    )


def cores_free(when: str) -> None:
    """How much of the two cores this process can have (WHEN: before or after the
    batch): a --jobs 2 speed-up is meaningless when another load holds one of them."""
    loop = [PYTHON, "-c", f"n = 0\nfor i in range({LOOP_COUNT}): n += i"]
    alone: list[float] = []
    both: list[float] = []
    for _ in range(3):
        alone.append(run_pipeline(loop).seconds)
        start = time.perf_counter()
        procs = [subprocess.Popen(loop) for _ in range(CORES)]
        for proc in procs:
            proc.wait()
        both.append(time.perf_counter() - start)
    single, parallel = statistics.median(alone), statistics.median(both)
    free = min(float(CORES), CORES * single / parallel)
    print(
        f"cores free {when} the batch: {free:.1f} of {CORES} (one loop alone {single:.2f} s, "
        f"{CORES} at once {parallel:.2f} s; median of 3)\n"
    )


def batch(rounds: int, work: Path) -> None:
    """Section 3: the whole batch, --jobs 1 vs --jobs 2, as a user would run it."""
    print(
        f"## 3. Batch: qtread export {len(SAMPLES)} samples --to epub,pdf, whole process "
        f"(median of {rounds} paired rounds, after a warm-up)\n"
    )

    def jobs(count: int) -> Callable[[], Run]:
        def run() -> Run:
            out = Path(tempfile.mkdtemp(dir=work))
            return run_pipeline(qtread_argv(SAMPLES, "epub,pdf", out, count))

        return run

    pair = paired_rounds(jobs(2), jobs(1), rounds)  # ratios: --jobs 2 over --jobs 1
    print(f"{'':18} {'jobs 1':>8} {'jobs 2':>8} {'ratio':>7} {'rounds':>7} {'spread':>11} target")
    print(
        f"{'wall (s)':18} {pair.median(pair.b):8.2f} {pair.median(pair.a):8.2f} "
        f"{_ratio_cells(pair, BATCH_RATIO_TARGET)}"
    )
    rss_1 = statistics.median(r.max_rss_kib for r in pair.b) / 1024
    rss_2 = statistics.median(r.max_rss_kib for r in pair.a) / 1024
    print(f"{'peak RSS MiB':18} {rss_1:8.0f} {rss_2:8.0f}   (largest single process)")
    print("ratio = --jobs 2 median / --jobs 1 median.\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=Path, default=SAMPLES[0])
    parser.add_argument("--rounds", type=int, default=DEFAULT_ROUNDS, help="paired rounds")
    parser.add_argument("--quick", action="store_true", help="3 rounds, skip section 2")
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(_qtread_once(args.one)))
        return
    rounds = QUICK_ROUNDS if args.quick else max(1, args.rounds)
    with tempfile.TemporaryDirectory(prefix="qtread-bench-") as tmp:
        work = Path(tmp)
        # every qtread parses its files, but for the rows that ask for a kept parse,
        # which are kept in this run's own cache folder, never the user's
        os.environ.update({NO_CACHE: "1", "XDG_CACHE_HOME": str(work / "cache")})
        side_by_side(args.sample.resolve(), rounds, work)
        if not args.quick:
            per_sample()
        cores_free("before")
        batch(min(rounds, BATCH_ROUNDS), work)
        cores_free("after")


if __name__ == "__main__":
    main()
