"""The parser's passes in order, in one function: the whole parse reads top to bottom.

decode → normalise → drawn columns read apart → detect shape → covers → furniture →
TOC → bylines off their lines → unwrap → segment → assemble the Issue. Each pass lives
in its own module; this one only sequences them and hands each the output of the last.
"""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from qtread.model import Issue, ParseWarning, SourceInfo, SourceShape
from qtread.parse.bold_marks import drop_bold_marks
from qtread.parse.byline_lines import byline_alone, split_marked_bylines
from qtread.parse.chunks import Chunk
from qtread.parse.column_contents import drop_column_contents
from qtread.parse.columns import unweave_columns
from qtread.parse.decode import Decoded, decode
from qtread.parse.front import Covers, read_covers
from qtread.parse.furniture import Furniture, drop_region, strip_furniture
from qtread.parse.gaps import restore_gaps
from qtread.parse.ledger import Ledger
from qtread.parse.lines import Line, normalise, page_starts, split_lines
from qtread.parse.profile import Profile, load_profile
from qtread.parse.segment import Segmented, segment
from qtread.parse.shape import detect_shape
from qtread.parse.side_by_side import read_side_by_side
from qtread.parse.source import read_bytes
from qtread.parse.toc import confirm_toc, find_toc
from qtread.parse.toc_read import Toc
from qtread.parse.unwrap import unwrap


def parse_path(
    path: str | Path,
    *,
    shape: SourceShape | None = None,
    encoding: str | None = None,
    profile: Profile | None = None,
) -> Issue:
    """Parse the issue file at PATH ("-" reads standard input). The commands go through
    `qtread.parse.cache.parse_file`, which parses only what no earlier command kept."""
    data, name = read_bytes(path)
    return parse_bytes(data, name, shape=shape, encoding=encoding, profile=profile)


def parse_bytes(
    data: bytes,
    name: str,
    *,
    shape: SourceShape | None = None,
    encoding: str | None = None,
    profile: Profile | None = None,
) -> Issue:
    """Parse a file's bytes; the encoding is found unless ENCODING names it."""
    return run(data, name=name, encoding=encoding, shape=shape, profile=profile)


def parse_text(
    text: str,
    *,
    name: str = "<text>",
    encoding: str = "utf-8",
    sha256: str | None = None,
    size: int | None = None,
    shape: SourceShape | None = None,
    profile: Profile | None = None,
) -> Issue:
    """Parse already decoded text (what the tests and the fuzzers call)."""
    return run(
        text, name=name, encoding=encoding, shape=shape, sha256=sha256, size=size, profile=profile
    )


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Keep the cyclic garbage collector out of the parse.

    The passes allocate millions of small acyclic objects that live until the parse
    ends; every full collection would walk all of them again, which made the cost per
    MB grow with the file (×1.2 from 1 to 30 MB). Nothing the parser builds is cyclic,
    so reference counting frees it all the same.

    It wraps `run` as a decorator, not a `with` inside it, so the collector comes back
    only once run's frame, and with it every line and chunk the passes made, is freed:
    back any sooner, its first collection walks all of those once more (some 10,000
    objects, 0.6 ms on sample 002) instead of the issue alone.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@_collector_paused()
def run(
    raw: bytes | str,
    *,
    name: str,
    encoding: str | None = None,
    shape: SourceShape | None = None,
    sha256: str | None = None,
    size: int | None = None,
    profile: Profile | None = None,
) -> Issue:
    """Every pass of the parser, in order, one line each: the one place to see the parse.

    RAW is a file's bytes (decoded here) or text already decoded; SHA256 and SIZE
    override what the source info would otherwise compute from RAW; PROFILE is the
    magazine's (qtread's default magazine unless given)."""
    decoded = _decoded(raw, name, encoding)
    text = normalise(decoded.text)
    lines = split_lines(text)
    pages = page_starts(decoded.text)
    drawn = read_side_by_side(text, pages)
    detected = shape or detect_shape(drawn or lines)
    if detected is not SourceShape.MARKDOWN:
        lines = restore_gaps(drop_bold_marks(drawn or unweave_columns(lines)))
    profile = profile or load_profile()
    covers = read_covers(lines, profile, pages)
    furniture = strip_furniture(lines, profile, covers.front_end)
    body = furniture.lines
    ledger = Ledger()
    ledger.extend(covers.dropped, furniture.dropped)
    drop_region(body, 0, covers.front_end, "cover", ledger)
    drop_region(body, covers.back_start, len(body), "back cover", ledger)
    toc = confirm_toc(find_toc(body, covers.front_end, profile), body)
    ledger.extend(toc.dropped)
    drop_region(body, toc.start, toc.end, "table of contents", ledger)
    drop_column_contents(body, max(toc.end, covers.front_end), ledger)
    chunks = unwrap(split_marked_bylines(body, profile), detected, byline_alone(profile))
    segmented = _segment(chunks, toc, body, furniture, profile, detected)
    ledger.extend(segmented.dropped)
    source = _source_info(raw, decoded, name, detected, len(lines), sha256, size)
    return _issue(source, decoded, covers, toc, segmented, ledger)


def _segment(
    chunks: list[Chunk],
    toc: Toc,
    body: list[Line],
    furniture: Furniture,
    profile: Profile,
    shape: SourceShape,
) -> Segmented:
    """Cut the chunks into articles, anchored on what the TOC and running headers name."""
    return segment(
        chunks,
        entries=toc.entries,
        toc_line=body[toc.start].number if toc.entries else None,
        heads=furniture.heads,
        profile=profile,
        shape=shape,
    )


def _issue(
    source: SourceInfo,
    decoded: Decoded,
    covers: Covers,
    toc: Toc,
    segmented: Segmented,
    ledger: Ledger,
) -> Issue:
    """The passes' results, put together as the model; the ledger one entry a line."""
    return Issue(
        source=source,
        metadata=covers.metadata,
        toc=toc.entries,
        sections=segmented.sections,
        dropped=ledger.entries(),
        warnings=_replaced_warning(decoded) + segmented.warnings,
    )


def _decoded(raw: bytes | str, name: str, encoding: str | None) -> Decoded:
    """Bytes are decoded (or refused); text passes through under the encoding it came in."""
    if isinstance(raw, bytes):
        return decode(raw, name, encoding)
    return Decoded(raw, encoding or "utf-8")


def _source_info(
    raw: bytes | str,
    decoded: Decoded,
    name: str,
    shape: SourceShape,
    lines: int,
    sha256: str | None,
    size: int | None,
) -> SourceInfo:
    """Where the issue came from: the digest and size are of the file's own bytes."""
    data = raw if isinstance(raw, bytes) else raw.encode("utf-8", "surrogatepass")
    return SourceInfo(
        name=name,
        encoding=decoded.encoding,
        shape=shape,
        sha256=sha256 or hashlib.sha256(data).hexdigest(),
        size=size if size is not None else len(data),
        lines=lines,
    )


def _replaced_warning(decoded: Decoded) -> list[ParseWarning]:
    """The first warning, when bytes could not be decoded: the reader sees them as �."""
    if not decoded.replaced:
        return []
    return [ParseWarning(f"{decoded.replaced} bytes were not valid UTF-8 and show as �")]
