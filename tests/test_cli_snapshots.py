"""Reviewed TOC snapshots: the plain `qtread toc` of every sample, kept in tests/snapshots/.

A parser change that moves a title, page or byline shows up here as a diff to review.
When the new outline is right, accept it:

    QTREAD_UPDATE_SNAPSHOTS=1 .venv/bin/pytest tests/test_cli_snapshots.py

and commit tests/snapshots/ with the change, so the diff is reviewed with the code.
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest

from qtread.outline import toc_text
from qtread.parse import parse_bytes

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"
UPDATE = os.environ.get("QTREAD_UPDATE_SNAPSHOTS") == "1"


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name[:3])
def test_toc_matches_the_reviewed_snapshot(sample: Path) -> None:
    actual = toc_text([parse_bytes(sample.read_bytes(), sample.name)])
    snapshot = SNAPSHOTS / f"{sample.stem}.toc.txt"
    if UPDATE:
        SNAPSHOTS.mkdir(exist_ok=True)
        snapshot.write_text(actual, "utf-8")
    assert snapshot.exists(), "no snapshot; review and create it with QTREAD_UPDATE_SNAPSHOTS=1"
    expected = snapshot.read_text("utf-8")
    diff = "".join(
        difflib.unified_diff(
            expected.splitlines(keepends=True),
            actual.splitlines(keepends=True),
            f"{snapshot.name} (reviewed)",
            "now",
        )
    )
    assert not diff, f"TOC changed; if this is right, accept with QTREAD_UPDATE_SNAPSHOTS=1\n{diff}"
