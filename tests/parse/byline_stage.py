"""The byline stages alone (segment/roles.py) on invented lines, one chunk a line: what
the byline tests share."""

from __future__ import annotations

from qtread.model import Byline, LineSpan
from qtread.parse.chunks import Chunk, ChunkKind
from qtread.parse.profile import load_profile
from qtread.parse.segment.roles import classify, split_byline_frames

PROFILE = load_profile()


def line_chunks(*texts: str) -> list[Chunk]:
    """TEXTS as text chunks of one printed line each, a blank line apart."""
    return [
        Chunk(ChunkKind.TEXT, text, LineSpan(number, number), [text], gap=1)
        for number, text in enumerate(texts, start=1)
    ]


def bylines_of(
    *texts: str, credited: tuple[str, ...] = ()
) -> tuple[list[str], dict[int, list[Byline]]]:
    """The chunks' texts once bylines are split off and joined, and the bylines found;
    CREDITED names the people a contents page credits."""
    chunks, glued = split_byline_frames(line_chunks(*texts), PROFILE)
    return [chunk.text for chunk in chunks], classify(chunks, PROFILE, glued, credited).bylines
