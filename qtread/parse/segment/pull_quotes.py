"""Pull quotes: a short display quote that repeats a nearby sentence of its own article
goes to the ledger."""

from __future__ import annotations

import re

from qtread.model import Article, Block, BlockType, DroppedLine
from qtread.parse.classify import norm
from qtread.parse.segment.common import Segmented

_PULL_QUOTE = 90  # characters a pull quote may have
_PULL_REACH = 12  # blocks either side where its source sentence may be
_PULL_QUOTE_MIN = 8  # characters of a pull quote, at least: a shorter phrase recurs by chance
_HAN_RUN = re.compile("[\u4e00-\u9fff]{4}")
_DISPLAY = (BlockType.PARAGRAPH, BlockType.CAPTION, BlockType.SUBHEADING)


def drop_pull_quotes(articles: list[tuple[Article, str | None]], out: Segmented) -> None:
    """A short display quote that repeats a nearby sentence of its own article goes to the
    ledger. Only nearby paragraphs are compared: a pull quote sits next to its source."""
    for article, _ in articles:
        article.blocks = _without_pull_quotes(article.blocks, out)


def _without_pull_quotes(blocks: list[Block], out: Segmented) -> list[Block]:
    keys: dict[int, str] = {}  # norm() of a paragraph, only for those near a short block

    def key(position: int) -> str:
        if position not in keys:
            block = blocks[position]
            keys[position] = norm(block.text) if block.type is BlockType.PARAGRAPH else ""
        return keys[position]

    kept: list[Block] = []
    for position, block in enumerate(blocks):
        if block.type in _DISPLAY and len(block.text) <= _PULL_QUOTE:
            nearby = [
                near
                for near in range(
                    max(0, position - _PULL_REACH), min(len(blocks), position + _PULL_REACH + 1)
                )
                if near != position
            ]
            # four Chinese characters in a row survive norm(): a cheap test on the raw
            # texts before normalising any of them
            found = _HAN_RUN.search(block.text)
            probe = found.group() if found else ""
            candidates = [near for near in nearby if probe in blocks[near].text]
            own = norm(block.text) if candidates else ""
            if len(own) >= _PULL_QUOTE_MIN and any(
                own in (other := key(near)) and other != own for near in candidates
            ):
                out.dropped.append(
                    DroppedLine(block.span.first, block.text, "pull quote repeating the text")
                )
                continue
        kept.append(block)
    return kept
