"""Convert many files: a process pool, one progress display, a summary.

Workers are forked after WeasyPrint has been imported, so none of them pays its start-up
cost. On SIGINT or SIGTERM the parent stops every worker with SIGTERM; a worker turns
that into `Interrupted`, which unwinds through `atomic_write` (deleting its temporary
file) before the process exits. A worker that dies some other way is swept up after.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import signal
import time
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import replace
from functools import partial
from pathlib import Path
from types import FrameType
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, Progress, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from qtread.atomic import sweep
from qtread.errors import EXIT_INTERRUPTED, Interrupted, redeliver_lost_interrupts
from qtread.export.convert import FileResult, publish_outputs, stage_file, stages
from qtread.export.options import Options
from qtread.i18n import _
from qtread.text.sanitize import display_name, printable

_messages: Any = None  # the worker's end of the progress queue
_busy = False  # a worker is converting a file (and has a temporary file to clean up)


def _raise_interrupted(signum: int, frame: FrameType | None) -> None:
    raise Interrupted(signum)


@contextmanager
def interruptible() -> Iterator[None]:
    """Turn SIGTERM into `Interrupted` in this process while the block runs."""
    previous = signal.signal(signal.SIGTERM, _raise_interrupted)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _worker_sigterm(signum: int, frame: FrameType | None) -> None:
    if _busy:
        raise Interrupted(signum)
    os._exit(EXIT_INTERRUPTED)  # idle: nothing to clean up


def _init_worker(messages: Any) -> None:
    global _messages
    _messages = messages
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides; it sends SIGTERM
    signal.signal(signal.SIGTERM, _worker_sigterm)
    redeliver_lost_interrupts()  # a SIGTERM landing in FontConfiguration.__del__, say


def _work(index: int, source: str, options: Options) -> FileResult:
    global _busy
    _busy = True
    try:
        return stage_file(source, options, lambda stage: _messages.put((index, stage)))
    except Interrupted:
        os._exit(EXIT_INTERRUPTED)  # temporary files are gone: we unwound through them
    finally:
        _busy = False


class BatchProgress:
    """The batch bar and one line per file showing its stage."""

    def __init__(self, sources: list[str], options: Options, console: Console) -> None:
        self.steps = len(stages(options)) + 1
        self.progress = Progress(
            TextColumn("{task.description}", markup=False),
            BarColumn(),
            TextColumn("{task.fields[stage]}", markup=False),
            TimeElapsedColumn(),
            console=console,
            transient=False,
        )
        self.batch = self.progress.add_task(
            _("{count} file(s)").format(count=len(sources)),
            total=len(sources) * self.steps,
            stage="",
        )
        self.files: list[TaskID] = [
            self.progress.add_task(
                "  " + printable(Path(s).name), total=self.steps, stage=_("waiting")
            )
            for s in sources
        ]
        self.done = [0] * len(sources)

    def stage(self, index: int, stage: str) -> None:
        self.progress.update(self.files[index], completed=self.done[index], stage=_(stage))
        self.done[index] += 1
        self.progress.advance(self.batch)

    def finish(self, index: int, result: FileResult) -> None:
        left = self.steps - self.done[index]
        self.done[index] = self.steps
        status = (
            _("failed") if result.error else _("done {seconds:.1f}s").format(seconds=result.seconds)
        )
        self.progress.update(self.files[index], completed=self.steps, stage=status)
        self.progress.advance(self.batch, left)


class InOrder:
    """Publishes results in argument order, whatever order they finish in: a file's
    outputs get their names once every file before it has its own."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.waiting: dict[int, FileResult] = {}
        self.published: list[FileResult] = []
        self.taken: set[str] = set()

    def add(self, index: int, result: FileResult) -> None:
        """RESULT of the file at INDEX is in: publish it, and every one after it that
        was waiting for it."""
        self.waiting[index] = result
        while (next_index := len(self.published)) in self.waiting:
            ready = self.waiting.pop(next_index)
            self.published.append(publish_outputs(ready, self.out_dir, self.taken))


def _serial(sources: list[str], options: Options, show: BatchProgress) -> list[FileResult]:
    results = InOrder(options.out_dir)
    for index, source in enumerate(sources):
        result = stage_file(source, options, partial(show.stage, index))
        results.add(index, result)
        show.finish(index, result)
    return results.published


def _parallel(
    sources: list[str], options: Options, show: BatchProgress, jobs: int
) -> list[FileResult]:
    context = multiprocessing.get_context("fork")
    messages = context.Queue()
    pool = ProcessPoolExecutor(
        jobs, mp_context=context, initializer=_init_worker, initargs=(messages,)
    )
    try:
        futures: dict[Future[FileResult], int] = {
            pool.submit(_work, index, sources[index], options): index
            for index in _largest_first(sources)
        }
        results = InOrder(options.out_dir)
        with show.progress:
            while futures:
                _drain(messages, show)
                for future in [f for f in futures if f.done()]:
                    index = futures.pop(future)
                    result = _result_of(future, sources[index])
                    results.add(index, result)
                    _drain(messages, show)
                    show.finish(index, result)
        pool.shutdown()
        return results.published
    except BaseException:
        _stop_workers(pool)
        raise
    finally:
        messages.close()


def _largest_first(sources: list[str]) -> list[int]:
    """Indices of SOURCES, biggest file first: the batch ends when the last worker does."""

    def size(index: int) -> int:
        try:
            return os.stat(sources[index]).st_size
        except OSError:
            return 0

    return sorted(range(len(sources)), key=size, reverse=True)


def _drain(messages: Any, show: BatchProgress) -> None:
    try:
        index, stage = messages.get(timeout=0.05)
        show.stage(index, stage)
        while True:
            index, stage = messages.get_nowait()
            show.stage(index, stage)
    except queue.Empty:
        pass


def _result_of(future: Future[FileResult], source: str) -> FileResult:
    try:
        return future.result()
    except Exception as error:  # the worker died: a crash in a C library, or a kill
        return FileResult(source, error=f"{source}: worker died ({type(error).__name__})")


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """SIGTERM every worker, wait for it to clean up, then kill what is left."""
    children = multiprocessing.active_children()
    for child in children:
        child.terminate()
    deadline = time.monotonic() + 10
    for child in children:
        child.join(max(0.0, deadline - time.monotonic()))
        if child.is_alive():
            child.kill()
            child.join()
    pool.shutdown(wait=False, cancel_futures=True)


@contextmanager
def export_run(options: Options) -> Iterator[Options]:
    """OPTIONS for one run of `export`: its temporary files tagged with this process, so
    that however the run ends (a failure, Ctrl-C, SIGTERM, a killed worker) every one
    of them is swept up, and SIGTERM unwinding as Ctrl-C does."""
    options = replace(options, tag=f"qt{os.getpid()}-")
    try:
        with interruptible():
            yield options
    finally:
        sweep(options.out_dir, options.tag)  # staged outputs of files that failed


def run_batch(
    sources: list[str], options: Options, jobs: int, console: Console
) -> list[FileResult]:
    """Convert SOURCES; raises KeyboardInterrupt or `Interrupted` after cleaning up."""
    with export_run(options) as options:
        show = BatchProgress(sources, options, console)
        if jobs <= 1 or len(sources) == 1:
            with show.progress:
                return _serial(sources, options, show)
        return _parallel(sources, options, show, min(jobs, len(sources)))


def summary(results: list[FileResult]) -> Table:
    """The table printed after a batch: each file as it was named, its outputs where they
    were written (folded, never cut, however narrow the terminal), pages and time."""
    table = Table(title=_("qtread export"), title_justify="left")
    table.add_column(_("file"), overflow="fold")
    table.add_column(_("status"), no_wrap=True)
    table.add_column(_("outputs"), overflow="fold")
    table.add_column(_("pages"), justify="right", no_wrap=True)
    table.add_column(_("time"), justify="right", no_wrap=True)
    for result in results:
        table.add_row(
            Text(printable(result.source)),
            Text(_("failed"), style="bold red") if result.error else Text(_("ok"), style="green"),
            Text("\n".join(printable(o) for o in result.outputs)),
            str(result.pages) if result.pages is not None else "",
            f"{result.seconds:.1f}s",
        )
    return table


def summary_data(results: list[FileResult]) -> dict[str, Any]:
    """The summary for scripts (`export --json`): every file in argument order, as named
    on the command line, with its outputs' paths and its error, if any. A name's bytes
    that are not UTF-8 are shown as `\\xff`: JSON holds only Unicode."""
    return {
        "files": [
            {
                "source": display_name(result.source),
                "ok": result.error is None,
                "outputs": [display_name(output) for output in result.outputs],
                "pages": result.pages,
                "seconds": round(result.seconds, 3),
                "error": display_name(result.error) if result.error else None,
            }
            for result in results
        ]
    }
