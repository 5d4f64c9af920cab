"""Half-width punctuation in Chinese text made full width, as OCR issues need.

OCR reads `，` as `,` and `“…”` as `"…"`, and leaves spaces inside Chinese words. In a
Chinese context a mark becomes its full-width form; a Latin word, a number (`1,000`,
`3.5`) or an English sentence is never touched. Each change is counted, so `qtread info`
can say what `export --normalize-punct` does to an issue.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache

from qtread.model import Article, BlockType, Issue, Section, SourceShape

#: Chinese characters, and the full-width marks that stand beside them.
_CJK = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff5e\u201c\u201d\u2018\u2019"
_FULL_WIDTH = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}
#: What any rule here changes: a half-width mark or a space.
_WORK = re.compile("[,.;:?!()\"' ]")


@dataclass(frozen=True, slots=True)
class _Rules:
    """The patterns that normalise a block, compiled when a block first needs them
    (`_rules`): the Chinese class in each costs about a millisecond to compile, which
    every `toc`, `dump` and `info` of a converter's or a PDF's text, never normalised,
    would otherwise pay at start-up."""

    #: A clause mark after a Chinese character, or before one (a space between them
    #: aside) where no Latin letter stands before it (`之海,2020,是` → `之海，2020，是`,
    #: `3.6%, 高` → `3.6%，高`; `Python,是` and `1,000` stay).
    clause_mark: re.Pattern[str]
    #: A full stop after a Chinese character, where a sentence ends (before Chinese, a
    #: quote, a space or the end): `3.5` and `www.` stay.
    full_stop: re.Pattern[str]
    #: Brackets around text with Chinese in or beside them: `(注)` → `（注）`.
    brackets: re.Pattern[str]
    #: A run of spaces between two Chinese characters or full-width marks: OCR's, not the
    #: author's (Chinese sets no space beside its own punctuation).
    inner_spaces: re.Pattern[str]
    #: One Chinese character or full-width mark.
    chinese: re.Pattern[str]
    #: Spaces beside a full-width mark that sets something off: never the author's.
    mark_spaces: re.Pattern[str]
    #: A quoted or book title, within which a space between two phrases is the author's.
    quoted: re.Pattern[str]


@cache
def _rules() -> _Rules:
    """The rules, compiled once, on first use."""
    return _Rules(
        clause_mark=re.compile(f"(?<=[{_CJK}])[,;:?!]|(?<![A-Za-z,;:?!])[,;:?!](?= ?[{_CJK}])"),
        full_stop=re.compile(f'(?<=[{_CJK}])\\.(?=[{_CJK}"\\s]|$)'),
        brackets=re.compile(f"\\(([^()]*[{_CJK}][^()]*)\\)|(?<=[{_CJK}])\\(([^()]*)\\)"),
        inner_spaces=re.compile(f"(?<=[{_CJK}]) +(?=[{_CJK}])"),
        chinese=re.compile(f"[{_CJK}]"),
        mark_spaces=re.compile(
            "(?<=[，。、；：？！）」』》】”]) +| +(?=[，。、；：？！（「『《【“])"
        ),
        quoted=re.compile("“[^“”]{1,60}”|《[^《》]{1,60}》"),
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
        return f"（{match.group(1) if match.group(1) is not None else match.group(2)}）"

    def stop(match: re.Match[str]) -> str:
        marks["."] += 1
        return "。"

    rules = _rules()
    # Quotes before and after the marks: a curly quote makes a mark beside it Chinese
    # (`”,`), and a full-width mark a quote beside it (`"好."`).
    text = _curly_quotes(text, marks)
    text = rules.clause_mark.sub(full, text)
    text = rules.full_stop.sub(stop, text)
    text = rules.brackets.sub(brackets, text)
    text = _curly_quotes(text, marks)
    spaces = rules.mark_spaces if not running else rules.inner_spaces
    quoted = [m.span() for m in rules.quoted.finditer(text)] if running else []
    kept: list[str] = []
    removed = 0
    done = 0
    for match in spaces.finditer(text):
        if any(start < match.start() < end for start, end in quoted):
            continue  # a quoted title's own space: `“百年峥嵘奋斗路 钱塘逐梦开新篇”`
        kept.append(text[done : match.start()])
        removed += len(match.group())
        done = match.end()
    kept.append(text[done:])
    return "".join(kept), removed


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
    chinese = _rules().chinese
    beside = all(
        chinese.match(text[i - 1 : i] or " ") or chinese.match(text[i + 1 : i + 2] or " ")
        for i in positions
    )
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
