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
TITLE_CHUNKS_BESIDE = 3  # chunks of a title block printed between a drop cap and its text
PARAGRAPH_MIN_CHARS = 12  # characters of the text it opens, at least: a paragraph, not a label


def join_drop_caps(chunks: list[Chunk]) -> list[Chunk]:
    """Each drop cap put back at the start of the paragraph it opens.

    A one-letter chunk is a drop cap when running text starting with a letter follows
    it, straight after or past a title block the extractor printed in between (a title
    set beside the paragraph's first lines), and the chunk before it is not another
    lone letter (a title set vertically, one letter a line, is not). After a line that
    may be a title, the letter may instead be that title's wrapped last letter
    (`…技术服务平` / `台`): the issue's own text decides, by which pair it prints more
    often, the title's last letter and this one (平台) or this one and the paragraph's
    first (在钱)."""
    result: list[Chunk] = []
    corpus: str | None = None  # the text, joined only when a pair must be counted
    index = 0
    while index < len(chunks):
        chunk = chunks[index]
        before = result[-1] if result else None
        beside = _titles_before_paragraph(chunks, index, before)
        # a short line right before: the letter may be its wrapped last one
        line = before if before is not None and before.short and before.text else None
        if beside is not None and (beside or line is not None):
            corpus = corpus if corpus is not None else "".join(c.text for c in chunks)
            letter, paragraph = chunk.text.strip(), chunks[index + 1 + beside]
            # each count less the pair the joined text makes here, where it does
            opening = corpus.count(letter + paragraph.text[0]) - (not beside)
            if line is not None:
                tail = corpus.count(line.text[-1] + letter) - 1
                if tail >= opening:
                    beside = None  # the title's last letter
            if beside and not opening:
                beside = None  # past a title block, the pair must be printed elsewhere too
        if beside is None:
            result.append(chunk)
            index += 1
            continue
        moved = chunks[index + 1 : index + 1 + beside]
        result.extend(moved)
        _put_back(chunk, chunks[index + 1 + beside], (moved or [chunks[index + 1]])[0])
        index += 1 + beside  # the paragraph is taken next, as it stands now
    return result


def _titles_before_paragraph(chunks: list[Chunk], index: int, before: Chunk | None) -> int | None:
    """If the chunk at INDEX is a drop cap, how many title chunks stand between it and
    its paragraph (a kicker, a title's lines; at most `TITLE_CHUNKS_BESIDE`); else None."""
    if not _lone_letter(chunks[index]) or (before is not None and _lone_letter(before)):
        return None
    for count in range(TITLE_CHUNKS_BESIDE + 1):
        if index + count + 1 >= len(chunks):
            return None
        following = chunks[index + count + 1]
        if _opens_paragraph(following):
            return count
        if not following.short or has_clause_mark(following.text) or _lone_letter(following):
            return None
    return None


def _put_back(letter: Chunk, paragraph: Chunk, first: Chunk) -> None:
    """LETTER set back at the start of PARAGRAPH; FIRST, the chunk now printed where the
    letter stood, takes its page start and gap."""
    paragraph.text = letter.text + paragraph.text
    if paragraph.lines:
        paragraph.lines[0] = letter.text + paragraph.lines[0]
    paragraph.span = letter.span.union(paragraph.span)
    paragraph.drop_cap = True
    paragraph.kind = ChunkKind.TEXT  # a frame of short lines beside the letter is its text
    first.page_break = first.page_break or letter.page_break
    first.gap = letter.gap


def _lone_letter(chunk: Chunk) -> bool:
    text = chunk.text.strip()
    return chunk.kind is ChunkKind.TEXT and len(text) == DROP_CAP_CHARS and is_han(text)


def _opens_paragraph(chunk: Chunk) -> bool:
    """CHUNK is running text that starts with a letter: the paragraph a drop cap opens
    (a frame of short lines too, as the lines beside the big letter are short)."""
    return (
        chunk.kind in (ChunkKind.TEXT, ChunkKind.FRAME)
        and len(chunk.text) >= PARAGRAPH_MIN_CHARS
        and (not chunk.short or has_clause_mark(chunk.text) or "。" in chunk.text)
        and is_han(chunk.text[:1])
    )
