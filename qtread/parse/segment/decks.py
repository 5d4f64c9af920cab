"""Decks printed above their headline.

A design may set an article's deck (`7家钱塘新区企业上榜`) over its headline, which it
sets large in a narrow box (`市重点拟上市` / `企业名单出炉`). Read line by line, the two
are two titles in a row, the first with no text of its own; the headline's print tells
them apart (`headline.deck_over_headline`). Where the two were read as one title run,
the headline stage tells them apart by the same test.
"""

from __future__ import annotations

from qtread.parse.chunks import Chunk
from qtread.parse.headline import deck_over_headline
from qtread.parse.segment.common import TOC_EVIDENCE, Anchor
from qtread.parse.word_cuts import IssueWords

#: Evidence of a title that is no deck, whatever its print: the TOC placed it, or it was
#: printed under its own text.
_KEEPS_ITS_ARTICLE = (*TOC_EVIDENCE, "trailing")


def decks_over_headlines(chunks: list[Chunk], anchors: dict[int, Anchor]) -> None:
    """An anchor straight over another, with no text of its own between, whose one or two
    lines are wider than every line of the headline under it, is that headline's deck:
    the article starts at the deck and is titled by the headline. Titles the TOC placed
    keep their own articles, and so does a title printed under its text (`trailing`)."""
    words = IssueWords(chunks)
    for start in sorted(anchors):
        deck = anchors.get(start)
        if deck is None or deck.subtitle is not None or deck.evidence in _KEEPS_ITS_ARTICLE:
            continue
        below = max([deck.start, *deck.title_chunks]) + 1
        headline = anchors.get(below)
        if (
            headline is None
            or headline.subtitle is not None
            or headline.evidence in TOC_EVIDENCE
            or not deck_over_headline(
                _lines(chunks, deck), _lines(chunks, headline), words.cut_inside_word
            )
        ):
            continue
        del anchors[below]
        headline.start = deck.start
        headline.title_chunks = [*deck.title_chunks, *headline.title_chunks]
        headline.subtitle = deck.title
        anchors[deck.start] = headline


def _lines(chunks: list[Chunk], anchor: Anchor) -> list[str]:
    used = anchor.title_chunks or [anchor.start]
    return [line for index in used for line in (chunks[index].lines or [chunks[index].text])]
