"""Half-width punctuation in Chinese text made full width, as OCR issues need.

OCR reads `，` as `,` and `“…”` as `"…"`, and leaves spaces inside Chinese words. In a
Chinese context a mark becomes its full-width form; a Latin word, a number (`1,000`,
`3.5`) or an English sentence is never touched. Each change is counted, so `qtread info`
can say what `export --normalize-punct` does to an issue.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace

from qtread.model import Article, BlockType, Issue, Section, SourceShape
from qtread.text.cjk import is_han

_FULL_WIDTH = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}
#: What any rule here changes: a half-width mark or a space.
_WORK = re.compile("[,.;:?!()\"' ]")


#: A half-width clause mark, a full stop, a bracket, a run of spaces: what a rule may change.
_CLAUSE_MARKS = re.compile("[,;:?!]")
_FULL_STOPS = re.compile(r"\.")
_BRACKETED = re.compile(r"\(([^()]*)\)")
_SPACES = re.compile(" +")
#: Letters and marks before a clause mark that make it not Chinese text's (`Python,是`, `?!`).
_LATIN_BEFORE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz,;:?!")
#: Spaces beside a full-width mark that sets something off: never the author's.
_MARK_SPACES = re.compile("(?<=[，。、；：？！）」』》】”]) +| +(?=[，。、；：？！（「『《【“])")
#: A quoted or book title, within which a space between two phrases is the author's.
_QUOTED = re.compile("“[^“”]{1,60}”|《[^《》]{1,60}》")


#: The full-width marks beside Chinese text that make a half-width mark beside them
#: Chinese too: CJK punctuation (U+3000–303F), full-width forms (U+FF01–FF5E), curly quotes.
_FULL_WIDTH_MARKS = ((0x3000, 0x303F), (0xFF01, 0xFF5E))
_CURLY = frozenset("“”‘’")


def _is_chinese(text: str, at: int) -> bool:
    """The letter at AT of TEXT is Chinese (Han) or a full-width mark; False outside TEXT."""
    if not 0 <= at < len(text):
        return False
    letter = text[at]
    code = ord(letter)
    return (
        is_han(letter)
        or any(low <= code <= high for low, high in _FULL_WIDTH_MARKS)
        or letter in _CURLY
    )


def _clause_mark_is_chinese(text: str, at: int) -> bool:
    """The clause mark at AT follows a Chinese letter, or precedes one (a space between
    them aside) where no Latin letter or mark stands before it (`之海,2020,是` →
    `之海，2020，是`, `3.6%, 高` → `3.6%，高`; `Python,是` and `1,000` stay)."""
    if _is_chinese(text, at - 1):
        return True
    if at > 0 and text[at - 1] in _LATIN_BEFORE:
        return False
    after = at + 2 if text[at + 1 : at + 2] == " " else at + 1
    return _is_chinese(text, after)


def _full_stop_is_chinese(text: str, at: int) -> bool:
    """The full stop at AT ends a Chinese sentence: a Chinese letter before it, and
    Chinese, a quote, a space or the end after it (`3.5` and `www.` stay)."""
    following = text[at + 1 : at + 2]
    return _is_chinese(text, at - 1) and (
        not following or following == '"' or following.isspace() or _is_chinese(text, at + 1)
    )


#: Blocks of running text, where a space between Chinese characters is OCR's.
_RUNNING_TEXT = frozenset({BlockType.PARAGRAPH, BlockType.QUOTE, BlockType.LIST_ITEM})


@dataclass(frozen=True, slots=True)
class PunctuationChanges:
    """What normalising did: marks made full width, by mark, and spaces removed."""

    marks: Counter[str]
    spaces: int

    @property
    def total(self) -> int:
        """Every change: marks and spaces."""
        return sum(self.marks.values()) + self.spaces


def normalize_text(text: str, marks: Counter[str], *, running: bool = True) -> tuple[str, int]:
    """TEXT with its Chinese context's half-width marks made full width (counted into
    MARKS, by the half-width mark) and the spaces OCR left taken out; returns it and how
    many spaces went. In RUNNING text those are the spaces between two Chinese
    characters or marks, but for a quoted title's own; a headline keeps the spaces
    between its phrases (`人才优先发展 建好聚才平台`) and loses only those beside a
    full-width mark (`银保监会： 商业健康保险`)."""

    if not _WORK.search(text):
        return text, 0  # most blocks: nothing half-width, no space

    def full(match: re.Match[str]) -> str:
        marks[match.group()] += 1
        return _FULL_WIDTH[match.group()]

    def brackets(match: re.Match[str]) -> str:
        marks["()"] += 1
        return f"（{match.group(1)}）"

    def stop(match: re.Match[str]) -> str:
        marks["."] += 1
        return "。"

    # Quotes before and after the marks: a curly quote makes a mark beside it Chinese
    # (`”,`), and a full-width mark a quote beside it (`"好."`).
    text = _curly_quotes(text, marks)
    text = _replaced(text, _CLAUSE_MARKS, _clause_mark_is_chinese, full)
    text = _replaced(text, _FULL_STOPS, _full_stop_is_chinese, stop)
    text = _replaced(text, _BRACKETED, _brackets_are_chinese, brackets)
    text = _curly_quotes(text, marks)
    if running:
        spaces = [m for m in _SPACES.finditer(text) if _between_chinese(text, m)]
        quoted = [m.span() for m in _QUOTED.finditer(text)]
    else:
        spaces, quoted = list(_MARK_SPACES.finditer(text)), []
    kept: list[str] = []
    removed = 0
    done = 0
    for match in spaces:
        if any(start < match.start() < end for start, end in quoted):
            continue  # a quoted title's own space: `“百年峥嵘奋斗路 钱塘逐梦开新篇”`
        kept.append(text[done : match.start()])
        removed += len(match.group())
        done = match.end()
    kept.append(text[done:])
    return "".join(kept), removed


def _replaced(
    text: str,
    pattern: re.Pattern[str],
    chinese: Callable[[str, int], bool],
    replacement: Callable[[re.Match[str]], str],
) -> str:
    """TEXT with each match of PATTERN that stands in Chinese text (CHINESE says, from
    the match's start) replaced; the tests read TEXT as it was, as a lookaround would."""
    pieces: list[str] = []
    done = 0
    for match in pattern.finditer(text):
        if chinese(text, match.start()):
            pieces += [text[done : match.start()], replacement(match)]
            done = match.end()
    return "".join([*pieces, text[done:]]) if pieces else text


def _brackets_are_chinese(text: str, at: int) -> bool:
    """The brackets opening at AT hold Chinese (`(注)` → `（注）`), or follow it."""
    close = text.index(")", at)
    return any(_is_chinese(text, i) for i in range(at + 1, close)) or _is_chinese(text, at - 1)


def _between_chinese(text: str, run: re.Match[str]) -> bool:
    """The run of spaces RUN stands between two Chinese letters or full-width marks."""
    return _is_chinese(text, run.start() - 1) and _is_chinese(text, run.end())


def _curly_quotes(text: str, marks: Counter[str]) -> str:
    """Straight double and single quotes in Chinese text made curly (`_quotes`)."""
    return _quotes(_quotes(text, marks, '"', "“”"), marks, "'", "‘’")


def _quotes(text: str, marks: Counter[str], straight: str, curly: str) -> str:
    """STRAIGHT quotes as CURLY's opening and closing in turn (`"` → “ ”, `'` → ‘ ’),
    where the text holds them in pairs and every one stands beside a Chinese character
    or mark: an English apostrophe (`don't`) has a Latin letter on both sides."""
    positions = [m.start() for m in re.finditer(re.escape(straight), text)]
    if not positions or len(positions) % 2:
        return text
    beside = all(_is_chinese(text, i - 1) or _is_chinese(text, i + 1) for i in positions)
    if not beside:
        return text
    chars = list(text)
    for n, i in enumerate(positions):
        chars[i] = curly[n % 2]
    marks[straight] += len(positions)
    return "".join(chars)


def normalizes_by_default(issue: Issue) -> bool:
    """Whether export normalises ISSUE unless told not to: OCR text (the flowed shape) is
    where half-width marks stand for full-width ones; a converter's text has them right."""
    return issue.source.shape is SourceShape.FLOWED


def as_wanted(issue: Issue, wanted: bool | None) -> Issue:
    """ISSUE normalised if WANTED says so, or by default (`normalizes_by_default`) when it
    says nothing: what `--normalize-punct/--keep-punct` does for export and toc alike."""
    if wanted or (wanted is None and normalizes_by_default(issue)):
        return normalize_issue(issue)[0]
    return issue


def normalize_issue(issue: Issue) -> tuple[Issue, PunctuationChanges]:
    """ISSUE with every title, subtitle and block normalised (`normalize_text`; spaces
    are taken out of running text only); bylines (names) and the ledger stay as printed."""
    marks: Counter[str] = Counter()
    spaces = 0

    def fix(text: str, running: bool = False) -> str:
        nonlocal spaces
        fixed, removed = normalize_text(text, marks, running=running)
        spaces += removed
        return fixed

    def article(item: Article) -> Article:
        return replace(
            item,
            title=fix(item.title),
            subtitle=fix(item.subtitle) if item.subtitle else item.subtitle,
            blocks=[
                replace(block, text=fix(block.text, block.type in _RUNNING_TEXT))
                for block in item.blocks
            ],
        )

    sections = [
        Section(section.name, [article(item) for item in section.articles])
        for section in issue.sections
    ]
    return replace(issue, sections=sections), PunctuationChanges(marks, spaces)
