"""A first look at an issue while the parser reads it.

The reader's first screen never waits for the parse: it opens at once on the file's
text as decoded (a line a paragraph: no columns, no titles) and the parse runs in the
background, in a thread for a file of ordinary size (done some 0.1 s later) and in a
process of its own for a big one (about 0.3 s a MB, so a 30 MB issue takes ten seconds,
and a thread would hold the screen back all that time). When it is done the reader shows
the issue at the same line of the source.
"""

from __future__ import annotations

import asyncio
import hashlib
import pickle
import sys
from dataclasses import dataclass
from pathlib import Path

from qtread.model import (
    Article,
    Block,
    BlockType,
    Issue,
    LineSpan,
    Section,
    SourceInfo,
    SourceShape,
)

#: Files from this size are parsed in a process of their own: they parse for half a
#: second or more, too long to share the screen's interpreter (a smaller one is parsed in
#: a thread, without the process's start-up and the copying of the issue back).
PROCESS_BYTES = 2 * 1024 * 1024
#: The preview's one article: no parsed article ever has this id.
PREVIEW_ARTICLE = "preview"
#: Source lines the preview of a big file shows (some forty printed pages): more than
#: anyone reads while its parse runs, and few enough to make in a tenth of a second.
PREVIEW_LINES = 20_000
#: Source lines the preview of a file of ordinary size shows: a few screens, for the
#: tenth of a second its parse takes (the fewer, the sooner the first screen).
BRIEF_PREVIEW_LINES = 300


@dataclass(frozen=True, slots=True)
class PendingParse:
    """What the parse in the background is asked to read: picklable, for the process."""

    data: bytes
    name: str
    shape: SourceShape | None = None
    encoding: str | None = None
    profile: Path | None = None
    normalize_punct: bool | None = None  # as `export` has it: None, for OCR text only


def preview_issue(pending: PendingParse, lines: int | None = None) -> Issue:
    """The file's text as an issue of one article, a source line a paragraph (so that a
    place in it is a line number the parsed issue can be found at), the first LINES of
    them (by default as many as its parse gives time to read). Raises InputError as the
    parse would, for a file that is no text."""
    from qtread.i18n import _
    from qtread.parse.decode import decode

    decoded = decode(pending.data, pending.name, pending.encoding)
    if lines is None:
        lines = PREVIEW_LINES if len(pending.data) >= PROCESS_BYTES else BRIEF_PREVIEW_LINES
    text = decoded.text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    blocks = [
        Block(BlockType.PARAGRAPH, line, LineSpan(number, number))
        for number, line in enumerate(text[:lines], start=1)
        if line.strip()
    ]
    if len(text) > lines:
        rest = _("… {count} more lines: they are shown when the parse is done.")
        span = LineSpan(lines + 1, lines + 1)
        blocks.append(Block(BlockType.CAPTION, rest.format(count=len(text) - lines), span))
    article = Article(id=PREVIEW_ARTICLE, title=Path(pending.name).name, blocks=blocks)
    source = SourceInfo(
        name=pending.name,
        encoding=decoded.encoding,
        shape=pending.shape or SourceShape.FLOWED,
        sha256=hashlib.sha256(pending.data).hexdigest(),
        size=len(pending.data),
        lines=len(text),
    )
    return Issue(source=source, sections=[Section(None, [article])])


async def parse_in_background(pending: PendingParse) -> Issue:
    """PENDING parsed away from the screen's event loop: in a thread if it is small, else
    in a process (`parse_in_process`)."""
    if len(pending.data) < PROCESS_BYTES:
        return await asyncio.to_thread(parse_pending, pending)
    return await parse_in_process(pending)


async def parse_in_process(pending: PendingParse) -> Issue:
    """PENDING parsed in a process of its own (`python -m qtread.tui.preview`), so that
    the reader's screen stays quick meanwhile: the file's bytes go in on its standard
    input, the issue (or the error that stopped it) comes back on its standard output.
    Cancelled (the reader quit), the process is killed. Raises QtreadError on an error
    of the parse's, RuntimeError if the process died."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "qtread.tui.preview",
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL,
        start_new_session=True,  # the terminal's signals are the reader's
    )
    try:
        output, _ = await process.communicate(pickle.dumps(pending))
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    if process.returncode != 0 or not output:
        raise RuntimeError(f"the parse ended with exit code {process.returncode}")
    kind, value = pickle.loads(output)
    if kind == "error":
        from qtread.errors import QtreadError

        raise QtreadError(value)
    return value  # type: ignore[no-any-return]


def _serve() -> None:
    """The background process: a PendingParse in, ("issue", Issue) or ("error", reason)
    out."""
    from qtread.errors import QtreadError

    pending = pickle.load(sys.stdin.buffer)
    try:
        answer: tuple[str, object] = ("issue", parse_pending(pending))
    except QtreadError as error:
        answer = ("error", str(error))
    sys.stdout.buffer.write(pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL))


def parse_pending(pending: PendingParse) -> Issue:
    """The parse itself (or the one an earlier command kept: `qtread.parse.cache`), with
    OCR's punctuation made full width as the exports and `toc` have it
    (`qtread.text.punctuation.as_wanted`)."""
    from qtread.parse.cache import parse_data
    from qtread.text.punctuation import as_wanted

    issue = parse_data(
        pending.data,
        pending.name,
        shape=pending.shape,
        encoding=pending.encoding,
        profile=pending.profile,
    )
    return as_wanted(issue, pending.normalize_punct)


def is_preview(issue: Issue) -> bool:
    """Is ISSUE a preview (the parse still to come)?"""
    articles = issue.articles
    return len(articles) == 1 and articles[0].id == PREVIEW_ARTICLE


def source_line(issue: Issue, article: int, block: int) -> int:
    """The first source line of a block (or of its article, for a title or byline)."""
    part = issue.articles[article]
    span = part.blocks[block].span if 0 <= block < len(part.blocks) else part.span
    return span.first if span is not None else 1


if __name__ == "__main__":
    _serve()
