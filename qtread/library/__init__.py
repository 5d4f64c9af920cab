"""The library: an index of many issues (SQLite, with FTS5 for full-text search).

`files` finds the issue files under the paths a user names, `indexer` parses what is new
or changed and stores it through `store`, and `search` answers queries over everything
stored. The CLI (`qtread library`, `qtread search`) and the reader's shelf use these.
"""
