"""`qtread library add`: parse what is new or changed, in parallel, and store it.

A file is parsed only when the library holds nothing for its path, holds other bytes
(the file changed), or was indexed by another parser or profile (`parser_fingerprint`).
A file whose bytes the library holds under a path that is gone was moved: its entry
follows it without a parse. Workers only parse; the parent writes, one issue a
transaction, so an interrupted add leaves every stored issue whole.
"""

from __future__ import annotations

import hashlib
import signal
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from qtread.errors import InputError
from qtread.library.files import issue_files, no_issue_files
from qtread.library.records import SUBTITLE_BLOCK, TITLE_BLOCK, ArticleRecord, IssueRecord
from qtread.library.store import Library
from qtread.model import Issue
from qtread.parse.fingerprint import parser_fingerprint
from qtread.parse.source import read_bytes
from qtread.render.outline import section_labels
from qtread.text.credits import CREDITS_FOR_SCRIPTS, credits_text
from qtread.text.fold import search_key

#: Below this many files to parse, a process pool costs more than it saves (forking and
#: sending results back take about as long as parsing one issue, ~50 ms).
POOL_FROM_FILES = 3


@dataclass(slots=True)
class AddReport:
    """What an add did, file by file."""

    added: list[Path] = field(default_factory=list)
    updated: list[Path] = field(default_factory=list)  # changed bytes or a new parser
    unchanged: list[Path] = field(default_factory=list)
    moved: list[tuple[Path, Path]] = field(default_factory=list)  # (from, to)
    failed: list[InputError] = field(default_factory=list)


def issue_record(issue: Issue, magazine: str) -> IssueRecord:
    """The record of ISSUE; MAGAZINE names it where the issue prints no masthead."""
    articles = []
    for section, label in zip(issue.sections, section_labels(issue.sections), strict=True):
        for article in section.articles:
            parts = [(TITLE_BLOCK, article.title)]
            if article.subtitle:
                parts.append((SUBTITLE_BLOCK, article.subtitle))
            parts += [(number, block.text) for number, block in enumerate(article.blocks)]
            # the keys are made here, in the worker that parsed the issue, not in the
            # parent, which writes every issue in turn
            passages = tuple((block, text, search_key(text)) for block, text in parts)
            articles.append(
                ArticleRecord(
                    key=article.id,
                    section=label,
                    title=article.title,
                    subtitle=article.subtitle,
                    kind=str(article.kind),
                    page=article.page,
                    bylines=credits_text(article.credits, CREDITS_FOR_SCRIPTS),
                    passages=passages,
                )
            )
    metadata = issue.metadata
    return IssueRecord(
        sha256=issue.source.sha256,
        size=issue.source.size,
        magazine=metadata.title or magazine,
        year=metadata.year,
        month=metadata.month,
        number=metadata.issue_number,
        title=issue.display_title,
        articles=tuple(articles),
    )


def _parse(path: Path, profile: Path | None) -> IssueRecord:
    """Parse one issue file into its record (in a worker, or here): its text as the
    reader and the exports show it, OCR's punctuation made full width."""
    from qtread.parse import parse_path
    from qtread.parse.profile import profile_at
    from qtread.text.punctuation import as_wanted

    magazine = profile_at(profile)
    issue = as_wanted(parse_path(path, profile=magazine), None)
    return issue_record(issue, magazine.title)


def _quiet_worker() -> None:
    """Workers leave Ctrl-C to the parent, which stops them and says it once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _parsed(
    paths: list[Path], profile: Path | None, jobs: int
) -> Iterator[tuple[Path, IssueRecord | InputError]]:
    """Each path with its record, or the error that stopped it, as each is done."""
    if jobs <= 1 or len(paths) < POOL_FROM_FILES:
        for path in paths:
            try:
                yield path, _parse(path, profile)
            except InputError as error:
                yield path, error
        return
    import qtread.parse  # noqa: F401  (imported once here: forked workers inherit it)

    with ProcessPoolExecutor(min(jobs, len(paths)), initializer=_quiet_worker) as pool:
        futures = {path: pool.submit(_parse, path, profile) for path in paths}
        try:
            for path, future in futures.items():
                try:
                    yield path, future.result()
                except InputError as error:
                    yield path, error
        except BaseException:
            pool.shutdown(cancel_futures=True)
            raise


def add(
    library: Library,
    paths: list[str],
    *,
    jobs: int = 2,
    profile: Path | None = None,
    on_file: Callable[[Path], None] | None = None,
    on_todo: Callable[[int], None] | None = None,
) -> AddReport:
    """Index the issue files at PATHS (folders are searched) into LIBRARY.

    ON_TODO hears how many files need parsing, ON_FILE each file when it is done (for a
    progress bar).
    """
    report = AddReport()
    parser = parser_fingerprint(profile)
    todo: list[Path] = []
    indexed: set[Path] = set()  # of those to parse, the ones the library holds already
    for path in issue_files(paths):
        if (empty := no_issue_files(path)) is not None:
            report.failed.append(empty)
            continue
        try:
            data, _name = read_bytes(path)
        except InputError as error:
            report.failed.append(error)
            continue
        absolute = path.absolute()
        sha256 = hashlib.sha256(data).hexdigest()
        stored = library.find(absolute)
        if stored is not None and stored.sha256 == sha256:
            if library.parser_of(stored) == parser:
                report.unchanged.append(absolute)
                continue
        elif stored is None:
            gone = [issue for issue in library.with_sha256(sha256) if not issue.path.exists()]
            if gone and library.parser_of(gone[0]) == parser:
                library.move(gone[0], absolute)
                report.moved.append((gone[0].path, absolute))
                continue
        if stored is not None:
            indexed.add(absolute)
        todo.append(absolute)
    if on_todo is not None:
        on_todo(len(todo))
    for path, result in _parsed(todo, profile, jobs):
        if isinstance(result, InputError):
            report.failed.append(result)
        else:
            (report.updated if path in indexed else report.added).append(path)
            library.store(path, result, parser)
        if on_file is not None:
            on_file(path)
    return report


def remove(library: Library, paths: list[str]) -> list[Path]:
    """Forget the issues stored for PATHS (a folder: every issue under it, even those
    whose files are gone); the paths of those forgotten."""
    chosen = []
    issues = library.issues()
    for name in paths:
        target = Path(name).absolute()
        chosen += [i for i in issues if i.path == target or i.path.is_relative_to(target)]
    unique = list({issue.id: issue for issue in chosen}.values())
    library.remove(unique)
    return [issue.path for issue in unique]


@dataclass(slots=True)
class CheckReport:
    """How the library's entries compare with the files on disk."""

    ok: int = 0
    missing: list[Path] = field(default_factory=list)  # moved away or deleted
    changed: list[Path] = field(default_factory=list)  # other bytes than were indexed


def check(library: Library) -> CheckReport:
    """Which stored issues' files are gone or changed (`library add` brings them up to
    date, `library remove` forgets them)."""
    report = CheckReport()
    for issue in library.issues():
        path = issue.path
        try:
            data = path.read_bytes()
        except OSError:
            report.missing.append(path)
            continue
        if hashlib.sha256(data).hexdigest() != issue.sha256:
            report.changed.append(path)
        else:
            report.ok += 1
    return report
