"""What the library keeps of an issue: plain records, built from the document model once
(`indexer.issue_record`), in whichever process parsed it, and small enough to send back
from a worker. Light to import: searching and listing need no parser."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

#: Passage.block for the parts of an article that are not blocks: the numbers the
#: reader's places use (`qtread.tui.layout.TITLE_PART`, `SUBTITLE_PART`).
TITLE_BLOCK, SUBTITLE_BLOCK = -1, -2


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    """One article: what the contents and the search results show of it, and its text."""

    key: str  # the parser's stable article id
    section: str
    title: str
    subtitle: str | None
    kind: str
    page: int | None
    bylines: str
    passages: tuple[tuple[int, str, str], ...]  # (block, text, search key), reading order


@dataclass(frozen=True, slots=True)
class IssueRecord:
    """One parsed issue as the library stores it."""

    sha256: str
    size: int
    magazine: str
    year: int | None
    month: int | None
    number: int | None
    title: str
    articles: tuple[ArticleRecord, ...]


@dataclass(frozen=True, slots=True)
class StoredIssue:
    """An issue in the library, as `library list` and the shelf show it."""

    id: int
    path: Path
    sha256: str
    magazine: str
    year: int | None
    month: int | None
    number: int | None
    title: str
    articles: int
    added: str

    @property
    def year_month(self) -> str:
        """`2020-05`, `2020` or nothing: as much of the date as the issue prints."""
        return year_month(self.year, self.month)


def year_month(year: int | None, month: int | None) -> str:
    """`2020-05`, `2020` or nothing: as much of a date as there is."""
    if year is None:
        return ""
    return f"{year}-{month:02d}" if month else str(year)
