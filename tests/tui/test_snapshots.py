"""Snapshots of the reader on the newest bundled sample (what `make run` opens).

They follow the parser: regenerate with `pytest tests/tui --snapshot-update` (`make snapshots`).
"""

from __future__ import annotations

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
