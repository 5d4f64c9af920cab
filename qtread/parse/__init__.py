"""The parser: an issue file in, one `Issue` out.

A pipeline of small passes, each in its own module:
decode → normalise → detect shape → strip furniture → unwrap → segment → attach TOC.
"""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from qtread.model import DroppedLine, Issue, ParseWarning, SourceInfo, SourceShape
from qtread.parse.decode import decode
from qtread.parse.front import read_covers
from qtread.parse.furniture import drop_region, strip_furniture
from qtread.parse.lines import normalise, split_lines
from qtread.parse.profile import load_profile
from qtread.parse.segment import segment
from qtread.parse.shape import detect_shape
from qtread.parse.source import read_bytes
from qtread.parse.toc import find_toc
from qtread.parse.unwrap import unwrap


def parse_path(
    path: str | Path, *, shape: SourceShape | None = None, encoding: str | None = None
) -> Issue:
    """Parse the issue file at PATH ("-" reads standard input)."""
    data, name = read_bytes(path)
    return parse_bytes(data, name, shape=shape, encoding=encoding)


def parse_bytes(
    data: bytes, name: str, *, shape: SourceShape | None = None, encoding: str | None = None
) -> Issue:
    decoded = decode(data, name, encoding)
    issue = parse_text(
        decoded.text,
        name=name,
        encoding=decoded.encoding,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        shape=shape,
    )
    if decoded.replaced:
        issue.warnings.insert(
            0, ParseWarning(f"{decoded.replaced} bytes were not valid UTF-8 and show as �")
        )
    return issue


def parse_text(
    text: str,
    *,
    name: str = "<text>",
    encoding: str = "utf-8",
    sha256: str | None = None,
    size: int | None = None,
    shape: SourceShape | None = None,
) -> Issue:
    """Parse already decoded text (what the tests and the fuzzers call)."""
    with _collector_paused():
        return _parse_text(
            text, name=name, encoding=encoding, sha256=sha256, size=size, shape=shape
        )


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Keep the cyclic garbage collector out of the parse.

    The passes allocate millions of small acyclic objects that live until the parse
    ends; every full collection would walk all of them again, which made the cost per
    MB grow with the file (×1.2 from 1 to 30 MB). Nothing the parser builds is cyclic,
    so reference counting frees it all the same.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _parse_text(
    text: str,
    *,
    name: str,
    encoding: str,
    sha256: str | None,
    size: int | None,
    shape: SourceShape | None,
) -> Issue:
    lines = split_lines(normalise(text))
    detected = shape or detect_shape(lines)
    source = SourceInfo(
        name=name,
        encoding=encoding,
        shape=detected,
        sha256=sha256 or hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
        size=size if size is not None else len(text.encode("utf-8", "surrogatepass")),
        lines=len(lines),
    )
    profile = load_profile()
    covers = read_covers(lines, profile)
    furniture = strip_furniture(lines, profile)
    body = furniture.lines
    dropped = covers.dropped + furniture.dropped
    dropped += drop_region(body, 0, covers.front_end, "cover")
    dropped += drop_region(body, covers.back_start, len(body), "back cover")
    toc = find_toc(body, covers.front_end, profile)
    dropped += toc.dropped
    dropped += drop_region(body, toc.start, toc.end, "table of contents")
    chunks = unwrap(body, detected)
    segmented = segment(
        chunks,
        entries=toc.entries,
        toc_line=body[toc.start].number if toc.entries else None,
        header_columns=furniture.columns,
        profile=profile,
        shape=detected,
    )
    return Issue(
        source=source,
        metadata=covers.metadata,
        toc=toc.entries,
        sections=segmented.sections,
        dropped=sorted(_unique(dropped + segmented.dropped), key=lambda d: d.line),
        warnings=segmented.warnings,
    )


def _unique(dropped: list[DroppedLine]) -> list[DroppedLine]:
    """One ledger entry a line: the first pass that removed it names the reason."""
    seen: dict[int, DroppedLine] = {}
    for entry in dropped:
        seen.setdefault(entry.line, entry)
    return list(seen.values())
