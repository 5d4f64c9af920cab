-- The qtread library, schema 1. One row per issue file, its articles in reading order,
-- and their searchable passages; `passage_key` is the full-text index over their keys.
-- PRAGMA application_id marks the file as qtread's; PRAGMA user_version holds the schema.

CREATE TABLE issue (
    id        INTEGER PRIMARY KEY,
    path      BLOB NOT NULL UNIQUE,  -- absolute, as the file system spells it (bytes)
    sha256    TEXT NOT NULL,         -- of the file's bytes: an unchanged file is not parsed again
    size      INTEGER NOT NULL,      -- bytes
    parser    TEXT NOT NULL,         -- fingerprint of the parser and profile that read it
    magazine  TEXT NOT NULL,         -- the masthead as printed, else the profile's name
    year      INTEGER,
    month     INTEGER,
    number    INTEGER,
    title     TEXT NOT NULL,         -- the issue's display title (潮涌钱塘 2020年第5期)
    articles  INTEGER NOT NULL,
    added     TEXT NOT NULL          -- when it was indexed, ISO 8601, UTC
);
CREATE INDEX issue_by_sha256 ON issue (sha256);

CREATE TABLE article (
    id        INTEGER PRIMARY KEY,
    issue     INTEGER NOT NULL REFERENCES issue (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,      -- in reading order, from 0
    key       TEXT NOT NULL,         -- the parser's stable article id (the reader's places)
    section   TEXT NOT NULL,         -- the column's label, as the contents show it
    title     TEXT NOT NULL,
    subtitle  TEXT,
    kind      TEXT NOT NULL,
    page      INTEGER,               -- printed page
    bylines   TEXT NOT NULL          -- 记者 张三、李四 / 通讯员 王五
);
CREATE INDEX article_by_issue ON article (issue);

CREATE TABLE passage (
    id        INTEGER PRIMARY KEY,
    article   INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    block     INTEGER NOT NULL,      -- index in the article's blocks; -1 title, -2 subtitle
    text      TEXT NOT NULL,         -- as printed
    key       TEXT NOT NULL          -- search_key(text): folded, without whitespace
);
CREATE INDEX passage_by_article ON passage (article);

-- The trigram index over passage.key (which it reads, not copies). Trigrams need no word
-- segmenter; a query shorter than three characters scans passage.key instead.
CREATE VIRTUAL TABLE passage_key USING fts5 (
    key, content = 'passage', content_rowid = 'id', tokenize = 'trigram'
);

CREATE TRIGGER passage_added AFTER INSERT ON passage BEGIN
    INSERT INTO passage_key (rowid, key) VALUES (new.id, new.key);
END;
CREATE TRIGGER passage_gone AFTER DELETE ON passage BEGIN
    INSERT INTO passage_key (passage_key, rowid, key) VALUES ('delete', old.id, old.key);
END;

-- Every character of passage.key a token, for queries of one or two characters (too
-- short for trigrams): such a query is a phrase of single characters. Contentless, so
-- qtread writes and deletes its rows itself (`Library.store`, `Library._forget`), giving
-- the same text, spaced(key), both times.
CREATE VIRTUAL TABLE passage_chars USING fts5 (
    chars, content = '', tokenize = 'unicode61 remove_diacritics 0'
);
