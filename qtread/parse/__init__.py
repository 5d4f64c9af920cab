"""The parser: an issue file in, one `Issue` out.

A pipeline of small passes, each in its own module, run in order by
`qtread.parse.pipeline.run`: decode → normalise → detect shape → covers → furniture →
TOC → unwrap → segment → assemble the Issue.

The entry points are loaded on first use, so that a module of the parser (`decode`,
`source`) can be imported without the whole pipeline: the reader decodes a file for its
first screen while the parse is still to come.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from qtread.parse.pipeline import parse_bytes, parse_path, parse_text

__all__ = ["parse_bytes", "parse_path", "parse_text"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from qtread.parse import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'qtread.parse' has no attribute {name!r}")
