"""The ledger keeps one entry a line, the first reason, in source order."""

from __future__ import annotations

from qtread.model import DroppedLine
from qtread.parse.ledger import Ledger


def test_first_reason_wins_and_entries_come_in_line_order() -> None:
    ledger = Ledger()
    ledger.record(9, "封底", "back cover")
    ledger.record(2, "目录", "table of contents")
    ledger.record(9, "封底", "folio")
    ledger.extend([DroppedLine(2, "目录", "cover"), DroppedLine(5, "12 13", "folio")])
    assert ledger.entries() == [
        DroppedLine(2, "目录", "table of contents"),
        DroppedLine(5, "12 13", "folio"),
        DroppedLine(9, "封底", "back cover"),
    ]
    assert len(ledger) == 3 and list(ledger) == ledger.entries()


def test_an_empty_ledger_is_falsy() -> None:
    assert not Ledger()


def test_pieces_of_one_line_dropped_apart_are_both_kept() -> None:
    ledger = Ledger()
    ledger.record(5, "打造产业发展模式", "cover")
    ledger.record(5, "在实践中做第一批", "table of contents")
    ledger.record(5, "在实践中做第一批", "cover")  # the same piece again: noted already
    assert ledger.entries() == [DroppedLine(5, "打造产业发展模式 在实践中做第一批", "cover")]
