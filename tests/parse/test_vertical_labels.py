"""A label set vertically, one letter a line, joined into one line (unwrap/vertical.py)."""

from __future__ import annotations

from qtread.model import LineSpan
from qtread.parse.chunks import Chunk, ChunkKind
from qtread.parse.unwrap.vertical import VERTICAL_MIN, join_vertical_labels


def _chunk(text: str, line: int) -> Chunk:
    return Chunk(ChunkKind.TEXT, text, LineSpan(line, line), [text])


def test_letters_one_a_line_become_the_label_they_spell() -> None:
    chunks = [_chunk(letter, n) for n, letter in enumerate("特别策划", start=1)]
    chunks.append(_chunk("红盟纵横 联创钱塘未来", 5))
    joined = join_vertical_labels(chunks)
    assert [c.text for c in joined] == ["特别策划", "红盟纵横 联创钱塘未来"]
    assert (joined[0].span.first, joined[0].span.last) == (1, 4)


def test_fewer_letters_than_a_label_stay_apart() -> None:
    """Two lone letters are a masthead's vertical label or a drop cap's neighbours: other
    passes read them."""
    letters = "主编"[: VERTICAL_MIN - 1]
    chunks = [_chunk(letter, n) for n, letter in enumerate(letters, start=1)]
    assert [c.text for c in join_vertical_labels(chunks)] == list(letters)


def test_only_han_letters_make_a_label() -> None:
    chunks = [_chunk(text, n) for n, text in enumerate(["1", "2", "3", "4"], start=1)]
    assert [c.text for c in join_vertical_labels(chunks)] == ["1", "2", "3", "4"]
