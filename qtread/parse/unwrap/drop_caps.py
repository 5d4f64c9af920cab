"""Drop caps: a paragraph's first character set large over two or three lines.

An extractor gives the big letter a line of its own (`在`, then `钱塘新区这块…`), before
its paragraph or, with the paragraph's first line beside it, after that line. Left alone
it reads as a one-letter title or caption and its paragraph loses its first word.
"""

from __future__ import annotations

from qtread.parse.chunks import Chunk, ChunkKind
from qtread.parse.classify import has_clause_mark
from qtread.text.cjk import is_han

DROP_CAP_CHARS = 1  # characters a drop cap holds: one letter set large
PARAGRAPH_MIN_CHARS = 12  # characters of the text it opens, at least: a paragraph, not a label


def join_drop_caps(chunks: list[Chunk]) -> list[Chunk]:
    """Each drop cap put back at the start of the paragraph it opens.

    A one-letter chunk is a drop cap when the chunk after it is running text starting
    with a letter, and the chunk before it is not another lone letter (a title set
    vertically, one letter a line, is not). After a line that may be a title, the letter
    may instead be that title's wrapped last letter (`…技术服务平` / `台`): the issue's own
    text decides, by which pair it prints more often, the title's last letter and this
    one (平台) or this one and the paragraph's first (在钱)."""
    result: list[Chunk] = []
    corpus: str | None = None  # the text, joined only when a pair must be counted
    index = 0
    while index < len(chunks):
        chunk = chunks[index]
        following = chunks[index + 1] if index + 1 < len(chunks) else None
        before = result[-1] if result else None
        if following is not None and _is_drop_cap(chunk, following, before):
            if before is not None and before.short and before.text:
                corpus = corpus if corpus is not None else "".join(c.text for c in chunks)
                letter = chunk.text.strip()
                if corpus.count(before.text[-1] + letter) >= corpus.count(
                    letter + following.text[0]
                ):
                    result.append(chunk)  # the title's last letter
                    index += 1
                    continue
            following.text = chunk.text + following.text
            if following.lines:
                following.lines[0] = chunk.text + following.lines[0]
            following.span = chunk.span.union(following.span)
            following.page_break = following.page_break or chunk.page_break
            following.gap = chunk.gap
            following.drop_cap = True
            index += 1
            continue
        result.append(chunk)
        index += 1
    return result


def _lone_letter(chunk: Chunk) -> bool:
    text = chunk.text.strip()
    return chunk.kind is ChunkKind.TEXT and len(text) == DROP_CAP_CHARS and is_han(text)


def _is_drop_cap(chunk: Chunk, following: Chunk, before: Chunk | None) -> bool:
    return (
        _lone_letter(chunk)
        and not (before is not None and _lone_letter(before))
        and following.kind is ChunkKind.TEXT
        and len(following.text) >= PARAGRAPH_MIN_CHARS
        and (not following.short or has_clause_mark(following.text) or "。" in following.text)
        and is_han(following.text[:1])
    )
