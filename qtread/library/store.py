"""The library's SQLite file: opened only when it is qtread's, created when absent.

A file that is not an SQLite database, or is one of another program's, or of a newer
qtread, is refused with one line and never written to. Every SQLite failure after that
(a damaged file, a full disk) becomes a LibraryError, one line too. Several qtreads may
use one library at once: WAL lets searches read while another process adds, and a writer
waits its turn for up to `BUSY_TIMEOUT_S`.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from qtread.errors import QtreadError
from qtread.i18n import _
from qtread.library.records import IssueRecord, StoredIssue
from qtread.text.sanitize import display_name

#: PRAGMA application_id of a qtread library: "qtrd" in ASCII.
APPLICATION_ID = 0x71747264
#: PRAGMA user_version: the schema in schema.sql. A newer one is refused, not migrated.
SCHEMA_VERSION = 1
#: Seconds a writer waits for another qtread that is adding to the same library.
BUSY_TIMEOUT_S = 60.0
#: The first bytes of every SQLite database file.
SQLITE_HEADER = b"SQLite format 3\x00"

_ISSUE_COLUMNS = "id, path, sha256, magazine, year, month, number, title, articles, added"
#: Newest first; issues that print no date last, by path.
NEWEST_FIRST = "year IS NULL, year DESC, month DESC, number DESC, path"


class LibraryError(QtreadError):
    """The library file cannot be used: not ours, damaged, or not writable."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{display_name(path)}: {reason}")


def path_key(path: Path) -> bytes:
    """How a file's path is stored: absolute, as bytes, whatever the name's encoding."""
    return os.fsencode(path.absolute())


def spaced(key: str) -> str:
    """KEY with a space between every two characters: each one a token of passage_chars."""
    return " ".join(key)


def _schema() -> str:
    from importlib.resources import files  # only to make a library: not on every start

    return files("qtread.library").joinpath("schema.sql").read_text("utf-8")


def _statements(script: str) -> Iterator[str]:
    """SCRIPT's statements one by one: `executescript` would commit the transaction the
    schema is made in, and two qtreads creating one library at once must not both make it."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            yield statement
            statement = ""


def stored_path(key: bytes) -> Path:
    """The path `path_key` stored as KEY."""
    return Path(os.fsdecode(key))


def _stored(row: tuple[Any, ...]) -> StoredIssue:
    id_, path, *rest = row
    return StoredIssue(id_, stored_path(path), *rest)


class Library:
    """An open library file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._refuse_foreign()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        except (OSError, sqlite3.Error) as error:
            raise LibraryError(path, _("cannot be opened: {reason}").format(reason=error)) from None
        with self.speaking():
            self.db.execute("PRAGMA foreign_keys = ON")
            self._create_or_check()

    def __enter__(self) -> Library:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the file (what was written is committed already)."""
        self.db.close()

    @contextmanager
    def speaking(self) -> Iterator[None]:
        """Turn an SQLite failure into one line about the library file."""
        try:
            yield
        except sqlite3.Error as error:
            raise LibraryError(self.path, _("library: {reason}").format(reason=error)) from None

    @contextmanager
    def writing(self) -> Iterator[sqlite3.Connection]:
        """One transaction, taken before it reads, so two writers never interleave."""
        with self.speaking():
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
            self.db.execute("COMMIT")

    def _refuse_foreign(self) -> None:
        """Refuse, before SQLite touches it, a file that is not an SQLite database."""
        try:
            with self.path.open("rb") as stream:
                header = stream.read(len(SQLITE_HEADER))
        except FileNotFoundError:
            return
        except OSError as error:
            raise LibraryError(self.path, error.strerror or str(error)) from None
        if header and header != SQLITE_HEADER:
            raise LibraryError(self.path, _("not a qtread library (not an SQLite database)"))

    def _create_or_check(self) -> None:
        with self.writing() as db:
            (application,) = db.execute("PRAGMA application_id").fetchone()
            (version,) = db.execute("PRAGMA user_version").fetchone()
            (tables,) = db.execute("SELECT count(*) FROM sqlite_schema").fetchone()
            if application == 0 and version == 0 and tables == 0:  # new: ours to make
                for statement in _statements(_schema()):
                    db.execute(statement)
                db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            elif application != APPLICATION_ID:
                raise LibraryError(
                    self.path, _("not a qtread library (another program's database)")
                )
            elif version > SCHEMA_VERSION:
                raise LibraryError(self.path, _("made by a newer qtread: upgrade qtread to use it"))
        with self.speaking():
            self.db.execute("PRAGMA journal_mode = WAL")

    # -- reading --------------------------------------------------------------------------

    def issues(self, under: Path | None = None) -> list[StoredIssue]:
        """Every issue, newest first; with UNDER, those whose file lies in that folder."""
        query = f"SELECT {_ISSUE_COLUMNS} FROM issue"
        with self.speaking():
            rows = self.db.execute(f"{query} ORDER BY {NEWEST_FIRST}").fetchall()
        issues = [_stored(row) for row in rows]
        if under is None:
            return issues
        folder = under.absolute()
        return [issue for issue in issues if issue.path.is_relative_to(folder)]

    def find(self, path: Path) -> StoredIssue | None:
        """The issue stored for the file at PATH, if any."""
        query = f"SELECT {_ISSUE_COLUMNS} FROM issue WHERE path = ?"
        with self.speaking():
            row = self.db.execute(query, (path_key(path),)).fetchone()
        return None if row is None else _stored(row)

    def parser_of(self, issue: StoredIssue) -> str:
        """The fingerprint of the parser that indexed ISSUE."""
        with self.speaking():
            (parser,) = self.db.execute(
                "SELECT parser FROM issue WHERE id = ?", (issue.id,)
            ).fetchone()
        return str(parser)

    def with_sha256(self, sha256: str) -> list[StoredIssue]:
        """The issues whose file had these bytes when indexed."""
        query = f"SELECT {_ISSUE_COLUMNS} FROM issue WHERE sha256 = ? ORDER BY path"
        with self.speaking():
            return [_stored(row) for row in self.db.execute(query, (sha256,))]

    # -- writing --------------------------------------------------------------------------

    def store(self, path: Path, record: IssueRecord, parser: str) -> None:
        """Index RECORD as the issue at PATH, replacing what was stored for that file."""
        added = datetime.now(UTC).isoformat(timespec="seconds")
        with self.writing() as db:
            self._forget(db, "issue.path = ?", [(path_key(path),)])
            issue = db.execute(
                "INSERT INTO issue (path, sha256, size, parser, magazine, year, month, number,"
                " title, articles, added) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    path_key(path),
                    record.sha256,
                    record.size,
                    parser,
                    record.magazine,
                    record.year,
                    record.month,
                    record.number,
                    record.title,
                    len(record.articles),
                    added,
                ),
            ).lastrowid
            for position, article in enumerate(record.articles):
                article_id = db.execute(
                    "INSERT INTO article (issue, position, key, section, title, subtitle, kind,"
                    " page, bylines) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        issue,
                        position,
                        article.key,
                        article.section,
                        article.title,
                        article.subtitle,
                        article.kind,
                        article.page,
                        article.bylines,
                    ),
                ).lastrowid
                chars = []
                for block, text, key in article.passages:
                    passage = db.execute(
                        "INSERT INTO passage (article, block, text, key) VALUES (?, ?, ?, ?)",
                        (article_id, block, text, key),
                    ).lastrowid
                    chars.append((passage, spaced(key)))
                db.executemany("INSERT INTO passage_chars (rowid, chars) VALUES (?, ?)", chars)

    def move(self, issue: StoredIssue, path: Path) -> None:
        """The file of ISSUE is now at PATH (same bytes): keep its index, change its path."""
        with self.writing() as db:
            self._forget(db, "issue.path = ?", [(path_key(path),)])
            db.execute("UPDATE issue SET path = ? WHERE id = ?", (path_key(path), issue.id))

    def remove(self, issues: list[StoredIssue]) -> None:
        """Forget ISSUES: their rows, articles and text."""
        with self.writing() as db:
            self._forget(db, "issue.id = ?", [(issue.id,) for issue in issues])

    @staticmethod
    def _forget(db: sqlite3.Connection, where: str, each: list[tuple[object]]) -> None:
        """Delete the issues WHERE picks, once for each parameter of EACH: their rows go by
        cascade and trigger, their rows of the contentless passage_chars by hand."""
        for parameters in each:
            passages = db.execute(
                "SELECT passage.id, passage.key FROM passage"
                " JOIN article ON article.id = passage.article"
                f" JOIN issue ON issue.id = article.issue WHERE {where}",
                parameters,
            ).fetchall()
            db.executemany(
                "INSERT INTO passage_chars (passage_chars, rowid, chars) VALUES ('delete', ?, ?)",
                [(passage, spaced(key)) for passage, key in passages],
            )
            db.execute(f"DELETE FROM issue WHERE {where.replace('issue.', '')}", parameters)
