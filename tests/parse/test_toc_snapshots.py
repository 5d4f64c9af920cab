"""Reviewed snapshots of `qtread toc --format json` for every bundled sample.

A parser change that moves an article, a title or a page shows up here as a diff of a
JSON file under `__snapshots__/`, to review with the code. Once it is right, `make
snapshots` re-records these and the reader's screens in one go (syrupy, the one snapshot
mechanism of the suite).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from syrupy.assertion import SnapshotAssertion
from syrupy.extensions.json import JSONSnapshotExtension

from qtread.parse import parse_bytes
from qtread.serialize import toc_to_dict

SAMPLES = sorted((Path(__file__).parents[2] / "samples").glob("*.txt"))


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda path: path.name[:3])
def test_toc_matches_the_reviewed_snapshot(sample: Path, snapshot: SnapshotAssertion) -> None:
    outline = toc_to_dict(parse_bytes(sample.read_bytes(), sample.name))
    assert outline == snapshot(extension_class=JSONSnapshotExtension)
