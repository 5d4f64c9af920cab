"""What the library keeps of an issue: plain records, built from the document model once,
in whichever process parsed it, and small enough to send back from a worker."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from qtread.model import Issue
from qtread.render.outline import section_labels
from qtread.text.credits import CREDITS_FOR_SCRIPTS, credits_text
from qtread.text.fold import search_key

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


def issue_record(issue: Issue, magazine: str) -> IssueRecord:
    """The record of ISSUE; MAGAZINE names it where the issue prints no masthead."""
    articles = []
    for section, label in zip(issue.sections, section_labels(issue.sections), strict=True):
        for article in section.articles:
            parts = [(TITLE_BLOCK, article.title)]
            if article.subtitle:
                parts.append((SUBTITLE_BLOCK, article.subtitle))
            parts += [(number, block.text) for number, block in enumerate(article.blocks)]
            # the keys are made here, in the worker that parsed the issue, not in the
            # parent, which writes every issue in turn
            passages = tuple((block, text, search_key(text)) for block, text in parts)
            articles.append(
                ArticleRecord(
                    key=article.id,
                    section=label,
                    title=article.title,
                    subtitle=article.subtitle,
                    kind=str(article.kind),
                    page=article.page,
                    bylines=credits_text(article.credits, CREDITS_FOR_SCRIPTS),
                    passages=passages,
                )
            )
    metadata = issue.metadata
    return IssueRecord(
        sha256=issue.source.sha256,
        size=issue.source.size,
        magazine=metadata.title or magazine,
        year=metadata.year,
        month=metadata.month,
        number=metadata.issue_number,
        title=issue.display_title,
        articles=tuple(articles),
    )


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
        if self.year is None:
            return ""
        return f"{self.year}-{self.month:02d}" if self.month else str(self.year)
