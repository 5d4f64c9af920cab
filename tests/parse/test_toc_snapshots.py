"""Reviewed snapshots of `qtread toc --format json` for every bundled sample.

A parser change that moves an article, a title or a page shows up here as a diff to
review. After reviewing it, re-record with `QTREAD_UPDATE_SNAPSHOTS=1 pytest tests/parse`.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from qtread.parse import parse_bytes
from qtread.serialize import toc_to_dict

SAMPLES = sorted((Path(__file__).parents[2] / "samples").glob("*.txt"))
SNAPSHOTS = Path(__file__).parent / "snapshots"


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda path: path.name[:3])
def test_toc_matches_the_reviewed_snapshot(sample: Path) -> None:
    outline = toc_to_dict(parse_bytes(sample.read_bytes(), sample.name))
    text = json.dumps(outline, ensure_ascii=False, indent=1) + "\n"
    snapshot = SNAPSHOTS / f"toc-{sample.name[:3]}.json"
    if os.environ.get("QTREAD_UPDATE_SNAPSHOTS") == "1":
        snapshot.write_text(text, encoding="utf-8")
    assert snapshot.exists(), f"no snapshot yet: run with QTREAD_UPDATE_SNAPSHOTS=1 ({snapshot})"
    assert text == snapshot.read_text(encoding="utf-8")
