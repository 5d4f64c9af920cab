"""The document model: one issue of a magazine, as the parser understands it.

Pure data, no I/O. The reader and the exporters render this and nothing else, so every
field here is something a person can see. Line numbers are 1-based and refer to the
decoded source file, so that a reader of the JSON dump can find them with `sed -n`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import PurePath


class SourceShape(StrEnum):
    """How the issue file was produced; decides which unwrapping rules apply."""

    MARKDOWN = "markdown"  # PDF-to-Markdown converter: headings follow font size
    FLOWED = "flowed"  # OCR text: one paragraph a line
    PDF_TEXT = "pdf-text"  # raw PDF text: one printed line a line, blank between


class BlockType(StrEnum):
    """What a block of an article's text is: how the reader and the exports set it."""

    PARAGRAPH = "paragraph"
    SUBHEADING = "subheading"
    LIST_ITEM = "list_item"
    CAPTION = "caption"
    QUOTE = "quote"
    TABLE_ROW = "table_row"
    CHRONOLOGY = "chronology_entry"


class ArticleKind(StrEnum):
    """What an article is: a feature, a brief, the front matter, a chronology."""

    FRONT = "front"
    ARTICLE = "article"
    BRIEF = "brief"
    INTERVIEW = "interview"
    CHRONOLOGY = "chronology"
    SIDEBAR = "sidebar"


@dataclass(frozen=True, slots=True)
class LineSpan:
    """Inclusive range of source lines a piece of text came from."""

    first: int
    last: int

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValueError(f"empty span {self.first}..{self.last}")

    def union(self, other: LineSpan) -> LineSpan:
        return LineSpan(min(self.first, other.first), max(self.last, other.last))


@dataclass(slots=True)
class Block:
    """One unit of body text. `date` is set on chronology entries only."""

    type: BlockType
    text: str
    span: LineSpan
    date: str | None = None


@dataclass(frozen=True, slots=True)
class Byline:
    """A credit as printed: role ("记者", "通讯员", "文", "整理", …) and the names it covers."""

    role: str
    names: tuple[str, ...]


@dataclass(slots=True)
class Article:
    """One article as printed: its title, credits, page and text, with where it came from."""

    id: str  # stable: derived from the title and position, not from a counter
    title: str
    kind: ArticleKind = ArticleKind.ARTICLE
    subtitle: str | None = None
    bylines: list[Byline] = field(default_factory=list)
    editors: list[Byline] = field(default_factory=list)  # the editor credited with them
    page: int | None = None  # printed page, from the TOC
    blocks: list[Block] = field(default_factory=list)
    span: LineSpan | None = None
    evidence: str = ""  # what opened it: a TOC entry, a byline, a title run's layout…
    confidence: float | None = None  # how often that evidence opens a real article (0–1)

    @property
    def credits(self) -> list[Byline]:
        """Every credit as printed with the article: its bylines, then its editors."""
        return [*self.bylines, *self.editors]

    @property
    def names(self) -> list[str]:
        """Every credited name, in print order, without duplicates."""
        seen: dict[str, None] = {}
        for byline in self.bylines:
            seen.update(dict.fromkeys(byline.names))
        return list(seen)


@dataclass(slots=True)
class Section:
    """A column (栏目). `name` is None where the issue prints no name for it."""

    name: str | None
    articles: list[Article] = field(default_factory=list)


@dataclass(slots=True)
class TocEntry:
    """One entry of the printed table of contents."""

    title: str
    page: int | None = None
    subtitle: str | None = None
    column: str | None = None
    claimed_count: int | None = None  # "等 12 则" → 12
    article_id: str | None = None  # the article it was matched to, if any
    line: int | None = None
    names: list[str] = field(default_factory=list)  # credited with it: `标题（林远）`


@dataclass(slots=True)
class Metadata:
    """What the issue prints about itself: title, number, date, masthead."""

    title: str | None = None  # 潮涌钱塘
    title_en: str | None = None  # QIANTANG
    issue_number: int | None = None
    year: int | None = None
    month: int | None = None
    masthead: dict[str, list[str]] = field(default_factory=dict)  # role → names


@dataclass(frozen=True, slots=True)
class DroppedLine:
    """A source line the parser left out of the model, and why."""

    line: int
    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class ParseWarning:
    """Something the parser could read only in part, with the line it is about."""

    message: str
    line: int | None = None


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """The file an issue was read from: name, encoding, shape, digest and size."""

    name: str  # file name as given, or "-" for standard input
    encoding: str
    shape: SourceShape
    sha256: str  # of the raw bytes: keys reading state and EPUB identifiers
    size: int  # bytes
    lines: int


@dataclass(slots=True)
class Issue:
    """One parsed issue: the document model every reader, export and script works from."""

    source: SourceInfo
    metadata: Metadata = field(default_factory=Metadata)
    toc: list[TocEntry] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    dropped: list[DroppedLine] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)

    @property
    def articles(self) -> list[Article]:
        """All articles in reading order."""
        return [article for section in self.sections for article in section.articles]

    def section_of(self, article: Article) -> Section | None:
        for section in self.sections:
            if any(candidate is article for candidate in section.articles):
                return section
        return None

    @property
    def display_title(self) -> str:
        """「潮涌钱塘 2020年第5期」, or as much of it as the issue prints; with no printed
        title, the file's stem (`004_xxx` of `/home/…/004_xxx.txt`): never a path, so the
        same file read from two directories gives the same title. Empty when the issue
        names nothing and was read from standard input."""
        stem = "" if self.source.name == "-" else PurePath(self.source.name).stem
        name = self.metadata.title or stem  # standard input has no name at all
        parts = []
        if self.metadata.year:
            parts.append(f"{self.metadata.year}年")
        if self.metadata.issue_number:
            parts.append(f"第{self.metadata.issue_number}期")
        elif self.metadata.month:
            parts.append(f"{self.metadata.month}月")
        return f"{name} {''.join(parts)}".strip()
