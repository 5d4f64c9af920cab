"""`qtread search`: every passage of every issue in the library that holds a query.

Passages are indexed by their search key (`qtread.text.fold`), so the library matches
as the reader's search does: case, the width and style of punctuation and whitespace are
ignored. FTS5's trigram index finds passages for queries of three characters or more;
a shorter query has no trigram to look up, and is a phrase of single characters in a
second index (passage_chars) instead. Both rank by bm25, but for a single character,
which nearly every passage holds, results come in reading order. Only a short query holding a
punctuation mark (which no index keeps) scans every passage, most matches first. The
snippet is cut from the passage as printed, around its first match.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from qtread.library.records import year_month
from qtread.library.store import NEWEST_FIRST, Library, spaced, stored_path
from qtread.text.fold import find_all, search_key

#: FTS5's trigram tokenizer indexes runs of three characters: a shorter query has none.
TRIGRAM = 3
#: Characters of the passage shown either side of the match: a clause of Chinese.
SNIPPET_CONTEXT = 30
#: Results a search returns unless told otherwise: a screenful.
DEFAULT_LIMIT = 20


@dataclass(frozen=True, slots=True)
class Filters:
    """What narrows a search: an issue's year, a column, a credited name (substrings)."""

    year: int | None = None
    column: str | None = None
    byline: str | None = None


@dataclass(frozen=True, slots=True)
class Snippet:
    """The text around a match, split so that the match can be highlighted."""

    before: str
    match: str
    after: str

    @property
    def text(self) -> str:
        return self.before + self.match + self.after


@dataclass(frozen=True, slots=True)
class Hit:
    """One passage that holds the query, with what tells a reader where it is."""

    path: Path
    issue: str
    year_month: str
    section: str
    title: str
    bylines: str
    article: str  # the article's stable id
    block: int  # passage block: its index in the article, or TITLE_BLOCK / SUBTITLE_BLOCK
    start: int  # the first match, as offsets in the passage's text
    end: int
    snippet: Snippet


def snippet(text: str, start: int, end: int, context: int = SNIPPET_CONTEXT) -> Snippet:
    """TEXT[start:end] with up to CONTEXT characters either side, on one line."""
    first, last = max(0, start - context), min(len(text), end + context)
    before = ("…" if first else "") + text[first:start]
    after = text[end:last] + ("…" if last < len(text) else "")
    return Snippet(*(" ".join(part.split()) for part in (before, text[start:end], after)))


_COLUMNS = """
SELECT issue.path, issue.title, issue.year, issue.month, article.section, article.title,
       article.bylines, article.key, passage.block, passage.text"""
_JOIN = """
JOIN article ON article.id = passage.article
JOIN issue ON issue.id = article.issue"""
#: From the trigram index, best (lowest bm25) first
_INDEXED = f"{_COLUMNS} FROM passage_key JOIN passage ON passage.id = passage_key.rowid {_JOIN}"
#: From the index of single characters, best (lowest bm25) first
_CHARS = f"{_COLUMNS} FROM passage_chars JOIN passage ON passage.id = passage_chars.rowid {_JOIN}"
#: Every passage, read in turn
_SCANNED = f"{_COLUMNS} FROM passage {_JOIN}"


def _conditions(key: str, filters: Filters) -> tuple[list[str], list[object]]:
    values: list[object]
    if len(key) >= TRIGRAM:
        where, values = ["passage_key MATCH ?"], [_phrase(key)]
    elif key.isalnum():
        where, values = ["passage_chars MATCH ?"], [_phrase(spaced(key))]
    else:  # a mark: not a token of passage_chars
        where, values = ["instr(passage.key, ?) > 0"], [key]
    if filters.year is not None:
        where.append("issue.year = ?")
        values.append(filters.year)
    if filters.column:
        where.append("instr(article.section, ?) > 0")
        values.append(filters.column)
    if filters.byline:
        where.append("instr(article.bylines, ?) > 0")
        values.append(filters.byline)
    return where, values


def _phrase(key: str) -> str:
    """KEY as one FTS5 phrase: every character literal, quotes doubled."""
    return '"' + key.replace('"', '""') + '"'


def search(
    library: Library, query: str, filters: Filters | None = None, limit: int = DEFAULT_LIMIT
) -> list[Hit]:
    """The passages that hold QUERY, best first, at most LIMIT of them."""
    key = search_key(query)
    if not key:
        return []
    where, values = _conditions(key, filters or Filters())
    if len(key) >= TRIGRAM:
        select, order = _INDEXED, "passage_key.rank"
    elif key.isalnum() and len(key) == 1:  # one character: too common to rank (bm25 reads
        select, order = _CHARS, "passage_chars.rowid"  # every passage); reading order
    elif key.isalnum():
        select, order = _CHARS, "passage_chars.rank"
    else:  # no rank without an index: the most matches first, then the newest issue
        select, order = _SCANNED, "length(replace(passage.key, ?, '')) - length(passage.key)"
        values.append(key)
    if not order.endswith("rowid"):  # ties: the newest issue first, then reading order
        newest = ", ".join(f"issue.{term}" for term in NEWEST_FIRST.split(", "))
        order += f", {newest}, passage.id"
    sql = f"{select} WHERE {' AND '.join(where)} ORDER BY {order} LIMIT ?"
    with library.speaking():
        rows = library.db.execute(sql, [*values, limit]).fetchall()
    hits = []
    for path, issue, year, month, section, title, bylines, article, block, text in rows:
        match = next(find_all(text, query), None)
        if match is None:  # the trigram index folds case a little wider than we do
            continue
        hits.append(
            Hit(
                path=stored_path(path),
                issue=issue,
                year_month=year_month(year, month),
                section=section,
                title=title,
                bylines=bylines,
                article=article,
                block=block,
                start=match[0],
                end=match[1],
                snippet=snippet(text, *match),
            )
        )
    return hits
