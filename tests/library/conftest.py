"""Library fixtures: every library, issue folder and reading state lives in tmp_path."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from qtread.library.indexer import issue_record
from qtread.library.records import IssueRecord
from qtread.library.store import Library
from qtread.model import (
    Article,
    Block,
    BlockType,
    Byline,
    Issue,
    LineSpan,
    Metadata,
    Section,
    SourceInfo,
    SourceShape,
)

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library(tmp_path / "library.sqlite3") as opened:
        yield opened


@pytest.fixture
def shelf(tmp_path: Path) -> Path:
    """A folder of issues, as a reader keeps them: the samples, one a year folder."""
    folder = tmp_path / "issues"
    for number, sample in enumerate(SAMPLES):
        year = folder / f"year{number % 2}"
        year.mkdir(parents=True, exist_ok=True)
        shutil.copy(sample, year / f"issue{number}.txt")
    return folder


def made_issue(
    sha: str, year: int, column: str, title: str, author: str, paragraphs: list[str]
) -> IssueRecord:
    """The record of a hand-made issue: one column, one article (search needs no parser)."""
    article = Article(
        id=f"id-{sha}",
        title=title,
        bylines=[Byline("记者", (author,))],
        page=3,
        blocks=[Block(BlockType.PARAGRAPH, text, LineSpan(1, 1)) for text in paragraphs],
    )
    issue = Issue(
        source=SourceInfo(f"{sha}.txt", "utf-8", SourceShape.FLOWED, sha * 8, 100, 10),
        metadata=Metadata(title="潮涌钱塘", year=year, month=6, issue_number=2),
        sections=[Section(column, [article])],
    )
    return issue_record(issue, "潮涌钱塘")


def index_is_whole(library: Library) -> bool:
    """Both indexes hold every passage and nothing else: FTS5's own check of the trigram
    index against its content (it raises when they differ), and the rows of the
    contentless character index against the passages."""
    library.db.execute("INSERT INTO passage_key (passage_key, rank) VALUES ('integrity-check', 1)")
    passages = library.db.execute("SELECT id FROM passage ORDER BY id").fetchall()
    chars = library.db.execute("SELECT rowid FROM passage_chars ORDER BY rowid").fetchall()
    return passages == chars
