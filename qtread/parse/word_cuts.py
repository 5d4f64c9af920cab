"""Whether a cut between two printed pieces falls inside a word: the issue's own text
is the dictionary. Chinese has no spaces, so a line break, a column break or a box may
cut a word (`集成电|路`); where the two letters either side are printed together
elsewhere in the issue, and as often as the second piece's own first pair, the cut
splits a word rather than falling between two (`新区|作为`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from qtread.text.cjk import is_han, unclosed_quote

_PAIR_REPEATS = 2  # times, at least, a cut's two letters are printed together: once may be chance


class Printed(Protocol):
    """A printed piece of the issue: a line or a chunk."""

    @property
    def text(self) -> str: ...


class IssueWords:
    """The issue's text, joined once when first asked: a cut is judged against it."""

    def __init__(self, pieces: Sequence[Printed]) -> None:
        self._pieces = pieces
        self._text: str | None = None

    @property
    def text(self) -> str:
        """Every piece's text (a chunk's or a line's), one a line: what the letters' pairs
        are counted in."""
        if self._text is None:
            self._text = "\n".join(piece.text for piece in self._pieces)
        return self._text

    def cut_inside_word(self, head: str, tail: str) -> bool:
        """HEAD's last letter and TAIL's first are printed together elsewhere, twice or
        more and at least as often as TAIL's own first pair: the cut splits a word."""
        head, tail = head.rstrip(), tail.lstrip()
        if not (is_han(head[-1:]) and is_han(tail[:1])):
            return False
        pair = self.text.count(head[-1] + tail[0])
        return pair >= _PAIR_REPEATS and pair >= self.text.count(tail[:2])

    def one_phrase(self, head: str, tail: str) -> bool:
        """HEAD and TAIL read as one phrase cut in two: HEAD leaves a quote open, or the
        cut splits a word the issue prints whole elsewhere."""
        return unclosed_quote(head) or head.count('"') % 2 == 1 or self.cut_inside_word(head, tail)
