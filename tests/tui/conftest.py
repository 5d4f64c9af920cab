"""Reader test fixtures: state goes to a temporary folder, never the user's."""

from __future__ import annotations

from pathlib import Path

import pytest

from qtread.tui.state import StateStore


@pytest.fixture(autouse=True)
def _state_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("qtread.tui.state.state_dir", lambda: tmp_path / "state")


@pytest.fixture
def store(tmp_path: Path) -> StateStore:
    return StateStore(tmp_path / "state")
