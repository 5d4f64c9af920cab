"""The unit the later passes work on: a chunk of text with its layout facts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum

from qtread.model import LineSpan
from qtread.text.cjk import DECK_DASHES, ends_sentence, join_wrapped, printed_width

#: A name and its colon opening a headline (`北湖集团：打造…`): a label, not a clause.
_LABEL = re.compile(r"^[^，。；：,;\s]{2,10}[：:]\s*")


#: Characters, at most, in a chunk short enough to be a title, label or caption.
SHORT_MAX = 48
#: Marks an extraction prints alone on a line: bullets of a list whose items sit
#: elsewhere on the page, or ornaments between blocks.
LONE_MARKS = frozenset("•·◆▪■●◎○◇□")
_CLAUSE_MARKS = "，、；：,;"  # the marks between a sentence's clauses
_FRAGMENT_MIN = 10  # characters of an open chunk, at least, to be cut running text: not a label


def marks_only(text: str) -> bool:
    """TEXT is lone marks and nothing else (`•`, `•••`): no letter a sentence could carry
    on. The first letter is asked first, as the joiners ask this of every line."""
    return text.lstrip()[:1] in LONE_MARKS and set(text.strip()) <= LONE_MARKS


def runs_on(text: str) -> bool:
    """A clause mark in TEXT: it runs on in clauses, as a sentence does."""
    return any(mark in text for mark in _CLAUSE_MARKS)


def without_label(text: str) -> str:
    """TEXT less a headline's opening `名称：` label, whose colon ends no clause."""
    return _LABEL.sub("", text, count=1)


class ChunkKind(Enum):
    """How a chunk was printed: the later passes read its role from this and its text."""

    TEXT = "text"  # a paragraph, or a short line that may be a title, caption or label
    HEADING = "heading"  # a Markdown heading
    LIST_ITEM = "list_item"
    QUOTE = "quote"
    FRAME = "frame"  # several short lines set together: a title, a name and role…


@dataclass(slots=True)
class Chunk:
    """A paragraph, heading, list item, quote or frame, with the layout facts (page start,
    gap, indent, emphasis, printed lines) the segment pass decides its role by."""

    kind: ChunkKind
    text: str
    span: LineSpan
    lines: list[str] = field(default_factory=list)  # the printed lines, for titles
    level: int = 0  # Markdown heading level
    page_break: bool = False  # the first line starts a new printed page
    gap: int = 1  # blank lines before it
    indented: bool = False  # its first line is set in: a paragraph starts here
    emphasis: bool = False  # a converter set it all in bold, as it sets a title
    drop_cap: bool = False  # it opened with a drop cap, a letter set large over its lines

    @property
    def width(self) -> int:
        if len(self.lines) == 1:  # most chunks: a frame of one printed line
            return printed_width(self.lines[0])
        return max((printed_width(line) for line in self.lines), default=printed_width(self.text))

    @property
    def open(self) -> bool:
        """A paragraph that stops mid-sentence: the text continues in a later chunk."""
        return self.kind is ChunkKind.TEXT and not ends_sentence(self.text)

    @property
    def fragment(self) -> bool:
        """Running text cut mid-sentence (not a title: it is long or has clause marks; not a
        wholly bold line, which a converter sets for a title, a label or a byline)."""
        text = self.text
        return (
            self.open
            and not self.emphasis
            and len(text) >= _FRAGMENT_MIN
            and (len(text) > SHORT_MAX or runs_on(without_label(text)[:-1]))
        )

    @property
    def short(self) -> bool:
        """Short enough to be a title, label or caption rather than a paragraph."""
        return len(self.text) <= SHORT_MAX and not ends_sentence(self.text)


def head_over_dashed_deck(lines: list[str]) -> str:
    """The printed LINES above the first, past the first line, that opens with a deck's
    dash (`——…`), joined: a headline's, as that dash shows; "" where no line past the
    first opens with one."""
    stripped = [line.strip() for line in lines]
    at = next((i for i, line in enumerate(stripped) if line.startswith(DECK_DASHES)), 0)
    return "".join(stripped[:at])


def part_of(chunk: Chunk, lines: list[str], first: int) -> Chunk:
    """The printed LINES of CHUNK, from line FIRST on, as a chunk of their own (a frame's
    lines are adjacent, so line numbers follow on): only the part that opens CHUNK keeps
    its gap; the others sit right under a line."""
    text = lines[0]
    for line in lines[1:]:
        text = join_wrapped(text, line)
    kind = ChunkKind.FRAME if len(lines) > 1 else ChunkKind.TEXT
    last = min(chunk.span.last, first + len(lines) - 1)
    gap = chunk.gap if first <= chunk.span.first else 0
    return Chunk(kind, text, LineSpan(min(first, last), last), list(lines), gap=gap)
