"""The shelf: the library's issues newest first, opening one, searching them all."""

from __future__ import annotations

import asyncio
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import DataTable

from qtread.cli import read as read_command
from qtread.library.indexer import add
from qtread.library.records import SUBTITLE_BLOCK, TITLE_BLOCK
from qtread.library.search import search
from qtread.library.store import Library
from qtread.parse import parse_path
from qtread.tui.app import ReaderApp
from qtread.tui.layout import SUBTITLE_PART, TITLE_PART
from qtread.tui.screens.shelf import Opening, progress_label
from qtread.tui.shelf import ShelfApp, shelf_entries
from qtread.tui.state import IssueState, Place, StateStore

pytestmark = pytest.mark.xdist_group("tui")

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def library(tmp_path: Path) -> Library:
    library = Library(tmp_path / "library.sqlite3")
    add(library, [str(ROOT / "samples")], jobs=1)
    return library


def shelf_app(library: Library, store: StateStore, **kwargs: Any) -> ShelfApp:
    entries = shelf_entries(library.issues(), store)
    return ShelfApp(entries, "Shelf: test", partial(search, library), store=store, **kwargs)


def test_the_library_numbers_parts_as_the_readers_places_do() -> None:
    assert (TITLE_BLOCK, SUBTITLE_BLOCK) == (TITLE_PART, SUBTITLE_PART)


def test_progress_is_the_saved_place(library: Library, store: StateStore) -> None:
    first = library.issues()[0]
    store.save_issue(first.sha256, IssueState(Place("x", 0, 0, 0.4242)))
    entries = shelf_entries(library.issues(), store)
    assert [progress_label(entry.read) for entry in entries] == ["42%", "—", "—", "—"]


def test_enter_opens_the_highlighted_issue(library: Library, store: StateStore) -> None:
    async def scenario() -> None:
        app = shelf_app(library, store)
        async with app.run_test(size=(80, 24)) as pilot:
            table = app.screen.query_one(DataTable)
            assert table.row_count == len(library.issues())
            await pilot.press("down", "enter")
        assert app.return_value == Opening(library.issues()[1].path)

    asyncio.run(scenario())


def test_q_leaves_the_shelf_with_nothing_chosen(library: Library, store: StateStore) -> None:
    async def scenario() -> None:
        app = shelf_app(library, store)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("q")
        assert app.return_value is None

    asyncio.run(scenario())


def test_slash_searches_every_issue_and_opens_the_hit(library: Library, store: StateStore) -> None:
    async def scenario() -> None:
        app = shelf_app(library, store)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("slash", *"数字经济")
            await pilot.pause()
            await pilot.press("down", "down", "enter")
        opening = app.return_value
        assert opening is not None and opening.hit is not None
        expected = search(library, "数字经济")[1]
        assert (opening.hit, opening.query, opening.path) == (expected, "数字经济", expected.path)

    asyncio.run(scenario())


def test_escape_closes_the_search_and_keeps_the_shelf(library: Library, store: StateStore) -> None:
    async def scenario() -> None:
        app = shelf_app(library, store)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("slash", *"钱塘", "escape")
            await pilot.pause()
            assert app.screen.query_one(DataTable).row_count == len(library.issues())
            await pilot.press("enter")
        assert app.return_value == Opening(library.issues()[0].path)

    asyncio.run(scenario())


def test_an_empty_shelf_says_how_to_fill_it(tmp_path: Path, store: StateStore) -> None:
    async def scenario() -> None:
        with Library(tmp_path / "empty.sqlite3") as empty:
            app = shelf_app(empty, store)
            async with app.run_test(size=(80, 24)) as pilot:
                await pilot.press("enter")  # nothing to open: nothing happens
                assert "library add" in str(app.screen.query_one("#shelf-empty").render())
                await pilot.press("q")
        assert app.return_value is None

    asyncio.run(scenario())


def test_the_reader_opens_at_the_hit_with_its_matches_marked(
    library: Library, store: StateStore
) -> None:
    async def scenario() -> None:
        hit = search(library, "数字经济")[2]
        issue = parse_path(hit.path)
        app = ReaderApp(
            issue, store=store, start=Place(hit.article, hit.block, hit.start), query="数字经济"
        )
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            view = app.reader.view
            current = view.hits[view.current_hit]
            para = app.reader.paras[current.para]
            assert app.reader.articles[para.article].id == hit.article and para.block == hit.block
            assert current.start == hit.start
            top_para, _ = view.layout_.anchor(view.top)
            assert top_para == current.para  # the hit's paragraph opens the page
            in_issue = [h for h in search(library, "数字经济", limit=1000) if h.path == hit.path]
            marked = {
                (
                    app.reader.articles[app.reader.paras[h.para].article].id,
                    app.reader.paras[h.para].block,
                )
                for h in view.hits
            }
            assert {(h.article, h.block) for h in in_issue} <= marked

    asyncio.run(scenario())


def test_read_goes_from_the_shelf_to_the_reader_and_back(
    library: Library, store: StateStore, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """`qtread read` with a library: each issue chosen opens in the reader, the shelf
    comes back after it, a file that vanished is said on the shelf, q ends it."""
    hit = search(library, "数字经济")[0]
    gone = tmp_path / "gone.txt"
    choices = [Opening(hit.path, hit, "数字经济"), Opening(gone), None]
    notices: list[str] = []
    opened: list[tuple[str, Place | None, str]] = []

    def shelf_run(self: ShelfApp) -> Opening | None:
        notices.append(self.notice)
        return choices.pop(0)

    def reader_run(self: ReaderApp) -> None:
        reader = self.reader
        opened.append((reader.issue.source.sha256, reader.start, reader.start_query))

    monkeypatch.setattr(ShelfApp, "run", shelf_run)
    monkeypatch.setattr(ReaderApp, "run", reader_run)
    read_command.read_shelf(library, None, theme=None, profile=None)
    stored = library.find(hit.path)
    assert stored is not None
    assert opened == [(stored.sha256, Place(hit.article, hit.block, hit.start), "数字经济")]
    assert notices[0] == "" and notices[1] == "" and "gone.txt" in notices[2]
