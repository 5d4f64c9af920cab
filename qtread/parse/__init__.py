"""The parser: an issue file in, one `Issue` out.

A pipeline of small passes, each in its own module, run in order by
`qtread.parse.pipeline.run`: decode → normalise → detect shape → covers → furniture →
TOC → unwrap → segment → assemble the Issue.
"""

from __future__ import annotations

from qtread.parse.pipeline import parse_bytes, parse_path, parse_text

__all__ = ["parse_bytes", "parse_path", "parse_text"]
