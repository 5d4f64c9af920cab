"""Snapshots of the reader on the newest bundled sample (what `make run` opens).

They follow the parser: regenerate with `pytest tests/tui --snapshot-update` (`make snapshots`).
"""

from __future__ import annotations

import asyncio
import re
from pathlib import Path
from typing import Any

import pytest

from qtread.parse import parse_path
from qtread.paths import newest_sample
from qtread.tui.app import ReaderApp
from qtread.tui.state import StateStore

pytestmark = pytest.mark.xdist_group("tui")

SIZES = [(80, 24), (120, 40)]


def sample_app(tmp_path: Path) -> ReaderApp:
    sample = newest_sample()
    assert sample is not None
    return ReaderApp(parse_path(sample), store=StateStore(tmp_path / "state"))


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_first_page(snap_compare: Any, tmp_path: Path, size: tuple[int, int]) -> None:
    assert snap_compare(sample_app(tmp_path), terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_toc(snap_compare: Any, tmp_path: Path, size: tuple[int, int]) -> None:
    assert snap_compare(sample_app(tmp_path), terminal_size=size, press=["t"])


#: The sizes a new user tries (issue 11): a usual terminal, and a small split pane.
SMALL_SIZES = [(80, 24), (50, 20)]
#: Key presses that open each screen worth seeing: the search prompt as the query is
#: typed, the results list, the help, the bookmarks. (The command palette is not here:
#: it fills its list in the background and redraws as it likes; tests/tui/test_app.py
#: drives it instead.)
SCREENS = {
    "search_typing": ["slash", "2", "0", "2"],
    "search_results": ["slash", "2", "0", "2", "2", "enter", "r"],
    "help": ["question_mark"],
    "bookmarks": ["m", "space", "m", "B"],
}


@pytest.mark.parametrize("screen", sorted(SCREENS))
@pytest.mark.parametrize("size", SMALL_SIZES, ids=[f"{w}x{h}" for w, h in SMALL_SIZES])
def test_screens(snap_compare: Any, tmp_path: Path, size: tuple[int, int], screen: str) -> None:
    assert snap_compare(sample_app(tmp_path), terminal_size=size, press=SCREENS[screen])


#: The shelf (`qtread read` with a library) at the usual size: the issues, and the search
#: over all of them as a query is typed.
SHELF_SCREENS = {"shelf": [], "shelf_search": ["slash", *"数字经济"]}


@pytest.mark.parametrize("screen", sorted(SHELF_SCREENS))
def test_shelf(snap_compare: Any, tmp_path: Path, screen: str) -> None:
    from functools import partial

    from qtread.library.indexer import add
    from qtread.library.search import search
    from qtread.library.store import Library
    from qtread.paths import samples_dir
    from qtread.tui.shelf import ShelfApp, shelf_entries

    library = Library(tmp_path / "library.sqlite3")
    add(library, [str(samples_dir())], jobs=1)
    store = StateStore(tmp_path / "state")
    entries = shelf_entries(library.issues(), store)
    app = ShelfApp(entries, "Shelf: 4 issues", partial(search, library), store=store)
    assert snap_compare(app, terminal_size=(80, 24), press=SHELF_SCREENS[screen])


#: The command palette with a query typed: its list is filled in the background, so the
#: snapshot waits until the list holds what the query finds and nothing more comes; its
#: cursor does not blink. The
#: palette's rendering carries handlers whose ids change from run to run, and the SVG
#: names its styles after a hash of it all: the names are made neutral before comparing.
PALETTE_QUERY = "theme"
_STYLE_NAMES = re.compile(r"terminal-\d+-")


async def _palette_settled(pilot: Any) -> None:
    from textual.command import CommandList
    from textual.widgets import Input

    await pilot.press("ctrl+p")
    # The query's cursor blinks: where the machine is slow, the screenshot would catch it
    # on or off by chance. Held on, it is the same in every run.
    pilot.app.screen.query_one(Input).cursor_blink = False
    await pilot.press(*PALETTE_QUERY)
    counts: list[int] = []
    for _ in range(100):
        await pilot.pause(0.05)
        lists = pilot.app.screen.query(CommandList)
        counts.append(lists.first().option_count if lists else -1)
        if len(counts) >= 6 and counts[-1] > 0 and len(set(counts[-6:])) == 1:
            break  # the same options for six looks in a row: the search is done
    await pilot.pause(0.2)


@pytest.mark.parametrize("size", SMALL_SIZES, ids=[f"{w}x{h}" for w, h in SMALL_SIZES])
def test_palette(snapshot: Any, tmp_path: Path, size: tuple[int, int]) -> None:
    app = sample_app(tmp_path)

    async def screenshot() -> str:
        async with app.run_test(size=size) as pilot:
            await _palette_settled(pilot)
            return app.export_screenshot()

    svg = asyncio.run(screenshot())
    assert _STYLE_NAMES.sub("terminal-", svg) == snapshot
