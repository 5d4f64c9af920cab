"""Pass: cut the chunk stream into articles and columns.

An article starts at an *anchor*: a title the printed TOC names, a title with a byline
next to it, the title after a `·说X·` kicker, each title of a `等 N 则` group of briefs,
or (in issues without a TOC) a title frame followed by its text. Everything between two
anchors belongs to the first: later titles become subheadings, short lines captions.
"""

from __future__ import annotations

from qtread.model import SourceShape, TocEntry
from qtread.parse.chunks import Chunk
from qtread.parse.column_heads import ColumnHeads
from qtread.parse.profile import Profile
from qtread.parse.segment.articles import build
from qtread.parse.segment.briefs import (
    brief_grid_rows,
    lone_briefs,
    titles_off_brief_texts,
    unlisted_briefs,
)
from qtread.parse.segment.common import Anchor, Segmented
from qtread.parse.segment.decks import decks_over_headlines
from qtread.parse.segment.layout import (
    byline_anchors,
    chronology_titles,
    kicker_anchors,
    leads_before_titles,
    subheads_over_low_titles,
    take_title_tails,
    title_after_body,
    titles_after_closing_bylines,
    titles_beside_drop_caps,
    titles_over_leads,
    titles_under_their_text,
    untitled_front,
)
from qtread.parse.segment.layout import titles_under_their_text as _titles_under_their_text
from qtread.parse.segment.roles import Roles, classify, closing_layout, split_byline_frames
from qtread.parse.segment.roles import Roles as _Roles
from qtread.parse.segment.runs import bold_briefs, decked_page_openers, title_runs
from qtread.parse.segment.toc import front_anchor, past_the_toc, toc_anchors, toc_titles_apart

__all__ = [
    "Anchor",
    "Roles",
    "Segmented",
    "_Roles",
    "_titles_under_their_text",
    "segment",
    "titles_under_their_text",
]


def segment(
    chunks: list[Chunk],
    *,
    entries: list[TocEntry],
    toc_line: int | None,
    heads: ColumnHeads,
    profile: Profile,
    shape: SourceShape,
) -> Segmented:
    """Cut CHUNKS into articles and columns: the titles the TOC names set apart and roles
    first, then anchors from the TOC, the bylines, the kickers and the layout, then the
    articles built between anchors."""
    chunks = titles_off_brief_texts(chunks, profile)
    if entries:
        chunks = toc_titles_apart(chunks, entries)
    chunks, glued = split_byline_frames(chunks, profile)
    roles = classify(chunks, profile, glued, (name for e in entries for name in e.names))
    closing_layout(chunks, roles)
    out = Segmented([])
    anchors: dict[int, Anchor] = {}
    if entries:
        front_anchor(chunks, roles, toc_line, anchors)
        toc_anchors(chunks, roles, entries, anchors, out, shape)
        unlisted_briefs(chunks, roles, anchors, profile)
        decked_page_openers(chunks, roles, anchors)
    chronology_titles(chunks, roles, anchors, profile.chronology_words)
    byline_anchors(chunks, roles, anchors)
    kicker_anchors(chunks, roles, anchors)
    brief_grid_rows(chunks, roles, anchors)
    bold_briefs(chunks, roles, anchors)
    if not entries:
        title_runs(chunks, roles, anchors, shape)
        title_after_body(chunks, roles, anchors)
    elif (uncovered := past_the_toc(anchors, len(chunks))) is not None:
        title_runs(chunks, roles, anchors, shape, start=uncovered)
    titles_beside_drop_caps(chunks, roles, anchors)
    titles_under_their_text(chunks, roles, anchors)
    leads_before_titles(chunks, roles, anchors)
    titles_after_closing_bylines(chunks, roles, anchors, profile.byline_marks)
    subheads_over_low_titles(chunks, roles, anchors)
    titles_over_leads(chunks, roles, anchors, profile.byline_marks)
    take_title_tails(chunks, roles, anchors)
    decks_over_headlines(chunks, anchors)
    lone_briefs(chunks, anchors)
    untitled_front(chunks, roles, anchors)
    out.sections = build(chunks, roles, anchors, heads, profile, out)
    return out
