"""The parser: an issue file in, one `Issue` out.

A pipeline of small passes, each in its own module:
decode → normalise → detect shape → strip furniture → unwrap → segment → attach TOC.
"""

from __future__ import annotations

import hashlib
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
from qtread.parse.decode import decode
from qtread.parse.lines import normalise, split_lines
from qtread.parse.shape import detect_shape
from qtread.parse.source import read_bytes


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
    return parse_text(
        decoded.text,
        name=name,
        encoding=decoded.encoding,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        shape=shape,
    )


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
    # Placeholder segmentation (replaced by the real passes): one block a non-blank line.
    article = Article(id="a1", title=name)
    for line in lines:
        if not line.blank:
            article.blocks.append(
                Block(BlockType.PARAGRAPH, line.text, LineSpan(line.number, line.number))
            )
    return Issue(source=source, sections=[Section(None, [article])])
