"""Looking for a byline costs little and stays linear: text without a role word is not
tokenised, a line is read from its start only, and a paragraph's end only as far back as
a byline can reach. Every name and text here is invented."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qtread.model import Byline, LineSpan
from qtread.parse import classify
from qtread.parse.chunks import Chunk, ChunkKind
from qtread.parse.classify import leading_byline, may_hold_byline, trailing_byline
from qtread.parse.profile import load_profile
from qtread.parse.segment import roles

PROFILE = load_profile()


@pytest.fixture
def tokens_read(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every token classify reads, in order."""
    read: list[str] = []
    original = classify._tokens

    def counted(text: str, profile: object) -> Iterator[classify._Token]:
        for token in original(text, PROFILE):
            read.append(token.text)
            yield token

    monkeypatch.setattr(classify, "_tokens", counted)
    return read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("记者 林望舒", True),
        ("文｜岑晓岚", True),
        ("湖畔的风。记者", True),  # a role at the end: its names may be on the next line
        ("记者参加了湖畔论坛", False),
        ("湖畔文化节开幕", False),
        ("", False),
    ],
)
def test_may_hold_byline_wants_a_role_before_a_separator(text: str, expected: bool) -> None:
    assert may_hold_byline(text, PROFILE) is expected


def test_trailing_byline_reads_only_the_tail_of_a_long_paragraph(tokens_read: list[str]) -> None:
    text = "湖畔的风吹过。" * 5000 + "文 / 岑晓岚"
    assert trailing_byline(text, PROFILE) == (
        text[: -len("文 / 岑晓岚")],
        [Byline("文", ("岑晓岚",))],
    )
    assert len(tokens_read) < 100  # not one tokenising per sentence end


def test_trailing_byline_still_finds_a_long_spaced_byline() -> None:
    # blanks and ornaments do not count towards a byline's length
    text = "湖畔的风吹过。" + " " * 200 + "■" * 50 + " 记者 / 林望舒"
    assert trailing_byline(text, PROFILE) is not None


def test_leading_byline_reads_only_the_start_of_a_long_line(tokens_read: list[str]) -> None:
    line = "文/记者 林望舒 出国内第一台湖畔风车，" + "风车 转动 " * 5000
    assert leading_byline(line, PROFILE) == (
        [Byline("文/记者", ("林望舒",))],
        line[len("文/记者 林望舒 ") :].rstrip(),
    )
    assert len(tokens_read) < 10


def test_a_chunk_without_a_role_word_is_not_searched(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(roles, "leading_byline", lambda line, _: calls.append(line))
    monkeypatch.setattr(roles, "trailing_byline", lambda text, _: calls.append(text))
    lines = ["湖畔文化节今天开幕。", "游客来自各地。"]
    chunk = Chunk(ChunkKind.TEXT, "".join(lines), LineSpan(1, 2), lines)
    assert roles._cut_byline(chunk, PROFILE) == ([chunk], None)
    assert calls == []
